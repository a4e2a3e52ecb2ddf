// @generated from fixtures/swagger2.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 3, uuid no, webhooks no.

//! Pet clinic 2.0.0
//!
//! Appointments and records of a veterinary clinic.
//!
//! Generated from `fixtures/swagger2.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod operations;
mod types;

pub use operations::*;
pub use types::*;

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://clinic.example.com/v2";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://clinic.example.com/v2"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `basic`: HTTP basic authentication.
    ///
    /// Staff login.
    pub const BASIC: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "basic",
        kind: crate::runtime::SchemeKind::Basic,
    };

    /// `apiKey`: an API key in the `X-Clinic-Key` header.
    pub const API_KEY: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "apiKey",
        kind: crate::runtime::SchemeKind::ApiKeyHeader("X-Clinic-Key"),
    };

    /// `implicit`: a bearer token in `Authorization`.
    pub const IMPLICIT: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "implicit",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `password`: a bearer token in `Authorization`.
    pub const PASSWORD: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "password",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `application`: a bearer token in `Authorization`.
    pub const APPLICATION: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "application",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `accessCode`: a bearer token in `Authorization`.
    pub const ACCESS_CODE: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "accessCode",
        kind: crate::runtime::SchemeKind::Bearer,
    };
}
