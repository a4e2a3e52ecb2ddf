// @generated from fixtures/json_media_types.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A note as the first version of the API wrote it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LegacyNote {
    /// The text.
    pub body: String,
}

runtime::builder! {
    LegacyNote(body: impl Into<String>) {}
}

/// A note.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Note {
    /// The text.
    pub text: String,
}
