// @generated from fixtures/request_body_multipart.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Upload` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Upload {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<UploadKind>,
}

runtime::decode! { Upload { file, kind } }

runtime::string_enum! {
    /// The `kind` member of `Upload`.
    pub enum UploadKind {
        Image = "image",
        Video = "video",
        ..Unknown
    }
}

/// The `details` part of `UploadMediaBody`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct UploadMediaBodyDetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

runtime::decode! { UploadMediaBodyDetails { author } }

runtime::builder! {
    UploadMediaBodyDetails() {
        author: impl Into<String>,
    }
}

/// The `link_data` part of `UploadMediaBody`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct UploadMediaBodyLinkData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create: Option<bool>,
}

runtime::decode! { UploadMediaBodyLinkData { create } }

runtime::builder! {
    UploadMediaBodyLinkData() {
        create: bool,
    }
}
