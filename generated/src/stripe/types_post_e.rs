// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostEpsPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! { PostEpsPaymentIntentPaymentMethodOptionsParam { setup_future_usage } }

runtime::builder! {
    PostEpsPaymentIntentPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}
