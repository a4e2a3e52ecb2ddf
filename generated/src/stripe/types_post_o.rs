// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostOptionsBacsDebitPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentIntentsSetupFutureUsage>,
}

runtime::decode! { PostOptionsBacsDebitPaymentMethodOptionsParam { setup_future_usage } }

runtime::builder! {
    PostOptionsBacsDebitPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostPaymentIntentsSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostOptionsBancontactPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<PostPaymentIntentsPreferredLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! {
    PostOptionsBancontactPaymentMethodOptionsParam {
        preferred_language, setup_future_usage,
    }
}

runtime::builder! {
    PostOptionsBancontactPaymentMethodOptionsParam() {
        preferred_language: impl Into<PostPaymentIntentsPreferredLanguage>,
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// mandate_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostOptionsCardPaymentIntentParamMandateOptions {
    pub amount: i64,
    pub amount_type: PostPaymentIntentsIntentConfirmAmountType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<i64>,
    pub interval: PostPaymentIntentsMandateOptionsInterval,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_count: Option<i64>,
    pub reference: String,
    pub start_date: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supported_types: Option<Vec<PostPaymentIntentsIntentConfirmSupportedTypesItem>>,
}

runtime::decode! {
    PostOptionsCardPaymentIntentParamMandateOptions {
        amount, amount_type, description, end_date, interval, interval_count, reference, start_date,
        supported_types,
    }
}

runtime::builder! {
    PostOptionsCardPaymentIntentParamMandateOptions(
        amount: i64,
        amount_type: impl Into<PostPaymentIntentsIntentConfirmAmountType>,
        interval: impl Into<PostPaymentIntentsMandateOptionsInterval>,
        reference: impl Into<String>,
        start_date: i64,
    ) {
        description: impl Into<String>,
        end_date: i64,
        interval_count: i64,
        supported_types: impl Into<Vec<PostPaymentIntentsIntentConfirmSupportedTypesItem>>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostOptionsCardPresentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_extended_authorization: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_incremental_authorization_support: Option<bool>,
}

runtime::decode! {
    PostOptionsCardPresentPaymentMethodOptionsParam {
        request_extended_authorization, request_incremental_authorization_support,
    }
}

runtime::builder! {
    PostOptionsCardPresentPaymentMethodOptionsParam() {
        request_extended_authorization: bool,
        request_incremental_authorization_support: bool,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PostOptionsInteracPresentPaymentMethodOptionsParam {}

runtime::decode! { PostOptionsInteracPresentPaymentMethodOptionsParam {} }

runtime::builder! {
    PostOptionsInteracPresentPaymentMethodOptionsParam() {}
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostOptionsWechatPayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    pub client: PostPaymentIntentsIntentConfirmClient,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! {
    PostOptionsWechatPayPaymentMethodOptionsParam {
        app_id, client, setup_future_usage,
    }
}

runtime::builder! {
    PostOptionsWechatPayPaymentMethodOptionsParam(
        client: impl Into<PostPaymentIntentsIntentConfirmClient>,
    ) {
        app_id: impl Into<String>,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}
