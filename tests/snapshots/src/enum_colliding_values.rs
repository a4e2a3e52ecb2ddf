// @generated from fixtures/enum_colliding_values.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Ticket desk 1.0.0
//!
//! Generated from `fixtures/enum_colliding_values.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// How urgently a ticket must be answered; the desk accepts several spellings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TicketPriority {
    /// `high`
    High,
    /// `HIGH`
    High2,
    /// `High`
    High3,
    /// `very-high`
    VeryHigh,
    /// `very_high`
    VeryHigh2,
    /// `unknown`
    Unknown,
    /// `Unknown`
    Unknown2,
    /// A value this code does not know yet; the text is kept as received.
    Unknown3(String),
}

#[allow(deprecated)]
impl TicketPriority {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "high",
            Self::High2 => "HIGH",
            Self::High3 => "High",
            Self::VeryHigh => "very-high",
            Self::VeryHigh2 => "very_high",
            Self::Unknown => "unknown",
            Self::Unknown2 => "Unknown",
            Self::Unknown3(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for TicketPriority {
    fn from(value: String) -> Self {
        match value.as_str() {
            "high" => Self::High,
            "HIGH" => Self::High2,
            "High" => Self::High3,
            "very-high" => Self::VeryHigh,
            "very_high" => Self::VeryHigh2,
            "unknown" => Self::Unknown,
            "Unknown" => Self::Unknown2,
            _ => Self::Unknown3(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for TicketPriority {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for TicketPriority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for TicketPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for TicketPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
