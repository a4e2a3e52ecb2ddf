//! Schemas to types: scalars, structs, lists, maps, string enums, and the 3.1 `const` and type
//! unions that normalization keeps in extensions. Formats and integer enums are lowered in
//! `formats`; `allOf`, `oneOf` and `anyOf` in `composition` and `merge`, a base with a
//! discriminator in `inheritance`; whether a schema admits `null` is decided in `nullable`.

use std::borrow::Borrow;
use std::collections::hash_map::Entry;

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, NumberFormat, ReferenceOr, Schema, SchemaData, SchemaKind, StringFormat,
    Type as OaType, VariantOrUnknownOrEmpty,
};
use rustc_hash::{FxHashMap, FxHashSet};

use super::Lowerer;
use super::formats::{integer_type, integer_values};
use super::inline::{Inline, meaningful};
use crate::diagnostic::{Error, push_token};
use crate::extension;
use crate::ir::{
    AdditionalMembers, ConstValue, EnumValues, EnumVariant, Field, Ident, Type, TypeDef, TypeId,
    TypeKind, UnionVariant,
};
use crate::names::{self, Scope};

/// Where a schema stands and what it says of itself: what a definition made from it needs.
#[derive(Clone, Copy)]
pub(super) struct Site<'p> {
    pub(super) pointer: &'p str,
    /// The name to claim for an inline schema's type, and what its docs fall back on.
    pub(super) inline: &'p Inline,
    /// The component's type, for a component schema: it always gets a definition.
    pub(super) component: Option<TypeId>,
    /// The schema's description, or the nearest one around it.
    pub(super) docs: Option<&'p str>,
    pub(super) deprecated: bool,
}

impl Lowerer<'_> {
    /// Defines the type of the schema at `site`: the component's, or a new type named from its
    /// hint.
    pub(super) fn define_at(&mut self, site: Site, kind: TypeKind) -> TypeId {
        let id = match site.component {
            Some(id) => id,
            None => {
                // Taken by a type of another kind, the name says which kind this one is.
                let mut wishes = site.inline.wishes();
                wishes.push(format!(
                    "{}{}",
                    site.inline.context().concat(),
                    kind_word(&kind)
                ));
                let name = self.claim_type(&wishes, site.pointer);
                self.contexts
                    .insert(name.to_string(), site.inline.context().to_vec());
                self.defs.reserve(name)
            }
        };
        let def = TypeDef {
            name: self.defs.name(id).clone(),
            docs: site.docs.map(str::to_owned),
            role: site.inline.role(),
            deprecated: site.deprecated,
            origin: site.pointer.to_owned(),
            kind,
        };
        self.defs.define(id, def);
        id
    }

    /// `components.schemas`, in document order. Every component is named before any is lowered,
    /// so that references between them resolve whatever their order.
    pub(super) fn component_schemas(&mut self) -> Result<(), Error> {
        let Some(components) = self.components else {
            return Ok(());
        };
        // A name spelled as its type is named keeps it (`CountryCode` over `country_code`);
        // a name differing from another only in case or punctuation says what kind it is.
        let exact = |name: &str| names::type_name(name) == name;
        let (first, then): (Vec<_>, Vec<_>) =
            components.schemas.iter().partition(|(name, _)| exact(name));
        for (name, schema) in first.into_iter().chain(then) {
            let rust = names::type_name(name);
            let mut wishes = vec![rust.clone(), format!("{rust}{}", schema_word(schema))];
            if let ReferenceOr::Item(schema) = schema {
                wishes.extend(schema.schema_data.title.as_deref().map(names::type_name));
                // The number, should it come to that, goes after the name.
                wishes.push(rust);
            }
            let pointer = push_token("/components/schemas", name);
            let rust = self.claim_type(&wishes, &pointer);
            let id = self.defs.reserve(rust);
            self.schema_ids.insert(name, id);
        }
        self.inheritance.name_types(&self.schema_ids);
        for (name, schema) in &components.schemas {
            let pointer = push_token("/components/schemas", name);
            let id = self.schema_ids[name.as_str()];
            let rust = self.defs.name(id).to_string();
            let inline = Inline::new(vec![rust], format!("the `{name}` schema"));
            match schema {
                ReferenceOr::Reference { reference } => {
                    // The alias names the type itself; uses of the alias say whether it is null.
                    let (target, _) = self.schema_ref(reference, &pointer)?.split_null();
                    let site = Site {
                        pointer: &pointer,
                        inline: &inline,
                        component: Some(id),
                        docs: None,
                        deprecated: false,
                    };
                    self.define_at(site, TypeKind::Alias(target));
                }
                ReferenceOr::Item(schema) => {
                    let data = &schema.schema_data;
                    let site = Site {
                        pointer: &pointer,
                        inline: &inline,
                        component: Some(id),
                        docs: meaningful(data.description.as_deref().or(data.title.as_deref())),
                        deprecated: data.deprecated,
                    };
                    if self
                        .base_enum(name, data.discriminator.as_ref(), site)?
                        .is_none()
                    {
                        self.schema(schema, &pointer, &inline, Some(id))?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The type of a schema or schema reference; an inline schema's type is named and
    /// documented from `inline` if it needs a definition.
    pub(super) fn schema_or_ref<S: Borrow<Schema>>(
        &mut self,
        schema: &ReferenceOr<S>,
        pointer: &str,
        inline: &Inline,
    ) -> Result<Type, Error> {
        match schema {
            ReferenceOr::Reference { reference } => self.schema_ref(reference, pointer),
            ReferenceOr::Item(schema) => self.schema(schema.borrow(), pointer, inline, None),
        }
    }

    /// Lowers an inline schema. With `component`, the schema is a component and always gets a
    /// definition as that type (an alias when it is a plain type); without, a definition is
    /// made only for structs, enums and unions, named from `inline`. The type is
    /// [`Type::Nullable`] when the schema admits `null`.
    pub(super) fn schema(
        &mut self,
        schema: &Schema,
        pointer: &str,
        inline: &Inline,
        component: Option<TypeId>,
    ) -> Result<Type, Error> {
        let ty = self.schema_type(schema, pointer, inline, component)?;
        Ok(if self.is_nullable(schema) {
            ty.nullable()
        } else {
            ty
        })
    }

    /// [`Lowerer::schema`], before `null` is considered.
    fn schema_type(
        &mut self,
        schema: &Schema,
        pointer: &str,
        inline: &Inline,
        component: Option<TypeId>,
    ) -> Result<Type, Error> {
        let data = &schema.schema_data;
        let own_docs = meaningful(data.description.as_deref().or(data.title.as_deref()));
        let site = Site {
            pointer,
            inline,
            component,
            docs: own_docs.or(inline.docs()),
            deprecated: data.deprecated,
        };
        if let Some(kind) = self.extension_kind(data, pointer) {
            return Ok(Type::Named(self.define_at(site, kind)));
        }
        let ty = match &schema.schema_kind {
            SchemaKind::Type(OaType::String(string)) => {
                let values: Vec<&str> = string
                    .enumeration
                    .iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                if !values.is_empty() {
                    return Ok(Type::Named(self.define_at(site, enum_kind(&values))));
                }
                self.string_format(data, &string.format, pointer)
            }
            SchemaKind::Type(OaType::Integer(integer)) => {
                if !integer_values(integer).is_empty() {
                    let kind = self.integer_enum(integer, data, pointer);
                    return Ok(Type::Named(self.define_at(site, kind)));
                }
                integer_type(&integer.format)
            }
            SchemaKind::Type(OaType::Number(number)) => match number.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Type::F32,
                _ => Type::F64,
            },
            SchemaKind::Type(OaType::Boolean(_)) => Type::Bool,
            SchemaKind::Type(OaType::Object(object)) => {
                return self.object(
                    &object.properties,
                    &object.required,
                    object.additional_properties.as_ref(),
                    no_members(data),
                    site,
                );
            }
            SchemaKind::Type(OaType::Array(array)) => match &array.items {
                Some(items) => Type::List(Box::new(self.schema_or_ref(
                    items,
                    &push_token(pointer, "items"),
                    &inline.item(site.docs),
                )?)),
                None => Type::List(Box::new(Type::Json)),
            },
            SchemaKind::Any(any) if has_composition(any) => {
                return self.any_composition(schema, any, site);
            }
            SchemaKind::Any(any) => {
                if !any.properties.is_empty() || any.typ.as_deref() == Some("object") {
                    return self.object(
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        no_members(data),
                        site,
                    );
                }
                if let Some(typed) = typed_any(schema, any) {
                    return self.schema_type(&typed, pointer, inline, component);
                }
                if let Some(values) = string_enum(any) {
                    return Ok(Type::Named(self.define_at(site, enum_kind(&values))));
                }
                Type::Json
            }
            SchemaKind::AllOf { .. } => return self.all_of(schema, site),
            SchemaKind::OneOf { one_of } => {
                return self.alternatives("oneOf", one_of, schema, site);
            }
            SchemaKind::AnyOf { any_of } => {
                return self.alternatives("anyOf", any_of, schema, site);
            }
            SchemaKind::Not { .. } => {
                self.warn(
                    pointer,
                    "untyped-schema",
                    "`not` only excludes values, and what it leaves has no Rust type: \
                     serde_json::Value",
                );
                Type::Json
            }
        };
        Ok(self.stand_for(site, ty))
    }

    /// The type of the schema at `site`, when it is `ty`: `ty` itself, or for a component an
    /// alias of it (without its `null`, which uses of the component add).
    pub(super) fn stand_for(&mut self, site: Site, ty: Type) -> Type {
        if site.component.is_some() {
            let (ty, _) = ty.split_null();
            Type::Named(self.define_at(site, TypeKind::Alias(ty)))
        } else {
            ty
        }
    }

    pub(super) fn object(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        no_members: bool,
        site: Site,
    ) -> Result<Type, Error> {
        let pointer = site.pointer;
        let additional = match additional {
            Some(AdditionalProperties::Schema(schema)) => Some(self.schema_or_ref(
                schema,
                &push_token(pointer, "additionalProperties"),
                &site.inline.additional_member(),
            )?),
            Some(AdditionalProperties::Any(true)) => Some(Type::Json),
            Some(AdditionalProperties::Any(false)) | None => None,
        };
        if properties.is_empty() && no_members && additional.is_none() {
            let kind = TypeKind::Struct {
                fields: Vec::new(),
                additional: None,
            };
            return Ok(Type::Named(self.define_at(site, kind)));
        }
        if properties.is_empty() {
            let ty = match additional {
                Some(Type::Json) | None => Type::JsonObject,
                Some(value) => Type::Map(Box::new(value)),
            };
            return Ok(if site.component.is_some() {
                Type::Named(self.define_at(site, TypeKind::Alias(ty)))
            } else {
                ty
            });
        }
        // Define the struct before its fields define their own types, so that a type is
        // written before the types it introduces; its fields are filled in below.
        let id = self.define_at(
            site,
            TypeKind::Struct {
                fields: Vec::new(),
                additional: None,
            },
        );
        let name = self.defs.name(id).clone();
        let properties_pointer = push_token(pointer, "properties");
        let mut field_names = Scope::default();
        let mut fields = Vec::with_capacity(properties.len());
        for (wire_name, property) in properties {
            let property = Property {
                wire_name,
                schema: property,
                pointer: &push_token(&properties_pointer, wire_name),
                required: required.contains(wire_name),
            };
            fields.push(self.property_field(&name, &property, &mut field_names)?);
        }
        // Named after the fields, so as not to clash with them.
        let additional = additional.map(|ty| AdditionalMembers {
            field: field_names.claim("additional_properties"),
            ty,
        });
        if let Some(kind) = self.defs.kind_mut(id) {
            *kind = TypeKind::Struct { fields, additional };
        }
        Ok(Type::Named(id))
    }

    /// The field of struct `owner` for one of its properties.
    pub(super) fn property_field(
        &mut self,
        owner: &Ident,
        property: &Property,
        field_names: &mut Scope,
    ) -> Result<Field, Error> {
        let wire_name = property.wire_name;
        let (ty, inline) = match property.schema {
            ReferenceOr::Reference { reference } => {
                (self.schema_ref(reference, property.pointer)?, None)
            }
            ReferenceOr::Item(schema) => {
                let inline = Inline::new(
                    self.context_within(owner, names::type_name(wire_name)),
                    format!("the `{wire_name}` member of `{owner}`"),
                );
                let ty = self.schema(schema, property.pointer, &inline, None)?;
                (ty, Some(&**schema))
            }
        };
        let docs = inline
            .and_then(|schema| schema.schema_data.description.as_deref())
            .filter(|d| !d.trim().is_empty())
            .map(str::to_owned);
        Ok(Field {
            name: field_names.claim(&names::field_name(wire_name)),
            wire_name: wire_name.to_owned(),
            required: property.required,
            boxed: false,
            secret: inline.is_some_and(is_password) || names::looks_secret_field(wire_name),
            deprecated: inline.is_some_and(|schema| schema.schema_data.deprecated),
            docs,
            ty,
        })
    }
}

/// The word for what a schema describes, to tell its type from one named alike.
fn schema_word(schema: &ReferenceOr<Schema>) -> &'static str {
    let ReferenceOr::Item(schema) = schema else {
        return "Alias";
    };
    match &schema.schema_kind {
        SchemaKind::Type(OaType::String(string)) if !string.enumeration.is_empty() => "Enum",
        SchemaKind::Type(OaType::String(_)) => "String",
        SchemaKind::Type(OaType::Integer(_)) => "Integer",
        SchemaKind::Type(OaType::Number(_)) => "Number",
        SchemaKind::Type(OaType::Boolean(_)) => "Boolean",
        SchemaKind::Type(OaType::Array(_)) => "List",
        SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => "Union",
        SchemaKind::Type(OaType::Object(_)) | SchemaKind::AllOf { .. } => "Object",
        SchemaKind::Not { .. } | SchemaKind::Any(_) => "Value",
    }
}

/// The word for what a type is, to tell it from a type of another kind named alike.
fn kind_word(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct { .. } => "Object",
        TypeKind::Enum { .. } => "Enum",
        TypeKind::Union(_) | TypeKind::Tagged(_) => "Union",
        TypeKind::Alias(_) => "Alias",
        TypeKind::Const(_) => "Const",
    }
}

/// One property of an object schema, where it stands.
pub(super) struct Property<'s> {
    pub(super) wire_name: &'s str,
    pub(super) schema: &'s ReferenceOr<Box<Schema>>,
    pub(super) pointer: &'s str,
    pub(super) required: bool,
}

/// Whether the document says the object has no members at all (see [`extension::NO_MEMBERS`]).
pub(super) fn no_members(data: &SchemaData) -> bool {
    data.extensions.get(extension::NO_MEMBERS) == Some(&serde_json::Value::Bool(true))
}

/// Keywords that apply to values of one JSON type only, by type.
const TYPE_KEYWORDS: [(&str, &[&str]); 4] = [
    (
        "object",
        &[
            "properties",
            "required",
            "additionalProperties",
            "minProperties",
            "maxProperties",
        ],
    ),
    ("array", &["items", "minItems", "maxItems", "uniqueItems"]),
    ("string", &["pattern", "minLength", "maxLength"]),
    (
        "number",
        &[
            "multipleOf",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
        ],
    ),
];

/// A schema of one `type` (or, without one, with `items`: an array) that also carries keywords
/// of other types (`required` on an array, `additionalProperties` on a string), which
/// `openapiv3` cannot place in one kind. Those keywords do not apply to values of the type, so
/// the schema is the same without them; `None` when that does not make it a schema of one
/// kind.
fn typed_any(schema: &Schema, any: &openapiv3::AnySchema) -> Option<Schema> {
    let typ = match any.typ.as_deref() {
        Some(typ @ ("array" | "string" | "integer" | "number" | "boolean")) => typ,
        None if any.items.is_some() && any.enumeration.is_empty() => "array",
        _ => return None,
    };
    let own = if typ == "integer" { "number" } else { typ };
    let mut value = serde_json::to_value(schema).ok()?;
    let map = value.as_object_mut()?;
    for (of, keywords) in TYPE_KEYWORDS {
        if of != own {
            map.retain(|key, _| !keywords.contains(&key.as_str()));
        }
    }
    map.insert("type".into(), typ.into());
    let typed: Schema = serde_json::from_value(value).ok()?;
    matches!(typed.schema_kind, SchemaKind::Type(_)).then_some(typed)
}

/// The values of an `enum` of strings written without `type`.
fn string_enum(any: &openapiv3::AnySchema) -> Option<Vec<&str>> {
    if any.typ.is_some() || any.enumeration.is_empty() {
        return None;
    }
    any.enumeration
        .iter()
        .map(serde_json::Value::as_str)
        .collect()
}

/// Whether a schema that `openapiv3` could not place in one kind combines others.
fn has_composition(any: &openapiv3::AnySchema) -> bool {
    !any.all_of.is_empty() || !any.one_of.is_empty() || !any.any_of.is_empty()
}

impl Lowerer<'_> {
    /// The meaning that normalization keeps from 3.1 in extensions: a `const`, or a list of
    /// types. A `const` that is not a string, an integer or a boolean gets no type of its own:
    /// the schema is typed as if it had none, with a warning (but for `null`, typed like
    /// `type: 'null'`).
    pub(super) fn extension_kind(&mut self, data: &SchemaData, pointer: &str) -> Option<TypeKind> {
        use serde_json::Value;
        let constant = data.extensions.get(extension::CONST);
        match (typed_const(data), constant) {
            (Some(typed), _) => return Some(TypeKind::Const(typed)),
            (None, Some(value)) if !value.is_null() => self.warn(
                &push_token(pointer, "const"),
                "approximated",
                format!(
                    "`const: {value}` is not checked: only string, integer and boolean \
                     constants get a type of their own"
                ),
            ),
            (None, _) => {}
        }
        match data.extensions.get(extension::TYPES) {
            Some(Value::Array(types)) => Some(union_kind(types)),
            _ => None,
        }
    }
}

/// The value of a 3.1 `const` that gets a type of its own: a string, an integer or a boolean.
fn typed_const(data: &SchemaData) -> Option<ConstValue> {
    use serde_json::Value;
    match data.extensions.get(extension::CONST)? {
        Value::String(value) => Some(ConstValue::String(value.clone())),
        Value::Bool(value) => Some(ConstValue::Bool(*value)),
        Value::Number(number) => number.as_i64().map(ConstValue::Integer),
        _ => None,
    }
}

/// Whether [`Lowerer::extension_kind`] gives the schema a kind of its own.
pub(super) fn has_extension_kind(data: &SchemaData) -> bool {
    typed_const(data).is_some()
        || matches!(
            data.extensions.get(extension::TYPES),
            Some(serde_json::Value::Array(_))
        )
}

pub(super) fn is_password(schema: &Schema) -> bool {
    matches!(
        &schema.schema_kind,
        SchemaKind::Type(OaType::String(s)) if s.format == VariantOrUnknownOrEmpty::Item(StringFormat::Password)
    )
}

/// `x-types: [string, integer]` → a union tried in an order where no variant shadows a later
/// one (integers before numbers, everything before strings).
fn union_kind(types: &[serde_json::Value]) -> TypeKind {
    const ORDER: [(&str, &str); 6] = [
        ("boolean", "Boolean"),
        ("integer", "Integer"),
        ("number", "Number"),
        ("array", "Array"),
        ("object", "Object"),
        ("string", "String"),
    ];
    let named: Vec<&str> = types.iter().filter_map(serde_json::Value::as_str).collect();
    let mut scope = Scope::default();
    let variants = ORDER
        .iter()
        .filter(|(json, _)| named.contains(json))
        .map(|(json, name)| UnionVariant {
            name: scope.claim(name),
            boxed: false,
            docs: None,
            ty: match *json {
                "boolean" => Type::Bool,
                "integer" => Type::I64,
                "number" => Type::F64,
                "array" => Type::List(Box::new(Type::Json)),
                "object" => Type::JsonObject,
                _ => Type::String,
            },
        })
        .collect();
    TypeKind::Union(variants)
}

pub(super) fn enum_kind(values: &[&str]) -> TypeKind {
    let mut seen = FxHashSet::default();
    let values: Vec<&str> = values.iter().copied().filter(|v| seen.insert(*v)).collect();
    let plain: Vec<String> = values.iter().map(|v| names::variant_name(v)).collect();
    // Values whose names would be the same are named with their signs spelled out
    // (`Etc/GMT+1`, `Etc/GMT-1`; `created_at`, `-created_at`) before any is numbered. When signs
    // tell some values apart, every value spells its signs, so that one enum does not name
    // `Etc/GMT-12` `EtcGmtMinus12` and `Etc/GMT-13` `EtcGmt13`.
    let mut first_named: FxHashMap<&str, usize> = FxHashMap::default();
    let signs_tell_apart =
        plain
            .iter()
            .enumerate()
            .any(|(index, name)| match first_named.entry(name.as_str()) {
                Entry::Occupied(first) => {
                    names::spelled_variant_name(values[*first.get()])
                        != names::spelled_variant_name(values[index])
                }
                Entry::Vacant(entry) => {
                    entry.insert(index);
                    false
                }
            });
    let wishes: Vec<String> = if signs_tell_apart {
        values
            .iter()
            .map(|v| names::spelled_variant_name(v))
            .collect()
    } else {
        plain
    };
    // A value of symbols only is named after them (`*` → `Star`); the value that says the
    // word (`star`) keeps it, and the symbols take `StarSymbol`.
    let symbols_only = |value: &str| !value.chars().any(char::is_alphanumeric);
    let mut scope = Scope::default();
    let mut claimed: Vec<Option<Ident>> = values.iter().map(|_| None).collect();
    for symbols in [false, true] {
        for (index, value) in values.iter().enumerate() {
            if symbols_only(value) != symbols {
                continue;
            }
            let wish = &wishes[index];
            claimed[index] = Some(if symbols {
                scope.claim_first(&[wish.clone(), format!("{wish}Symbol")])
            } else {
                scope.claim(wish)
            });
        }
    }
    let variants: Vec<EnumVariant<String>> = values
        .iter()
        .zip(claimed)
        .filter_map(|(value, name)| {
            Some(EnumVariant {
                name: name?,
                value: (*value).to_owned(),
            })
        })
        .collect();
    let catch_all = scope.claim_catch_all();
    TypeKind::Enum {
        values: EnumValues::String(variants),
        catch_all,
    }
}
