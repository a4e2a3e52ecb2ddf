// @generated from fixtures/responses_no_content.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// End the current session
///
/// `DELETE /sessions/current`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Logout {}

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

impl crate::runtime::Operation for Logout {
    type Response = LogoutResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/sessions/current";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/sessions/current";
        crate::runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => LogoutResponse::NoContent,
                401 => LogoutResponse::Unauthorized,
                404 => LogoutResponse::NotFound,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
