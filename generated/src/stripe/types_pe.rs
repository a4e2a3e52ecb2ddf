// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// This is an object representing a person associated with a Stripe account.
///
/// A platform cannot access a Standard or Express account's persons after the account starts onboarding, such as after generating an account link for the account.
/// See the [Standard onboarding](https://stripe.com/docs/connect/standard-accounts) or [Express onboarding documentation](https://stripe.com/docs/connect/express-accounts) for information about platform pre-filling and account onboarding steps.
///
/// Related guide: [Handling Identity Verification with the API](https://stripe.com/docs/connect/identity-verification-api#person-information).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Person {
    /// The account the person is associated with.
    pub account: String,
    pub address: Option<Address>,
    pub address_kana: Option<LegalEntityJapanAddress>,
    pub address_kanji: Option<LegalEntityJapanAddress>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    pub dob: Option<LegalEntityDob>,
    /// The person's email address.
    pub email: Option<String>,
    /// The person's first name.
    pub first_name: Option<String>,
    /// The Kana variation of the person's first name (Japan only).
    pub first_name_kana: Option<String>,
    /// The Kanji variation of the person's first name (Japan only).
    pub first_name_kanji: Option<String>,
    /// A list of alternate names or aliases that the person is known by.
    pub full_name_aliases: Option<Vec<String>>,
    pub future_requirements: Option<PersonFutureRequirements>,
    /// The person's gender (International regulations require either "male" or "female").
    pub gender: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// Whether the person's `id_number` was provided.
    pub id_number_provided: Option<bool>,
    /// The person's last name.
    pub last_name: Option<String>,
    /// The Kana variation of the person's last name (Japan only).
    pub last_name_kana: Option<String>,
    /// The Kanji variation of the person's last name (Japan only).
    pub last_name_kanji: Option<String>,
    /// The person's maiden name.
    pub maiden_name: Option<String>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The country where the person is a national.
    pub nationality: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: PersonObject,
    /// The person's phone number.
    pub phone: Option<String>,
    /// Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction.
    pub political_exposure: Option<PersonPoliticalExposure>,
    pub relationship: Option<PersonRelationship>,
    pub requirements: Option<PersonRequirements>,
    /// Whether the last four digits of the person's Social Security number have been provided (U.S. only).
    pub ssn_last_4_provided: Option<bool>,
    pub verification: Option<LegalEntityPersonVerification>,
}

runtime::decode! {
    Person {
        account, address, address_kana, address_kanji, created, dob, email, first_name,
        first_name_kana, first_name_kanji, full_name_aliases, future_requirements, gender, id,
        id_number_provided, last_name, last_name_kana, last_name_kanji, maiden_name, metadata,
        nationality, object, phone, political_exposure, relationship, requirements,
        ssn_last_4_provided, verification,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum PersonObject {
        Person = "person",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction.
    pub enum PersonPoliticalExposure {
        Existing = "existing",
        None = "none",
        ..Unknown
    }
}

/// The `person_future_requirements` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonFutureRequirements {
    /// Fields that are due and can be satisfied by providing the corresponding alternative fields instead.
    pub alternatives: Option<Vec<AccountRequirementsAlternative>>,
    /// Fields that need to be collected to keep the person's account enabled. If not collected by the account's `future_requirements[current_deadline]`, these fields will transition to the main `requirements` hash, and may immediately become `past_due`, but the account may also be given a grace period depending on the account's enablement state prior to transition.
    pub currently_due: Vec<String>,
    /// Fields that are `currently_due` and need to be collected again because validation or verification failed.
    pub errors: Vec<AccountRequirementsError>,
    /// Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well, and the account's `future_requirements[current_deadline]` becomes set.
    pub eventually_due: Vec<String>,
    /// Fields that weren't collected by the account's `requirements.current_deadline`. These fields need to be collected to enable the person's account. New fields will never appear here; `future_requirements.past_due` will always be a subset of `requirements.past_due`.
    pub past_due: Vec<String>,
    /// Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due` or `currently_due`.
    pub pending_verification: Vec<String>,
}

runtime::decode! {
    PersonFutureRequirements {
        alternatives, currently_due, errors, eventually_due, past_due, pending_verification,
    }
}

/// The `person_relationship` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonRelationship {
    /// Whether the person is a director of the account's legal entity. Directors are typically members of the governing board of the company, or responsible for ensuring the company meets its regulatory obligations.
    pub director: Option<bool>,
    /// Whether the person has significant responsibility to control, manage, or direct the organization.
    pub executive: Option<bool>,
    /// Whether the person is an owner of the account’s legal entity.
    pub owner: Option<bool>,
    /// The percent owned by the person of the account's legal entity.
    pub percent_ownership: Option<f64>,
    /// Whether the person is authorized as the primary representative of the account. This is the person nominated by the business to provide information about themselves, and general information about the account. There can only be one representative at any given time. At the time the account is created, this person should be set to the person responsible for opening the account.
    pub representative: Option<bool>,
    /// The person's title (e.g., CEO, Support Engineer).
    pub title: Option<String>,
}

runtime::decode! {
    PersonRelationship {
        director, executive, owner, percent_ownership, representative, title,
    }
}

/// The `person_requirements` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonRequirements {
    /// Fields that are due and can be satisfied by providing the corresponding alternative fields instead.
    pub alternatives: Option<Vec<AccountRequirementsAlternative>>,
    /// Fields that need to be collected to keep the person's account enabled. If not collected by the account's `current_deadline`, these fields appear in `past_due` as well, and the account is disabled.
    pub currently_due: Vec<String>,
    /// Fields that are `currently_due` and need to be collected again because validation or verification failed.
    pub errors: Vec<AccountRequirementsError>,
    /// Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well, and the account's `current_deadline` becomes set.
    pub eventually_due: Vec<String>,
    /// Fields that weren't collected by the account's `current_deadline`. These fields need to be collected to enable the person's account.
    pub past_due: Vec<String>,
    /// Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due`, `currently_due`, or `past_due`.
    pub pending_verification: Vec<String>,
}

runtime::decode! {
    PersonRequirements {
        alternatives, currently_due, errors, eventually_due, past_due, pending_verification,
    }
}
