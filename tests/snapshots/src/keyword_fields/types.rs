// @generated from fixtures/keyword_fields.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A link found in a message.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Link {
    /// What the link points to.
    pub r#type: String,
    /// The canonical URL of this link resource.
    #[serde(rename = "self")]
    pub self_: String,
    /// Same as `self`, as older clients spell it.
    #[serde(rename = "Self")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_2: Option<String>,
    /// The crate a documentation link names.
    #[serde(rename = "crate")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crate_: Option<String>,
    /// Whether the link matched the allow list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#match: Option<bool>,
    /// Whether the preview is fetched in the background.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#async: Option<bool>,
    /// The enclosing link, if any.
    #[serde(rename = "super")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub super_: Option<String>,
}

runtime::decode! {
    Link {
        r#type = "type", self_ = "self", self_2 = "Self", crate_ = "crate", r#match = "match",
        r#async = "async", super_ = "super",
    }
}
