// @generated from fixtures/maps.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// One variant of a flag.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Variant {
    /// Share of traffic, in percent.
    pub weight: i64,
}

runtime::decode! { Variant { weight } }

/// Free-form labels, from name to value.
pub type Labels = std::collections::BTreeMap<String, String>;

/// The variants of a flag, by name.
pub type Variants = std::collections::BTreeMap<String, Variant>;

/// Any attributes of the evaluation context.
pub type Context = serde_json::Map<String, serde_json::Value>;

/// Anything the caller wants to keep with the flag.
pub type Metadata = serde_json::Map<String, serde_json::Value>;

/// A flag; members beyond `key` are rule overrides, each a number of percent.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Flag {
    /// The flag's key.
    pub key: String,
    /// Settings that admit no other members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<FlagStrict>,
    /// Members beyond the documented ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i32>,
}

runtime::decode! { Flag { key, strict, ..additional_properties } }

/// Settings that admit no other members.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct FlagStrict {
    /// Whether strict mode is on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

runtime::decode! { FlagStrict { enabled } }
