// @generated from fixtures/collision_inline_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// An animal treated at the clinic.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Pet {
    /// The owner, as written on the intake form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<PetOwnerObject>,
    /// Kind of animal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub species: Option<PetSpeciesEnum>,
}

runtime::decode! { Pet { owner, species } }

/// The owner, as written on the intake form.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PetOwnerObject {
    /// Owner's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::decode! { PetOwnerObject { name } }

runtime::string_enum! {
    /// Kind of animal.
    pub enum PetSpeciesEnum {
        Cat = "cat",
        Dog = "dog",
        ..Unknown
    }
}

/// A registered owner, with an account.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PetOwner {
    /// The owner's account.
    pub account_id: String,
}

runtime::decode! { PetOwner { account_id } }

/// A species and its vaccination schedule.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PetSpecies {
    /// Vaccines required for this species.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vaccines: Option<Vec<String>>,
}

runtime::decode! { PetSpecies { vaccines } }
