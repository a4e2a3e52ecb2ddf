// @generated from fixtures/format_byte.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Blob store 1.0.0
//!
//! Generated from `fixtures/format_byte.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Bytes, as base64 text.
pub type Content = Vec<u8>;

/// The `Blob` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Blob {
    #[serde(with = "crate::runtime::base64")]
    pub data: Vec<u8>,
    #[serde(with = "crate::runtime::base64")]
    pub signature: Option<Vec<u8>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::base64"
    )]
    pub thumbnail: Option<Vec<u8>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::base64::double_option"
    )]
    pub previous: Option<Option<Vec<u8>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::base64"
    )]
    pub chunks: Option<Vec<Vec<u8>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::base64"
    )]
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
    #[serde(flatten, with = "crate::runtime::base64")]
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
    #[serde(with = "crate::runtime::base64")]
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

crate::runtime::builder! {
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

impl crate::runtime::Outcome for PutBlobResponse {
    type Success = Content;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Content, std::convert::Infallible> {
        match self {
            PutBlobResponse::Ok(body) => Ok(body),
        }
    }
}

impl crate::runtime::Operation for PutBlob {
    type Response = PutBlobResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/blobs/{name}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/blobs/");
        path.parameter(
            "name",
            &self.name,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.checksum {
            query
                .parameter(
                    "checksum",
                    &crate::runtime::base64::Encoded(value),
                    crate::runtime::Style::Form.explode(true),
                )?;
        }
        let body = Some(
            crate::runtime::Body::json(
                &crate::runtime::base64::Encoded(&self.body),
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            &query.finish(),
            body,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => {
                    PutBlobResponse::Ok(
                        crate::runtime::json_body::<
                            crate::runtime::base64::Decoded<Content>,
                        >(parts, body)?
                            .0,
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
