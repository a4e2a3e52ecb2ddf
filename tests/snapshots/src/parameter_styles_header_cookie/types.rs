// @generated from fixtures/parameter_styles_header_cookie.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `X-Point` parameter of `ReadProfile`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct ReadProfileXPoint {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y: Option<i64>,
}

runtime::decode! { ReadProfileXPoint { x, y } }

runtime::builder! {
    ReadProfileXPoint() {
        x: i64,
        y: i64,
    }
}

/// The `X-Context` parameter of `ReadProfile`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct ReadProfileXContext {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
}

runtime::decode! { ReadProfileXContext { tenant } }

runtime::builder! {
    ReadProfileXContext() {
        tenant: impl Into<String>,
    }
}

/// The `prefs` parameter of `ReadProfile`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct ReadProfilePrefs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
}

runtime::decode! { ReadProfilePrefs { theme } }

runtime::builder! {
    ReadProfilePrefs() {
        theme: impl Into<String>,
    }
}
