// @generated from fixtures/openapi31_nullable_type.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Calendar 1.0.0
//!
//! Generated from `fixtures/openapi31_nullable_type.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

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

/// Who can see the event; `null` means the calendar's default.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventVisibility {
    /// `public`
    Public,
    /// `private`
    Private,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl EventVisibility {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Private => "private",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for EventVisibility {
    fn from(value: String) -> Self {
        match value.as_str() {
            "public" => Self::Public,
            "private" => Self::Private,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for EventVisibility {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for EventVisibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for EventVisibility {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventVisibility {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
