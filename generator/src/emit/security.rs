//! The `security` module of a generated module: one constant per security scheme.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::doc_lines;
use super::ident;
use crate::ir::{Api, SecuritySchemeKind};

/// `pub mod security`: one constant per security scheme, for `runtime::Auth`.
pub(super) fn security_module(api: &Api) -> TokenStream {
    let schemes = api.security_schemes.iter().map(|scheme| {
        let name = ident(&scheme.const_name);
        let key = &scheme.key;
        let (kind, what) = match &scheme.kind {
            SecuritySchemeKind::Bearer => (
                quote!(Bearer),
                "a bearer token in `Authorization`".to_owned(),
            ),
            SecuritySchemeKind::Basic => (quote!(Basic), "HTTP basic authentication".to_owned()),
            SecuritySchemeKind::ApiKeyHeader(header) => (
                quote!(ApiKeyHeader(#header)),
                format!("an API key in the `{header}` header"),
            ),
            SecuritySchemeKind::ApiKeyQuery(parameter) => (
                quote!(ApiKeyQuery(#parameter)),
                format!("an API key in the `{parameter}` query parameter"),
            ),
            SecuritySchemeKind::ApiKeyCookie(cookie) => (
                quote!(ApiKeyCookie(#cookie)),
                format!("an API key in the `{cookie}` cookie"),
            ),
        };
        let mut text = format!("`{key}`: {what}.");
        if let Some(docs) = &scheme.docs {
            text = format!("{text}\n\n{}", docs.trim());
        }
        let docs = doc_lines(&text);
        quote! {
            #(#docs)*
            pub const #name: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
                name: #key,
                kind: crate::runtime::SchemeKind::#kind,
            };
        }
    });
    // A module of the API's own name is no mistake when the document is named `security`.
    let inception =
        (api.module.as_str() == "security").then(|| quote!(#[allow(clippy::module_inception)]));
    quote! {
        /// The ways this API authenticates; give credentials for them to `runtime::Auth`.
        #inception
        pub mod security {
            #(#schemes)*
        }
    }
}
