//! Stage 7: [`ir::Api`] → Rust source text, through `quote` and `prettyplease`.
//!
//! The emitter never looks at OpenAPI: everything it writes is decided by the IR. Output is
//! deterministic: the same IR always gives the same bytes.
//!
//! - `layout`: which file of the module's folder each item goes to;
//! - `output`: the items of a module, in a fixed order of sections, written to their files;
//! - `format`: all text layout (`prettyplease`, blank lines, the `@generated` header);
//! - `docs`: doc comments from IR text;
//! - `types`: one definition per IR type;
//! - `construct`: `new` and the setters of operations and of the structs requests send;
//! - `directions`: which types are sent and which received, so which serde impls each gets;
//! - `unions`: the enums of alternatives, and the `Identified` impls of expandable objects;
//! - `request`: the operation struct and `to_request`;
//! - `bodies`: request bodies: the body's type, a multipart body's parts, writing the body;
//! - `response`: the response enum, the structs of documented headers, the enums of bodies of
//!   several kinds, and `streams` for event streams (`decode` is the trait's default);
//! - `pagination`: the `Paginated` impl of an operation whose results come in pages;
//! - `security`: the `security` module;
//! - `manifest`: the generated crate's `Cargo.toml`;
//! - `needs`: what the crate's `Cargo.toml` and `src/lib.rs` need of a module, stated in its
//!   root file.

mod bodies;
mod construct;
mod directions;
mod docs;
mod format;
mod layout;
pub mod manifest;
pub mod needs;
mod output;
mod pagination;
mod request;
mod response;
mod security;
mod types;
mod unions;

use proc_macro2::{Span, TokenStream};
use quote::quote;

pub use format::header;
pub use layout::ROOT_FILE;

use crate::GeneratedFile;
use crate::ir::{self, Api, TypeId};
use directions::{Directions, Wire};
use docs::inner_doc_lines;
use format::render;
use layout::Groups;
use output::{Output, Place, Section};

/// The standard-library names that generated code writes without a path: `Option<String>`,
/// `impl From<String>`, `.map(ToString::to_string)`, `Ok(…)`, `impl Into<…>`. A type of the module with one of
/// these names would shadow the std item, so lowering names no type after them
/// ([`crate::names::Scope::for_types`]); every other std item is written with its path
/// (`std::fmt::Display`). Derive macros are not listed: types do not shadow macros.
pub const UNQUALIFIED_STD_NAMES: &[&str] = &[
    "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "From", "Into",
    "ToString",
];

/// Writes the module for one API: its files, by path in the module's folder, `mod.rs` first
/// (the `layout` module says which item goes where).
pub fn module(api: &Api, command: &str) -> Result<Vec<GeneratedFile>, syn::Error> {
    let directions = Directions::of(api);
    let groups = Groups::of(api, &directions);
    let types: Vec<(&ir::TypeDef, Wire)> = api
        .types
        .iter()
        .enumerate()
        .map(|(index, def)| (def, directions.wire(api, TypeId::new(index))))
        .collect();
    let shared = response::Shared::of(api);
    let mut output = Output::default();
    output.root_comment(needs::ModuleNeeds::of(api).comment());
    let module_docs = inner_doc_lines(&module_docs(api));
    output.inner_attributes(quote! {
        #(#module_docs)*
        // Vendor prose is copied as written: its Markdown is not reflowed, its code examples
        // (never compiled: the crate has no doctests) are not ours to lint, and its tabs stay.
        // One attribute a line, each short enough to stay on its line.
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
        #![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
        #![allow(clippy::tabs_in_doc_comments)]
        // Vendor prose writes bare URLs (`see https://…`); rustdoc would have them in `<…>`.
        #![allow(rustdoc::bare_urls)]
    });
    if nests_deeply(api) {
        output.inner_attributes(quote! {
            // The document nests types this deep; naming each level would invent names for it.
            #![allow(clippy::type_complexity)]
        });
    }
    output.add(Section::Constants, Place::Root, runtime_import(api));
    output.add(Section::Constants, Place::Root, server_constants(api));
    if !api.security_schemes.is_empty() {
        output.add(
            Section::Security,
            Place::Root,
            security::security_module(api),
        );
    }
    let type_place = |id: TypeId| Place::Group(groups.of_type(id), api.def(id).name.to_string());
    output.add_each(
        Section::Types,
        &types,
        |index, _| type_place(TypeId::new(index)),
        |&(def, wire)| types::type_def(api, def, wire),
    );
    for (id, identified) in unions::identified_impls(api) {
        output.add(Section::Types, type_place(id), identified);
    }
    for (owned, operations) in shared.items() {
        let group = groups.shared_by(operations.iter().copied());
        let place = Place::Group(group, owned.name().to_owned());
        output.add(Section::Types, place, owned.tokens(api));
    }
    output.add_each(
        Section::Operations,
        &api.operations,
        |index, operation: &ir::Operation| {
            Place::Group(groups.of_operation(index), operation.name.to_string())
        },
        |operation| request::operation_items(api, operation, &shared),
    );
    output.render(&header(&api.source_file, command), &groups)
}

/// Whether some type of the module, held in a field as `Option<Option<…>>`, is more complex
/// than clippy's `type_complexity` lint allows (a score of 250).
fn nests_deeply(api: &Api) -> bool {
    // `Option<Option<…>>`: the outer scores 10, the inner 20, the type stands 3 deep.
    api.all_types()
        .any(|ty| 30 + types::type_complexity(ty, 3) > 250)
}

/// The module's own docs: title and version, the document's description, and where it came from.
fn module_docs(api: &Api) -> String {
    let mut title = format!("{} {}", api.title.trim(), api.version.trim());
    if let Some(docs) = &api.docs {
        title = format!("{title}\n\n{docs}");
    }
    let mut provenance = format!("Generated from `{}`", api.source_file);
    if !api.overlay_files.is_empty() {
        let overlays: Vec<String> = api.overlay_files.iter().map(|f| format!("`{f}`")).collect();
        provenance = format!("{provenance} with the overlays {}", overlays.join(", "));
    }
    format!("{title}\n\n{provenance}.")
}

/// `use crate::runtime;`: items of the module name the runtime's as `runtime::…`. Every
/// operation uses it; a module of types only may not.
fn runtime_import(api: &Api) -> TokenStream {
    let allow = api
        .operations
        .is_empty()
        .then(|| quote!(#[allow(unused_imports)]));
    quote! {
        #allow
        use crate::runtime;
    }
}

/// `DEFAULT_BASE_URL` (when a server URL is absolute) and `SERVERS`.
fn server_constants(api: &Api) -> TokenStream {
    let absolute: Vec<&str> = api
        .servers
        .iter()
        .map(|s| s.url.as_str())
        .filter(|url| url.starts_with("http://") || url.starts_with("https://"))
        .collect();
    let default_base_url = absolute.first().map(|first| {
        quote! {
            /// The first absolute server URL the document lists: where requests go by default.
            pub const DEFAULT_BASE_URL: &str = #first;
        }
    });
    let servers: Vec<&str> = api.servers.iter().map(|s| s.url.as_str()).collect();
    quote! {
        #default_base_url
        /// Every server the document lists, with server variables set to their defaults.
        pub const SERVERS: &[&str] = &[#(#servers),*];
    }
}

/// `lib.rs` of a generated crate: the runtime and one feature-gated module per API. Its header
/// names `source`, what the crate is generated from, and `command`, which regenerates it.
pub fn lib(
    description: &str,
    modules: &[&ir::Ident],
    type_depth: usize,
    source: &str,
    command: &str,
) -> Result<String, syn::Error> {
    let docs = inner_doc_lines(description);
    // Types held deep inside one another pass rustc's checks of drops and layouts only with a
    // deeper recursion limit than the default.
    let limit = recursion_limit(type_depth).map(|limit| {
        let limit = limit.to_string();
        quote! { #![recursion_limit = #limit] }
    });
    let modules = modules.iter().map(|module| {
        let ident = ident(module);
        let feature = module.as_str();
        // The file is final as written; `cargo fmt` must not rewrite it.
        quote! {
            #[cfg(feature = #feature)]
            #[rustfmt::skip]
            pub mod #ident;
        }
    });
    render(
        &header(source, command),
        quote! {
            #(#docs)*
            #limit
            pub mod runtime;
            #(#modules)*
        },
    )
}

/// The `recursion_limit` a crate needs for types held `type_depth` deep inside one another,
/// when the default (128) is not enough. A level costs rustc a few steps (`Option<Box<T>>`,
/// `Vec<T>` in a struct), so the limit allows four per level, and the default on top.
pub fn recursion_limit(type_depth: usize) -> Option<usize> {
    (type_depth > 16).then(|| type_depth.saturating_mul(4).saturating_add(128))
}

/// The support module every generated crate carries: the source of the `runtime` crate, whose
/// `src/lib.rs` is written to `src/runtime.rs` unchanged (it begins with its own note on that).
pub const RUNTIME: &str = include_str!("../../../runtime/src/lib.rs");

/// `runtime.rs`: the runtime crate's source byte for byte, so that the copy is exactly the code
/// that crate compiles, lints and tests.
pub fn runtime() -> String {
    RUNTIME.to_owned()
}

/// The tokens of an IR identifier: the one place a name of the IR becomes code.
fn ident(name: &ir::Ident) -> proc_macro2::Ident {
    if name.is_raw() {
        proc_macro2::Ident::new_raw(name.as_str(), Span::call_site())
    } else {
        proc_macro2::Ident::new(name.as_str(), Span::call_site())
    }
}

/// An IR identifier as printed: [`ident`]'s text.
fn ident_text(name: &ir::Ident) -> String {
    if name.is_raw() {
        format!("r#{}", name.as_str())
    } else {
        name.as_str().to_owned()
    }
}
