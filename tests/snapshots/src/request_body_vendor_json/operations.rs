// @generated from fixtures/request_body_vendor_json.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A vendor JSON media type
///
/// `POST /repos`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRepo {
    /// The request body. Sent as `application/vnd.github+json`.
    pub body: CreateRepoBody,
}

runtime::builder! {
    CreateRepo(body: impl Into<CreateRepoBody>) {}
}

runtime::responses! {
    CreateRepo: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateRepoResponse {
        /// 201: Created.
        201 => Created: Ok(()),
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
}

/// JSON Merge Patch
///
/// `PATCH /repos`
#[derive(Debug, Clone, PartialEq)]
pub struct PatchRepo {
    /// The request body. Sent as `application/merge-patch+json`.
    pub body: serde_json::Map<String, serde_json::Value>,
}

runtime::builder! {
    PatchRepo(body: impl Into<serde_json::Map<String, serde_json::Value>>) {}
}

runtime::responses! {
    PatchRepo: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum PatchRepoResponse {
        /// 204: Patched.
        204 => NoContent: Ok(()),
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
}

/// Form, multipart and JSON offered; JSON is sent
///
/// `POST /repos/import`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRepo {
    /// The request body. Sent as `application/json; charset=utf-8`.
    pub body: Import,
}

runtime::builder! {
    ImportRepo(body: impl Into<Import>) {}
}

runtime::responses! {
    ImportRepo: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ImportRepoResponse {
        /// 202: Accepted.
        202 => Accepted: Ok(()),
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
}
