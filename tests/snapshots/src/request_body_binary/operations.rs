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
    /// The request body.
    ///
    /// Sent as `application/octet-stream` bytes, as they are.
    pub body: Option<Vec<u8>>,
}

/// The documented responses of [`UploadReleaseAsset`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UploadReleaseAssetResponse {
    /// 201: Uploaded.
    Created,
}

impl crate::runtime::Operation for UploadReleaseAsset {
    type Response = UploadReleaseAssetResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/releases/{release_id}/assets";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/releases/");
        path.parameter(
            "release_id",
            &self.release_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/assets");
        let path = path.finish();
        let mut query = crate::runtime::QueryBuilder::new();
        query.parameter("name", &self.name, crate::runtime::Style::Form.explode(true))?;
        let body = self
            .body
            .as_ref()
            .map(|body| crate::runtime::Body::bytes(
                body,
                http::HeaderValue::from_static("application/octet-stream"),
            ));
        crate::runtime::request(Self::METHOD, base_url, &path, &query.finish(), body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                201 => UploadReleaseAssetResponse::Created,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// An image of one type
///
/// `PUT /avatar`
#[derive(Debug, Clone, PartialEq)]
pub struct SetAvatar {
    /// The request body.
    ///
    /// Sent as `image/png` bytes, as they are.
    pub body: Vec<u8>,
}

/// The documented responses of [`SetAvatar`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SetAvatarResponse {
    /// 204: Set.
    NoContent,
}

impl crate::runtime::Operation for SetAvatar {
    type Response = SetAvatarResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/avatar";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/avatar";
        let body = Some(
            crate::runtime::Body::bytes(
                &self.body,
                http::HeaderValue::from_static("image/png"),
            ),
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => SetAvatarResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// Any file
///
/// `POST /blobs`
#[derive(Debug, Clone, PartialEq)]
pub struct StoreBlob {
    /// The request body.
    ///
    /// Sent as the file's own media type (`*/*` is documented), else `application/octet-stream`.
    pub body: crate::runtime::File,
}

/// The documented responses of [`StoreBlob`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum StoreBlobResponse {
    /// 204: Stored.
    NoContent,
}

impl crate::runtime::Operation for StoreBlob {
    type Response = StoreBlobResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/blobs";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/blobs";
        let body = Some(crate::runtime::Body::file(&self.body)?);
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => StoreBlobResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// A range with an object schema
///
/// `POST /reports/usage`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestUsageReport {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: RequestUsageReportBody,
}

/// The documented responses of [`RequestUsageReport`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RequestUsageReportResponse {
    /// 204: Requested.
    NoContent,
}

impl crate::runtime::Operation for RequestUsageReport {
    type Response = RequestUsageReportResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/reports/usage";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/reports/usage";
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => RequestUsageReportResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
