// @generated from specs/snaptrade/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 1, uuid yes, webhooks no.

//! SnapTrade 1.0.0
//!
//! Connect brokerage accounts to your app for live positions and trading
//!
//! Generated from `specs/snaptrade/openapi.yaml` with the overlays `specs/snaptrade/security.overlay.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod connections;

pub use connections::*;

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.snaptrade.com";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.snaptrade.com"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `PartnerSignature`: an API key in the `Signature` header.
    pub const PARTNER_SIGNATURE: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "PartnerSignature",
        kind: crate::runtime::SchemeKind::ApiKeyHeader("Signature"),
    };

    /// `PartnerClientId`: an API key in the `clientId` query parameter.
    pub const PARTNER_CLIENT_ID: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "PartnerClientId",
        kind: crate::runtime::SchemeKind::ApiKeyQuery("clientId"),
    };

    /// `PartnerTimestamp`: an API key in the `timestamp` query parameter.
    pub const PARTNER_TIMESTAMP: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "PartnerTimestamp",
        kind: crate::runtime::SchemeKind::ApiKeyQuery("timestamp"),
    };
}
