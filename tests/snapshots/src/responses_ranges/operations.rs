// @generated from fixtures/responses_ranges.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Resize an image
///
/// `POST /resize`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resize {}

runtime::builder! {
    Resize() {}
}

runtime::responses! {
    Resize: Result<Resized, enum ResizeError>,
    #[derive(Clone, PartialEq)]
    pub enum ResizeResponse {
        /// 400: The request could not be read.
        400 => BadRequest: Err,
        /// 404: The source image was not found.
        404 => NotFound: Err,
        /// 2XX: The image was resized.
        200..=299 => Success { status, body: Resized = json }: Ok(body),
        /// 4XX: The request was refused.
        400..=499 => ClientError { status, body: Problem = json }: Err,
        /// 5XX: The resizer failed.
        500..=599 => ServerError { status }: Err,
    }
}

impl runtime::Operation for Resize {
    type Response = ResizeResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/resize";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/resize";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
