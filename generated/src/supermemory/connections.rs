// @generated from specs/supermemory/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Connection deleted successfully
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct DeleteConnectionByIdOkBody {
    pub id: String,
    pub provider: String,
}

runtime::decode! { DeleteConnectionByIdOkBody { id, provider } }

/// Delete connection by ID
///
/// `DELETE /v3/connections/{connectionId}`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteConnectionById {
    /// path parameter `connectionId`
    pub connection_id: String,
}

runtime::builder! {
    DeleteConnectionById(connection_id: impl Into<String>) {}
}

runtime::responses! {
    DeleteConnectionById: Result<DeleteConnectionByIdOkBody, enum DeleteConnectionByIdError>,
    #[derive(Clone, PartialEq)]
    pub enum DeleteConnectionByIdResponse {
        /// 200: Connection deleted successfully
        200 => Ok(DeleteConnectionByIdOkBody = json): Ok(body),
        /// 401: Unauthorized
        401 => Unauthorized: Err,
        /// 404: Not Found
        404 => NotFound: Err,
        /// 500: Internal Server Error
        500 => InternalServerError: Err,
    }
}

impl runtime::Operation for DeleteConnectionById {
    type Response = DeleteConnectionByIdResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/v3/connections/{connectionId}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v3/connections/");
        path.parameter("connectionId", &self.connection_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
