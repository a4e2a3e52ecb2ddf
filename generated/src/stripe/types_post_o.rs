// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
    /// The `custom_mandate_url` member of `PostIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostOptionsParamMandateOptionsCustomMandateUrl {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `payment_schedule` member of `PostIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostOptionsParamMandateOptionsPaymentSchedule {
        Combined = "combined",
        Interval = "interval",
        Sporadic = "sporadic",
        ..Unknown
    }
}

crate::runtime::string_enum! {
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
    pub setup_future_usage: Option<PostDebitPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsBancontactPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<PostPaymentMethodOptionsParamPreferredLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostBancontactPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
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

/// The `plan` member of `PostOptionsCardPaymentIntentParamInstallments`.
///
/// Decoding tries `InstallmentPlan`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostOptionsCardPaymentIntentParamInstallmentsPlan {
    /// installment_plan
    InstallmentPlan(PostIntentParamInstallmentsPlanInstallmentPlan),
    /// A [`PostCardPaymentIntentParamInstallmentsPlanString`].
    String(PostCardPaymentIntentParamInstallmentsPlanString),
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

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostOptionsCardPaymentIntentParamSetupFutureUsage {
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
pub struct PostOptionsCardPresentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_extended_authorization: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_incremental_authorization_support: Option<bool>,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsOxxoPaymentMethodOptionsParam`.
    pub enum PostOxxoPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsWechatPayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    pub client: PostWechatPayPaymentMethodOptionsParamClient,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPayPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsAfterpayClearpayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<
        PostAfterpayClearpayPaymentMethodOptionsParamCaptureMethod,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsAfterpayClearpayPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostOptionsAfterpayClearpayPaymentMethodOptionsParam`.
    pub enum PostOptionsAfterpayClearpayPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsAlipayPaymentMethodOptionsParam`.
    pub enum PostOptionsAlipayPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsBoletoPaymentMethodOptionsParam`.
    pub enum PostOptionsBoletoPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostMethodOptionsCardPaymentIntentParamInstallmentsPlan`.
    pub enum PostOptionsCardPaymentIntentParamInstallmentsPlanString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `amount_type` member of `PostMethodOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostOptionsCardPaymentIntentParamMandateOptionsAmountType {
        Fixed = "fixed",
        Maximum = "maximum",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `interval` member of `PostMethodOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostOptionsCardPaymentIntentParamMandateOptionsInterval {
        Day = "day",
        Month = "month",
        Sporadic = "sporadic",
        Week = "week",
        Year = "year",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `request_three_d_secure` member of `PostConfirmBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostOptionsCardPaymentIntentParamRequestThreeDSecure {
        Any = "any",
        Automatic = "automatic",
        ..Unknown
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsEpsPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsEpsPaymentIntentPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostOptionsEpsPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostOptionsEpsPaymentIntentPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsFpxPaymentMethodOptionsParam`.
    pub enum PostOptionsFpxPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsGiropayPaymentMethodOptionsParam`.
    pub enum PostOptionsGiropayPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsGrabpayPaymentMethodOptionsParam`.
    pub enum PostOptionsGrabpayPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsIdealPaymentMethodOptionsParam`.
    pub enum PostOptionsIdealPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `capture_method` member of `PostPaymentMethodOptionsKlarnaPaymentMethodOptionsParam`.
    pub enum PostOptionsKlarnaPaymentMethodOptionsParamCaptureMethod {
        Empty = "",
        Manual = "manual",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `preferred_locale` member of `PostPaymentMethodOptionsKlarnaPaymentMethodOptionsParam`.
    pub enum PostOptionsKlarnaPaymentMethodOptionsParamPreferredLocale {
        DaDk = "da-DK",
        DeAt = "de-AT",
        DeDe = "de-DE",
        EnAt = "en-AT",
        EnBe = "en-BE",
        EnDe = "en-DE",
        EnDk = "en-DK",
        EnEs = "en-ES",
        EnFi = "en-FI",
        EnFr = "en-FR",
        EnGb = "en-GB",
        EnIe = "en-IE",
        EnIt = "en-IT",
        EnNl = "en-NL",
        EnNo = "en-NO",
        EnSe = "en-SE",
        EnUs = "en-US",
        EsEs = "es-ES",
        EsUs = "es-US",
        FiFi = "fi-FI",
        FrBe = "fr-BE",
        FrFr = "fr-FR",
        ItIt = "it-IT",
        NbNo = "nb-NO",
        NlBe = "nl-BE",
        NlNl = "nl-NL",
        SvFi = "sv-FI",
        SvSe = "sv-SE",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsKlarnaPaymentMethodOptionsParam`.
    pub enum PostOptionsKlarnaPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

/// The `expires_at` member of `PostPaymentMethodOptionsKonbiniPaymentMethodOptionsParam`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostOptionsKonbiniPaymentMethodOptionsParamExpiresAt {
    /// The value is a JSON integer.
    Integer(i64),
    /// A [`PostKonbiniPaymentMethodOptionsParamExpiresAtString`].
    String(PostKonbiniPaymentMethodOptionsParamExpiresAtString),
}

impl std::fmt::Display for PostOptionsKonbiniPaymentMethodOptionsParamExpiresAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsKonbiniPaymentMethodOptionsParam`.
    pub enum PostOptionsKonbiniPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsOxxoPaymentMethodOptionsParam`.
    pub enum PostOptionsOxxoPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsP24PaymentMethodOptionsParam`.
    pub enum PostOptionsP24PaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsPaynowPaymentMethodOptionsParam`.
    pub enum PostOptionsPaynowPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsSepaDebitPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsSepaDebitPaymentIntentPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostOptionsSepaDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostOptionsSepaDebitPaymentIntentPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `preferred_language` member of `PostPaymentMethodOptionsSofortPaymentMethodOptionsParam`.
    pub enum PostOptionsSofortPaymentMethodOptionsParamPreferredLanguage {
        Empty = "",
        De = "de",
        En = "en",
        Es = "es",
        Fr = "fr",
        It = "it",
        Nl = "nl",
        Pl = "pl",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentMethodOptionsSofortPaymentMethodOptionsParam`.
    pub enum PostOptionsSofortPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `client` member of `PostMethodOptionsWechatPayPaymentMethodOptionsParam`.
    pub enum PostOptionsWechatPayPaymentMethodOptionsParamClient {
        Android = "android",
        Ios = "ios",
        Web = "web",
        ..Unknown
    }
}
