// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostSepaDebitPaymentIntentPaymentMethodOptionsParam {
    /// payment_method_options_mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<PostIntentPaymentMethodOptionsParamMandateOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentIntentsSetupFutureUsage>,
}

runtime::decode! {
    PostSepaDebitPaymentIntentPaymentMethodOptionsParam {
        mandate_options, setup_future_usage,
    }
}

runtime::builder! {
    PostSepaDebitPaymentIntentPaymentMethodOptionsParam() {
        mandate_options: impl Into<PostIntentPaymentMethodOptionsParamMandateOptions>,
        setup_future_usage: impl Into<PostPaymentIntentsSetupFutureUsage>,
    }
}
