//! Type definitions: one Rust item (and its impls) per [`TypeDef`], and the Rust spelling of a
//! [`Type`].

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::construct::{Member, Role, builder, is_const, parameter_type};
use super::directions::Wire;
use super::docs::{doc_lines, doc_text, docs, docs_text};
use super::format::{
    Chunk, Code, field_list, field_printed, push_doc_comment, push_line, string_literal,
};
use super::{ident, ident_text, unions};
use crate::ir::{
    AdditionalMembers, Api, ConstValue, EnumValues, EnumVariant, Field, Ident as Name, Type,
    TypeDef, TypeKind,
};

/// The score clippy's `type_complexity` lint gives [`rust_type`]'s text of `ty` standing `nest`
/// generic arguments deep: every path scores ten times the depth it stands at.
pub(super) fn type_complexity(ty: &Type, nest: u64) -> u64 {
    let path = 10 * nest;
    match ty {
        // `chrono::DateTime<chrono::Utc>`, `Vec<u8>`
        Type::DateTime | Type::Bytes => path + 10 * (nest + 1),
        // `serde_json::Map<String, serde_json::Value>`
        Type::JsonObject => path + 2 * 10 * (nest + 1),
        Type::List(inner) | Type::Nullable(inner) | Type::Expandable(inner) => {
            path + type_complexity(inner, nest + 1)
        }
        // `std::collections::BTreeMap<String, …>`
        Type::Map(inner) => path + 10 * (nest + 1) + type_complexity(inner, nest + 1),
        _ => path,
    }
}

/// [`rust_type`] as `prettyplease` prints it, written directly: types are most of what struct
/// fields and request fields print.
pub(super) fn rust_type_text(api: &Api, ty: &Type) -> String {
    let simple = match ty {
        Type::String => "String",
        Type::Bool => "bool",
        Type::I8 => "i8",
        Type::I16 => "i16",
        Type::I32 => "i32",
        Type::I64 => "i64",
        Type::U8 => "u8",
        Type::U16 => "u16",
        Type::U32 => "u32",
        Type::U64 => "u64",
        Type::F32 => "f32",
        Type::F64 => "f64",
        Type::Uuid => "uuid::Uuid",
        Type::DateTime => "chrono::DateTime<chrono::Utc>",
        Type::Date => "chrono::NaiveDate",
        Type::Bytes => "Vec<u8>",
        Type::Json => "serde_json::Value",
        Type::JsonObject => "serde_json::Map<String, serde_json::Value>",
        Type::Named(id) => return ident_text(&api.def(*id).name),
        Type::List(inner) => return format!("Vec<{}>", rust_type_text(api, inner)),
        Type::Map(inner) => {
            let inner = rust_type_text(api, inner);
            return format!("std::collections::BTreeMap<String, {inner}>");
        }
        Type::Nullable(inner) => return format!("Option<{}>", rust_type_text(api, inner)),
        Type::Expandable(inner) => {
            return format!("runtime::Expandable<{}>", rust_type_text(api, inner));
        }
    };
    simple.to_owned()
}

/// How a field, parameter or body of this type is written in Rust.
pub(super) fn rust_type(api: &Api, ty: &Type) -> TokenStream {
    match ty {
        Type::String => quote!(String),
        Type::Bool => quote!(bool),
        Type::I8 => quote!(i8),
        Type::I16 => quote!(i16),
        Type::I32 => quote!(i32),
        Type::I64 => quote!(i64),
        Type::U8 => quote!(u8),
        Type::U16 => quote!(u16),
        Type::U32 => quote!(u32),
        Type::U64 => quote!(u64),
        Type::F32 => quote!(f32),
        Type::F64 => quote!(f64),
        Type::Uuid => quote!(uuid::Uuid),
        Type::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        Type::Date => quote!(chrono::NaiveDate),
        Type::Bytes => quote!(Vec<u8>),
        Type::Json => quote!(serde_json::Value),
        Type::JsonObject => quote!(serde_json::Map<String, serde_json::Value>),
        Type::Named(id) => {
            let name = ident(&api.def(*id).name);
            quote!(#name)
        }
        Type::List(inner) => {
            let inner = rust_type(api, inner);
            quote!(Vec<#inner>)
        }
        Type::Map(inner) => {
            let inner = rust_type(api, inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        Type::Nullable(inner) => {
            let inner = rust_type(api, inner);
            quote!(Option<#inner>)
        }
        Type::Expandable(inner) => {
            let inner = rust_type(api, inner);
            quote!(runtime::Expandable<#inner>)
        }
    }
}

/// How many aliases [`holds_bytes`] and the constructors' argument types follow: a bound, not a
/// limit documents reach (alias cycles are refused in lowering).
pub(super) const MAX_ALIAS_DEPTH: usize = 8;

/// Whether values of `ty` hold `format: byte` bytes that serde's derived impls would write as a
/// list of numbers: `Vec<u8>` itself, or inside `Option`s, lists, maps and aliases. Such values
/// are read and written through `runtime::base64`. (A struct or union holding bytes deals with
/// them in its own impls.)
pub(super) fn holds_bytes(api: &Api, ty: &Type) -> bool {
    fn at(api: &Api, ty: &Type, depth: usize) -> bool {
        match ty {
            Type::Bytes => true,
            Type::Nullable(inner) | Type::List(inner) | Type::Map(inner) => at(api, inner, depth),
            Type::Named(id) if depth < MAX_ALIAS_DEPTH => match &api.def(*id).kind {
                TypeKind::Alias(inner) => at(api, inner, depth + 1),
                _ => false,
            },
            _ => false,
        }
    }
    at(api, ty, 0)
}

/// `value`, a reference to a value of `ty`, as something serde writes as the wire wants.
pub(super) fn serialized(api: &Api, ty: &Type, value: TokenStream) -> TokenStream {
    if holds_bytes(api, ty) {
        quote!(&runtime::base64::Encoded(#value))
    } else {
        value
    }
}

/// `#[serde(with = …)]` for a field or variant holding bytes, when `ty` holds them.
fn serde_with(api: &Api, ty: &Type) -> Option<TokenStream> {
    holds_bytes(api, ty).then(|| quote!(with = "runtime::base64"))
}

/// `#[deprecated]` on a field, parameter or operation the vendor deprecated.
pub(super) fn deprecated(is: bool) -> TokenStream {
    if is { quote!(#[deprecated]) } else { quote!() }
}

/// `#[allow(deprecated)]` on an impl that uses something deprecated, and only there.
pub(super) fn allow_deprecated(uses: bool) -> TokenStream {
    if uses {
        quote!(#[allow(deprecated)])
    } else {
        quote!()
    }
}

/// One type definition: its docs, then the item (and impls) for its kind, with the serde impls
/// and builder its uses call for.
pub(super) fn type_def(api: &Api, def: &TypeDef, wire: Wire) -> Code {
    let docs = || doc_lines(&type_docs(def));
    let tokens = match &def.kind {
        TypeKind::Struct { fields, additional } => {
            return struct_code(api, def, fields, additional.as_ref(), wire);
        }
        TypeKind::Alias(ty) => alias_def(&def.name, &docs(), &rust_type(api, ty)),
        TypeKind::Const(value) => const_def(&def.name, &docs(), value),
        TypeKind::Union(variants) => return unions::union_code(api, def, variants, wire),
        TypeKind::Tagged(tagged) => unions::tagged_def(api, def, tagged, wire),
        TypeKind::Enum { values, catch_all } => {
            let mut code = Code::default();
            code.push_text(&match values {
                EnumValues::String(variants) => enum_def(def, variants, catch_all),
                EnumValues::Integer(variants) => integer_enum_def(def, variants, catch_all),
            });
            return code;
        }
    };
    tokens.into()
}

/// A struct, its `Deserialize` (`runtime::decode!`), its redacting `Debug` when it holds a
/// secret, and its builder when a request sends it. The struct is written as text when each of
/// its lines prints as one line; anything else goes through `prettyplease`.
fn struct_code(
    api: &Api,
    def: &TypeDef,
    fields: &[Field],
    additional: Option<&AdditionalMembers>,
    wire: Wire,
) -> Code {
    let mut code = Code::default();
    match struct_text(api, def, fields, additional, wire) {
        Some(text) => code.push(Chunk::Text(text)),
        None => {
            let docs = doc_lines(&type_docs(def));
            let item = struct_def(api, &def.name, &docs, fields, additional, wire);
            code.push(Chunk::Items(item));
        }
    }
    code.push_text(&decode_row(
        api,
        &def.name,
        fields,
        additional,
        wire.serialize,
    ));
    if fields.iter().any(|f| f.secret) {
        // Every field the derived impl would print, the additional members included.
        let entries = fields
            .iter()
            .map(|f| (ident_text(&f.name), f.secret))
            .chain(additional.map(|a| (ident_text(&a.field), false)))
            .collect();
        let deprecated = fields.iter().any(|f| f.deprecated);
        code.push_text(&debug_impl(&def.name, entries, deprecated));
    }
    if wire.built {
        code.push_text(&struct_builder(api, &def.name, fields, additional));
    }
    code
}

/// [`struct_def`] as printed; `None` when a line of it would not print as written here (a doc
/// line `prettyplease` writes otherwise, a field or attribute past the margin).
fn struct_text(
    api: &Api,
    def: &TypeDef,
    fields: &[Field],
    additional: Option<&AdditionalMembers>,
    wire: Wire,
) -> Option<String> {
    let mut out = String::new();
    push_doc_comment(&mut out, "", &doc_text(&type_docs(def)))?;
    let derives = struct_derives(api, fields, additional, wire);
    out.push_str(&format!("#[derive({})]\n", derives.join(", ")));
    if undocumented(fields) {
        out.push_str("#[allow(missing_docs)]\n");
    }
    let name = ident_text(&def.name);
    if fields.is_empty() && additional.is_none() {
        push_line(&mut out, 0, &format!("pub struct {name} {{}}"))?;
        return Some(out);
    }
    push_line(&mut out, 0, &format!("pub struct {name} {{"))?;
    for field in fields {
        let text = field_text(api, field, wire.serialize);
        out.push_str(&text.or_else(|| field_printed(struct_field(api, field, wire.serialize)))?);
    }
    if let Some(additional) = additional {
        let text = additional_field_text(api, additional, wire.serialize);
        let field = || additional_field(api, additional, wire.serialize);
        out.push_str(&text.or_else(|| field_printed(field()))?);
    }
    out.push_str("}\n");
    Some(out)
}

/// A field of [`struct_text`], its docs and attributes included; `None` when a line of it
/// would not print as written here.
fn field_text(api: &Api, field: &Field, serialized: bool) -> Option<String> {
    let mut out = String::new();
    push_doc_comment(&mut out, "    ", &docs_text(field.docs.as_deref()))?;
    if field.deprecated {
        out.push_str("    #[deprecated]\n");
    }
    let (_, nullable) = nullable_parts(&field.ty);
    let mut ty = field_value_type(api, field);
    // A nullable member is `Option` already; absent and `null` are told apart only where a
    // request writes them.
    if !field.required && (!nullable || serialized) {
        ty = format!("Option<{ty}>");
    }
    for attribute in field_attributes(api, field, serialized) {
        push_attribute_line(&mut out, &attribute)?;
    }
    push_field_line(&mut out, &ident_text(&field.name), &ty)?;
    Some(out)
}

/// [`additional_field`] as [`field_text`] writes a field.
fn additional_field_text(
    api: &Api,
    additional: &AdditionalMembers,
    serialized: bool,
) -> Option<String> {
    let mut out = String::from("    /// Members beyond the documented ones.\n");
    if serialized {
        let with = holds_bytes(api, &additional.ty).then_some(", with = \"runtime::base64\"");
        push_attribute_line(&mut out, &format!("serde(flatten{})", with.unwrap_or("")))?;
    }
    let ty = rust_type_text(api, &additional.ty);
    let ty = format!("std::collections::BTreeMap<String, {ty}>");
    push_field_line(&mut out, &ident_text(&additional.field), &ty)?;
    Some(out)
}

/// The serde attributes of a field of a struct a request writes, as [`struct_field`] writes
/// them (each without its `#[…]`); none for a struct only read.
fn field_attributes(api: &Api, field: &Field, serialized: bool) -> Vec<String> {
    let mut attributes = Vec::new();
    if !serialized {
        return attributes;
    }
    if field.name.as_str() != field.wire_name {
        let wire = string_literal(&field.wire_name);
        attributes.push(format!("serde(rename = {wire})"));
    }
    let (inner, nullable) = nullable_parts(&field.ty);
    let bytes = holds_bytes(api, inner);
    let skip = "skip_serializing_if = \"Option::is_none\"";
    let with = "with = \"runtime::base64\"";
    match (field.required, nullable, bytes) {
        (true, _, true) => attributes.push(format!("serde({with})")),
        (true, _, false) => {}
        (false, false, true) => attributes.push(format!("serde({skip}, {with})")),
        (false, false, false) => attributes.push(format!("serde({skip})")),
        (false, true, bytes) => {
            let nullable = if bytes {
                "runtime::base64::nullable"
            } else {
                "runtime::nullable"
            };
            attributes.push(format!("serde({skip})"));
            attributes.push(format!("serde(with = \"{nullable}\")"));
        }
    }
    attributes
}

/// `#[attribute]` one level in, when it stays on one line.
fn push_attribute_line(out: &mut String, attribute: &str) -> Option<()> {
    push_line(out, 4, &format!("#[{attribute}]"))
}

/// `pub name: Type,` one level in, when it stays on one line.
pub(super) fn push_field_line(out: &mut String, name: &str, ty: &str) -> Option<()> {
    push_line(out, 4, &format!("pub {name}: {ty},"))
}

/// The docs of a type definition: its description, or else what it is.
pub(super) fn type_docs(def: &TypeDef) -> String {
    let mut doc_text = def.docs.clone().unwrap_or_else(|| def.role.clone());
    if def.deprecated {
        // A note rather than `#[deprecated]`: other generated types use this one, and every such
        // use would warn.
        doc_text = format!("{doc_text}\n\n**Deprecated** by the vendor.");
    }
    doc_text
}

/// `pub type Name = …;`
fn alias_def(type_name: &Name, docs: &[TokenStream], ty: &TokenStream) -> TokenStream {
    let name = ident(type_name);
    quote! {
        #(#docs)*
        pub type #name = #ty;
    }
}

/// A struct with one field per member, and the flattened map of other members when the schema
/// allows them. Secret fields get a redacting `Debug` impl instead of the derived one.
fn struct_def(
    api: &Api,
    type_name: &Name,
    docs: &[TokenStream],
    fields: &[Field],
    additional: Option<&AdditionalMembers>,
    wire: Wire,
) -> TokenStream {
    let name = ident(type_name);
    let mut field_tokens: Vec<TokenStream> = fields
        .iter()
        .map(|field| struct_field(api, field, wire.serialize))
        .collect();
    if let Some(additional) = additional {
        field_tokens.push(additional_field(api, additional, wire.serialize));
    }
    let derives = struct_derives(api, fields, additional, wire)
        .into_iter()
        .map(path_tokens);
    let allow_missing_docs = undocumented(fields).then(|| quote!(#[allow(missing_docs)]));
    quote! {
        #(#docs)*
        #[derive(#(#derives),*)]
        #allow_missing_docs
        pub struct #name {
            #(#field_tokens)*
        }
    }
}

/// A struct's derives: `Debug` unless a field is secret (a redacting impl prints it then),
/// `Default` when every member may be left out, `Serialize` when a request writes it.
fn struct_derives(
    api: &Api,
    fields: &[Field],
    additional: Option<&AdditionalMembers>,
    wire: Wire,
) -> Vec<&'static str> {
    // A struct callers build has `Default` when `new` takes nothing.
    let all_optional = if wire.built {
        fields.iter().all(|f| !f.required || is_const(api, &f.ty))
    } else {
        additional.is_none() && fields.iter().all(|f| !f.required)
    };
    let mut derives = Vec::new();
    if !fields.iter().any(|f| f.secret) {
        derives.push("Debug");
    }
    derives.push("Clone");
    derives.push("PartialEq");
    if all_optional {
        derives.push("Default");
    }
    if wire.serialize {
        derives.push("serde::Serialize");
    }
    derives
}

/// A path written `a::b` as tokens.
fn path_tokens(path: &str) -> TokenStream {
    let segments = path.split("::").map(|segment| format_ident!("{segment}"));
    quote!(#(#segments)::*)
}

/// Whether a member has no doc text: undocumented members are left so on purpose, and only
/// the structs holding them are exempt from `missing_docs`.
fn undocumented(fields: &[Field]) -> bool {
    fields.iter().any(|f| !has_text(f.docs.as_deref()))
}

/// A field's type without `Type::Nullable`, and whether it was nullable.
fn nullable_parts(ty: &Type) -> (&Type, bool) {
    match ty {
        Type::Nullable(inner) => (inner, true),
        ty => (ty, false),
    }
}

/// `runtime::decode!`, the struct's `Deserialize`: its fields in order, each with the member it
/// reads when that is not its name, and how it reads it when that is not as its type does.
fn decode_row(
    api: &Api,
    type_name: &Name,
    fields: &[Field],
    additional: Option<&AdditionalMembers>,
    serialized: bool,
) -> String {
    let mut members: Vec<String> = fields
        .iter()
        .map(|field| {
            let mut member = ident_text(&field.name);
            if field.name.is_raw() || field.name.as_str() != field.wire_name {
                member.push_str(" = ");
                member.push_str(&string_literal(&field.wire_name));
            }
            let (inner, nullable) = nullable_parts(&field.ty);
            // Only a struct that is also written tells an absent member from a `null` one.
            let read = match (
                serialized && !field.required && nullable,
                holds_bytes(api, inner),
            ) {
                (true, true) => ": nullable_base64",
                (true, false) => ": nullable",
                (false, true) => ": base64",
                (false, false) => "",
            };
            member.push_str(read);
            member
        })
        .collect();
    if let Some(additional) = additional {
        let read = if holds_bytes(api, &additional.ty) {
            ": base64"
        } else {
            ""
        };
        members.push(format!("..{}{read}", ident_text(&additional.field)));
    }
    let allow: &[&str] = if fields.iter().any(|f| f.deprecated) {
        &["#[allow(deprecated)]"]
    } else {
        &[]
    };
    field_list("runtime::decode", allow, &ident_text(type_name), &members)
}

/// The serde derives of an enum of alternatives used as `wire` says: `Deserialize` always.
/// (Structs derive only `Serialize`: `runtime::decode!` reads them.)
pub(super) fn serde_derives(wire: Wire) -> impl Iterator<Item = TokenStream> {
    let serialize = wire.serialize.then(|| quote!(serde::Serialize));
    serialize.into_iter().chain([quote!(serde::Deserialize)])
}

/// `new` and the setters of a struct a request sends: a `const` member is filled in, and so is
/// the map of additional members (empty).
fn struct_builder(
    api: &Api,
    type_name: &Name,
    fields: &[Field],
    additional: Option<&AdditionalMembers>,
) -> String {
    let mut members: Vec<Member> = fields
        .iter()
        .map(|field| {
            let ty = field_value_type(api, field);
            // A nullable number takes `impl Into<Option<…>>`: `Some(5)` and `5` both tell it.
            let ty = if field.boxed || matches!(field.ty, Type::Nullable(_)) {
                format!("impl Into<{ty}>")
            } else {
                parameter_type(api, &field.ty, ty)
            };
            let role = if field.required && is_const(api, &field.ty) {
                Role::Defaulted
            } else if field.required {
                Role::Required(ty)
            } else {
                Role::Optional(ty)
            };
            Member {
                field: field.name.clone(),
                role,
                deprecated: field.deprecated,
            }
        })
        .collect();
    if let Some(additional) = additional {
        members.push(Member {
            field: additional.field.clone(),
            role: Role::Defaulted,
            deprecated: false,
        });
    }
    builder(type_name, &members, false)
}

/// The type of a field's value: the field's type, without the `Option` of an optional field.
fn field_value_type(api: &Api, field: &Field) -> String {
    let (inner, nullable) = nullable_parts(&field.ty);
    let mut ty = rust_type_text(api, inner);
    if field.boxed {
        ty = format!("Box<{ty}>");
    }
    if nullable {
        format!("Option<{ty}>")
    } else {
        ty
    }
}

/// The field holding members beyond the documented ones.
fn additional_field(api: &Api, additional: &AdditionalMembers, serialized: bool) -> TokenStream {
    let additional_name = ident(&additional.field);
    let ty = rust_type(api, &additional.ty);
    let with = serde_with(api, &additional.ty).map(|with| quote!(, #with));
    let flatten = serialized.then(|| quote!(#[serde(flatten #with)]));
    quote! {
        /// Members beyond the documented ones.
        #flatten
        pub #additional_name: std::collections::BTreeMap<String, #ty>,
    }
}

/// How the value of a `const` type is spelled, written and read.
struct ConstValueCode {
    /// The type of `VALUE`.
    ty: TokenStream,
    literal: TokenStream,
    /// The body of `Display::fmt`.
    display: TokenStream,
    /// The body of `Serialize::serialize`.
    serialize: TokenStream,
    /// The type decoded before comparing with `VALUE`, bound as `value`.
    decoded: TokenStream,
    /// `value` as serde's `Unexpected`, for the error.
    unexpected: TokenStream,
    /// What decoding expects, in words.
    expected: String,
}

fn const_value_code(value: &ConstValue) -> ConstValueCode {
    match value {
        ConstValue::String(text) => ConstValueCode {
            ty: quote!(&'static str),
            literal: quote!(#text),
            display: quote!(f.write_str(Self::VALUE)),
            serialize: quote!(serializer.serialize_str(Self::VALUE)),
            decoded: quote!(String),
            unexpected: quote!(serde::de::Unexpected::Str(&value)),
            expected: format!("the string `{text}`"),
        },
        ConstValue::Integer(number) => ConstValueCode {
            ty: quote!(i64),
            literal: integer_literal(*number),
            display: quote!(write!(f, "{}", Self::VALUE)),
            serialize: quote!(serializer.serialize_i64(Self::VALUE)),
            decoded: quote!(i64),
            unexpected: quote!(serde::de::Unexpected::Signed(value)),
            expected: format!("the integer `{number}`"),
        },
        ConstValue::Bool(boolean) => ConstValueCode {
            ty: quote!(bool),
            literal: quote!(#boolean),
            display: quote!(write!(f, "{}", Self::VALUE)),
            serialize: quote!(serializer.serialize_bool(Self::VALUE)),
            decoded: quote!(bool),
            unexpected: quote!(serde::de::Unexpected::Bool(value)),
            expected: format!("the boolean `{boolean}`"),
        },
    }
}

/// A unit struct for a `const`: it serializes to that value and accepts only it.
fn const_def(type_name: &Name, docs: &[TokenStream], value: &ConstValue) -> TokenStream {
    let name = ident(type_name);
    let ConstValueCode {
        ty,
        literal,
        display,
        serialize,
        decoded,
        unexpected,
        expected,
    } = const_value_code(value);
    quote! {
        #(#docs)*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct #name;

        impl #name {
            /// The one value of this type, as it appears on the wire.
            pub const VALUE: #ty = #literal;
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                #display
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #serialize
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = #decoded::deserialize(deserializer)?;
                if value == Self::VALUE {
                    Ok(Self)
                } else {
                    Err(serde::de::Error::invalid_value(#unexpected, &#expected))
                }
            }
        }
    }
}

/// A string enum, with a catch-all variant keeping values unknown at generation time: a table of
/// values for `runtime::string_enum!`, which writes the enum and its impls.
fn enum_def(def: &TypeDef, variants: &[EnumVariant<String>], catch_all: &Name) -> String {
    let rows = variants.iter().map(|v| (&v.name, string_literal(&v.value)));
    enum_table("runtime::string_enum", def, rows, catch_all)
}

/// An integer enum, with a catch-all variant keeping values unknown at generation time: the
/// sibling of [`enum_def`], through `runtime::integer_enum!`.
fn integer_enum_def(def: &TypeDef, variants: &[EnumVariant<i64>], catch_all: &Name) -> String {
    let rows = variants.iter().map(|v| (&v.name, v.value.to_string()));
    enum_table("runtime::integer_enum", def, rows, catch_all)
}

/// An enum table, a row a value: `Open = "open",`, then the catch-all variant.
fn enum_table<'a>(
    path: &str,
    def: &TypeDef,
    rows: impl Iterator<Item = (&'a Name, String)>,
    catch_all: &Name,
) -> String {
    let mut out = format!("{path}! {{\n");
    for line in doc_text(&type_docs(def)) {
        out.push_str(&format!("    ///{line}\n"));
    }
    out.push_str(&format!("    pub enum {} {{\n", ident_text(&def.name)));
    for (variant, value) in rows {
        out.push_str(&format!("        {} = {value},\n", ident_text(variant)));
    }
    out.push_str(&format!(
        "        ..{}\n    }}\n}}\n",
        ident_text(catch_all)
    ));
    out
}

/// An `i64` as a literal: `-1` is the negation of `1`, as Rust reads it.
fn integer_literal(number: i64) -> TokenStream {
    if number < 0 {
        let magnitude = Literal::u64_unsuffixed(number.unsigned_abs());
        quote!(-#magnitude)
    } else {
        let number = Literal::i64_unsuffixed(number);
        quote!(#number)
    }
}

/// A `Debug` impl that prints `<redacted>` for secret fields, given as field and whether it is
/// secret; `deprecated` when a field it reads is. A `runtime::redacted_debug!` row: the fields
/// in order, each secret one marked `: redacted` (the macro labels a field with its name).
pub(super) fn debug_impl(name: &Name, fields: Vec<(String, bool)>, deprecated: bool) -> String {
    let entries: Vec<String> = fields
        .into_iter()
        .map(|(field, secret)| if secret { field + ": redacted" } else { field })
        .collect();
    let allow: &[&str] = if deprecated {
        &["#[allow(deprecated)]"]
    } else {
        &[]
    };
    field_list(
        "runtime::redacted_debug",
        allow,
        &ident_text(name),
        &entries,
    )
}

/// Whether doc text has anything to say.
fn has_text(text: Option<&str>) -> bool {
    text.is_some_and(|t| !t.trim().is_empty())
}

/// A struct's field. `serialized`: whether the struct is, so that an absent optional member
/// stays absent when written; a struct only ever read has no `Option<Option<…>>` either, as
/// absent and `null` tell its reader the same, and no serde attributes (`runtime::decode!`
/// reads it).
fn struct_field(api: &Api, field: &Field, serialized: bool) -> TokenStream {
    let name = ident(&field.name);
    // A member the document does not describe gets no doc comment: its name says all there is.
    let docs = docs(field.docs.as_deref());
    let deprecated = deprecated(field.deprecated);
    let (inner, nullable) = nullable_parts(&field.ty);
    let mut ty = rust_type(api, inner);
    if field.boxed {
        ty = quote!(Box<#ty>);
    }
    let rename = (serialized && field.name.as_str() != field.wire_name).then(|| {
        let wire = &field.wire_name;
        quote!(#[serde(rename = #wire)])
    });
    let with = serde_with(api, inner).filter(|_| serialized);
    let with_attribute = with.as_ref().map(|with| quote!(#[serde(#with)]));
    let (ty, attribute) = match (field.required, nullable) {
        (true, false) => (ty, quote!(#with_attribute)),
        (true, true) => (quote!(Option<#ty>), quote!(#with_attribute)),
        (false, _) if !serialized => (quote!(Option<#ty>), quote!()),
        (false, false) => {
            let attribute = match with {
                Some(with) => quote!(#[serde(skip_serializing_if = "Option::is_none", #with)]),
                None => quote!(#[serde(skip_serializing_if = "Option::is_none")]),
            };
            (quote!(Option<#ty>), attribute)
        }
        (false, true) => {
            let nullable = match with {
                Some(_) => quote!("runtime::base64::nullable"),
                None => quote!("runtime::nullable"),
            };
            // Two attributes, each short enough to stay on its line.
            (
                quote!(Option<Option<#ty>>),
                quote! {
                    #[serde(skip_serializing_if = "Option::is_none")]
                    #[serde(with = #nullable)]
                },
            )
        }
    };
    quote! {
        #(#docs)*
        #deprecated
        #rename
        #attribute
        pub #name: #ty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::format::path_type_text;
    use crate::ir::{TypeDef, TypeId, TypeKind};
    use crate::names::Scope;

    #[test]
    fn a_type_written_as_text_is_what_its_tokens_print() {
        let mut scope = Scope::for_types();
        let api = Api {
            types: vec![TypeDef {
                name: scope.claim("Pet"),
                docs: None,
                role: String::new(),
                deprecated: false,
                origin: String::new(),
                kind: TypeKind::Alias(Type::String),
            }],
            module: crate::names::module_name("m"),
            source_file: String::new(),
            overlay_files: Vec::new(),
            title: String::new(),
            version: String::new(),
            docs: None,
            servers: Vec::new(),
            operations: Vec::new(),
            security_schemes: Vec::new(),
            webhook_payloads: Vec::new(),
            type_depth: 1,
        };
        let named = || Box::new(Type::Named(TypeId::new(0)));
        let leaves = [
            Type::String,
            Type::Bool,
            Type::I8,
            Type::I16,
            Type::I32,
            Type::I64,
            Type::U8,
            Type::U16,
            Type::U32,
            Type::U64,
            Type::F32,
            Type::F64,
            Type::Uuid,
            Type::DateTime,
            Type::Date,
            Type::Bytes,
            Type::Json,
            Type::JsonObject,
            Type::Named(TypeId::new(0)),
        ];
        let mut types: Vec<Type> = leaves.to_vec();
        for leaf in leaves {
            let leaf = Box::new(leaf);
            types.push(Type::List(leaf.clone()));
            types.push(Type::Map(Box::new(Type::Nullable(leaf.clone()))));
            types.push(Type::Expandable(Box::new(Type::List(leaf))));
        }
        types.push(Type::Nullable(Box::new(Type::Map(named()))));
        for ty in &types {
            assert_eq!(
                Some(rust_type_text(&api, ty)),
                path_type_text(&rust_type(&api, ty)),
                "{ty:?}"
            );
        }
    }
}
