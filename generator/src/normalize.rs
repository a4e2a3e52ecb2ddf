//! Stage 4: a 3.0 or 3.1 document → the same document in the 3.0 shape that `openapiv3` reads.
//!
//! Each rule rewrites one construct. Meaning that the 3.0 shape cannot carry is kept in `x-`
//! extensions for the lowering stage; what is dropped or approximated becomes a [`Warning`].

use serde_json::{Map, Value, json};

use crate::diagnostic::{Location, Warning, push_token};
use crate::dialect::Dialect;

/// The version written into normalized documents.
pub const NORMALIZED_VERSION: &str = "3.0.3";

/// A normalized document and what normalization could not keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalized {
    pub document: Value,
    pub warnings: Vec<Warning>,
}

/// Rewrites a document of the given dialect into the 3.0 shape.
pub fn normalize(file: &str, dialect: Dialect, mut document: Value) -> Normalized {
    let mut walker = Walker {
        file,
        warnings: Vec::new(),
    };
    if dialect == Dialect::V3_1 {
        if let Some(root) = document.as_object_mut() {
            root.insert("openapi".into(), json!(NORMALIZED_VERSION));
        }
        walker.document(&mut document);
    }
    Normalized {
        document,
        warnings: walker.warnings,
    }
}

struct Walker<'a> {
    file: &'a str,
    warnings: Vec<Warning>,
}

const HTTP_METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Walker<'_> {
    fn warn(&mut self, pointer: &str, kind: &'static str, message: impl Into<String>) {
        self.warnings.push(Warning::new(
            Location::new(self.file, pointer),
            kind,
            message,
        ));
    }

    /// Visits every place in the document where a schema can stand.
    fn document(&mut self, document: &mut Value) {
        let Some(root) = document.as_object_mut() else {
            return;
        };
        if let Some(Value::Object(paths)) = root.get_mut("paths") {
            for (path, item) in paths.iter_mut() {
                self.path_item(item, &push_token("/paths", path));
            }
        }
        if let Some(Value::Object(components)) = root.get_mut("components") {
            self.components(components);
        }
    }

    fn components(&mut self, components: &mut Map<String, Value>) {
        let base = "/components";
        for (kind, entries) in components.iter_mut() {
            let Value::Object(entries) = entries else {
                continue;
            };
            let kind_pointer = push_token(base, kind);
            for (name, entry) in entries.iter_mut() {
                let pointer = push_token(&kind_pointer, name);
                match kind.as_str() {
                    "schemas" => self.schema(entry, &pointer),
                    "parameters" | "headers" => self.parameter(entry, &pointer),
                    "responses" => self.response(entry, &pointer),
                    "requestBodies" => self.content_holder(entry, &pointer),
                    "callbacks" => self.callback(entry, &pointer),
                    "pathItems" => self.path_item(entry, &pointer),
                    _ => {}
                }
            }
        }
    }

    fn path_item(&mut self, item: &mut Value, pointer: &str) {
        let Value::Object(item) = item else { return };
        for (key, value) in item.iter_mut() {
            let pointer = push_token(pointer, key);
            if key == "parameters" {
                self.parameter_list(value, &pointer);
            } else if HTTP_METHODS.contains(&key.as_str()) {
                self.operation(value, &pointer);
            }
        }
    }

    fn operation(&mut self, operation: &mut Value, pointer: &str) {
        let Value::Object(operation) = operation else {
            return;
        };
        for (key, value) in operation.iter_mut() {
            let pointer = push_token(pointer, key);
            match key.as_str() {
                "parameters" => self.parameter_list(value, &pointer),
                "requestBody" => self.content_holder(value, &pointer),
                "responses" => {
                    if let Value::Object(responses) = value {
                        for (status, response) in responses.iter_mut() {
                            self.response(response, &push_token(&pointer, status));
                        }
                    }
                }
                "callbacks" => {
                    if let Value::Object(callbacks) = value {
                        for (name, callback) in callbacks.iter_mut() {
                            self.callback(callback, &push_token(&pointer, name));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn callback(&mut self, callback: &mut Value, pointer: &str) {
        if let Value::Object(expressions) = callback {
            for (expression, item) in expressions.iter_mut() {
                self.path_item(item, &push_token(pointer, expression));
            }
        }
    }

    fn parameter_list(&mut self, list: &mut Value, pointer: &str) {
        if let Value::Array(parameters) = list {
            for (i, parameter) in parameters.iter_mut().enumerate() {
                self.parameter(parameter, &push_token(pointer, &i.to_string()));
            }
        }
    }

    fn parameter(&mut self, parameter: &mut Value, pointer: &str) {
        if let Some(schema) = parameter.get_mut("schema") {
            self.schema(schema, &push_token(pointer, "schema"));
        }
        self.content_holder(parameter, pointer);
    }

    fn response(&mut self, response: &mut Value, pointer: &str) {
        self.content_holder(response, pointer);
        if let Some(Value::Object(headers)) = response.get_mut("headers") {
            let headers_pointer = push_token(pointer, "headers");
            for (name, header) in headers.iter_mut() {
                self.parameter(header, &push_token(&headers_pointer, name));
            }
        }
    }

    /// Request bodies, responses and parameters all hold `content: {media type: {schema}}`.
    fn content_holder(&mut self, holder: &mut Value, pointer: &str) {
        let Some(Value::Object(content)) = holder.get_mut("content") else {
            return;
        };
        let content_pointer = push_token(pointer, "content");
        for (media_type, media) in content.iter_mut() {
            if let Some(schema) = media.get_mut("schema") {
                let pointer = push_token(&push_token(&content_pointer, media_type), "schema");
                self.schema(schema, &pointer);
            }
        }
    }

    /// Rewrites one schema, then the schemas inside it.
    fn schema(&mut self, schema: &mut Value, pointer: &str) {
        let Value::Object(object) = schema else {
            return;
        };
        self.type_array(object, pointer);
        for (key, child) in object.iter_mut() {
            let child_pointer = push_token(pointer, key);
            match key.as_str() {
                "items" | "additionalProperties" | "not" => self.schema(child, &child_pointer),
                "properties" => {
                    if let Value::Object(properties) = child {
                        for (name, property) in properties.iter_mut() {
                            self.schema(property, &push_token(&child_pointer, name));
                        }
                    }
                }
                "allOf" | "anyOf" | "oneOf" => {
                    if let Value::Array(members) = child {
                        for (i, member) in members.iter_mut().enumerate() {
                            self.schema(member, &push_token(&child_pointer, &i.to_string()));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// `type: [T, 'null']` → `type: T, nullable: true`. Several non-null types cannot be said
    /// in 3.0: they are kept as `x-types` and `type` is removed (any value).
    fn type_array(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        let Some(Value::Array(types)) = schema.get("type") else {
            return;
        };
        let names: Vec<String> = types
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect();
        let nullable = names.iter().any(|t| t == "null");
        let mut non_null: Vec<String> = names.into_iter().filter(|t| t != "null").collect();
        match non_null.len() {
            0 => {
                schema.remove("type");
            }
            1 => {
                schema.insert("type".into(), Value::String(non_null.remove(0)));
            }
            _ => {
                schema.remove("type");
                schema.insert("x-types".into(), json!(non_null));
                self.warn(
                    &push_token(pointer, "type"),
                    "multi-type",
                    format!(
                        "a value of several types ({}) is kept as `x-types`",
                        non_null.join(", ")
                    ),
                );
            }
        }
        if nullable {
            schema.insert("nullable".into(), Value::Bool(true));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_rule(input: Value) -> (Value, Vec<Warning>) {
        let document = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {"S": input}}
        });
        let normalized = normalize("f.yaml", Dialect::V3_1, document);
        (
            normalized.document["components"]["schemas"]["S"].clone(),
            normalized.warnings,
        )
    }

    #[test]
    fn type_with_null_becomes_nullable() {
        let (schema, warnings) = schema_rule(json!({"type": ["string", "null"], "format": "uri"}));
        assert_eq!(
            schema,
            json!({"type": "string", "format": "uri", "nullable": true})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn nested_schemas_are_rewritten() {
        let (schema, _) = schema_rule(json!({
            "type": "object",
            "properties": {"a": {"type": "array", "items": {"type": ["integer", "null"]}}}
        }));
        assert_eq!(
            schema["properties"]["a"]["items"],
            json!({"type": "integer", "nullable": true})
        );
    }

    #[test]
    fn several_types_are_kept_as_extension_with_a_warning() {
        let (schema, warnings) = schema_rule(json!({"type": ["string", "integer"]}));
        assert_eq!(schema, json!({"x-types": ["string", "integer"]}));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].location.pointer, "/components/schemas/S/type");
    }

    #[test]
    fn version_is_rewritten_and_3_0_is_left_alone() {
        let normalized = normalize("f", Dialect::V3_1, json!({"openapi": "3.1.1"}));
        assert_eq!(normalized.document["openapi"], NORMALIZED_VERSION);
        let untouched = json!({"openapi": "3.0.0", "components": {"schemas": {"S": {"type": ["string", "null"]}}}});
        assert_eq!(
            normalize("f", Dialect::V3_0, untouched.clone()).document,
            untouched
        );
    }

    #[test]
    fn schemas_in_operations_are_found() {
        let document = json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"get": {
                "parameters": [{"name": "x", "in": "query", "schema": {"type": ["string", "null"]}}],
                "responses": {"200": {"description": "", "content": {"application/json": {"schema": {"type": ["boolean", "null"]}}}}}
            }}}
        });
        let out = normalize("f", Dialect::V3_1, document).document;
        let get = &out["paths"]["/a"]["get"];
        assert_eq!(get["parameters"][0]["schema"]["nullable"], true);
        assert_eq!(
            get["responses"]["200"]["content"]["application/json"]["schema"]["type"],
            "boolean"
        );
    }
}
