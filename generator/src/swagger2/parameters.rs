//! Query, path and header parameters. A 2.0 parameter describes its value with its own `type`,
//! `format`, `items` and validation keywords, and an array's separator with
//! `collectionFormat` (`csv` when left out); 3.0 puts the value's description in `schema` and
//! the separator in `style` and `explode`.

use serde_json::{Map, Value, json};

use super::{APPROXIMATED, At, Converter, DROPPED_KEYWORD, Kind};
use crate::diagnostic::{Error, push_token};

/// The fields of a 2.0 parameter (and of an Items or Header Object) that describe its value.
pub(super) const VALUE_KEYWORDS: [&str; 16] = [
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
];

/// How an array is written, in 3.0 terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Separator {
    pub(super) style: &'static str,
    pub(super) explode: bool,
}

impl Converter<'_> {
    /// An entry of a parameter list, or of the `parameters` section, that stays a parameter:
    /// a reference (rewritten) or a parameter.
    pub(super) fn parameter_entry(&mut self, entry: &Value, at: At) -> Result<Value, Error> {
        match entry.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let reference = self.reference(reference, at, Kind::Parameter)?;
                Ok(json!({ "$ref": reference }))
            }
            None => self.parameter(entry, at),
        }
    }

    /// A query, path or header parameter in the 3.0 shape.
    pub(super) fn parameter(&mut self, parameter: &Value, at: At) -> Result<Value, Error> {
        let Value::Object(object) = parameter else {
            return Ok(parameter.clone());
        };
        let location = object.get("in").and_then(Value::as_str).unwrap_or_default();
        let mut out = Map::new();
        for (key, value) in object {
            match key.as_str() {
                "allowEmptyValue" if location != "query" => {}
                "collectionFormat" => {}
                "schema" if !object.contains_key("type") => {
                    let pointer = push_token(at.pointer, key);
                    let schema = self.schema(value, At::new(at.file, &pointer))?;
                    out.insert(key.clone(), schema);
                }
                key if VALUE_KEYWORDS.contains(&key) || key == "x-nullable" => {}
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        if location == "path" {
            out.insert("required".into(), json!(true));
        }
        if !out.contains_key("schema") {
            let schema = self.value_schema(object, at)?;
            out.insert("schema".into(), schema);
        }
        if object.get("type").and_then(Value::as_str) == Some("array") {
            if let Some(separator) = self.separator(object, location, at) {
                out.insert("style".into(), json!(separator.style));
                out.insert("explode".into(), json!(separator.explode));
            }
        }
        Ok(Value::Object(out))
    }

    /// The schema of a value described the 2.0 way, by the value keywords of a parameter, an
    /// Items Object or a Header Object. Nested arrays keep their items; an inner
    /// `collectionFormat` cannot be said in 3.0.
    pub(super) fn value_schema(
        &mut self,
        object: &Map<String, Value>,
        at: At,
    ) -> Result<Value, Error> {
        let mut schema = Map::new();
        for (key, value) in object {
            let pointer = push_token(at.pointer, key);
            let here = At::new(at.file, &pointer);
            match (key.as_str(), value) {
                ("type", Value::String(kind)) if kind == "file" => {
                    schema.insert(key.clone(), json!("string"));
                    schema.insert("format".into(), json!("binary"));
                }
                ("format", _) if schema.get("format") == Some(&json!("binary")) => {}
                ("items", Value::Object(items)) => {
                    let items = self.items(items, here)?;
                    schema.insert(key.clone(), items);
                }
                ("x-nullable", Value::Bool(true)) => {
                    schema.insert("nullable".into(), json!(true));
                }
                (key, _) if VALUE_KEYWORDS.contains(&key) => {
                    schema.insert(key.to_owned(), value.clone());
                }
                _ => {}
            }
        }
        // A schema `$ref` where an Items Object stands is not 2.0, but is read as meant.
        if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
            let reference = self.reference(reference, at, Kind::Schema)?;
            schema.insert("$ref".into(), Value::String(reference));
        }
        Ok(Value::Object(schema))
    }

    /// An Items Object: the schema of an array's items.
    fn items(&mut self, items: &Map<String, Value>, at: At) -> Result<Value, Error> {
        let inner_format = items.get("collectionFormat");
        if items.get("type").and_then(Value::as_str) == Some("array")
            && inner_format.is_some_and(|format| format != "csv" && format != "multi")
        {
            self.warn(
                At::new(at.file, &push_token(at.pointer, "collectionFormat")),
                APPROXIMATED,
                "the separator of an inner array has no OpenAPI 3.0 form; inner arrays are \
                 written as the outer array's style writes its items",
            );
        }
        self.value_schema(items, at)
    }

    /// The `style` and `explode` of an array parameter's `collectionFormat` (`csv` when left
    /// out) where it stands; `None` (with a warning) for a format 2.0 does not define.
    pub(super) fn separator(
        &mut self,
        object: &Map<String, Value>,
        location: &str,
        at: At,
    ) -> Option<Separator> {
        let pointer = push_token(at.pointer, "collectionFormat");
        let here = At::new(at.file, &pointer);
        let format = match object.get("collectionFormat") {
            None => "csv",
            Some(Value::String(format)) => format.as_str(),
            Some(other) => {
                self.warn(
                    here,
                    DROPPED_KEYWORD,
                    format!("`collectionFormat` must be a string, found {other}; it is left out"),
                );
                return None;
            }
        };
        let form = matches!(location, "query" | "formData");
        let exact = |style, explode| Some(Separator { style, explode });
        match (form, format) {
            (true, "csv") => exact("form", false),
            (true, "multi") => exact("form", true),
            (true, "ssv") => exact("spaceDelimited", false),
            (true, "pipes") => exact("pipeDelimited", false),
            (false, "csv") => exact("simple", false),
            (_, "tsv" | "ssv" | "pipes" | "multi") => {
                let (style, name) = if form {
                    ("form", "`style: form, explode: false`")
                } else {
                    ("simple", "`style: simple`")
                };
                self.warn(
                    here,
                    APPROXIMATED,
                    format!(
                        "`collectionFormat: {format}` has no OpenAPI 3.0 style for a {location} \
                         parameter: the values are sent comma-separated ({name})"
                    ),
                );
                exact(style, false)
            }
            (_, other) => {
                self.warn(
                    here,
                    DROPPED_KEYWORD,
                    format!(
                        "`collectionFormat: {other}` is not one of csv, ssv, tsv, pipes, multi; \
                         it is left out"
                    ),
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::test_support::{found, op, operation_rule};
    use super::*;

    fn parameter(input: Value) -> (Value, Vec<crate::diagnostic::Warning>) {
        let (operation, warnings) = operation_rule(
            json!({}),
            json!({"parameters": [input], "responses": {"200": {"description": "ok"}}}),
        );
        (operation["parameters"][0].clone(), warnings)
    }

    #[test]
    fn value_keywords_move_into_the_schema() {
        let (converted, warnings) = parameter(json!({
            "name": "limit", "in": "query", "description": "How many.", "required": false,
            "type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 20,
            "allowEmptyValue": true, "x-nullable": true, "x-internal": "kept"
        }));
        assert_eq!(
            converted,
            json!({
                "name": "limit", "in": "query", "description": "How many.", "required": false,
                "allowEmptyValue": true, "x-internal": "kept",
                "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100,
                           "default": 20, "nullable": true}
            })
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn path_parameters_are_required() {
        let (converted, _) = parameter(json!({"name": "id", "in": "path", "type": "string"}));
        assert_eq!(converted["required"], json!(true));
    }

    #[test]
    fn collection_format_becomes_style_and_explode() {
        for (location, format, style, explode) in [
            ("query", None, "form", false),
            ("query", Some("csv"), "form", false),
            ("query", Some("multi"), "form", true),
            ("query", Some("ssv"), "spaceDelimited", false),
            ("query", Some("pipes"), "pipeDelimited", false),
            ("header", None, "simple", false),
            ("path", Some("csv"), "simple", false),
        ] {
            let mut input = json!({"name": "ids", "in": location, "required": true,
                                   "type": "array", "items": {"type": "integer"}});
            if let Some(format) = format {
                input["collectionFormat"] = json!(format);
            }
            let (converted, warnings) = parameter(input);
            assert_eq!(converted["style"], json!(style), "{location} {format:?}");
            assert_eq!(
                converted["explode"],
                json!(explode),
                "{location} {format:?}"
            );
            assert_eq!(
                converted["schema"],
                json!({"type": "array", "items": {"type": "integer"}})
            );
            assert!(warnings.is_empty(), "{warnings:?}");
        }
    }

    #[test]
    fn collection_formats_3_0_cannot_say_are_approximated() {
        for (location, format, style) in [
            ("query", "tsv", "form"),
            ("header", "pipes", "simple"),
            ("path", "multi", "simple"),
        ] {
            let (converted, warnings) = parameter(json!({
                "name": "ids", "in": location, "required": true, "type": "array",
                "items": {"type": "string"}, "collectionFormat": format
            }));
            assert_eq!(converted["style"], json!(style));
            assert_eq!(converted["explode"], json!(false));
            assert_eq!(
                found(&warnings),
                [(op("/parameters/0/collectionFormat"), APPROXIMATED)]
            );
        }
        let (converted, warnings) = parameter(json!({
            "name": "ids", "in": "query", "type": "array", "items": {"type": "string"},
            "collectionFormat": "commas"
        }));
        assert_eq!(converted.get("style"), None);
        assert_eq!(
            found(&warnings),
            [(op("/parameters/0/collectionFormat"), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn items_objects_become_item_schemas() {
        let (converted, warnings) = parameter(json!({
            "name": "grid", "in": "query", "type": "array", "collectionFormat": "pipes",
            "items": {"type": "array", "collectionFormat": "ssv",
                      "items": {"type": "string", "enum": ["a", "b"]}}
        }));
        assert_eq!(
            converted["schema"],
            json!({"type": "array", "items": {"type": "array", "items": {
                "type": "string", "enum": ["a", "b"]
            }}})
        );
        assert_eq!(
            found(&warnings),
            [(op("/parameters/0/items/collectionFormat"), APPROXIMATED)]
        );
    }

    #[test]
    fn a_schema_on_a_non_body_parameter_is_read_as_meant() {
        let (converted, _) = parameter(json!({
            "name": "filter", "in": "query", "schema": {"$ref": "#/definitions/Filter"}
        }));
        assert_eq!(
            converted["schema"],
            json!({"$ref": "#/components/schemas/Filter"})
        );
    }

    #[test]
    fn parameter_references_point_into_components() {
        let (operation, _) = operation_rule(
            json!({"parameters": {"limit": {"name": "limit", "in": "query", "type": "integer"}}}),
            json!({"parameters": [{"$ref": "#/parameters/limit"}],
                   "responses": {"200": {"description": "ok"}}}),
        );
        assert_eq!(
            operation["parameters"],
            json!([{"$ref": "#/components/parameters/limit"}])
        );
    }
}
