// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `afterpay_clearpay` member of `PostPaymentIntentsIntentConfirmPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostBodyPaymentMethodOptionsAfterpayClearpay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentIntentsPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}
