//! What a value may be: `type` arrays and `type: 'null'`, `const`, `null` in `enum` and in
//! `anyOf`/`oneOf`, boolean schemas and boolean `items`, numeric exclusive bounds, and the
//! `contentEncoding`/`contentMediaType` of encoded strings.

use serde_json::{Map, Value, json};

use super::{APPROXIMATED, DROPPED_KEYWORD, Walker};
use crate::diagnostic::push_token;
use crate::extension;

impl Walker<'_> {
    /// `type: [T, 'null']` → `type: T, nullable: true`; `type: ['null']` → `type: 'null'` (see
    /// [`type_null`]). Several non-null types cannot be said in 3.0: they are kept as `x-types`
    /// and `type` is removed, which `openapiv3` reads as any value.
    pub(super) fn type_array(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        if let Some(types) = type_list(schema) {
            self.warn(
                &push_token(pointer, "type"),
                APPROXIMATED,
                several_types_message(&types),
            );
        }
    }

    /// `anyOf`/`oneOf` with a `{type: 'null'}` member is how 3.1 says "X or null". The null
    /// members become `nullable: true`. A single remaining member is merged into the schema
    /// when only annotations sit beside it, or else kept through `allOf` (a `$ref` member
    /// always, so that lowering still sees the reference).
    pub(super) fn null_members(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        for (keyword, excluded_by) in null_members(schema) {
            if let Some(kind) = excluded_by {
                self.warn(
                    &push_token(pointer, keyword),
                    APPROXIMATED,
                    null_member_message(keyword, &kind),
                );
            }
        }
    }

    /// `null` in `enum` → `nullable: true` and `null` left out of the values, the 3.0 way. A
    /// lone `enum: [null]` stays, since it is the only value.
    pub(super) fn enum_null(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        let Some(Value::Array(values)) = schema.get_mut("enum") else {
            return;
        };
        if !values.iter().any(Value::is_null) {
            return;
        }
        if values.iter().any(|value| !value.is_null()) {
            values.retain(|value| !value.is_null());
        }
        self.make_nullable(schema, &push_token(pointer, "enum"), "`null` in `enum`");
    }

    /// Marks a schema nullable. Where its `type` excludes `null`, the 3.1 document never
    /// allowed null here, so accepting it is looser, and said so.
    fn make_nullable(&mut self, schema: &mut Map<String, Value>, pointer: &str, what: &str) {
        let already = schema.get("nullable") == Some(&Value::Bool(true));
        if let Some(Value::String(kind)) = schema.get("type") {
            if !already && kind != "null" {
                let message =
                    format!("{what} allows null but `type: {kind}` does not; null is accepted");
                self.warn(pointer, APPROXIMATED, message);
            }
        }
        schema.insert("nullable".into(), Value::Bool(true));
    }

    /// `contentEncoding: base64` is 3.0's `format: byte`; a non-text `contentMediaType`
    /// without an encoding is raw bytes, 3.0's `format: binary` (both only apply to strings,
    /// so a schema of another type keeps its own shape). Both keywords are kept as
    /// `x-contentEncoding`/`x-contentMediaType`; `contentSchema` (the structure of the decoded
    /// content) as `x-contentSchema`.
    pub(super) fn content(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        if let Some(content_schema) = schema.shift_remove("contentSchema") {
            schema.insert(extension::CONTENT_SCHEMA.into(), content_schema);
            self.warn(
                &push_token(pointer, "contentSchema"),
                DROPPED_KEYWORD,
                "the structure of the encoded content is not checked; kept as `x-contentSchema`",
            );
        }
        let encoding = schema.shift_remove("contentEncoding");
        let media_type = schema.shift_remove("contentMediaType");
        let format = match encoding.as_ref() {
            Some(Value::String(e)) if e.eq_ignore_ascii_case("base64") => Some("byte"),
            Some(Value::String(e)) if e.eq_ignore_ascii_case("base64url") => {
                self.warn(
                    &push_token(pointer, "contentEncoding"),
                    APPROXIMATED,
                    "base64url is read as `format: byte` (base64); kept as `x-contentEncoding`",
                );
                Some("byte")
            }
            Some(other) => {
                self.warn(
                    &push_token(pointer, "contentEncoding"),
                    DROPPED_KEYWORD,
                    format!("content encoding {other} is not decoded; kept as `x-contentEncoding`"),
                );
                None
            }
            None => media_type
                .as_ref()
                .and_then(Value::as_str)
                .filter(|media_type| !is_textual(media_type))
                .map(|_| "binary"),
        };
        let string_or_untyped = schema.get("type").is_none_or(|kind| kind == "string");
        if let Some(format) = format.filter(|_| string_or_untyped) {
            schema
                .entry("type")
                .or_insert_with(|| Value::String("string".into()));
            schema
                .entry("format")
                .or_insert_with(|| Value::String(format.into()));
        }
        if let Some(encoding) = encoding {
            schema.insert(extension::CONTENT_ENCODING.into(), encoding);
        }
        if let Some(media_type) = media_type {
            schema.insert(extension::CONTENT_MEDIA_TYPE.into(), media_type);
        }
    }
}

/// Boolean schemas: `true` accepts anything (`{}`), `false` nothing (`{not: {}}`).
pub(super) fn boolean_schema(allowed: bool) -> Value {
    if allowed {
        json!({})
    } else {
        json!({"not": {}})
    }
}

/// A `type` list in the 3.0 form (see [`Walker::type_array`]), in any dialect that meets one.
/// Returns the non-null types when there are several, which the 3.0 form only approximates.
pub(crate) fn type_list(schema: &mut Map<String, Value>) -> Option<Vec<String>> {
    let Some(Value::Array(types)) = schema.get("type") else {
        return None;
    };
    let names: Vec<String> = types
        .iter()
        .filter_map(|t| t.as_str().map(str::to_owned))
        .collect();
    let nullable = names.iter().any(|t| t == "null");
    let mut non_null: Vec<String> = names.into_iter().filter(|t| t != "null").collect();
    let mut several = None;
    match non_null.len() {
        0 if nullable => {
            schema.insert("type".into(), json!("null"));
            return None;
        }
        0 => {
            schema.shift_remove("type");
        }
        1 => {
            schema.insert("type".into(), Value::String(non_null.remove(0)));
        }
        _ => {
            schema.shift_remove("type");
            schema.insert(extension::TYPES.into(), json!(non_null));
            several = Some(non_null);
        }
    }
    if nullable {
        schema.insert("nullable".into(), Value::Bool(true));
    }
    several
}

/// What the warning about several types says.
pub(crate) fn several_types_message(types: &[String]) -> String {
    format!(
        "a value of several types ({}) is kept as `x-types`; the 3.0 shape accepts any value",
        types.join(", ")
    )
}

/// `type: 'null'` alone: only `null` is valid. The 3.0 shape says so with `enum: [null]` and
/// `nullable: true`, which `openapiv3` reads as a nullable schema whose only value is null.
pub(crate) fn type_null(schema: &mut Map<String, Value>) {
    if schema.get("type") == Some(&json!("null")) {
        schema.shift_remove("type");
        schema.insert("enum".into(), json!([null]));
        schema.insert("nullable".into(), Value::Bool(true));
    }
}

/// `const: v` → `enum: [v]`, plus `x-const: v` so lowering can make a single-value type.
pub(super) fn const_value(schema: &mut Map<String, Value>) {
    if let Some(value) = schema.shift_remove("const") {
        schema.insert("enum".into(), json!([value.clone()]));
        schema.insert(extension::CONST.into(), value);
    }
}

/// 2020-12 `exclusiveMinimum: n` is a number; 3.0 says `minimum: n, exclusiveMinimum: true`.
/// Beside an inclusive bound the stricter of the two is kept. Boolean values (3.0 style, still
/// found in 3.1 documents) are left as they are.
pub(super) fn exclusive_bounds(schema: &mut Map<String, Value>) {
    exclusive_bound(schema, "minimum", "exclusiveMinimum", |e, i| e >= i);
    exclusive_bound(schema, "maximum", "exclusiveMaximum", |e, i| e <= i);
}

fn exclusive_bound(
    schema: &mut Map<String, Value>,
    inclusive: &str,
    exclusive: &str,
    exclusive_is_stricter: fn(f64, f64) -> bool,
) {
    let Some(Value::Number(limit)) = schema.get(exclusive) else {
        return;
    };
    let limit = limit.clone();
    let exclusive_wins = match (
        limit.as_f64(),
        schema.get(inclusive).and_then(Value::as_f64),
    ) {
        (Some(e), Some(i)) => exclusive_is_stricter(e, i),
        _ => true,
    };
    if exclusive_wins {
        schema.insert(inclusive.into(), Value::Number(limit));
        schema.insert(exclusive.into(), Value::Bool(true));
    } else {
        schema.shift_remove(exclusive);
    }
}

/// `items: true` allows anything (3.0: no `items`); `items: false` allows no items at all
/// (3.0: `maxItems: 0`).
pub(super) fn items_boolean(schema: &mut Map<String, Value>) {
    match schema.get("items") {
        Some(Value::Bool(true)) => {
            schema.shift_remove("items");
        }
        Some(Value::Bool(false)) => {
            schema.shift_remove("items");
            schema.insert("maxItems".into(), json!(0));
        }
        _ => {}
    }
}

/// Marks an object that writes `properties: {}` and allows no other members (no
/// `additionalProperties`, or `false`) with [`extension::NO_MEMBERS`]. Stripe writes such
/// objects for payment methods that carry no details: the document says there are none, which
/// is not the same as an object left open (`type: object` alone).
pub(crate) fn no_members(schema: &mut Map<String, Value>) {
    let empty = matches!(schema.get("properties"), Some(Value::Object(p)) if p.is_empty());
    if !empty {
        return;
    }
    let closed = matches!(
        schema.get("additionalProperties"),
        None | Some(Value::Bool(false))
    );
    let composed = ["allOf", "anyOf", "oneOf", "$ref", "patternProperties"]
        .iter()
        .any(|keyword| schema.contains_key(*keyword));
    let object = schema.get("type").is_none_or(|t| t == "object");
    if closed && object && !composed {
        schema.insert(extension::NO_MEMBERS.into(), Value::Bool(true));
    }
}

/// Whether a normalized schema admits only `null` (`{type: 'null'}` after [`type_null`]).
/// [`Walker::null_members`], in any dialect that meets `{type: 'null'}` members. Returns each
/// keyword that had null members, with the schema's own `type` when that excludes null (so
/// that accepting null is looser than the document, which the caller reports).
pub(crate) fn null_members(schema: &mut Map<String, Value>) -> Vec<(&'static str, Option<String>)> {
    let mut found = Vec::new();
    for keyword in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = schema.get_mut(keyword) else {
            continue;
        };
        let before = members.len();
        members.retain(|member| !is_null_only(member));
        let remaining = members.len();
        if remaining == before {
            continue;
        }
        let already = schema.get("nullable") == Some(&Value::Bool(true));
        let excluded_by = match schema.get("type") {
            Some(Value::String(kind)) if !already && kind != "null" => Some(kind.clone()),
            _ => None,
        };
        schema.insert("nullable".into(), Value::Bool(true));
        found.push((keyword, excluded_by));
        match remaining {
            0 => {
                schema.shift_remove(keyword);
                schema.entry("enum").or_insert_with(|| json!([null]));
            }
            1 => collapse_single_member(schema, keyword),
            _ => {}
        }
    }
    found
}

/// What the warning about a null member beside a `type` that excludes null says.
pub(crate) fn null_member_message(keyword: &str, kind: &str) -> String {
    format!(
        "a `null` member of `{keyword}` allows null but `type: {kind}` does not; null is accepted"
    )
}

fn is_null_only(schema: &Value) -> bool {
    let Value::Object(schema) = schema else {
        return false;
    };
    schema.get("enum") == Some(&json!([null]))
        && !["type", "allOf", "anyOf", "oneOf", "not", "$ref"]
            .iter()
            .any(|key| schema.contains_key(*key))
}

/// Keywords that describe a schema without constraining it: a schema made of these and one
/// combined member means the member.
fn is_annotation(keyword: &str) -> bool {
    extension::is_extension(keyword)
        || matches!(
            keyword,
            "title"
                | "description"
                | "default"
                | "example"
                | "deprecated"
                | "readOnly"
                | "writeOnly"
                | "externalDocs"
                | "nullable"
        )
}

/// Replaces `keyword: [member]` by the member: merged in when the schema holds only
/// annotations and the member shares no keyword with it, else as an `allOf` member.
fn collapse_single_member(schema: &mut Map<String, Value>, keyword: &str) {
    let Some(Value::Array(mut members)) = schema.shift_remove(keyword) else {
        return;
    };
    let Some(member) = members.pop() else {
        return;
    };
    match member {
        Value::Object(fields)
            if !fields.contains_key("$ref")
                && schema.keys().all(|key| is_annotation(key))
                && fields.keys().all(|key| !schema.contains_key(key)) =>
        {
            schema.extend(fields);
        }
        member => match schema.get_mut("allOf") {
            Some(Value::Array(all)) => all.push(member),
            _ => {
                schema.insert("allOf".into(), json!([member]));
            }
        },
    }
}

/// Media types whose content is text, so a string holding it is not raw bytes.
fn is_textual(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.starts_with("text/")
        || essence.ends_with("json")
        || essence.ends_with("xml")
        || essence.ends_with("yaml")
        || matches!(
            essence.as_str(),
            "application/x-www-form-urlencoded" | "application/javascript" | "application/graphql"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::test_support::{at, found, schema_rule};

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
    fn several_types_are_kept_as_extension_with_a_warning() {
        let (schema, warnings) = schema_rule(json!({"type": ["string", "integer", "null"]}));
        assert_eq!(
            schema,
            json!({"x-types": ["string", "integer"], "nullable": true})
        );
        assert_eq!(found(&warnings), [(at("/type").as_str(), APPROXIMATED)]);
    }

    #[test]
    fn type_null_alone_becomes_a_null_only_enum() {
        for input in [json!({"type": "null"}), json!({"type": ["null"]})] {
            let (schema, warnings) = schema_rule(input);
            assert_eq!(schema, json!({"enum": [null], "nullable": true}));
            assert!(warnings.is_empty());
        }
    }

    #[test]
    fn const_becomes_a_single_value_enum() {
        let (schema, warnings) = schema_rule(json!({"type": "string", "const": "card"}));
        assert_eq!(
            schema,
            json!({"type": "string", "enum": ["card"], "x-const": "card"})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({"const": null}));
        assert_eq!(
            schema,
            json!({"enum": [null], "x-const": null, "nullable": true})
        );
    }

    #[test]
    fn numeric_exclusive_bounds_take_the_3_0_form() {
        let (schema, warnings) = schema_rule(json!({
            "type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10
        }));
        assert_eq!(
            schema,
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true,
                   "maximum": 10, "exclusiveMaximum": true})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn exclusive_bound_beside_an_inclusive_one_keeps_the_stricter() {
        let (schema, _) = schema_rule(json!({
            "minimum": 5, "exclusiveMinimum": 1, "maximum": 10, "exclusiveMaximum": 8
        }));
        assert_eq!(
            schema,
            json!({"minimum": 5, "maximum": 8, "exclusiveMaximum": true})
        );
        let legacy = json!({"minimum": 10, "exclusiveMinimum": true});
        assert_eq!(schema_rule(legacy.clone()).0, legacy);
    }

    #[test]
    fn boolean_schemas_become_empty_and_not_empty() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "properties": {"any": true, "never": false},
            "additionalProperties": false
        }));
        assert_eq!(
            schema,
            json!({"type": "object",
                   "properties": {"any": {}, "never": {"not": {}}},
                   "additionalProperties": false})
        );
        assert!(warnings.is_empty());
        assert_eq!(schema_rule(json!(true)).0, json!({}));
    }

    #[test]
    fn boolean_items_become_no_items_or_max_items_zero() {
        let (schema, warnings) = schema_rule(json!({"type": "array", "items": false}));
        assert_eq!(schema, json!({"type": "array", "maxItems": 0}));
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({"type": "array", "items": true}));
        assert_eq!(schema, json!({"type": "array"}));
    }

    #[test]
    fn content_encoding_and_media_type_become_formats() {
        let (schema, warnings) =
            schema_rule(json!({"type": "string", "contentEncoding": "base64"}));
        assert_eq!(
            schema,
            json!({"type": "string", "format": "byte", "x-contentEncoding": "base64"})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({"contentMediaType": "image/png"}));
        assert_eq!(
            schema,
            json!({"type": "string", "format": "binary", "x-contentMediaType": "image/png"})
        );
        let (schema, _) =
            schema_rule(json!({"type": "string", "contentMediaType": "application/json"}));
        assert_eq!(
            schema,
            json!({"type": "string", "x-contentMediaType": "application/json"})
        );
        let (schema, _) = schema_rule(json!({"type": "object", "contentMediaType": "image/png"}));
        assert_eq!(
            schema,
            json!({"type": "object", "x-contentMediaType": "image/png"})
        );
    }

    #[test]
    fn unusual_content_encodings_are_reported() {
        let (schema, warnings) = schema_rule(json!({
            "type": "string", "contentEncoding": "base64url",
            "contentSchema": {"type": "object"}
        }));
        assert_eq!(schema["format"], "byte");
        assert_eq!(schema["x-contentSchema"], json!({"type": "object"}));
        assert_eq!(
            found(&warnings),
            [
                (at("/contentSchema").as_str(), DROPPED_KEYWORD),
                (at("/contentEncoding").as_str(), APPROXIMATED)
            ]
        );
        let (schema, warnings) = schema_rule(json!({"type": "string", "contentEncoding": "7bit"}));
        assert_eq!(
            schema,
            json!({"type": "string", "x-contentEncoding": "7bit"})
        );
        assert_eq!(
            found(&warnings),
            [(at("/contentEncoding").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn null_in_enum_becomes_nullable() {
        let (schema, warnings) = schema_rule(json!({
            "type": ["string", "null"], "enum": ["a", null]
        }));
        assert_eq!(
            schema,
            json!({"type": "string", "enum": ["a"], "nullable": true})
        );
        assert!(warnings.is_empty());
        let (schema, warnings) = schema_rule(json!({"type": "string", "enum": ["a", null]}));
        assert_eq!(
            schema,
            json!({"type": "string", "enum": ["a"], "nullable": true})
        );
        assert_eq!(found(&warnings), [(at("/enum").as_str(), APPROXIMATED)]);
    }

    #[test]
    fn null_member_of_any_of_becomes_nullable() {
        let (schema, warnings) = schema_rule(json!({
            "anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}],
            "description": "d"
        }));
        assert_eq!(
            schema,
            json!({"description": "d", "nullable": true, "type": "string", "format": "date-time"})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({
            "oneOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]
        }));
        assert_eq!(
            schema,
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/T"}]})
        );
        let (schema, _) = schema_rule(json!({
            "anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}]
        }));
        assert_eq!(
            schema,
            json!({"anyOf": [{"type": "string"}, {"type": "number"}], "nullable": true})
        );
    }
}
