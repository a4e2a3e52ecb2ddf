// @generated from specs/symphony/openapi.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `SuccessResponse` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SuccessResponse {
    pub format: Option<SuccessResponseFormat>,
    pub message: Option<String>,
}

runtime::decode! { SuccessResponse { format, message } }

runtime::string_enum! {
    /// The `format` member of `SuccessResponse`.
    pub enum SuccessResponseFormat {
        Text = "TEXT",
        Xml = "XML",
        ..Unknown
    }
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Error {
    pub code: Option<i32>,
    pub message: Option<String>,
}

runtime::decode! { Error { code, message } }

/// Removes a connection with a user.
///
/// `POST /v1/connection/user/{uid}/remove`
#[derive(Clone, PartialEq)]
pub struct PostV1ConnectionUserByUidRemove {
    /// Session authentication token. (header parameter `sessionToken`; secret: redacted in `Debug` output)
    pub session_token: String,
    /// User ID as a decimal integer (path parameter `uid`)
    pub uid: i64,
}

runtime::redacted_debug! { PostV1ConnectionUserByUidRemove { session_token: redacted, uid } }

runtime::builder! {
    PostV1ConnectionUserByUidRemove(uid: i64, session_token: impl Into<String>) {}
}

runtime::responses! {
    PostV1ConnectionUserByUidRemove: Result<SuccessResponse, enum PostV1ConnectionUserByUidRemoveError>,
    #[derive(Clone, PartialEq)]
    pub enum PostV1ConnectionUserByUidRemoveResponse {
        /// 200: OK
        200 => Ok(SuccessResponse = json): Ok(body),
        /// 400: Client error, see response body for further details.
        400 => BadRequest(Error = json): Err,
        /// 401: Unauthorized: Invalid session token.
        401 => Unauthorized(Error = json): Err,
        /// 403: Forbidden: Caller lacks necessary entitlement.
        403 => Forbidden(Error = json): Err,
        /// 404: Not Found: Connection cannot be found.
        404 => NotFound(Error = json): Err,
        /// 500: Server error, see response body for further details.
        500 => InternalServerError(Error = json): Err,
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
}
