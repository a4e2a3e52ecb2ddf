// @generated from specs/supermemory/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Connection deleted successfully
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct DeleteConnectionByIdOkBody {
    pub id: String,
    pub provider: String,
}

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

/// The documented responses of [`DeleteConnectionById`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteConnectionByIdResponse {
    /// 200: Connection deleted successfully
    Ok(DeleteConnectionByIdOkBody),
    /// 401: Unauthorized
    Unauthorized,
    /// 404: Not Found
    NotFound,
    /// 500: Internal Server Error
    InternalServerError,
}

/// The documented error responses of [`DeleteConnectionById`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteConnectionByIdError {
    /// 401: Unauthorized
    Unauthorized,
    /// 404: Not Found
    NotFound,
    /// 500: Internal Server Error
    InternalServerError,
}

impl runtime::Outcome for DeleteConnectionByIdResponse {
    type Success = DeleteConnectionByIdOkBody;

    type Error = DeleteConnectionByIdError;

    fn into_result(
        self,
    ) -> Result<DeleteConnectionByIdOkBody, DeleteConnectionByIdError> {
        match self {
            DeleteConnectionByIdResponse::Ok(body) => Ok(body),
            DeleteConnectionByIdResponse::Unauthorized => {
                Err(DeleteConnectionByIdError::Unauthorized)
            }
            DeleteConnectionByIdResponse::NotFound => {
                Err(DeleteConnectionByIdError::NotFound)
            }
            DeleteConnectionByIdResponse::InternalServerError => {
                Err(DeleteConnectionByIdError::InternalServerError)
            }
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(DeleteConnectionByIdResponse::Ok(runtime::json_body(parts, body)?)),
            401 => Ok(DeleteConnectionByIdResponse::Unauthorized),
            404 => Ok(DeleteConnectionByIdResponse::NotFound),
            500 => Ok(DeleteConnectionByIdResponse::InternalServerError),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
