// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
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
