// @generated from fixtures/integer_formats.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Sizes` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct Sizes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tiny: Option<i8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub small: Option<i16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub large: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byte: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// A 64-bit integer written as a string, as Google's APIs do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precise: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plain: Option<i64>,
}

runtime::decode! {
    Sizes {
        tiny, small, medium, large, byte, port, count, total, total_text, ratio, precise, plain,
    }
}
