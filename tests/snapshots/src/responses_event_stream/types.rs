// @generated from fixtures/responses_event_stream.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `CompletionChunk` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct CompletionChunk {
    pub id: String,
    /// The text added by this chunk.
    pub delta: String,
    pub finish_reason: Option<String>,
}

runtime::decode! { CompletionChunk { id, delta, finish_reason } }

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Error {
    pub message: Option<String>,
}

runtime::decode! { Error { message } }

/// The request body of `StreamCompletion`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct StreamCompletionBody {
    pub prompt: String,
}

runtime::decode! { StreamCompletionBody { prompt } }

runtime::builder! {
    StreamCompletionBody(prompt: impl Into<String>) {}
}

/// The request body of `CreateMessage`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct CreateMessageBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
}

runtime::decode! { CreateMessageBody { stream } }

runtime::builder! {
    CreateMessageBody() {
        stream: bool,
    }
}
