//! `oneOf` and `anyOf`: a value matching one of several schemas.
//!
//! Once the members that admit only `null` are set aside (they make the type nullable, see
//! `nullable`), the members decide:
//!
//! - one member: its type;
//! - a `discriminator`: an enum tagged by that member ([`TaggedUnion`]), whose variants are
//!   selected by the mapping, or else by the names of the members' components; a value with
//!   another tag is kept whole;
//! - strings only, some with `enum` or `const` values: one string enum (values unknown at
//!   generation time are kept by its catch-all variant, which plain string members need);
//! - one plain string beside references to objects with a string `id`: an object sent as its
//!   id or expanded ([`Type::Expandable`], as Stripe's expandable fields);
//! - otherwise an untagged enum whose variants are tried most specific first (see `shape`):
//!   objects that require more members that may not be `null` (those decoding insists on),
//!   then lists, booleans, integers, numbers, strings with one value, strings, anything.
//!
//! Variants are named after the component a member references, its `title`, a `const` value,
//! or its JSON type, never by position.

use openapiv3::{
    Discriminator, ReferenceOr, Schema, SchemaKind, Type as OaType, VariantOrUnknownOrEmpty,
};

use super::Lowerer;
use super::inline::Inline;
use super::nullable::is_null_only;
use super::refs::SchemaTarget;
use super::schemas::{Site, enum_kind};
use crate::diagnostic::{Error, push_token};
use crate::extension;
use crate::ir::{TaggedUnion, TaggedVariant, Type, TypeKind, UnionVariant};
use crate::names::Scope;

/// A schema as a composition lists it: a reference, or a schema written in place.
#[derive(Debug, Clone, Copy)]
pub(super) enum Part<'s> {
    Ref(&'s str),
    Inline(&'s Schema),
}

impl<'s> Part<'s> {
    pub(super) fn of<S: std::borrow::Borrow<Schema>>(node: &'s ReferenceOr<S>) -> Self {
        match node {
            ReferenceOr::Reference { reference } => Part::Ref(reference),
            ReferenceOr::Item(schema) => Part::Inline(schema.borrow()),
        }
    }
}

/// A member of a composition, with the schema it is or leads to.
#[derive(Debug, Clone)]
pub(super) struct Member<'s> {
    pub(super) part: Part<'s>,
    pub(super) pointer: String,
    pub(super) schema: &'s Schema,
    /// Where a reference leads.
    pub(super) target: Option<SchemaTarget<'s>>,
}

impl<'a> Lowerer<'a> {
    /// The members of `keyword` at `pointer`, resolved.
    pub(super) fn members<'s>(
        &self,
        keyword: &str,
        members: &'s [ReferenceOr<Schema>],
        pointer: &str,
    ) -> Result<Vec<Member<'s>>, Error>
    where
        'a: 's,
    {
        let list = push_token(pointer, keyword);
        members
            .iter()
            .enumerate()
            .map(|(index, node)| self.member(Part::of(node), push_token(&list, &index.to_string())))
            .collect()
    }

    /// A member at `pointer`, resolved.
    pub(super) fn member<'s>(&self, part: Part<'s>, pointer: String) -> Result<Member<'s>, Error>
    where
        'a: 's,
    {
        Ok(match part {
            Part::Ref(reference) => {
                let target = self.schema_target(reference, &pointer)?;
                Member {
                    part,
                    pointer,
                    schema: target.schema,
                    target: Some(target),
                }
            }
            Part::Inline(schema) => Member {
                part,
                pointer,
                schema,
                target: None,
            },
        })
    }

    /// The type of a member; an inline member's type is named and documented from `inline`.
    pub(super) fn lower_member(&mut self, member: &Member, inline: &Inline) -> Result<Type, Error> {
        match member.part {
            Part::Ref(reference) => self.schema_ref(reference, &member.pointer),
            Part::Inline(schema) => self.schema(schema, &member.pointer, inline, None),
        }
    }

    /// `oneOf` or `anyOf` (`keyword`) of `schema`, which stands at `site`.
    pub(super) fn alternatives(
        &mut self,
        keyword: &str,
        members: &[ReferenceOr<Schema>],
        schema: &Schema,
        site: Site,
    ) -> Result<Type, Error> {
        let mut members = self.members(keyword, members, site.pointer)?;
        members.retain(|member| !is_null_only(member.schema));
        match members.as_slice() {
            [] => return Ok(self.stand_for(site, Type::Json)),
            [single] => {
                let inline = site.inline.clone().described_by(site.docs);
                let ty = self.lower_member(single, &inline)?;
                return Ok(self.stand_for(site, ty));
            }
            _ => {}
        }
        if let Some(discriminator) = &schema.schema_data.discriminator {
            if let Some(ty) = self.tagged(discriminator, &members, site)? {
                return Ok(ty);
            }
        }
        if let Some(values) = string_values(&members) {
            let values: Vec<&str> = values.iter().map(String::as_str).collect();
            return Ok(Type::Named(self.define_at(site, enum_kind(&values))));
        }
        if is_id_or_object(&members) {
            return self.expandable(members, site);
        }
        self.untagged(members, site)
    }

    /// An untagged enum of `members`, tried most specific first.
    pub(super) fn untagged(&mut self, members: Vec<Member>, site: Site) -> Result<Type, Error> {
        let members = self.by_specificity(members);
        // Defined before its variants define their own types, so that it is written first.
        let id = self.define_at(site, TypeKind::Union(Vec::new()));
        let name = self.defs.name(id).clone();
        let mut scope = variant_scope();
        let mut variants: Vec<UnionVariant> = Vec::with_capacity(members.len());
        let wishes = self.variant_names(&members);
        for (member, wish) in members.iter().zip(&wishes) {
            let variant = scope.claim(wish);
            let (ty, _) = self
                .lower_member(member, &self.variant_inline(&name, &variant))?
                .split_null();
            // A second member of the same type could never be decoded.
            if variants.iter().any(|v| v.ty == ty) {
                continue;
            }
            variants.push(UnionVariant {
                name: variant,
                ty,
                boxed: false,
                docs: member_docs(member),
            });
        }
        if let Some(kind) = self.defs.kind_mut(id) {
            *kind = TypeKind::Union(variants);
        }
        Ok(Type::Named(id))
    }

    /// An enum tagged by the discriminator's member, or `None` when no member can be selected
    /// by a tag (inline members without a mapping), which is then an untagged enum.
    pub(super) fn tagged(
        &mut self,
        discriminator: &Discriminator,
        members: &[Member],
        site: Site,
    ) -> Result<Option<Type>, Error> {
        let mapping = self.discriminator_mapping(discriminator, members, site.pointer);
        let mut used: Vec<&str> = mapping.iter().map(|(tag, _)| tag.as_str()).collect();
        let mut tags: Vec<Vec<String>> = Vec::with_capacity(members.len());
        for (index, member) in members.iter().enumerate() {
            let mut own: Vec<String> = mapping
                .iter()
                .filter(|(_, at)| *at == index)
                .map(|(tag, _)| tag.clone())
                .collect();
            // Without a mapping of its own, a referenced member's tag is its component's name.
            if let (true, Some(target)) = (own.is_empty(), &member.target) {
                if !used.contains(&target.name) {
                    used.push(target.name);
                    own.push(target.name.to_owned());
                }
            }
            tags.push(own);
        }
        if tags.iter().all(Vec::is_empty) {
            return Ok(None);
        }
        let mut order: Vec<usize> = (0..members.len()).collect();
        order.sort_by_cached_key(|&index| self.shape(members[index].schema, 0).rank());
        let id = self.define_at(site, TypeKind::Union(Vec::new()));
        let name = self.defs.name(id).clone();
        let mut scope = variant_scope();
        let mut variants = Vec::with_capacity(members.len());
        let wishes = self.variant_names(members);
        for index in order {
            let member = &members[index];
            let variant = scope.claim(&wishes[index]);
            let (ty, _) = self
                .lower_member(member, &self.variant_inline(&name, &variant))?
                .split_null();
            variants.push(TaggedVariant {
                name: variant,
                ty,
                tags: std::mem::take(&mut tags[index]),
                boxed: false,
                docs: member_docs(member),
            });
        }
        let tagged = TaggedUnion {
            property: discriminator.property_name.clone(),
            variants,
            unknown: scope.claim_catch_all(),
        };
        if let Some(kind) = self.defs.kind_mut(id) {
            *kind = TypeKind::Tagged(tagged);
        }
        Ok(Some(Type::Named(id)))
    }

    /// The explicit mapping of a discriminator, as tag → index of the member it selects. An
    /// entry that names no member is left out with a warning: values with that tag are kept
    /// as unknown.
    fn discriminator_mapping(
        &mut self,
        discriminator: &Discriminator,
        members: &[Member],
        pointer: &str,
    ) -> Vec<(String, usize)> {
        let mapping_pointer = push_token(&push_token(pointer, "discriminator"), "mapping");
        let mut found = Vec::new();
        for (tag, target) in &discriminator.mapping {
            // A mapping value is a reference, or the name of a component schema.
            let reference = if target.starts_with('#') {
                target.clone()
            } else {
                push_token("#/components/schemas", target)
            };
            let schema = self.schema_behind(&reference);
            let index = members.iter().position(|member| {
                schema.is_some_and(|schema| std::ptr::eq(schema, member.schema))
            });
            match index {
                Some(index) => found.push((tag.clone(), index)),
                None => self.warn(
                    &push_token(&mapping_pointer, tag),
                    "unmapped-tag",
                    format!(
                        "tag `{tag}` maps to {target}, which is not a member of the \
                         composition: values with this tag are kept as unknown"
                    ),
                ),
            }
        }
        found
    }

    /// `Expandable<T>` of the object members, where `T` is the one object or an untagged
    /// enum of them. `Expandable::id` reads an expanded object's id where every object
    /// requires it (emit gives those the `runtime::Identified` impl).
    fn expandable(&mut self, members: Vec<Member>, site: Site) -> Result<Type, Error> {
        let objects: Vec<Member> = members
            .into_iter()
            .filter(|member| member.target.is_some())
            .collect();
        let object = if let [single] = objects.as_slice() {
            self.lower_member(single, site.inline)?.split_null().0
        } else {
            // A component is the `Expandable` itself; the enum of its objects is named apart.
            let inline = match site.component {
                Some(_) => site.inline.renamed("Object"),
                None => site.inline.clone(),
            };
            let docs = site
                .docs
                .map(|docs| format!("{docs}\n\nThe object in full, when expanded."));
            let union_site = Site {
                inline: &inline,
                component: None,
                docs: docs.as_deref(),
                deprecated: false,
                ..site
            };
            self.untagged(objects, union_site)?
        };
        Ok(self.stand_for(site, Type::Expandable(Box::new(object))))
    }

    /// The members sorted most specific first, in document order where that is a tie.
    pub(super) fn by_specificity<'s>(&self, mut members: Vec<Member<'s>>) -> Vec<Member<'s>> {
        members.sort_by_cached_key(|member| self.shape(member.schema, 0).rank());
        members
    }
}

/// Variant names in one enum; `Self` cannot name a variant.
pub(super) fn variant_scope() -> Scope {
    let mut scope = Scope::default();
    scope.reserve("Self");
    scope
}

/// What an inline member says of itself, for its variant's docs.
fn member_docs(member: &Member) -> Option<String> {
    if member.target.is_some() {
        return None;
    }
    let data = &member.schema.schema_data;
    data.description
        .as_deref()
        .or(data.title.as_deref())
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
}

/// Every value of members that are all strings, at least one with `enum` or `const` values and
/// the others plain (no format): one string enum holds them all.
fn string_values(members: &[Member]) -> Option<Vec<String>> {
    let mut values: Vec<String> = Vec::new();
    for member in members {
        for value in member_strings(member.schema)? {
            if !values.contains(value) {
                values.push(value.clone());
            }
        }
    }
    (!values.is_empty()).then_some(values)
}

/// The values a string member lists (none for a plain string), or `None` when the member is
/// not a string without a format.
fn member_strings(schema: &Schema) -> Option<Vec<&String>> {
    if let Some(value) = schema.schema_data.extensions.get(extension::CONST) {
        return match value {
            serde_json::Value::String(value) => Some(vec![value]),
            _ => None,
        };
    }
    match &schema.schema_kind {
        SchemaKind::Type(OaType::String(string)) => {
            let plain = matches!(string.format, VariantOrUnknownOrEmpty::Empty);
            (plain || !string.enumeration.is_empty())
                .then(|| string.enumeration.iter().flatten().collect())
        }
        SchemaKind::Any(any) if any.typ.is_none() && !any.enumeration.is_empty() => any
            .enumeration
            .iter()
            .map(|value| match value {
                serde_json::Value::String(value) => Some(value),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// Whether the members are one plain string and references to objects that have a string
/// `id`: an object sent as its id, or in full.
fn is_id_or_object(members: &[Member]) -> bool {
    let strings = members
        .iter()
        .filter(|m| m.target.is_none() && is_plain_string(m.schema))
        .count();
    let objects = members
        .iter()
        .filter(|m| m.target.is_some() && has_string_id(m.schema))
        .count();
    strings == 1 && objects >= 1 && strings + objects == members.len()
}

fn is_plain_string(schema: &Schema) -> bool {
    matches!(
        &schema.schema_kind,
        SchemaKind::Type(OaType::String(string))
            if string.enumeration.is_empty() && matches!(string.format, VariantOrUnknownOrEmpty::Empty)
    ) && !schema.schema_data.extensions.contains_key(extension::CONST)
}

/// Whether an object schema has a string member `id`.
fn has_string_id(schema: &Schema) -> bool {
    let properties = match &schema.schema_kind {
        SchemaKind::Type(OaType::Object(object)) => &object.properties,
        SchemaKind::Any(any) => &any.properties,
        _ => return false,
    };
    matches!(
        properties.get("id"),
        Some(ReferenceOr::Item(id)) if matches!(id.schema_kind, SchemaKind::Type(OaType::String(_)))
    )
}
