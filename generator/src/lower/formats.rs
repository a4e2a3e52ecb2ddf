//! `format` to Rust types, and integer enums.
//!
//! - `date-time` → `chrono::DateTime<Utc>` and `date` → `chrono::NaiveDate`, unless an example
//!   or default the document gives would not decode (Linode's offset-less `2018-01-01T00:01:01`):
//!   the vendor sends such values, so the field stays a `String`, with an `untyped-format`
//!   warning. The check parses with the very functions decoding uses.
//! - `byte` → base64 bytes; `binary` stays a `String` in JSON (a JSON string is text: what
//!   octets it stands for is not said), and is bytes or a `runtime::File` as a body or part
//!   (see `bodies`).
//! - `int8` … `uint64` → the Rust integer of that size; other integers are `i64`. A string of
//!   format `int64`/`uint64` (Google's 64-bit integers as text) stays a `String`.
//! - `type: integer` with `enum` → an enum with an `Unknown(i64)` variant, its variants named
//!   from `x-enum-varnames` / `x-enumNames` when the document gives them, else `V<value>`.

use openapiv3::{
    IntegerFormat, IntegerType, Schema, SchemaData, SchemaKind, StringFormat, Type as OaType,
    VariantOrUnknownOrEmpty,
};

use super::Lowerer;
use crate::diagnostic::push_token;
use crate::extension;
use crate::ir::{EnumValues, EnumVariant, Type, TypeKind};
use crate::names::{self, Scope};

/// Warning kind: a `format` the generator would type is kept as text, because the document
/// shows values of it that the type would refuse.
pub(super) const UNTYPED_FORMAT: &str = "untyped-format";

/// The formats of strings that get a type of their own, when their examples agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Temporal {
    DateTime,
    Date,
}

impl Temporal {
    fn keyword(self) -> &'static str {
        match self {
            Temporal::DateTime => "date-time",
            Temporal::Date => "date",
        }
    }

    /// Whether decoding accepts `text`: what `chrono`'s `Deserialize` runs (RFC 3339, with a
    /// space or `T` between date and time).
    fn accepts(self, text: &str) -> bool {
        match self {
            Temporal::DateTime => text.parse::<chrono::DateTime<chrono::Utc>>().is_ok(),
            Temporal::Date => text.parse::<chrono::NaiveDate>().is_ok(),
        }
    }

    fn what(self) -> &'static str {
        match self {
            Temporal::DateTime => "an RFC 3339 date-time with an offset",
            Temporal::Date => "an RFC 3339 full-date (`2024-05-31`)",
        }
    }

    fn ty(self) -> Type {
        match self {
            Temporal::DateTime => Type::DateTime,
            Temporal::Date => Type::Date,
        }
    }
}

impl Lowerer<'_> {
    /// The type of a string schema without `enum`, from its format.
    pub(super) fn string_format(
        &mut self,
        data: &SchemaData,
        format: &VariantOrUnknownOrEmpty<StringFormat>,
        pointer: &str,
    ) -> Type {
        match format {
            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => {
                self.temporal(data, pointer, Temporal::DateTime)
            }
            VariantOrUnknownOrEmpty::Item(StringFormat::Date) => {
                self.temporal(data, pointer, Temporal::Date)
            }
            VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Type::Bytes,
            VariantOrUnknownOrEmpty::Unknown(format) if format == "uuid" => Type::Uuid,
            _ => Type::String,
        }
    }

    /// A date-time or date, or a `String` when a value the document shows would not decode.
    fn temporal(&mut self, data: &SchemaData, pointer: &str, temporal: Temporal) -> Type {
        let examples = data
            .extensions
            .get(extension::EXAMPLES)
            .and_then(serde_json::Value::as_array)
            .into_iter()
            .flatten()
            .map(|value| ("examples", value));
        let shown = data
            .example
            .iter()
            .map(|value| ("example", value))
            .chain(data.default.iter().map(|value| ("default", value)))
            .chain(examples);
        for (keyword, value) in shown {
            let refused = match value {
                serde_json::Value::Null => false,
                serde_json::Value::String(text) => !temporal.accepts(text),
                _ => true,
            };
            if refused {
                self.warn(
                    &push_token(pointer, keyword),
                    UNTYPED_FORMAT,
                    format!(
                        "`format: {}`, but the {keyword} {value} is not {}: the value stays a \
                         String, as the vendor may send such text",
                        temporal.keyword(),
                        temporal.what()
                    ),
                );
                return Type::String;
            }
        }
        temporal.ty()
    }
}

/// The variant name of a string member known by its format, rather than `String`.
pub(super) fn format_word(schema: &Schema) -> Option<&'static str> {
    let SchemaKind::Type(OaType::String(string)) = &schema.schema_kind else {
        return None;
    };
    match &string.format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("DateTime"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("Date"),
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("Bytes"),
        _ => None,
    }
}

/// The Rust integer of an integer schema's format; `i64` when it names no size.
pub(super) fn integer_type(format: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Type {
    match format {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Type::I32,
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) | VariantOrUnknownOrEmpty::Empty => {
            Type::I64
        }
        VariantOrUnknownOrEmpty::Unknown(format) => match format.as_str() {
            "int8" => Type::I8,
            "int16" => Type::I16,
            "uint8" => Type::U8,
            "uint16" => Type::U16,
            "uint32" => Type::U32,
            "uint64" => Type::U64,
            _ => Type::I64,
        },
    }
}

/// The values an integer schema's `enum` lists (`null` aside), without repeats; empty when it
/// has none.
pub(super) fn integer_values(integer: &IntegerType) -> Vec<i64> {
    let mut values = Vec::new();
    for value in integer.enumeration.iter().flatten() {
        if !values.contains(value) {
            values.push(*value);
        }
    }
    values
}

impl Lowerer<'_> {
    /// An integer enum of `values`, its variants named by the vendor where it names them.
    pub(super) fn integer_enum(
        &mut self,
        integer: &IntegerType,
        data: &SchemaData,
        pointer: &str,
    ) -> TypeKind {
        let values = integer_values(integer);
        let vendor_names = self.vendor_names(integer, data, pointer);
        let mut scope = Scope::default();
        let variants = values
            .iter()
            .map(|&value| {
                let vendor = vendor_names.as_ref().and_then(|names| {
                    let at = integer.enumeration.iter().position(|v| *v == Some(value))?;
                    names.get(at)
                });
                let wish = match vendor {
                    Some(name) => names::variant_name(name),
                    None => number_variant(value),
                };
                EnumVariant {
                    name: scope.claim(&wish),
                    value,
                }
            })
            .collect();
        TypeKind::Enum {
            values: EnumValues::Integer(variants),
            catch_all: scope.claim_catch_all(),
        }
    }

    /// `x-enum-varnames` or `x-enumNames`: one name per entry of `enum`, in its order. A list
    /// of another length, or with entries that are not strings, is left out with a warning.
    fn vendor_names(
        &mut self,
        integer: &IntegerType,
        data: &SchemaData,
        pointer: &str,
    ) -> Option<Vec<String>> {
        let (key, value) = [extension::ENUM_VARNAMES, extension::ENUM_NAMES]
            .into_iter()
            .find_map(|key| Some((key, data.extensions.get(key)?)))?;
        let names: Option<Vec<String>> = value.as_array().and_then(|names| {
            names
                .iter()
                .map(|name| name.as_str().map(str::to_owned))
                .collect()
        });
        match names {
            Some(names) if names.len() == integer.enumeration.len() => Some(names),
            _ => {
                self.warn(
                    &push_token(pointer, key),
                    crate::normalize::DROPPED_KEYWORD,
                    format!(
                        "`{key}` is not a list of {} names, one per `enum` value: the variants \
                         are named after their values",
                        integer.enumeration.len()
                    ),
                );
                None
            }
        }
    }
}

/// `V8000`, `VMinus1`: a variant named after its value, when the document names none.
fn number_variant(value: i64) -> String {
    if value < 0 {
        format!("VMinus{}", value.unsigned_abs())
    } else {
        format!("V{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times_are_checked_as_decoding_reads_them() {
        for accepted in [
            "2011-04-14T16:00:49Z",
            "2011-04-14t16:00:49.123456z",
            "2007-10-29T02:42:39.000-07:00",
            "2025-04-28 12:00:38.631252+00:00",
        ] {
            assert!(Temporal::DateTime.accepts(accepted), "{accepted}");
        }
        for refused in [
            "2018-01-01T00:01:01",
            "2011-04-14",
            "\"2011-04-14T16:00:49Z\"",
            "",
        ] {
            assert!(!Temporal::DateTime.accepts(refused), "{refused}");
        }
        assert!(Temporal::Date.accepts("2024-05-31"));
        assert!(!Temporal::Date.accepts("2024-05-31T00:00:00Z"));
        assert!(!Temporal::Date.accepts("31/05/2024"));
    }

    #[test]
    fn integer_formats_name_their_size() {
        let unknown = |f: &str| VariantOrUnknownOrEmpty::Unknown(f.to_owned());
        assert_eq!(integer_type(&unknown("int8")), Type::I8);
        assert_eq!(integer_type(&unknown("uint64")), Type::U64);
        assert_eq!(integer_type(&unknown("unix-time")), Type::I64);
        assert_eq!(
            integer_type(&VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32)),
            Type::I32
        );
        assert_eq!(integer_type(&VariantOrUnknownOrEmpty::Empty), Type::I64);
    }

    #[test]
    fn unnamed_values_are_named_after_the_number() {
        assert_eq!(number_variant(8000), "V8000");
        assert_eq!(number_variant(0), "V0");
        assert_eq!(number_variant(-1), "VMinus1");
        assert_eq!(number_variant(i64::MIN), "VMinus9223372036854775808");
    }
}
