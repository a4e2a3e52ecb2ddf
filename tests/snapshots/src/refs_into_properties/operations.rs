// @generated from fixtures/refs_into_properties.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /volumes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVolumes {}

runtime::builder! {
    ListVolumes() {}
}

runtime::responses! {
    ListVolumes: Result<ListVolumesOkBody, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListVolumesResponse {
        /// 200: One page of volumes.
        200 => Ok(ListVolumesOkBody = json): Ok(body),
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
}

/// `GET /volumes/{volumeId}/tags`
#[derive(Clone, PartialEq)]
pub struct ListVolumeTags {
    /// The volume's identifier. (path parameter `volumeId`)
    pub volume_id: VolumeId,
    /// Unlocks an encrypted volume. (header parameter `X-Passphrase`; secret: redacted in `Debug` output)
    pub x_passphrase: Option<String>,
}

runtime::redacted_debug! { ListVolumeTags { volume_id, x_passphrase: redacted } }

runtime::builder! {
    ListVolumeTags(volume_id: VolumeId) {
        x_passphrase: impl Into<String>,
    }
}

runtime::responses! {
    ListVolumeTags: Result<Vec<VolumeTagsItem>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListVolumeTagsResponse {
        /// 200: The volume's tags.
        200 => Ok(Vec<VolumeTagsItem> = json): Ok(body),
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
}
