// @generated from specs/supermemory/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

//! supermemory API v3
//!
//! Memory API for the AI era. Transcribed from the vendor's documentation page.
//!
//! Generated from `specs/supermemory/openapi.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.supermemory.ai";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.supermemory.ai"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `bearerAuth`: a bearer token in `Authorization`.
    ///
    /// Bearer authentication header of the form `Bearer <token>`, where `<token>` is your auth token.
    pub const BEARER_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "bearerAuth",
        kind: crate::runtime::SchemeKind::Bearer,
    };
}

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
