// @generated from fixtures/responses_no_content.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Sessions 1.0.0
//!
//! Generated from `fixtures/responses_no_content.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// End the current session
///
/// `DELETE /sessions/current`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Logout {}

crate::runtime::builder! {
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

impl crate::runtime::Outcome for LogoutResponse {
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
