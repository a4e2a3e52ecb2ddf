// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// The `account_holder_type` member of `PostIntentsBodyPaymentMethodDataUsBankAccount`.
    pub enum PostMethodDataUsBankAccountAccountHolderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsBoletoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostMethodOptionsBoletoPaymentMethodOptionsParam() {
        expires_after_days: i64,
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

runtime::string_enum! {
    /// The `network` member of `PostBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostMethodOptionsCardPaymentIntentParamNetwork {
        Amex = "amex",
        CartesBancaires = "cartes_bancaires",
        Diners = "diners",
        Discover = "discover",
        Interac = "interac",
        Jcb = "jcb",
        Mastercard = "mastercard",
        Unionpay = "unionpay",
        Unknown = "unknown",
        Visa = "visa",
        ..Unknown2
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsFpxPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostMethodOptionsFpxPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsIdealPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostMethodOptionsIdealPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsKlarnaPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostOptionsCardPaymentIntentParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locale: Option<PostKlarnaPaymentMethodOptionsParamPreferredLocale>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostMethodOptionsKlarnaPaymentMethodOptionsParam() {
        capture_method: impl Into<PostOptionsCardPaymentIntentParamCaptureMethod>,
        preferred_locale: impl Into<PostKlarnaPaymentMethodOptionsParamPreferredLocale>,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsKonbiniPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<PostPaymentMethodOptionsParamExpiresAfterDays>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<PostPaymentMethodOptionsParamExpiresAfterDays>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostMethodOptionsKonbiniPaymentMethodOptionsParam() {
        confirmation_number: impl Into<String>,
        expires_after_days: impl Into<PostPaymentMethodOptionsParamExpiresAfterDays>,
        expires_at: impl Into<PostPaymentMethodOptionsParamExpiresAfterDays>,
        product_description: impl Into<String>,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsOxxoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostMethodOptionsOxxoPaymentMethodOptionsParam() {
        expires_after_days: i64,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsP24PaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tos_shown_and_accepted: Option<bool>,
}

runtime::builder! {
    PostMethodOptionsP24PaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
        tos_shown_and_accepted: bool,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsSofortPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<PostSofortPaymentMethodOptionsParamPreferredLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostMethodOptionsSofortPaymentMethodOptionsParam() {
        preferred_language: impl Into<PostSofortPaymentMethodOptionsParamPreferredLanguage>,
        setup_future_usage: impl Into<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMandateDataClientKeyParamCustomerAcceptance {
    /// online_param
    pub online: PostDataClientKeyParamCustomerAcceptanceOnline,
    pub r#type: PostDataClientKeyParamCustomerAcceptanceType,
}

runtime::builder! {
    PostMandateDataClientKeyParamCustomerAcceptance(
        online: impl Into<PostDataClientKeyParamCustomerAcceptanceOnline>,
        r#type: impl Into<PostDataClientKeyParamCustomerAcceptanceType>,
    ) {}
}
