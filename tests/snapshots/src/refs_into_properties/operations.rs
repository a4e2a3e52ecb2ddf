// @generated from fixtures/refs_into_properties.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /volumes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVolumes {}

/// The documented responses of [`ListVolumes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListVolumesResponse {
    /// 200: One page of volumes.
    Ok(ListVolumesOkBody),
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

/// The documented responses of [`ListVolumeTags`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListVolumeTagsResponse {
    /// 200: The volume's tags.
    Ok(Vec<VolumeTagsItem>),
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
