// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
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
pub struct PostMethodOptionsAlipayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostAlipayPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsBoletoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostBoletoPaymentMethodOptionsParamSetupFutureUsage>,
}

crate::runtime::string_enum! {
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

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsGiropayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostGiropayPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsGrabpayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostGrabpayPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsIdealPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsKlarnaPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostKlarnaPaymentMethodOptionsParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locale: Option<PostKlarnaPaymentMethodOptionsParamPreferredLocale>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostKlarnaPaymentMethodOptionsParamSetupFutureUsage>,
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
    pub expires_at: Option<PostKonbiniPaymentMethodOptionsParamExpiresAt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostKonbiniPaymentMethodOptionsParamSetupFutureUsage>,
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentMethodOptionsParamExpiresAfterDays`.
    pub enum PostMethodOptionsParamExpiresAfterDaysString {
        Empty = "",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsOxxoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostOxxoPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsP24PaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostP24PaymentMethodOptionsParamSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tos_shown_and_accepted: Option<bool>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsPaynowPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaynowPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsSofortPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<PostSofortPaymentMethodOptionsParamPreferredLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostSofortPaymentMethodOptionsParamSetupFutureUsage>,
}

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMandateDataSecretKeyParamCustomerAcceptance {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offline: Option<serde_json::Map<String, serde_json::Value>>,
    /// online_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<PostDataSecretKeyParamCustomerAcceptanceOnline>,
    pub r#type: PostDataSecretKeyParamCustomerAcceptanceType,
}

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMandateDataClientKeyParamCustomerAcceptance {
    /// online_param
    pub online: PostDataClientKeyParamCustomerAcceptanceOnline,
    pub r#type: PostDataClientKeyParamCustomerAcceptanceType,
}

/// billing_details_address
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodDataBillingDetailsAddressBillingDetailsAddress {
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

crate::runtime::string_enum! {
    /// The `custom_mandate_url` member of `PostPaymentIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostMethodOptionsParamMandateOptionsCustomMandateUrl {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `payment_schedule` member of `PostPaymentIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostMethodOptionsParamMandateOptionsPaymentSchedule {
        Combined = "combined",
        Interval = "interval",
        Sporadic = "sporadic",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `transaction_type` member of `PostPaymentIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostMethodOptionsParamMandateOptionsTransactionType {
        Business = "business",
        Personal = "personal",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsBacsDebitPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostBacsDebitPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsBancontactPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<
        PostBancontactPaymentMethodOptionsParamPreferredLanguage,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostMethodOptionsBancontactPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsBancontactPaymentMethodOptionsParam`.
    pub enum PostMethodOptionsBancontactPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `capture_method` member of `PostConfirmBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostMethodOptionsCardPaymentIntentParamCaptureMethod {
        Empty = "",
        Manual = "manual",
        ..Unknown
    }
}

/// installments_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsCardPaymentIntentParamInstallments {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PostMethodOptionsCardPaymentIntentParamInstallmentsPlan>,
}

/// The `plan` member of `PostMethodOptionsCardPaymentIntentParamInstallments`.
///
/// Decoding tries `InstallmentPlan`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostMethodOptionsCardPaymentIntentParamInstallmentsPlan {
    /// installment_plan
    InstallmentPlan(PostPaymentIntentParamInstallmentsPlanInstallmentPlan),
    /// A [`PostOptionsCardPaymentIntentParamInstallmentsPlanString`].
    String(PostOptionsCardPaymentIntentParamInstallmentsPlanString),
}

/// mandate_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsCardPaymentIntentParamMandateOptions {
    pub amount: i64,
    pub amount_type: PostOptionsCardPaymentIntentParamMandateOptionsAmountType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<i64>,
    pub interval: PostOptionsCardPaymentIntentParamMandateOptionsInterval,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_count: Option<i64>,
    pub reference: String,
    pub start_date: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supported_types: Option<
        Vec<PostPaymentIntentParamMandateOptionsSupportedTypesItem>,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostConfirmBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostMethodOptionsCardPaymentIntentParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsCardPresentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_extended_authorization: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_incremental_authorization_support: Option<bool>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsWechatPayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    pub client: PostOptionsWechatPayPaymentMethodOptionsParamClient,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostWechatPayPaymentMethodOptionsParamSetupFutureUsage,
    >,
}
