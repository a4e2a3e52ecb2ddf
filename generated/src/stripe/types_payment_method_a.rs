// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodAcssDebit {
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Institution number of the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub institution_number: Option<Option<String>>,
    /// Last four digits of the bank account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// Transit number of the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transit_number: Option<Option<String>>,
}

/// The `payment_method_afterpay_clearpay` schema.
pub type PaymentMethodAfterpayClearpay = serde_json::Map<String, serde_json::Value>;

/// The `payment_method_au_becs_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodAuBecsDebit {
    /// Six-digit number identifying bank and branch associated with this bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bsb_number: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Last four digits of the bank account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
}
