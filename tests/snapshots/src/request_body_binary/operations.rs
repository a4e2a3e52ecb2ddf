// @generated from fixtures/request_body_binary.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Upload a release asset
///
/// `POST /releases/{release_id}/assets`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadReleaseAsset {
    /// path parameter `release_id`
    pub release_id: i64,
    /// query parameter `name`
    pub name: String,
    /// The request body. Sent as `application/octet-stream` bytes, as they are.
    pub body: Option<Vec<u8>>,
}

runtime::builder! {
    UploadReleaseAsset(release_id: i64, name: impl Into<String>) {
        body: impl Into<Vec<u8>>,
    }
}

runtime::responses! {
    UploadReleaseAsset: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum UploadReleaseAssetResponse {
        /// 201: Uploaded.
        201 => Created: Ok(()),
    }
}

impl runtime::Operation for UploadReleaseAsset {
    type Response = UploadReleaseAssetResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/releases/{release_id}/assets";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/releases/");
        path.parameter("release_id", &self.release_id, runtime::SIMPLE)?;
        path.literal("/assets");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.parameter("name", &self.name, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let body = self
            .body
            .as_ref()
            .map(|body| runtime::Body::bytes(
                body,
                http::HeaderValue::from_static("application/octet-stream"),
            ));
        runtime::request(Self::METHOD, base_url, &path, &query, body)
    }
}

/// An image of one type
///
/// `PUT /avatar`
#[derive(Debug, Clone, PartialEq)]
pub struct SetAvatar {
    /// The request body. Sent as `image/png` bytes, as they are.
    pub body: Vec<u8>,
}

runtime::builder! {
    SetAvatar(body: impl Into<Vec<u8>>) {}
}

runtime::responses! {
    SetAvatar: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum SetAvatarResponse {
        /// 204: Set.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for SetAvatar {
    type Response = SetAvatarResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/avatar";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/avatar";
        let body = Some(
            runtime::Body::bytes(&self.body, http::HeaderValue::from_static("image/png")),
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}

/// Any file
///
/// `POST /blobs`
#[derive(Debug, Clone, PartialEq)]
pub struct StoreBlob {
    /// The request body. Sent as the file's own media type (`*/*` is documented), else `application/octet-stream`.
    pub body: runtime::File,
}

runtime::builder! {
    StoreBlob(body: impl Into<runtime::File>) {}
}

runtime::responses! {
    StoreBlob: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum StoreBlobResponse {
        /// 204: Stored.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for StoreBlob {
    type Response = StoreBlobResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/blobs";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/blobs";
        let body = Some(runtime::Body::file(&self.body)?);
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}

/// A range with an object schema
///
/// `POST /reports/usage`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestUsageReport {
    /// The request body. Sent as `application/json`.
    pub body: RequestUsageReportBody,
}

runtime::builder! {
    RequestUsageReport(body: impl Into<RequestUsageReportBody>) {}
}

runtime::responses! {
    RequestUsageReport: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum RequestUsageReportResponse {
        /// 204: Requested.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for RequestUsageReport {
    type Response = RequestUsageReportResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/reports/usage";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/reports/usage";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}
