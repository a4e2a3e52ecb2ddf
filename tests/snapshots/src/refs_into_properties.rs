// @generated from fixtures/refs_into_properties.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Volumes 1.0.0
//!
//! Generated from `fixtures/refs_into_properties.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
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
            .field("passphrase", &crate::runtime::Redacted)
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub next: Option<Option<String>>,
}

/// `GET /volumes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVolumes {}

crate::runtime::builder! {
    ListVolumes() {}
}

/// The documented responses of [`ListVolumes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListVolumesResponse {
    /// 200: One page of volumes.
    Ok(ListVolumesOkBody),
}

impl crate::runtime::Outcome for ListVolumesResponse {
    type Success = ListVolumesOkBody;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<ListVolumesOkBody, std::convert::Infallible> {
        match self {
            ListVolumesResponse::Ok(body) => Ok(body),
        }
    }
}

impl crate::runtime::Operation for ListVolumes {
    type Response = ListVolumesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/volumes";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/volumes";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => ListVolumesResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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
            .field("x_passphrase", &crate::runtime::Redacted)
            .finish()
    }
}

crate::runtime::builder! {
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

impl crate::runtime::Outcome for ListVolumeTagsResponse {
    type Success = Vec<VolumeTagsItem>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<VolumeTagsItem>, std::convert::Infallible> {
        match self {
            ListVolumeTagsResponse::Ok(body) => Ok(body),
        }
    }
}

impl crate::runtime::Operation for ListVolumeTags {
    type Response = ListVolumeTagsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/volumes/{volumeId}/tags";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/volumes/");
        path.parameter(
            "volumeId",
            &self.volume_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/tags");
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        if let Some(value) = &self.x_passphrase {
            headers
                .insert(
                    http::HeaderName::from_static("x-passphrase"),
                    crate::runtime::secret_header_parameter(
                        "X-Passphrase",
                        value,
                        crate::runtime::Style::Simple.explode(false),
                    )?,
                );
        }
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => {
                    ListVolumeTagsResponse::Ok(crate::runtime::json_body(parts, body)?)
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
