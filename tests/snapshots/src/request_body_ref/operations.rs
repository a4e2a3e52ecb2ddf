// @generated from fixtures/request_body_ref.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Register an endpoint
///
/// `POST /endpoints`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEndpoint {
    /// The endpoint to register. Sent as `application/json`.
    pub body: EndpointInput,
}

runtime::builder! {
    CreateEndpoint(body: impl Into<EndpointInput>) {}
}

runtime::responses! {
    CreateEndpoint: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateEndpointResponse {
        /// 204: The endpoint was registered.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for CreateEndpoint {
    type Response = CreateEndpointResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/endpoints";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/endpoints";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}

/// Replace an endpoint
///
/// `PUT /endpoints/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceEndpoint {
    /// path parameter `id`
    pub id: String,
    /// The endpoint's new settings. Sent as `application/json`.
    pub body: EndpointInput,
}

runtime::builder! {
    ReplaceEndpoint(id: impl Into<String>, body: impl Into<EndpointInput>) {}
}

runtime::responses! {
    ReplaceEndpoint: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ReplaceEndpointResponse {
        /// 204: The endpoint was replaced.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ReplaceEndpoint {
    type Response = ReplaceEndpointResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/endpoints/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/endpoints/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, &path, "", body)
    }
}
