// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostMandateDataClientKeyParamCustomerAcceptance {
    /// online_param
    pub online: PostPaymentIntentsIntentConfirmCustomerAcceptanceOnline,
    pub r#type: PostPaymentIntentsIntentConfirmCustomerAcceptanceType,
}

runtime::decode! { PostMandateDataClientKeyParamCustomerAcceptance { online, r#type = "type" } }

runtime::builder! {
    PostMandateDataClientKeyParamCustomerAcceptance(
        online: impl Into<PostPaymentIntentsIntentConfirmCustomerAcceptanceOnline>,
        r#type: impl Into<PostPaymentIntentsIntentConfirmCustomerAcceptanceType>,
    ) {}
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsBoletoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentIntentsSetupFutureUsage>,
}

runtime::decode! {
    PostMethodOptionsBoletoPaymentMethodOptionsParam {
        expires_after_days, setup_future_usage,
    }
}

runtime::builder! {
    PostMethodOptionsBoletoPaymentMethodOptionsParam() {
        expires_after_days: i64,
        setup_future_usage: impl Into<PostPaymentIntentsSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsIdealPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! { PostMethodOptionsIdealPaymentMethodOptionsParam { setup_future_usage } }

runtime::builder! {
    PostMethodOptionsIdealPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsKlarnaPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostPaymentIntentsCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locale: Option<PostPaymentIntentsPreferredLocale>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! {
    PostMethodOptionsKlarnaPaymentMethodOptionsParam {
        capture_method, preferred_locale, setup_future_usage,
    }
}

runtime::builder! {
    PostMethodOptionsKlarnaPaymentMethodOptionsParam() {
        capture_method: impl Into<PostPaymentIntentsCaptureMethod>,
        preferred_locale: impl Into<PostPaymentIntentsPreferredLocale>,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsKonbiniPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<PostPaymentIntentsExpiresAt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<PostPaymentIntentsExpiresAt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! {
    PostMethodOptionsKonbiniPaymentMethodOptionsParam {
        confirmation_number, expires_after_days, expires_at, product_description,
        setup_future_usage,
    }
}

runtime::builder! {
    PostMethodOptionsKonbiniPaymentMethodOptionsParam() {
        confirmation_number: impl Into<String>,
        expires_after_days: impl Into<PostPaymentIntentsExpiresAt>,
        expires_at: impl Into<PostPaymentIntentsExpiresAt>,
        product_description: impl Into<String>,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsSofortPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<PostPaymentMethodOptionsParamPreferredLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! {
    PostMethodOptionsSofortPaymentMethodOptionsParam {
        preferred_language, setup_future_usage,
    }
}

runtime::builder! {
    PostMethodOptionsSofortPaymentMethodOptionsParam() {
        preferred_language: impl Into<PostPaymentMethodOptionsParamPreferredLanguage>,
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
    }
}
