// @generated from fixtures/format_byte.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Bytes, as base64 text.
pub type Content = Vec<u8>;

/// The `Blob` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Blob {
    #[serde(with = "runtime::base64")]
    pub data: Vec<u8>,
    #[serde(with = "runtime::base64")]
    pub signature: Option<Vec<u8>>,
    #[serde(skip_serializing_if = "Option::is_none", with = "runtime::base64")]
    pub thumbnail: Option<Vec<u8>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::base64::nullable")]
    pub previous: Option<Option<Vec<u8>>>,
    #[serde(skip_serializing_if = "Option::is_none", with = "runtime::base64")]
    pub chunks: Option<Vec<Vec<u8>>>,
    #[serde(skip_serializing_if = "Option::is_none", with = "runtime::base64")]
    pub named: Option<std::collections::BTreeMap<String, Content>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Payload>,
}

runtime::decode! {
    Blob {
        data: base64, signature: base64, thumbnail: base64, previous: nullable_base64,
        chunks: base64, named: base64, payload,
    }
}

/// The `Attachments` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Attachments {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Members beyond the documented ones.
    #[serde(flatten, with = "runtime::base64")]
    pub additional_properties: std::collections::BTreeMap<String, Vec<u8>>,
}

runtime::decode! { Attachments { count, ..additional_properties: base64 } }

/// The `Payload` schema.
///
/// Decoding tries `Integer`, `Bytes` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum Payload {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is bytes, as base64 text.
    #[serde(with = "runtime::base64")]
    Bytes(Vec<u8>),
}
