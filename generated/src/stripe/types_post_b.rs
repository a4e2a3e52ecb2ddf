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

runtime::builder! {
    PostBodyInvoiceSettingsCustomFieldsListItem(name: impl Into<String>, value: impl Into<String>) {}
}

/// customer_payment_source_bank_account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBankAccountCustomerPaymentSourceBankAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_type: Option<PostMethodDataUsBankAccountAccountHolderType>,
    pub account_number: String,
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<PostAccountCustomerPaymentSourceBankAccountObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routing_number: Option<String>,
}

runtime::builder! {
    PostBankAccountCustomerPaymentSourceBankAccount(
        account_number: impl Into<String>,
        country: impl Into<String>,
    ) {
        account_holder_name: impl Into<String>,
        account_holder_type: impl Into<PostMethodDataUsBankAccountAccountHolderType>,
        currency: impl Into<String>,
        object: impl Into<PostAccountCustomerPaymentSourceBankAccountObject>,
        routing_number: impl Into<String>,
    }
}

runtime::string_enum! {
    /// The `object` member of `PostCustomerBodyCardCustomerPaymentSourceCard`.
    pub enum PostBodyCardCustomerPaymentSourceCardObject {
        Card = "card",
        ..Unknown
    }
}

/// offline_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostBodyMandateDataCustomerAcceptanceOffline {}

runtime::builder! {
    PostBodyMandateDataCustomerAcceptanceOffline() {}
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
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
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
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBecsDebitPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::builder! {
    PostBecsDebitPaymentIntentPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
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
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

impl std::fmt::Debug for PostBodyPaymentMethodOptionsCardPaymentIntentParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostBodyPaymentMethodOptionsCardPaymentIntentParam")
            .field("capture_method", &self.capture_method)
            .field("cvc_token", &runtime::Redacted)
            .field("installments", &self.installments)
            .field("mandate_options", &self.mandate_options)
            .field("network", &self.network)
            .field("request_three_d_secure", &self.request_three_d_secure)
            .field("setup_future_usage", &self.setup_future_usage)
            .finish()
    }
}

runtime::builder! {
    PostBodyPaymentMethodOptionsCardPaymentIntentParam() {
        capture_method: impl Into<PostOptionsCardPaymentIntentParamCaptureMethod>,
        cvc_token: impl Into<String>,
        installments: impl Into<PostOptionsCardPaymentIntentParamInstallments>,
        mandate_options: impl Into<PostOptionsCardPaymentIntentParamMandateOptions>,
        network: impl Into<PostMethodOptionsCardPaymentIntentParamNetwork>,
        request_three_d_secure: impl Into<PostCardPaymentIntentParamRequestThreeDSecure>,
        setup_future_usage: impl Into<PostPaymentMethodOptionsParamSetupFutureUsage>,
    }
}
