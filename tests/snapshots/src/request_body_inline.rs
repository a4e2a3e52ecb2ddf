// @generated from fixtures/request_body_inline.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Short links 1.0.0
//!
//! Generated from `fixtures/request_body_inline.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// The request body of `ShortenLink`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ShortenLinkBody {
    /// The long URL.
    pub url: String,
    /// A custom slug; one is chosen when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

crate::runtime::builder! {
    ShortenLinkBody(url: impl Into<String>) {
        slug: impl Into<String>,
    }
}

/// Shorten a URL
///
/// `POST /links`
#[derive(Debug, Clone, PartialEq)]
pub struct ShortenLink {
    /// The request body.
    ///
    /// Sent as `application/vnd.links+json`.
    pub body: ShortenLinkBody,
}

crate::runtime::builder! {
    ShortenLink(body: impl Into<ShortenLinkBody>) {}
}

/// The documented responses of [`ShortenLink`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ShortenLinkResponse {
    /// 204: The link was created.
    NoContent,
}

impl crate::runtime::Outcome for ShortenLinkResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ShortenLinkResponse::NoContent => Ok(()),
        }
    }
}

impl crate::runtime::Operation for ShortenLink {
    type Response = ShortenLinkResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/links";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/links";
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/vnd.links+json"),
            )?,
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => ShortenLinkResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
