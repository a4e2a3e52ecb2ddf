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

runtime::responses! {
    ListReports: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListReportsResponse {
        /// 204: Reports were listed.
        204 => NoContent: Ok(()),
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
}
