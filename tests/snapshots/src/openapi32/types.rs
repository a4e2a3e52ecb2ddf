// @generated from fixtures/openapi32.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Product` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Product {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::decode! { Product { kind, name } }

/// The `Page` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Page {
    pub items: Option<Vec<Book>>,
}

runtime::decode! { Page { items } }

/// The `Book` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Book {
    pub kind: String,
    pub name: Option<String>,
    pub isbn: Option<String>,
}

runtime::decode! { Book { kind, name, isbn } }
