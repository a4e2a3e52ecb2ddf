// @generated from fixtures/request_body_vendor_json.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A vendor JSON media type
///
/// `POST /repos`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRepo {
    /// The request body.
    ///
    /// Sent as `application/vnd.github+json`.
    pub body: CreateRepoBody,
}

runtime::builder! {
    CreateRepo(body: impl Into<CreateRepoBody>) {}
}

/// The documented responses of [`CreateRepo`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateRepoResponse {
    /// 201: Created.
    Created,
}

impl runtime::Outcome for CreateRepoResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            CreateRepoResponse::Created => Ok(()),
        }
    }
}

impl runtime::Operation for CreateRepo {
    type Response = CreateRepoResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/repos";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/repos";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/vnd.github+json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            201 => Ok(CreateRepoResponse::Created),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// JSON Merge Patch
///
/// `PATCH /repos`
#[derive(Debug, Clone, PartialEq)]
pub struct PatchRepo {
    /// The request body.
    ///
    /// Sent as `application/merge-patch+json`.
    pub body: serde_json::Map<String, serde_json::Value>,
}

runtime::builder! {
    PatchRepo(body: impl Into<serde_json::Map<String, serde_json::Value>>) {}
}

/// The documented responses of [`PatchRepo`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PatchRepoResponse {
    /// 204: Patched.
    NoContent,
}

impl runtime::Outcome for PatchRepoResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            PatchRepoResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for PatchRepo {
    type Response = PatchRepoResponse;

    const METHOD: &'static str = "PATCH";

    const PATH: &'static str = "/repos";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/repos";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/merge-patch+json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(PatchRepoResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Form, multipart and JSON offered; JSON is sent
///
/// `POST /repos/import`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRepo {
    /// The request body.
    ///
    /// Sent as `application/json; charset=utf-8`.
    pub body: Import,
}

runtime::builder! {
    ImportRepo(body: impl Into<Import>) {}
}

/// The documented responses of [`ImportRepo`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ImportRepoResponse {
    /// 202: Accepted.
    Accepted,
}

impl runtime::Outcome for ImportRepoResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ImportRepoResponse::Accepted => Ok(()),
        }
    }
}

impl runtime::Operation for ImportRepo {
    type Response = ImportRepoResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/repos/import";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/repos/import";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json; charset=utf-8"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            202 => Ok(ImportRepoResponse::Accepted),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
