// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
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
    pub capture_method: Option<PostClearpayPaymentMethodOptionsParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostClearpayPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsAlipayPaymentMethodOptionsParam`.
    pub enum PostAlipayPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostAccountPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostAccountPaymentIntentPaymentMethodOptionsParamSetupFutureUsage,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<
        PostIntentPaymentMethodOptionsParamVerificationMethod,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostAccountPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostAccountPaymentIntentPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostAcssDebitPaymentIntentPaymentMethodOptionsParam {
    /// payment_intent_payment_method_options_mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<
        PostPaymentIntentPaymentMethodOptionsParamMandateOptions,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostAcssDebitPaymentIntentPaymentMethodOptionsParamSetupFutureUsage,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<
        PostPaymentIntentPaymentMethodOptionsParamVerificationMethod,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostAcssDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostAcssDebitPaymentIntentPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `capture_method` member of `PostOptionsAfterpayClearpayPaymentMethodOptionsParam`.
    pub enum PostAfterpayClearpayPaymentMethodOptionsParamCaptureMethod {
        Empty = "",
        Manual = "manual",
        ..Unknown
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostAuBecsDebitPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostAuBecsDebitPaymentIntentPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostAuBecsDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostAuBecsDebitPaymentIntentPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}
