// @generated from fixtures/request_body_optional.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// What to build.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct BuildOptions {
    /// The branch to build.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
}

runtime::decode! { BuildOptions { branch } }

runtime::builder! {
    BuildOptions() {
        branch: impl Into<String>,
    }
}
