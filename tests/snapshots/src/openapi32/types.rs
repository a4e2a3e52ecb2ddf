// @generated from fixtures/openapi32.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Product` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Product {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The `Page` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Page {
    pub items: Option<Vec<Book>>,
}

/// The `Book` schema.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Book {
    pub kind: String,
    pub name: Option<String>,
    pub isbn: Option<String>,
}
