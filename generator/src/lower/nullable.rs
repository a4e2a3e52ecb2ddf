//! Whether a schema admits `null`, wherever it is used: inline, or through a reference.
//!
//! 3.0 says so with `nullable: true`. Normalization turns the 3.1 ways (`type: [T, 'null']`, a
//! `{type: 'null'}` member of `anyOf`/`oneOf`) into that, so one rule serves both dialects. A
//! `null` member left in a 3.0 document (`{enum: [null]}`) counts too. Through compositions:
//! `oneOf`/`anyOf` admit `null` when one member does, `allOf` when every member that says
//! anything does (a lone `allOf: [{$ref}]` is as nullable as its target). A reference is as
//! nullable as the schema it leads to.

use openapiv3::{ReferenceOr, Schema, SchemaKind};

use super::Lowerer;
use crate::extension;

/// How deep references and compositions are followed: enough for real documents, and a bound
/// for cyclic ones.
const MAX_DEPTH: usize = 16;

impl Lowerer<'_> {
    /// Whether `schema` admits `null`.
    pub(super) fn is_nullable(&self, schema: &Schema) -> bool {
        self.nullable_at(schema, 0)
    }

    fn nullable_at(&self, schema: &Schema, depth: usize) -> bool {
        if schema.schema_data.nullable || is_null_only(schema) {
            return true;
        }
        if depth >= MAX_DEPTH {
            return false;
        }
        let member = |member: &ReferenceOr<Schema>| match member {
            ReferenceOr::Item(schema) => self.nullable_at(schema, depth + 1),
            ReferenceOr::Reference { reference } => self
                .schema_behind(reference)
                .is_some_and(|schema| self.nullable_at(schema, depth + 1)),
        };
        let all_of = |members: &[ReferenceOr<Schema>]| {
            let mut said = members.iter().filter(|m| !is_trivial_member(m)).peekable();
            said.peek().is_some() && said.all(member)
        };
        match &schema.schema_kind {
            SchemaKind::OneOf { one_of: members } | SchemaKind::AnyOf { any_of: members } => {
                members.iter().any(member)
            }
            SchemaKind::AllOf { all_of: members } => all_of(members),
            SchemaKind::Any(any) => {
                let own = !any.properties.is_empty() || !any.required.is_empty();
                any.one_of.iter().chain(&any.any_of).any(member)
                    || (!own && any.typ.is_none() && all_of(&any.all_of))
            }
            SchemaKind::Type(_) | SchemaKind::Not { .. } => false,
        }
    }
}

/// Whether a schema admits only `null` (`{enum: [null]}`, which is also what normalization
/// makes of 3.1's `{type: 'null'}`).
pub(super) fn is_null_only(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Any(any) => {
            any.typ.is_none()
                && any.enumeration.iter().all(serde_json::Value::is_null)
                && !any.enumeration.is_empty()
                && any.properties.is_empty()
                && any.all_of.is_empty()
                && any.one_of.is_empty()
                && any.any_of.is_empty()
        }
        _ => false,
    }
}

/// Whether a schema only describes (a description, `nullable`, an example…) and constrains
/// nothing, so that beside others in an `allOf` it changes nothing.
pub(super) fn is_trivial(schema: &Schema) -> bool {
    let extensions = &schema.schema_data.extensions;
    let kept =
        extensions.contains_key(extension::CONST) || extensions.contains_key(extension::TYPES);
    match &schema.schema_kind {
        SchemaKind::Any(any) => !kept && *any == openapiv3::AnySchema::default(),
        _ => false,
    }
}

fn is_trivial_member(member: &ReferenceOr<Schema>) -> bool {
    matches!(member, ReferenceOr::Item(schema) if is_trivial(schema))
}
