// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_flows_automatic_payment_methods_payment_intent` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentFlowsAutomaticPaymentMethodsPaymentIntent {
    /// Automatically calculates compatible payment methods
    pub enabled: bool,
}

/// Same as [`MandateMultiUse`].
pub type PaymentFlowsPrivatePaymentMethodsAlipay = MandateMultiUse;

/// The `payment_flows_private_payment_methods_alipay_details` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentFlowsPrivatePaymentMethodsAlipayDetails {
    /// Uniquely identifies this particular Alipay account. You can use this attribute to check whether two Alipay accounts are the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buyer_id: Option<String>,
    /// Uniquely identifies this particular Alipay account. You can use this attribute to check whether two Alipay accounts are the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub fingerprint: Option<Option<String>>,
    /// Transaction ID of this particular Alipay transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub transaction_id: Option<Option<String>>,
}

/// Same as [`LegalEntityDob`].
pub type PaymentFlowsPrivatePaymentMethodsKlarnaDob = LegalEntityDob;
