// @generated from fixtures/refs_into_properties.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Volumes 1.0.0
//!
//! Generated from `fixtures/refs_into_properties.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// The paging fields of every list.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaginationEnvelope {
    /// The current page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<PaginationEnvelopePage>,
    /// How many pages there are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<PaginationEnvelopePages>,
    /// The next page's cursor; null on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub next: Option<Option<String>>,
}

/// A block storage volume.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Volume {
    /// The volume's identifier.
    pub id: VolumeId,
    /// Unlocks an encrypted volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passphrase: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<VolumeTagsItem>>,
}

impl std::fmt::Debug for Volume {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Volume")
            .field("id", &self.id)
            .field("passphrase", &runtime::Redacted)
            .field("tags", &self.tags)
            .finish()
    }
}

/// The current page.
pub type PaginationEnvelopePage = i64;

/// How many pages there are.
pub type PaginationEnvelopePages = i64;

/// The volume's identifier.
pub type VolumeId = i64;

/// A label on a volume.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VolumeTagsItem {
    /// The label.
    pub name: String,
}

/// One page of volumes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ListVolumesOkBody {
    pub data: Vec<Volume>,
    /// The current page.
    pub page: PaginationEnvelopePage,
    /// How many pages there are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<PaginationEnvelopePages>,
    /// The next page's cursor; null on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub next: Option<Option<String>>,
}

/// `GET /volumes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVolumes {}

runtime::builder! {
    ListVolumes() {}
}

/// The documented responses of [`ListVolumes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListVolumesResponse {
    /// 200: One page of volumes.
    Ok(ListVolumesOkBody),
}

impl runtime::Outcome for ListVolumesResponse {
    type Success = ListVolumesOkBody;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<ListVolumesOkBody, std::convert::Infallible> {
        match self {
            ListVolumesResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for ListVolumes {
    type Response = ListVolumesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/volumes";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/volumes";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListVolumesResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /volumes/{volumeId}/tags`
#[derive(Clone, PartialEq)]
pub struct ListVolumeTags {
    /// The volume's identifier.
    ///
    /// path parameter `volumeId`
    pub volume_id: VolumeId,
    /// Unlocks an encrypted volume.
    ///
    /// header parameter `X-Passphrase` (secret: redacted in `Debug` output)
    pub x_passphrase: Option<String>,
}

impl std::fmt::Debug for ListVolumeTags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListVolumeTags")
            .field("volume_id", &self.volume_id)
            .field("x_passphrase", &runtime::Redacted)
            .finish()
    }
}

runtime::builder! {
    ListVolumeTags(volume_id: VolumeId) {
        x_passphrase: impl Into<String>,
    }
}

/// The documented responses of [`ListVolumeTags`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListVolumeTagsResponse {
    /// 200: The volume's tags.
    Ok(Vec<VolumeTagsItem>),
}

impl runtime::Outcome for ListVolumeTagsResponse {
    type Success = Vec<VolumeTagsItem>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<VolumeTagsItem>, std::convert::Infallible> {
        match self {
            ListVolumeTagsResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for ListVolumeTags {
    type Response = ListVolumeTagsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/volumes/{volumeId}/tags";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/volumes/");
        path.parameter("volumeId", &self.volume_id, runtime::SIMPLE)?;
        path.literal("/tags");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        let headers = request.headers_mut();
        if let Some(value) = &self.x_passphrase {
            headers
                .insert(
                    http::HeaderName::from_static("x-passphrase"),
                    runtime::secret_header_parameter(
                        "X-Passphrase",
                        value,
                        runtime::SIMPLE,
                    )?,
                );
        }
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListVolumeTagsResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
