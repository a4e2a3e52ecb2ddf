// @generated from fixtures/openapi31_const.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Sent when an order is placed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OrderCreated {
    /// Always `order.created`.
    pub r#type: OrderCreatedType,
    /// The new order.
    pub order_id: String,
    /// The version of this event's shape.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<OrderCreatedSchemaVersion>,
    /// Always `true`; test events are not sent here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live: Option<OrderCreatedLive>,
    /// The share of orders reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample_rate: Option<f64>,
}

runtime::decode! { OrderCreated { r#type = "type", order_id, schema_version, live, sample_rate } }

/// Always `order.created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct OrderCreatedType;

impl OrderCreatedType {
    /// The one value of this type, as it appears on the wire.
    pub const VALUE: &'static str = "order.created";
}

impl std::fmt::Display for OrderCreatedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(Self::VALUE)
    }
}

impl serde::Serialize for OrderCreatedType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> serde::Deserialize<'de> for OrderCreatedType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        if value == Self::VALUE {
            Ok(Self)
        } else {
            Err(
                serde::de::Error::invalid_value(
                    serde::de::Unexpected::Str(&value),
                    &"the string `order.created`",
                ),
            )
        }
    }
}

/// The version of this event's shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct OrderCreatedSchemaVersion;

impl OrderCreatedSchemaVersion {
    /// The one value of this type, as it appears on the wire.
    pub const VALUE: i64 = 2;
}

impl std::fmt::Display for OrderCreatedSchemaVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", Self::VALUE)
    }
}

impl serde::Serialize for OrderCreatedSchemaVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(Self::VALUE)
    }
}

impl<'de> serde::Deserialize<'de> for OrderCreatedSchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = i64::deserialize(deserializer)?;
        if value == Self::VALUE {
            Ok(Self)
        } else {
            Err(
                serde::de::Error::invalid_value(
                    serde::de::Unexpected::Signed(value),
                    &"the integer `2`",
                ),
            )
        }
    }
}

/// Always `true`; test events are not sent here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct OrderCreatedLive;

impl OrderCreatedLive {
    /// The one value of this type, as it appears on the wire.
    pub const VALUE: bool = true;
}

impl std::fmt::Display for OrderCreatedLive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", Self::VALUE)
    }
}

impl serde::Serialize for OrderCreatedLive {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(Self::VALUE)
    }
}

impl<'de> serde::Deserialize<'de> for OrderCreatedLive {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = bool::deserialize(deserializer)?;
        if value == Self::VALUE {
            Ok(Self)
        } else {
            Err(
                serde::de::Error::invalid_value(
                    serde::de::Unexpected::Bool(value),
                    &"the boolean `true`",
                ),
            )
        }
    }
}

/// The only API version this document describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ApiVersion;

impl ApiVersion {
    /// The one value of this type, as it appears on the wire.
    pub const VALUE: &'static str = "2024-05-01";
}

impl std::fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(Self::VALUE)
    }
}

impl serde::Serialize for ApiVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> serde::Deserialize<'de> for ApiVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        if value == Self::VALUE {
            Ok(Self)
        } else {
            Err(
                serde::de::Error::invalid_value(
                    serde::de::Unexpected::Str(&value),
                    &"the string `2024-05-01`",
                ),
            )
        }
    }
}
