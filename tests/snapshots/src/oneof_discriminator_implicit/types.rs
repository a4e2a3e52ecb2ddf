// @generated from fixtures/oneof_discriminator_implicit.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A dog.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Dog {
    /// Always `Dog`.
    pub pet_type: String,
    /// Whether it barks.
    pub barks: bool,
}

runtime::decode! { Dog { pet_type, barks } }

/// A cat.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Cat {
    /// Always `Cat`.
    pub pet_type: String,
    /// Lives left.
    pub lives: i64,
}

runtime::decode! { Cat { pet_type, lives } }

/// Any pet the shop sells.
///
/// The member `pet_type` selects the variant: `Dog` → `Dog`; `Cat` → `Cat`. A value with another `pet_type` is kept whole in `Unknown`; a value without it is tried as `Dog`, `Cat` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum Pet {
    /// The value is of type [`Dog`].
    ///
    /// `pet_type`: `Dog`.
    Dog(Dog),
    /// The value is of type [`Cat`].
    ///
    /// `pet_type`: `Cat`.
    Cat(Cat),
    /// A value whose `pet_type` this code does not know, or that no variant matches, kept as received.
    Unknown(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(value) => serde::Serialize::serialize(value, serializer),
            Self::Cat(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("pet_type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("Dog") => {
                <Dog as serde::Deserialize>::deserialize(&value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some("Cat") => {
                <Cat as serde::Deserialize>::deserialize(&value)
                    .map(Self::Cat)
                    .map_err(serde::de::Error::custom)
            }
            Some(_) => Ok(Self::Unknown(value)),
            None => {
                if let Ok(decoded) = <Dog as serde::Deserialize>::deserialize(&value) {
                    return Ok(Self::Dog(decoded));
                }
                if let Ok(decoded) = <Cat as serde::Deserialize>::deserialize(&value) {
                    return Ok(Self::Cat(decoded));
                }
                Ok(Self::Unknown(value))
            }
        }
    }
}
