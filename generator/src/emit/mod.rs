//! Stage 7: [`ir::Api`] → Rust source text, through `quote` and `prettyplease`.
//!
//! The emitter never looks at OpenAPI: everything it writes is decided by the IR. Output is
//! deterministic: the same IR always gives the same bytes.

mod docs;
mod format;
mod request;
mod response;
mod security;
mod types;

use proc_macro2::{Ident, Span};
use quote::{format_ident, quote};

pub use format::header;

use crate::ir::Api;
use docs::inner_doc_lines;
use format::render;

/// The support module every generated crate carries (see `generator/runtime/runtime.rs`).
pub const RUNTIME: &str = include_str!("../../runtime/runtime.rs");

/// Writes the module for one API.
pub fn module(api: &Api, command: &str) -> Result<String, syn::Error> {
    let mut items = Vec::new();
    let mut title = format!("{} {}", api.title.trim(), api.version.trim());
    if let Some(docs) = &api.docs {
        title = format!("{title}\n\n{docs}");
    }
    let mut provenance = format!("Generated from `{}`", api.source_file);
    if !api.overlay_files.is_empty() {
        let overlays: Vec<String> = api.overlay_files.iter().map(|f| format!("`{f}`")).collect();
        provenance = format!("{provenance} with the overlays {}", overlays.join(", "));
    }
    let module_docs = inner_doc_lines(&format!("{title}\n\n{provenance}."));
    let absolute: Vec<&str> = api
        .servers
        .iter()
        .map(|s| s.url.as_str())
        .filter(|url| url.starts_with("http://") || url.starts_with("https://"))
        .collect();
    if let Some(first) = absolute.first() {
        items.push(quote! {
            /// The first absolute server URL the document lists: where requests go by default.
            pub const DEFAULT_BASE_URL: &str = #first;
        });
    }
    let servers: Vec<&str> = api.servers.iter().map(|s| s.url.as_str()).collect();
    items.push(quote! {
        /// Every server the document lists, with server variables set to their defaults.
        pub const SERVERS: &[&str] = &[#(#servers),*];
    });
    if !api.security_schemes.is_empty() {
        items.push(security::security_module(api));
    }
    for def in &api.types {
        items.push(types::type_def(def));
    }
    for operation in &api.operations {
        items.push(request::operation_items(operation));
    }
    render(
        &header(&api.source_file, command),
        quote! {
            #(#module_docs)*
            // Vendor prose is copied as written; its Markdown is not reflowed.
            #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
            #(#items)*
        },
    )
}

/// `lib.rs` of a generated crate: the runtime and one feature-gated module per API.
pub fn lib(description: &str, modules: &[&str], command: &str) -> Result<String, syn::Error> {
    let docs = inner_doc_lines(description);
    let modules = modules.iter().map(|module| {
        let ident = format_ident!("{}", module);
        // The file is final as written; `cargo fmt` must not rewrite it.
        quote! {
            #[cfg(feature = #module)]
            #[rustfmt::skip]
            pub mod #ident;
        }
    });
    render(
        &header("specs", command),
        quote! {
            #(#docs)*
            pub mod runtime;
            #(#modules)*
        },
    )
}

/// `runtime.rs` with its header.
pub fn runtime(command: &str) -> String {
    format!(
        "{}\n\n{RUNTIME}",
        header("generator/runtime/runtime.rs", command)
    )
}

/// A Rust identifier; a name spelled `r#…` becomes a raw identifier.
fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}
