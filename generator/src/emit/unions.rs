//! Enums of alternatives: untagged unions (tried in order), unions tagged by a member (with a
//! variant keeping unknown tags), and the `runtime::Identified` impls that let
//! `runtime::Expandable::id` read an expanded object's id.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::directions::Wire;
use super::docs::{doc_lines, doc_text};
use super::format::{Chunk, Code, push_doc_comment, push_line, tokens_text, variant_printed};
use super::types::{holds_bytes, rust_type, rust_type_text, serde_derives, type_docs};
use super::{ident, ident_text};
use crate::ir::{Api, Field, Response, TaggedUnion, Type, TypeDef, TypeId, TypeKind, UnionVariant};

/// How deep [`is_text`] follows aliases and nested unions.
const MAX_DEPTH: usize = 8;

/// An untagged enum: decoding tries the variants in the listed order. Written as text when each
/// of its lines prints as one line, else through `prettyplease`; with `Display` when every
/// variant is text.
pub(super) fn union_code(api: &Api, def: &TypeDef, variants: &[UnionVariant], wire: Wire) -> Code {
    let mut code = Code::default();
    match union_text(api, def, variants, wire) {
        Some(text) => code.push(Chunk::Text(text)),
        None => code.push(Chunk::Items(union_def(api, def, variants, wire))),
    }
    if variants.iter().all(|v| is_text(api, &v.ty, 0)) {
        code.push(Chunk::Items(display_impl(def, variants)));
    }
    code
}

/// A union's docs: its own, then the order decoding tries its variants in.
fn union_docs(def: &TypeDef, variants: &[UnionVariant]) -> String {
    let order: Vec<String> = variants.iter().map(|v| format!("`{}`", v.name)).collect();
    format!(
        "{}\n\nDecoding tries {} in this order and keeps the first that matches: objects that \
         require more non-null members come first, integers before numbers, strings last.",
        type_docs(def),
        order.join(", ")
    )
}

/// The derives and attributes of an untagged union, before `pub enum`.
fn union_attributes(wire: Wire) -> TokenStream {
    let serde = serde_derives(wire);
    quote! {
        #[derive(Debug, Clone, PartialEq, #(#serde),*)]
        #[serde(untagged)]
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
    }
}

/// [`union_def`] as printed; `None` when a line of it would not print as written here.
fn union_text(api: &Api, def: &TypeDef, variants: &[UnionVariant], wire: Wire) -> Option<String> {
    let mut out = String::new();
    push_doc_comment(&mut out, "", &doc_text(&union_docs(def, variants)))?;
    for attribute in union_attributes(wire) {
        // Each attribute is `#` and a bracketed group.
        if let proc_macro2::TokenTree::Group(group) = attribute {
            out.push_str(&format!("#[{}]\n", tokens_text(group.stream())));
        }
    }
    push_line(
        &mut out,
        0,
        &format!("pub enum {} {{", ident_text(&def.name)),
    )?;
    // A variant whose lines do not all fit is printed on its own.
    for variant in variants {
        let text = variant_text(api, variant);
        out.push_str(&text.or_else(|| variant_printed(variant_item(api, variant)))?);
    }
    out.push_str("}\n");
    Some(out)
}

/// A variant of [`union_text`], one level in; `None` when a line would not print as written.
fn variant_text(api: &Api, variant: &UnionVariant) -> Option<String> {
    let mut out = String::new();
    let docs = variant_docs(api, variant.docs.as_deref(), &variant.ty);
    push_doc_comment(&mut out, "    ", &doc_text(&docs))?;
    if holds_bytes(api, &variant.ty) {
        out.push_str("    #[serde(with = \"runtime::base64\")]\n");
    }
    let mut ty = rust_type_text(api, &variant.ty);
    if variant.boxed {
        ty = format!("Box<{ty}>");
    }
    push_line(
        &mut out,
        4,
        &format!("{}({ty}),", ident_text(&variant.name)),
    )?;
    Some(out)
}

/// A variant of [`union_def`], as tokens.
fn variant_item(api: &Api, variant: &UnionVariant) -> TokenStream {
    let docs = doc_lines(&variant_docs(api, variant.docs.as_deref(), &variant.ty));
    let name = ident(&variant.name);
    let ty = boxed(rust_type(api, &variant.ty), variant.boxed);
    let with = holds_bytes(api, &variant.ty).then(|| quote!(#[serde(with = "runtime::base64")]));
    quote!(#(#docs)* #with #name(#ty),)
}

/// An untagged enum, as tokens.
fn union_def(api: &Api, def: &TypeDef, variants: &[UnionVariant], wire: Wire) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_lines(&union_docs(def, variants));
    let variant_items = variants.iter().map(|variant| variant_item(api, variant));
    let attributes = union_attributes(wire);
    quote! {
        #(#docs)*
        #attributes
        pub enum #name {
            #(#variant_items)*
        }
    }
}

/// `Display` of a union of scalars: the variant's own text, so that it can be a parameter.
fn display_impl(def: &TypeDef, variants: &[UnionVariant]) -> TokenStream {
    let name = ident(&def.name);
    let arms = variants.iter().map(|variant| {
        let variant = ident(&variant.name);
        quote!(Self::#variant(value) => std::fmt::Display::fmt(value, f),)
    });
    quote! {
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

/// A union tagged by a member: the tag selects the variant, an unknown tag keeps the value, and
/// a value without the tag is tried against each variant in order.
pub(super) fn tagged_def(
    api: &Api,
    def: &TypeDef,
    tagged: &TaggedUnion,
    wire: Wire,
) -> TokenStream {
    let name = ident(&def.name);
    let property = tagged.property.as_str();
    let unknown = ident(&tagged.unknown);
    let docs = doc_lines(&tagged_docs(def, tagged));
    let mut variant_items = Vec::new();
    let mut serialize_arms = Vec::new();
    for variant in &tagged.variants {
        let variant_name = ident(&variant.name);
        let field_ty = boxed(rust_type(api, &variant.ty), variant.boxed);
        let mut text = variant_docs(api, variant.docs.as_deref(), &variant.ty);
        if !variant.tags.is_empty() {
            let tags: Vec<String> = variant.tags.iter().map(|t| format!("`{t}`")).collect();
            text = format!("{text}\n\n`{property}`: {}.", tags.join(", "));
        }
        let variant_doc = doc_lines(&text);
        variant_items.push(quote!(#(#variant_doc)* #variant_name(#field_ty),));
        serialize_arms.push(
            quote!(Self::#variant_name(value) => serde::Serialize::serialize(value, serializer),),
        );
    }
    let unknown_doc = format!(
        " A value whose `{property}` this code does not know, or that no variant matches, kept \
         as received."
    );
    let serialize = wire.serialize.then(|| {
        quote! {
            impl serde::Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    match self {
                        #(#serialize_arms)*
                        Self::#unknown(value) => serde::Serialize::serialize(value, serializer),
                    }
                }
            }
        }
    });
    let deserialize = tagged_deserialize(api, def, tagged);
    quote! {
        #(#docs)*
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        pub enum #name {
            #(#variant_items)*
            #[doc = #unknown_doc]
            #unknown(serde_json::Value),
        }

        #serialize
        #deserialize
    }
}

/// The docs of a tagged union: its own, then which tag selects which variant.
fn tagged_docs(def: &TypeDef, tagged: &TaggedUnion) -> String {
    let property = tagged.property.as_str();
    let mut selection: Vec<String> = Vec::new();
    for variant in &tagged.variants {
        let tags: Vec<String> = variant.tags.iter().map(|t| format!("`{t}`")).collect();
        if !tags.is_empty() {
            selection.push(format!("{} → `{}`", tags.join(", "), variant.name));
        }
    }
    let order: Vec<String> = tagged
        .variants
        .iter()
        .map(|v| format!("`{}`", v.name))
        .collect();
    format!(
        "{}\n\nThe member `{property}` selects the variant: {}. A value with another \
         `{property}` is kept whole in `{}`; a value without it is tried as {} in this order, \
         and kept in `{}` when none matches.",
        type_docs(def),
        selection.join("; "),
        tagged.unknown,
        order.join(", "),
        tagged.unknown
    )
}

/// `Deserialize` of a tagged union: read the value, then its tag.
fn tagged_deserialize(api: &Api, def: &TypeDef, tagged: &TaggedUnion) -> TokenStream {
    let name = ident(&def.name);
    let property = tagged.property.as_str();
    let unknown = ident(&tagged.unknown);
    let mut tag_arms = Vec::new();
    let mut tries = Vec::new();
    for variant in &tagged.variants {
        let variant_name = ident(&variant.name);
        let ty = rust_type(api, &variant.ty);
        let (wrap, construct) = if variant.boxed {
            (
                quote!(|decoded| Self::#variant_name(Box::new(decoded))),
                quote!(Self::#variant_name(Box::new(decoded))),
            )
        } else {
            (
                quote!(Self::#variant_name),
                quote!(Self::#variant_name(decoded)),
            )
        };
        let tags = &variant.tags;
        if !tags.is_empty() {
            tag_arms.push(quote! {
                #(Some(#tags))|* => <#ty as serde::Deserialize>::deserialize(&value)
                    .map(#wrap)
                    .map_err(serde::de::Error::custom),
            });
        }
        tries.push(quote! {
            if let Ok(decoded) = <#ty as serde::Deserialize>::deserialize(&value) {
                return Ok(#construct);
            }
        });
    }
    quote! {
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(#tag_arms)*
                    Some(_) => Ok(Self::#unknown(value)),
                    None => {
                        #(#tries)*
                        Ok(Self::#unknown(value))
                    }
                }
            }
        }
    }
}

/// `Box<T>` when the variant is boxed.
fn boxed(ty: TokenStream, boxed: bool) -> TokenStream {
    if boxed { quote!(Box<#ty>) } else { ty }
}

/// A variant's docs: what its member says of itself, or what its type is.
fn variant_docs(api: &Api, docs: Option<&str>, ty: &Type) -> String {
    if let Some(docs) = docs.map(str::trim).filter(|d| !d.is_empty()) {
        return docs.to_owned();
    }
    match ty {
        // Not "a [`X`]": the article would depend on how the name is said.
        Type::Named(id) => format!("The value is of type [`{}`].", api.def(*id).name),
        Type::String | Type::Uuid => "The value is a JSON string.".to_owned(),
        Type::DateTime => "The value is an RFC 3339 date-time.".to_owned(),
        Type::Date => "The value is a date (`2024-05-31`).".to_owned(),
        Type::Bytes => "The value is bytes, as base64 text.".to_owned(),
        Type::Bool => "The value is a JSON boolean.".to_owned(),
        Type::I8
        | Type::I16
        | Type::I32
        | Type::I64
        | Type::U8
        | Type::U16
        | Type::U32
        | Type::U64 => "The value is a JSON integer.".to_owned(),
        Type::F32 | Type::F64 => "The value is a JSON number.".to_owned(),
        Type::List(_) => "The value is a JSON array.".to_owned(),
        Type::JsonObject | Type::Map(_) => "The value is a JSON object.".to_owned(),
        Type::Expandable(_) => "The value is an object, or its id.".to_owned(),
        Type::Json | Type::Nullable(_) => "Any JSON value.".to_owned(),
    }
}

/// Whether values of `ty` are written as one text value through `Display`, as on the wire.
/// (A date-time's `Display` is not RFC 3339, and bytes have none.)
fn is_text(api: &Api, ty: &Type, depth: usize) -> bool {
    match ty {
        Type::String
        | Type::Bool
        | Type::I8
        | Type::I16
        | Type::I32
        | Type::I64
        | Type::U8
        | Type::U16
        | Type::U32
        | Type::U64
        | Type::F32
        | Type::F64
        | Type::Uuid
        | Type::Date => true,
        Type::Named(id) if depth < MAX_DEPTH => match &api.def(*id).kind {
            TypeKind::Enum { .. } | TypeKind::Const(_) => true,
            TypeKind::Alias(inner) => is_text(api, inner, depth + 1),
            TypeKind::Union(variants) => variants.iter().all(|v| is_text(api, &v.ty, depth + 1)),
            _ => false,
        },
        _ => false,
    }
}

/// `impl runtime::Identified` for every type an [`Type::Expandable`] holds: the struct's
/// required string `id`, or for an enum of such structs, its variant's; each with the type it is
/// for.
pub(super) fn identified_impls(api: &Api) -> Vec<(TypeId, TokenStream)> {
    let mut targets = BTreeSet::new();
    let definitions = api.types.iter().flat_map(|def| def.kind.types());
    let parameters = api.operations.iter().flat_map(|op| op.request_types());
    let responses = api.operations.iter().flat_map(|op| &op.responses);
    let bodies = responses.flat_map(Response::types);
    for ty in definitions.chain(parameters).chain(bodies) {
        expandable_targets(api, ty, &mut targets);
    }
    targets
        .into_iter()
        .filter_map(|id| Some((id, identified_impl(api, api.def(id))?)))
        .collect()
}

/// Adds the types that `Expandable`s in `ty` hold (and the variants of such unions).
fn expandable_targets(api: &Api, ty: &Type, targets: &mut BTreeSet<TypeId>) {
    match ty {
        Type::Expandable(inner) => {
            if let Some(id) = unaliased(api, inner) {
                if let TypeKind::Union(variants) = &api.def(id).kind {
                    targets.extend(variants.iter().filter_map(|v| unaliased(api, &v.ty)));
                }
                targets.insert(id);
            }
        }
        Type::List(inner) | Type::Map(inner) | Type::Nullable(inner) => {
            expandable_targets(api, inner, targets);
        }
        _ => {}
    }
}

/// The definition a named type is, through aliases.
fn unaliased(api: &Api, ty: &Type) -> Option<TypeId> {
    let mut ty = ty;
    for _ in 0..MAX_DEPTH {
        match ty {
            Type::Named(id) => match &api.def(*id).kind {
                TypeKind::Alias(inner) => ty = inner,
                _ => return Some(*id),
            },
            _ => return None,
        }
    }
    None
}

fn identified_impl(api: &Api, def: &TypeDef) -> Option<TokenStream> {
    let name = ident(&def.name);
    let body = match &def.kind {
        TypeKind::Struct { fields, .. } => {
            let field = fields.iter().find(|f| is_id(f))?;
            let field = ident(&field.name);
            quote!(&self.#field)
        }
        TypeKind::Union(variants) => {
            let identified = |v: &UnionVariant| {
                unaliased(api, &v.ty).is_some_and(|id| match &api.def(id).kind {
                    TypeKind::Struct { fields, .. } => fields.iter().any(is_id),
                    _ => false,
                })
            };
            if !variants.iter().all(identified) {
                return None;
            }
            let arms = variants.iter().map(|variant| {
                let variant_name = ident(&variant.name);
                let value = if variant.boxed {
                    quote!(&**value)
                } else {
                    quote!(value)
                };
                quote!(Self::#variant_name(value) => runtime::Identified::id(#value),)
            });
            quote!(match self { #(#arms)* })
        }
        _ => return None,
    };
    Some(quote! {
        impl runtime::Identified for #name {
            fn id(&self) -> &str {
                #body
            }
        }
    })
}

/// A required, non-null string member `id`.
fn is_id(field: &Field) -> bool {
    field.wire_name == "id" && field.required && field.ty == Type::String && !field.boxed
}
