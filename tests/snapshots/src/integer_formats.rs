// @generated from fixtures/integer_formats.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Sizes 1.0.0
//!
//! Generated from `fixtures/integer_formats.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// The `Sizes` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Sizes {
    /// The `tiny` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tiny: Option<i8>,
    /// The `small` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub small: Option<i16>,
    /// The `medium` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<i32>,
    /// The `large` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub large: Option<i64>,
    /// The `byte` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byte: Option<u8>,
    /// The `port` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// The `count` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// The `total` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// A 64-bit integer written as a string, as Google's APIs do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_text: Option<String>,
    /// The `ratio` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f32>,
    /// The `precise` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precise: Option<f64>,
    /// The `plain` member (not described in the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plain: Option<i64>,
}
