// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_bacs_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodBacsDebit {
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
    /// Sort code of the bank account. (e.g., `10-20-30`)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub sort_code: Option<Option<String>>,
}

/// The `payment_method_bancontact` schema.
pub type PaymentMethodBancontact = serde_json::Map<String, serde_json::Value>;

/// The `payment_method_boleto` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodBoleto {
    /// Uniquely identifies the customer tax id (CNPJ or CPF)
    pub tax_id: String,
}
