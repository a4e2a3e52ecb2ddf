//! Construction: `new` from the required fields and a setter per optional one, written as a
//! `runtime::builder!` table, for operations and for the structs a request sends.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::ident;
use super::types::MAX_ALIAS_DEPTH;
use crate::ir::{Api, Ident as Name, Type, TypeKind};

/// Methods a setter must not be named after: the ones generated types have (`new`, the
/// operation's, a paginated operation's and the multipart body's own) and those of the
/// prelude's and serde's traits they implement, which an inherent method of the same name would
/// hide.
const TAKEN_METHODS: &[&str] = &[
    "new",
    "to_request",
    "decode",
    "streams",
    "from_response",
    "to_body",
    "items",
    "next_page",
    "clone",
    "clone_from",
    "clone_into",
    "eq",
    "ne",
    "fmt",
    "default",
    "from",
    "into",
    "try_from",
    "try_into",
    "to_owned",
    "to_string",
    "serialize",
    "deserialize",
];

/// How a field is set.
pub(super) enum Role {
    /// An argument of `new`, of this type ([`parameter_type`]).
    Required(TokenStream),
    /// `None` until its setter stores `Some` of a value of this type ([`parameter_type`]).
    Optional(TokenStream),
    /// Its type's default: a `const` type's one value, or the map of additional members.
    Defaulted,
}

/// One field, for [`builder`].
pub(super) struct Member {
    pub(super) field: Name,
    pub(super) role: Role,
    pub(super) deprecated: bool,
}

/// `runtime::builder!` for the struct `name`: `new` takes the required members in the order
/// given. `deprecated`: whether the struct itself is.
pub(super) fn builder(name: &Name, members: &[Member], deprecated: bool) -> TokenStream {
    let name = ident(name);
    let fields: BTreeSet<&str> = members.iter().map(|m| m.field.as_str()).collect();
    let arguments = members.iter().filter_map(|member| match &member.role {
        Role::Required(ty) => {
            let field = ident(&member.field);
            Some(quote!(#field: #ty))
        }
        _ => None,
    });
    let mut setters = Vec::new();
    let mut renamed = Vec::new();
    for member in members {
        let Role::Optional(ty) = &member.role else {
            continue;
        };
        let field = ident(&member.field);
        let deprecated = member.deprecated.then(|| quote!(#[deprecated]));
        match setter_name(&member.field, &fields) {
            None => setters.push(quote!(#deprecated #field: #ty,)),
            Some(setter) => renamed.push(quote!([#setter] #deprecated #field: #ty,)),
        }
    }
    let defaulted = members
        .iter()
        .filter(|member| matches!(member.role, Role::Defaulted))
        .map(|member| {
            let field = ident(&member.field);
            quote!(..#field,)
        });
    let allow =
        (deprecated || members.iter().any(|m| m.deprecated)).then(|| quote!(#[allow(deprecated)]));
    quote! {
        runtime::builder! {
            #allow
            #name(#(#arguments),*) {
                #(#setters)*
                #(#renamed)*
                #(#defaulted)*
            }
        }
    }
}

/// The setter's name when it cannot be the field's: `with_<field>`, numbered should a field
/// already have that name.
fn setter_name(field: &Name, fields: &BTreeSet<&str>) -> Option<proc_macro2::Ident> {
    if !TAKEN_METHODS.contains(&field.as_str()) {
        return None;
    }
    let base = format!("with_{}", field.as_str());
    let free =
        |name: &String| !fields.contains(name.as_str()) && !TAKEN_METHODS.contains(&name.as_str());
    let name = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}_{n}")))
        .find(free)
        .unwrap_or(base);
    Some(format_ident!("{}", name))
}

/// The type a method takes for a value of `ty`, written `rust`: `impl Into<…>`, but a number or
/// boolean as it is, since a literal (`5`, `1.5`) converts into a `u64` or an `f32` only when
/// its own type is known.
pub(super) fn parameter_type(api: &Api, ty: &Type, rust: TokenStream) -> TokenStream {
    if is_scalar(api, ty, 0) {
        rust
    } else {
        quote!(impl Into<#rust>)
    }
}

fn is_scalar(api: &Api, ty: &Type, depth: usize) -> bool {
    match ty {
        Type::Bool
        | Type::I8
        | Type::I16
        | Type::I32
        | Type::I64
        | Type::U8
        | Type::U16
        | Type::U32
        | Type::U64
        | Type::F32
        | Type::F64 => true,
        Type::Named(id) if depth < MAX_ALIAS_DEPTH => match &api.def(*id).kind {
            TypeKind::Alias(inner) => is_scalar(api, inner, depth + 1),
            _ => false,
        },
        _ => false,
    }
}

/// Whether a required value of `ty` has only one possible value, which `new` fills in.
pub(super) fn is_const(api: &Api, ty: &Type) -> bool {
    matches!(ty, Type::Named(id) if matches!(api.def(*id).kind, TypeKind::Const(_)))
}
