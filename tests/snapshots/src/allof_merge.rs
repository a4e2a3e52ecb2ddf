// @generated from fixtures/allof_merge.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Document store 1.0.0
//!
//! Generated from `fixtures/allof_merge.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// When a record was made and last changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Timestamps {
    /// When the record was made.
    pub created_at: String,
    /// When the record last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

/// Any stored record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Record {
    /// When the record was made.
    pub created_at: String,
    /// When the record last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The record's id.
    pub id: String,
    /// What sort of record it is.
    pub kind: String,
    /// The size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

/// A text document, a record of kind `document`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The document's title.
    pub title: String,
}

/// The `kind` member of `Document`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentKind {
    /// `document`
    Document,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl DocumentKind {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Document => "document",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for DocumentKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "document" => Self::Document,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for DocumentKind {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for DocumentKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for DocumentKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A folder of documents.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Folder {
    /// The document changed last (a lone reference with a description).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<Document>,
    /// A name that is also an object: no value is both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<serde_json::Value>,
}
