// @generated from fixtures/composition.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 3, uuid no, webhooks no.

//! Payment methods 1.0.0
//!
//! Generated from `fixtures/composition.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod types;

pub use types::*;

#[allow(unused_imports)]
use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];
