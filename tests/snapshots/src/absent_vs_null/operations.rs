// @generated from fixtures/absent_vs_null.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Update the profile
///
/// Members left out are unchanged; a member set to `null` is cleared.
///
/// `PATCH /profile`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateProfile {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: ProfileUpdate,
}

runtime::builder! {
    UpdateProfile(body: impl Into<ProfileUpdate>) {}
}

/// The documented responses of [`UpdateProfile`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateProfileResponse {
    /// 204: The profile was updated.
    NoContent,
}

impl runtime::Outcome for UpdateProfileResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            UpdateProfileResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for UpdateProfile {
    type Response = UpdateProfileResponse;

    const METHOD: &'static str = "PATCH";

    const PATH: &'static str = "/profile";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/profile";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(UpdateProfileResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
