// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_flows_automatic_payment_methods_payment_intent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentFlowsAutomaticPaymentMethodsPaymentIntent {
    /// Automatically calculates compatible payment methods
    pub enabled: bool,
}

/// The `payment_flows_private_payment_methods_alipay` schema.
pub type PaymentFlowsPrivatePaymentMethodsAlipay = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `payment_flows_private_payment_methods_alipay_details` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentFlowsPrivatePaymentMethodsAlipayDetails {
    /// Uniquely identifies this particular Alipay account. You can use this attribute to check whether two Alipay accounts are the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buyer_id: Option<String>,
    /// Uniquely identifies this particular Alipay account. You can use this attribute to check whether two Alipay accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Transaction ID of this particular Alipay transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transaction_id: Option<Option<String>>,
}

/// The `payment_flows_private_payment_methods_klarna_dob` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentFlowsPrivatePaymentMethodsKlarnaDob {
    /// The day of birth, between 1 and 31.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub day: Option<Option<i64>>,
    /// The month of birth, between 1 and 12.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub month: Option<Option<i64>>,
    /// The four-digit year of birth.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub year: Option<Option<i64>>,
}
