//! How specific a schema is: the order in which an untagged enum tries its variants.
//!
//! Members of different JSON types seldom match the same value (an integer is also a number),
//! so mostly the order within one type matters, but one order serves all: objects that require more members that may not be
//! `null` first (decoding insists on those; a missing `Option` member decodes as `None`), then
//! lists, booleans, integers (before numbers, which also accept them), numbers, strings with one
//! value or a format (`uuid`, dates, base64), any string (a string enum keeps unknown values, so it is as broad),
//! and anything. The shape is read from the schema, not from the lowered type, so that a member
//! whose component is lowered later ranks the same.

use std::cmp::Reverse;

use indexmap::IndexMap;
use openapiv3::{
    ReferenceOr, Schema, SchemaKind, StringFormat, StringType, Type as OaType,
    VariantOrUnknownOrEmpty,
};

use super::Lowerer;
use super::composition::Part;
use crate::extension;

/// How deep [`Lowerer::shape`] follows references and nested compositions.
const MAX_DEPTH: usize = 8;

/// What JSON a schema matches, as far as telling members apart needs: the order of the
/// variants is the order of these, objects with more required non-null members first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    Object {
        required: usize,
    },
    List,
    Boolean,
    Integer,
    Number,
    /// A string with one value, or of a format that most strings are not (`uuid`, a date).
    SpecificString,
    String,
    /// One of several schemas, ranked as its most specific member.
    Union(u8),
    Any,
}

impl Shape {
    /// The position of the shape in the order variants are tried, and the tie-breaker.
    pub(super) fn rank(self) -> (u8, Reverse<usize>) {
        let class = match self {
            Shape::Object { required } => return (0, Reverse(required)),
            Shape::Union(class) => return (class, Reverse(0)),
            Shape::List => 1,
            Shape::Boolean => 2,
            Shape::Integer => 3,
            Shape::Number => 4,
            Shape::SpecificString => 5,
            Shape::String => 6,
            Shape::Any => 7,
        };
        (class, Reverse(0))
    }

    /// The JSON type, for messages.
    pub(super) fn describe(self) -> &'static str {
        match self {
            Shape::Object { .. } => "an object",
            Shape::List => "a list",
            Shape::Boolean => "a boolean",
            Shape::Integer => "an integer",
            Shape::Number => "a number",
            Shape::SpecificString | Shape::String => "a string",
            Shape::Union(_) => "one of several schemas",
            Shape::Any => "any value",
        }
    }

    /// The variant name of a member known only by its JSON type.
    pub(super) fn word(self) -> &'static str {
        match self {
            Shape::Object { .. } => "Object",
            Shape::List => "List",
            Shape::Boolean => "Boolean",
            Shape::Integer => "Integer",
            Shape::Number => "Number",
            Shape::SpecificString | Shape::String => "String",
            Shape::Union(_) | Shape::Any => "Value",
        }
    }
}

impl Lowerer<'_> {
    /// What JSON `schema` matches, following references and compositions `depth` deep.
    pub(super) fn shape(&self, schema: &Schema, depth: usize) -> Shape {
        let extensions = &schema.schema_data.extensions;
        if extensions.contains_key(extension::CONST) {
            return Shape::SpecificString;
        }
        if extensions.contains_key(extension::TYPES) {
            return Shape::Union(0);
        }
        let members = |members: &[ReferenceOr<Schema>]| -> Shape {
            if depth >= MAX_DEPTH {
                return Shape::Union(0);
            }
            let class = members
                .iter()
                .filter_map(|member| self.part_shape(Part::of(member), depth + 1))
                .map(|shape| shape.rank().0)
                .min()
                .unwrap_or(7);
            Shape::Union(class)
        };
        match &schema.schema_kind {
            SchemaKind::Type(OaType::Object(object)) => Shape::Object {
                required: self.enforced(&object.properties, &object.required),
            },
            SchemaKind::Type(OaType::Array(_)) => Shape::List,
            SchemaKind::Type(OaType::Boolean(_)) => Shape::Boolean,
            SchemaKind::Type(OaType::Integer(_)) => Shape::Integer,
            SchemaKind::Type(OaType::Number(_)) => Shape::Number,
            SchemaKind::Type(OaType::String(string)) => string_shape(string),
            SchemaKind::AllOf { all_of } => Shape::Object {
                required: self.required_count(all_of, depth),
            },
            SchemaKind::OneOf { one_of: list } | SchemaKind::AnyOf { any_of: list } => {
                members(list)
            }
            SchemaKind::Any(any) => {
                let object = !any.properties.is_empty()
                    || !any.required.is_empty()
                    || !any.all_of.is_empty()
                    || any.typ.as_deref() == Some("object");
                if object {
                    let own = self.enforced(&any.properties, &any.required);
                    return Shape::Object {
                        required: own + self.required_count(&any.all_of, depth),
                    };
                }
                if !any.one_of.is_empty() || !any.any_of.is_empty() {
                    return members(if any.one_of.is_empty() {
                        &any.any_of
                    } else {
                        &any.one_of
                    });
                }
                match any.typ.as_deref() {
                    Some("array") => Shape::List,
                    Some("boolean") => Shape::Boolean,
                    Some("integer") => Shape::Integer,
                    Some("number") => Shape::Number,
                    Some("string") => Shape::String,
                    _ => Shape::Any,
                }
            }
            SchemaKind::Not { .. } => Shape::Any,
        }
    }

    /// [`Lowerer::shape`] of a member, `None` when a reference does not resolve.
    fn part_shape(&self, part: Part, depth: usize) -> Option<Shape> {
        match part {
            Part::Inline(schema) => Some(self.shape(schema, depth)),
            Part::Ref(reference) => Some(self.shape(self.schema_behind(reference)?, depth)),
        }
    }

    /// How many of `properties` are required and may not be `null`: the members decoding
    /// insists on (a missing member of an `Option` type decodes as `None`).
    fn enforced(
        &self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
    ) -> usize {
        let non_null = |property: &ReferenceOr<Box<Schema>>| match property {
            ReferenceOr::Item(schema) => !self.is_nullable(schema),
            ReferenceOr::Reference { reference } => self
                .schema_behind(reference)
                .is_some_and(|schema| !self.is_nullable(schema)),
        };
        required
            .iter()
            .filter(|name| properties.get(name.as_str()).is_some_and(non_null))
            .count()
    }

    /// How many members the object members of an `allOf` require, together.
    fn required_count(&self, members: &[ReferenceOr<Schema>], depth: usize) -> usize {
        if depth >= MAX_DEPTH {
            return 0;
        }
        members
            .iter()
            .filter_map(|member| self.part_shape(Part::of(member), depth + 1))
            .map(|shape| match shape {
                Shape::Object { required } => required,
                _ => 0,
            })
            .sum()
    }
}

/// The shape of a string schema: one value, or a format few strings have (`uuid`, a date or
/// date-time, base64), is more specific than any string (a string enum keeps unknown values, so it is as broad as a string).
fn string_shape(string: &StringType) -> Shape {
    let single = string.enumeration.len() == 1;
    let typed = match &string.format {
        VariantOrUnknownOrEmpty::Unknown(format) => format == "uuid",
        VariantOrUnknownOrEmpty::Item(format) => matches!(
            format,
            StringFormat::DateTime | StringFormat::Date | StringFormat::Byte
        ),
        VariantOrUnknownOrEmpty::Empty => false,
    };
    if single || typed {
        Shape::SpecificString
    } else {
        Shape::String
    }
}
