// @generated from fixtures/recursion_self.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Category tree 1.0.0
//!
//! Generated from `fixtures/recursion_self.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

#[allow(unused_imports)]
use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A product category; categories nest.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Category {
    /// Display name.
    pub name: String,
    /// A product category; categories nest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<Category>>,
    /// Direct subcategories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Category>>,
    /// The same category under other names, by locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<std::collections::BTreeMap<String, Category>>,
}
