// @generated from fixtures/skipped_operations.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 0, uuid no, webhooks no.

//! Report builder 1.0.0
//!
//! Generated from `fixtures/skipped_operations.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod operations;

pub use operations::*;

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];
