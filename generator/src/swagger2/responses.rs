//! Responses: a 2.0 response has one `schema` for every media type the operation `produces`;
//! 3.0 gives each media type its own entry under `content`. Response headers describe their
//! value the 2.0 way (`type`, `items`) and take a `schema`; `examples` (by media type) become
//! each media type's `example`.

use serde_json::{Map, Value, json};

use super::refs::translate;
use super::{At, Converter, Kind, MAIN};
use crate::diagnostic::{Error, push_token};
use crate::extension;

/// The media type of a body whose operation and document name none.
pub(super) const DEFAULT_MEDIA_TYPE: &str = "application/json";

impl Converter<'_> {
    /// An operation's `responses`. `own_produces` says that the operation's `produces` differ
    /// from the document's, so that a shared response (converted with the document's media
    /// types) is copied with the operation's instead.
    pub(super) fn responses(
        &mut self,
        responses: &Value,
        at: At,
        produces: &[String],
        own_produces: bool,
    ) -> Result<Value, Error> {
        let Value::Object(responses) = responses else {
            return Ok(responses.clone());
        };
        let mut out = Map::new();
        for (status, response) in responses {
            let pointer = push_token(at.pointer, status);
            let here = At::new(at.file, &pointer);
            let converted = match response.get("$ref").and_then(Value::as_str) {
                Some(reference) if own_produces => {
                    self.copied_response(reference, here, produces)?
                }
                _ if extension::is_extension(status) => response.clone(),
                _ => self.response(response, here, produces)?,
            };
            out.insert(status.clone(), converted);
        }
        Ok(Value::Object(out))
    }

    /// A shared response, copied into an operation with the operation's media types.
    fn copied_response(
        &mut self,
        reference: &str,
        at: At,
        produces: &[String],
    ) -> Result<Value, Error> {
        let Some((file, pointer, original)) = self.follow(reference, at)? else {
            let reference = self.reference(reference, at, Kind::Response)?;
            return Ok(json!({ "$ref": reference }));
        };
        let Some(target) = original.pointer(&pointer) else {
            return Ok(json!({ "$ref": reference }));
        };
        let mut copy = self.response(target, At::new(file, &pointer), produces)?;
        self.rebase(&mut copy, file);
        Ok(copy)
    }

    /// A Response Object (or a reference to one) in the 3.0 shape.
    pub(super) fn response(
        &mut self,
        response: &Value,
        at: At,
        produces: &[String],
    ) -> Result<Value, Error> {
        if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
            let reference = self.reference(reference, at, Kind::Response)?;
            return Ok(json!({ "$ref": reference }));
        }
        let object = match response {
            Value::Object(object) => object,
            // `"204":` with nothing after it, as YAML writes an empty response.
            Value::Null => return Ok(json!({"description": ""})),
            other => return Ok(other.clone()),
        };
        let mut out = Map::new();
        // 3.0 requires a description, as 2.0 does; a response without one gets an empty one.
        out.insert("description".into(), json!(""));
        for (key, value) in object {
            let pointer = push_token(at.pointer, key);
            let here = At::new(at.file, &pointer);
            match key.as_str() {
                "schema" => {
                    let schema = self.schema(value, here)?;
                    let examples = object.get("examples");
                    let content = content(&schema, produces, examples);
                    if at.file == MAIN {
                        let converted = push_token(&translate(at.pointer), "content");
                        for media_type in media_types(produces) {
                            let converted =
                                push_token(&push_token(&converted, media_type), "schema");
                            self.origins.record(converted, pointer.clone());
                        }
                    }
                    out.insert("content".into(), content);
                }
                "headers" => {
                    let headers = self.headers(value, here)?;
                    out.insert(key.clone(), headers);
                }
                "examples" => {}
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        Ok(Value::Object(out))
    }

    /// Response headers: each header's value keywords become its `schema`.
    fn headers(&mut self, headers: &Value, at: At) -> Result<Value, Error> {
        let Value::Object(headers) = headers else {
            return Ok(headers.clone());
        };
        let mut out = Map::new();
        for (name, header) in headers {
            let pointer = push_token(at.pointer, name);
            let here = At::new(at.file, &pointer);
            let Value::Object(object) = header else {
                out.insert(name.clone(), header.clone());
                continue;
            };
            let mut converted: Map<String, Value> = object
                .iter()
                .filter(|(key, _)| {
                    !super::parameters::VALUE_KEYWORDS.contains(&key.as_str())
                        && !matches!(key.as_str(), "collectionFormat" | "x-nullable")
                })
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            converted.insert("schema".into(), self.value_schema(object, here)?);
            if at.file == MAIN {
                let header = push_token(&translate(at.pointer), name);
                self.origins
                    .record(push_token(&header, "schema"), pointer.clone());
            }
            if object.get("type").and_then(Value::as_str) == Some("array") {
                // `simple` is the only style of a header; what it cannot say is reported.
                let _ = self.separator(object, "header", here);
            }
            out.insert(name.clone(), Value::Object(converted));
        }
        Ok(Value::Object(out))
    }
}

/// `content` with `schema` under each media type the operation produces (JSON when it names
/// none), each with its example when `examples` gives one.
pub(super) fn content(schema: &Value, produces: &[String], examples: Option<&Value>) -> Value {
    let mut content = Map::new();
    for media_type in media_types(produces) {
        let mut media = Map::new();
        media.insert("schema".into(), schema.clone());
        if let Some(example) = examples.and_then(|examples| examples.get(media_type)) {
            media.insert("example".into(), example.clone());
        }
        content.insert(media_type.to_owned(), Value::Object(media));
    }
    Value::Object(content)
}

/// The media types given, or JSON when none are.
pub(super) fn media_types(given: &[String]) -> Vec<&str> {
    if given.is_empty() {
        vec![DEFAULT_MEDIA_TYPE]
    } else {
        given.iter().map(String::as_str).collect()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::APPROXIMATED;
    use super::super::test_support::{found, op, operation_rule};

    #[test]
    fn schema_moves_under_content_by_produces() {
        let (operation, warnings) = operation_rule(
            json!({"produces": ["application/json", "application/xml"]}),
            json!({"responses": {"200": {
                "description": "A pet.",
                "schema": {"$ref": "#/definitions/Pet"},
                "examples": {"application/json": {"id": 1}, "text/csv": "id\n1"}
            }, "404": {"description": "Not found."}}}),
        );
        assert_eq!(
            operation["responses"],
            json!({
                "200": {"description": "A pet.", "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Pet"},
                                         "example": {"id": 1}},
                    "application/xml": {"schema": {"$ref": "#/components/schemas/Pet"}}
                }},
                "404": {"description": "Not found."}
            })
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn operation_produces_override_the_document_and_default_to_json() {
        let (operation, _) = operation_rule(
            json!({"produces": ["application/json"]}),
            json!({"produces": ["image/png"], "responses": {"200": {
                "description": "", "schema": {"type": "file"}
            }}}),
        );
        assert_eq!(
            operation["responses"]["200"]["content"],
            json!({"image/png": {"schema": {"type": "string", "format": "binary"}}})
        );
        let (operation, _) = operation_rule(
            json!({}),
            json!({"responses": {"200": {"description": "", "schema": {"type": "object"}}}}),
        );
        assert_eq!(
            operation["responses"]["200"]["content"],
            json!({"application/json": {"schema": {"type": "object"}}})
        );
    }

    #[test]
    fn shared_responses_are_referenced_or_copied_with_the_operation_media_types() {
        let defaults = json!({
            "produces": ["application/json"],
            "responses": {"Error": {"description": "e", "schema": {"$ref": "#/definitions/E"}}}
        });
        let (operation, _) = operation_rule(
            defaults.clone(),
            json!({"responses": {"default": {"$ref": "#/responses/Error"}}}),
        );
        assert_eq!(
            operation["responses"]["default"],
            json!({"$ref": "#/components/responses/Error"})
        );
        let (operation, _) = operation_rule(
            defaults,
            json!({"produces": ["application/xml"],
                   "responses": {"default": {"$ref": "#/responses/Error"}}}),
        );
        assert_eq!(
            operation["responses"]["default"],
            json!({"description": "e", "content": {"application/xml": {
                "schema": {"$ref": "#/components/schemas/E"}
            }}})
        );
    }

    #[test]
    fn response_headers_take_a_schema() {
        let (operation, warnings) = operation_rule(
            json!({}),
            json!({"responses": {"200": {"description": "", "headers": {
                "X-Rate-Limit": {"type": "integer", "format": "int32", "description": "Calls left."},
                "X-Tags": {"type": "array", "items": {"type": "string"}, "collectionFormat": "pipes"}
            }}}}),
        );
        assert_eq!(
            operation["responses"]["200"]["headers"],
            json!({
                "X-Rate-Limit": {"description": "Calls left.",
                                 "schema": {"type": "integer", "format": "int32"}},
                "X-Tags": {"schema": {"type": "array", "items": {"type": "string"}}}
            })
        );
        assert_eq!(
            found(&warnings),
            [(
                op("/responses/200/headers/X-Tags/collectionFormat"),
                APPROXIMATED
            )]
        );
    }

    #[test]
    fn a_response_without_description_gets_an_empty_one() {
        let (operation, _) =
            operation_rule(json!({}), json!({"responses": {"204": {}, "205": null}}));
        assert_eq!(operation["responses"]["204"], json!({"description": ""}));
        assert_eq!(operation["responses"]["205"], json!({"description": ""}));
    }
}
