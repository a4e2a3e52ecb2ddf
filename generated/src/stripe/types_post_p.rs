// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The request body of `PostPaymentIntents`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBody {
    /// Amount intended to be collected by this PaymentIntent. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
    pub amount: i64,
    /// The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account. The amount of the application fee collected will be capped at the total payment amount. For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    /// When enabled, this PaymentIntent will accept payment methods that you have enabled in the Dashboard and are compatible with this PaymentIntent's other parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automatic_payment_methods: Option<PostPaymentIntentsBodyAutomaticPaymentMethods>,
    /// Controls when the funds will be captured from the customer's account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PaymentIntentCaptureMethod>,
    /// Set to `true` to attempt to [confirm](https://stripe.com/docs/api/payment_intents/confirm) this PaymentIntent immediately. This parameter defaults to `false`. When creating and confirming a PaymentIntent at the same time, parameters available in the [confirm](https://stripe.com/docs/api/payment_intents/confirm) API may also be provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirm: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_method: Option<PaymentIntentConfirmationMethod>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// ID of the Customer this PaymentIntent belongs to, if one exists.
    ///
    /// Payment methods attached to other Customers cannot be used with this PaymentIntent.
    ///
    /// If present in combination with [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage), this PaymentIntent's payment method will be attached to the Customer after the PaymentIntent has been confirmed and any required actions from the user are complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Set to `true` to fail the payment attempt if the PaymentIntent transitions into `requires_action`. This parameter is intended for simpler integrations that do not handle customer actions, like [saving cards without authentication](https://stripe.com/docs/payments/save-card-without-authentication). This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<bool>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// ID of the mandate to be used for this payment. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    /// This hash contains details about the Mandate to create. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_data: Option<PostPaymentIntentsBodyMandateData>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Set to `true` to indicate that the customer is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This parameter is intended for scenarios where you collect card details and [charge them later](https://stripe.com/docs/payments/cards/charging-saved-cards). This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_session: Option<PostPaymentIntentsBodyOffSession>,
    /// The Stripe account ID for which these funds are intended. For details, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
    /// ID of the payment method (a PaymentMethod, Card, or [compatible Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility) object) to attach to this PaymentIntent.
    ///
    /// If this parameter is omitted with `confirm=true`, `customer.default_source` will be attached as this PaymentIntent's payment instrument to improve the migration experience for users of the Charges API. We recommend that you explicitly provide the `payment_method` going forward.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
    /// in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    /// property on the PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<PostPaymentIntentsBodyPaymentMethodData>,
    /// Payment-method-specific configuration for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<PostPaymentIntentsBodyPaymentMethodOptions>,
    /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. If this is not provided, defaults to ["card"].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    /// The URL to redirect your customer back to after they authenticate or cancel their payment on the payment method's app or site. If you'd prefer to redirect to a mobile application, you can alternatively supply an application URI scheme. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PaymentIntentSetupFutureUsage>,
    /// Shipping information for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<PostPaymentIntentsBodyShipping>,
    /// For non-card charges, you can use this value as the complete description that appears on your customers’ statements. Must contain at least one letter, maximum 22 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// Provides information about a card payment that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    /// The parameters used to automatically create a Transfer when the payment succeeds.
    /// For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<PostPaymentIntentsBodyTransferData>,
    /// A string that identifies the resulting payment as part of a group. See the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts) for details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_group: Option<String>,
    /// Set to `true` only when using manual confirmation and the iOS or Android SDKs to handle additional authentication steps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<bool>,
}

runtime::builder! {
    PostPaymentIntentsBody(amount: i64, currency: impl Into<String>) {
        application_fee_amount: i64,
        automatic_payment_methods: impl Into<PostPaymentIntentsBodyAutomaticPaymentMethods>,
        capture_method: impl Into<PaymentIntentCaptureMethod>,
        confirm: bool,
        confirmation_method: impl Into<PaymentIntentConfirmationMethod>,
        customer: impl Into<String>,
        description: impl Into<String>,
        error_on_requires_action: bool,
        expand: impl Into<Vec<String>>,
        mandate: impl Into<String>,
        mandate_data: impl Into<PostPaymentIntentsBodyMandateData>,
        metadata: impl Into<std::collections::BTreeMap<String, String>>,
        off_session: impl Into<PostPaymentIntentsBodyOffSession>,
        on_behalf_of: impl Into<String>,
        payment_method: impl Into<String>,
        payment_method_data: impl Into<PostPaymentIntentsBodyPaymentMethodData>,
        payment_method_options: impl Into<PostPaymentIntentsBodyPaymentMethodOptions>,
        payment_method_types: impl Into<Vec<String>>,
        receipt_email: impl Into<String>,
        return_url: impl Into<String>,
        setup_future_usage: impl Into<PaymentIntentSetupFutureUsage>,
        shipping: impl Into<PostPaymentIntentsBodyShipping>,
        statement_descriptor: impl Into<String>,
        statement_descriptor_suffix: impl Into<String>,
        transfer_data: impl Into<PostPaymentIntentsBodyTransferData>,
        transfer_group: impl Into<String>,
        use_stripe_sdk: bool,
    }
}

/// When enabled, this PaymentIntent will accept payment methods that you have enabled in the Dashboard and are compatible with this PaymentIntent's other parameters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyAutomaticPaymentMethods {
    pub enabled: bool,
}

runtime::builder! {
    PostPaymentIntentsBodyAutomaticPaymentMethods(enabled: bool) {}
}

/// This hash contains details about the Mandate to create. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsBodyMandateData {
    /// customer_acceptance_param
    pub customer_acceptance: PostIntentsBodyMandateDataCustomerAcceptance,
}

runtime::builder! {
    PostPaymentIntentsBodyMandateData(
        customer_acceptance: impl Into<PostIntentsBodyMandateDataCustomerAcceptance>,
    ) {}
}

/// Set to `true` to indicate that the customer is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This parameter is intended for scenarios where you collect card details and [charge them later](https://stripe.com/docs/payments/cards/charging-saved-cards). This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
///
/// Decoding tries `Boolean`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyOffSession {
    /// The value is a JSON boolean.
    Boolean(bool),
    /// A [`PostPaymentIntentsBodyOffSessionString`].
    String(PostPaymentIntentsBodyOffSessionString),
}

impl std::fmt::Display for PostPaymentIntentsBodyOffSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Boolean(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyOffSession`.
    pub enum PostPaymentIntentsBodyOffSessionString {
        OneOff = "one_off",
        Recurring = "recurring",
        ..Unknown
    }
}

/// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
/// in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
/// property on the PaymentIntent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodData {
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PostIntentConfirmBodyPaymentMethodDataAcssDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostIntentConfirmBodyPaymentMethodDataAuBecsDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostIntentConfirmBodyPaymentMethodDataBacsDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// billing_details_inner_params
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<PostIntentsBodyPaymentMethodDataBillingDetails>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostIntentConfirmBodyPaymentMethodDataBoleto>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostPaymentIntentsBodyPaymentMethodDataEps>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostPaymentIntentsBodyPaymentMethodDataFpx>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostPaymentIntentsBodyPaymentMethodDataIdeal>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostIntentConfirmBodyPaymentMethodDataKlarna>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostPaymentIntentsBodyPaymentMethodDataP24>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostIntentConfirmBodyPaymentMethodDataSepaDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostIntentConfirmBodyPaymentMethodDataSofort>,
    pub r#type: PostPaymentIntentsBodyPaymentMethodDataType,
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostIntentsBodyPaymentMethodDataUsBankAccount>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodData(
        r#type: impl Into<PostPaymentIntentsBodyPaymentMethodDataType>,
    ) {
        acss_debit: impl Into<PostIntentConfirmBodyPaymentMethodDataAcssDebit>,
        afterpay_clearpay: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        alipay: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        au_becs_debit: impl Into<PostIntentConfirmBodyPaymentMethodDataAuBecsDebit>,
        bacs_debit: impl Into<PostIntentConfirmBodyPaymentMethodDataBacsDebit>,
        bancontact: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        billing_details: impl Into<PostIntentsBodyPaymentMethodDataBillingDetails>,
        boleto: impl Into<PostIntentConfirmBodyPaymentMethodDataBoleto>,
        eps: impl Into<PostPaymentIntentsBodyPaymentMethodDataEps>,
        fpx: impl Into<PostPaymentIntentsBodyPaymentMethodDataFpx>,
        giropay: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        grabpay: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        ideal: impl Into<PostPaymentIntentsBodyPaymentMethodDataIdeal>,
        interac_present: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        klarna: impl Into<PostIntentConfirmBodyPaymentMethodDataKlarna>,
        konbini: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        metadata: impl Into<std::collections::BTreeMap<String, String>>,
        oxxo: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        p24: impl Into<PostPaymentIntentsBodyPaymentMethodDataP24>,
        paynow: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
        sepa_debit: impl Into<PostIntentConfirmBodyPaymentMethodDataSepaDebit>,
        sofort: impl Into<PostIntentConfirmBodyPaymentMethodDataSofort>,
        us_bank_account: impl Into<PostIntentsBodyPaymentMethodDataUsBankAccount>,
        wechat_pay: impl Into<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    }
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataEps {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataEpsBank>,
}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodDataEps() {
        bank: impl Into<PostIntentConfirmBodyPaymentMethodDataEpsBank>,
    }
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataFpx {
    pub bank: PostIntentConfirmBodyPaymentMethodDataFpxBank,
}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodDataFpx(
        bank: impl Into<PostIntentConfirmBodyPaymentMethodDataFpxBank>,
    ) {}
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataIdeal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataIdealBank>,
}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodDataIdeal() {
        bank: impl Into<PostIntentConfirmBodyPaymentMethodDataIdealBank>,
    }
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsBodyPaymentMethodDataOxxo {}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodDataOxxo() {}
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataP24 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataP24Bank>,
}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodDataP24() {
        bank: impl Into<PostIntentConfirmBodyPaymentMethodDataP24Bank>,
    }
}

runtime::string_enum! {
    /// The `type` member of `PostPaymentIntentsBodyPaymentMethodData`.
    pub enum PostPaymentIntentsBodyPaymentMethodDataType {
        AcssDebit = "acss_debit",
        AfterpayClearpay = "afterpay_clearpay",
        Alipay = "alipay",
        AuBecsDebit = "au_becs_debit",
        BacsDebit = "bacs_debit",
        Bancontact = "bancontact",
        Boleto = "boleto",
        Eps = "eps",
        Fpx = "fpx",
        Giropay = "giropay",
        Grabpay = "grabpay",
        Ideal = "ideal",
        Klarna = "klarna",
        Konbini = "konbini",
        Oxxo = "oxxo",
        P24 = "p24",
        Paynow = "paynow",
        SepaDebit = "sepa_debit",
        Sofort = "sofort",
        UsBankAccount = "us_bank_account",
        WechatPay = "wechat_pay",
        ..Unknown
    }
}

/// Payment-method-specific configuration for this PaymentIntent.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PostIntentsBodyPaymentMethodOptionsAcssDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<PostBodyPaymentMethodOptionsAfterpayClearpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<PostIntentConfirmBodyPaymentMethodOptionsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostIntentsBodyPaymentMethodOptionsAuBecsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostIntentsBodyPaymentMethodOptionsBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PostIntentsBodyPaymentMethodOptionsBancontact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostIntentConfirmBodyPaymentMethodOptionsBoleto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<PostIntentConfirmBodyPaymentMethodOptionsCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_present: Option<PostIntentsBodyPaymentMethodOptionsCardPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostIntentConfirmBodyPaymentMethodOptionsEps>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostIntentConfirmBodyPaymentMethodOptionsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PostIntentsBodyPaymentMethodOptionsInteracPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostIntentConfirmBodyPaymentMethodOptionsKlarna>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PostIntentConfirmBodyPaymentMethodOptionsKonbini>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PostIntentConfirmBodyPaymentMethodOptionsOxxo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostIntentConfirmBodyPaymentMethodOptionsP24>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostIntentsBodyPaymentMethodOptionsSepaDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostIntentConfirmBodyPaymentMethodOptionsSofort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostIntentsBodyPaymentMethodOptionsUsBankAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PostIntentsBodyPaymentMethodOptionsWechatPay>,
}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodOptions() {
        acss_debit: impl Into<PostIntentsBodyPaymentMethodOptionsAcssDebit>,
        afterpay_clearpay: impl Into<PostBodyPaymentMethodOptionsAfterpayClearpay>,
        alipay: impl Into<PostIntentConfirmBodyPaymentMethodOptionsIdeal>,
        au_becs_debit: impl Into<PostIntentsBodyPaymentMethodOptionsAuBecsDebit>,
        bacs_debit: impl Into<PostIntentsBodyPaymentMethodOptionsBacsDebit>,
        bancontact: impl Into<PostIntentsBodyPaymentMethodOptionsBancontact>,
        boleto: impl Into<PostIntentConfirmBodyPaymentMethodOptionsBoleto>,
        card: impl Into<PostIntentConfirmBodyPaymentMethodOptionsCard>,
        card_present: impl Into<PostIntentsBodyPaymentMethodOptionsCardPresent>,
        eps: impl Into<PostIntentConfirmBodyPaymentMethodOptionsEps>,
        fpx: impl Into<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
        giropay: impl Into<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
        grabpay: impl Into<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
        ideal: impl Into<PostIntentConfirmBodyPaymentMethodOptionsIdeal>,
        interac_present: impl Into<PostIntentsBodyPaymentMethodOptionsInteracPresent>,
        klarna: impl Into<PostIntentConfirmBodyPaymentMethodOptionsKlarna>,
        konbini: impl Into<PostIntentConfirmBodyPaymentMethodOptionsKonbini>,
        oxxo: impl Into<PostIntentConfirmBodyPaymentMethodOptionsOxxo>,
        p24: impl Into<PostIntentConfirmBodyPaymentMethodOptionsP24>,
        paynow: impl Into<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
        sepa_debit: impl Into<PostIntentsBodyPaymentMethodOptionsSepaDebit>,
        sofort: impl Into<PostIntentConfirmBodyPaymentMethodOptionsSofort>,
        us_bank_account: impl Into<PostIntentsBodyPaymentMethodOptionsUsBankAccount>,
        wechat_pay: impl Into<PostIntentsBodyPaymentMethodOptionsWechatPay>,
    }
}

runtime::string_enum! {
    /// The `setup_future_usage` member of `PostDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `verification_method` member of `PostDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `preferred_language` member of `PostOptionsBancontactPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamPreferredLanguage {
        De = "de",
        En = "en",
        Fr = "fr",
        Nl = "nl",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `interval` member of `PostIntentParamInstallmentsPlanInstallmentPlan`.
    pub enum PostParamInstallmentsPlanInstallmentPlanInterval {
        Month = "month",
        ..Unknown
    }
}

/// The `expires_after_days` member of `PostMethodOptionsKonbiniPaymentMethodOptionsParam`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentMethodOptionsParamExpiresAfterDays {
    /// The value is a JSON integer.
    Integer(i64),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

impl std::fmt::Display for PostPaymentMethodOptionsParamExpiresAfterDays {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// payment_method_options_mandate_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentPaymentMethodOptionsParamMandateOptions {}

runtime::builder! {
    PostPaymentIntentPaymentMethodOptionsParamMandateOptions() {}
}

/// Shipping information for this PaymentIntent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyShipping {
    /// optional_fields_address
    pub address: PostChargesBodyShippingAddress,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
}

runtime::builder! {
    PostPaymentIntentsBodyShipping(
        address: impl Into<PostChargesBodyShippingAddress>,
        name: impl Into<String>,
    ) {
        carrier: impl Into<String>,
        phone: impl Into<String>,
        tracking_number: impl Into<String>,
    }
}

/// The parameters used to automatically create a Transfer when the payment succeeds.
/// For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyTransferData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    pub destination: String,
}

runtime::builder! {
    PostPaymentIntentsBodyTransferData(destination: impl Into<String>) {
        amount: i64,
    }
}

/// The request body of `PostPaymentIntentsIntentCancel`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsIntentCancelBody {
    /// Reason for canceling this PaymentIntent. Possible values are `duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<PostIntentsIntentCancelBodyCancellationReason>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
}

runtime::builder! {
    PostPaymentIntentsIntentCancelBody() {
        cancellation_reason: impl Into<PostIntentsIntentCancelBodyCancellationReason>,
        expand: impl Into<Vec<String>>,
    }
}

/// The request body of `PostPaymentIntentsIntentConfirm`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsIntentConfirmBody {
    /// The client secret of the PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Set to `true` to fail the payment attempt if the PaymentIntent transitions into `requires_action`. This parameter is intended for simpler integrations that do not handle customer actions, like [saving cards without authentication](https://stripe.com/docs/payments/save-card-without-authentication).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<bool>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// ID of the mandate to be used for this payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    /// This hash contains details about the Mandate to create
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_data: Option<PostPaymentIntentsIntentConfirmBodyMandateData>,
    /// Set to `true` to indicate that the customer is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This parameter is intended for scenarios where you collect card details and [charge them later](https://stripe.com/docs/payments/cards/charging-saved-cards).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_session: Option<PostPaymentIntentsIntentConfirmBodyOffSession>,
    /// ID of the payment method (a PaymentMethod, Card, or [compatible Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility) object) to attach to this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
    /// in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    /// property on the PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<PostPaymentIntentsBodyPaymentMethodData>,
    /// Payment-method-specific configuration for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<PostPaymentIntentsBodyPaymentMethodOptions>,
    /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<PostPaymentIntentsIntentConfirmBodyReceiptEmail>,
    /// The URL to redirect your customer back to after they authenticate or cancel their payment on the payment method's app or site.
    /// If you'd prefer to redirect to a mobile application, you can alternatively supply an application URI scheme.
    /// This parameter is only used for cards and other redirect-based payment methods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
    ///
    /// If `setup_future_usage` is already set and you are performing a request using a publishable key, you may only update the value from `on_session` to `off_session`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIntentsIntentConfirmBodySetupFutureUsage>,
    /// Shipping information for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<PostPaymentIntentsIntentConfirmBodyShipping>,
    /// Set to `true` only when using manual confirmation and the iOS or Android SDKs to handle additional authentication steps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<bool>,
}

impl std::fmt::Debug for PostPaymentIntentsIntentConfirmBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostPaymentIntentsIntentConfirmBody")
            .field("client_secret", &runtime::Redacted)
            .field("error_on_requires_action", &self.error_on_requires_action)
            .field("expand", &self.expand)
            .field("mandate", &self.mandate)
            .field("mandate_data", &self.mandate_data)
            .field("off_session", &self.off_session)
            .field("payment_method", &self.payment_method)
            .field("payment_method_data", &self.payment_method_data)
            .field("payment_method_options", &self.payment_method_options)
            .field("payment_method_types", &self.payment_method_types)
            .field("receipt_email", &self.receipt_email)
            .field("return_url", &self.return_url)
            .field("setup_future_usage", &self.setup_future_usage)
            .field("shipping", &self.shipping)
            .field("use_stripe_sdk", &self.use_stripe_sdk)
            .finish()
    }
}

runtime::builder! {
    PostPaymentIntentsIntentConfirmBody() {
        client_secret: impl Into<String>,
        error_on_requires_action: bool,
        expand: impl Into<Vec<String>>,
        mandate: impl Into<String>,
        mandate_data: impl Into<PostPaymentIntentsIntentConfirmBodyMandateData>,
        off_session: impl Into<PostPaymentIntentsIntentConfirmBodyOffSession>,
        payment_method: impl Into<String>,
        payment_method_data: impl Into<PostPaymentIntentsBodyPaymentMethodData>,
        payment_method_options: impl Into<PostPaymentIntentsBodyPaymentMethodOptions>,
        payment_method_types: impl Into<Vec<String>>,
        receipt_email: impl Into<PostPaymentIntentsIntentConfirmBodyReceiptEmail>,
        return_url: impl Into<String>,
        setup_future_usage: impl Into<PostIntentsIntentConfirmBodySetupFutureUsage>,
        shipping: impl Into<PostPaymentIntentsIntentConfirmBodyShipping>,
        use_stripe_sdk: bool,
    }
}

/// This hash contains details about the Mandate to create
///
/// Decoding tries `SecretKeyParam`, `ClientKeyParam` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmBodyMandateData {
    /// secret_key_param
    SecretKeyParam(PostIntentConfirmBodyMandateDataSecretKeyParam),
    /// client_key_param
    ClientKeyParam(PostIntentConfirmBodyMandateDataClientKeyParam),
}

/// Set to `true` to indicate that the customer is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This parameter is intended for scenarios where you collect card details and [charge them later](https://stripe.com/docs/payments/cards/charging-saved-cards).
///
/// Decoding tries `Boolean`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmBodyOffSession {
    /// The value is a JSON boolean.
    Boolean(bool),
    /// A [`PostPaymentIntentsBodyOffSessionString`].
    String(PostPaymentIntentsBodyOffSessionString),
}

impl std::fmt::Display for PostPaymentIntentsIntentConfirmBodyOffSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Boolean(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

runtime::string_enum! {
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    pub enum PostPaymentIntentsIntentConfirmBodyReceiptEmail {
        Empty = "",
        ..Unknown
    }
}

/// Shipping information for this PaymentIntent.
///
/// Decoding tries `OptionalFieldsShipping`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmBodyShipping {
    /// optional_fields_shipping
    OptionalFieldsShipping(PostConfirmBodyShippingOptionalFieldsShipping),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}
