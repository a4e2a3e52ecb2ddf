// @generated from fixtures/control_characters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A note[31m in red.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Note {
    /// Its text.
    pub text: Option<String>,
}

runtime::decode! { Note { text } }
