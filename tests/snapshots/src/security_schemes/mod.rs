// @generated from fixtures/security_schemes.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 0, uuid no, webhooks no.

//! Payments gateway 3.0.0
//!
//! Generated from `fixtures/security_schemes.yaml`.
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
    ///
    /// A JWT issued by the dashboard.
    pub const BEARER_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "bearerAuth",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `basicAuth`: HTTP basic authentication.
    ///
    /// The account's ID as user name and its secret as password.
    pub const BASIC_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "basicAuth",
        kind: crate::runtime::SchemeKind::Basic,
    };

    /// `apiKeyHeader`: an API key in the `X-Api-Key` header.
    pub const API_KEY_HEADER: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "apiKeyHeader",
        kind: crate::runtime::SchemeKind::ApiKeyHeader("X-Api-Key"),
    };

    /// `apiKeyQuery`: an API key in the `api_key` query parameter.
    pub const API_KEY_QUERY: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "apiKeyQuery",
        kind: crate::runtime::SchemeKind::ApiKeyQuery("api_key"),
    };

    /// `sessionCookie`: an API key in the `session` cookie.
    ///
    /// The dashboard's session cookie.
    pub const SESSION_COOKIE: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "sessionCookie",
        kind: crate::runtime::SchemeKind::ApiKeyCookie("session"),
    };

    /// `oauth`: a bearer token in `Authorization`.
    ///
    /// Tokens from the authorization code flow.
    pub const OAUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "oauth",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `oidc`: a bearer token in `Authorization`.
    pub const OIDC: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "oidc",
        kind: crate::runtime::SchemeKind::Bearer,
    };
}
