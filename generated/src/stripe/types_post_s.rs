// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostSepaDebitPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostSepaDebitPaymentIntentPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostSepaDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostSepaDebitPaymentIntentPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `preferred_language` member of `PostMethodOptionsSofortPaymentMethodOptionsParam`.
    pub enum PostSofortPaymentMethodOptionsParamPreferredLanguage {
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
    /// The `setup_future_usage` member of `PostMethodOptionsSofortPaymentMethodOptionsParam`.
    pub enum PostSofortPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}
