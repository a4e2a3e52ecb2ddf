// @generated from fixtures/skipped_operations.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List reports (generated)
///
/// `GET /reports`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListReports {}

runtime::builder! {
    ListReports() {}
}

/// The documented responses of [`ListReports`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListReportsResponse {
    /// 204: Reports were listed.
    NoContent,
}

impl runtime::Outcome for ListReportsResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ListReportsResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for ListReports {
    type Response = ListReportsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/reports";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/reports";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(ListReportsResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
