// @generated from fixtures/discriminator_inheritance.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A pet of any kind; `petType` says which.
///
/// The member `petType` selects the variant: `Dog` → `Dog`; `Cat` → `Cat`; `Lion` → `Lion`. A value with another `petType` is kept whole in `Unknown`; a value without it is tried as `Dog`, `Cat`, `Lion` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum Pet {
    /// The value is of type [`Dog`].
    ///
    /// `petType`: `Dog`.
    Dog(Dog),
    /// The value is of type [`Cat`].
    ///
    /// `petType`: `Cat`.
    Cat(Cat),
    /// The value is of type [`Lion`].
    ///
    /// `petType`: `Lion`.
    Lion(Lion),
    /// A value whose `petType` this code does not know, or that no variant matches, kept as received.
    Unknown(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(value) => serde::Serialize::serialize(value, serializer),
            Self::Cat(value) => serde::Serialize::serialize(value, serializer),
            Self::Lion(value) => serde::Serialize::serialize(value, serializer),
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
            .get("petType")
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
            Some("Lion") => {
                <Lion as serde::Deserialize>::deserialize(&value)
                    .map(Self::Lion)
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
                if let Ok(decoded) = <Lion as serde::Deserialize>::deserialize(&value) {
                    return Ok(Self::Lion(decoded));
                }
                Ok(Self::Unknown(value))
            }
        }
    }
}

/// A cat.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Cat {
    #[serde(rename = "petType")]
    pub pet_type: String,
    pub name: String,
    #[serde(rename = "huntingSkill")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hunting_skill: Option<String>,
}

runtime::decode! { Cat { pet_type = "petType", name, hunting_skill = "huntingSkill" } }

/// The `Dog` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Dog {
    #[serde(rename = "petType")]
    pub pet_type: String,
    pub name: String,
    #[serde(rename = "packSize")]
    pub pack_size: i64,
}

runtime::decode! { Dog { pet_type = "petType", name, pack_size = "packSize" } }

/// A cat of the savanna.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Lion {
    #[serde(rename = "petType")]
    pub pet_type: String,
    pub name: String,
    #[serde(rename = "huntingSkill")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hunting_skill: Option<String>,
    #[serde(rename = "prideSize")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pride_size: Option<i64>,
}

runtime::decode! {
    Lion {
        pet_type = "petType", name, hunting_skill = "huntingSkill", pride_size = "prideSize",
    }
}

/// The `Owner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Owner {
    /// A pet of any kind; `petType` says which.
    pub pet: Pet,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub former: Option<Vec<Pet>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vehicle: Option<Vehicle>,
}

runtime::decode! { Owner { pet, former, vehicle } }

/// The `Vehicle` schema.
///
/// The member `powerSource` selects the variant: `electricity` → `ElectricVehicle`; `human-energy` → `PedaledVehicle`. A value with another `powerSource` is kept whole in `Unknown`; a value without it is tried as `ElectricVehicle`, `PedaledVehicle` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum Vehicle {
    /// The value is of type [`ElectricVehicle`].
    ///
    /// `powerSource`: `electricity`.
    ElectricVehicle(ElectricVehicle),
    /// The value is of type [`PedaledVehicle`].
    ///
    /// `powerSource`: `human-energy`.
    PedaledVehicle(PedaledVehicle),
    /// A value whose `powerSource` this code does not know, or that no variant matches, kept as received.
    Unknown(serde_json::Value),
}

impl serde::Serialize for Vehicle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ElectricVehicle(value) => {
                serde::Serialize::serialize(value, serializer)
            }
            Self::PedaledVehicle(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Vehicle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("powerSource")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("electricity") => {
                <ElectricVehicle as serde::Deserialize>::deserialize(&value)
                    .map(Self::ElectricVehicle)
                    .map_err(serde::de::Error::custom)
            }
            Some("human-energy") => {
                <PedaledVehicle as serde::Deserialize>::deserialize(&value)
                    .map(Self::PedaledVehicle)
                    .map_err(serde::de::Error::custom)
            }
            Some(_) => Ok(Self::Unknown(value)),
            None => {
                if let Ok(decoded) = <ElectricVehicle as serde::Deserialize>::deserialize(
                    &value,
                ) {
                    return Ok(Self::ElectricVehicle(decoded));
                }
                if let Ok(decoded) = <PedaledVehicle as serde::Deserialize>::deserialize(
                    &value,
                ) {
                    return Ok(Self::PedaledVehicle(decoded));
                }
                Ok(Self::Unknown(value))
            }
        }
    }
}

/// The `ElectricVehicle` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct ElectricVehicle {
    #[serde(rename = "powerSource")]
    pub power_source: String,
    #[serde(rename = "topSpeed")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_speed: Option<i64>,
    #[serde(rename = "chargeSpeed")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge_speed: Option<i64>,
}

runtime::decode! {
    ElectricVehicle {
        power_source = "powerSource", top_speed = "topSpeed", charge_speed = "chargeSpeed",
    }
}

/// Adds nothing to a vehicle, and is still a kind of its own.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PedaledVehicle {
    #[serde(rename = "powerSource")]
    pub power_source: String,
    #[serde(rename = "topSpeed")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_speed: Option<i64>,
}

runtime::decode! { PedaledVehicle { power_source = "powerSource", top_speed = "topSpeed" } }
