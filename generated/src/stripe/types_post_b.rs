// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// custom_field_params
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBodyInvoiceSettingsCustomFieldsListItem {
    pub name: String,
    pub value: String,
}

/// customer_payment_source_bank_account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBankAccountCustomerPaymentSourceBankAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_type: Option<PostPaymentSourceBankAccountAccountHolderType>,
    pub account_number: String,
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<PostAccountCustomerPaymentSourceBankAccountObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routing_number: Option<String>,
}

crate::runtime::string_enum! {
    /// The `object` member of `PostCustomerBodyCardCustomerPaymentSourceCard`.
    pub enum PostBodyCardCustomerPaymentSourceCardObject {
        Card = "card",
        ..Unknown
    }
}

/// The `address` member of `PostIntentsBodyPaymentMethodDataBillingDetails`.
///
/// Decoding tries `BillingDetailsAddress`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostBodyPaymentMethodDataBillingDetailsAddress {
    /// billing_details_address
    BillingDetailsAddress(PostDataBillingDetailsAddressBillingDetailsAddress),
    /// A [`PostPaymentMethodDataBillingDetailsAddressString`].
    String(PostPaymentMethodDataBillingDetailsAddressString),
}

crate::runtime::string_enum! {
    /// The `email` member of `PostIntentsBodyPaymentMethodDataBillingDetails`.
    pub enum PostBodyPaymentMethodDataBillingDetailsEmail {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `account_type` member of `PostIntentsBodyPaymentMethodDataUsBankAccount`.
    pub enum PostBodyPaymentMethodDataUsBankAccountAccountType {
        Checking = "checking",
        Savings = "savings",
        ..Unknown
    }
}

/// The `afterpay_clearpay` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostBodyPaymentMethodOptionsAfterpayClearpay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostAfterpayClearpayPaymentMethodOptionsParam),
    /// A [`PostBodyPaymentMethodOptionsAfterpayClearpayString`].
    String(PostBodyPaymentMethodOptionsAfterpayClearpayString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostBodyPaymentMethodOptionsAfterpayClearpay`.
    pub enum PostBodyPaymentMethodOptionsAfterpayClearpayString {
        Empty = "",
        ..Unknown
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBecsDebitPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIntentPaymentMethodOptionsParamSetupFutureUsage>,
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsAuBecsDebit`.
    pub enum PostBodyPaymentMethodOptionsAuBecsDebitString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostOptionsBancontactPaymentMethodOptionsParam`.
    pub enum PostBancontactPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsBancontact`.
    pub enum PostBodyPaymentMethodOptionsBancontactString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsBoletoPaymentMethodOptionsParam`.
    pub enum PostBoletoPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

/// payment_intent_param
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBodyPaymentMethodOptionsCardPaymentIntentParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostOptionsCardPaymentIntentParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cvc_token: Option<String>,
    /// installments_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub installments: Option<PostOptionsCardPaymentIntentParamInstallments>,
    /// mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<PostOptionsCardPaymentIntentParamMandateOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network: Option<PostMethodOptionsCardPaymentIntentParamNetwork>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_three_d_secure: Option<PostCardPaymentIntentParamRequestThreeDSecure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostOptionsCardPaymentIntentParamSetupFutureUsage>,
}

impl std::fmt::Debug for PostBodyPaymentMethodOptionsCardPaymentIntentParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostBodyPaymentMethodOptionsCardPaymentIntentParam")
            .field("capture_method", &self.capture_method)
            .field("cvc_token", &crate::runtime::Redacted)
            .field("installments", &self.installments)
            .field("mandate_options", &self.mandate_options)
            .field("network", &self.network)
            .field("request_three_d_secure", &self.request_three_d_secure)
            .field("setup_future_usage", &self.setup_future_usage)
            .finish()
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsCardPresent`.
    pub enum PostBodyPaymentMethodOptionsCardPresentString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsInteracPresent`.
    pub enum PostBodyPaymentMethodOptionsInteracPresentString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsUsBankAccount`.
    pub enum PostBodyPaymentMethodOptionsUsBankAccountString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostConfirmBodyPaymentMethodDataBillingDetailsAddress`.
    pub enum PostBodyPaymentMethodDataBillingDetailsAddressString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsBacsDebitPaymentMethodOptionsParam`.
    pub enum PostBacsDebitPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `preferred_language` member of `PostMethodOptionsBancontactPaymentMethodOptionsParam`.
    pub enum PostBancontactPaymentMethodOptionsParamPreferredLanguage {
        De = "de",
        En = "en",
        Fr = "fr",
        Nl = "nl",
        ..Unknown
    }
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBankAccountPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostBankAccountPaymentIntentPaymentMethodOptionsParamSetupFutureUsage,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<
        PostBankAccountPaymentIntentPaymentMethodOptionsParamVerificationMethod,
    >,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostBankAccountPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostBankAccountPaymentIntentPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `verification_method` member of `PostBankAccountPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostBankAccountPaymentIntentPaymentMethodOptionsParamVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

/// optional_fields_address
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBodyShippingOptionalFieldsShippingAddress {
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
