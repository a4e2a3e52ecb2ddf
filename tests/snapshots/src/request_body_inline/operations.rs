// @generated from fixtures/request_body_inline.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Shorten a URL
///
/// `POST /links`
#[derive(Debug, Clone, PartialEq)]
pub struct ShortenLink {
    /// The request body. Sent as `application/vnd.links+json`.
    pub body: ShortenLinkBody,
}

runtime::builder! {
    ShortenLink(body: impl Into<ShortenLinkBody>) {}
}

runtime::responses! {
    ShortenLink: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ShortenLinkResponse {
        /// 204: The link was created.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ShortenLink {
    type Response = ShortenLinkResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/links";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/links";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/vnd.links+json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}
