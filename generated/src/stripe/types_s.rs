// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `schedules_phase_automatic_tax` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SchedulesPhaseAutomaticTax {
    /// Whether Stripe automatically computes tax on invoices created during this phase.
    pub enabled: bool,
}

runtime::decode! { SchedulesPhaseAutomaticTax { enabled } }

/// The `sepa_debit_generated_from` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SepaDebitGeneratedFrom {
    /// The ID of the Charge that generated this PaymentMethod, if any.
    pub charge: Option<runtime::Expandable<Charge>>,
    /// The ID of the SetupAttempt that generated this PaymentMethod, if any.
    pub setup_attempt: Option<runtime::Expandable<SetupAttempt>>,
}

runtime::decode! { SepaDebitGeneratedFrom { charge, setup_attempt } }

/// A SetupAttempt describes one attempted confirmation of a SetupIntent,
/// whether that confirmation was successful or unsuccessful. You can use
/// SetupAttempts to inspect details of a specific attempt at setting up a
/// payment method using a SetupIntent.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SetupAttempt {
    /// The value of [application](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-application) on the SetupIntent at the time of this confirmation.
    pub application: Option<runtime::Expandable<Application>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The value of [customer](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-customer) on the SetupIntent at the time of this confirmation.
    pub customer: Option<runtime::Expandable<SetupAttemptCustomer>>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SetupAttemptObject,
    /// The value of [on_behalf_of](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-on_behalf_of) on the SetupIntent at the time of this confirmation.
    pub on_behalf_of: Option<runtime::Expandable<Account>>,
    /// ID of the payment method used with this SetupAttempt.
    pub payment_method: runtime::Expandable<PaymentMethod>,
    pub payment_method_details: SetupAttemptPaymentMethodDetails,
    /// The error encountered during this attempt to confirm the SetupIntent, if any.
    pub setup_error: Option<ApiErrors>,
    /// ID of the SetupIntent that this attempt belongs to.
    pub setup_intent: runtime::Expandable<SetupIntent>,
    /// Status of this SetupAttempt, one of `requires_confirmation`, `requires_action`, `processing`, `succeeded`, `failed`, or `abandoned`.
    pub status: String,
    /// The value of [usage](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-usage) on the SetupIntent at the time of this confirmation, one of `off_session` or `on_session`.
    pub usage: String,
}

runtime::decode! {
    SetupAttempt {
        application, created, customer, id, livemode, object, on_behalf_of, payment_method,
        payment_method_details, setup_error, setup_intent, status, usage,
    }
}

/// The value of [customer](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-customer) on the SetupIntent at the time of this confirmation.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupAttemptCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SetupAttemptObject {
        SetupAttempt = "setup_attempt",
        ..Unknown
    }
}

/// The `setup_attempt_payment_method_details` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SetupAttemptPaymentMethodDetails {
    pub acss_debit: Option<MandateMultiUse>,
    pub au_becs_debit: Option<MandateMultiUse>,
    pub bacs_debit: Option<MandateMultiUse>,
    pub bancontact: Option<SetupAttemptPaymentMethodDetailsBancontact>,
    pub boleto: Option<MandateMultiUse>,
    pub card: Option<SetupAttemptPaymentMethodDetailsCard>,
    pub card_present: Option<SetupAttemptPaymentMethodDetailsCardPresent>,
    pub ideal: Option<SetupAttemptPaymentMethodDetailsIdeal>,
    pub sepa_debit: Option<MandateMultiUse>,
    pub sofort: Option<SetupAttemptPaymentMethodDetailsSofort>,
    /// The type of the payment method used in the SetupIntent (e.g., `card`). An additional hash is included on `payment_method_details` with a name matching this value. It contains confirmation-specific information for the payment method.
    pub r#type: String,
    pub us_bank_account: Option<MandateMultiUse>,
}

runtime::decode! {
    SetupAttemptPaymentMethodDetails {
        acss_debit, au_becs_debit, bacs_debit, bancontact, boleto, card, card_present, ideal,
        sepa_debit, sofort, r#type = "type", us_bank_account,
    }
}

/// Same as [`MandateMultiUse`].
pub type SetupAttemptPaymentMethodDetailsAcssDebit = MandateMultiUse;

/// Same as [`MandateMultiUse`].
pub type SetupAttemptPaymentMethodDetailsAuBecsDebit = MandateMultiUse;

/// Same as [`MandateMultiUse`].
pub type SetupAttemptPaymentMethodDetailsBacsDebit = MandateMultiUse;

/// The `setup_attempt_payment_method_details_bancontact` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupAttemptPaymentMethodDetailsBancontact {
    /// Bank code of bank associated with the bank account.
    pub bank_code: Option<String>,
    /// Name of the bank associated with the bank account.
    pub bank_name: Option<String>,
    /// Bank Identifier Code of the bank associated with the bank account.
    pub bic: Option<String>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    pub generated_sepa_debit: Option<runtime::Expandable<PaymentMethod>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    pub generated_sepa_debit_mandate: Option<runtime::Expandable<Mandate>>,
    /// Last four characters of the IBAN.
    pub iban_last4: Option<String>,
    /// Preferred language of the Bancontact authorization page that the customer is redirected to.
    /// Can be one of `en`, `de`, `fr`, or `nl`
    pub preferred_language: Option<SetupMethodDetailsBancontactPreferredLanguage>,
    /// Owner's verified full name. Values are verified or provided by Bancontact directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    pub verified_name: Option<String>,
}

runtime::decode! {
    SetupAttemptPaymentMethodDetailsBancontact {
        bank_code, bank_name, bic, generated_sepa_debit, generated_sepa_debit_mandate, iban_last4,
        preferred_language, verified_name,
    }
}

runtime::string_enum! {
    /// Preferred language of the Bancontact authorization page that the customer is redirected to.
    /// Can be one of `en`, `de`, `fr`, or `nl`
    pub enum SetupMethodDetailsBancontactPreferredLanguage {
        De = "de",
        En = "en",
        Fr = "fr",
        Nl = "nl",
        ..Unknown
    }
}

/// Same as [`MandateMultiUse`].
pub type SetupAttemptPaymentMethodDetailsBoleto = MandateMultiUse;

/// The `setup_attempt_payment_method_details_card` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupAttemptPaymentMethodDetailsCard {
    /// Populated if this authorization used 3D Secure authentication.
    pub three_d_secure: Option<ThreeDSecureDetails>,
}

runtime::decode! { SetupAttemptPaymentMethodDetailsCard { three_d_secure } }

/// The `setup_attempt_payment_method_details_card_present` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupAttemptPaymentMethodDetailsCardPresent {
    /// The ID of the Card PaymentMethod which was generated by this SetupAttempt.
    pub generated_card: Option<runtime::Expandable<PaymentMethod>>,
}

runtime::decode! { SetupAttemptPaymentMethodDetailsCardPresent { generated_card } }

/// The `setup_attempt_payment_method_details_ideal` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupAttemptPaymentMethodDetailsIdeal {
    /// The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `revolut`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
    pub bank: Option<PaymentMethodDetailsIdealBank>,
    /// The Bank Identifier Code of the customer's bank.
    pub bic: Option<PaymentMethodDetailsIdealBic>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    pub generated_sepa_debit: Option<runtime::Expandable<PaymentMethod>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    pub generated_sepa_debit_mandate: Option<runtime::Expandable<Mandate>>,
    /// Last four characters of the IBAN.
    pub iban_last4: Option<String>,
    /// Owner's verified full name. Values are verified or provided by iDEAL directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    pub verified_name: Option<String>,
}

runtime::decode! {
    SetupAttemptPaymentMethodDetailsIdeal {
        bank, bic, generated_sepa_debit, generated_sepa_debit_mandate, iban_last4, verified_name,
    }
}

/// Same as [`MandateMultiUse`].
pub type SetupAttemptPaymentMethodDetailsSepaDebit = MandateMultiUse;

/// The `setup_attempt_payment_method_details_sofort` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupAttemptPaymentMethodDetailsSofort {
    /// Bank code of bank associated with the bank account.
    pub bank_code: Option<String>,
    /// Name of the bank associated with the bank account.
    pub bank_name: Option<String>,
    /// Bank Identifier Code of the bank associated with the bank account.
    pub bic: Option<String>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    pub generated_sepa_debit: Option<runtime::Expandable<PaymentMethod>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    pub generated_sepa_debit_mandate: Option<runtime::Expandable<Mandate>>,
    /// Last four characters of the IBAN.
    pub iban_last4: Option<String>,
    /// Preferred language of the Sofort authorization page that the customer is redirected to.
    /// Can be one of `en`, `de`, `fr`, or `nl`
    pub preferred_language: Option<SetupPaymentMethodDetailsSofortPreferredLanguage>,
    /// Owner's verified full name. Values are verified or provided by Sofort directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    pub verified_name: Option<String>,
}

runtime::decode! {
    SetupAttemptPaymentMethodDetailsSofort {
        bank_code, bank_name, bic, generated_sepa_debit, generated_sepa_debit_mandate, iban_last4,
        preferred_language, verified_name,
    }
}

runtime::string_enum! {
    /// Preferred language of the Sofort authorization page that the customer is redirected to.
    /// Can be one of `en`, `de`, `fr`, or `nl`
    pub enum SetupPaymentMethodDetailsSofortPreferredLanguage {
        De = "de",
        En = "en",
        Fr = "fr",
        Nl = "nl",
        ..Unknown
    }
}

/// Same as [`MandateMultiUse`].
pub type SetupAttemptPaymentMethodDetailsUsBankAccount = MandateMultiUse;

/// A SetupIntent guides you through the process of setting up and saving a customer's payment credentials for future payments.
/// For example, you could use a SetupIntent to set up and save your customer's card without immediately collecting a payment.
/// Later, you can use [PaymentIntents](https://stripe.com/docs/api#payment_intents) to drive the payment flow.
///
/// Create a SetupIntent as soon as you're ready to collect your customer's payment credentials.
/// Do not maintain long-lived, unconfirmed SetupIntents as they may no longer be valid.
/// The SetupIntent then transitions through multiple [statuses](https://stripe.com/docs/payments/intents#intent-statuses) as it guides
/// you through the setup process.
///
/// Successful SetupIntents result in payment credentials that are optimized for future payments.
/// For example, cardholders in [certain regions](/guides/strong-customer-authentication) may need to be run through
/// [Strong Customer Authentication](https://stripe.com/docs/strong-customer-authentication) at the time of payment method collection
/// in order to streamline later [off-session payments](https://stripe.com/docs/payments/setup-intents).
/// If the SetupIntent is used with a [Customer](https://stripe.com/docs/api#setup_intent_object-customer), upon success,
/// it will automatically attach the resulting payment method to that Customer.
/// We recommend using SetupIntents or [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage) on
/// PaymentIntents to save payment methods in order to prevent saving invalid or unoptimized payment methods.
///
/// By using SetupIntents, you ensure that your customers experience the minimum set of required friction,
/// even as regulations change over time.
///
/// Related guide: [Setup Intents API](https://stripe.com/docs/payments/setup-intents).
#[derive(Clone, PartialEq)]
pub struct SetupIntent {
    /// ID of the Connect application that created the SetupIntent.
    pub application: Option<runtime::Expandable<Application>>,
    /// Reason for cancellation of this SetupIntent, one of `abandoned`, `requested_by_customer`, or `duplicate`.
    pub cancellation_reason: Option<SetupIntentCancellationReason>,
    /// The client secret of this SetupIntent. Used for client-side retrieval using a publishable key.
    ///
    /// The client secret can be used to complete payment setup from your frontend. It should not be stored, logged, or exposed to anyone other than the customer. Make sure that you have TLS enabled on any page that includes the client secret.
    pub client_secret: Option<String>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// ID of the Customer this SetupIntent belongs to, if one exists.
    ///
    /// If present, the SetupIntent's payment method will be attached to the Customer on successful setup. Payment methods attached to other Customers cannot be used with this SetupIntent.
    pub customer: Option<runtime::Expandable<SetupIntentCustomer>>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// The error encountered in the previous SetupIntent confirmation.
    pub last_setup_error: Option<Box<ApiErrors>>,
    /// The most recent SetupAttempt for this SetupIntent.
    pub latest_attempt: Option<runtime::Expandable<SetupAttempt>>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// ID of the multi use Mandate generated by the SetupIntent.
    pub mandate: Option<runtime::Expandable<Mandate>>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// If present, this property tells you what actions you need to take in order for your customer to continue payment setup.
    pub next_action: Option<SetupIntentNextAction>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SetupIntentObject,
    /// The account (if any) for which the setup is intended.
    pub on_behalf_of: Option<runtime::Expandable<Account>>,
    /// ID of the payment method used with this SetupIntent.
    pub payment_method: Option<runtime::Expandable<PaymentMethod>>,
    /// Payment-method-specific configuration for this SetupIntent.
    pub payment_method_options: Option<SetupIntentPaymentMethodOptions>,
    /// The list of payment method types (e.g. card) that this SetupIntent is allowed to set up.
    pub payment_method_types: Vec<String>,
    /// ID of the single_use Mandate generated by the SetupIntent.
    pub single_use_mandate: Option<runtime::Expandable<Mandate>>,
    /// [Status](https://stripe.com/docs/payments/intents#intent-statuses) of this SetupIntent, one of `requires_payment_method`, `requires_confirmation`, `requires_action`, `processing`, `canceled`, or `succeeded`.
    pub status: SetupIntentStatus,
    /// Indicates how the payment method is intended to be used in the future.
    ///
    /// Use `on_session` if you intend to only reuse the payment method when the customer is in your checkout flow. Use `off_session` if your customer may or may not be in your checkout flow. If not provided, this value defaults to `off_session`.
    pub usage: String,
}

runtime::decode! {
    SetupIntent {
        application, cancellation_reason, client_secret, created, customer, description, id,
        last_setup_error, latest_attempt, livemode, mandate, metadata, next_action, object,
        on_behalf_of, payment_method, payment_method_options, payment_method_types,
        single_use_mandate, status, usage,
    }
}

runtime::redacted_debug! {
    SetupIntent {
        application, cancellation_reason, client_secret: redacted, created, customer, description,
        id, last_setup_error, latest_attempt, livemode, mandate, metadata, next_action, object,
        on_behalf_of, payment_method, payment_method_options, payment_method_types,
        single_use_mandate, status, usage,
    }
}

runtime::string_enum! {
    /// Reason for cancellation of this SetupIntent, one of `abandoned`, `requested_by_customer`, or `duplicate`.
    pub enum SetupIntentCancellationReason {
        Abandoned = "abandoned",
        Duplicate = "duplicate",
        RequestedByCustomer = "requested_by_customer",
        ..Unknown
    }
}

/// ID of the Customer this SetupIntent belongs to, if one exists.
///
/// If present, the SetupIntent's payment method will be attached to the Customer on successful setup. Payment methods attached to other Customers cannot be used with this SetupIntent.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupIntentCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SetupIntentObject {
        SetupIntent = "setup_intent",
        ..Unknown
    }
}

runtime::string_enum! {
    /// [Status](https://stripe.com/docs/payments/intents#intent-statuses) of this SetupIntent, one of `requires_payment_method`, `requires_confirmation`, `requires_action`, `processing`, `canceled`, or `succeeded`.
    pub enum SetupIntentStatus {
        Canceled = "canceled",
        Processing = "processing",
        RequiresAction = "requires_action",
        RequiresConfirmation = "requires_confirmation",
        RequiresPaymentMethod = "requires_payment_method",
        Succeeded = "succeeded",
        ..Unknown
    }
}

/// The `setup_intent_next_action` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SetupIntentNextAction {
    pub redirect_to_url: Option<SetupIntentNextActionRedirectToUrl>,
    /// Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`, `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
    pub r#type: String,
    /// When confirming a SetupIntent with Stripe.js, Stripe.js depends on the contents of this dictionary to invoke authentication flows. The shape of the contents is subject to change and is only intended to be used by Stripe.js.
    pub use_stripe_sdk: Option<serde_json::Map<String, serde_json::Value>>,
    pub verify_with_microdeposits: Option<SetupIntentNextActionVerifyWithMicrodeposits>,
}

runtime::decode! {
    SetupIntentNextAction {
        redirect_to_url, r#type = "type", use_stripe_sdk, verify_with_microdeposits,
    }
}

/// The `setup_intent_next_action_redirect_to_url` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupIntentNextActionRedirectToUrl {
    /// If the customer does not exit their browser while authenticating, they will be redirected to this specified URL after completion.
    pub return_url: Option<String>,
    /// The URL you must redirect your customer to in order to authenticate.
    pub url: Option<String>,
}

runtime::decode! { SetupIntentNextActionRedirectToUrl { return_url, url } }

/// The `setup_intent_next_action_verify_with_microdeposits` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SetupIntentNextActionVerifyWithMicrodeposits {
    /// The timestamp when the microdeposits are expected to land.
    pub arrival_date: i64,
    /// The URL for the hosted verification page, which allows customers to verify their bank account.
    pub hosted_verification_url: String,
    /// The type of the microdeposit sent to the customer. Used to distinguish between different verification methods.
    pub microdeposit_type: Option<PaymentVerifyWithMicrodepositsMicrodepositType>,
}

runtime::decode! {
    SetupIntentNextActionVerifyWithMicrodeposits {
        arrival_date, hosted_verification_url, microdeposit_type,
    }
}

/// The `setup_intent_payment_method_options` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SetupIntentPaymentMethodOptions {
    pub acss_debit: Option<SetupIntentPaymentMethodOptionsAcssDebitUnion>,
    pub card: Option<SetupIntentPaymentMethodOptionsCard>,
    pub sepa_debit: Option<SetupIntentPaymentMethodOptionsSepaDebitUnion>,
    pub us_bank_account: Option<SetupIntentPaymentMethodOptionsUsBankAccountUnion>,
}

runtime::decode! {
    SetupIntentPaymentMethodOptions {
        acss_debit, card, sepa_debit, us_bank_account,
    }
}

/// The `acss_debit` member of `SetupIntentPaymentMethodOptions`.
///
/// Decoding tries `SetupIntentPaymentMethodOptionsAcssDebit`, `SetupIntentTypeSpecificPaymentMethodOptionsClient` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupIntentPaymentMethodOptionsAcssDebitUnion {
    /// The value is of type [`SetupIntentPaymentMethodOptionsAcssDebit`].
    SetupIntentPaymentMethodOptionsAcssDebit(SetupIntentPaymentMethodOptionsAcssDebit),
    /// The value is of type [`InvoicePaymentMethodOptionsUsBankAccount`].
    SetupIntentTypeSpecificPaymentMethodOptionsClient(
        InvoicePaymentMethodOptionsUsBankAccount,
    ),
}

/// The `sepa_debit` member of `SetupIntentPaymentMethodOptions`.
///
/// Decoding tries `SetupIntentPaymentMethodOptionsSepaDebit`, `SetupIntentTypeSpecificPaymentMethodOptionsClient` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupIntentPaymentMethodOptionsSepaDebitUnion {
    /// The value is of type [`SetupIntentPaymentMethodOptionsSepaDebit`].
    SetupIntentPaymentMethodOptionsSepaDebit(SetupIntentPaymentMethodOptionsSepaDebit),
    /// The value is of type [`InvoicePaymentMethodOptionsUsBankAccount`].
    SetupIntentTypeSpecificPaymentMethodOptionsClient(
        InvoicePaymentMethodOptionsUsBankAccount,
    ),
}

/// The `us_bank_account` member of `SetupIntentPaymentMethodOptions`.
///
/// Decoding tries `SetupIntentPaymentMethodOptionsUsBankAccount`, `SetupIntentTypeSpecificPaymentMethodOptionsClient` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupIntentPaymentMethodOptionsUsBankAccountUnion {
    /// The value is of type [`InvoicePaymentMethodOptionsUsBankAccount`].
    SetupIntentPaymentMethodOptionsUsBankAccount(
        InvoicePaymentMethodOptionsUsBankAccount,
    ),
    /// The value is of type [`InvoicePaymentMethodOptionsUsBankAccount`].
    SetupIntentTypeSpecificPaymentMethodOptionsClient(
        InvoicePaymentMethodOptionsUsBankAccount,
    ),
}

/// The `setup_intent_payment_method_options_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SetupIntentPaymentMethodOptionsAcssDebit {
    /// Currency supported by the bank account
    pub currency: Option<SetupIntentPaymentMethodOptionsAcssDebitCurrency>,
    pub mandate_options: Option<SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit>,
    /// Bank account verification method.
    pub verification_method: Option<PaymentMethodOptionsClientVerificationMethod>,
}

runtime::decode! {
    SetupIntentPaymentMethodOptionsAcssDebit {
        currency, mandate_options, verification_method,
    }
}

runtime::string_enum! {
    /// Currency supported by the bank account
    pub enum SetupIntentPaymentMethodOptionsAcssDebitCurrency {
        Cad = "cad",
        Usd = "usd",
        ..Unknown
    }
}

/// The `setup_intent_payment_method_options_card` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupIntentPaymentMethodOptionsCard {
    /// Configuration options for setting up an eMandate for cards issued in India.
    pub mandate_options: Option<SetupIntentPaymentMethodOptionsCardMandateOptions>,
    /// We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Permitted values include: `automatic` or `any`. If not provided, defaults to `automatic`. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine.
    pub request_three_d_secure: Option<SetupPaymentMethodOptionsCardRequestThreeDSecure>,
}

runtime::decode! { SetupIntentPaymentMethodOptionsCard { mandate_options, request_three_d_secure } }

runtime::string_enum! {
    /// We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Permitted values include: `automatic` or `any`. If not provided, defaults to `automatic`. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine.
    pub enum SetupPaymentMethodOptionsCardRequestThreeDSecure {
        Any = "any",
        Automatic = "automatic",
        ChallengeOnly = "challenge_only",
        ..Unknown
    }
}

/// The `setup_intent_payment_method_options_card_mandate_options` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SetupIntentPaymentMethodOptionsCardMandateOptions {
    /// Amount to be charged for future payments.
    pub amount: i64,
    /// One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param.
    pub amount_type: InvoiceMandateOptionsCardAmountType,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// A description of the mandate or subscription that is meant to be displayed to the customer.
    pub description: Option<String>,
    /// End date of the mandate or subscription. If not provided, the mandate will be active until canceled. If provided, end date should be after start date.
    pub end_date: Option<i64>,
    /// Specifies payment frequency. One of `day`, `week`, `month`, `year`, or `sporadic`.
    pub interval: SetupMethodOptionsCardMandateOptionsInterval,
    /// The number of intervals between payments. For example, `interval=month` and `interval_count=3` indicates one payment every three months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks). This parameter is optional when `interval=sporadic`.
    pub interval_count: Option<i64>,
    /// Unique identifier for the mandate or subscription.
    pub reference: String,
    /// Start date of the mandate or subscription. Start date should not be lesser than yesterday.
    pub start_date: i64,
    /// Specifies the type of mandates supported. Possible values are `india`.
    pub supported_types: Option<Vec<PaymentMethodOptionsCardMandateOptionsItem>>,
}

runtime::decode! {
    SetupIntentPaymentMethodOptionsCardMandateOptions {
        amount, amount_type, currency, description, end_date, interval, interval_count, reference,
        start_date, supported_types,
    }
}

runtime::string_enum! {
    /// Specifies payment frequency. One of `day`, `week`, `month`, `year`, or `sporadic`.
    pub enum SetupMethodOptionsCardMandateOptionsInterval {
        Day = "day",
        Month = "month",
        Sporadic = "sporadic",
        Week = "week",
        Year = "year",
        ..Unknown
    }
}

/// The `setup_intent_payment_method_options_mandate_options_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit {
    /// A URL for custom mandate text
    pub custom_mandate_url: Option<String>,
    /// List of Stripe products where this mandate can be selected automatically.
    pub default_for: Option<Vec<MandateAcssDebitDefaultForItem>>,
    /// Description of the interval. Only required if the 'payment_schedule' parameter is 'interval' or 'combined'.
    pub interval_description: Option<String>,
    /// Payment schedule for the mandate.
    pub payment_schedule: Option<MandateAcssDebitPaymentSchedule>,
    /// Transaction type of the mandate.
    pub transaction_type: Option<MandateAcssDebitTransactionType>,
}

runtime::decode! {
    SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit {
        custom_mandate_url, default_for, interval_description, payment_schedule, transaction_type,
    }
}

/// Same as [`MandateMultiUse`].
pub type SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit = MandateMultiUse;

/// The `setup_intent_payment_method_options_sepa_debit` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SetupIntentPaymentMethodOptionsSepaDebit {
    pub mandate_options: Option<MandateMultiUse>,
}

runtime::decode! { SetupIntentPaymentMethodOptionsSepaDebit { mandate_options } }

/// Same as [`InvoicePaymentMethodOptionsUsBankAccount`].
pub type SetupIntentPaymentMethodOptionsUsBankAccount = InvoicePaymentMethodOptionsUsBankAccount;

/// Same as [`InvoicePaymentMethodOptionsUsBankAccount`].
pub type SetupIntentTypeSpecificPaymentMethodOptionsClient = InvoicePaymentMethodOptionsUsBankAccount;

/// The `shipping` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Shipping {
    pub address: Option<Address>,
    /// The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc.
    pub carrier: Option<String>,
    /// Recipient name.
    pub name: Option<String>,
    /// Recipient phone (including extension).
    pub phone: Option<String>,
    /// The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas.
    pub tracking_number: Option<String>,
}

runtime::decode! { Shipping { address, carrier, name, phone, tracking_number } }

/// The `shipping_method` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ShippingMethod {
    /// A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the line item.
    pub amount: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The estimated delivery date for the given shipping method. Can be either a specific date or a range.
    pub delivery_estimate: Option<DeliveryEstimate>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: String,
    /// Unique identifier for the object.
    pub id: String,
}

runtime::decode! { ShippingMethod { amount, currency, delivery_estimate, description, id } }

/// Stores representations of [stock keeping units](http://en.wikipedia.org/wiki/Stock_keeping_unit).
/// SKUs describe specific product variations, taking into account any combination of: attributes,
/// currency, and cost. For example, a product may be a T-shirt, whereas a specific SKU represents
/// the `size: large`, `color: red` version of that shirt.
///
/// Can also be used to manage inventory.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Sku {
    /// Whether the SKU is available for purchase.
    pub active: bool,
    /// A dictionary of attributes and values for the attributes defined by the product. If, for example, a product's attributes are `["size", "gender"]`, a valid SKU has the following dictionary of attributes: `{"size": "Medium", "gender": "Unisex"}`.
    pub attributes: std::collections::BTreeMap<String, String>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Unique identifier for the object.
    pub id: String,
    /// The URL of an image for this SKU, meant to be displayable to the customer.
    pub image: Option<String>,
    pub inventory: SkuInventory,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SkuObject,
    /// The dimensions of this SKU for shipping purposes.
    pub package_dimensions: Option<PackageDimensions>,
    /// The cost of the item as a positive integer in the smallest currency unit (that is, 100 cents to charge $1.00, or 100 to charge ¥100, Japanese Yen being a zero-decimal currency).
    pub price: i64,
    /// The ID of the product this SKU is associated with. The product must be currently active.
    pub product: runtime::Expandable<Product>,
    /// Time at which the object was last updated. Measured in seconds since the Unix epoch.
    pub updated: i64,
}

runtime::decode! {
    Sku {
        active, attributes, created, currency, id, image, inventory, livemode, metadata, object,
        package_dimensions, price, product, updated,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SkuObject {
        Sku = "sku",
        ..Unknown
    }
}

/// The `sku_inventory` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SkuInventory {
    /// The count of inventory available. Will be present if and only if `type` is `finite`.
    pub quantity: Option<i64>,
    /// Inventory type. Possible values are `finite`, `bucket` (not quantified), and `infinite`.
    pub r#type: String,
    /// An indicator of the inventory available. Possible values are `in_stock`, `limited`, and `out_of_stock`. Will be present if and only if `type` is `bucket`.
    pub value: Option<String>,
}

runtime::decode! { SkuInventory { quantity, r#type = "type", value } }

/// `Source` objects allow you to accept a variety of payment methods. They
/// represent a customer's payment instrument, and can be used with the Stripe API
/// just like a `Card` object: once chargeable, they can be charged, or can be
/// attached to customers.
///
/// Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources & Customers](https://stripe.com/docs/sources/customers).
#[derive(Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Source {
    pub ach_credit_transfer: Option<SourceTypeAchCreditTransfer>,
    pub ach_debit: Option<SourceTypeAchDebit>,
    pub acss_debit: Option<SourceTypeAcssDebit>,
    pub alipay: Option<SourceTypeAlipay>,
    /// A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources.
    pub amount: Option<i64>,
    pub au_becs_debit: Option<SourceTypeAuBecsDebit>,
    pub bancontact: Option<SourceTypeBancontact>,
    pub card: Option<SourceTypeCard>,
    pub card_present: Option<SourceTypeCardPresent>,
    /// The client secret of the source. Used for client-side retrieval using a publishable key.
    pub client_secret: String,
    pub code_verification: Option<SourceCodeVerificationFlow>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) associated with the source. This is the currency for which the source will be chargeable once ready. Required for `single_use` sources.
    pub currency: Option<String>,
    /// The ID of the customer to which this source is attached. This will not be present when the source has not been attached to a customer.
    pub customer: Option<String>,
    pub eps: Option<SourceTypeEps>,
    /// The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`.
    pub flow: String,
    pub giropay: Option<SourceTypeGiropay>,
    /// Unique identifier for the object.
    pub id: String,
    pub ideal: Option<SourceTypeIdeal>,
    pub klarna: Option<SourceTypeKlarna>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    pub multibanco: Option<SourceTypeMultibanco>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SourceObject,
    /// Information about the owner of the payment instrument that may be used or required by particular source types.
    pub owner: Option<SourceOwner>,
    pub p24: Option<SourceTypeP24>,
    pub receiver: Option<SourceReceiverFlow>,
    pub redirect: Option<SourceRedirectFlow>,
    pub sepa_debit: Option<SourceTypeSepaDebit>,
    pub sofort: Option<SourceTypeSofort>,
    pub source_order: Option<SourceOrder>,
    /// Extra information about a source. This will appear on your customer's statement every time you charge the source.
    pub statement_descriptor: Option<String>,
    /// The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`. Only `chargeable` sources can be used to create a charge.
    pub status: String,
    pub three_d_secure: Option<SourceTypeThreeDSecure>,
    /// The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://stripe.com/docs/sources) used.
    pub r#type: SourceType,
    /// Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. If an incompatible value is passed, an error will be returned.
    pub usage: Option<String>,
    pub wechat: Option<SourceTypeWechat>,
}

runtime::decode! {
    Source {
        ach_credit_transfer, ach_debit, acss_debit, alipay, amount, au_becs_debit, bancontact, card,
        card_present, client_secret, code_verification, created, currency, customer, eps, flow,
        giropay, id, ideal, klarna, livemode, metadata, multibanco, object, owner, p24, receiver,
        redirect, sepa_debit, sofort, source_order, statement_descriptor, status, three_d_secure,
        r#type = "type", usage, wechat,
    }
}

runtime::redacted_debug! {
    Source {
        ach_credit_transfer, ach_debit, acss_debit, alipay, amount, au_becs_debit, bancontact, card,
        card_present, client_secret: redacted, code_verification, created, currency, customer, eps,
        flow, giropay, id, ideal, klarna, livemode, metadata, multibanco, object, owner, p24,
        receiver, redirect, sepa_debit, sofort, source_order, statement_descriptor, status,
        three_d_secure, r#type, usage, wechat,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SourceObject {
        Source = "source",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://stripe.com/docs/sources) used.
    pub enum SourceType {
        AchCreditTransfer = "ach_credit_transfer",
        AchDebit = "ach_debit",
        AcssDebit = "acss_debit",
        Alipay = "alipay",
        AuBecsDebit = "au_becs_debit",
        Bancontact = "bancontact",
        Card = "card",
        CardPresent = "card_present",
        Eps = "eps",
        Giropay = "giropay",
        Ideal = "ideal",
        Klarna = "klarna",
        Multibanco = "multibanco",
        P24 = "p24",
        SepaDebit = "sepa_debit",
        Sofort = "sofort",
        ThreeDSecure = "three_d_secure",
        Wechat = "wechat",
        ..Unknown
    }
}

/// The `source_code_verification_flow` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCodeVerificationFlow {
    /// The number of attempts remaining to authenticate the source object with a verification code.
    pub attempts_remaining: i64,
    /// The status of the code verification, either `pending` (awaiting verification, `attempts_remaining` should be greater than 0), `succeeded` (successful verification) or `failed` (failed verification, cannot be verified anymore as `attempts_remaining` should be 0).
    pub status: String,
}

runtime::decode! { SourceCodeVerificationFlow { attempts_remaining, status } }

/// The `source_order` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SourceOrder {
    /// A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the order.
    pub amount: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The email address of the customer placing the order.
    pub email: Option<String>,
    /// List of items constituting the order.
    pub items: Option<Vec<SourceOrderItem>>,
    pub shipping: Option<Shipping>,
}

runtime::decode! { SourceOrder { amount, currency, email, items, shipping } }

/// The `source_order_item` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceOrderItem {
    /// The amount (price) for this order item.
    pub amount: Option<i64>,
    /// This currency of this order item. Required when `amount` is present.
    pub currency: Option<String>,
    /// Human-readable description for this order item.
    pub description: Option<String>,
    /// The ID of the associated object for this line item. Expandable if not null (e.g., expandable to a SKU).
    pub parent: Option<String>,
    /// The quantity of this order item. When type is `sku`, this is the number of instances of the SKU to be ordered.
    pub quantity: Option<i64>,
    /// The type of this order item. Must be `sku`, `tax`, or `shipping`.
    pub r#type: Option<String>,
}

runtime::decode! {
    SourceOrderItem {
        amount, currency, description, parent, quantity, r#type = "type",
    }
}

/// The `source_owner` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceOwner {
    /// Owner's address.
    pub address: Option<Address>,
    /// Owner's email address.
    pub email: Option<String>,
    /// Owner's full name.
    pub name: Option<String>,
    /// Owner's phone number (including extension).
    pub phone: Option<String>,
    /// Verified owner's address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
    pub verified_address: Option<Address>,
    /// Verified owner's email address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
    pub verified_email: Option<String>,
    /// Verified owner's full name. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
    pub verified_name: Option<String>,
    /// Verified owner's phone number (including extension). Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
    pub verified_phone: Option<String>,
}

runtime::decode! {
    SourceOwner {
        address, email, name, phone, verified_address, verified_email, verified_name,
        verified_phone,
    }
}

/// The `source_receiver_flow` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceReceiverFlow {
    /// The address of the receiver source. This is the value that should be communicated to the customer to send their funds to.
    pub address: Option<String>,
    /// The total amount that was moved to your balance. This is almost always equal to the amount charged. In rare cases when customers deposit excess funds and we are unable to refund those, those funds get moved to your balance and show up in amount_charged as well. The amount charged is expressed in the source's currency.
    pub amount_charged: i64,
    /// The total amount received by the receiver source. `amount_received = amount_returned + amount_charged` should be true for consumed sources unless customers deposit excess funds. The amount received is expressed in the source's currency.
    pub amount_received: i64,
    /// The total amount that was returned to the customer. The amount returned is expressed in the source's currency.
    pub amount_returned: i64,
    /// Type of refund attribute method, one of `email`, `manual`, or `none`.
    pub refund_attributes_method: String,
    /// Type of refund attribute status, one of `missing`, `requested`, or `available`.
    pub refund_attributes_status: String,
}

runtime::decode! {
    SourceReceiverFlow {
        address, amount_charged, amount_received, amount_returned, refund_attributes_method,
        refund_attributes_status,
    }
}

/// The `source_redirect_flow` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRedirectFlow {
    /// The failure reason for the redirect, either `user_abort` (the customer aborted or dropped out of the redirect flow), `declined` (the authentication failed or the transaction was declined), or `processing_error` (the redirect failed due to a technical error). Present only if the redirect status is `failed`.
    pub failure_reason: Option<String>,
    /// The URL you provide to redirect the customer to after they authenticated their payment.
    pub return_url: String,
    /// The status of the redirect, either `pending` (ready to be used by your customer to authenticate the transaction), `succeeded` (succesful authentication, cannot be reused) or `not_required` (redirect should not be used) or `failed` (failed authentication, cannot be reused).
    pub status: String,
    /// The URL provided to you to redirect a customer to as part of a `redirect` authentication flow.
    pub url: String,
}

runtime::decode! { SourceRedirectFlow { failure_reason, return_url, status, url } }

/// The `source_type_ach_credit_transfer` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeAchCreditTransfer {
    pub account_number: Option<String>,
    pub bank_name: Option<String>,
    pub fingerprint: Option<String>,
    pub refund_account_holder_name: Option<String>,
    pub refund_account_holder_type: Option<String>,
    pub refund_routing_number: Option<String>,
    pub routing_number: Option<String>,
    pub swift_code: Option<String>,
}

runtime::decode! {
    SourceTypeAchCreditTransfer {
        account_number, bank_name, fingerprint, refund_account_holder_name,
        refund_account_holder_type, refund_routing_number, routing_number, swift_code,
    }
}

/// The `source_type_ach_debit` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeAchDebit {
    pub bank_name: Option<String>,
    pub country: Option<String>,
    pub fingerprint: Option<String>,
    pub last4: Option<String>,
    pub routing_number: Option<String>,
    pub r#type: Option<String>,
}

runtime::decode! {
    SourceTypeAchDebit {
        bank_name, country, fingerprint, last4, routing_number, r#type = "type",
    }
}

/// The `source_type_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeAcssDebit {
    pub bank_address_city: Option<String>,
    pub bank_address_line_1: Option<String>,
    pub bank_address_line_2: Option<String>,
    pub bank_address_postal_code: Option<String>,
    pub bank_name: Option<String>,
    pub category: Option<String>,
    pub country: Option<String>,
    pub fingerprint: Option<String>,
    pub last4: Option<String>,
    pub routing_number: Option<String>,
}

runtime::decode! {
    SourceTypeAcssDebit {
        bank_address_city, bank_address_line_1, bank_address_line_2, bank_address_postal_code,
        bank_name, category, country, fingerprint, last4, routing_number,
    }
}

/// The `source_type_alipay` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeAlipay {
    pub data_string: Option<String>,
    pub native_url: Option<String>,
    pub statement_descriptor: Option<String>,
}

runtime::decode! { SourceTypeAlipay { data_string, native_url, statement_descriptor } }

/// The `source_type_au_becs_debit` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeAuBecsDebit {
    pub bsb_number: Option<String>,
    pub fingerprint: Option<String>,
    pub last4: Option<String>,
}

runtime::decode! { SourceTypeAuBecsDebit { bsb_number, fingerprint, last4 } }

/// The `source_type_bancontact` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeBancontact {
    pub bank_code: Option<String>,
    pub bank_name: Option<String>,
    pub bic: Option<String>,
    pub iban_last4: Option<String>,
    pub preferred_language: Option<String>,
    pub statement_descriptor: Option<String>,
}

runtime::decode! {
    SourceTypeBancontact {
        bank_code, bank_name, bic, iban_last4, preferred_language, statement_descriptor,
    }
}

/// The `source_type_card` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeCard {
    pub address_line1_check: Option<String>,
    pub address_zip_check: Option<String>,
    pub brand: Option<String>,
    pub country: Option<String>,
    pub cvc_check: Option<String>,
    pub dynamic_last4: Option<String>,
    pub exp_month: Option<i64>,
    pub exp_year: Option<i64>,
    pub fingerprint: Option<String>,
    pub funding: Option<String>,
    pub last4: Option<String>,
    pub name: Option<String>,
    pub three_d_secure: Option<String>,
    pub tokenization_method: Option<String>,
}

runtime::decode! {
    SourceTypeCard {
        address_line1_check, address_zip_check, brand, country, cvc_check, dynamic_last4, exp_month,
        exp_year, fingerprint, funding, last4, name, three_d_secure, tokenization_method,
    }
}

/// The `source_type_card_present` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeCardPresent {
    pub application_cryptogram: Option<String>,
    pub application_preferred_name: Option<String>,
    pub authorization_code: Option<String>,
    pub authorization_response_code: Option<String>,
    pub brand: Option<String>,
    pub country: Option<String>,
    pub cvm_type: Option<String>,
    pub data_type: Option<String>,
    pub dedicated_file_name: Option<String>,
    pub emv_auth_data: Option<String>,
    pub evidence_customer_signature: Option<String>,
    pub evidence_transaction_certificate: Option<String>,
    pub exp_month: Option<i64>,
    pub exp_year: Option<i64>,
    pub fingerprint: Option<String>,
    pub funding: Option<String>,
    pub last4: Option<String>,
    pub pos_device_id: Option<String>,
    pub pos_entry_mode: Option<String>,
    pub read_method: Option<String>,
    pub reader: Option<String>,
    pub terminal_verification_results: Option<String>,
    pub transaction_status_information: Option<String>,
}

runtime::decode! {
    SourceTypeCardPresent {
        application_cryptogram, application_preferred_name, authorization_code,
        authorization_response_code, brand, country, cvm_type, data_type, dedicated_file_name,
        emv_auth_data, evidence_customer_signature, evidence_transaction_certificate, exp_month,
        exp_year, fingerprint, funding, last4, pos_device_id, pos_entry_mode, read_method, reader,
        terminal_verification_results, transaction_status_information,
    }
}

/// The `source_type_eps` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeEps {
    pub reference: Option<String>,
    pub statement_descriptor: Option<String>,
}

runtime::decode! { SourceTypeEps { reference, statement_descriptor } }

/// The `source_type_giropay` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeGiropay {
    pub bank_code: Option<String>,
    pub bank_name: Option<String>,
    pub bic: Option<String>,
    pub statement_descriptor: Option<String>,
}

runtime::decode! { SourceTypeGiropay { bank_code, bank_name, bic, statement_descriptor } }

/// The `source_type_ideal` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeIdeal {
    pub bank: Option<String>,
    pub bic: Option<String>,
    pub iban_last4: Option<String>,
    pub statement_descriptor: Option<String>,
}

runtime::decode! { SourceTypeIdeal { bank, bic, iban_last4, statement_descriptor } }

/// The `source_type_klarna` schema.
#[derive(Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeKlarna {
    pub background_image_url: Option<String>,
    pub client_token: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub locale: Option<String>,
    pub logo_url: Option<String>,
    pub page_title: Option<String>,
    pub pay_later_asset_urls_descriptive: Option<String>,
    pub pay_later_asset_urls_standard: Option<String>,
    pub pay_later_name: Option<String>,
    pub pay_later_redirect_url: Option<String>,
    pub pay_now_asset_urls_descriptive: Option<String>,
    pub pay_now_asset_urls_standard: Option<String>,
    pub pay_now_name: Option<String>,
    pub pay_now_redirect_url: Option<String>,
    pub pay_over_time_asset_urls_descriptive: Option<String>,
    pub pay_over_time_asset_urls_standard: Option<String>,
    pub pay_over_time_name: Option<String>,
    pub pay_over_time_redirect_url: Option<String>,
    pub payment_method_categories: Option<String>,
    pub purchase_country: Option<String>,
    pub purchase_type: Option<String>,
    pub redirect_url: Option<String>,
    pub shipping_delay: Option<i64>,
    pub shipping_first_name: Option<String>,
    pub shipping_last_name: Option<String>,
}

runtime::decode! {
    SourceTypeKlarna {
        background_image_url, client_token, first_name, last_name, locale, logo_url, page_title,
        pay_later_asset_urls_descriptive, pay_later_asset_urls_standard, pay_later_name,
        pay_later_redirect_url, pay_now_asset_urls_descriptive, pay_now_asset_urls_standard,
        pay_now_name, pay_now_redirect_url, pay_over_time_asset_urls_descriptive,
        pay_over_time_asset_urls_standard, pay_over_time_name, pay_over_time_redirect_url,
        payment_method_categories, purchase_country, purchase_type, redirect_url, shipping_delay,
        shipping_first_name, shipping_last_name,
    }
}

runtime::redacted_debug! {
    SourceTypeKlarna {
        background_image_url, client_token: redacted, first_name, last_name, locale, logo_url,
        page_title, pay_later_asset_urls_descriptive, pay_later_asset_urls_standard, pay_later_name,
        pay_later_redirect_url, pay_now_asset_urls_descriptive, pay_now_asset_urls_standard,
        pay_now_name, pay_now_redirect_url, pay_over_time_asset_urls_descriptive,
        pay_over_time_asset_urls_standard, pay_over_time_name, pay_over_time_redirect_url,
        payment_method_categories, purchase_country, purchase_type, redirect_url, shipping_delay,
        shipping_first_name, shipping_last_name,
    }
}

/// The `source_type_multibanco` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeMultibanco {
    pub entity: Option<String>,
    pub reference: Option<String>,
    pub refund_account_holder_address_city: Option<String>,
    pub refund_account_holder_address_country: Option<String>,
    pub refund_account_holder_address_line1: Option<String>,
    pub refund_account_holder_address_line2: Option<String>,
    pub refund_account_holder_address_postal_code: Option<String>,
    pub refund_account_holder_address_state: Option<String>,
    pub refund_account_holder_name: Option<String>,
    pub refund_iban: Option<String>,
}

runtime::decode! {
    SourceTypeMultibanco {
        entity, reference, refund_account_holder_address_city,
        refund_account_holder_address_country, refund_account_holder_address_line1,
        refund_account_holder_address_line2, refund_account_holder_address_postal_code,
        refund_account_holder_address_state, refund_account_holder_name, refund_iban,
    }
}

/// The `source_type_p24` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeP24 {
    pub reference: Option<String>,
}

runtime::decode! { SourceTypeP24 { reference } }

/// The `source_type_sepa_debit` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeSepaDebit {
    pub bank_code: Option<String>,
    pub branch_code: Option<String>,
    pub country: Option<String>,
    pub fingerprint: Option<String>,
    pub last4: Option<String>,
    pub mandate_reference: Option<String>,
    pub mandate_url: Option<String>,
}

runtime::decode! {
    SourceTypeSepaDebit {
        bank_code, branch_code, country, fingerprint, last4, mandate_reference, mandate_url,
    }
}

/// The `source_type_sofort` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeSofort {
    pub bank_code: Option<String>,
    pub bank_name: Option<String>,
    pub bic: Option<String>,
    pub country: Option<String>,
    pub iban_last4: Option<String>,
    pub preferred_language: Option<String>,
    pub statement_descriptor: Option<String>,
}

runtime::decode! {
    SourceTypeSofort {
        bank_code, bank_name, bic, country, iban_last4, preferred_language, statement_descriptor,
    }
}

/// The `source_type_three_d_secure` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeThreeDSecure {
    pub address_line1_check: Option<String>,
    pub address_zip_check: Option<String>,
    pub authenticated: Option<bool>,
    pub brand: Option<String>,
    pub card: Option<String>,
    pub country: Option<String>,
    pub customer: Option<String>,
    pub cvc_check: Option<String>,
    pub dynamic_last4: Option<String>,
    pub exp_month: Option<i64>,
    pub exp_year: Option<i64>,
    pub fingerprint: Option<String>,
    pub funding: Option<String>,
    pub last4: Option<String>,
    pub name: Option<String>,
    pub three_d_secure: Option<String>,
    pub tokenization_method: Option<String>,
}

runtime::decode! {
    SourceTypeThreeDSecure {
        address_line1_check, address_zip_check, authenticated, brand, card, country, customer,
        cvc_check, dynamic_last4, exp_month, exp_year, fingerprint, funding, last4, name,
        three_d_secure, tokenization_method,
    }
}

/// The `source_type_wechat` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SourceTypeWechat {
    pub prepay_id: Option<String>,
    pub qr_code_url: Option<String>,
    pub statement_descriptor: Option<String>,
}

runtime::decode! { SourceTypeWechat { prepay_id, qr_code_url, statement_descriptor } }

/// The `status_transitions` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusTransitions {
    /// The time that the order was canceled.
    pub canceled: Option<i64>,
    /// The time that the order was fulfilled.
    pub fulfiled: Option<i64>,
    /// The time that the order was paid.
    pub paid: Option<i64>,
    /// The time that the order was returned.
    pub returned: Option<i64>,
}

runtime::decode! { StatusTransitions { canceled, fulfiled, paid, returned } }

/// Subscriptions allow you to charge a customer on a recurring basis.
///
/// Related guide: [Creating Subscriptions](https://stripe.com/docs/billing/subscriptions/creating).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Subscription {
    /// A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account.
    pub application_fee_percent: Option<f64>,
    pub automatic_tax: SubscriptionAutomaticTax,
    /// Determines the date of the first full invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices.
    pub billing_cycle_anchor: i64,
    /// Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period
    pub billing_thresholds: Option<SubscriptionBillingThresholds>,
    /// A date in the future at which the subscription will automatically get canceled
    pub cancel_at: Option<i64>,
    /// If the subscription has been canceled with the `at_period_end` flag set to `true`, `cancel_at_period_end` on the subscription will be true. You can use this attribute to determine whether a subscription that has a status of active is scheduled to be canceled at the end of the current period.
    pub cancel_at_period_end: bool,
    /// If the subscription has been canceled, the date of that cancellation. If the subscription was canceled with `cancel_at_period_end`, `canceled_at` will reflect the time of the most recent update request, not the end of the subscription period when the subscription is automatically moved to a canceled state.
    pub canceled_at: Option<i64>,
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this subscription at the end of the cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions.
    pub collection_method: SubscriptionCollectionMethod,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// End of the current period that the subscription has been invoiced for. At the end of this period, a new invoice will be created.
    pub current_period_end: i64,
    /// Start of the current period that the subscription has been invoiced for.
    pub current_period_start: i64,
    /// ID of the customer who owns the subscription.
    pub customer: runtime::Expandable<SubscriptionCustomer>,
    /// Number of days a customer has to pay invoices generated by this subscription. This value will be `null` for subscriptions where `collection_method=charge_automatically`.
    pub days_until_due: Option<i64>,
    /// ID of the default payment method for the subscription. It must belong to the customer associated with the subscription. This takes precedence over `default_source`. If neither are set, invoices will use the customer's [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) or [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
    pub default_payment_method: Option<runtime::Expandable<PaymentMethod>>,
    /// ID of the default payment source for the subscription. It must belong to the customer associated with the subscription and be in a chargeable state. If `default_payment_method` is also set, `default_payment_method` will take precedence. If neither are set, invoices will use the customer's [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) or [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
    pub default_source: Option<runtime::Expandable<SubscriptionDefaultSource>>,
    /// The tax rates that will apply to any subscription item that does not have `tax_rates` set. Invoices created will have their `default_tax_rates` populated from the subscription.
    pub default_tax_rates: Option<Vec<TaxRate>>,
    /// Describes the current discount applied to this subscription, if there is one. When billing, a discount applied to a subscription overrides a discount applied on a customer-wide basis.
    pub discount: Option<Discount>,
    /// If the subscription has ended, the date the subscription ended.
    pub ended_at: Option<i64>,
    /// Unique identifier for the object.
    pub id: String,
    /// List of subscription items, each with an attached price.
    pub items: SubscriptionItems,
    /// The most recent invoice this subscription has generated.
    pub latest_invoice: Option<runtime::Expandable<Invoice>>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// Specifies the approximate timestamp on which any pending invoice items will be billed according to the schedule provided at `pending_invoice_item_interval`.
    pub next_pending_invoice_item_invoice: Option<i64>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SubscriptionObject,
    /// If specified, payment collection for this subscription will be paused.
    pub pause_collection: Option<SubscriptionsResourcePauseCollection>,
    /// Payment settings passed on to invoices created by the subscription.
    pub payment_settings: Option<SubscriptionsResourcePaymentSettings>,
    /// Specifies an interval for how often to bill for any pending invoice items. It is analogous to calling [Create an invoice](https://stripe.com/docs/api#create_invoice) for the given subscription at the specified interval.
    pub pending_invoice_item_interval: Option<SubscriptionPendingInvoiceItemInterval>,
    /// You can use this [SetupIntent](https://stripe.com/docs/api/setup_intents) to collect user authentication when creating a subscription without immediate payment or updating a subscription's payment method, allowing you to optimize for off-session payments. Learn more in the [SCA Migration Guide](https://stripe.com/docs/billing/migration/strong-customer-authentication#scenario-2).
    pub pending_setup_intent: Option<runtime::Expandable<SetupIntent>>,
    /// If specified, [pending updates](https://stripe.com/docs/billing/subscriptions/pending-updates) that will be applied to the subscription once the `latest_invoice` has been paid.
    pub pending_update: Option<SubscriptionsResourcePendingUpdate>,
    /// The schedule attached to the subscription
    pub schedule: Option<runtime::Expandable<SubscriptionSchedule>>,
    /// Date when the subscription was first created. The date might differ from the `created` date due to backdating.
    pub start_date: i64,
    /// Possible values are `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, or `unpaid`.
    ///
    /// For `collection_method=charge_automatically` a subscription moves into `incomplete` if the initial payment attempt fails. A subscription in this state can only have metadata and default_source updated. Once the first invoice is paid, the subscription moves into an `active` state. If the first invoice is not paid within 23 hours, the subscription transitions to `incomplete_expired`. This is a terminal state, the open invoice will be voided and no further invoices will be generated.
    ///
    /// A subscription that is currently in a trial period is `trialing` and moves to `active` when the trial period is over.
    ///
    /// If subscription `collection_method=charge_automatically` it becomes `past_due` when payment to renew it fails and `canceled` or `unpaid` (depending on your subscriptions settings) when Stripe has exhausted all payment retry attempts.
    ///
    /// If subscription `collection_method=send_invoice` it becomes `past_due` when its invoice is not paid by the due date, and `canceled` or `unpaid` if it is still not paid by an additional deadline after that. Note that when a subscription has a status of `unpaid`, no subsequent invoices will be attempted (invoices will be created, but then immediately automatically closed). After receiving updated payment information from a customer, you may choose to reopen and pay their closed invoices.
    pub status: SubscriptionStatus,
    /// ID of the test clock this subscription belongs to.
    pub test_clock: Option<runtime::Expandable<TestHelpersTestClock>>,
    /// The account (if any) the subscription's payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription's invoices.
    pub transfer_data: Option<SubscriptionTransferData>,
    /// If the subscription has a trial, the end of that trial.
    pub trial_end: Option<i64>,
    /// If the subscription has a trial, the beginning of that trial.
    pub trial_start: Option<i64>,
}

runtime::decode! {
    Subscription {
        application_fee_percent, automatic_tax, billing_cycle_anchor, billing_thresholds, cancel_at,
        cancel_at_period_end, canceled_at, collection_method, created, current_period_end,
        current_period_start, customer, days_until_due, default_payment_method, default_source,
        default_tax_rates, discount, ended_at, id, items, latest_invoice, livemode, metadata,
        next_pending_invoice_item_invoice, object, pause_collection, payment_settings,
        pending_invoice_item_interval, pending_setup_intent, pending_update, schedule, start_date,
        status, test_clock, transfer_data, trial_end, trial_start,
    }
}

runtime::string_enum! {
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this subscription at the end of the cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions.
    pub enum SubscriptionCollectionMethod {
        ChargeAutomatically = "charge_automatically",
        SendInvoice = "send_invoice",
        ..Unknown
    }
}

/// ID of the customer who owns the subscription.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SubscriptionCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

/// ID of the default payment source for the subscription. It must belong to the customer associated with the subscription and be in a chargeable state. If `default_payment_method` is also set, `default_payment_method` will take precedence. If neither are set, invoices will use the customer's [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) or [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
///
/// The object in full, when expanded.
///
/// Decoding tries `BitcoinReceiver`, `AlipayAccount`, `Source`, `Card`, `BankAccount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SubscriptionDefaultSource {
    /// The value is of type [`BitcoinReceiver`].
    BitcoinReceiver(BitcoinReceiver),
    /// The value is of type [`AlipayAccount`].
    AlipayAccount(AlipayAccount),
    /// The value is of type [`Source`].
    Source(Source),
    /// The value is of type [`Card`].
    Card(Card),
    /// The value is of type [`BankAccount`].
    BankAccount(BankAccount),
}

/// List of subscription items, each with an attached price.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionItems {
    /// Details about each object.
    pub data: Vec<SubscriptionItem>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { SubscriptionItems { data, has_more, object, url } }

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SubscriptionObject {
        Subscription = "subscription",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Possible values are `incomplete`, `incomplete_expired`, `trialing`, `active`, `past_due`, `canceled`, or `unpaid`.
    ///
    /// For `collection_method=charge_automatically` a subscription moves into `incomplete` if the initial payment attempt fails. A subscription in this state can only have metadata and default_source updated. Once the first invoice is paid, the subscription moves into an `active` state. If the first invoice is not paid within 23 hours, the subscription transitions to `incomplete_expired`. This is a terminal state, the open invoice will be voided and no further invoices will be generated.
    ///
    /// A subscription that is currently in a trial period is `trialing` and moves to `active` when the trial period is over.
    ///
    /// If subscription `collection_method=charge_automatically` it becomes `past_due` when payment to renew it fails and `canceled` or `unpaid` (depending on your subscriptions settings) when Stripe has exhausted all payment retry attempts.
    ///
    /// If subscription `collection_method=send_invoice` it becomes `past_due` when its invoice is not paid by the due date, and `canceled` or `unpaid` if it is still not paid by an additional deadline after that. Note that when a subscription has a status of `unpaid`, no subsequent invoices will be attempted (invoices will be created, but then immediately automatically closed). After receiving updated payment information from a customer, you may choose to reopen and pay their closed invoices.
    pub enum SubscriptionStatus {
        Active = "active",
        Canceled = "canceled",
        Incomplete = "incomplete",
        IncompleteExpired = "incomplete_expired",
        PastDue = "past_due",
        Trialing = "trialing",
        Unpaid = "unpaid",
        ..Unknown
    }
}

/// The `subscription_automatic_tax` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionAutomaticTax {
    /// Whether Stripe automatically computes tax on this subscription.
    pub enabled: bool,
}

runtime::decode! { SubscriptionAutomaticTax { enabled } }

/// The `subscription_billing_thresholds` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionBillingThresholds {
    /// Monetary threshold that triggers the subscription to create an invoice
    pub amount_gte: Option<i64>,
    /// Indicates if the `billing_cycle_anchor` should be reset when a threshold is reached. If true, `billing_cycle_anchor` will be updated to the date/time the threshold was last reached; otherwise, the value will remain unchanged. This value may not be `true` if the subscription contains items with plans that have `aggregate_usage=last_ever`.
    pub reset_billing_cycle_anchor: Option<bool>,
}

runtime::decode! { SubscriptionBillingThresholds { amount_gte, reset_billing_cycle_anchor } }

/// Subscription items allow you to create customer subscriptions with more than
/// one plan, making it easy to represent complex billing relationships.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionItem {
    /// Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period
    pub billing_thresholds: Option<SubscriptionItemBillingThresholds>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Unique identifier for the object.
    pub id: String,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SubscriptionItemObject,
    /// Prices define the unit cost, currency, and (optional) billing cycle for both recurring and one-time purchases of products.
    /// [Products](https://stripe.com/docs/api#products) help you track inventory or provisioning, and prices help you track payment terms. Different physical goods or levels of service should be represented by products, and pricing options should be represented by prices. This approach lets you change prices without having to change your provisioning scheme.
    ///
    /// For example, you might have a single "gold" product that has prices for $10/month, $100/year, and €9 once.
    ///
    /// Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription), [create an invoice](https://stripe.com/docs/billing/invoices/create), and more about [products and prices](https://stripe.com/docs/products-prices/overview).
    pub price: Price,
    /// The [quantity](https://stripe.com/docs/subscriptions/quantities) of the plan to which the customer should be subscribed.
    pub quantity: Option<i64>,
    /// The `subscription` this `subscription_item` belongs to.
    pub subscription: String,
    /// The tax rates which apply to this `subscription_item`. When set, the `default_tax_rates` on the subscription do not apply to this `subscription_item`.
    pub tax_rates: Option<Vec<TaxRate>>,
}

runtime::decode! {
    SubscriptionItem {
        billing_thresholds, created, id, metadata, object, price, quantity, subscription, tax_rates,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SubscriptionItemObject {
        SubscriptionItem = "subscription_item",
        ..Unknown
    }
}

/// The `subscription_item_billing_thresholds` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionItemBillingThresholds {
    /// Usage threshold that triggers the subscription to create an invoice
    pub usage_gte: Option<i64>,
}

runtime::decode! { SubscriptionItemBillingThresholds { usage_gte } }

/// The `subscription_payment_method_options_card` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SubscriptionPaymentMethodOptionsCard {
    pub mandate_options: Option<InvoiceMandateOptionsCard>,
    /// We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine.
    pub request_three_d_secure: Option<SubscriptionMethodOptionsCardRequestThreeDSecure>,
}

runtime::decode! {
    SubscriptionPaymentMethodOptionsCard {
        mandate_options, request_three_d_secure,
    }
}

runtime::string_enum! {
    /// We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine.
    pub enum SubscriptionMethodOptionsCardRequestThreeDSecure {
        Any = "any",
        Automatic = "automatic",
        ..Unknown
    }
}

/// The `subscription_pending_invoice_item_interval` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionPendingInvoiceItemInterval {
    /// Specifies invoicing frequency. Either `day`, `week`, `month` or `year`.
    pub interval: SubscriptionPendingInvoiceItemIntervalInterval,
    /// The number of intervals between invoices. For example, `interval=month` and `interval_count=3` bills every 3 months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks).
    pub interval_count: i64,
}

runtime::decode! { SubscriptionPendingInvoiceItemInterval { interval, interval_count } }

runtime::string_enum! {
    /// Specifies invoicing frequency. Either `day`, `week`, `month` or `year`.
    pub enum SubscriptionPendingInvoiceItemIntervalInterval {
        Day = "day",
        Month = "month",
        Week = "week",
        Year = "year",
        ..Unknown
    }
}

/// A subscription schedule allows you to create and manage the lifecycle of a subscription by predefining expected changes.
///
/// Related guide: [Subscription Schedules](https://stripe.com/docs/billing/subscriptions/subscription-schedules).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SubscriptionSchedule {
    /// Time at which the subscription schedule was canceled. Measured in seconds since the Unix epoch.
    pub canceled_at: Option<i64>,
    /// Time at which the subscription schedule was completed. Measured in seconds since the Unix epoch.
    pub completed_at: Option<i64>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Object representing the start and end dates for the current phase of the subscription schedule, if it is `active`.
    pub current_phase: Option<SubscriptionScheduleCurrentPhase>,
    /// ID of the customer who owns the subscription schedule.
    pub customer: runtime::Expandable<SubscriptionScheduleCustomer>,
    pub default_settings: SubscriptionSchedulesResourceDefaultSettings,
    /// Behavior of the subscription schedule and underlying subscription when it ends. Possible values are `release` and `cancel`.
    pub end_behavior: SubscriptionScheduleEndBehavior,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SubscriptionScheduleObject,
    /// Configuration for the subscription schedule's phases.
    pub phases: Vec<SubscriptionSchedulePhaseConfiguration>,
    /// Time at which the subscription schedule was released. Measured in seconds since the Unix epoch.
    pub released_at: Option<i64>,
    /// ID of the subscription once managed by the subscription schedule (if it is released).
    pub released_subscription: Option<String>,
    /// The present status of the subscription schedule. Possible values are `not_started`, `active`, `completed`, `released`, and `canceled`. You can read more about the different states in our [behavior guide](https://stripe.com/docs/billing/subscriptions/subscription-schedules).
    pub status: SubscriptionScheduleStatus,
    /// ID of the subscription managed by the subscription schedule.
    pub subscription: Option<runtime::Expandable<Subscription>>,
    /// ID of the test clock this subscription schedule belongs to.
    pub test_clock: Option<runtime::Expandable<TestHelpersTestClock>>,
}

runtime::decode! {
    SubscriptionSchedule {
        canceled_at, completed_at, created, current_phase, customer, default_settings, end_behavior,
        id, livemode, metadata, object, phases, released_at, released_subscription, status,
        subscription, test_clock,
    }
}

/// ID of the customer who owns the subscription schedule.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SubscriptionScheduleCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// Behavior of the subscription schedule and underlying subscription when it ends. Possible values are `release` and `cancel`.
    pub enum SubscriptionScheduleEndBehavior {
        Cancel = "cancel",
        None = "none",
        Release = "release",
        Renew = "renew",
        ..Unknown
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SubscriptionScheduleObject {
        SubscriptionSchedule = "subscription_schedule",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The present status of the subscription schedule. Possible values are `not_started`, `active`, `completed`, `released`, and `canceled`. You can read more about the different states in our [behavior guide](https://stripe.com/docs/billing/subscriptions/subscription-schedules).
    pub enum SubscriptionScheduleStatus {
        Active = "active",
        Canceled = "canceled",
        Completed = "completed",
        NotStarted = "not_started",
        Released = "released",
        ..Unknown
    }
}

/// An Add Invoice Item describes the prices and quantities that will be added as pending invoice items when entering a phase.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionScheduleAddInvoiceItem {
    /// ID of the price used to generate the invoice item.
    pub price: runtime::Expandable<SubscriptionScheduleAddInvoiceItemPrice>,
    /// The quantity of the invoice item.
    pub quantity: Option<i64>,
    /// The tax rates which apply to the item. When set, the `default_tax_rates` do not apply to this item.
    pub tax_rates: Option<Vec<TaxRate>>,
}

runtime::decode! { SubscriptionScheduleAddInvoiceItem { price, quantity, tax_rates } }

/// ID of the price used to generate the invoice item.
///
/// The object in full, when expanded.
///
/// Decoding tries `Price`, `DeletedPrice` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SubscriptionScheduleAddInvoiceItemPrice {
    /// The value is of type [`Price`].
    Price(Price),
    /// The value is of type [`DeletedPrice`].
    DeletedPrice(DeletedPrice),
}

/// A phase item describes the price and quantity of a phase.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionScheduleConfigurationItem {
    /// Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period
    pub billing_thresholds: Option<SubscriptionItemBillingThresholds>,
    /// ID of the price to which the customer should be subscribed.
    pub price: runtime::Expandable<SubscriptionScheduleConfigurationItemPrice>,
    /// Quantity of the plan to which the customer should be subscribed.
    pub quantity: Option<i64>,
    /// The tax rates which apply to this `phase_item`. When set, the `default_tax_rates` on the phase do not apply to this `phase_item`.
    pub tax_rates: Option<Vec<TaxRate>>,
}

runtime::decode! {
    SubscriptionScheduleConfigurationItem {
        billing_thresholds, price, quantity, tax_rates,
    }
}

/// ID of the price to which the customer should be subscribed.
///
/// The object in full, when expanded.
///
/// Decoding tries `Price`, `DeletedPrice` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SubscriptionScheduleConfigurationItemPrice {
    /// The value is of type [`Price`].
    Price(Price),
    /// The value is of type [`DeletedPrice`].
    DeletedPrice(DeletedPrice),
}

/// The `subscription_schedule_current_phase` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionScheduleCurrentPhase {
    /// The end of this phase of the subscription schedule.
    pub end_date: i64,
    /// The start of this phase of the subscription schedule.
    pub start_date: i64,
}

runtime::decode! { SubscriptionScheduleCurrentPhase { end_date, start_date } }

/// A phase describes the plans, coupon, and trialing status of a subscription for a predefined time period.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SubscriptionSchedulePhaseConfiguration {
    /// A list of prices and quantities that will generate invoice items appended to the first invoice for this phase.
    pub add_invoice_items: Vec<SubscriptionScheduleAddInvoiceItem>,
    /// A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account during this phase of the schedule.
    pub application_fee_percent: Option<f64>,
    pub automatic_tax: Option<SchedulesPhaseAutomaticTax>,
    /// Possible values are `phase_start` or `automatic`. If `phase_start` then billing cycle anchor of the subscription is set to the start of the phase when entering the phase. If `automatic` then the billing cycle anchor is automatically modified as needed when entering the phase. For more information, see the billing cycle [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle).
    pub billing_cycle_anchor: Option<SubscriptionDefaultSettingsBillingCycleAnchor>,
    /// Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period
    pub billing_thresholds: Option<SubscriptionBillingThresholds>,
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay the underlying subscription at the end of each billing cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions.
    pub collection_method: Option<SubscriptionDefaultSettingsCollectionMethod>,
    /// ID of the coupon to use during this phase of the subscription schedule.
    pub coupon: Option<
        runtime::Expandable<SubscriptionSchedulePhaseConfigurationCoupon>,
    >,
    /// ID of the default payment method for the subscription schedule. It must belong to the customer associated with the subscription schedule. If not set, invoices will use the default payment method in the customer's invoice settings.
    pub default_payment_method: Option<runtime::Expandable<PaymentMethod>>,
    /// The default tax rates to apply to the subscription during this phase of the subscription schedule.
    pub default_tax_rates: Option<Vec<TaxRate>>,
    /// The end of this phase of the subscription schedule.
    pub end_date: i64,
    /// The invoice settings applicable during this phase.
    pub invoice_settings: Option<InvoiceSettingSubscriptionScheduleSetting>,
    /// Subscription items to configure the subscription to during this phase of the subscription schedule.
    pub items: Vec<SubscriptionScheduleConfigurationItem>,
    /// If the subscription schedule will prorate when transitioning to this phase. Possible values are `create_prorations` and `none`.
    pub proration_behavior: SubscriptionPhaseConfigurationProrationBehavior,
    /// The start of this phase of the subscription schedule.
    pub start_date: i64,
    /// The account (if any) the associated subscription's payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription's invoices.
    pub transfer_data: Option<SubscriptionTransferData>,
    /// When the trial ends within the phase.
    pub trial_end: Option<i64>,
}

runtime::decode! {
    SubscriptionSchedulePhaseConfiguration {
        add_invoice_items, application_fee_percent, automatic_tax, billing_cycle_anchor,
        billing_thresholds, collection_method, coupon, default_payment_method, default_tax_rates,
        end_date, invoice_settings, items, proration_behavior, start_date, transfer_data, trial_end,
    }
}

/// ID of the coupon to use during this phase of the subscription schedule.
///
/// The object in full, when expanded.
///
/// Decoding tries `Coupon`, `DeletedCoupon` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SubscriptionSchedulePhaseConfigurationCoupon {
    /// The value is of type [`Coupon`].
    Coupon(Coupon),
    /// The value is of type [`DeletedCoupon`].
    DeletedCoupon(DeletedCoupon),
}

runtime::string_enum! {
    /// If the subscription schedule will prorate when transitioning to this phase. Possible values are `create_prorations` and `none`.
    pub enum SubscriptionPhaseConfigurationProrationBehavior {
        AlwaysInvoice = "always_invoice",
        CreateProrations = "create_prorations",
        None = "none",
        ..Unknown
    }
}

/// The `subscription_schedules_resource_default_settings` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SubscriptionSchedulesResourceDefaultSettings {
    /// A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account during this phase of the schedule.
    pub application_fee_percent: Option<f64>,
    pub automatic_tax: Option<SchedulesPhaseAutomaticTax>,
    /// Possible values are `phase_start` or `automatic`. If `phase_start` then billing cycle anchor of the subscription is set to the start of the phase when entering the phase. If `automatic` then the billing cycle anchor is automatically modified as needed when entering the phase. For more information, see the billing cycle [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle).
    pub billing_cycle_anchor: SubscriptionDefaultSettingsBillingCycleAnchor,
    /// Define thresholds at which an invoice will be sent, and the subscription advanced to a new billing period
    pub billing_thresholds: Option<SubscriptionBillingThresholds>,
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay the underlying subscription at the end of each billing cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions.
    pub collection_method: Option<SubscriptionDefaultSettingsCollectionMethod>,
    /// ID of the default payment method for the subscription schedule. If not set, invoices will use the default payment method in the customer's invoice settings.
    pub default_payment_method: Option<runtime::Expandable<PaymentMethod>>,
    /// The subscription schedule's default invoice settings.
    pub invoice_settings: Option<InvoiceSettingSubscriptionScheduleSetting>,
    /// The account (if any) the associated subscription's payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the subscription's invoices.
    pub transfer_data: Option<SubscriptionTransferData>,
}

runtime::decode! {
    SubscriptionSchedulesResourceDefaultSettings {
        application_fee_percent, automatic_tax, billing_cycle_anchor, billing_thresholds,
        collection_method, default_payment_method, invoice_settings, transfer_data,
    }
}

runtime::string_enum! {
    /// Possible values are `phase_start` or `automatic`. If `phase_start` then billing cycle anchor of the subscription is set to the start of the phase when entering the phase. If `automatic` then the billing cycle anchor is automatically modified as needed when entering the phase. For more information, see the billing cycle [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle).
    pub enum SubscriptionDefaultSettingsBillingCycleAnchor {
        Automatic = "automatic",
        PhaseStart = "phase_start",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay the underlying subscription at the end of each billing cycle using the default source attached to the customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions.
    pub enum SubscriptionDefaultSettingsCollectionMethod {
        ChargeAutomatically = "charge_automatically",
        SendInvoice = "send_invoice",
        ..Unknown
    }
}

/// Same as [`SchedulesPhaseAutomaticTax`].
pub type SubscriptionSchedulesResourceDefaultSettingsAutomaticTax = SchedulesPhaseAutomaticTax;

/// The `subscription_transfer_data` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionTransferData {
    /// A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the destination account. By default, the entire amount is transferred to the destination.
    pub amount_percent: Option<f64>,
    /// The account where funds from the payment will be transferred to upon payment success.
    pub destination: runtime::Expandable<Account>,
}

runtime::decode! { SubscriptionTransferData { amount_percent, destination } }

/// The Pause Collection settings determine how we will pause collection for this subscription and for how long the subscription
/// should be paused.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionsResourcePauseCollection {
    /// The payment collection behavior for this subscription while paused. One of `keep_as_draft`, `mark_uncollectible`, or `void`.
    pub behavior: SubscriptionsResourcePauseCollectionBehavior,
    /// The time after which the subscription will resume collecting payments.
    pub resumes_at: Option<i64>,
}

runtime::decode! { SubscriptionsResourcePauseCollection { behavior, resumes_at } }

runtime::string_enum! {
    /// The payment collection behavior for this subscription while paused. One of `keep_as_draft`, `mark_uncollectible`, or `void`.
    pub enum SubscriptionsResourcePauseCollectionBehavior {
        KeepAsDraft = "keep_as_draft",
        MarkUncollectible = "mark_uncollectible",
        Void = "void",
        ..Unknown
    }
}

/// The `subscriptions_resource_payment_method_options` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionsResourcePaymentMethodOptions {
    /// This sub-hash contains details about the Canadian pre-authorized debit payment method options to pass to invoices created by the subscription.
    pub acss_debit: Option<InvoicePaymentMethodOptionsAcssDebit>,
    /// This sub-hash contains details about the Bancontact payment method options to pass to invoices created by the subscription.
    pub bancontact: Option<InvoicePaymentMethodOptionsBancontact>,
    /// This sub-hash contains details about the Card payment method options to pass to invoices created by the subscription.
    pub card: Option<SubscriptionPaymentMethodOptionsCard>,
    /// This sub-hash contains details about the Bank transfer payment method options to pass to invoices created by the subscription.
    pub customer_balance: Option<InvoicePaymentMethodOptionsCustomerBalance>,
    /// This sub-hash contains details about the Konbini payment method options to pass to invoices created by the subscription.
    pub konbini: Option<MandateMultiUse>,
    /// This sub-hash contains details about the ACH direct debit payment method options to pass to invoices created by the subscription.
    pub us_bank_account: Option<InvoicePaymentMethodOptionsUsBankAccount>,
}

runtime::decode! {
    SubscriptionsResourcePaymentMethodOptions {
        acss_debit, bancontact, card, customer_balance, konbini, us_bank_account,
    }
}

/// The `subscriptions_resource_payment_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionsResourcePaymentSettings {
    /// Payment-method-specific configuration to provide to invoices created by the subscription.
    pub payment_method_options: Option<SubscriptionsResourcePaymentMethodOptions>,
    /// The list of payment method types to provide to every invoice created by the subscription. If not set, Stripe attempts to automatically determine the types to use by looking at the invoice’s default payment method, the subscription’s default payment method, the customer’s default payment method, and your [invoice template settings](https://dashboard.stripe.com/settings/billing/invoice).
    pub payment_method_types: Option<Vec<SubscriptionsResourcePaymentSettingsItem>>,
}

runtime::decode! {
    SubscriptionsResourcePaymentSettings {
        payment_method_options, payment_method_types,
    }
}

runtime::string_enum! {
    /// The list of payment method types to provide to every invoice created by the subscription. If not set, Stripe attempts to automatically determine the types to use by looking at the invoice’s default payment method, the subscription’s default payment method, the customer’s default payment method, and your [invoice template settings](https://dashboard.stripe.com/settings/billing/invoice).
    pub enum SubscriptionsResourcePaymentSettingsItem {
        AchCreditTransfer = "ach_credit_transfer",
        AchDebit = "ach_debit",
        AcssDebit = "acss_debit",
        AuBecsDebit = "au_becs_debit",
        BacsDebit = "bacs_debit",
        Bancontact = "bancontact",
        Boleto = "boleto",
        Card = "card",
        CustomerBalance = "customer_balance",
        Fpx = "fpx",
        Giropay = "giropay",
        Grabpay = "grabpay",
        Ideal = "ideal",
        Konbini = "konbini",
        Paynow = "paynow",
        SepaDebit = "sepa_debit",
        Sofort = "sofort",
        UsBankAccount = "us_bank_account",
        WechatPay = "wechat_pay",
        ..Unknown
    }
}

/// Pending Updates store the changes pending from a previous update that will be applied
/// to the Subscription upon successful payment.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionsResourcePendingUpdate {
    /// If the update is applied, determines the date of the first full invoice, and, for plans with `month` or `year` intervals, the day of the month for subsequent invoices.
    pub billing_cycle_anchor: Option<i64>,
    /// The point after which the changes reflected by this update will be discarded and no longer applied.
    pub expires_at: i64,
    /// List of subscription items, each with an attached plan, that will be set if the update is applied.
    pub subscription_items: Option<Vec<SubscriptionItem>>,
    /// Unix timestamp representing the end of the trial period the customer will get before being charged for the first time, if the update is applied.
    pub trial_end: Option<i64>,
    /// Indicates if a plan's `trial_period_days` should be applied to the subscription. Setting `trial_end` per subscription is preferred, and this defaults to `false`. Setting this flag to `true` together with `trial_end` is not allowed. See [Using trial periods on subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to learn more.
    pub trial_from_plan: Option<bool>,
}

runtime::decode! {
    SubscriptionsResourcePendingUpdate {
        billing_cycle_anchor, expires_at, subscription_items, trial_end, trial_from_plan,
    }
}

impl runtime::Identified for SetupAttempt {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for SetupAttemptCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for SetupIntent {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for SetupIntentCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for Sku {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Source {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Subscription {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for SubscriptionCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for SubscriptionDefaultSource {
    fn id(&self) -> &str {
        match self {
            Self::BitcoinReceiver(value) => runtime::Identified::id(value),
            Self::AlipayAccount(value) => runtime::Identified::id(value),
            Self::Source(value) => runtime::Identified::id(value),
            Self::Card(value) => runtime::Identified::id(value),
            Self::BankAccount(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for SubscriptionSchedule {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for SubscriptionScheduleCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for SubscriptionScheduleAddInvoiceItemPrice {
    fn id(&self) -> &str {
        match self {
            Self::Price(value) => runtime::Identified::id(value),
            Self::DeletedPrice(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for SubscriptionScheduleConfigurationItemPrice {
    fn id(&self) -> &str {
        match self {
            Self::Price(value) => runtime::Identified::id(value),
            Self::DeletedPrice(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for SubscriptionSchedulePhaseConfigurationCoupon {
    fn id(&self) -> &str {
        match self {
            Self::Coupon(value) => runtime::Identified::id(value),
            Self::DeletedCoupon(value) => runtime::Identified::id(value),
        }
    }
}
