// @generated from fixtures/swagger2.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A patient.
///
/// The member `kind` selects the variant: `Dog` → `Dog`. A value with another `kind` is kept whole in `Unknown`; a value without it is tried as `Dog` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum Pet {
    /// The value is of type [`Dog`].
    ///
    /// `kind`: `Dog`.
    Dog(Dog),
    /// A value whose `kind` this code does not know, or that no variant matches, kept as received.
    Unknown(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(value) => serde::Serialize::serialize(value, serializer),
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
            .get("kind")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("Dog") => {
                <Dog as serde::Deserialize>::deserialize(&value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some(_) => Ok(Self::Unknown(value)),
            None => {
                if let Ok(decoded) = <Dog as serde::Deserialize>::deserialize(&value) {
                    return Ok(Self::Dog(decoded));
                }
                Ok(Self::Unknown(value))
            }
        }
    }
}

/// The `Owner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Owner {
    pub name: String,
}

runtime::decode! { Owner { name } }

runtime::builder! {
    Owner(name: impl Into<String>) {}
}

/// A dog.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Dog {
    pub id: i64,
    pub kind: String,
    pub name: String,
    /// The microchip number, null when the pet has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub chip: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub owner: Option<Option<Owner>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breed: Option<String>,
}

runtime::decode! { Dog { id, kind, name, chip: nullable, owner: nullable, breed } }

runtime::builder! {
    Dog(id: i64, kind: impl Into<String>, name: impl Into<String>) {
        chip: impl Into<Option<String>>,
        owner: impl Into<Option<Owner>>,
        breed: impl Into<String>,
    }
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Error {
    pub message: String,
}

runtime::decode! { Error { message } }

/// The request body of `BookVisit`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct BookVisitBody {
    #[serde(rename = "petId")]
    pub pet_id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasons: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slots: Option<Vec<String>>,
}

runtime::decode! { BookVisitBody { pet_id = "petId", reasons, slots } }

runtime::builder! {
    BookVisitBody(pet_id: i64) {
        reasons: impl Into<Vec<String>>,
        slots: impl Into<Vec<String>>,
    }
}
