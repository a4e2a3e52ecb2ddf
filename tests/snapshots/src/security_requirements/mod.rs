// @generated from fixtures/security_requirements.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 0, uuid no, webhooks no.

//! Notes 1.0.0
//!
//! Generated from `fixtures/security_requirements.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod operations;

pub use operations::*;

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `bearerAuth`: a bearer token in `Authorization`.
    pub const BEARER_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "bearerAuth",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `apiKey`: an API key in the `X-Notes-Key` header.
    pub const API_KEY: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "apiKey",
        kind: crate::runtime::SchemeKind::ApiKeyHeader("X-Notes-Key"),
    };
}
