//! Schemas to types: scalars, structs, lists, maps, string enums, and the 3.1 `const` and type
//! unions that normalization keeps in extensions.

use std::borrow::Borrow;
use std::collections::HashSet;

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaData, SchemaKind,
    StringFormat, Type as OaType, VariantOrUnknownOrEmpty,
};

use super::Lowerer;
use super::inline::{Inline, meaningful};
use crate::diagnostic::{Error, push_token};
use crate::extension;
use crate::ir::{
    AdditionalMembers, ConstValue, EnumVariant, Field, Type, TypeDef, TypeId, TypeKind,
    UnionVariant,
};
use crate::names::{self, Scope};

/// Where a schema stands and what it says of itself: what a definition made from it needs.
struct Site<'p> {
    pointer: &'p str,
    /// The name to claim for an inline schema's type, and what its docs fall back on.
    inline: &'p Inline,
    /// The component's type, for a component schema: it always gets a definition.
    component: Option<TypeId>,
    /// The schema's description, or the nearest one around it.
    docs: Option<&'p str>,
    deprecated: bool,
}

impl Lowerer<'_> {
    /// Defines the type of the schema at `site`: the component's, or a new type named from its
    /// hint.
    fn define_at(&mut self, site: Site, kind: TypeKind) -> TypeId {
        let id = match site.component {
            Some(id) => id,
            None => {
                let name = self.names.claim(&site.inline.hint);
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
        for name in components.schemas.keys() {
            let rust = self.names.claim(&names::type_name(name));
            let id = self.defs.reserve(rust);
            self.schema_ids.insert(name, id);
        }
        for (name, schema) in &components.schemas {
            let pointer = push_token("/components/schemas", name);
            let id = self.schema_ids[name.as_str()];
            let rust = self.defs.name(id).to_string();
            let inline = Inline::new(rust, format!("the `{name}` schema"));
            match schema {
                ReferenceOr::Reference { reference } => {
                    let target = self.schema_ref(reference, &pointer)?;
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
                    self.schema(schema, &pointer, &inline, Some(id))?;
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
    /// made only for structs and enums, named from `inline`.
    fn schema(
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
                match &string.format {
                    VariantOrUnknownOrEmpty::Unknown(format) if format == "uuid" => Type::Uuid,
                    _ => Type::String,
                }
            }
            SchemaKind::Type(OaType::Integer(integer)) => match integer.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Type::I32,
                _ => Type::I64,
            },
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
            SchemaKind::Any(any) => {
                if !any.properties.is_empty() || any.typ.as_deref() == Some("object") {
                    return self.object(
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        site,
                    );
                }
                Type::Json
            }
            SchemaKind::AllOf { all_of } => self.composition("allOf", all_of, &site)?,
            SchemaKind::OneOf { one_of } => self.composition("oneOf", one_of, &site)?,
            SchemaKind::AnyOf { any_of } => self.composition("anyOf", any_of, &site)?,
            SchemaKind::Not { .. } => {
                self.warn(
                    pointer,
                    "untyped-schema",
                    "`not` is not typed: serde_json::Value",
                );
                Type::Json
            }
        };
        if site.component.is_some() {
            Ok(Type::Named(self.define_at(site, TypeKind::Alias(ty))))
        } else {
            Ok(ty)
        }
    }

    /// `allOf`, `oneOf` or `anyOf` of the schema at `site`: a single member stands for the
    /// schema; several are not typed yet.
    fn composition(
        &mut self,
        keyword: &str,
        members: &[ReferenceOr<Schema>],
        site: &Site,
    ) -> Result<Type, Error> {
        if let [member] = members {
            let member_pointer = push_token(&push_token(site.pointer, keyword), "0");
            let inline = site.inline.clone().described_by(site.docs);
            return self.schema_or_ref(member, &member_pointer, &inline);
        }
        self.warn(
            site.pointer,
            "untyped-schema",
            "allOf/oneOf/anyOf with several members is not typed yet: serde_json::Value",
        );
        Ok(Type::Json)
    }

    fn object(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
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
            let property_pointer = push_token(&properties_pointer, wire_name);
            let (ty, inline) = match property {
                ReferenceOr::Reference { reference } => {
                    (self.schema_ref(reference, &property_pointer)?, None)
                }
                ReferenceOr::Item(schema) => {
                    let inline = Inline::new(
                        format!("{name}{}", names::type_name(wire_name)),
                        format!("the `{wire_name}` member of `{name}`"),
                    );
                    let ty = self.schema(schema, &property_pointer, &inline, None)?;
                    (ty, Some(&**schema))
                }
            };
            let docs = inline
                .and_then(|schema| schema.schema_data.description.as_deref())
                .filter(|d| !d.trim().is_empty())
                .map(str::to_owned);
            fields.push(Field {
                name: field_names.claim(&names::field_name(wire_name)),
                wire_name: wire_name.clone(),
                required: required.contains(wire_name),
                nullable: inline.is_some_and(|schema| schema.schema_data.nullable),
                boxed: false,
                secret: inline.is_some_and(is_password) || names::looks_secret(wire_name),
                deprecated: inline.is_some_and(|schema| schema.schema_data.deprecated),
                docs,
                ty,
            });
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
}

impl Lowerer<'_> {
    /// The meaning that normalization keeps from 3.1 in extensions: a `const`, or a list of
    /// types. A `const` that is not a string, an integer or a boolean gets no type of its own:
    /// the schema is typed as if it had none, with a warning (but for `null`, typed like
    /// `type: 'null'`).
    fn extension_kind(&mut self, data: &SchemaData, pointer: &str) -> Option<TypeKind> {
        use serde_json::Value;
        let constant = data.extensions.get(extension::CONST);
        let typed = match constant {
            Some(Value::String(value)) => Some(ConstValue::String(value.clone())),
            Some(Value::Bool(value)) => Some(ConstValue::Bool(*value)),
            Some(Value::Number(number)) => number.as_i64().map(ConstValue::Integer),
            _ => None,
        };
        match (typed, constant) {
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

fn enum_kind(values: &[&str]) -> TypeKind {
    let mut scope = Scope::default();
    let mut seen = HashSet::new();
    let variants: Vec<EnumVariant> = values
        .iter()
        .filter(|value| seen.insert(**value))
        .map(|value| EnumVariant {
            name: scope.claim(&names::variant_name(value)),
            value: (*value).to_owned(),
        })
        .collect();
    let catch_all = scope.claim("Unknown");
    TypeKind::Enum {
        variants,
        catch_all,
    }
}
