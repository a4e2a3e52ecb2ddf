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
    /// The request body. Sent as `application/json`.
    pub body: ProfileUpdate,
}

runtime::builder! {
    UpdateProfile(body: impl Into<ProfileUpdate>) {}
}

runtime::responses! {
    UpdateProfile: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum UpdateProfileResponse {
        /// 204: The profile was updated.
        204 => NoContent: Ok(()),
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
}
