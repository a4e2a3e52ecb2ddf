// @generated from fixtures/json_media_types.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A note as the first version of the API wrote it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LegacyNote {
    /// The text.
    pub body: String,
}

runtime::decode! { LegacyNote { body } }

runtime::builder! {
    LegacyNote(body: impl Into<String>) {}
}

/// A note.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// The text.
    pub text: String,
}

runtime::decode! { Note { text } }
