// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /health`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Health {}

runtime::builder! {
    Health() {}
}

runtime::responses! {
    Health: Result<Status, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum HealthResponse {
        /// 200: The service is up.
        200 => Ok(Status = json): Ok(body),
    }
}

impl runtime::Operation for Health {
    type Response = HealthResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/health";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/health";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
