// @generated from fixtures/request_body_inline.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

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

/// The documented responses of [`ShortenLink`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ShortenLinkResponse {
    /// 204: The link was created.
    NoContent,
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
