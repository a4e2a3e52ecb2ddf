// @generated from fixtures/collision_inline_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Pet clinic 1.0.0
//!
//! Generated from `fixtures/collision_inline_names.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// An animal treated at the clinic.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    /// The owner, as written on the intake form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PetOwner2>,
    /// Kind of animal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub species: Option<PetSpecies2>,
}

/// The owner, as written on the intake form.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PetOwner2 {
    /// Owner's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Kind of animal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetSpecies2 {
    /// `cat`
    Cat,
    /// `dog`
    Dog,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl PetSpecies2 {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cat => "cat",
            Self::Dog => "dog",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for PetSpecies2 {
    fn from(value: String) -> Self {
        match value.as_str() {
            "cat" => Self::Cat,
            "dog" => Self::Dog,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for PetSpecies2 {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for PetSpecies2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for PetSpecies2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PetSpecies2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A registered owner, with an account.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PetOwner {
    /// The owner's account.
    pub account_id: String,
}

/// A species and its vaccination schedule.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PetSpecies {
    /// Vaccines required for this species.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vaccines: Option<Vec<String>>,
}
