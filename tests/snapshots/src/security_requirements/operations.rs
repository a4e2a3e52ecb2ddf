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

runtime::responses! {
    ListNotes: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListNotesResponse {
        /// 204: Notes were listed.
        204 => NoContent: Ok(()),
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
}

/// Export notes (an API key instead)
///
/// `GET /notes/export`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportNotes {}

runtime::builder! {
    ExportNotes() {}
}

runtime::responses! {
    ExportNotes: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ExportNotesResponse {
        /// 204: The export started.
        204 => NoContent: Ok(()),
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
}

/// Health check (no authentication)
///
/// `GET /health`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Health {}

runtime::builder! {
    Health() {}
}

runtime::responses! {
    Health: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum HealthResponse {
        /// 204: The service is up.
        204 => NoContent: Ok(()),
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
}

/// List public notes (authentication optional)
///
/// `GET /notes/public`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPublicNotes {}

runtime::builder! {
    ListPublicNotes() {}
}

runtime::responses! {
    ListPublicNotes: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListPublicNotesResponse {
        /// 204: Notes were listed.
        204 => NoContent: Ok(()),
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
}

/// Purge all notes (token and API key together)
///
/// `DELETE /notes/admin`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PurgeNotes {}

runtime::builder! {
    PurgeNotes() {}
}

runtime::responses! {
    PurgeNotes: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum PurgeNotesResponse {
        /// 204: Notes were purged.
        204 => NoContent: Ok(()),
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
}

/// An operation whose only scheme is not defined
///
/// `GET /notes/legacy`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegacyNotes {}

runtime::builder! {
    LegacyNotes() {}
}

runtime::responses! {
    LegacyNotes: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum LegacyNotesResponse {
        /// 204: Notes were listed.
        204 => NoContent: Ok(()),
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
}
