// @generated from fixtures/docs_markdown.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A text message.
///
/// Long texts are split:
///   - into parts of 160 characters,
///   - each billed separately.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Message {
    /// Recipient in E.164 format.
    /// For example: `+15550100`.
    pub to: String,
    pub text: String,
    /// Delivery channel
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<MessageChannel>,
}

runtime::decode! { Message { to, text, channel } }

runtime::builder! {
    Message(to: impl Into<String>, text: impl Into<String>) {
        channel: impl Into<MessageChannel>,
    }
}

/// Delivery channel
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MessageChannel {
    /// Indented   text,    tabs and trailing spaces
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::decode! { MessageChannel { name } }

runtime::builder! {
    MessageChannel() {
        name: impl Into<String>,
    }
}
