//! Path items and operations. A 2.0 operation lists its request body among its parameters: one
//! `in: body` parameter (the body's schema) or `in: formData` parameters (the fields of a form
//! or multipart body). They leave `parameters` and become `requestBody`, with a `content`
//! entry per media type the operation `consumes`. Body and form parameters of the path item
//! apply to each of its operations, unless the operation gives its own.

use serde_json::{Map, Value, json};

use super::parameters::Separator;
use super::responses::media_types;
use super::{APPROXIMATED, At, Converter, DROPPED_KEYWORD, Kind, MAIN, NOT_GENERATED, strings};
use crate::diagnostic::{Error, push_token};
use crate::ir::PATH_ITEM_METHODS;

const FORM: &str = "application/x-www-form-urlencoded";
const MULTIPART: &str = "multipart/form-data";

/// The `in: body` parameter of an operation.
#[derive(Debug, Clone)]
struct BodyParameter {
    /// Its pointer, when it stands in the document itself (not in another file).
    origin: Option<String>,
    description: Option<Value>,
    required: bool,
    schema: Value,
    extensions: Map<String, Value>,
}

/// An `in: formData` parameter: a field of a form or multipart body.
#[derive(Debug, Clone)]
struct FormField {
    /// Its pointer, when it stands in the document itself (not in another file).
    origin: Option<String>,
    name: String,
    schema: Value,
    required: bool,
    separator: Option<Separator>,
    file: bool,
}

/// What a parameter of a 2.0 list becomes.
enum Sorted {
    /// A parameter still, in its 3.0 form; `keywords` when its schema was made from its own
    /// value keywords (`type`, `items`, …) rather than a `$ref` or a `schema`.
    Parameter {
        value: Value,
        keywords: bool,
    },
    Body(BodyParameter),
    Field(FormField),
}

/// The body and form parameters of a path item, which its operations share.
#[derive(Default, Clone)]
struct Shared {
    body: Option<BodyParameter>,
    fields: Vec<FormField>,
}

impl Converter<'_> {
    /// The `paths` map.
    pub(super) fn paths(&mut self, paths: &Value, at: At) -> Result<Value, Error> {
        let Value::Object(paths) = paths else {
            return Ok(paths.clone());
        };
        let mut out = Map::new();
        for (path, item) in paths {
            let pointer = push_token(at.pointer, path);
            let item = if crate::extension::is_extension(path) {
                item.clone()
            } else {
                self.path_item(item, At::new(at.file, &pointer))?
            };
            out.insert(path.clone(), item);
        }
        Ok(Value::Object(out))
    }

    /// A path item: its own parameters, sorted, and its operations.
    pub(super) fn path_item(&mut self, item: &Value, at: At) -> Result<Value, Error> {
        let Value::Object(object) = item else {
            return Ok(item.clone());
        };
        let mut shared = Shared::default();
        let mut parameters = Vec::new();
        if let Some(Value::Array(list)) = object.get("parameters") {
            let list_pointer = push_token(at.pointer, "parameters");
            for (i, entry) in list.iter().enumerate() {
                let pointer = push_token(&list_pointer, &i.to_string());
                match self.sort_parameter(entry, At::new(at.file, &pointer))? {
                    Some(Sorted::Parameter { value, keywords }) => {
                        let kept = At::new(at.file, &list_pointer);
                        self.record_parameter(kept, parameters.len(), &pointer, keywords);
                        parameters.push(value);
                    }
                    Some(Sorted::Body(body)) => shared.body = Some(body),
                    Some(Sorted::Field(field)) => shared.fields.push(field),
                    None => {}
                }
            }
        }
        let mut out = Map::new();
        for (key, value) in object {
            let pointer = push_token(at.pointer, key);
            let here = At::new(at.file, &pointer);
            match key.as_str() {
                "$ref" => {
                    let reference = value.as_str().unwrap_or_default();
                    let reference = self.reference(reference, here, Kind::PathItem)?;
                    out.insert(key.clone(), Value::String(reference));
                }
                "parameters" => {
                    if !parameters.is_empty() {
                        out.insert(key.clone(), Value::Array(std::mem::take(&mut parameters)));
                    }
                }
                method if PATH_ITEM_METHODS.contains(&method) => {
                    let operation = self.operation(value, here, &shared)?;
                    out.insert(key.clone(), operation);
                }
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        Ok(Value::Object(out))
    }

    /// An operation in the 3.0 shape.
    fn operation(&mut self, operation: &Value, at: At, shared: &Shared) -> Result<Value, Error> {
        let Value::Object(object) = operation else {
            return Ok(operation.clone());
        };
        let consumes = object
            .get("consumes")
            .and_then(strings)
            .unwrap_or_else(|| self.consumes.clone());
        let own_produces = object.get("produces").and_then(strings);
        let produces = own_produces
            .clone()
            .unwrap_or_else(|| self.produces.clone());
        let own_produces = own_produces.is_some_and(|own| own != self.produces);

        let mut body = shared.body.clone();
        let mut fields = shared.fields.clone();
        let mut parameters = Vec::new();
        let parameters_pointer = push_token(at.pointer, "parameters");
        if let Some(Value::Array(list)) = object.get("parameters") {
            for (i, entry) in list.iter().enumerate() {
                let pointer = push_token(&parameters_pointer, &i.to_string());
                match self.sort_parameter(entry, At::new(at.file, &pointer))? {
                    Some(Sorted::Parameter { value, keywords }) => {
                        let kept = At::new(at.file, &parameters_pointer);
                        self.record_parameter(kept, parameters.len(), &pointer, keywords);
                        parameters.push(value);
                    }
                    Some(Sorted::Body(own)) => body = Some(own),
                    Some(Sorted::Field(field)) => {
                        fields.retain(|existing| existing.name != field.name);
                        fields.push(field);
                    }
                    None => {}
                }
            }
        }
        if body.is_some() && !fields.is_empty() {
            self.warn(
                At::new(at.file, &parameters_pointer),
                DROPPED_KEYWORD,
                "an operation has a body parameter and formData parameters, which 2.0 forbids; \
                 the body parameter is sent and the formData parameters are left out",
            );
            fields.clear();
        }
        let request_body = self.request_body(body, fields, &consumes, at);

        let mut out = Map::new();
        for (key, value) in object {
            let pointer = push_token(at.pointer, key);
            let here = At::new(at.file, &pointer);
            match key.as_str() {
                "consumes" | "produces" => {}
                "parameters" => {
                    if !parameters.is_empty() {
                        out.insert(key.clone(), Value::Array(std::mem::take(&mut parameters)));
                    }
                }
                "responses" => {
                    let responses = self.responses(value, here, &produces, own_produces)?;
                    out.insert(key.clone(), responses);
                }
                "schemes" => self.operation_schemes(value, here),
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        if let Some(request_body) = request_body {
            out.insert("requestBody".into(), request_body);
        }
        out.entry("responses").or_insert_with(|| json!({}));
        Ok(Value::Object(out))
    }

    /// Records where the parameter kept at `index` of the list at `list` came from.
    fn record_parameter(&mut self, list: At, index: usize, original: &str, keywords: bool) {
        if list.file != MAIN {
            return;
        }
        let converted = push_token(list.pointer, &index.to_string());
        if keywords {
            self.origins
                .record(push_token(&converted, "schema"), original.to_owned());
        }
        self.origins.record(converted, original.to_owned());
    }

    /// An operation's own `schemes` would need servers of its own, which generated code does
    /// not have: it is sent to the document's servers.
    fn operation_schemes(&mut self, schemes: &Value, at: At) {
        if self.schemes.as_ref() != Some(schemes) {
            self.warn(
                at,
                NOT_GENERATED,
                format!(
                    "the operation's own `schemes` {schemes} are not kept: its requests go to \
                     the document's servers"
                ),
            );
        }
    }

    /// What a parameter of a list becomes, following a reference to see where it goes; `None`
    /// for a location 2.0 does not have (with a warning).
    fn sort_parameter(&mut self, entry: &Value, at: At) -> Result<Option<Sorted>, Error> {
        let reference = entry.get("$ref").and_then(Value::as_str);
        let (file, pointer, node) = match reference {
            Some(reference) => match self.follow(reference, at)? {
                Some((file, pointer, original)) => {
                    let node = original.pointer(&pointer).cloned().unwrap_or_default();
                    (file, pointer, node)
                }
                None => {
                    let reference = self.reference(reference, at, Kind::Parameter)?;
                    return Ok(Some(Sorted::Parameter {
                        value: json!({ "$ref": reference }),
                        keywords: false,
                    }));
                }
            },
            None => (at.file, at.pointer.to_owned(), entry.clone()),
        };
        let target = At::new(file, &pointer);
        let location = node.get("in").and_then(Value::as_str).unwrap_or_default();
        match location {
            "body" => Ok(Some(Sorted::Body(self.body_parameter(&node, target)?))),
            "formData" => Ok(Some(Sorted::Field(self.form_field(&node, target)?))),
            "query" | "header" | "path" | "cookie" => Ok(Some(Sorted::Parameter {
                value: self.parameter_entry(entry, at)?,
                keywords: described_by_keywords(entry),
            })),
            other => {
                self.warn(
                    At::new(file, &push_token(&pointer, "in")),
                    DROPPED_KEYWORD,
                    format!(
                        "parameter location `{other}` is not one of query, header, path, \
                         formData, body; the parameter is left out"
                    ),
                );
                Ok(None)
            }
        }
    }

    fn body_parameter(&mut self, parameter: &Value, at: At) -> Result<BodyParameter, Error> {
        let schema = match parameter.get("schema") {
            Some(schema) => {
                let pointer = push_token(at.pointer, "schema");
                self.schema(schema, At::new(at.file, &pointer))?
            }
            None => json!({}),
        };
        let mut body = BodyParameter {
            origin: (at.file == MAIN).then(|| at.pointer.to_owned()),
            description: parameter.get("description").cloned(),
            required: parameter.get("required").and_then(Value::as_bool) == Some(true),
            schema,
            extensions: parameter
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(key, _)| crate::extension::is_extension(key))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        };
        self.rebase(&mut body.schema, at.file);
        Ok(body)
    }

    fn form_field(&mut self, parameter: &Value, at: At) -> Result<FormField, Error> {
        let Value::Object(object) = parameter else {
            return Ok(FormField {
                origin: None,
                name: String::new(),
                schema: json!({}),
                required: false,
                separator: None,
                file: false,
            });
        };
        let mut schema = self.value_schema(object, at)?;
        if let (Value::Object(schema), Some(description)) = (&mut schema, object.get("description"))
        {
            schema.insert("description".into(), description.clone());
        }
        self.rebase(&mut schema, at.file);
        let kind = object.get("type").and_then(Value::as_str);
        let separator = if kind == Some("array") {
            self.separator(object, "formData", at)
        } else {
            None
        };
        Ok(FormField {
            origin: (at.file == MAIN).then(|| at.pointer.to_owned()),
            name: object
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            schema,
            required: object.get("required").and_then(Value::as_bool) == Some(true),
            separator,
            file: kind == Some("file"),
        })
    }

    /// The operation's `requestBody`, from its body parameter or its form fields.
    fn request_body(
        &mut self,
        body: Option<BodyParameter>,
        fields: Vec<FormField>,
        consumes: &[String],
        at: At,
    ) -> Option<Value> {
        let request_body = push_token(at.pointer, "requestBody");
        if let Some(body) = body {
            if let (Some(origin), true) = (&body.origin, at.file == MAIN) {
                self.origins.record(request_body.clone(), origin.clone());
                for media_type in media_types(consumes) {
                    let schema = push_token(&push_token(&request_body, "content"), media_type);
                    self.origins
                        .record(push_token(&schema, "schema"), push_token(origin, "schema"));
                }
            }
            let mut out = Map::new();
            if let Some(description) = body.description {
                out.insert("description".into(), description);
            }
            out.insert("required".into(), json!(body.required));
            let content: Map<String, Value> = media_types(consumes)
                .into_iter()
                .map(|media_type| (media_type.to_owned(), json!({"schema": body.schema})))
                .collect();
            out.insert("content".into(), Value::Object(content));
            out.extend(body.extensions);
            return Some(Value::Object(out));
        }
        if fields.is_empty() {
            return None;
        }
        let body = self.form_body(&fields, consumes, at);
        if at.file == MAIN {
            self.origins
                .record(request_body.clone(), push_token(at.pointer, "parameters"));
            if let Some(Value::Object(content)) = body.get("content") {
                for media_type in content.keys() {
                    let media = push_token(&push_token(&request_body, "content"), media_type);
                    let properties = push_token(&push_token(&media, "schema"), "properties");
                    let encoding = push_token(&media, "encoding");
                    for field in &fields {
                        if let Some(origin) = &field.origin {
                            self.origins
                                .record(push_token(&properties, &field.name), origin.clone());
                            self.origins.record(
                                push_token(&encoding, &field.name),
                                push_token(origin, "collectionFormat"),
                            );
                        }
                    }
                }
            }
        }
        Some(body)
    }

    /// A form or multipart body whose properties are the fields, in the form media types the
    /// operation consumes. A field's `collectionFormat` becomes its `encoding`.
    fn form_body(&mut self, fields: &[FormField], consumes: &[String], at: At) -> Value {
        let mut media_types: Vec<&str> = consumes
            .iter()
            .map(String::as_str)
            .filter(|media_type| {
                let essence = media_type.split(';').next().unwrap_or_default().trim();
                essence.eq_ignore_ascii_case(FORM) || essence.eq_ignore_ascii_case(MULTIPART)
            })
            .collect();
        if media_types.is_empty() {
            let chosen = if fields.iter().any(|field| field.file) {
                MULTIPART
            } else {
                FORM
            };
            if !consumes.is_empty() {
                self.warn(
                    at,
                    APPROXIMATED,
                    format!(
                        "formData parameters, but the operation consumes {} and no form media \
                         type: they are sent as {chosen}",
                        consumes.join(", ")
                    ),
                );
            }
            media_types.push(chosen);
        }
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut encoding = Map::new();
        for field in fields {
            properties.insert(field.name.clone(), field.schema.clone());
            if field.required {
                required.push(json!(field.name));
            }
            if let Some(separator) = field.separator {
                encoding.insert(
                    field.name.clone(),
                    json!({"style": separator.style, "explode": separator.explode}),
                );
            }
        }
        let mut schema = Map::new();
        schema.insert("type".into(), json!("object"));
        schema.insert("properties".into(), Value::Object(properties));
        if !required.is_empty() {
            schema.insert("required".into(), Value::Array(required));
        }
        let schema = Value::Object(schema);
        let content: Map<String, Value> = media_types
            .into_iter()
            .map(|media_type| {
                let mut media = Map::new();
                media.insert("schema".into(), schema.clone());
                if !encoding.is_empty() {
                    media.insert("encoding".into(), Value::Object(encoding.clone()));
                }
                (media_type.to_owned(), Value::Object(media))
            })
            .collect();
        json!({
            "required": fields.iter().any(|field| field.required),
            "content": content,
        })
    }
}

/// Whether a parameter (not a reference) describes its value with its own keywords, which its
/// 3.0 form gathers into `schema`.
pub(super) fn described_by_keywords(parameter: &Value) -> bool {
    parameter.get("$ref").is_none()
        && !(parameter.get("schema").is_some() && parameter.get("type").is_none())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::test_support::{found, op, operation_rule};
    use super::*;

    #[test]
    fn body_parameter_becomes_the_request_body_in_each_consumed_media_type() {
        let (operation, warnings) = operation_rule(
            json!({"consumes": ["application/json", "application/xml"]}),
            json!({
                "parameters": [
                    {"name": "id", "in": "query", "type": "string"},
                    {"name": "pet", "in": "body", "description": "The pet.", "required": true,
                     "schema": {"$ref": "#/definitions/Pet"}, "x-body-name": "pet"}
                ],
                "responses": {"200": {"description": "ok"}}
            }),
        );
        assert_eq!(
            operation["requestBody"],
            json!({
                "description": "The pet.", "required": true,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}},
                    "application/xml": {"schema": {"$ref": "#/components/schemas/Pet"}}
                },
                "x-body-name": "pet"
            })
        );
        assert_eq!(operation["parameters"].as_array().map(Vec::len), Some(1));
        assert!(warnings.is_empty());
    }

    #[test]
    fn operation_consumes_override_the_document_and_default_to_json() {
        let body = json!({"name": "b", "in": "body", "schema": {"type": "object"}});
        let (operation, _) = operation_rule(
            json!({"consumes": ["application/xml"]}),
            json!({"consumes": ["application/vnd.api+json"], "parameters": [body],
                   "responses": {}}),
        );
        let keys: Vec<&String> = operation["requestBody"]["content"]
            .as_object()
            .map(|content| content.keys().collect())
            .unwrap_or_default();
        assert_eq!(keys, ["application/vnd.api+json"]);
        let (operation, _) =
            operation_rule(json!({}), json!({"parameters": [body], "responses": {}}));
        assert_eq!(
            operation["requestBody"]["content"],
            json!({"application/json": {"schema": {"type": "object"}}})
        );
    }

    #[test]
    fn form_data_becomes_a_form_or_multipart_body() {
        let fields = json!([
            {"name": "file", "in": "formData", "type": "file", "required": true,
             "description": "The picture."},
            {"name": "tags", "in": "formData", "type": "array", "items": {"type": "string"},
             "collectionFormat": "multi"},
            {"name": "ids", "in": "formData", "type": "array", "items": {"type": "integer"}}
        ]);
        let (operation, warnings) = operation_rule(
            json!({}),
            json!({"consumes": ["multipart/form-data"], "parameters": fields,
                   "responses": {}}),
        );
        assert_eq!(
            operation["requestBody"],
            json!({"required": true, "content": {"multipart/form-data": {
                "schema": {"type": "object", "properties": {
                    "file": {"type": "string", "format": "binary", "description": "The picture."},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "ids": {"type": "array", "items": {"type": "integer"}}
                }, "required": ["file"]},
                "encoding": {
                    "tags": {"style": "form", "explode": true},
                    "ids": {"style": "form", "explode": false}
                }
            }}})
        );
        assert_eq!(operation.get("parameters"), None);
        assert!(warnings.is_empty());
    }

    #[test]
    fn form_data_without_a_form_media_type_is_sent_in_the_one_it_needs() {
        let (operation, warnings) = operation_rule(
            json!({"consumes": ["application/json"]}),
            json!({"parameters": [{"name": "q", "in": "formData", "type": "string"}],
                   "responses": {}}),
        );
        assert_eq!(
            operation["requestBody"]["content"]
                .as_object()
                .map(|content| content.keys().cloned().collect::<Vec<_>>()),
            Some(vec![FORM.to_owned()])
        );
        assert_eq!(found(&warnings), [(op(""), APPROXIMATED)]);
    }

    #[test]
    fn body_parameters_referenced_from_the_parameters_section_are_copied_in() {
        let (document, _) = super::super::test_support::convert_document(json!({
            "swagger": "2.0", "info": {"title": "t", "version": "1"},
            "parameters": {
                "pet": {"name": "pet", "in": "body", "schema": {"$ref": "#/definitions/Pet"}},
                "limit": {"name": "limit", "in": "query", "type": "integer"}
            },
            "paths": {"/a": {"post": {
                "parameters": [{"$ref": "#/parameters/pet"}, {"$ref": "#/parameters/limit"}],
                "responses": {}
            }}}
        }));
        let post = &document["paths"]["/a"]["post"];
        assert_eq!(
            post["requestBody"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/Pet"})
        );
        assert_eq!(
            post["parameters"],
            json!([{"$ref": "#/components/parameters/limit"}])
        );
        // A body parameter has no place among 3.0's parameters.
        assert_eq!(
            document["components"]["parameters"]
                .as_object()
                .map(|p| p.keys().cloned().collect::<Vec<_>>()),
            Some(vec!["limit".to_owned()])
        );
    }

    #[test]
    fn path_item_body_and_form_parameters_apply_to_each_operation() {
        let (document, warnings) = super::super::test_support::convert_document(json!({
            "swagger": "2.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a/{id}": {
                "parameters": [
                    {"name": "id", "in": "path", "required": true, "type": "string"},
                    {"name": "note", "in": "formData", "type": "string"}
                ],
                "put": {"responses": {}},
                "post": {"parameters": [{"name": "note", "in": "formData", "type": "integer",
                                         "required": true}],
                         "responses": {}}
            }}
        }));
        let item = &document["paths"]["/a/{id}"];
        assert_eq!(item["parameters"].as_array().map(Vec::len), Some(1));
        assert_eq!(
            item["put"]["requestBody"]["content"][FORM]["schema"]["properties"]["note"],
            json!({"type": "string"})
        );
        assert_eq!(
            item["post"]["requestBody"]["content"][FORM]["schema"]["properties"]["note"],
            json!({"type": "integer"})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn a_body_beside_form_fields_wins_with_a_warning() {
        let (operation, warnings) = operation_rule(
            json!({}),
            json!({"parameters": [
                {"name": "b", "in": "body", "schema": {"type": "string"}},
                {"name": "f", "in": "formData", "type": "string"}
            ], "responses": {}}),
        );
        assert_eq!(
            operation["requestBody"]["content"],
            json!({"application/json": {"schema": {"type": "string"}}})
        );
        assert_eq!(found(&warnings), [(op("/parameters"), DROPPED_KEYWORD)]);
    }

    #[test]
    fn unknown_locations_and_own_schemes_are_reported() {
        let (operation, warnings) = operation_rule(
            json!({"schemes": ["https"]}),
            json!({"schemes": ["http"], "parameters": [{"name": "x", "in": "form", "type": "string"}],
                   "responses": {}}),
        );
        assert_eq!(operation.get("parameters"), None);
        assert_eq!(operation.get("schemes"), None);
        assert_eq!(
            found(&warnings),
            [
                (op("/parameters/0/in"), DROPPED_KEYWORD),
                (op("/schemes"), NOT_GENERATED)
            ]
        );
        let (_, warnings) = operation_rule(
            json!({"schemes": ["https"]}),
            json!({"schemes": ["https"], "responses": {}}),
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn converted_pointers_lead_back_to_the_2_0_text() {
        let converted = super::super::convert(
            "f.yaml",
            None,
            json!({
                "swagger": "2.0", "info": {"title": "t", "version": "1"},
                "paths": {"/a": {"post": {
                    "parameters": [
                        {"name": "pet", "in": "body", "schema": {"$ref": "#/definitions/Pet"}},
                        {"name": "ids", "in": "query", "type": "array",
                         "items": {"type": "integer"}}
                    ],
                    "responses": {"200": {"description": "", "schema": {"type": "object"}}}
                }, "put": {
                    "parameters": [{"name": "f", "in": "formData", "type": "file"}],
                    "responses": {}
                }}},
                "definitions": {"Pet": {"type": "object"}}
            }),
            &[],
        )
        .unwrap();
        let origins = &converted.origins;
        for (pointer, original) in [
            (
                "/paths/~1a/post/parameters/0/schema/items",
                "/paths/~1a/post/parameters/1/items",
            ),
            (
                "/paths/~1a/post/parameters/0/name",
                "/paths/~1a/post/parameters/1/name",
            ),
            (
                "/paths/~1a/post/requestBody/content/application~1json/schema",
                "/paths/~1a/post/parameters/0/schema",
            ),
            (
                "/paths/~1a/post/responses/200/content/application~1json/schema/properties",
                "/paths/~1a/post/responses/200/schema/properties",
            ),
            (
                "/paths/~1a/put/requestBody/content/multipart~1form-data/schema/properties/f",
                "/paths/~1a/put/parameters/0",
            ),
            ("/components/schemas/Pet/type", "/definitions/Pet/type"),
        ] {
            assert_eq!(origins.original(pointer), original, "{pointer}");
        }
    }

    #[test]
    fn an_operation_without_responses_gets_an_empty_map() {
        let (operation, _) = operation_rule(json!({}), json!({"summary": "s"}));
        assert_eq!(operation["responses"], json!({}));
    }
}
