//! Schemas: 2.0's Schema Object is a subset of JSON Schema draft 4 that 3.0 mostly keeps. What
//! differs: `x-nullable` (the common extension for what 3.0 calls `nullable`), `discriminator`
//! (a property name in 2.0, an object in 3.0), `type: file` (a binary string in 3.0), and
//! draft 4 constructs 3.0 forbids (`items` as a list). Keywords of later JSON Schema drafts
//! that vendors write into 2.0 documents anyway are read as normalization reads them in 3.1
//! (`type` lists, `{type: 'null'}` members of `anyOf`/`oneOf`, `const`, `patternProperties`),
//! or kept as `x-<keyword>` and reported. References are rewritten to
//! where their targets are in the 3.0 shape.

use serde_json::{Map, Value, json};

use super::{APPROXIMATED, At, Converter, DROPPED_KEYWORD, Kind};
use crate::diagnostic::{Error, push_token};
use crate::extension;
use crate::normalize::keywords::{
    PATTERN_PROPERTIES_APPROXIMATED, pattern_properties_as_additional,
};
use crate::normalize::types::{
    null_member_message, null_members, several_types_message, type_list, type_null,
};

/// Keywords whose value is one schema.
const SCHEMA_KEYWORDS: [&str; 3] = ["items", "additionalProperties", "not"];
/// Keywords whose value is a list of schemas.
const SCHEMA_LISTS: [&str; 3] = ["allOf", "anyOf", "oneOf"];
/// Keywords of JSON Schema that neither 2.0 nor 3.0 has, with what the value holds. They are
/// kept as `x-<keyword>`, their schemas converted, and nothing generated honours them.
const LATER_KEYWORDS: [(&str, Holds); 11] = [
    ("additionalItems", Holds::Schema),
    ("contains", Holds::Schema),
    ("propertyNames", Holds::Schema),
    ("if", Holds::Schema),
    ("then", Holds::Schema),
    ("else", Holds::Schema),
    ("dependencies", Holds::SchemaMap),
    ("definitions", Holds::SchemaMap),
    ("id", Holds::Value),
    ("$id", Holds::Value),
    ("$schema", Holds::Value),
];

/// The keywords of a 2.0 Schema Object, and those 3.0 adds that vendors use in 2.0 documents
/// too; anything else (but extensions) is not a keyword.
const KNOWN_KEYWORDS: [&str; 36] = [
    "$ref",
    "format",
    "title",
    "description",
    "default",
    "multipleOf",
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
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "type",
    "items",
    "allOf",
    "properties",
    "additionalProperties",
    "discriminator",
    "readOnly",
    "xml",
    "externalDocs",
    "example",
    "nullable",
    "oneOf",
    "anyOf",
    "not",
    "writeOnly",
    "deprecated",
];

/// What a keyword's value holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holds {
    Schema,
    /// Names mapped to schemas (`dependencies` may also map names to lists of names).
    SchemaMap,
    Value,
}

impl Converter<'_> {
    /// A schema in the 3.0 shape.
    pub(super) fn schema(&mut self, schema: &Value, at: At) -> Result<Value, Error> {
        let Value::Object(object) = schema else {
            return Ok(schema.clone());
        };
        let mut out = Map::new();
        for (key, value) in object {
            let pointer = push_token(at.pointer, key);
            let here = At::new(at.file, &pointer);
            match (key.as_str(), value) {
                ("$ref", Value::String(reference)) => {
                    let reference = self.reference(reference, here, Kind::Schema)?;
                    out.insert(key.clone(), Value::String(reference));
                }
                ("x-nullable", Value::Bool(true)) => {
                    out.entry("nullable").or_insert(json!(true));
                }
                ("x-nullable", _) => {}
                ("discriminator", discriminator) => {
                    if let Some(discriminator) = self.discriminator(discriminator, here) {
                        out.insert(key.clone(), discriminator);
                    }
                }
                ("type", Value::String(kind)) if kind == "file" => {
                    out.insert(key.clone(), json!("string"));
                    if !object.contains_key("format") {
                        out.insert("format".into(), json!("binary"));
                    }
                }
                ("format", format) if !format.is_string() => {
                    self.warn(
                        here,
                        DROPPED_KEYWORD,
                        format!("`format` must be a string, found {format}; it is left out"),
                    );
                }
                ("required", required) if !is_list_of_strings(required) => {
                    self.warn(
                        here,
                        DROPPED_KEYWORD,
                        format!(
                            "`required` of a schema lists property names, found {required}; it is \
                             left out (a property is required when its parent lists it)"
                        ),
                    );
                }
                ("items", Value::Array(items)) => {
                    let items = self.tuple_items(items, here)?;
                    out.insert(extension::PREFIX_ITEMS.into(), items);
                    out.insert(key.clone(), json!({}));
                }
                ("properties" | "patternProperties", Value::Object(_)) => {
                    let converted = self.schema_map(value, here)?;
                    out.insert(key.clone(), converted);
                }
                ("const", value) => {
                    // As normalization reads 3.1's `const`: a one-value enum.
                    out.insert("enum".into(), json!([value.clone()]));
                    out.insert(extension::CONST.into(), value.clone());
                }
                (keyword, _) if later_keyword(keyword).is_some() => {
                    let holds = later_keyword(keyword).unwrap_or(Holds::Value);
                    let converted = match (holds, value) {
                        (Holds::Schema, Value::Object(_)) => self.schema(value, here)?,
                        (Holds::SchemaMap, Value::Object(_)) => self.schema_map(value, here)?,
                        _ => value.clone(),
                    };
                    self.warn(
                        here,
                        DROPPED_KEYWORD,
                        format!(
                            "`{keyword}` is not a keyword of Swagger 2.0 or OpenAPI 3.0 schemas; \
                             kept as `x-{keyword}`, not honoured by generated code"
                        ),
                    );
                    out.insert(extension::kept(keyword), converted);
                }
                (keyword, Value::Object(_)) if SCHEMA_KEYWORDS.contains(&keyword) => {
                    let converted = self.schema(value, here)?;
                    out.insert(key.clone(), converted);
                }
                (keyword, Value::Array(members)) if SCHEMA_LISTS.contains(&keyword) => {
                    let mut converted = Vec::with_capacity(members.len());
                    for (i, member) in members.iter().enumerate() {
                        let pointer = push_token(&pointer, &i.to_string());
                        converted.push(self.schema(member, At::new(at.file, &pointer))?);
                    }
                    out.insert(key.clone(), Value::Array(converted));
                }
                (keyword, _)
                    if !KNOWN_KEYWORDS.contains(&keyword) && !extension::is_extension(keyword) =>
                {
                    self.warn(
                        here,
                        DROPPED_KEYWORD,
                        format!("`{keyword}` is not a schema keyword; it is left out"),
                    );
                }
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        if let Some(types) = type_list(&mut out) {
            let pointer = push_token(at.pointer, "type");
            self.warn(
                At::new(at.file, &pointer),
                APPROXIMATED,
                several_types_message(&types),
            );
        }
        type_null(&mut out);
        for (keyword, excluded_by) in null_members(&mut out) {
            if let Some(kind) = excluded_by {
                let pointer = push_token(at.pointer, keyword);
                self.warn(
                    At::new(at.file, &pointer),
                    APPROXIMATED,
                    null_member_message(keyword, &kind),
                );
            }
        }
        nullable_reference(&mut out);
        if pattern_properties_as_additional(&mut out) {
            self.warn(
                At::new(at.file, &push_token(at.pointer, "patternProperties")),
                APPROXIMATED,
                PATTERN_PROPERTIES_APPROXIMATED,
            );
        }
        Ok(Value::Object(out))
    }

    /// A map of names to schemas (`properties`), each converted; other values are kept.
    fn schema_map(&mut self, map: &Value, at: At) -> Result<Value, Error> {
        let Value::Object(map) = map else {
            return Ok(map.clone());
        };
        let mut converted = Map::new();
        for (name, member) in map {
            let pointer = push_token(at.pointer, name);
            let member = match member {
                Value::Object(_) => self.schema(member, At::new(at.file, &pointer))?,
                other => other.clone(),
            };
            converted.insert(name.clone(), member);
        }
        Ok(Value::Object(converted))
    }

    /// `discriminator: petType` names the property whose value is the name of the schema an
    /// instance is (this one or one that includes it with `allOf`); 3.0 says the same with
    /// `{propertyName: petType}`. An object is taken as already in the 3.0 form.
    fn discriminator(&mut self, discriminator: &Value, at: At) -> Option<Value> {
        match discriminator {
            Value::String(property) => Some(json!({ "propertyName": property })),
            Value::Object(object) if object.get("propertyName").is_some_and(Value::is_string) => {
                Some(discriminator.clone())
            }
            other => {
                self.warn(
                    at,
                    DROPPED_KEYWORD,
                    format!("`discriminator` must name a property, found {other}; it is left out"),
                );
                None
            }
        }
    }

    /// Draft 4 `items: [A, B]` types each position; 3.0 has no tuples. The positions are kept
    /// as `x-prefixItems` (as for 3.1's `prefixItems`) and the items are read as any value.
    fn tuple_items(&mut self, items: &[Value], at: At) -> Result<Value, Error> {
        self.warn(
            at,
            APPROXIMATED,
            "`items` as a list (a tuple) has no OpenAPI 3.0 form: the array's items are read as \
             any value, the positions' schemas kept as `x-prefixItems`",
        );
        let mut converted = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let pointer = push_token(at.pointer, &i.to_string());
            converted.push(self.schema(item, At::new(at.file, &pointer))?);
        }
        Ok(Value::Array(converted))
    }
}

/// `x-nullable: true` beside a `$ref` says that the referenced value may be null. 3.0 ignores a
/// reference's siblings; it says this with the reference as the lone member of `allOf`.
fn nullable_reference(schema: &mut Map<String, Value>) {
    if schema.get("nullable") != Some(&json!(true)) {
        return;
    }
    if let Some(reference) = schema.shift_remove("$ref") {
        schema.insert("allOf".into(), json!([{ "$ref": reference }]));
    }
}

fn later_keyword(keyword: &str) -> Option<Holds> {
    LATER_KEYWORDS
        .iter()
        .find(|(name, _)| *name == keyword)
        .map(|(_, holds)| *holds)
}

fn is_list_of_strings(value: &Value) -> bool {
    value
        .as_array()
        .is_some_and(|items| items.iter().all(Value::is_string))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::test_support::{at, found, schema_rule};
    use super::*;

    #[test]
    fn x_nullable_becomes_nullable() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "properties": {
                "a": {"type": "string", "x-nullable": true},
                "b": {"type": "string", "x-nullable": false}
            }
        }));
        assert_eq!(
            schema["properties"],
            json!({"a": {"type": "string", "nullable": true}, "b": {"type": "string"}})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn x_nullable_beside_a_reference_becomes_a_nullable_all_of() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "properties": {"owner": {"$ref": "#/definitions/User", "x-nullable": true}}
        }));
        assert_eq!(
            schema["properties"]["owner"],
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/User"}]})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn discriminator_property_name_becomes_the_3_0_object() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object", "discriminator": "petType", "required": ["petType"],
            "properties": {"petType": {"type": "string"}}
        }));
        assert_eq!(schema["discriminator"], json!({"propertyName": "petType"}));
        assert!(warnings.is_empty());
        let (schema, warnings) = schema_rule(json!({"discriminator": 3}));
        assert_eq!(schema.get("discriminator"), None);
        assert_eq!(found(&warnings), [(at("/discriminator"), DROPPED_KEYWORD)]);
    }

    #[test]
    fn type_file_becomes_a_binary_string() {
        let (schema, _) = schema_rule(json!({"type": "file"}));
        assert_eq!(schema, json!({"type": "string", "format": "binary"}));
    }

    #[test]
    fn references_to_definitions_point_into_components() {
        let (schema, _) = schema_rule(json!({
            "allOf": [{"$ref": "#/definitions/Base"}, {"properties": {
                "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
                "extra": {"additionalProperties": {"$ref": "#/definitions/Tag"}}
            }}]
        }));
        assert_eq!(
            schema["allOf"][0]["$ref"],
            json!("#/components/schemas/Base")
        );
        let properties = &schema["allOf"][1]["properties"];
        assert_eq!(
            properties["tags"]["items"]["$ref"],
            json!("#/components/schemas/Tag")
        );
        assert_eq!(
            properties["extra"]["additionalProperties"]["$ref"],
            json!("#/components/schemas/Tag")
        );
    }

    #[test]
    fn malformed_format_and_required_are_left_out_with_a_warning() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "properties": {
                "text": {"type": "string", "format": {"type": "string", "enum": ["TEXT"]}},
                "id": {"type": "integer", "required": true}
            }
        }));
        assert_eq!(
            schema["properties"],
            json!({"text": {"type": "string"}, "id": {"type": "integer"}})
        );
        assert_eq!(
            found(&warnings),
            [
                (at("/properties/text/format"), DROPPED_KEYWORD),
                (at("/properties/id/required"), DROPPED_KEYWORD)
            ]
        );
    }

    #[test]
    fn type_lists_are_read_as_in_3_1() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "properties": {
                "a": {"type": ["string", "null"]},
                "b": {"type": ["null"]},
                "c": {"type": ["integer", "string"]}
            }
        }));
        assert_eq!(
            schema["properties"],
            json!({
                "a": {"type": "string", "nullable": true},
                "b": {"enum": [null], "nullable": true},
                "c": {"x-types": ["integer", "string"]}
            })
        );
        assert_eq!(found(&warnings), [(at("/properties/c/type"), APPROXIMATED)]);
    }

    #[test]
    fn null_members_make_the_schema_nullable() {
        let (schema, warnings) = schema_rule(json!({
            "type": "array",
            "items": {"anyOf": [{"type": "string"}, {"type": "null"}]}
        }));
        assert_eq!(schema["items"], json!({"nullable": true, "type": "string"}));
        assert!(warnings.is_empty());
    }

    #[test]
    fn pattern_properties_are_approximated_as_additional_properties() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "patternProperties": {"^[a-z]+@": {"$ref": "#/definitions/Contact"}}
        }));
        let contact = json!({"$ref": "#/components/schemas/Contact"});
        assert_eq!(
            schema,
            json!({"type": "object", "additionalProperties": contact,
                   "x-patternProperties": {"^[a-z]+@": contact}})
        );
        assert_eq!(found(&warnings), [(at("/patternProperties"), APPROXIMATED)]);
    }

    #[test]
    fn keywords_of_later_drafts_are_kept_as_extensions_and_reported() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "dependencies": {"a": ["b"], "c": {"$ref": "#/definitions/C"}},
            "if": {"required": ["a"]},
            "const": 1
        }));
        assert_eq!(
            schema,
            json!({"type": "object",
                   "x-dependencies": {"a": ["b"], "c": {"$ref": "#/components/schemas/C"}},
                   "x-if": {"required": ["a"]}, "enum": [1], "x-const": 1})
        );
        assert_eq!(
            found(&warnings),
            [
                (at("/dependencies"), DROPPED_KEYWORD),
                (at("/if"), DROPPED_KEYWORD)
            ]
        );
    }

    #[test]
    fn words_that_are_no_schema_keyword_are_left_out_with_a_warning() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object", "desc": "a typo", "x-note": "kept", "writeOnly": true
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "x-note": "kept", "writeOnly": true})
        );
        assert_eq!(found(&warnings), [(at("/desc"), DROPPED_KEYWORD)]);
    }

    #[test]
    fn tuple_items_are_kept_as_prefix_items_and_approximated() {
        let (schema, warnings) = schema_rule(json!({
            "type": "array", "items": [{"type": "string", "x-nullable": true}, {"type": "integer"}]
        }));
        assert_eq!(
            schema,
            json!({"type": "array", "x-prefixItems": [
                {"type": "string", "nullable": true}, {"type": "integer"}
            ], "items": {}})
        );
        assert_eq!(found(&warnings), [(at("/items"), APPROXIMATED)]);
    }
}
