//! JSON Schema keywords that 3.0 lacks: validation kept as `x-<keyword>` (`if`/`then`/`else`,
//! `dependent*`, `contains`, `propertyNames`, and `unevaluated*` where 3.0 cannot say it),
//! tuples and pattern-keyed properties approximated, identifiers dropped, and the `examples`
//! list.

use serde_json::{Map, Value, json};

use super::document::is_default_dialect;
use super::{APPROXIMATED, DROPPED_KEYWORD, Walker, rename};
use crate::diagnostic::push_token;
use crate::extension;

impl Walker<'_> {
    /// JSON Schema identifiers and comments. `$comment` is for humans and goes silently, as
    /// does a `$schema` naming the default dialect. The others change what a `$ref` can name
    /// or which keywords apply, and nothing here follows them.
    pub(super) fn identifiers(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        schema.shift_remove("$comment");
        if let Some(dialect) = schema.shift_remove("$schema") {
            if !dialect.as_str().is_some_and(is_default_dialect) {
                self.warn(
                    &push_token(pointer, "$schema"),
                    DROPPED_KEYWORD,
                    format!("the schema is read as an OpenAPI 3.1 schema, not as {dialect}"),
                );
            }
        }
        const IDENTIFIERS: [(&str, &str); 5] = [
            ("$id", "references through this base URI are not followed"),
            ("$anchor", "references to this anchor are not followed"),
            (
                "$dynamicAnchor",
                "dynamic references to this anchor are not followed",
            ),
            (
                "$dynamicRef",
                "the dynamic reference is not followed; any value is accepted here",
            ),
            ("$vocabulary", "vocabularies are not checked"),
        ];
        for (keyword, why) in IDENTIFIERS {
            if schema.shift_remove(keyword).is_some() {
                self.warn(
                    &push_token(pointer, keyword),
                    DROPPED_KEYWORD,
                    format!("`{keyword}` is dropped: {why}"),
                );
            }
        }
    }

    /// `unevaluatedProperties`/`unevaluatedItems` see through `allOf`, `$ref` and the like,
    /// which 3.0 cannot say. Without such keywords beside them they mean exactly
    /// `additionalProperties`/`items` and become those; beside `additionalProperties`/`items`
    /// they have no effect; otherwise they are dropped (kept as `x-…`).
    pub(super) fn unevaluated(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        const IN_PLACE: [&str; 8] = [
            "$ref",
            "allOf",
            "anyOf",
            "oneOf",
            "if",
            "then",
            "else",
            "dependentSchemas",
        ];
        let in_place = IN_PLACE.iter().any(|key| schema.contains_key(*key));
        for (keyword, plain, also_blocks) in [
            ("unevaluatedProperties", "additionalProperties", None),
            ("unevaluatedItems", "items", Some("contains")),
        ] {
            let Some(value) = schema.shift_remove(keyword) else {
                continue;
            };
            let blocked = in_place || also_blocks.is_some_and(|key| schema.contains_key(key));
            if schema.contains_key(plain) || value == Value::Bool(true) {
                // Everything is already evaluated, or nothing is constrained.
            } else if !blocked {
                schema.insert(plain.into(), value);
            } else {
                self.warn(
                    &push_token(pointer, keyword),
                    DROPPED_KEYWORD,
                    format!(
                        "`{keyword}` beside combined schemas is not checked; kept as `x-{keyword}`"
                    ),
                );
                schema.insert(extension::kept(keyword), value);
            }
        }
    }

    /// A tuple (`prefixItems`) has no 3.0 form. The positions are kept in `x-prefixItems`;
    /// `items` becomes any of the position schemas (and of the old `items`), and `items:
    /// false` becomes `maxItems`.
    pub(super) fn prefix_items(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        let Some(prefix) = schema.shift_remove("prefixItems") else {
            return;
        };
        if let Value::Array(positions) = &prefix {
            let mut members: Vec<Value> = Vec::new();
            for position in positions {
                push_unique(&mut members, position.clone());
            }
            match schema.shift_remove("items") {
                Some(Value::Bool(false)) => cap(schema, "maxItems", positions.len()),
                Some(Value::Bool(true)) | None => {}
                Some(items) => push_unique(&mut members, items),
            }
            if let Some(items) = any_of(members) {
                schema.insert("items".into(), items);
            }
        }
        schema.insert(extension::PREFIX_ITEMS.into(), prefix);
        self.warn(
            &push_token(pointer, "prefixItems"),
            APPROXIMATED,
            "a tuple is read as an array whose items may be any of its positions; \
             the positions are kept in `x-prefixItems`",
        );
    }

    /// `patternProperties` constrain properties by a regular expression on the name, which 3.0
    /// cannot say. Their schemas are merged into `additionalProperties` (names are not checked)
    /// and kept in `x-patternProperties`.
    pub(super) fn pattern_properties(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        if pattern_properties_as_additional(schema) {
            self.warn(
                &push_token(pointer, "patternProperties"),
                APPROXIMATED,
                PATTERN_PROPERTIES_APPROXIMATED,
            );
        }
    }

    /// Keywords that only validate and that 3.0 lacks. Generated types do not check them, so
    /// they move to `x-<keyword>`. `then`/`else` without `if`, and `minContains`/`maxContains`
    /// without `contains`, have no effect and move silently.
    pub(super) fn validation_only(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        const DROPPED: [(&str, &str); 5] = [
            (
                "dependentRequired",
                "properties required together are not checked",
            ),
            (
                "dependentSchemas",
                "schemas applied when a property is present are not checked",
            ),
            ("if", "the condition (`if`/`then`/`else`) is not checked"),
            (
                "contains",
                "`contains`/`minContains`/`maxContains` are not checked",
            ),
            ("propertyNames", "property names are not checked"),
        ];
        for (keyword, why) in DROPPED {
            if rename(schema, keyword, &extension::kept(keyword)) {
                self.warn(
                    &push_token(pointer, keyword),
                    DROPPED_KEYWORD,
                    format!("{why}; kept as `x-{keyword}`"),
                );
            }
        }
        for keyword in ["then", "else", "minContains", "maxContains"] {
            rename(schema, keyword, &extension::kept(keyword));
        }
    }
}

/// 2020-12 `examples` is a list; a 3.0 schema has one `example`. The first becomes `example`
/// (unless there is one) and all are kept in `x-examples`.
pub(super) fn examples(schema: &mut Map<String, Value>) {
    let Some(examples) = schema.shift_remove("examples") else {
        return;
    };
    if let Some(first) = examples.as_array().and_then(|list| list.first()) {
        schema.entry("example").or_insert_with(|| first.clone());
    }
    schema.insert(extension::EXAMPLES.into(), examples);
}

/// One schema for several: the only one, or `anyOf` of them.
/// What the `patternProperties` warning says, in every dialect that meets the keyword.
pub(crate) const PATTERN_PROPERTIES_APPROXIMATED: &str = "properties matched by name pattern are \
     read as additional properties (names are not checked); kept as `x-patternProperties`";

/// `patternProperties` read as the schema of additional properties (the union of the patterns'
/// schemas, and of `additionalProperties` when it is a schema), and kept as
/// `x-patternProperties`. Returns whether the schema had `patternProperties`.
pub(crate) fn pattern_properties_as_additional(schema: &mut Map<String, Value>) -> bool {
    let Some(patterns) = schema.shift_remove("patternProperties") else {
        return false;
    };
    if let Value::Object(patterns) = &patterns {
        if schema.get("additionalProperties") != Some(&Value::Bool(true)) {
            let mut members = Vec::new();
            for member in patterns.values() {
                push_unique(&mut members, member.clone());
            }
            if let Some(other @ Value::Object(_)) = schema.get("additionalProperties") {
                push_unique(&mut members, other.clone());
            }
            if let Some(additional) = any_of(members) {
                schema.insert("additionalProperties".into(), additional);
            }
        }
    }
    schema.insert(extension::PATTERN_PROPERTIES.into(), patterns);
    true
}

fn any_of(mut members: Vec<Value>) -> Option<Value> {
    match members.len() {
        0 => None,
        1 => members.pop(),
        _ => Some(json!({ "anyOf": members })),
    }
}

fn push_unique(members: &mut Vec<Value>, member: Value) {
    if !members.contains(&member) {
        members.push(member);
    }
}

/// Sets `keyword` to at most `limit`.
fn cap(schema: &mut Map<String, Value>, keyword: &str, limit: usize) {
    let current = schema.get(keyword).and_then(Value::as_u64);
    if current.is_none_or(|current| current > limit as u64) {
        schema.insert(keyword.into(), json!(limit));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::test_support::{at, found, schema_rule};

    #[test]
    fn examples_list_gives_the_first_as_example() {
        let (schema, warnings) = schema_rule(json!({"type": "number", "examples": [49.99, 5]}));
        assert_eq!(
            schema,
            json!({"type": "number", "example": 49.99, "x-examples": [49.99, 5]})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({"example": 1, "examples": [2]}));
        assert_eq!(schema, json!({"example": 1, "x-examples": [2]}));
    }

    #[test]
    fn prefix_items_are_kept_and_items_approximated() {
        let (schema, warnings) = schema_rule(json!({
            "type": "array",
            "prefixItems": [{"type": "number"}, {"type": "string"}, {"type": "number"}],
            "items": false
        }));
        assert_eq!(
            schema,
            json!({"type": "array", "maxItems": 3,
                   "items": {"anyOf": [{"type": "number"}, {"type": "string"}]},
                   "x-prefixItems": [{"type": "number"}, {"type": "string"}, {"type": "number"}]})
        );
        assert_eq!(
            found(&warnings),
            [(at("/prefixItems").as_str(), APPROXIMATED)]
        );
    }

    #[test]
    fn pattern_properties_are_approximated_as_additional_properties() {
        let pattern = json!({"type": "object", "properties": {"error": {"type": "string"}}});
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "additionalProperties": false,
            "patternProperties": {"^[a-z]+@[a-z.]+$": pattern}
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "additionalProperties": pattern,
                   "x-patternProperties": {"^[a-z]+@[a-z.]+$": pattern}})
        );
        assert_eq!(
            found(&warnings),
            [(at("/patternProperties").as_str(), APPROXIMATED)]
        );
    }

    #[test]
    fn dependent_required_is_kept_as_extension() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object", "dependentRequired": {"card": ["cvc"]}
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "x-dependentRequired": {"card": ["cvc"]}})
        );
        assert_eq!(
            found(&warnings),
            [(at("/dependentRequired").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn dependent_schemas_are_kept_as_extension_and_normalized() {
        let (schema, warnings) = schema_rule(json!({
            "dependentSchemas": {"card": {"properties": {"cvc": {"type": ["string", "null"]}}}}
        }));
        assert_eq!(
            schema["x-dependentSchemas"]["card"]["properties"]["cvc"],
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(
            found(&warnings),
            [(at("/dependentSchemas").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn if_then_else_is_kept_as_extension() {
        let (schema, warnings) = schema_rule(json!({
            "if": {"properties": {"kind": {"const": "a"}}},
            "then": {"required": ["a"]},
            "else": false
        }));
        assert_eq!(
            schema,
            json!({
                "x-if": {"properties": {"kind": {"enum": ["a"], "x-const": "a"}}},
                "x-then": {"required": ["a"]},
                "x-else": {"not": {}}
            })
        );
        assert_eq!(found(&warnings), [(at("/if").as_str(), DROPPED_KEYWORD)]);
        let (schema, warnings) = schema_rule(json!({"then": {"required": ["a"]}}));
        assert_eq!(schema, json!({"x-then": {"required": ["a"]}}));
        assert!(warnings.is_empty());
    }

    #[test]
    fn unevaluated_properties_alone_is_additional_properties() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object", "properties": {"a": {}}, "unevaluatedProperties": false
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "properties": {"a": {}}, "additionalProperties": false})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn unevaluated_properties_beside_combinators_is_dropped() {
        let (schema, warnings) = schema_rule(json!({
            "anyOf": [{"properties": {"a": {}}}, {"properties": {"b": {}}}],
            "unevaluatedProperties": false
        }));
        assert_eq!(schema["x-unevaluatedProperties"], false);
        assert_eq!(schema.get("additionalProperties"), None);
        assert_eq!(
            found(&warnings),
            [(at("/unevaluatedProperties").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn unevaluated_items_alone_is_items() {
        let (schema, warnings) = schema_rule(json!({
            "type": "array", "unevaluatedItems": {"type": ["integer", "null"]}
        }));
        assert_eq!(
            schema,
            json!({"type": "array", "items": {"type": "integer", "nullable": true}})
        );
        assert!(warnings.is_empty());
        let (schema, warnings) = schema_rule(json!({
            "type": "array", "contains": {"type": "integer"}, "unevaluatedItems": false
        }));
        assert_eq!(schema["x-unevaluatedItems"], false);
        assert_eq!(
            found(&warnings),
            [
                (at("/unevaluatedItems").as_str(), DROPPED_KEYWORD),
                (at("/contains").as_str(), DROPPED_KEYWORD)
            ]
        );
    }

    #[test]
    fn contains_is_kept_as_extension() {
        let (schema, warnings) = schema_rule(json!({
            "type": "array", "contains": {"const": 1}, "minContains": 2, "maxContains": 3
        }));
        assert_eq!(
            schema,
            json!({"type": "array", "x-contains": {"enum": [1], "x-const": 1},
                   "x-minContains": 2, "x-maxContains": 3})
        );
        assert_eq!(
            found(&warnings),
            [(at("/contains").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn property_names_are_kept_as_extension() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object", "propertyNames": {"pattern": "^[a-z]+$"}
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "x-propertyNames": {"pattern": "^[a-z]+$"}})
        );
        assert_eq!(
            found(&warnings),
            [(at("/propertyNames").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn identifiers_are_dropped_and_comments_silently() {
        let (schema, warnings) = schema_rule(json!({
            "$id": "https://example.com/s", "$anchor": "s", "$comment": "note",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$dynamicAnchor": "meta", "type": "string"
        }));
        assert_eq!(schema, json!({"type": "string"}));
        assert_eq!(
            found(&warnings),
            [
                (at("/$id").as_str(), DROPPED_KEYWORD),
                (at("/$anchor").as_str(), DROPPED_KEYWORD),
                (at("/$dynamicAnchor").as_str(), DROPPED_KEYWORD)
            ]
        );
        let (schema, warnings) = schema_rule(json!({
            "$schema": "http://json-schema.org/draft-04/schema#", "$dynamicRef": "#meta"
        }));
        assert_eq!(schema, json!({}));
        assert_eq!(
            found(&warnings),
            [
                (at("/$schema").as_str(), DROPPED_KEYWORD),
                (at("/$dynamicRef").as_str(), DROPPED_KEYWORD)
            ]
        );
    }
}
