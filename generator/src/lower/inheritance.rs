//! A discriminator on a base schema whose subtypes extend it through `allOf`:
//!
//! ```yaml
//! Pet: {type: object, discriminator: {propertyName: petType}, properties: {petType: …}}
//! Cat: {allOf: [{$ref: Pet}, {properties: {huntingSkill: …}}]}
//! ```
//!
//! The base's type is the enum of its subtypes tagged by the discriminator's member (explicit
//! `mapping`, else each subtype's component name), whose `Unknown` variant keeps a value with
//! another tag, so that wherever the base is used (a field, a list, a body) the value decodes as
//! the subtype it is. Every component that includes the base through `allOf`, directly or
//! through another subtype, is a subtype; each is the struct of all it merges. The base's own
//! members are in each subtype; a value tagged as the base itself (or with a tag the mapping
//! gives a schema that is not a subtype) is kept in `Unknown`.

use rustc_hash::{FxHashMap, FxHashSet};

use openapiv3::{Components, Discriminator, ReferenceOr, Schema, SchemaKind};

use super::Lowerer;
use super::composition::{Member, Part};
use super::refs;
use super::schemas::Site;
use crate::diagnostic::{Error, push_token};
use crate::ir::{Type, TypeId};

/// The bases and their subtypes among a document's component schemas.
#[derive(Debug, Default)]
pub(super) struct Inheritance<'a> {
    /// Base component → every component that extends it, in document order.
    subtypes: FxHashMap<&'a str, Vec<&'a str>>,
    /// Every component that extends a base.
    extending: FxHashSet<&'a str>,
    /// Their types, once components are named.
    extending_ids: FxHashSet<TypeId>,
}

impl<'a> Inheritance<'a> {
    /// The bases (a discriminator, no `oneOf`/`anyOf`) that some component extends.
    pub(super) fn find(components: Option<&'a Components>) -> Self {
        let Some(components) = components else {
            return Inheritance::default();
        };
        let mut parents: FxHashMap<&'a str, Vec<&'a str>> = FxHashMap::default();
        for (name, schema) in &components.schemas {
            if let ReferenceOr::Item(schema) = schema {
                parents.insert(name, direct_parents(components, schema));
            }
        }
        let mut subtypes: FxHashMap<&'a str, Vec<&'a str>> = FxHashMap::default();
        for (base, schema) in &components.schemas {
            let ReferenceOr::Item(schema) = schema else {
                continue;
            };
            if !is_base(schema) {
                continue;
            }
            let extending: Vec<&'a str> = components
                .schemas
                .keys()
                .map(String::as_str)
                .filter(|name| *name != base && extends(&parents, name, base))
                .collect();
            if !extending.is_empty() {
                subtypes.insert(base, extending);
            }
        }
        let extending = subtypes.values().flatten().copied().collect();
        Inheritance {
            subtypes,
            extending,
            extending_ids: FxHashSet::default(),
        }
    }

    /// Notes the types of the subtypes, once every component has one.
    pub(super) fn name_types(&mut self, ids: &FxHashMap<&str, TypeId>) {
        self.extending_ids = self
            .extending
            .iter()
            .filter_map(|name| ids.get(name).copied())
            .collect();
    }

    /// Whether the component of type `id` extends a base: its lone `allOf: [{$ref: Base}]`
    /// still makes a struct of its own, not an alias of the base's enum.
    pub(super) fn is_subtype(&self, id: TypeId) -> bool {
        self.extending_ids.contains(&id)
    }
}

/// Whether a schema is a base: a discriminator with no alternatives of its own.
fn is_base(schema: &Schema) -> bool {
    if schema.schema_data.discriminator.is_none() {
        return false;
    }
    match &schema.schema_kind {
        SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => false,
        SchemaKind::Any(any) => any.one_of.is_empty() && any.any_of.is_empty(),
        _ => true,
    }
}

/// The components a schema's `allOf` refers to.
fn direct_parents<'a>(components: &'a Components, schema: &'a Schema) -> Vec<&'a str> {
    let members = match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of,
        SchemaKind::Any(any) => &any.all_of,
        _ => return Vec::new(),
    };
    members
        .iter()
        .filter_map(|member| match member {
            ReferenceOr::Reference { reference } => {
                refs::resolve::<Schema>(Some(components), reference)
                    .ok()
                    .map(|resolved| resolved.name)
            }
            ReferenceOr::Item(_) => None,
        })
        .collect()
}

/// Whether `name` includes `base` through `allOf`, directly or through other components.
fn extends(parents: &FxHashMap<&str, Vec<&str>>, name: &str, base: &str) -> bool {
    let mut seen = FxHashSet::default();
    let mut todo = vec![name];
    while let Some(next) = todo.pop() {
        for parent in parents.get(next).into_iter().flatten() {
            if *parent == base {
                return true;
            }
            if seen.insert(*parent) {
                todo.push(parent);
            }
        }
    }
    false
}

impl Lowerer<'_> {
    /// The enum of the subtypes of base component `name`, defined at `site`; `None` when `name`
    /// is no base with subtypes, or none of them can be told by a tag.
    pub(super) fn base_enum(
        &mut self,
        name: &str,
        discriminator: Option<&Discriminator>,
        site: Site,
    ) -> Result<Option<Type>, Error> {
        let (Some(subtypes), Some(discriminator)) =
            (self.inheritance.subtypes.get(name).cloned(), discriminator)
        else {
            return Ok(None);
        };
        let references: Vec<String> = subtypes
            .iter()
            .map(|subtype| push_token("#/components/schemas", subtype))
            .collect();
        let mut members: Vec<Member> = Vec::with_capacity(references.len());
        for reference in &references {
            // Where the subtype stands, for messages about it.
            let pointer = reference.trim_start_matches('#').to_owned();
            members.push(self.member(Part::Ref(reference), pointer)?);
        }
        self.tagged(discriminator, &members, site)
    }
}
