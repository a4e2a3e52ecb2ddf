// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 5, uuid no, webhooks no.

//! GitHub's official OpenAPI spec + Octokit extension 23.0.2
//!
//! OpenAPI specs from https://github.com/github/rest-api-description with the 'x-octokit' extension required by the Octokit SDKs
//!
//! Generated from `specs/github/api.github.com.octokit-23.0.2.json` with the overlays `specs/github/security.overlay.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod issues;
mod pulls;
mod repos;
mod types;
mod users;

pub use issues::*;
pub use pulls::*;
pub use repos::*;
pub use types::*;
pub use users::*;

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.github.com";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.github.com"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `bearer`: a bearer token in `Authorization`.
    pub const BEARER: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "bearer",
        kind: crate::runtime::SchemeKind::Bearer,
    };
}
