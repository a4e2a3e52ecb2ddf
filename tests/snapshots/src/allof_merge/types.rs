// @generated from fixtures/allof_merge.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// When a record was made and last changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Timestamps {
    /// When the record was made.
    pub created_at: String,
    /// When the record last changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

runtime::decode! { Timestamps { created_at, updated_at } }

/// Any stored record.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Record {
    /// When the record was made.
    pub created_at: String,
    /// When the record last changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The record's id.
    pub id: String,
    /// What sort of record it is.
    pub kind: String,
    /// The size in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

runtime::decode! { Record { created_at, updated_at, id, kind, size } }

/// A text document, a record of kind `document`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Document {
    /// When the record was made.
    pub created_at: String,
    /// When the record last changed.
    pub updated_at: String,
    /// The record's id.
    pub id: String,
    /// What sort of record it is.
    pub kind: DocumentKind,
    /// The size in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The document's title.
    pub title: String,
}

runtime::decode! { Document { created_at, updated_at, id, kind, size, title } }

runtime::string_enum! {
    /// The `kind` member of `Document`.
    pub enum DocumentKind {
        Document = "document",
        ..Unknown
    }
}

/// A folder of documents.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Folder {
    /// The document changed last (a lone reference with a description).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest: Option<Document>,
    /// A name that is also an object: no value is both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<serde_json::Value>,
}

runtime::decode! { Folder { latest, label } }
