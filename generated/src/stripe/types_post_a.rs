// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// The `object` member of `PostBankAccountCustomerPaymentSourceBankAccount`.
    pub enum PostAccountCustomerPaymentSourceBankAccountObject {
        BankAccount = "bank_account",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostAfterpayClearpayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostOptionsCardPaymentIntentParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostAfterpayClearpayPaymentMethodOptionsParam() {
        capture_method: impl Into<PostOptionsCardPaymentIntentParamCaptureMethod>,
        reference: impl Into<String>,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostAccountPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PostPaymentMethodOptionsParamVerificationMethod>,
}

runtime::builder! {
    PostAccountPaymentIntentPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
        verification_method: impl Into<PostPaymentMethodOptionsParamVerificationMethod>,
    }
}
