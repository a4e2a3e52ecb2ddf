// @generated from fixtures/long_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /things` (operationId `listThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOnlistThingsWithAnOperationIdThatGoesOnAndOn`)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListThingsWithAnOperationIdThatGoesOnAndOnlist {}

runtime::builder! {
    ListThingsWithAnOperationIdThatGoesOnAndOnlist() {}
}

/// The documented responses of [`ListThingsWithAnOperationIdThatGoesOnAndOnlist`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListThingsWithAnOperationIdThatGoesOnAndOnlistResponse {
    /// 200: The thing.
    Ok(
        VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019,
    ),
}

impl runtime::Outcome for ListThingsWithAnOperationIdThatGoesOnAndOnlistResponse {
    type Success = VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019;

    type Error = std::convert::Infallible;

    fn into_result(
        self,
    ) -> Result<
        VeryLongDeploymentStatusPerformedViaGithubAppDeploymentStatusPerformedViaGithubAppDeployment7f8c3019,
        std::convert::Infallible,
    > {
        match self {
            ListThingsWithAnOperationIdThatGoesOnAndOnlistResponse::Ok(body) => Ok(body),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(
                    ListThingsWithAnOperationIdThatGoesOnAndOnlistResponse::Ok(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
