// @generated from specs/hooked/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 2, uuid no, webhooks no.

//! Hooked API 1.0.0
//!
//! AI Video Generation API
//!
//! Generated from `specs/hooked/openapi.yaml` with the overlays `specs/hooked/responses.overlay.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod integrations;

pub use integrations::*;

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.hooked.so";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.hooked.so"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `ApiKeyAuth`: an API key in the `x-api-key` header.
    pub const API_KEY_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "ApiKeyAuth",
        kind: crate::runtime::SchemeKind::ApiKeyHeader("x-api-key"),
    };
}
