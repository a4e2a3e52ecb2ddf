// @generated from fixtures/long_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /things` (operationId `listThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOn`)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListThingsWithAnOperationIdThatGoesOnAndOnlist {}

runtime::builder! {
    ListThingsWithAnOperationIdThatGoesOnAndOnlist() {}
}

runtime::responses! {
    ListThingsWithAnOperationIdThatGoesOnAndOnlist: Result<VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListThingsWithAnOperationIdThatGoesOnAndOnlistResponse {
        /// 200: The thing.
        200 => Ok(VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019 = json): Ok(body),
    }
}

impl runtime::Operation for ListThingsWithAnOperationIdThatGoesOnAndOnlist {
    type Response = ListThingsWithAnOperationIdThatGoesOnAndOnlistResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/things";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/things";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
