// @generated from fixtures/responses_event_stream.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `CompletionChunk` schema.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CompletionChunk {
    pub id: String,
    /// The text added by this chunk.
    pub delta: String,
    pub finish_reason: Option<String>,
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Error {
    pub message: Option<String>,
}

/// The request body of `StreamCompletion`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct StreamCompletionBody {
    pub prompt: String,
}

runtime::builder! {
    StreamCompletionBody(prompt: impl Into<String>) {}
}

/// The request body of `CreateMessage`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CreateMessageBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
}

runtime::builder! {
    CreateMessageBody() {
        stream: bool,
    }
}
