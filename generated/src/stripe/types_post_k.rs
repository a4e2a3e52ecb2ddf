// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
    /// The `capture_method` member of `PostMethodOptionsKlarnaPaymentMethodOptionsParam`.
    pub enum PostKlarnaPaymentMethodOptionsParamCaptureMethod {
        Empty = "",
        Manual = "manual",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `preferred_locale` member of `PostMethodOptionsKlarnaPaymentMethodOptionsParam`.
    pub enum PostKlarnaPaymentMethodOptionsParamPreferredLocale {
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
    /// The `setup_future_usage` member of `PostMethodOptionsKlarnaPaymentMethodOptionsParam`.
    pub enum PostKlarnaPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

/// The `expires_at` member of `PostMethodOptionsKonbiniPaymentMethodOptionsParam`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostKonbiniPaymentMethodOptionsParamExpiresAt {
    /// The value is a JSON integer.
    Integer(i64),
    /// A [`PostPaymentMethodOptionsParamExpiresAtString`].
    String(PostPaymentMethodOptionsParamExpiresAtString),
}

impl std::fmt::Display for PostKonbiniPaymentMethodOptionsParamExpiresAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsKonbiniPaymentMethodOptionsParam`.
    pub enum PostKonbiniPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

/// The `expires_after_days` member of `PostPaymentMethodOptionsKonbiniPaymentMethodOptionsParam`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostKonbiniPaymentMethodOptionsParamExpiresAfterDays {
    /// The value is a JSON integer.
    Integer(i64),
    /// A [`PostPaymentMethodOptionsParamExpiresAfterDaysString`].
    String(PostPaymentMethodOptionsParamExpiresAfterDaysString),
}

impl std::fmt::Display for PostKonbiniPaymentMethodOptionsParamExpiresAfterDays {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostOptionsKonbiniPaymentMethodOptionsParamExpiresAt`.
    pub enum PostKonbiniPaymentMethodOptionsParamExpiresAtString {
        Empty = "",
        ..Unknown
    }
}
