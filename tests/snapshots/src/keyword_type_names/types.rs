// @generated from fixtures/keyword_type_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// A token kind.
    pub enum Type {
        Self_ = "self",
        Self2 = "Self",
        Crate = "crate",
        Match = "match",
        Type = "type",
        Super = "super",
        ..Unknown
    }
}

/// The current token.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct SelfObject {
    /// A token kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Type>,
}

runtime::decode! { SelfObject { kind } }

/// The token's text.
pub type SelfString = String;

/// A package of grammars.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Crate {
    /// The package name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::decode! { Crate { name } }

/// A range that a grammar rule matched.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Match {
    /// Offset of the first byte.
    pub start: i64,
    /// Offset after the last byte.
    pub end: i64,
}

runtime::decode! { Match { start, end } }
