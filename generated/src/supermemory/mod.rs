// @generated from specs/supermemory/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 1, uuid no, webhooks no.

//! supermemory API v3
//!
//! Memory API for the AI era. Transcribed from the vendor's documentation page.
//!
//! Generated from `specs/supermemory/openapi.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod connections;

pub use connections::*;

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.supermemory.ai";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.supermemory.ai"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `bearerAuth`: a bearer token in `Authorization`.
    ///
    /// Bearer authentication header of the form `Bearer <token>`, where `<token>` is your auth token.
    pub const BEARER_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "bearerAuth",
        kind: crate::runtime::SchemeKind::Bearer,
    };
}
