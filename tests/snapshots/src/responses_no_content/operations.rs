// @generated from fixtures/responses_no_content.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// End the current session
///
/// `DELETE /sessions/current`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Logout {}

runtime::builder! {
    Logout() {}
}

/// The documented responses of [`Logout`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LogoutResponse {
    /// 204: The session ended.
    NoContent,
    /// 401: There was no session.
    Unauthorized,
    /// 404
    NotFound,
}

/// The documented error responses of [`Logout`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LogoutError {
    /// 401: There was no session.
    Unauthorized,
    /// 404
    NotFound,
}

impl runtime::Outcome for LogoutResponse {
    type Success = ();

    type Error = LogoutError;

    fn into_result(self) -> Result<(), LogoutError> {
        match self {
            LogoutResponse::NoContent => Ok(()),
            LogoutResponse::Unauthorized => Err(LogoutError::Unauthorized),
            LogoutResponse::NotFound => Err(LogoutError::NotFound),
        }
    }
}

impl runtime::Operation for Logout {
    type Response = LogoutResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/sessions/current";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/sessions/current";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(LogoutResponse::NoContent),
            401 => Ok(LogoutResponse::Unauthorized),
            404 => Ok(LogoutResponse::NotFound),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
