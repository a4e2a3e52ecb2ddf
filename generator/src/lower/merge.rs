//! `allOf`: a value that matches every member, so object members merge into one struct.
//!
//! Properties and `required` lists are united, nested `allOf` and referenced components
//! followed, and the schema's own properties (beside `allOf`) count as one more member. A lone
//! member beside members that only describe stands for the schema: `allOf: [{$ref}]` with a
//! description or `nullable` (how normalization writes a `$ref` with siblings) stays the
//! referenced type.
//!
//! A property that several members define is typed from all of them: objects merge again; a
//! string and a string enum are the enum; definitions of different JSON types, which no value
//! satisfies, keep the first, with an `allof-conflict` warning pointing at both. Members that
//! are not objects cannot join a struct: such an `allOf` is `serde_json::Value`, with an
//! `untyped-schema` warning naming them. A `oneOf`/`anyOf` whose members only list required
//! properties (or narrow the object's own) constrains the struct without changing its shape.

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, AnySchema, ReferenceOr, Schema, SchemaKind, Type as OaType};

use super::Lowerer;
use super::composition::{Member, Part};
use super::inline::Inline;
use super::nullable::is_trivial;
use super::schemas::{Property, Site, has_extension_kind};
use super::shape::Shape;
use crate::diagnostic::{Error, push_token};
use crate::ir::{AdditionalMembers, Field, Ident, Type, TypeKind};
use crate::names::{self, Scope};

/// How many references and nested `allOf`s are followed into one merge.
const MAX_DEPTH: usize = 16;

/// What the members of an `allOf` say, together.
#[derive(Default)]
struct Collected<'s> {
    /// Every definition of each property, in document order.
    properties: IndexMap<&'s str, Vec<Definition<'s>>>,
    required: Vec<&'s str>,
    additional: Option<(&'s AdditionalProperties, String)>,
    /// Where the object members stand (an object may have no properties of its own).
    objects: Vec<String>,
    /// Members that are not objects.
    others: Vec<Member<'s>>,
}

/// One definition of a property, where it stands.
struct Definition<'s> {
    schema: &'s ReferenceOr<Box<Schema>>,
    pointer: String,
}

impl<'s> Collected<'s> {
    fn add(
        &mut self,
        properties: &'s IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &'s [String],
        additional: Option<&'s AdditionalProperties>,
        pointer: &str,
    ) {
        if !self.objects.iter().any(|at| at == pointer) {
            self.objects.push(pointer.to_owned());
        }
        let properties_pointer = push_token(pointer, "properties");
        for (name, schema) in properties {
            let pointer = push_token(&properties_pointer, name);
            let definitions = self.properties.entry(name.as_str()).or_default();
            definitions.push(Definition { schema, pointer });
        }
        for name in required {
            if !self.required.contains(&name.as_str()) {
                self.required.push(name);
            }
        }
        let open = !matches!(additional, None | Some(AdditionalProperties::Any(false)));
        if let (true, None, Some(additional)) = (open, &self.additional, additional) {
            self.additional = Some((additional, push_token(pointer, "additionalProperties")));
        }
    }
}

impl<'a> Lowerer<'a> {
    /// `allOf` of `schema` (with its own properties, if any), which stands at `site`.
    pub(super) fn all_of(&mut self, schema: &Schema, site: Site) -> Result<Type, Error> {
        if let Some(&id) = self.merging.get(site.pointer) {
            return Ok(self.stand_for(site, Type::Named(id)));
        }
        let (members, own) = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => (all_of.as_slice(), false),
            SchemaKind::Any(any) => (
                any.all_of.as_slice(),
                has_own_shape(any) || !any.required.is_empty(),
            ),
            _ => (&[][..], true),
        };
        // A subtype of a base with a discriminator is a struct even when it adds nothing: the
        // base's type is the enum of its subtypes.
        let subtype = site
            .component
            .is_some_and(|id| self.inheritance.is_subtype(id));
        if !own && !subtype {
            let members = self.members("allOf", members, site.pointer)?;
            let mut said = members
                .iter()
                .filter(|m| m.target.is_some() || !is_trivial(m.schema));
            if let (Some(single), None) = (said.next(), said.next()) {
                let inline = site.inline.clone().described_by(site.docs);
                let ty = self.lower_member(single, &inline)?;
                return Ok(self.stand_for(site, ty));
            }
        }
        let mut collected = Collected::default();
        let outer = Part::Inline(schema);
        self.collect(
            outer,
            site.pointer.to_owned(),
            &mut collected,
            &mut Vec::new(),
        )?;
        self.merged(collected, schema, site)
    }

    /// A schema with both a shape of its own and `allOf`, `oneOf` or `anyOf`, which
    /// `openapiv3` reads as no one kind. Beside `oneOf`/`anyOf`, `type: object`,
    /// `additionalProperties: false` and the discriminator's own member add nothing to the
    /// alternatives; members that only list required properties leave the object as it is.
    pub(super) fn any_composition(
        &mut self,
        schema: &Schema,
        any: &AnySchema,
        site: Site,
    ) -> Result<Type, Error> {
        if !any.all_of.is_empty() {
            return self.all_of(schema, site);
        }
        let (keyword, members) = if any.one_of.is_empty() {
            ("anyOf", &any.any_of)
        } else {
            ("oneOf", &any.one_of)
        };
        // Only the member naming the variant beside a discriminator is the variants' own.
        let tag_only = schema
            .schema_data
            .discriminator
            .as_ref()
            .is_some_and(|d| any.properties.keys().all(|name| *name == d.property_name));
        if !has_own_shape(any) || tag_only {
            return self.alternatives(keyword, members, schema, site);
        }
        if constrains_only(members, |name| any.properties.contains_key(name)) {
            return self.object(
                &any.properties,
                &any.required,
                any.additional_properties.as_ref(),
                false,
                site,
            );
        }
        self.warn(
            site.pointer,
            "untyped-schema",
            format!(
                "`{keyword}` beside properties of the object itself adds members in each \
                 alternative, which is not typed: serde_json::Value"
            ),
        );
        Ok(self.stand_for(site, Type::Json))
    }

    /// Gathers what `part` (at `pointer`) says into `into`, following references and nested
    /// `allOf`. `stack` holds the schemas being gathered, so that a cycle ends.
    fn collect<'s>(
        &self,
        part: Part<'s>,
        pointer: String,
        into: &mut Collected<'s>,
        stack: &mut Vec<&'s Schema>,
    ) -> Result<(), Error>
    where
        'a: 's,
    {
        let member = self.member(part, pointer)?;
        let schema = member.schema;
        if stack.len() >= MAX_DEPTH || stack.iter().any(|s| std::ptr::eq(*s, schema)) {
            return Ok(());
        }
        if has_extension_kind(&schema.schema_data) {
            into.others.push(member);
            return Ok(());
        }
        // Properties of a referenced component are pointed at where the component defines them.
        let at = match &member.target {
            Some(target) => target.pointer.clone(),
            None => member.pointer.clone(),
        };
        stack.push(schema);
        match &schema.schema_kind {
            SchemaKind::Type(OaType::Object(object)) => into.add(
                &object.properties,
                &object.required,
                object.additional_properties.as_ref(),
                &at,
            ),
            SchemaKind::AllOf { all_of } => self.collect_all(all_of, &at, into, stack)?,
            SchemaKind::Any(any) => {
                if has_own_shape(any)
                    || !any.required.is_empty()
                    || any.typ.as_deref() == Some("object")
                {
                    let additional = any.additional_properties.as_ref();
                    into.add(&any.properties, &any.required, additional, &at);
                }
                self.collect_all(&any.all_of, &at, into, stack)?;
                let alternatives = if any.one_of.is_empty() {
                    &any.any_of
                } else {
                    &any.one_of
                };
                let known = |name: &str| into.properties.contains_key(name);
                let shaped = alternatives.is_empty() || constrains_only(alternatives, known);
                let typed = any.typ.as_deref().is_some_and(|t| t != "object")
                    || any.items.is_some()
                    || !any.enumeration.is_empty();
                if typed || !shaped {
                    into.others.push(member.clone());
                }
            }
            SchemaKind::OneOf { one_of: list } | SchemaKind::AnyOf { any_of: list }
                if constrains_only(list, |name| into.properties.contains_key(name)) => {}
            _ => into.others.push(member.clone()),
        }
        stack.pop();
        Ok(())
    }

    fn collect_all<'s>(
        &self,
        members: &'s [ReferenceOr<Schema>],
        pointer: &str,
        into: &mut Collected<'s>,
        stack: &mut Vec<&'s Schema>,
    ) -> Result<(), Error>
    where
        'a: 's,
    {
        let list = push_token(pointer, "allOf");
        for (index, member) in members.iter().enumerate() {
            let at = push_token(&list, &index.to_string());
            self.collect(Part::of(member), at, into, stack)?;
        }
        Ok(())
    }

    /// The type of what an `allOf` at `site` (of `outer`) gathered.
    fn merged(&mut self, collected: Collected, outer: &Schema, site: Site) -> Result<Type, Error> {
        let object = !collected.objects.is_empty();
        if collected.others.is_empty() {
            if object {
                return self.merged_struct(collected, site);
            }
            return Ok(self.stand_for(site, Type::Json));
        }
        if !object {
            if let Some(chosen) = self.most_specific(&collected.others, outer) {
                let chosen = chosen.clone();
                let inline = site.inline.clone().described_by(site.docs);
                let ty = self.lower_member(&chosen, &inline)?;
                return Ok(self.stand_for(site, ty));
            }
        }
        let mut parts: Vec<String> = collected
            .objects
            .iter()
            .map(|at| format!("an object (#{at})"))
            .collect();
        for other in &collected.others {
            let shape = self.shape(other.schema, 0).describe();
            parts.push(format!("{shape} (#{})", other.pointer));
        }
        self.warn(
            site.pointer,
            "untyped-schema",
            format!(
                "allOf of {}: no one Rust type is all of these at once: serde_json::Value",
                parts.join(" and ")
            ),
        );
        Ok(self.stand_for(site, Type::Json))
    }

    /// Of members all of one JSON type, the most specific (the one with `enum` or `const`
    /// values, else the first); `None` when their types differ, or one is `outer` itself.
    fn most_specific<'m, 's>(
        &self,
        members: &'m [Member<'s>],
        outer: &Schema,
    ) -> Option<&'m Member<'s>> {
        let first = members.first()?;
        let shape = self.shape(first.schema, 0).describe();
        let alike = members.iter().all(|member| {
            self.shape(member.schema, 0).describe() == shape && !std::ptr::eq(member.schema, outer)
        });
        if !alike {
            return None;
        }
        members
            .iter()
            .find(|member| has_values(member.schema))
            .or(Some(first))
    }

    /// One struct of every property gathered.
    fn merged_struct(&mut self, collected: Collected, site: Site) -> Result<Type, Error> {
        let empty = TypeKind::Struct {
            fields: Vec::new(),
            additional: None,
        };
        let id = self.define_at(site, empty);
        let name = self.defs.name(id).clone();
        let outer = self.merging.insert(site.pointer.to_owned(), id);
        let mut field_names = Scope::default();
        let mut fields = Vec::with_capacity(collected.properties.len());
        for (wire_name, definitions) in &collected.properties {
            let required = collected.required.contains(wire_name);
            let field =
                self.merged_field(&name, wire_name, definitions, required, &mut field_names)?;
            fields.push(field);
        }
        let additional = match collected.additional {
            Some((AdditionalProperties::Schema(schema), pointer)) => {
                let inline = Inline::new(
                    self.context_within(&name, "Value".to_owned()),
                    format!("a member of `{name}` beyond its documented ones"),
                );
                Some(self.schema_or_ref(schema, &pointer, &inline)?)
            }
            Some((AdditionalProperties::Any(true), _)) => Some(Type::Json),
            Some((AdditionalProperties::Any(false), _)) | None => None,
        };
        let additional = additional.map(|ty| AdditionalMembers {
            field: field_names.claim("additional_properties"),
            ty,
        });
        if let Some(kind) = self.defs.kind_mut(id) {
            *kind = TypeKind::Struct { fields, additional };
        }
        // A merge inside another of the same place (already stopped above) restores it.
        match outer {
            Some(outer) => self.merging.insert(site.pointer.to_owned(), outer),
            None => self.merging.remove(site.pointer),
        };
        Ok(Type::Named(id))
    }

    /// The field of a property from all its definitions.
    fn merged_field(
        &mut self,
        owner: &Ident,
        wire_name: &str,
        definitions: &[Definition],
        required: bool,
        field_names: &mut Scope,
    ) -> Result<Field, Error> {
        let mut said: Vec<&Definition> = Vec::new();
        for definition in definitions {
            let trivial = matches!(definition.schema, ReferenceOr::Item(s) if is_trivial(s));
            if !trivial && !said.iter().any(|d| d.schema == definition.schema) {
                said.push(definition);
            }
        }
        let docs = definitions.iter().find_map(|d| description(d.schema));
        let nullable = definitions.iter().any(|d| self.definition_nullable(d));
        let chosen = match said.as_slice() {
            [] => definitions.first(),
            [one] => Some(*one),
            [first, rest @ ..] => {
                let property = Refined {
                    owner,
                    wire_name,
                    first,
                    rest,
                    required,
                    docs: docs.as_deref(),
                };
                return self.refined_field(&property, nullable, field_names);
            }
        };
        let Some(chosen) = chosen else {
            return Ok(plain_field(
                wire_name,
                Type::Json,
                required,
                docs,
                field_names,
            ));
        };
        let chosen = Property {
            wire_name,
            schema: chosen.schema,
            pointer: &chosen.pointer,
            required,
        };
        self.chosen_field(owner, &chosen, docs, nullable, field_names)
    }

    /// The field of a property with several definitions that differ.
    fn refined_field(
        &mut self,
        property: &Refined,
        nullable: bool,
        field_names: &mut Scope,
    ) -> Result<Field, Error> {
        let Refined {
            owner,
            wire_name,
            first,
            rest,
            required,
            docs,
        } = *property;
        let all = || std::iter::once(first).chain(rest.iter().copied());
        let mut shapes = Vec::with_capacity(rest.len() + 1);
        for definition in all() {
            let member = self.member(Part::of(definition.schema), definition.pointer.clone())?;
            shapes.push(self.shape(member.schema, 0));
        }
        if shapes
            .iter()
            .all(|shape| matches!(shape, Shape::Object { .. }))
        {
            let mut collected = Collected::default();
            for definition in all() {
                let part = Part::of(definition.schema);
                self.collect(
                    part,
                    definition.pointer.clone(),
                    &mut collected,
                    &mut Vec::new(),
                )?;
            }
            let inline = Inline::new(
                self.context_within(owner, names::type_name(wire_name)),
                format!("the `{wire_name}` member of `{owner}`"),
            );
            let site = Site {
                pointer: &first.pointer,
                inline: &inline,
                component: None,
                docs,
                deprecated: false,
            };
            let ty = self.merged_struct(collected, site)?;
            let ty = if nullable { ty.nullable() } else { ty };
            return Ok(plain_field(
                wire_name,
                ty,
                required,
                docs.map(str::to_owned),
                field_names,
            ));
        }
        let mut chosen = first;
        let mut chosen_shape = shapes.first().copied().unwrap_or(Shape::Any);
        for (definition, &shape) in all().zip(&shapes).skip(1) {
            match narrowing(chosen_shape, shape) {
                Some(true) => (chosen, chosen_shape) = (definition, shape),
                Some(false) => {}
                None => self.warn(
                    &definition.pointer,
                    "allof-conflict",
                    format!(
                        "`{wire_name}` is {} here but {} at #{}: no value is both, so the \
                         first is kept",
                        shape.describe(),
                        chosen_shape.describe(),
                        chosen.pointer
                    ),
                ),
            }
            if shape.describe() == chosen_shape.describe()
                && !definition_has_values(chosen)
                && definition_has_values(definition)
            {
                chosen = definition;
            }
        }
        let chosen = Property {
            wire_name,
            schema: chosen.schema,
            pointer: &chosen.pointer,
            required,
        };
        self.chosen_field(
            owner,
            &chosen,
            docs.map(str::to_owned),
            nullable,
            field_names,
        )
    }

    /// The field of the one definition a property keeps, with the docs and nullability that
    /// all its definitions together give it.
    fn chosen_field(
        &mut self,
        owner: &Ident,
        property: &Property,
        docs: Option<String>,
        nullable: bool,
        field_names: &mut Scope,
    ) -> Result<Field, Error> {
        let mut field = self.property_field(owner, property, field_names)?;
        field.docs = field.docs.or(docs);
        if nullable {
            field.ty = field.ty.nullable();
        }
        Ok(field)
    }

    fn definition_nullable(&self, definition: &Definition) -> bool {
        match definition.schema {
            ReferenceOr::Item(schema) => self.is_nullable(schema),
            ReferenceOr::Reference { reference } => self
                .schema_behind(reference)
                .is_some_and(|schema| self.is_nullable(schema)),
        }
    }
}

/// A property defined differently by several members.
#[derive(Clone, Copy)]
struct Refined<'p, 's> {
    owner: &'p Ident,
    wire_name: &'p str,
    first: &'p Definition<'s>,
    rest: &'p [&'p Definition<'s>],
    required: bool,
    docs: Option<&'p str>,
}

/// A field whose type is decided already.
fn plain_field(
    wire_name: &str,
    ty: Type,
    required: bool,
    docs: Option<String>,
    field_names: &mut Scope,
) -> Field {
    Field {
        name: field_names.claim(&names::field_name(wire_name)),
        wire_name: wire_name.to_owned(),
        ty,
        required,
        boxed: false,
        secret: names::looks_secret_field(wire_name),
        deprecated: false,
        docs,
    }
}

/// Whether a definition of shape `later` narrows one of shape `earlier` (`Some(true)`: an
/// integer where a number was allowed, a type where several or any were), is as wide or wider
/// (`Some(false)`), or shares no value with it (`None`).
fn narrowing(earlier: Shape, later: Shape) -> Option<bool> {
    match (earlier, later) {
        _ if earlier.describe() == later.describe() => Some(false),
        (Shape::Number, Shape::Integer) => Some(true),
        (Shape::Integer, Shape::Number) => Some(false),
        (Shape::Union(_) | Shape::Any, _) => Some(true),
        (_, Shape::Union(_) | Shape::Any) => Some(false),
        _ => None,
    }
}

/// Properties or additional properties of an object's own, beside its compositions
/// (`additionalProperties: false` alone adds none).
fn has_own_shape(any: &AnySchema) -> bool {
    let closed = matches!(
        any.additional_properties,
        Some(AdditionalProperties::Any(false))
    );
    !any.properties.is_empty() || (any.additional_properties.is_some() && !closed)
}

/// Whether every member only says which properties must be present, or narrows properties
/// the object has (`known`): constraints on the object rather than shapes of their own.
fn constrains_only(members: &[ReferenceOr<Schema>], known: impl Fn(&str) -> bool) -> bool {
    !members.is_empty()
        && members.iter().all(|member| match member {
            ReferenceOr::Item(schema) => match &schema.schema_kind {
                SchemaKind::Any(any) => {
                    any.typ.as_deref().is_none_or(|t| t == "object")
                        && any.items.is_none()
                        && any.enumeration.is_empty()
                        && any.all_of.is_empty()
                        && any.one_of.is_empty()
                        && any.any_of.is_empty()
                        && any.not.is_none()
                        && any.properties.keys().all(|name| known(name))
                }
                SchemaKind::Type(OaType::Object(object)) => {
                    object.properties.keys().all(|name| known(name))
                }
                _ => false,
            },
            ReferenceOr::Reference { .. } => false,
        })
}

/// Whether a schema lists its values (`enum`, `const`): the most specific of its JSON type.
fn has_values(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(OaType::String(string)) => !string.enumeration.is_empty(),
        SchemaKind::Type(OaType::Integer(integer)) => !integer.enumeration.is_empty(),
        SchemaKind::Type(OaType::Number(number)) => !number.enumeration.is_empty(),
        SchemaKind::Any(any) => !any.enumeration.is_empty(),
        _ => false,
    }
}

fn definition_has_values(definition: &Definition) -> bool {
    matches!(definition.schema, ReferenceOr::Item(schema) if has_values(schema))
}

/// The description written beside a property definition.
fn description(schema: &ReferenceOr<Box<Schema>>) -> Option<String> {
    match schema {
        ReferenceOr::Item(schema) => schema
            .schema_data
            .description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned),
        ReferenceOr::Reference { .. } => None,
    }
}
