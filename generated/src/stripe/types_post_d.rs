// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// billing_details_address
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostDataBillingDetailsAddressBillingDetailsAddress {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

runtime::builder! {
    PostDataBillingDetailsAddressBillingDetailsAddress() {
        city: impl Into<String>,
        country: impl Into<String>,
        line1: impl Into<String>,
        line2: impl Into<String>,
        postal_code: impl Into<String>,
        state: impl Into<String>,
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostDebitPaymentIntentPaymentMethodOptionsParam {
    /// payment_intent_payment_method_options_mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<PostIntentPaymentMethodOptionsParamMandateOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PostPaymentMethodOptionsParamVerificationMethod>,
}

runtime::builder! {
    PostDebitPaymentIntentPaymentMethodOptionsParam() {
        mandate_options: impl Into<PostIntentPaymentMethodOptionsParamMandateOptions>,
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
        verification_method: impl Into<PostPaymentMethodOptionsParamVerificationMethod>,
    }
}

/// online_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostDataSecretKeyParamCustomerAcceptanceOnline {
    pub ip_address: String,
    pub user_agent: String,
}

runtime::builder! {
    PostDataSecretKeyParamCustomerAcceptanceOnline(
        ip_address: impl Into<String>,
        user_agent: impl Into<String>,
    ) {}
}

runtime::string_enum! {
    /// The `type` member of `PostMandateDataSecretKeyParamCustomerAcceptance`.
    pub enum PostDataSecretKeyParamCustomerAcceptanceType {
        Offline = "offline",
        Online = "online",
        ..Unknown
    }
}

/// online_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostDataClientKeyParamCustomerAcceptanceOnline {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}

runtime::builder! {
    PostDataClientKeyParamCustomerAcceptanceOnline() {
        ip_address: impl Into<String>,
        user_agent: impl Into<String>,
    }
}

runtime::string_enum! {
    /// The `type` member of `PostMandateDataClientKeyParamCustomerAcceptance`.
    pub enum PostDataClientKeyParamCustomerAcceptanceType {
        Online = "online",
        ..Unknown
    }
}
