// @generated from specs/symphony/openapi.json by `cargo xtask codegen`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 2, uuid no, webhooks no.

//! Pod API 20.17.1
//!
//! Generated from `specs/symphony/openapi.json`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod connection;

pub use connection::*;

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "http://yourpodURL.symphony.com/pod";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["http://yourpodURL.symphony.com/pod"];
