// @generated from fixtures/enum_renamed_values.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Shipment tracking 1.0.0
//!
//! Generated from `fixtures/enum_renamed_values.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Where a shipment is in its journey.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShipmentStatus {
    /// `label_created`
    LabelCreated,
    /// `in-transit`
    InTransit,
    /// `out for delivery`
    OutForDelivery,
    /// `DELIVERED`
    Delivered,
    /// `3rd-party-hold`
    V3rdPartyHold,
    /// ``
    Empty,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl ShipmentStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LabelCreated => "label_created",
            Self::InTransit => "in-transit",
            Self::OutForDelivery => "out for delivery",
            Self::Delivered => "DELIVERED",
            Self::V3rdPartyHold => "3rd-party-hold",
            Self::Empty => "",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for ShipmentStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "label_created" => Self::LabelCreated,
            "in-transit" => Self::InTransit,
            "out for delivery" => Self::OutForDelivery,
            "DELIVERED" => Self::Delivered,
            "3rd-party-hold" => Self::V3rdPartyHold,
            "" => Self::Empty,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for ShipmentStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for ShipmentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for ShipmentStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ShipmentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
