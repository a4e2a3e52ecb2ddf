// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// The `payment_schedule` member of `PostIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostOptionsParamMandateOptionsPaymentSchedule {
        Combined = "combined",
        Interval = "interval",
        Sporadic = "sporadic",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `transaction_type` member of `PostIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostOptionsParamMandateOptionsTransactionType {
        Business = "business",
        Personal = "personal",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsBacsDebitPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostOptionsBacsDebitPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsBancontactPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<PostPaymentMethodOptionsParamPreferredLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostOptionsBancontactPaymentMethodOptionsParam() {
        preferred_language: impl Into<PostPaymentMethodOptionsParamPreferredLanguage>,
        setup_future_usage: impl Into<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

runtime::string_enum! {
    /// The `capture_method` member of `PostBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostOptionsCardPaymentIntentParamCaptureMethod {
        Empty = "",
        Manual = "manual",
        ..Unknown
    }
}

/// installments_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsCardPaymentIntentParamInstallments {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PostOptionsCardPaymentIntentParamInstallmentsPlan>,
}

runtime::builder! {
    PostOptionsCardPaymentIntentParamInstallments() {
        enabled: bool,
        plan: impl Into<PostOptionsCardPaymentIntentParamInstallmentsPlan>,
    }
}

/// The `plan` member of `PostOptionsCardPaymentIntentParamInstallments`.
///
/// Decoding tries `InstallmentPlan`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostOptionsCardPaymentIntentParamInstallmentsPlan {
    /// installment_plan
    InstallmentPlan(PostIntentParamInstallmentsPlanInstallmentPlan),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// mandate_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsCardPaymentIntentParamMandateOptions {
    pub amount: i64,
    pub amount_type: PostCardPaymentIntentParamMandateOptionsAmountType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<i64>,
    pub interval: PostCardPaymentIntentParamMandateOptionsInterval,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_count: Option<i64>,
    pub reference: String,
    pub start_date: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supported_types: Option<Vec<PostIntentParamMandateOptionsSupportedTypesItem>>,
}

runtime::builder! {
    PostOptionsCardPaymentIntentParamMandateOptions(
        amount: i64,
        amount_type: impl Into<PostCardPaymentIntentParamMandateOptionsAmountType>,
        interval: impl Into<PostCardPaymentIntentParamMandateOptionsInterval>,
        reference: impl Into<String>,
        start_date: i64,
    ) {
        description: impl Into<String>,
        end_date: i64,
        interval_count: i64,
        supported_types: impl Into<Vec<PostIntentParamMandateOptionsSupportedTypesItem>>,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsCardPresentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_extended_authorization: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_incremental_authorization_support: Option<bool>,
}

runtime::builder! {
    PostOptionsCardPresentPaymentMethodOptionsParam() {
        request_extended_authorization: bool,
        request_incremental_authorization_support: bool,
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostOptionsInteracPresentPaymentMethodOptionsParam {}

runtime::builder! {
    PostOptionsInteracPresentPaymentMethodOptionsParam() {}
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsWechatPayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    pub client: PostWechatPayPaymentMethodOptionsParamClient,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostOptionsWechatPayPaymentMethodOptionsParam(
        client: impl Into<PostWechatPayPaymentMethodOptionsParamClient>,
    ) {
        app_id: impl Into<String>,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}
