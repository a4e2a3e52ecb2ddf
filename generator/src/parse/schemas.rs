//! Schema Objects read from the document's JSON directly.
//!
//! `openapiv3` reads a Schema Object through two flattened parts and an untagged enum: serde
//! buffers each schema's members again at every level of nesting, which is most of the parse of
//! a large document. Here the members are taken from the `Value` as they are, and the kind is
//! decided by the rules of `openapiv3`'s own `SchemaKind` deserializer, so the result is the
//! same. A schema holding anything those rules would reject or read in a way not repeated here
//! (a member of an unexpected JSON type) is read by `openapiv3` itself, which also reports
//! what is wrong with it.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, BooleanType, IntegerType, NumberType, ObjectType,
    ReferenceOr, Schema, SchemaData, SchemaKind, StringType, Type,
};
use serde::Deserialize;
use serde_json::{Map, Number, Value};

/// A schema or a reference to one, as `openapiv3` reads it; `None` when it does not read.
pub(super) fn schema_or_reference(value: &Value) -> Option<ReferenceOr<Schema>> {
    read(value).or_else(|| ReferenceOr::<Schema>::deserialize(value).ok())
}

fn boxed(value: &Value) -> Option<ReferenceOr<Box<Schema>>> {
    Some(match schema_or_reference(value)? {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
        ReferenceOr::Item(schema) => ReferenceOr::Item(Box::new(schema)),
    })
}

/// `None` when the value is not read here (see the module's docs).
fn read(value: &Value) -> Option<ReferenceOr<Schema>> {
    let Value::Object(object) = value else {
        return None;
    };
    let members = &Members::of(object);
    // Any object with a string `$ref` is a reference; its other members are ignored.
    if let Some(reference) = members.get(Key::Ref) {
        return match reference {
            Value::String(reference) => Some(ReferenceOr::Reference {
                reference: reference.clone(),
            }),
            _ => None,
        };
    }
    let schema_data = SchemaData {
        nullable: flag(members, Key::Nullable)?,
        read_only: flag(members, Key::ReadOnly)?,
        write_only: flag(members, Key::WriteOnly)?,
        deprecated: flag(members, Key::Deprecated)?,
        external_docs: object_of(members, Key::ExternalDocs)?,
        example: present(members, Key::Example).cloned(),
        title: string(members, Key::Title)?,
        description: string(members, Key::Description)?,
        discriminator: object_of(members, Key::Discriminator)?,
        default: present(members, Key::Default).cloned(),
        extensions: members
            .extensions
            .iter()
            .map(|&(key, value)| (key.clone(), value.clone()))
            .collect(),
    };
    let schema_kind = Keywords::of(members)?.kind();
    Some(ReferenceOr::Item(Schema {
        schema_data,
        schema_kind,
    }))
}

/// The members of a Schema Object read here, each found once: looking each up in the object
/// would hash its name again.
#[derive(Clone, Copy)]
enum Key {
    Ref,
    Nullable,
    ReadOnly,
    WriteOnly,
    Deprecated,
    ExternalDocs,
    Example,
    Title,
    Description,
    Discriminator,
    Default,
    Type,
    Pattern,
    MultipleOf,
    ExclusiveMinimum,
    ExclusiveMaximum,
    Minimum,
    Maximum,
    Properties,
    Required,
    AdditionalProperties,
    MinProperties,
    MaxProperties,
    Items,
    MinItems,
    MaxItems,
    UniqueItems,
    Enum,
    Format,
    MinLength,
    MaxLength,
    OneOf,
    AllOf,
    AnyOf,
    /// The last: [`KEYS`] counts from it.
    Not,
}

/// How many [`Key`]s there are.
const KEYS: usize = Key::Not as usize + 1;

impl Key {
    fn of(name: &str) -> Option<Key> {
        Some(match name {
            "$ref" => Key::Ref,
            "nullable" => Key::Nullable,
            "readOnly" => Key::ReadOnly,
            "writeOnly" => Key::WriteOnly,
            "deprecated" => Key::Deprecated,
            "externalDocs" => Key::ExternalDocs,
            "example" => Key::Example,
            "title" => Key::Title,
            "description" => Key::Description,
            "discriminator" => Key::Discriminator,
            "default" => Key::Default,
            "type" => Key::Type,
            "pattern" => Key::Pattern,
            "multipleOf" => Key::MultipleOf,
            "exclusiveMinimum" => Key::ExclusiveMinimum,
            "exclusiveMaximum" => Key::ExclusiveMaximum,
            "minimum" => Key::Minimum,
            "maximum" => Key::Maximum,
            "properties" => Key::Properties,
            "required" => Key::Required,
            "additionalProperties" => Key::AdditionalProperties,
            "minProperties" => Key::MinProperties,
            "maxProperties" => Key::MaxProperties,
            "items" => Key::Items,
            "minItems" => Key::MinItems,
            "maxItems" => Key::MaxItems,
            "uniqueItems" => Key::UniqueItems,
            "enum" => Key::Enum,
            "format" => Key::Format,
            "minLength" => Key::MinLength,
            "maxLength" => Key::MaxLength,
            "oneOf" => Key::OneOf,
            "allOf" => Key::AllOf,
            "anyOf" => Key::AnyOf,
            "not" => Key::Not,
            _ => return None,
        })
    }
}

/// A Schema Object's members by [`Key`], and its extensions (`x-…`) in order.
struct Members<'a> {
    found: [Option<&'a Value>; KEYS],
    extensions: Vec<(&'a String, &'a Value)>,
}

impl<'a> Members<'a> {
    fn of(object: &'a Map<String, Value>) -> Self {
        let mut members = Members {
            found: [None; KEYS],
            extensions: Vec::new(),
        };
        for (name, value) in object {
            if let Some(key) = Key::of(name) {
                members.found[key as usize] = Some(value);
            } else if name.starts_with("x-") {
                members.extensions.push((name, value));
            }
        }
        members
    }

    fn get(&self, key: Key) -> Option<&'a Value> {
        self.found[key as usize]
    }
}

/// The member `key`, unless it is absent or `null` (serde reads `null` as an absent `Option`).
fn present<'a>(members: &Members<'a>, key: Key) -> Option<&'a Value> {
    members.get(key).filter(|value| !value.is_null())
}

/// The member `key` read by `read`: `Some(None)` when it is absent, `None` when `read` does not
/// read it (a member of a type not read here).
fn member<T>(
    members: &Members<'_>,
    key: Key,
    read: impl FnOnce(&Value) -> Option<T>,
) -> Option<Option<T>> {
    match present(members, key) {
        None => Some(None),
        Some(value) => read(value).map(Some),
    }
}

fn string(members: &Members<'_>, key: Key) -> Option<Option<String>> {
    member(members, key, |value| value.as_str().map(str::to_owned))
}

fn boolean(members: &Members<'_>, key: Key) -> Option<Option<bool>> {
    member(members, key, Value::as_bool)
}

/// A `bool` that is `false` when absent; `null` is not read here.
fn flag(members: &Members<'_>, key: Key) -> Option<bool> {
    match members.get(key) {
        None => Some(false),
        Some(value) => value.as_bool(),
    }
}

fn number(members: &Members<'_>, key: Key) -> Option<Option<Number>> {
    member(members, key, |value| match value {
        Value::Number(number) => Some(number.clone()),
        _ => None,
    })
}

fn count(members: &Members<'_>, key: Key) -> Option<Option<usize>> {
    member(members, key, |value| usize::try_from(value.as_u64()?).ok())
}

/// A small object (external docs, a discriminator), read by serde.
fn object_of<T: for<'de> Deserialize<'de>>(members: &Members<'_>, key: Key) -> Option<Option<T>> {
    member(members, key, |value| T::deserialize(value).ok())
}

fn list<T>(
    members: &Members<'_>,
    key: Key,
    item: impl Fn(&Value) -> Option<T>,
) -> Option<Option<Vec<T>>> {
    member(members, key, |value| {
        value.as_array()?.iter().map(item).collect()
    })
}

/// The members that decide a schema's kind, read as `openapiv3` reads them.
struct Keywords {
    typ: Option<String>,
    pattern: Option<String>,
    multiple_of: Option<Number>,
    exclusive_minimum: Option<bool>,
    exclusive_maximum: Option<bool>,
    minimum: Option<Number>,
    maximum: Option<Number>,
    properties: Option<IndexMap<String, ReferenceOr<Box<Schema>>>>,
    required: Option<Vec<String>>,
    additional_properties: Option<AdditionalProperties>,
    min_properties: Option<usize>,
    max_properties: Option<usize>,
    items: Option<ReferenceOr<Box<Schema>>>,
    min_items: Option<usize>,
    max_items: Option<usize>,
    unique_items: Option<bool>,
    enumeration: Option<Vec<Value>>,
    format: Option<String>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    one_of: Option<Vec<ReferenceOr<Schema>>>,
    all_of: Option<Vec<ReferenceOr<Schema>>>,
    any_of: Option<Vec<ReferenceOr<Schema>>>,
    not: Option<Box<ReferenceOr<Schema>>>,
}

/// Which kind a schema is (the arms of `openapiv3`'s `SchemaKind` deserializer, in order).
enum Kind {
    String,
    Number,
    Integer,
    Boolean,
    Object,
    Array,
    OneOf,
    AllOf,
    AnyOf,
    Not(Box<ReferenceOr<Schema>>),
    Any,
}

impl Keywords {
    fn of(members: &Members<'_>) -> Option<Self> {
        let properties = member(members, Key::Properties, |value| {
            let properties = value.as_object()?.iter();
            properties
                .map(|(name, value)| Some((name.clone(), boxed(value)?)))
                .collect()
        })?;
        let additional_properties =
            member(members, Key::AdditionalProperties, |value| match value {
                Value::Bool(allowed) => Some(AdditionalProperties::Any(*allowed)),
                Value::Object(_) => Some(AdditionalProperties::Schema(Box::new(
                    schema_or_reference(value)?,
                ))),
                _ => None,
            })?;
        let items = member(members, Key::Items, boxed)?;
        let not = member(members, Key::Not, |value| {
            schema_or_reference(value).map(Box::new)
        })?;
        let text = |value: &Value| value.as_str().map(str::to_owned);
        Some(Keywords {
            typ: string(members, Key::Type)?,
            pattern: string(members, Key::Pattern)?,
            multiple_of: number(members, Key::MultipleOf)?,
            exclusive_minimum: boolean(members, Key::ExclusiveMinimum)?,
            exclusive_maximum: boolean(members, Key::ExclusiveMaximum)?,
            minimum: number(members, Key::Minimum)?,
            maximum: number(members, Key::Maximum)?,
            properties,
            required: list(members, Key::Required, text)?,
            additional_properties,
            min_properties: count(members, Key::MinProperties)?,
            max_properties: count(members, Key::MaxProperties)?,
            items,
            min_items: count(members, Key::MinItems)?,
            max_items: count(members, Key::MaxItems)?,
            unique_items: boolean(members, Key::UniqueItems)?,
            enumeration: list(members, Key::Enum, |value| Some(value.clone()))?,
            format: string(members, Key::Format)?,
            min_length: count(members, Key::MinLength)?,
            max_length: count(members, Key::MaxLength)?,
            one_of: list(members, Key::OneOf, schema_or_reference)?,
            all_of: list(members, Key::AllOf, schema_or_reference)?,
            any_of: list(members, Key::AnyOf, schema_or_reference)?,
            not,
        })
    }

    fn which(&mut self) -> Kind {
        let numeric = self.multiple_of.is_some()
            || self.exclusive_minimum.is_some()
            || self.exclusive_maximum.is_some()
            || self.minimum.is_some()
            || self.maximum.is_some();
        let textual =
            self.pattern.is_some() || self.min_length.is_some() || self.max_length.is_some();
        let object = self.properties.is_some()
            || self.required.is_some()
            || self.additional_properties.is_some()
            || self.min_properties.is_some()
            || self.max_properties.is_some();
        let array = self.items.is_some()
            || self.min_items.is_some()
            || self.max_items.is_some()
            || self.unique_items.is_some();
        let compositions = [
            self.one_of.is_some(),
            self.all_of.is_some(),
            self.any_of.is_some(),
            self.not.is_some(),
        ];
        let composed = compositions.contains(&true);
        let values_are = |check: fn(&Value) -> bool| {
            self.enumeration
                .iter()
                .flatten()
                .all(|value| value.is_null() || check(value))
        };
        let integral = |number: &Option<Number>| number.as_ref().is_none_or(Number::is_i64);
        let enumerated = self.enumeration.is_some();
        let formatted = self.format.is_some();
        match self.typ.as_deref() {
            Some("string") if !numeric && !object && !array && !composed => {
                if values_are(Value::is_string) {
                    Kind::String
                } else {
                    Kind::Any
                }
            }
            Some("number")
                if !textual && !object && !array && !composed && values_are(Value::is_number) =>
            {
                Kind::Number
            }
            Some("integer")
                if !textual
                    && !object
                    && !array
                    && !composed
                    && values_are(Value::is_i64)
                    && integral(&self.multiple_of)
                    && integral(&self.minimum)
                    && integral(&self.maximum) =>
            {
                Kind::Integer
            }
            Some("boolean")
                if !numeric
                    && !textual
                    && !object
                    && !array
                    && !composed
                    && !formatted
                    && values_are(Value::is_boolean) =>
            {
                Kind::Boolean
            }
            Some("object") if !numeric && !textual && !array && !composed => {
                if enumerated || formatted {
                    Kind::Any
                } else {
                    Kind::Object
                }
            }
            Some("array") if !numeric && !textual && !object && !composed => {
                if enumerated || formatted {
                    Kind::Any
                } else {
                    Kind::Array
                }
            }
            None if !numeric && !textual && !object && !array && !enumerated && !formatted => {
                match compositions {
                    [true, false, false, false] => Kind::OneOf,
                    [false, true, false, false] => Kind::AllOf,
                    [false, false, true, false] => Kind::AnyOf,
                    [false, false, false, true] => self.not.take().map_or(Kind::Any, Kind::Not),
                    _ => Kind::Any,
                }
            }
            _ => Kind::Any,
        }
    }

    fn kind(mut self) -> SchemaKind {
        let values = |enumeration: Option<Vec<Value>>| enumeration.unwrap_or_default();
        match self.which() {
            Kind::String => SchemaKind::Type(Type::String(StringType {
                format: self.format.into(),
                pattern: self.pattern,
                enumeration: values(self.enumeration)
                    .iter()
                    .map(|value| value.as_str().map(str::to_owned))
                    .collect(),
                min_length: self.min_length,
                max_length: self.max_length,
            })),
            Kind::Number => SchemaKind::Type(Type::Number(NumberType {
                format: self.format.into(),
                multiple_of: self.multiple_of.as_ref().and_then(Number::as_f64),
                exclusive_minimum: self.exclusive_minimum.unwrap_or_default(),
                exclusive_maximum: self.exclusive_maximum.unwrap_or_default(),
                minimum: self.minimum.as_ref().and_then(Number::as_f64),
                maximum: self.maximum.as_ref().and_then(Number::as_f64),
                enumeration: values(self.enumeration).iter().map(Value::as_f64).collect(),
            })),
            Kind::Integer => SchemaKind::Type(Type::Integer(IntegerType {
                format: self.format.into(),
                multiple_of: self.multiple_of.as_ref().and_then(Number::as_i64),
                exclusive_minimum: self.exclusive_minimum.unwrap_or_default(),
                exclusive_maximum: self.exclusive_maximum.unwrap_or_default(),
                minimum: self.minimum.as_ref().and_then(Number::as_i64),
                maximum: self.maximum.as_ref().and_then(Number::as_i64),
                enumeration: values(self.enumeration).iter().map(Value::as_i64).collect(),
            })),
            Kind::Boolean => SchemaKind::Type(Type::Boolean(BooleanType {
                enumeration: values(self.enumeration)
                    .iter()
                    .map(Value::as_bool)
                    .collect(),
            })),
            Kind::Object => SchemaKind::Type(Type::Object(ObjectType {
                properties: self.properties.unwrap_or_default(),
                required: self.required.unwrap_or_default(),
                additional_properties: self.additional_properties,
                min_properties: self.min_properties,
                max_properties: self.max_properties,
            })),
            Kind::Array => SchemaKind::Type(Type::Array(ArrayType {
                items: self.items,
                min_items: self.min_items,
                max_items: self.max_items,
                unique_items: self.unique_items.unwrap_or_default(),
            })),
            Kind::OneOf => SchemaKind::OneOf {
                one_of: self.one_of.unwrap_or_default(),
            },
            Kind::AllOf => SchemaKind::AllOf {
                all_of: self.all_of.unwrap_or_default(),
            },
            Kind::AnyOf => SchemaKind::AnyOf {
                any_of: self.any_of.unwrap_or_default(),
            },
            Kind::Not(not) => SchemaKind::Not { not },
            Kind::Any => SchemaKind::Any(AnySchema {
                typ: self.typ,
                pattern: self.pattern,
                multiple_of: self.multiple_of.as_ref().and_then(Number::as_f64),
                exclusive_minimum: self.exclusive_minimum,
                exclusive_maximum: self.exclusive_maximum,
                minimum: self.minimum.as_ref().and_then(Number::as_f64),
                maximum: self.maximum.as_ref().and_then(Number::as_f64),
                properties: self.properties.unwrap_or_default(),
                required: self.required.unwrap_or_default(),
                additional_properties: self.additional_properties,
                min_properties: self.min_properties,
                max_properties: self.max_properties,
                items: self.items,
                min_items: self.min_items,
                max_items: self.max_items,
                unique_items: self.unique_items,
                enumeration: self.enumeration.unwrap_or_default(),
                format: self.format,
                min_length: self.min_length,
                max_length: self.max_length,
                one_of: self.one_of.unwrap_or_default(),
                all_of: self.all_of.unwrap_or_default(),
                any_of: self.any_of.unwrap_or_default(),
                not: self.not,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// What `openapiv3` itself reads, written out in full (order of members included).
    fn by_serde(value: &Value) -> Option<String> {
        let read = ReferenceOr::<Schema>::deserialize(value);
        read.ok().map(|schema| format!("{schema:?}"))
    }

    /// Read here, not handed to serde, and the same as serde reads it.
    #[track_caller]
    fn same(value: Value) {
        let read = read(&value).unwrap_or_else(|| panic!("not read here: {value}"));
        assert_eq!(Some(format!("{read:?}")), by_serde(&value), "{value}");
    }

    #[test]
    fn every_kind_reads_as_openapiv3_reads_it() {
        for value in [
            json!({"type": "string", "format": "date-time", "pattern": "^a", "minLength": 1,
                   "maxLength": 9, "enum": ["a", null], "nullable": true, "title": "T",
                   "description": "D", "example": "a", "default": "a", "x-extra": {"k": 1},
                   "externalDocs": {"url": "https://example.com"}, "deprecated": true,
                   "readOnly": true, "writeOnly": false}),
            json!({"type": "string", "format": "made-up"}),
            json!({"type": "number", "format": "double", "multipleOf": 0.5, "minimum": 1,
                   "maximum": 2.5, "exclusiveMinimum": true, "enum": [1, 2.5, null]}),
            json!({"type": "integer", "format": "int32", "minimum": -3, "maximum": 9,
                   "multipleOf": 3, "exclusiveMaximum": false, "enum": [1, null]}),
            json!({"type": "boolean", "enum": [true, null]}),
            json!({"type": "object", "properties": {"a": {"$ref": "#/x"}, "b": {"type": "string"}},
                   "required": ["a"], "additionalProperties": false, "minProperties": 1,
                   "maxProperties": 3}),
            json!({"type": "object", "additionalProperties": {"type": "integer"}}),
            json!({"type": "object", "additionalProperties": {"$ref": "#/y"}}),
            json!({"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2,
                   "uniqueItems": true}),
            json!({"oneOf": [{"$ref": "#/a"}, {"type": "string"}],
                   "discriminator": {"propertyName": "kind", "mapping": {"a": "#/a"}}}),
            json!({"allOf": [{"$ref": "#/a"}, {"properties": {"b": {}}}]}),
            json!({"anyOf": [{"type": "integer"}, {"type": "string"}]}),
            json!({"not": {"type": "string"}}),
            json!({}),
            json!({"description": "anything"}),
            // Mixes that no kind but `Any` takes.
            json!({"type": "string", "enum": [1]}),
            json!({"type": "string", "minimum": 1}),
            json!({"type": "integer", "minimum": 1.5}),
            json!({"type": "integer", "enum": [1.5]}),
            json!({"type": "number", "pattern": "x"}),
            json!({"type": "boolean", "format": "x"}),
            json!({"type": "object", "enum": [{}]}),
            json!({"type": "object", "format": "x"}),
            json!({"type": "object", "properties": {}, "allOf": [{}]}),
            json!({"type": "array", "enum": [[1]]}),
            json!({"type": "made-up", "properties": {"a": {}}}),
            json!({"oneOf": [{}], "anyOf": [{}]}),
            json!({"oneOf": [{}], "properties": {"a": {}}}),
            json!({"allOf": [{}], "format": "x"}),
            json!({"properties": {"a": {}}, "items": {}, "enum": [1], "minLength": 1}),
            // `null` is an absent member wherever an `Option` is read.
            json!({"type": null, "title": null, "default": null, "example": null, "enum": null,
                   "properties": null, "items": null, "not": null, "minLength": null}),
            json!({"type": "string", "x-nullable": null}),
        ] {
            same(value);
        }
    }

    #[test]
    fn references_ignore_their_other_members() {
        same(json!({"$ref": "#/components/schemas/a", "description": "not kept"}));
    }

    #[test]
    fn what_is_not_read_here_is_read_by_openapiv3() {
        for value in [
            json!({"type": ["string", "null"]}),
            json!({"nullable": null}),
            json!({"minLength": -1}),
            json!({"minLength": 1.0}),
            json!({"required": [1]}),
            json!({"additionalProperties": "yes"}),
            json!({"$ref": 1}),
            json!({"type": "array", "items": ["#/a"]}),
            json!({"properties": {"a": true}}),
            json!(true),
        ] {
            let read = schema_or_reference(&value).map(|schema| format!("{schema:?}"));
            assert_eq!(read, by_serde(&value), "{value}");
        }
    }
}
