// @generated from fixtures/responses_component_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A book.
#[derive(Debug, Clone, PartialEq)]
pub struct Book {
    /// The book's title.
    pub title: String,
}

runtime::decode! { Book { title } }

/// Nothing has that identifier.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotFound {
    /// Which identifier was not found.
    pub message: Option<String>,
}

runtime::decode! { NotFound { message } }

/// The work is queued; its progress is reported elsewhere.
pub type Accepted = serde_json::Map<String, serde_json::Value>;
