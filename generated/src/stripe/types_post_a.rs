// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostAccountPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentIntentsSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PostPaymentIntentsVerificationMethod>,
}

runtime::decode! {
    PostAccountPaymentIntentPaymentMethodOptionsParam {
        setup_future_usage, verification_method,
    }
}

runtime::builder! {
    PostAccountPaymentIntentPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostPaymentIntentsSetupFutureUsage>,
        verification_method: impl Into<PostPaymentIntentsVerificationMethod>,
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostAcssDebitPaymentIntentPaymentMethodOptionsParam {
    /// payment_intent_payment_method_options_mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<PostPaymentIntentsMandateOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentIntentsSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PostPaymentIntentsVerificationMethod>,
}

runtime::decode! {
    PostAcssDebitPaymentIntentPaymentMethodOptionsParam {
        mandate_options, setup_future_usage, verification_method,
    }
}

runtime::builder! {
    PostAcssDebitPaymentIntentPaymentMethodOptionsParam() {
        mandate_options: impl Into<PostPaymentIntentsMandateOptions>,
        setup_future_usage: impl Into<PostPaymentIntentsSetupFutureUsage>,
        verification_method: impl Into<PostPaymentIntentsVerificationMethod>,
    }
}
