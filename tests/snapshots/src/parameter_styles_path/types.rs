// @generated from fixtures/parameter_styles_path.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Rgb` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct Rgb {
    #[serde(rename = "R")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r: Option<i64>,
    #[serde(rename = "G")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub g: Option<i64>,
    #[serde(rename = "B")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b: Option<i64>,
}

runtime::decode! { Rgb { r = "R", g = "G", b = "B" } }

runtime::builder! {
    Rgb() {
        r: i64,
        g: i64,
        b: i64,
    }
}
