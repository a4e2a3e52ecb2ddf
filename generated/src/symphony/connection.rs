// @generated from specs/symphony/openapi.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `SuccessResponse` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SuccessResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<SuccessResponseFormat>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

runtime::string_enum! {
    /// The `format` member of `SuccessResponse`.
    pub enum SuccessResponseFormat {
        Text = "TEXT",
        Xml = "XML",
        ..Unknown
    }
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Error {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Removes a connection with a user.
///
/// `POST /v1/connection/user/{uid}/remove`
#[derive(Clone, PartialEq)]
pub struct PostV1ConnectionUserByUidRemove {
    /// Session authentication token.
    ///
    /// header parameter `sessionToken` (secret: redacted in `Debug` output)
    pub session_token: String,
    /// User ID as a decimal integer
    ///
    /// path parameter `uid`
    pub uid: i64,
}

impl std::fmt::Debug for PostV1ConnectionUserByUidRemove {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostV1ConnectionUserByUidRemove")
            .field("session_token", &runtime::Redacted)
            .field("uid", &self.uid)
            .finish()
    }
}

runtime::builder! {
    PostV1ConnectionUserByUidRemove(uid: i64, session_token: impl Into<String>) {}
}

/// The documented responses of [`PostV1ConnectionUserByUidRemove`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostV1ConnectionUserByUidRemoveResponse {
    /// 200: OK
    Ok(SuccessResponse),
    /// 400: Client error, see response body for further details.
    BadRequest(Error),
    /// 401: Unauthorized: Invalid session token.
    Unauthorized(Error),
    /// 403: Forbidden: Caller lacks necessary entitlement.
    Forbidden(Error),
    /// 404: Not Found: Connection cannot be found.
    NotFound(Error),
    /// 500: Server error, see response body for further details.
    InternalServerError(Error),
}

/// The documented error responses of [`PostV1ConnectionUserByUidRemove`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostV1ConnectionUserByUidRemoveError {
    /// 400: Client error, see response body for further details.
    BadRequest(Error),
    /// 401: Unauthorized: Invalid session token.
    Unauthorized(Error),
    /// 403: Forbidden: Caller lacks necessary entitlement.
    Forbidden(Error),
    /// 404: Not Found: Connection cannot be found.
    NotFound(Error),
    /// 500: Server error, see response body for further details.
    InternalServerError(Error),
}

impl runtime::Outcome for PostV1ConnectionUserByUidRemoveResponse {
    type Success = SuccessResponse;

    type Error = PostV1ConnectionUserByUidRemoveError;

    fn into_result(
        self,
    ) -> Result<SuccessResponse, PostV1ConnectionUserByUidRemoveError> {
        match self {
            PostV1ConnectionUserByUidRemoveResponse::Ok(body) => Ok(body),
            PostV1ConnectionUserByUidRemoveResponse::BadRequest(body) => {
                Err(PostV1ConnectionUserByUidRemoveError::BadRequest(body))
            }
            PostV1ConnectionUserByUidRemoveResponse::Unauthorized(body) => {
                Err(PostV1ConnectionUserByUidRemoveError::Unauthorized(body))
            }
            PostV1ConnectionUserByUidRemoveResponse::Forbidden(body) => {
                Err(PostV1ConnectionUserByUidRemoveError::Forbidden(body))
            }
            PostV1ConnectionUserByUidRemoveResponse::NotFound(body) => {
                Err(PostV1ConnectionUserByUidRemoveError::NotFound(body))
            }
            PostV1ConnectionUserByUidRemoveResponse::InternalServerError(body) => {
                Err(PostV1ConnectionUserByUidRemoveError::InternalServerError(body))
            }
        }
    }
}

impl runtime::Operation for PostV1ConnectionUserByUidRemove {
    type Response = PostV1ConnectionUserByUidRemoveResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/connection/user/{uid}/remove";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/connection/user/");
        path.parameter("uid", &self.uid, runtime::SIMPLE)?;
        path.literal("/remove");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        let headers = request.headers_mut();
        headers
            .insert(
                http::HeaderName::from_static("sessiontoken"),
                runtime::secret_header_parameter(
                    "sessionToken",
                    &self.session_token,
                    runtime::SIMPLE,
                )?,
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(
                    PostV1ConnectionUserByUidRemoveResponse::Ok(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            400 => {
                Ok(
                    PostV1ConnectionUserByUidRemoveResponse::BadRequest(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            401 => {
                Ok(
                    PostV1ConnectionUserByUidRemoveResponse::Unauthorized(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            403 => {
                Ok(
                    PostV1ConnectionUserByUidRemoveResponse::Forbidden(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            404 => {
                Ok(
                    PostV1ConnectionUserByUidRemoveResponse::NotFound(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            500 => {
                Ok(
                    PostV1ConnectionUserByUidRemoveResponse::InternalServerError(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
