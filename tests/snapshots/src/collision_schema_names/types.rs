// @generated from fixtures/collision_schema_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The profile as the v1 API returns it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct UserProfileObject {
    /// Full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::decode! { UserProfileObject { name } }

/// The profile as the v2 API returns it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct UserProfile {
    /// Name shown to others.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

runtime::decode! { UserProfile { display_name } }

/// A profile's public handle.
pub type UserProfileString = String;

/// Refers to each of the three, to show which name each got.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Holder {
    /// The profile as the v1 API returns it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub v1: Option<UserProfileObject>,
    /// The profile as the v2 API returns it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub v2: Option<UserProfile>,
    /// A profile's public handle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handle: Option<UserProfileString>,
}

runtime::decode! { Holder { v1, v2, handle } }
