// @generated from fixtures/format_byte.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Blob store 1.0.0
//!
//! Generated from `fixtures/format_byte.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Bytes, as base64 text.
pub type Content = Vec<u8>;

/// The `Blob` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Blob {
    #[serde(with = "runtime::base64")]
    pub data: Vec<u8>,
    #[serde(with = "runtime::base64")]
    pub signature: Option<Vec<u8>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "runtime::base64")]
    pub thumbnail: Option<Vec<u8>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::base64::nullable")]
    pub previous: Option<Option<Vec<u8>>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "runtime::base64")]
    pub chunks: Option<Vec<Vec<u8>>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "runtime::base64")]
    pub named: Option<std::collections::BTreeMap<String, Content>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Payload>,
}

/// The `Attachments` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Attachments {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Members beyond the documented ones.
    #[serde(flatten, with = "runtime::base64")]
    pub additional_properties: std::collections::BTreeMap<String, Vec<u8>>,
}

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

/// `PUT /blobs/{name}`
#[derive(Debug, Clone, PartialEq)]
pub struct PutBlob {
    /// path parameter `name`
    pub name: String,
    /// The SHA-256 of the content.
    ///
    /// query parameter `checksum`
    pub checksum: Option<Vec<u8>>,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Content,
}

runtime::builder! {
    PutBlob(name: impl Into<String>, body: impl Into<Content>) {
        checksum: impl Into<Vec<u8>>,
    }
}

/// The documented responses of [`PutBlob`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PutBlobResponse {
    /// 200: The stored content.
    Ok(Content),
}

impl runtime::Outcome for PutBlobResponse {
    type Success = Content;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Content, std::convert::Infallible> {
        match self {
            PutBlobResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for PutBlob {
    type Response = PutBlobResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/blobs/{name}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/blobs/");
        path.parameter("name", &self.name, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        if let Some(value) = &self.checksum {
            query
                .parameter(
                    "checksum",
                    &runtime::base64::Encoded(value),
                    runtime::FORM_EXPLODE,
                )?;
        }
        let query = query.finish();
        let body = Some(
            runtime::Body::json(
                &runtime::base64::Encoded(&self.body),
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(
                    PutBlobResponse::Ok(
                        runtime::json_body::<
                            runtime::base64::Decoded<Content>,
                        >(parts, body)?
                            .0,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
