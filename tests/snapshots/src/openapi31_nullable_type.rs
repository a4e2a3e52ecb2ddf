// @generated from fixtures/openapi31_nullable_type.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Calendar 1.0.0
//!
//! Generated from `fixtures/openapi31_nullable_type.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

#[allow(unused_imports)]
use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A calendar event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    /// What the event is.
    pub title: String,
    /// Where it happens; `null` for online events.
    pub location: Option<String>,
    /// How many can attend; absent when unknown, `null` when unlimited.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub capacity: Option<Option<i32>>,
    /// Who can see the event; `null` means the calendar's default.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub visibility: Option<Option<EventVisibility>>,
    /// Reserved; always `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub cancelled_reason: Option<Option<serde_json::Value>>,
}

runtime::string_enum! {
    /// Who can see the event; `null` means the calendar's default.
    pub enum EventVisibility {
        Public = "public",
        Private = "private",
        ..Unknown
    }
}
