// @generated from fixtures/absent_vs_null.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Profile settings 1.0.0
//!
//! Generated from `fixtures/absent_vs_null.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Changes to a profile.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProfileUpdate {
    /// The new display name; cannot be cleared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The new nickname, or `null` to remove it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub nickname: Option<Option<String>>,
    /// Age in years, or `null` to forget it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub age: Option<Option<i32>>,
}

runtime::builder! {
    ProfileUpdate() {
        display_name: impl Into<String>,
        nickname: impl Into<Option<String>>,
        age: impl Into<Option<i32>>,
    }
}

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
