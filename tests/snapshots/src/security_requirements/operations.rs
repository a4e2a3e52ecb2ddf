// @generated from fixtures/security_requirements.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List notes (document-level security)
///
/// `GET /notes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListNotes {}

runtime::builder! {
    ListNotes() {}
}

/// The documented responses of [`ListNotes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListNotesResponse {
    /// 204: Notes were listed.
    NoContent,
}

impl runtime::Outcome for ListNotesResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ListNotesResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for ListNotes {
    type Response = ListNotesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/notes";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/notes";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(ListNotesResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Export notes (an API key instead)
///
/// `GET /notes/export`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportNotes {}

runtime::builder! {
    ExportNotes() {}
}

/// The documented responses of [`ExportNotes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ExportNotesResponse {
    /// 204: The export started.
    NoContent,
}

impl runtime::Outcome for ExportNotesResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ExportNotesResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for ExportNotes {
    type Response = ExportNotesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/notes/export";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/notes/export";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(ExportNotesResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Health check (no authentication)
///
/// `GET /health`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Health {}

runtime::builder! {
    Health() {}
}

/// The documented responses of [`Health`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum HealthResponse {
    /// 204: The service is up.
    NoContent,
}

impl runtime::Outcome for HealthResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            HealthResponse::NoContent => Ok(()),
        }
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
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(HealthResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// List public notes (authentication optional)
///
/// `GET /notes/public`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPublicNotes {}

runtime::builder! {
    ListPublicNotes() {}
}

/// The documented responses of [`ListPublicNotes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListPublicNotesResponse {
    /// 204: Notes were listed.
    NoContent,
}

impl runtime::Outcome for ListPublicNotesResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ListPublicNotesResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for ListPublicNotes {
    type Response = ListPublicNotesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/notes/public";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/notes/public";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(ListPublicNotesResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Purge all notes (token and API key together)
///
/// `DELETE /notes/admin`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PurgeNotes {}

runtime::builder! {
    PurgeNotes() {}
}

/// The documented responses of [`PurgeNotes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PurgeNotesResponse {
    /// 204: Notes were purged.
    NoContent,
}

impl runtime::Outcome for PurgeNotesResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            PurgeNotesResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for PurgeNotes {
    type Response = PurgeNotesResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/notes/admin";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER_AUTH, security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/notes/admin";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(PurgeNotesResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// An operation whose only scheme is not defined
///
/// `GET /notes/legacy`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegacyNotes {}

runtime::builder! {
    LegacyNotes() {}
}

/// The documented responses of [`LegacyNotes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LegacyNotesResponse {
    /// 204: Notes were listed.
    NoContent,
}

impl runtime::Outcome for LegacyNotesResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            LegacyNotesResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for LegacyNotes {
    type Response = LegacyNotesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/notes/legacy";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/notes/legacy";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(LegacyNotesResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
