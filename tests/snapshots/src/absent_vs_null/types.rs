// @generated from fixtures/absent_vs_null.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Changes to a profile.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ProfileUpdate {
    /// The new display name; cannot be cleared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The new nickname, or `null` to remove it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub nickname: Option<Option<String>>,
    /// Age in years, or `null` to forget it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub age: Option<Option<i32>>,
}

runtime::decode! { ProfileUpdate { display_name, nickname: nullable, age: nullable } }

runtime::builder! {
    ProfileUpdate() {
        display_name: impl Into<String>,
        nickname: impl Into<Option<String>>,
        age: impl Into<Option<i32>>,
    }
}
