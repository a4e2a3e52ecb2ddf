// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_klarna` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodKlarna {
    /// The customer's date of birth, if provided.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub dob: Option<Option<PaymentFlowsPrivatePaymentMethodsKlarnaDob>>,
}

/// The `payment_method_konbini` schema.
pub type PaymentMethodKonbini = serde_json::Map<String, serde_json::Value>;
