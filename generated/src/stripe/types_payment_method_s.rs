// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_sepa_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodSepaDebit {
    /// Bank code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_code: Option<Option<String>>,
    /// Branch code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub branch_code: Option<Option<String>>,
    /// Two-letter ISO code representing the country the bank account is located in.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Information about the object that generated this PaymentMethod.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_from: Option<Option<SepaDebitGeneratedFrom>>,
    /// Last four characters of the IBAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
}

/// The `payment_method_sofort` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodSofort {
    /// Two-letter ISO code representing the country the bank account is located in.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub country: Option<Option<String>>,
}
