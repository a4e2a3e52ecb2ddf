//! Numbers `openapiv3` cannot hold, in 3.0 and 3.1 documents alike: keywords whose value must be
//! an integer of some range and is not.
//!
//! - `minimum`, `maximum` and `multipleOf` of an integer schema are 64-bit integers to
//!   `openapiv3`; any other value makes it read the schema as "any value", so the generated
//!   type loses its integer. Tools that print through a double write `i64::MIN` as
//!   `-9223372036854776000`, one past the range.
//! - `minLength`/`maxLength`, `minItems`/`maxItems` and `minProperties`/`maxProperties` are
//!   non-negative counts; any other value (`maxLength: -1` for "no limit") fails the whole
//!   document.
//! - Every one of these keywords must be a number at all.
//!
//! An integral value written as a float (`minimum: 1.0`) becomes the integer silently. A bound
//! that is not an integer or does not fit is widened to the nearest value that does
//! (`approximated`: generated code accepts a little more than the document allows). A value
//! with no usable reading (not a number, a negative count, a fractional `multipleOf` of an
//! integer) is removed and kept as `x-<keyword>` (`dropped-keyword`).

use serde_json::{Map, Number, Value};

use super::{APPROXIMATED, DROPPED_KEYWORD, Walker};
use crate::diagnostic::push_token;
use crate::extension;

/// Bounds, read as 64-bit integers in an integer schema and as numbers elsewhere.
const BOUNDS: [&str; 3] = ["minimum", "maximum", "multipleOf"];
/// Counts, read as non-negative machine-sized integers.
const COUNTS: [&str; 6] = [
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
];

/// 2^63: the first double outside the 64-bit signed range (and the magnitude of `i64::MIN`).
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
/// 2^64: the first double outside the 64-bit unsigned range.
const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;

/// What becomes of one keyword's value.
#[derive(Debug, Clone, PartialEq)]
enum Fix {
    /// `openapiv3` reads it as it is.
    Keep,
    /// The same number, written as the integer `openapiv3` expects.
    Exact(Value),
    /// The nearest value that fits, and why it was needed.
    Approximated(Value, String),
    /// No usable reading: removed, for this reason.
    Dropped(String),
}

impl Walker<'_> {
    /// Rewrites the numeric keywords of one schema that `openapiv3` cannot hold.
    pub(super) fn numbers(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        // Most schemas have none of these: their members are looked at once, not looked up.
        if !schema
            .keys()
            .any(|key| BOUNDS.contains(&key.as_str()) || COUNTS.contains(&key.as_str()))
        {
            return;
        }
        let integer = schema.get("type").and_then(Value::as_str) == Some("integer");
        for keyword in BOUNDS.into_iter().chain(COUNTS) {
            let Some(value) = schema.get(keyword) else {
                continue;
            };
            let fix = if COUNTS.contains(&keyword) {
                count(keyword, value)
            } else if integer {
                integer_bound(keyword, value)
            } else {
                number_bound(keyword, value)
            };
            let at = || push_token(pointer, keyword);
            match fix {
                Fix::Keep => {}
                Fix::Exact(value) => {
                    schema.insert(keyword.into(), value);
                }
                Fix::Approximated(value, why) => {
                    schema.insert(keyword.into(), value);
                    self.warn(&at(), APPROXIMATED, why);
                }
                Fix::Dropped(why) => {
                    super::rename(schema, keyword, &extension::kept(keyword));
                    self.warn(
                        &at(),
                        DROPPED_KEYWORD,
                        format!("{why}; kept as `x-{keyword}`"),
                    );
                }
            }
        }
    }
}

/// `minimum`, `maximum` or `multipleOf` of an integer schema: a 64-bit integer.
fn integer_bound(keyword: &str, value: &Value) -> Fix {
    let number = match value {
        Value::Null => return Fix::Keep,
        Value::Number(number) if number.is_i64() => return Fix::Keep,
        Value::Number(number) => number,
        _ => return not_a_number(keyword),
    };
    let Some(float) = number.as_f64().filter(|f| f.is_finite()) else {
        return Fix::Dropped(format!("`{keyword}` {number} has no numeric reading"));
    };
    let number = shown(number);
    let integral = float.fract() == 0.0;
    if integral && float > -TWO_POW_63 && float < TWO_POW_63 {
        // In range and integral, so the conversion is exact.
        return Fix::Exact(Value::from(float as i64));
    }
    if keyword == "multipleOf" {
        return Fix::Dropped(format!(
            "`multipleOf` {number} of an integer schema is not a 64-bit integer"
        ));
    }
    // The looser side: a lower bound rounds down, an upper bound up.
    let widened = if keyword == "minimum" {
        float.floor()
    } else {
        float.ceil()
    };
    let fitted = if widened <= -TWO_POW_63 {
        i64::MIN
    } else if widened >= TWO_POW_63 {
        i64::MAX
    } else {
        widened as i64
    };
    let why = if integral {
        format!("`{keyword}` {number} does not fit a 64-bit integer; read as {fitted}")
    } else {
        format!("`{keyword}` {number} of an integer schema is not an integer; read as {fitted}")
    };
    Fix::Approximated(Value::from(fitted), why)
}

/// `minimum`, `maximum` or `multipleOf` of any other schema: any number.
fn number_bound(keyword: &str, value: &Value) -> Fix {
    match value {
        Value::Null | Value::Number(_) => Fix::Keep,
        _ => not_a_number(keyword),
    }
}

/// `minLength`, `maxItems`, …: a non-negative integer that fits a `usize`.
fn count(keyword: &str, value: &Value) -> Fix {
    let number = match value {
        Value::Null => return Fix::Keep,
        Value::Number(number) => number,
        _ => return not_a_number(keyword),
    };
    if let Some(n) = number.as_u64() {
        if usize::try_from(n).is_ok() {
            return Fix::Keep;
        }
    }
    let Some(float) = number.as_f64().filter(|f| f.is_finite()) else {
        return Fix::Dropped(format!("`{keyword}` {number} has no numeric reading"));
    };
    let number = shown(number);
    if float < 0.0 {
        return Fix::Dropped(format!("`{keyword}` {number} is negative"));
    }
    let integral = float.fract() == 0.0;
    let widened = if keyword.starts_with("min") {
        float.floor()
    } else {
        float.ceil()
    };
    let fitted = if widened < TWO_POW_64 {
        usize::try_from(widened as u64).unwrap_or(usize::MAX)
    } else {
        usize::MAX
    };
    if integral && fitted as f64 == float {
        return Fix::Exact(Number::from(fitted).into());
    }
    let why = if integral {
        format!("`{keyword}` {number} is too large; read as {fitted}")
    } else {
        format!("`{keyword}` {number} is not an integer; read as {fitted}")
    };
    Fix::Approximated(Number::from(fitted).into(), why)
}

/// A number as a reader wrote it: floats in plain decimal (`-9223372036854776000`, not
/// `-9.223372036854776e+18`).
fn shown(number: &Number) -> String {
    match number.as_f64() {
        Some(float) if number.is_f64() => float.to_string(),
        _ => number.to_string(),
    }
}

fn not_a_number(keyword: &str) -> Fix {
    Fix::Dropped(format!("`{keyword}` is not a number"))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::dialect::Dialect;
    use crate::normalize::normalize;
    use crate::normalize::test_support::{at, found, schema_rule};

    /// Normalizes `input` as `components.schemas.S` of a 3.0 document.
    fn schema_rule_3_0(input: Value) -> (Value, Vec<crate::Warning>) {
        let normalized = normalize(
            "f.yaml",
            Dialect::V3_0,
            json!({"openapi": "3.0.3", "components": {"schemas": {"S": input}}}),
        );
        (
            normalized.document["components"]["schemas"]["S"].clone(),
            normalized.warnings,
        )
    }

    #[test]
    fn integer_bounds_out_of_range_are_clamped_in_both_dialects() {
        let input = json!({"type": "integer", "format": "int64",
                           "minimum": -9_223_372_036_854_776_000.0_f64,
                           "maximum": 1e19});
        for (schema, warnings) in [schema_rule(input.clone()), schema_rule_3_0(input)] {
            assert_eq!(schema["minimum"], json!(i64::MIN));
            assert_eq!(schema["maximum"], json!(i64::MAX));
            assert_eq!(
                found(&warnings),
                [
                    (at("/minimum").as_str(), APPROXIMATED),
                    (at("/maximum").as_str(), APPROXIMATED)
                ]
            );
            assert!(warnings[0].message.contains("read as -9223372036854775808"));
        }
    }

    #[test]
    fn clamped_bounds_are_read_by_openapiv3_as_an_integer() {
        let (schema, _) = schema_rule_3_0(json!({"type": "integer", "minimum": -1e30}));
        let schema: openapiv3::Schema = serde_json::from_value(schema).expect("a 3.0 schema");
        assert!(matches!(
            schema.schema_kind,
            openapiv3::SchemaKind::Type(openapiv3::Type::Integer(ref integer))
                if integer.minimum == Some(i64::MIN)
        ));
    }

    #[test]
    fn integral_floats_become_integers_silently() {
        let (schema, warnings) = schema_rule_3_0(json!({
            "type": "integer", "minimum": 1.0, "maximum": -2.0, "multipleOf": 5.0
        }));
        assert_eq!(
            schema,
            json!({"type": "integer", "minimum": 1, "maximum": -2, "multipleOf": 5})
        );
        assert!(warnings.is_empty());
        let (schema, warnings) = schema_rule_3_0(json!({"type": "string", "maxLength": 8.0}));
        assert_eq!(schema, json!({"type": "string", "maxLength": 8}));
        assert!(warnings.is_empty());
    }

    #[test]
    fn fractional_bounds_are_widened() {
        let (schema, warnings) = schema_rule_3_0(json!({
            "type": "integer", "minimum": 1.5, "maximum": 2.5
        }));
        assert_eq!(schema["minimum"], json!(1));
        assert_eq!(schema["maximum"], json!(3));
        assert_eq!(warnings.len(), 2);
        let (schema, _) =
            schema_rule_3_0(json!({"type": "array", "minItems": 1.5, "maxItems": 2.5}));
        assert_eq!(schema["minItems"], json!(1));
        assert_eq!(schema["maxItems"], json!(3));
    }

    #[test]
    fn unusable_values_are_dropped_and_kept_as_extensions() {
        let (schema, warnings) = schema_rule_3_0(json!({
            "type": "string", "maxLength": -1, "minLength": "3"
        }));
        assert_eq!(
            schema,
            json!({"type": "string", "x-maxLength": -1, "x-minLength": "3"})
        );
        assert_eq!(
            found(&warnings),
            [
                (at("/minLength").as_str(), DROPPED_KEYWORD),
                (at("/maxLength").as_str(), DROPPED_KEYWORD)
            ]
        );
        let (schema, warnings) = schema_rule_3_0(json!({"type": "integer", "multipleOf": 0.5}));
        assert_eq!(schema, json!({"type": "integer", "x-multipleOf": 0.5}));
        assert_eq!(
            found(&warnings),
            [(at("/multipleOf").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn numbers_that_fit_are_left_alone() {
        let input = json!({
            "type": "object",
            "properties": {
                "n": {"type": "number", "minimum": -1e30, "maximum": 0.5, "multipleOf": 0.01},
                "i": {"type": "integer", "minimum": -5, "maximum": i64::MAX},
                "s": {"type": "string", "minLength": 0, "maxLength": 10}
            },
            "minProperties": 1
        });
        let (schema, warnings) = schema_rule_3_0(input.clone());
        assert_eq!(schema, input);
        assert!(warnings.is_empty());
    }

    #[test]
    fn unsigned_bounds_beyond_i64_are_clamped() {
        let (schema, warnings) = schema_rule_3_0(json!({"type": "integer", "maximum": u64::MAX}));
        assert_eq!(schema["maximum"], json!(i64::MAX));
        assert_eq!(found(&warnings), [(at("/maximum").as_str(), APPROXIMATED)]);
    }
}
