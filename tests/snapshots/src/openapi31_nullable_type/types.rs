// @generated from fixtures/openapi31_nullable_type.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A calendar event.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Event {
    /// What the event is.
    pub title: String,
    /// Where it happens; `null` for online events.
    pub location: Option<String>,
    /// How many can attend; absent when unknown, `null` when unlimited.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub capacity: Option<Option<i32>>,
    /// Who can see the event; `null` means the calendar's default.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub visibility: Option<Option<EventVisibility>>,
    /// Reserved; always `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub cancelled_reason: Option<Option<serde_json::Value>>,
}

runtime::decode! {
    Event {
        title, location, capacity: nullable, visibility: nullable, cancelled_reason: nullable,
    }
}

runtime::string_enum! {
    /// Who can see the event; `null` means the calendar's default.
    pub enum EventVisibility {
        Public = "public",
        Private = "private",
        ..Unknown
    }
}
