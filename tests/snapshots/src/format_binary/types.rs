// @generated from fixtures/format_binary.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Upload` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Upload {
    /// Said to be binary, but in JSON: kept as the text received.
    pub content: Option<String>,
}

runtime::decode! { Upload { content } }
