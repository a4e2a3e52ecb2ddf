// @generated from fixtures/openapi31_nullable_type.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A calendar event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// What the event is.
    pub title: String,
    /// Where it happens; `null` for online events.
    pub location: Option<String>,
    /// How many can attend; absent when unknown, `null` when unlimited.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub capacity: Option<Option<i32>>,
    /// Who can see the event; `null` means the calendar's default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub visibility: Option<Option<EventVisibility>>,
    /// Reserved; always `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cancelled_reason: Option<Option<serde_json::Value>>,
}

crate::runtime::string_enum! {
    /// Who can see the event; `null` means the calendar's default.
    pub enum EventVisibility {
        Public = "public",
        Private = "private",
        ..Unknown
    }
}
