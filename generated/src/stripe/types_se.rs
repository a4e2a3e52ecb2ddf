// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `sepa_debit_generated_from` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SepaDebitGeneratedFrom {
    /// The ID of the Charge that generated this PaymentMethod, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub charge: Option<Option<crate::runtime::Expandable<Charge>>>,
    /// The ID of the SetupAttempt that generated this PaymentMethod, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub setup_attempt: Option<Option<crate::runtime::Expandable<SetupAttempt>>>,
}

/// A SetupAttempt describes one attempted confirmation of a SetupIntent,
/// whether that confirmation was successful or unsuccessful. You can use
/// SetupAttempts to inspect details of a specific attempt at setting up a
/// payment method using a SetupIntent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SetupAttempt {
    /// The value of [application](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-application) on the SetupIntent at the time of this confirmation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub application: Option<Option<crate::runtime::Expandable<Application>>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The value of [customer](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-customer) on the SetupIntent at the time of this confirmation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub customer: Option<Option<crate::runtime::Expandable<SetupAttemptCustomer>>>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SetupAttemptObject,
    /// The value of [on_behalf_of](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-on_behalf_of) on the SetupIntent at the time of this confirmation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub on_behalf_of: Option<Option<crate::runtime::Expandable<Account>>>,
    /// ID of the payment method used with this SetupAttempt.
    pub payment_method: crate::runtime::Expandable<PaymentMethod>,
    pub payment_method_details: SetupAttemptPaymentMethodDetails,
    /// The error encountered during this attempt to confirm the SetupIntent, if any.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub setup_error: Option<Option<ApiErrors>>,
    /// ID of the SetupIntent that this attempt belongs to.
    pub setup_intent: crate::runtime::Expandable<SetupIntent>,
    /// Status of this SetupAttempt, one of `requires_confirmation`, `requires_action`, `processing`, `succeeded`, `failed`, or `abandoned`.
    pub status: String,
    /// The value of [usage](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-usage) on the SetupIntent at the time of this confirmation, one of `off_session` or `on_session`.
    pub usage: String,
}

/// The value of [customer](https://stripe.com/docs/api/setup_intents/object#setup_intent_object-customer) on the SetupIntent at the time of this confirmation.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupAttemptCustomer {
    /// A [`Customer`].
    Customer(Customer),
    /// A [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

crate::runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SetupAttemptObject {
        SetupAttempt = "setup_attempt",
        ..Unknown
    }
}

/// The `setup_attempt_payment_method_details` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SetupAttemptPaymentMethodDetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<SetupAttemptPaymentMethodDetailsAcssDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<SetupAttemptPaymentMethodDetailsAuBecsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<SetupAttemptPaymentMethodDetailsBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<SetupAttemptPaymentMethodDetailsBancontact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<SetupAttemptPaymentMethodDetailsBoleto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<SetupAttemptPaymentMethodDetailsCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_present: Option<SetupAttemptPaymentMethodDetailsCardPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<SetupAttemptPaymentMethodDetailsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<SetupAttemptPaymentMethodDetailsSepaDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<SetupAttemptPaymentMethodDetailsSofort>,
    /// The type of the payment method used in the SetupIntent (e.g., `card`). An additional hash is included on `payment_method_details` with a name matching this value. It contains confirmation-specific information for the payment method.
    pub r#type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<SetupAttemptPaymentMethodDetailsUsBankAccount>,
}

/// The `setup_attempt_payment_method_details_acss_debit` schema.
pub type SetupAttemptPaymentMethodDetailsAcssDebit = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `setup_attempt_payment_method_details_au_becs_debit` schema.
pub type SetupAttemptPaymentMethodDetailsAuBecsDebit = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `setup_attempt_payment_method_details_bacs_debit` schema.
pub type SetupAttemptPaymentMethodDetailsBacsDebit = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `setup_attempt_payment_method_details_bancontact` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupAttemptPaymentMethodDetailsBancontact {
    /// Bank code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_code: Option<Option<String>>,
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Bank Identifier Code of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bic: Option<Option<String>>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit: Option<Option<crate::runtime::Expandable<PaymentMethod>>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit_mandate: Option<
        Option<crate::runtime::Expandable<Mandate>>,
    >,
    /// Last four characters of the IBAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub iban_last4: Option<Option<String>>,
    /// Preferred language of the Bancontact authorization page that the customer is redirected to.
    /// Can be one of `en`, `de`, `fr`, or `nl`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub preferred_language: Option<
        Option<SetupMethodDetailsBancontactPreferredLanguage>,
    >,
    /// Owner's verified full name. Values are verified or provided by Bancontact directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

crate::runtime::string_enum! {
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

/// The `setup_attempt_payment_method_details_boleto` schema.
pub type SetupAttemptPaymentMethodDetailsBoleto = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `setup_attempt_payment_method_details_card` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupAttemptPaymentMethodDetailsCard {
    /// Populated if this authorization used 3D Secure authentication.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub three_d_secure: Option<Option<ThreeDSecureDetails>>,
}

/// The `setup_attempt_payment_method_details_card_present` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupAttemptPaymentMethodDetailsCardPresent {
    /// The ID of the Card PaymentMethod which was generated by this SetupAttempt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_card: Option<Option<crate::runtime::Expandable<PaymentMethod>>>,
}

/// The `setup_attempt_payment_method_details_ideal` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupAttemptPaymentMethodDetailsIdeal {
    /// The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `revolut`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank: Option<Option<SetupAttemptPaymentMethodDetailsIdealBank>>,
    /// The Bank Identifier Code of the customer's bank.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bic: Option<Option<SetupAttemptPaymentMethodDetailsIdealBic>>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit: Option<Option<crate::runtime::Expandable<PaymentMethod>>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit_mandate: Option<
        Option<crate::runtime::Expandable<Mandate>>,
    >,
    /// Last four characters of the IBAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub iban_last4: Option<Option<String>>,
    /// Owner's verified full name. Values are verified or provided by iDEAL directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// The customer's bank. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `revolut`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
    pub enum SetupAttemptPaymentMethodDetailsIdealBank {
        AbnAmro = "abn_amro",
        AsnBank = "asn_bank",
        Bunq = "bunq",
        Handelsbanken = "handelsbanken",
        Ing = "ing",
        Knab = "knab",
        Moneyou = "moneyou",
        Rabobank = "rabobank",
        Regiobank = "regiobank",
        Revolut = "revolut",
        SnsBank = "sns_bank",
        TriodosBank = "triodos_bank",
        VanLanschot = "van_lanschot",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The Bank Identifier Code of the customer's bank.
    pub enum SetupAttemptPaymentMethodDetailsIdealBic {
        Abnanl2a = "ABNANL2A",
        Asnbnl21 = "ASNBNL21",
        Bunqnl2a = "BUNQNL2A",
        Fvlbnl22 = "FVLBNL22",
        Handnl2a = "HANDNL2A",
        Ingbnl2a = "INGBNL2A",
        Knabnl2h = "KNABNL2H",
        Moyonl21 = "MOYONL21",
        Rabonl2u = "RABONL2U",
        Rbrbnl21 = "RBRBNL21",
        Revolt21 = "REVOLT21",
        Snsbnl2a = "SNSBNL2A",
        Trionl2u = "TRIONL2U",
        ..Unknown
    }
}

/// The `setup_attempt_payment_method_details_sepa_debit` schema.
pub type SetupAttemptPaymentMethodDetailsSepaDebit = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `setup_attempt_payment_method_details_sofort` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupAttemptPaymentMethodDetailsSofort {
    /// Bank code of bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_code: Option<Option<String>>,
    /// Name of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Bank Identifier Code of the bank associated with the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bic: Option<Option<String>>,
    /// The ID of the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit: Option<Option<crate::runtime::Expandable<PaymentMethod>>>,
    /// The mandate for the SEPA Direct Debit PaymentMethod which was generated by this SetupAttempt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub generated_sepa_debit_mandate: Option<
        Option<crate::runtime::Expandable<Mandate>>,
    >,
    /// Last four characters of the IBAN.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub iban_last4: Option<Option<String>>,
    /// Preferred language of the Sofort authorization page that the customer is redirected to.
    /// Can be one of `en`, `de`, `fr`, or `nl`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub preferred_language: Option<
        Option<SetupPaymentMethodDetailsSofortPreferredLanguage>,
    >,
    /// Owner's verified full name. Values are verified or provided by Sofort directly
    /// (if supported) at the time of authorization or settlement. They cannot be set or mutated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub verified_name: Option<Option<String>>,
}

crate::runtime::string_enum! {
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

/// The `setup_attempt_payment_method_details_us_bank_account` schema.
pub type SetupAttemptPaymentMethodDetailsUsBankAccount = serde_json::Map<
    String,
    serde_json::Value,
>;

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
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetupIntent {
    /// ID of the Connect application that created the SetupIntent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub application: Option<Option<crate::runtime::Expandable<Application>>>,
    /// Reason for cancellation of this SetupIntent, one of `abandoned`, `requested_by_customer`, or `duplicate`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cancellation_reason: Option<Option<SetupIntentCancellationReason>>,
    /// The client secret of this SetupIntent. Used for client-side retrieval using a publishable key.
    ///
    /// The client secret can be used to complete payment setup from your frontend. It should not be stored, logged, or exposed to anyone other than the customer. Make sure that you have TLS enabled on any page that includes the client secret.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub client_secret: Option<Option<String>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// ID of the Customer this SetupIntent belongs to, if one exists.
    ///
    /// If present, the SetupIntent's payment method will be attached to the Customer on successful setup. Payment methods attached to other Customers cannot be used with this SetupIntent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub customer: Option<Option<crate::runtime::Expandable<SetupIntentCustomer>>>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub description: Option<Option<String>>,
    /// Unique identifier for the object.
    pub id: String,
    /// The error encountered in the previous SetupIntent confirmation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last_setup_error: Option<Option<Box<ApiErrors>>>,
    /// The most recent SetupAttempt for this SetupIntent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub latest_attempt: Option<Option<crate::runtime::Expandable<SetupAttempt>>>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// ID of the multi use Mandate generated by the SetupIntent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub mandate: Option<Option<crate::runtime::Expandable<Mandate>>>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub metadata: Option<Option<std::collections::BTreeMap<String, String>>>,
    /// If present, this property tells you what actions you need to take in order for your customer to continue payment setup.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub next_action: Option<Option<SetupIntentNextAction>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SetupIntentObject,
    /// The account (if any) for which the setup is intended.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub on_behalf_of: Option<Option<crate::runtime::Expandable<Account>>>,
    /// ID of the payment method used with this SetupIntent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub payment_method: Option<Option<crate::runtime::Expandable<PaymentMethod>>>,
    /// Payment-method-specific configuration for this SetupIntent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub payment_method_options: Option<Option<SetupIntentPaymentMethodOptions>>,
    /// The list of payment method types (e.g. card) that this SetupIntent is allowed to set up.
    pub payment_method_types: Vec<String>,
    /// ID of the single_use Mandate generated by the SetupIntent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub single_use_mandate: Option<Option<crate::runtime::Expandable<Mandate>>>,
    /// [Status](https://stripe.com/docs/payments/intents#intent-statuses) of this SetupIntent, one of `requires_payment_method`, `requires_confirmation`, `requires_action`, `processing`, `canceled`, or `succeeded`.
    pub status: SetupIntentStatus,
    /// Indicates how the payment method is intended to be used in the future.
    ///
    /// Use `on_session` if you intend to only reuse the payment method when the customer is in your checkout flow. Use `off_session` if your customer may or may not be in your checkout flow. If not provided, this value defaults to `off_session`.
    pub usage: String,
}

impl std::fmt::Debug for SetupIntent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetupIntent")
            .field("application", &self.application)
            .field("cancellation_reason", &self.cancellation_reason)
            .field("client_secret", &crate::runtime::Redacted)
            .field("created", &self.created)
            .field("customer", &self.customer)
            .field("description", &self.description)
            .field("id", &self.id)
            .field("last_setup_error", &self.last_setup_error)
            .field("latest_attempt", &self.latest_attempt)
            .field("livemode", &self.livemode)
            .field("mandate", &self.mandate)
            .field("metadata", &self.metadata)
            .field("next_action", &self.next_action)
            .field("object", &self.object)
            .field("on_behalf_of", &self.on_behalf_of)
            .field("payment_method", &self.payment_method)
            .field("payment_method_options", &self.payment_method_options)
            .field("payment_method_types", &self.payment_method_types)
            .field("single_use_mandate", &self.single_use_mandate)
            .field("status", &self.status)
            .field("usage", &self.usage)
            .finish()
    }
}

crate::runtime::string_enum! {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupIntentCustomer {
    /// A [`Customer`].
    Customer(Customer),
    /// A [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

crate::runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SetupIntentObject {
        SetupIntent = "setup_intent",
        ..Unknown
    }
}

crate::runtime::string_enum! {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SetupIntentNextAction {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redirect_to_url: Option<SetupIntentNextActionRedirectToUrl>,
    /// Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`, `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
    pub r#type: String,
    /// When confirming a SetupIntent with Stripe.js, Stripe.js depends on the contents of this dictionary to invoke authentication flows. The shape of the contents is subject to change and is only intended to be used by Stripe.js.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify_with_microdeposits: Option<SetupIntentNextActionVerifyWithMicrodeposits>,
}

/// The `setup_intent_next_action_redirect_to_url` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupIntentNextActionRedirectToUrl {
    /// If the customer does not exit their browser while authenticating, they will be redirected to this specified URL after completion.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub return_url: Option<Option<String>>,
    /// The URL you must redirect your customer to in order to authenticate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub url: Option<Option<String>>,
}

/// The `setup_intent_next_action_verify_with_microdeposits` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetupIntentNextActionVerifyWithMicrodeposits {
    /// The timestamp when the microdeposits are expected to land.
    pub arrival_date: i64,
    /// The URL for the hosted verification page, which allows customers to verify their bank account.
    pub hosted_verification_url: String,
    /// The type of the microdeposit sent to the customer. Used to distinguish between different verification methods.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub microdeposit_type: Option<
        Option<SetupActionVerifyWithMicrodepositsMicrodepositType>,
    >,
}

crate::runtime::string_enum! {
    /// The type of the microdeposit sent to the customer. Used to distinguish between different verification methods.
    pub enum SetupActionVerifyWithMicrodepositsMicrodepositType {
        Amounts = "amounts",
        DescriptorCode = "descriptor_code",
        ..Unknown
    }
}

/// The `setup_intent_payment_method_options` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SetupIntentPaymentMethodOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<SetupIntentPaymentMethodOptionsAcssDebit2>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<SetupIntentPaymentMethodOptionsCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<SetupIntentPaymentMethodOptionsSepaDebit2>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<SetupIntentPaymentMethodOptionsUsBankAccount2>,
}

/// The `acss_debit` member of `SetupIntentPaymentMethodOptions`.
///
/// Decoding tries `SetupIntentPaymentMethodOptionsAcssDebit`, `SetupIntentTypeSpecificPaymentMethodOptionsClient` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupIntentPaymentMethodOptionsAcssDebit2 {
    /// A [`SetupIntentPaymentMethodOptionsAcssDebit`].
    SetupIntentPaymentMethodOptionsAcssDebit(SetupIntentPaymentMethodOptionsAcssDebit),
    /// A [`SetupIntentTypeSpecificPaymentMethodOptionsClient`].
    SetupIntentTypeSpecificPaymentMethodOptionsClient(
        SetupIntentTypeSpecificPaymentMethodOptionsClient,
    ),
}

/// The `sepa_debit` member of `SetupIntentPaymentMethodOptions`.
///
/// Decoding tries `SetupIntentPaymentMethodOptionsSepaDebit`, `SetupIntentTypeSpecificPaymentMethodOptionsClient` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupIntentPaymentMethodOptionsSepaDebit2 {
    /// A [`SetupIntentPaymentMethodOptionsSepaDebit`].
    SetupIntentPaymentMethodOptionsSepaDebit(SetupIntentPaymentMethodOptionsSepaDebit),
    /// A [`SetupIntentTypeSpecificPaymentMethodOptionsClient`].
    SetupIntentTypeSpecificPaymentMethodOptionsClient(
        SetupIntentTypeSpecificPaymentMethodOptionsClient,
    ),
}

/// The `us_bank_account` member of `SetupIntentPaymentMethodOptions`.
///
/// Decoding tries `SetupIntentPaymentMethodOptionsUsBankAccount`, `SetupIntentTypeSpecificPaymentMethodOptionsClient` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SetupIntentPaymentMethodOptionsUsBankAccount2 {
    /// A [`SetupIntentPaymentMethodOptionsUsBankAccount`].
    SetupIntentPaymentMethodOptionsUsBankAccount(
        SetupIntentPaymentMethodOptionsUsBankAccount,
    ),
    /// A [`SetupIntentTypeSpecificPaymentMethodOptionsClient`].
    SetupIntentTypeSpecificPaymentMethodOptionsClient(
        SetupIntentTypeSpecificPaymentMethodOptionsClient,
    ),
}

/// The `setup_intent_payment_method_options_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SetupIntentPaymentMethodOptionsAcssDebit {
    /// Currency supported by the bank account
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub currency: Option<Option<SetupIntentPaymentMethodOptionsAcssDebitCurrency>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit>,
    /// Bank account verification method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<SetupMethodOptionsAcssDebitVerificationMethod>,
}

crate::runtime::string_enum! {
    /// Currency supported by the bank account
    pub enum SetupIntentPaymentMethodOptionsAcssDebitCurrency {
        Cad = "cad",
        Usd = "usd",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Bank account verification method.
    pub enum SetupMethodOptionsAcssDebitVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

/// The `setup_intent_payment_method_options_card` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupIntentPaymentMethodOptionsCard {
    /// Configuration options for setting up an eMandate for cards issued in India.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub mandate_options: Option<
        Option<SetupIntentPaymentMethodOptionsCardMandateOptions>,
    >,
    /// We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Permitted values include: `automatic` or `any`. If not provided, defaults to `automatic`. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub request_three_d_secure: Option<
        Option<SetupPaymentMethodOptionsCardRequestThreeDSecure>,
    >,
}

crate::runtime::string_enum! {
    /// We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Permitted values include: `automatic` or `any`. If not provided, defaults to `automatic`. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine.
    pub enum SetupPaymentMethodOptionsCardRequestThreeDSecure {
        Any = "any",
        Automatic = "automatic",
        ChallengeOnly = "challenge_only",
        ..Unknown
    }
}

/// The `setup_intent_payment_method_options_card_mandate_options` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetupIntentPaymentMethodOptionsCardMandateOptions {
    /// Amount to be charged for future payments.
    pub amount: i64,
    /// One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param.
    pub amount_type: SetupMethodOptionsCardMandateOptionsAmountType,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// A description of the mandate or subscription that is meant to be displayed to the customer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub description: Option<Option<String>>,
    /// End date of the mandate or subscription. If not provided, the mandate will be active until canceled. If provided, end date should be after start date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub end_date: Option<Option<i64>>,
    /// Specifies payment frequency. One of `day`, `week`, `month`, `year`, or `sporadic`.
    pub interval: SetupMethodOptionsCardMandateOptionsInterval,
    /// The number of intervals between payments. For example, `interval=month` and `interval_count=3` indicates one payment every three months. Maximum of one year interval allowed (1 year, 12 months, or 52 weeks). This parameter is optional when `interval=sporadic`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub interval_count: Option<Option<i64>>,
    /// Unique identifier for the mandate or subscription.
    pub reference: String,
    /// Start date of the mandate or subscription. Start date should not be lesser than yesterday.
    pub start_date: i64,
    /// Specifies the type of mandates supported. Possible values are `india`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub supported_types: Option<
        Option<Vec<SetupOptionsCardMandateOptionsSupportedTypesItem>>,
    >,
}

crate::runtime::string_enum! {
    /// One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param.
    pub enum SetupMethodOptionsCardMandateOptionsAmountType {
        Fixed = "fixed",
        Maximum = "maximum",
        ..Unknown
    }
}

crate::runtime::string_enum! {
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

crate::runtime::string_enum! {
    /// Specifies the type of mandates supported. Possible values are `india`.
    pub enum SetupOptionsCardMandateOptionsSupportedTypesItem {
        India = "india",
        ..Unknown
    }
}

/// The `setup_intent_payment_method_options_mandate_options_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit {
    /// A URL for custom mandate text
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_mandate_url: Option<String>,
    /// List of Stripe products where this mandate can be selected automatically.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_for: Option<Vec<SetupOptionsMandateOptionsAcssDebitDefaultForItem>>,
    /// Description of the interval. Only required if the 'payment_schedule' parameter is 'interval' or 'combined'.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub interval_description: Option<Option<String>>,
    /// Payment schedule for the mandate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub payment_schedule: Option<
        Option<SetupOptionsMandateOptionsAcssDebitPaymentSchedule>,
    >,
    /// Transaction type of the mandate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub transaction_type: Option<
        Option<SetupOptionsMandateOptionsAcssDebitTransactionType>,
    >,
}

crate::runtime::string_enum! {
    /// List of Stripe products where this mandate can be selected automatically.
    pub enum SetupOptionsMandateOptionsAcssDebitDefaultForItem {
        Invoice = "invoice",
        Subscription = "subscription",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Payment schedule for the mandate.
    pub enum SetupOptionsMandateOptionsAcssDebitPaymentSchedule {
        Combined = "combined",
        Interval = "interval",
        Sporadic = "sporadic",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Transaction type of the mandate.
    pub enum SetupOptionsMandateOptionsAcssDebitTransactionType {
        Business = "business",
        Personal = "personal",
        ..Unknown
    }
}

/// The `setup_intent_payment_method_options_mandate_options_sepa_debit` schema.
pub type SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit = serde_json::Map<
    String,
    serde_json::Value,
>;

/// The `setup_intent_payment_method_options_sepa_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SetupIntentPaymentMethodOptionsSepaDebit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit>,
}

/// The `setup_intent_payment_method_options_us_bank_account` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupIntentPaymentMethodOptionsUsBankAccount {
    /// Bank account verification method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<SetupMethodOptionsUsBankAccountVerificationMethod>,
}

crate::runtime::string_enum! {
    /// Bank account verification method.
    pub enum SetupMethodOptionsUsBankAccountVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

/// The `setup_intent_type_specific_payment_method_options_client` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SetupIntentTypeSpecificPaymentMethodOptionsClient {
    /// Bank account verification method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<SetupPaymentMethodOptionsClientVerificationMethod>,
}

crate::runtime::string_enum! {
    /// Bank account verification method.
    pub enum SetupPaymentMethodOptionsClientVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

impl crate::runtime::Identified for SetupAttempt {
    fn id(&self) -> &str {
        &self.id
    }
}

impl crate::runtime::Identified for SetupAttemptCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => crate::runtime::Identified::id(value),
            Self::DeletedCustomer(value) => crate::runtime::Identified::id(value),
        }
    }
}

impl crate::runtime::Identified for SetupIntent {
    fn id(&self) -> &str {
        &self.id
    }
}

impl crate::runtime::Identified for SetupIntentCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => crate::runtime::Identified::id(value),
            Self::DeletedCustomer(value) => crate::runtime::Identified::id(value),
        }
    }
}
