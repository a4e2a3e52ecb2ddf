// @generated from fixtures/keyword_type_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Syntax highlighter 1.0.0
//!
//! Generated from `fixtures/keyword_type_names.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A token kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    /// `self`
    Self_,
    /// `Self`
    Self2,
    /// `crate`
    Crate,
    /// `match`
    Match,
    /// `type`
    Type,
    /// `super`
    Super,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl Type {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Self_ => "self",
            Self::Self2 => "Self",
            Self::Crate => "crate",
            Self::Match => "match",
            Self::Type => "type",
            Self::Super => "super",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for Type {
    fn from(value: String) -> Self {
        match value.as_str() {
            "self" => Self::Self_,
            "Self" => Self::Self2,
            "crate" => Self::Crate,
            "match" => Self::Match,
            "type" => Self::Type,
            "super" => Self::Super,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for Type {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for Type {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Type {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The current token.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Self2 {
    /// A token kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Type>,
}

/// The token's text.
pub type Self3 = String;

/// A package of grammars.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Crate {
    /// The package name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A range that a grammar rule matched.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Match {
    /// Offset of the first byte.
    pub start: i64,
    /// Offset after the last byte.
    pub end: i64,
}
