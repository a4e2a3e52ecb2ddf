//! What 3.2 adds to the 3.1 shape. Its schemas are 3.1's (JSON Schema 2020-12), so a 3.2
//! document gets every 3.1 rule, and these:
//!
//! - operations `openapiv3` cannot hold: `query` and `additionalOperations` are normalized like
//!   the other operations and kept as `x-query` / `x-additionalOperations`, which lowering reads;
//! - `in: querystring` (the whole query string as one value) becomes `in: query` marked
//!   `x-querystring`; `style: cookie` is read as `form`;
//! - `itemSchema` (each item of a sequential media type) is normalized and kept as
//!   `x-itemSchema`, the place where lowering reads streamed items;
//! - `components.mediaTypes` and the references to them are inlined;
//! - fields that describe rather than change the API are kept as `x-<field>`: tag `summary`,
//!   `parent` and `kind`, server `name`, response `summary`, example `dataValue` and
//!   `serializedValue`, security scheme `deprecated` and `oauth2MetadataUrl`, the
//!   `deviceAuthorization` OAuth flow; `$self` (which bundling used to resolve references) is
//!   removed;
//! - what generated code would honour differently is reported: a discriminator's
//!   `defaultMapping`, and the positional `itemEncoding` / `prefixEncoding` of multipart.

use serde_json::{Map, Value, json};

use super::{APPROXIMATED, DROPPED_KEYWORD, Walker, rename};
use crate::diagnostic::push_token;
use crate::extension;

/// Where 3.2's `components.mediaTypes` entries are referenced from.
const MEDIA_TYPES: &str = "#/components/mediaTypes/";

impl Walker<'_> {
    /// Document-level 3.2 rules, before the walk: `$self`, tags, servers, and reusable media
    /// types inlined where they are referenced.
    pub(super) fn v3_2_document(&mut self, root: &mut Map<String, Value>) {
        root.shift_remove("$self");
        if let Some(Value::Array(tags)) = root.get_mut("tags") {
            for tag in tags.iter_mut().filter_map(Value::as_object_mut) {
                for field in ["summary", "parent", "kind"] {
                    rename(tag, field, &extension::kept(field));
                }
            }
        }
        server_names(root);
        let media_types = root
            .get_mut("components")
            .and_then(Value::as_object_mut)
            .and_then(|components| {
                let media_types = components.shift_remove("mediaTypes")?;
                components.insert(extension::kept("mediaTypes"), media_types.clone());
                Some(media_types)
            });
        let media_types = match media_types {
            Some(Value::Object(media_types)) => media_types,
            _ => Map::new(),
        };
        for (section, value) in root.iter_mut() {
            if matches!(section.as_str(), "paths" | "webhooks" | "components") {
                self.inline_media_types(value, &push_token("", section), &media_types);
            }
        }
    }

    /// Replaces each `content` entry that references a reusable media type by that media type.
    /// A reference elsewhere (another file, a part of one) is left out with a warning.
    fn inline_media_types(
        &mut self,
        value: &mut Value,
        pointer: &str,
        reusable: &Map<String, Value>,
    ) {
        let Value::Object(object) = value else {
            if let Value::Array(items) = value {
                for (i, item) in items.iter_mut().enumerate() {
                    self.inline_media_types(item, &push_token(pointer, &i.to_string()), reusable);
                }
            }
            return;
        };
        for (key, child) in object.iter_mut() {
            let at = push_token(pointer, key);
            if key == "content" {
                if let Value::Object(content) = child {
                    self.inline_content_references(content, &at, reusable);
                }
            }
            if !extension::is_extension(key) && !matches!(key.as_str(), "example" | "examples") {
                self.inline_media_types(child, &at, reusable);
            }
        }
    }

    fn inline_content_references(
        &mut self,
        content: &mut Map<String, Value>,
        pointer: &str,
        reusable: &Map<String, Value>,
    ) {
        let mut dropped = Vec::new();
        for (media_type, media) in content.iter_mut() {
            let Some(reference) = media.get("$ref").and_then(Value::as_str) else {
                continue;
            };
            let target = reference
                .strip_prefix(MEDIA_TYPES)
                .filter(|name| !name.contains('/'))
                .and_then(|name| reusable.get(name));
            match target {
                Some(target) => *media = target.clone(),
                None => dropped.push((media_type.clone(), reference.to_owned())),
            }
        }
        for (media_type, reference) in dropped {
            content.shift_remove(&media_type);
            self.warn(
                &push_token(pointer, &media_type),
                DROPPED_KEYWORD,
                format!(
                    "media type `{media_type}` references `{reference}`, which names no entry of \
                     `components.mediaTypes`; it is left out"
                ),
            );
        }
    }

    /// A path item's `query` and `additionalOperations`, once walked, move where lowering
    /// reads them.
    pub(super) fn v3_2_path_item(&mut self, item: &mut Map<String, Value>) {
        rename(item, "query", extension::QUERY);
        rename(
            item,
            "additionalOperations",
            extension::ADDITIONAL_OPERATIONS,
        );
        server_names(item);
    }

    /// `in: querystring` → `in: query` with `x-querystring`; `style: cookie` → `form`.
    pub(super) fn v3_2_parameter(&mut self, parameter: &mut Value, pointer: &str) {
        let Value::Object(parameter) = parameter else {
            return;
        };
        if parameter.get("in") == Some(&json!("querystring")) {
            parameter.insert("in".into(), json!("query"));
            parameter.insert(extension::QUERYSTRING.into(), json!(true));
        }
        if parameter.get("style") == Some(&json!("cookie")) {
            parameter.insert("style".into(), json!("form"));
            self.warn(
                &push_token(pointer, "style"),
                APPROXIMATED,
                "`style: cookie` is written as `form`: values are percent-encoded, which the \
                 cookie style leaves to the caller",
            );
        }
    }

    /// A response's `summary` is kept as `x-summary`.
    pub(super) fn v3_2_response(&mut self, response: &mut Value) {
        if let Value::Object(response) = response {
            rename(response, "summary", extension::SUMMARY);
        }
    }

    /// A media type's `itemSchema` (already walked) moves to `x-itemSchema`; positional
    /// multipart encodings are kept but not honoured.
    pub(super) fn v3_2_media(&mut self, media: &mut Value, pointer: &str) {
        let Value::Object(media) = media else { return };
        rename(media, "itemSchema", extension::ITEM_SCHEMA);
        for keyword in ["itemEncoding", "prefixEncoding"] {
            if rename(media, keyword, &extension::kept(keyword)) {
                self.warn(
                    &push_token(pointer, keyword),
                    DROPPED_KEYWORD,
                    format!(
                        "`{keyword}` (multipart parts encoded by position) is kept as \
                         `x-{keyword}`; generated code does not apply it"
                    ),
                );
            }
        }
    }

    /// An Example Object's `dataValue` and `serializedValue`.
    pub(super) fn v3_2_example(&mut self, example: &mut Value) {
        if let Value::Object(example) = example {
            for field in ["dataValue", "serializedValue"] {
                rename(example, field, &extension::kept(field));
            }
        }
    }

    /// Security schemes: `deprecated`, `oauth2MetadataUrl` and the `deviceAuthorization` flow
    /// (tokens are sent the same way whatever flow gave them).
    pub(super) fn v3_2_security_scheme(&mut self, scheme: &mut Value) {
        let Value::Object(scheme) = scheme else {
            return;
        };
        for field in ["deprecated", "oauth2MetadataUrl"] {
            rename(scheme, field, &extension::kept(field));
        }
        if let Some(Value::Object(flows)) = scheme.get_mut("flows") {
            rename(
                flows,
                "deviceAuthorization",
                &extension::kept("deviceAuthorization"),
            );
        }
    }

    /// A discriminator's `defaultMapping` names the schema of values whose tag has no mapping;
    /// generated enums keep those values in their `Unknown` variant instead.
    pub(super) fn v3_2_schema(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        let Some(Value::Object(discriminator)) = schema.get_mut("discriminator") else {
            return;
        };
        if rename(discriminator, "defaultMapping", "x-defaultMapping") {
            self.warn(
                &push_token(&push_token(pointer, "discriminator"), "defaultMapping"),
                DROPPED_KEYWORD,
                "`defaultMapping` is kept as `x-defaultMapping`: values whose tag has no mapping \
                 are decoded into the enum's `Unknown` variant, not as the default schema",
            );
        }
    }
}

/// The `name` of each server of a document, path item or operation.
pub(super) fn server_names(holder: &mut Map<String, Value>) {
    if let Some(Value::Array(servers)) = holder.get_mut("servers") {
        for server in servers.iter_mut().filter_map(Value::as_object_mut) {
            rename(server, "name", &extension::kept("name"));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::dialect::Dialect;
    use crate::normalize::normalize;
    use crate::normalize::test_support::found;

    fn document_3_2(input: Value) -> (Value, Vec<crate::diagnostic::Warning>) {
        let normalized = normalize("f.yaml", Dialect::V3_2, input);
        (normalized.document, normalized.warnings)
    }

    #[test]
    fn query_and_additional_operations_are_normalized_and_kept_for_lowering() {
        let nullable = json!({"type": ["string", "null"]});
        let (document, warnings) = document_3_2(json!({
            "openapi": "3.2.0",
            "paths": {"/a": {
                "query": {"requestBody": {"content": {"application/json": {"schema": nullable}}}},
                "additionalOperations": {"COPY": {"parameters": [
                    {"name": "to", "in": "header", "schema": nullable}
                ]}}
            }}
        }));
        let item = &document["paths"]["/a"];
        assert_eq!(item.get("query"), None);
        assert_eq!(item.get("additionalOperations"), None);
        let normalized = json!({"type": "string", "nullable": true});
        assert_eq!(
            item["x-query"]["requestBody"]["content"]["application/json"]["schema"],
            normalized
        );
        assert_eq!(item["x-query"]["responses"], json!({}));
        assert_eq!(
            item["x-additionalOperations"]["COPY"]["parameters"][0]["schema"],
            normalized
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn querystring_parameters_become_marked_query_parameters() {
        let (document, warnings) = document_3_2(json!({
            "openapi": "3.2.0",
            "paths": {"/a": {"get": {"parameters": [
                {"name": "filter", "in": "querystring", "content": {
                    "application/x-www-form-urlencoded": {"schema": {"type": "object"}}
                }},
                {"name": "session", "in": "cookie", "style": "cookie", "schema": {"type": "string"}}
            ]}}}
        }));
        let parameters = &document["paths"]["/a"]["get"]["parameters"];
        assert_eq!(parameters[0]["in"], json!("query"));
        assert_eq!(parameters[0]["x-querystring"], json!(true));
        assert_eq!(parameters[1]["style"], json!("form"));
        assert_eq!(
            found(&warnings),
            [("/paths/~1a/get/parameters/1/style", APPROXIMATED)]
        );
    }

    #[test]
    fn item_schemas_are_normalized_and_kept_for_lowering() {
        let (document, warnings) = document_3_2(json!({
            "openapi": "3.2.0",
            "paths": {"/events": {"get": {"responses": {"200": {
                "description": "", "summary": "Events.",
                "content": {"text/event-stream": {
                    "itemSchema": {"type": "object", "properties": {"data": {"const": "x"}}},
                    "itemEncoding": {"contentType": "text/plain"}
                }}
            }}}}}
        }));
        let response = &document["paths"]["/events"]["get"]["responses"]["200"];
        assert_eq!(response["x-summary"], json!("Events."));
        let media = &response["content"]["text/event-stream"];
        assert_eq!(
            media["x-itemSchema"]["properties"]["data"],
            json!({"enum": ["x"], "x-const": "x"})
        );
        assert_eq!(
            found(&warnings),
            [(
                "/paths/~1events/get/responses/200/content/text~1event-stream/itemEncoding",
                DROPPED_KEYWORD
            )]
        );
    }

    #[test]
    fn reusable_media_types_are_inlined() {
        let (document, warnings) = document_3_2(json!({
            "openapi": "3.2.0",
            "paths": {"/a": {"get": {"responses": {"200": {"description": "", "content": {
                "application/json": {"$ref": "#/components/mediaTypes/Page"},
                "application/xml": {"$ref": "other.yaml#/Page"}
            }}}}}},
            "components": {"mediaTypes": {"Page": {"schema": {"type": ["integer", "null"]}}}}
        }));
        let content = &document["paths"]["/a"]["get"]["responses"]["200"]["content"];
        assert_eq!(
            content,
            &json!({"application/json": {"schema": {"type": "integer", "nullable": true}}})
        );
        assert_eq!(document["components"].get("mediaTypes"), None);
        assert!(document["components"].get("x-mediaTypes").is_some());
        assert_eq!(
            found(&warnings),
            [(
                "/paths/~1a/get/responses/200/content/application~1xml",
                DROPPED_KEYWORD
            )]
        );
    }

    #[test]
    fn descriptive_fields_move_to_extensions_silently() {
        let (document, warnings) = document_3_2(json!({
            "openapi": "3.2.0",
            "$self": "https://example.com/openapi.yaml",
            "servers": [{"url": "https://api.example.com", "name": "production"}],
            "tags": [{"name": "a", "summary": "A", "parent": "b", "kind": "nav"}],
            "components": {
                "securitySchemes": {"oauth": {
                    "type": "oauth2", "deprecated": true,
                    "oauth2MetadataUrl": "https://example.com/.well-known/oauth",
                    "flows": {"deviceAuthorization": {
                        "deviceAuthorizationUrl": "https://a", "tokenUrl": "https://t",
                        "scopes": {}
                    }}
                }},
                "examples": {"e": {"dataValue": 1, "serializedValue": "1"}}
            }
        }));
        assert_eq!(document.get("$self"), None);
        assert_eq!(document["servers"][0]["x-name"], json!("production"));
        assert_eq!(
            document["tags"][0],
            json!({"name": "a", "x-summary": "A", "x-parent": "b", "x-kind": "nav"})
        );
        let oauth = &document["components"]["securitySchemes"]["oauth"];
        assert_eq!(oauth["x-deprecated"], json!(true));
        assert!(oauth["flows"].get("x-deviceAuthorization").is_some());
        assert_eq!(
            document["components"]["examples"]["e"],
            json!({"x-dataValue": 1, "x-serializedValue": "1"})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn the_3_2_schema_dialect_is_the_default() {
        let (document, warnings) = document_3_2(json!({
            "openapi": "3.2.0",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.2/dialect/2025-09-17"
        }));
        assert_eq!(document.get("jsonSchemaDialect"), None);
        assert_eq!(document["openapi"], json!("3.0.3"));
        assert!(warnings.is_empty());
    }

    #[test]
    fn default_mapping_is_kept_and_reported() {
        let (document, warnings) = document_3_2(json!({
            "openapi": "3.2.0",
            "components": {"schemas": {"Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}],
                "discriminator": {"propertyName": "kind", "defaultMapping": "#/components/schemas/Cat"}
            }, "Cat": {"type": "object"}}}
        }));
        assert_eq!(
            document["components"]["schemas"]["Pet"]["discriminator"],
            json!({"propertyName": "kind", "x-defaultMapping": "#/components/schemas/Cat"})
        );
        assert_eq!(
            found(&warnings),
            [(
                "/components/schemas/Pet/discriminator/defaultMapping",
                DROPPED_KEYWORD
            )]
        );
    }
}
