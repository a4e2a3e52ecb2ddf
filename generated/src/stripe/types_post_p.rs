// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The request body of `PostPaymentIntents`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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

runtime::decode! {
    PostPaymentIntentsBody {
        amount, application_fee_amount, automatic_payment_methods, capture_method, confirm,
        confirmation_method, currency, customer, description, error_on_requires_action, expand,
        mandate, mandate_data, metadata, off_session, on_behalf_of, payment_method,
        payment_method_data, payment_method_options, payment_method_types, receipt_email,
        return_url, setup_future_usage, shipping, statement_descriptor, statement_descriptor_suffix,
        transfer_data, transfer_group, use_stripe_sdk,
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyAutomaticPaymentMethods {
    pub enabled: bool,
}

runtime::decode! { PostPaymentIntentsBodyAutomaticPaymentMethods { enabled } }

runtime::builder! {
    PostPaymentIntentsBodyAutomaticPaymentMethods(enabled: bool) {}
}

/// This hash contains details about the Mandate to create. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PostPaymentIntentsBodyMandateData {
    /// customer_acceptance_param
    pub customer_acceptance: PostPaymentIntentsMandateDataCustomerAcceptance,
}

runtime::decode! { PostPaymentIntentsBodyMandateData { customer_acceptance } }

runtime::builder! {
    PostPaymentIntentsBodyMandateData(
        customer_acceptance: impl Into<PostPaymentIntentsMandateDataCustomerAcceptance>,
    ) {}
}

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsMandateDataCustomerAcceptance {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<i64>,
    /// offline_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offline: Option<PostPaymentIntentsIntentConfirmOffline>,
    /// online_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<PostPaymentIntentsIntentConfirmOnline>,
    pub r#type: PostPaymentIntentsIntentConfirmType,
}

runtime::decode! {
    PostPaymentIntentsMandateDataCustomerAcceptance {
        accepted_at, offline, online, r#type = "type",
    }
}

runtime::builder! {
    PostPaymentIntentsMandateDataCustomerAcceptance(
        r#type: impl Into<PostPaymentIntentsIntentConfirmType>,
    ) {
        accepted_at: i64,
        offline: impl Into<PostPaymentIntentsIntentConfirmOffline>,
        online: impl Into<PostPaymentIntentsIntentConfirmOnline>,
    }
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
    /// The value is of type [`PostPaymentIntentsBodyOffSessionString`].
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodData {
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PostPaymentIntentsIntentConfirmAcssDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<PostPaymentIntentsAfterpayClearpay>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<PostPaymentIntentsAfterpayClearpay>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostPaymentIntentsIntentConfirmAuBecsDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostPaymentIntentsIntentConfirmBacsDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PostPaymentIntentsAfterpayClearpay>,
    /// billing_details_inner_params
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<PostPaymentIntentsIntentConfirmBillingDetails>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostPaymentIntentsIntentConfirmBoleto>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostPaymentIntentsIntentConfirmEps>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostPaymentIntentsIntentConfirmFpx>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PostPaymentIntentsAfterpayClearpay>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PostPaymentIntentsAfterpayClearpay>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostPaymentIntentsIntentConfirmIdeal>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PostPaymentIntentsAfterpayClearpay>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostPaymentIntentsIntentConfirmKlarna>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PostPaymentIntentsAfterpayClearpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PostPaymentIntentsAfterpayClearpay>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostPaymentIntentsIntentConfirmP24>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PostPaymentIntentsAfterpayClearpay>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostPaymentIntentsIntentConfirmSepaDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostPaymentIntentsIntentConfirmSofort>,
    pub r#type: PostPaymentIntentsBodyPaymentMethodDataType,
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostPaymentIntentsIntentConfirmUsBankAccount>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PostPaymentIntentsAfterpayClearpay>,
}

runtime::decode! {
    PostPaymentIntentsBodyPaymentMethodData {
        acss_debit, afterpay_clearpay, alipay, au_becs_debit, bacs_debit, bancontact,
        billing_details, boleto, eps, fpx, giropay, grabpay, ideal, interac_present, klarna,
        konbini, metadata, oxxo, p24, paynow, sepa_debit, sofort, r#type = "type", us_bank_account,
        wechat_pay,
    }
}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodData(
        r#type: impl Into<PostPaymentIntentsBodyPaymentMethodDataType>,
    ) {
        acss_debit: impl Into<PostPaymentIntentsIntentConfirmAcssDebit>,
        afterpay_clearpay: impl Into<PostPaymentIntentsAfterpayClearpay>,
        alipay: impl Into<PostPaymentIntentsAfterpayClearpay>,
        au_becs_debit: impl Into<PostPaymentIntentsIntentConfirmAuBecsDebit>,
        bacs_debit: impl Into<PostPaymentIntentsIntentConfirmBacsDebit>,
        bancontact: impl Into<PostPaymentIntentsAfterpayClearpay>,
        billing_details: impl Into<PostPaymentIntentsIntentConfirmBillingDetails>,
        boleto: impl Into<PostPaymentIntentsIntentConfirmBoleto>,
        eps: impl Into<PostPaymentIntentsIntentConfirmEps>,
        fpx: impl Into<PostPaymentIntentsIntentConfirmFpx>,
        giropay: impl Into<PostPaymentIntentsAfterpayClearpay>,
        grabpay: impl Into<PostPaymentIntentsAfterpayClearpay>,
        ideal: impl Into<PostPaymentIntentsIntentConfirmIdeal>,
        interac_present: impl Into<PostPaymentIntentsAfterpayClearpay>,
        klarna: impl Into<PostPaymentIntentsIntentConfirmKlarna>,
        konbini: impl Into<PostPaymentIntentsAfterpayClearpay>,
        metadata: impl Into<std::collections::BTreeMap<String, String>>,
        oxxo: impl Into<PostPaymentIntentsAfterpayClearpay>,
        p24: impl Into<PostPaymentIntentsIntentConfirmP24>,
        paynow: impl Into<PostPaymentIntentsAfterpayClearpay>,
        sepa_debit: impl Into<PostPaymentIntentsIntentConfirmSepaDebit>,
        sofort: impl Into<PostPaymentIntentsIntentConfirmSofort>,
        us_bank_account: impl Into<PostPaymentIntentsIntentConfirmUsBankAccount>,
        wechat_pay: impl Into<PostPaymentIntentsAfterpayClearpay>,
    }
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PostPaymentIntentsAfterpayClearpay {}

runtime::decode! { PostPaymentIntentsAfterpayClearpay {} }

runtime::builder! {
    PostPaymentIntentsAfterpayClearpay() {}
}

/// billing_details_address
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsAddressBillingDetailsAddress {
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

runtime::decode! {
    PostPaymentIntentsAddressBillingDetailsAddress {
        city, country, line1, line2, postal_code, state,
    }
}

runtime::builder! {
    PostPaymentIntentsAddressBillingDetailsAddress() {
        city: impl Into<String>,
        country: impl Into<String>,
        line1: impl Into<String>,
        line2: impl Into<String>,
        postal_code: impl Into<String>,
        state: impl Into<String>,
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

runtime::string_enum! {
    /// The `account_type` member of `PostPaymentIntentsPaymentMethodDataUsBankAccount`.
    pub enum PostPaymentIntentsUsBankAccountAccountType {
        Checking = "checking",
        Savings = "savings",
        ..Unknown
    }
}

/// Payment-method-specific configuration for this PaymentIntent.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PostPaymentIntentsPaymentMethodOptionsAcssDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<PostBodyPaymentMethodOptionsAfterpayClearpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<PostPaymentIntentsBodyPaymentMethodOptionsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostConfirmBodyPaymentMethodOptionsAuBecsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostPaymentIntentsPaymentMethodOptionsBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PostConfirmBodyPaymentMethodOptionsBancontact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostPaymentIntentsBodyPaymentMethodOptionsBoleto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<PostPaymentIntentsIntentConfirmCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_present: Option<PostPaymentIntentsIntentConfirmCardPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostPaymentIntentsBodyPaymentMethodOptionsEps>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostPaymentIntentsBodyPaymentMethodOptionsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PostPaymentIntentsInteracPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostPaymentIntentsBodyPaymentMethodOptionsKlarna>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PostPaymentIntentsBodyPaymentMethodOptionsKonbini>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PostPaymentIntentsBodyPaymentMethodOptionsOxxo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostPaymentIntentsBodyPaymentMethodOptionsP24>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostPaymentIntentsPaymentMethodOptionsSepaDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostPaymentIntentsBodyPaymentMethodOptionsSofort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostPaymentIntentsUsBankAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PostPaymentIntentsPaymentMethodOptionsWechatPay>,
}

runtime::decode! {
    PostPaymentIntentsBodyPaymentMethodOptions {
        acss_debit, afterpay_clearpay, alipay, au_becs_debit, bacs_debit, bancontact, boleto, card,
        card_present, eps, fpx, giropay, grabpay, ideal, interac_present, klarna, konbini, oxxo,
        p24, paynow, sepa_debit, sofort, us_bank_account, wechat_pay,
    }
}

runtime::builder! {
    PostPaymentIntentsBodyPaymentMethodOptions() {
        acss_debit: impl Into<PostPaymentIntentsPaymentMethodOptionsAcssDebit>,
        afterpay_clearpay: impl Into<PostBodyPaymentMethodOptionsAfterpayClearpay>,
        alipay: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsIdeal>,
        au_becs_debit: impl Into<PostConfirmBodyPaymentMethodOptionsAuBecsDebit>,
        bacs_debit: impl Into<PostPaymentIntentsPaymentMethodOptionsBacsDebit>,
        bancontact: impl Into<PostConfirmBodyPaymentMethodOptionsBancontact>,
        boleto: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsBoleto>,
        card: impl Into<PostPaymentIntentsIntentConfirmCard>,
        card_present: impl Into<PostPaymentIntentsIntentConfirmCardPresent>,
        eps: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsEps>,
        fpx: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
        giropay: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
        grabpay: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
        ideal: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsIdeal>,
        interac_present: impl Into<PostPaymentIntentsInteracPresent>,
        klarna: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsKlarna>,
        konbini: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsKonbini>,
        oxxo: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsOxxo>,
        p24: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsP24>,
        paynow: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
        sepa_debit: impl Into<PostPaymentIntentsPaymentMethodOptionsSepaDebit>,
        sofort: impl Into<PostPaymentIntentsBodyPaymentMethodOptionsSofort>,
        us_bank_account: impl Into<PostPaymentIntentsUsBankAccount>,
        wechat_pay: impl Into<PostPaymentIntentsPaymentMethodOptionsWechatPay>,
    }
}

/// The `acss_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsPaymentMethodOptionsAcssDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostAcssDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_intent_payment_method_options_mandate_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsMandateOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_mandate_url: Option<PostChargesBodyMetadataString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_schedule: Option<PostPaymentIntentsIntentConfirmPaymentSchedule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<PostPaymentIntentsIntentConfirmTransactionType>,
}

runtime::decode! {
    PostPaymentIntentsMandateOptions {
        custom_mandate_url, interval_description, payment_schedule, transaction_type,
    }
}

runtime::builder! {
    PostPaymentIntentsMandateOptions() {
        custom_mandate_url: impl Into<PostChargesBodyMetadataString>,
        interval_description: impl Into<String>,
        payment_schedule: impl Into<PostPaymentIntentsIntentConfirmPaymentSchedule>,
        transaction_type: impl Into<PostPaymentIntentsIntentConfirmTransactionType>,
    }
}

runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentIntentsPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentIntentsSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `verification_method` member of `PostPaymentIntentsPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentIntentsVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostPaymentIntentsCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! {
    PostPaymentIntentsPaymentMethodOptionsParam {
        capture_method, reference, setup_future_usage,
    }
}

runtime::builder! {
    PostPaymentIntentsPaymentMethodOptionsParam() {
        capture_method: impl Into<PostPaymentIntentsCaptureMethod>,
        reference: impl Into<String>,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

runtime::string_enum! {
    /// The `capture_method` member of `PostPaymentIntentsPaymentMethodOptionsParam`.
    pub enum PostPaymentIntentsCaptureMethod {
        Empty = "",
        Manual = "manual",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentIntentsAlipayPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

/// The `bacs_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsPaymentMethodOptionsBacsDebit {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsBacsDebitPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
    /// The `preferred_language` member of `PostPaymentIntentsBancontactPaymentMethodOptionsParam`.
    pub enum PostPaymentIntentsPreferredLanguage {
        De = "de",
        En = "en",
        Fr = "fr",
        Nl = "nl",
        ..Unknown
    }
}

/// The `boleto` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsBoleto {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsBoletoPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_intent_param
#[derive(Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsCardPaymentIntentParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostPaymentIntentsCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cvc_token: Option<String>,
    /// installments_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub installments: Option<PostPaymentIntentsIntentConfirmInstallments>,
    /// mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<PostOptionsCardPaymentIntentParamMandateOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network: Option<PostPaymentIntentsIntentConfirmNetwork>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_three_d_secure: Option<PostPaymentIntentsRequestThreeDSecure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentIntentsSetupFutureUsage>,
}

runtime::decode! {
    PostPaymentIntentsCardPaymentIntentParam {
        capture_method, cvc_token, installments, mandate_options, network, request_three_d_secure,
        setup_future_usage,
    }
}

runtime::redacted_debug! {
    PostPaymentIntentsCardPaymentIntentParam {
        capture_method, cvc_token: redacted, installments, mandate_options, network,
        request_three_d_secure, setup_future_usage,
    }
}

runtime::builder! {
    PostPaymentIntentsCardPaymentIntentParam() {
        capture_method: impl Into<PostPaymentIntentsCaptureMethod>,
        cvc_token: impl Into<String>,
        installments: impl Into<PostPaymentIntentsIntentConfirmInstallments>,
        mandate_options: impl Into<PostOptionsCardPaymentIntentParamMandateOptions>,
        network: impl Into<PostPaymentIntentsIntentConfirmNetwork>,
        request_three_d_secure: impl Into<PostPaymentIntentsRequestThreeDSecure>,
        setup_future_usage: impl Into<PostPaymentIntentsSetupFutureUsage>,
    }
}

/// The `plan` member of `PostPaymentIntentsPaymentIntentParamInstallments`.
///
/// Decoding tries `InstallmentPlan`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsInstallmentsPlan {
    /// installment_plan
    InstallmentPlan(PostPaymentIntentsInstallmentsPlanInstallmentPlan),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// installment_plan
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsInstallmentsPlanInstallmentPlan {
    pub count: i64,
    pub interval: PostPaymentIntentsIntentConfirmInterval,
    pub r#type: PostPaymentIntentsPlanInstallmentPlanType,
}

runtime::decode! {
    PostPaymentIntentsInstallmentsPlanInstallmentPlan {
        count, interval, r#type = "type",
    }
}

runtime::builder! {
    PostPaymentIntentsInstallmentsPlanInstallmentPlan(
        count: i64,
        interval: impl Into<PostPaymentIntentsIntentConfirmInterval>,
        r#type: impl Into<PostPaymentIntentsPlanInstallmentPlanType>,
    ) {}
}

runtime::string_enum! {
    /// The `type` member of `PostPaymentIntentsInstallmentsPlanInstallmentPlan`.
    pub enum PostPaymentIntentsPlanInstallmentPlanType {
        FixedCount = "fixed_count",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `interval` member of `PostPaymentIntentsPaymentIntentParamMandateOptions`.
    pub enum PostPaymentIntentsMandateOptionsInterval {
        Day = "day",
        Month = "month",
        Sporadic = "sporadic",
        Week = "week",
        Year = "year",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `request_three_d_secure` member of `PostPaymentIntentsCardPaymentIntentParam`.
    pub enum PostPaymentIntentsRequestThreeDSecure {
        Any = "any",
        Automatic = "automatic",
        ..Unknown
    }
}

/// The `eps` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsEps {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostEpsPaymentIntentPaymentMethodOptionsParam,
    ),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `fpx` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsFpx {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentIntentsFpxPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsFpxPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! { PostPaymentIntentsFpxPaymentMethodOptionsParam { setup_future_usage } }

runtime::builder! {
    PostPaymentIntentsFpxPaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// The `ideal` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsIdeal {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsIdealPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `interac_present` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsInteracPresent {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsInteracPresentPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `klarna` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsKlarna {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsKlarnaPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
    /// The `preferred_locale` member of `PostPaymentIntentsKlarnaPaymentMethodOptionsParam`.
    pub enum PostPaymentIntentsPreferredLocale {
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

/// The `konbini` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsKonbini {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsKonbiniPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `expires_at` member of `PostPaymentIntentsKonbiniPaymentMethodOptionsParam`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsExpiresAt {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

impl std::fmt::Display for PostPaymentIntentsExpiresAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// The `oxxo` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsOxxo {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentIntentsOxxoPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsOxxoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::decode! {
    PostPaymentIntentsOxxoPaymentMethodOptionsParam {
        expires_after_days, setup_future_usage,
    }
}

runtime::builder! {
    PostPaymentIntentsOxxoPaymentMethodOptionsParam() {
        expires_after_days: i64,
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    }
}

/// The `p24` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsP24 {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentIntentsP24PaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsP24PaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tos_shown_and_accepted: Option<bool>,
}

runtime::decode! {
    PostPaymentIntentsP24PaymentMethodOptionsParam {
        setup_future_usage, tos_shown_and_accepted,
    }
}

runtime::builder! {
    PostPaymentIntentsP24PaymentMethodOptionsParam() {
        setup_future_usage: impl Into<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
        tos_shown_and_accepted: bool,
    }
}

/// The `sepa_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsPaymentMethodOptionsSepaDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostSepaDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `sofort` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsSofort {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsSofortPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `us_bank_account` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsUsBankAccount {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostAccountPaymentIntentPaymentMethodOptionsParam,
    ),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `wechat_pay` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsPaymentMethodOptionsWechatPay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsWechatPayPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// Shipping information for this PaymentIntent.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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

runtime::decode! {
    PostPaymentIntentsBodyShipping {
        address, carrier, name, phone, tracking_number,
    }
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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyTransferData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    pub destination: String,
}

runtime::decode! { PostPaymentIntentsBodyTransferData { amount, destination } }

runtime::builder! {
    PostPaymentIntentsBodyTransferData(destination: impl Into<String>) {
        amount: i64,
    }
}

/// The request body of `PostPaymentIntentsIntentCancel`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PostPaymentIntentsIntentCancelBody {
    /// Reason for canceling this PaymentIntent. Possible values are `duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<PostPaymentIntentsIntentCancelCancellationReason>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
}

runtime::decode! { PostPaymentIntentsIntentCancelBody { cancellation_reason, expand } }

runtime::builder! {
    PostPaymentIntentsIntentCancelBody() {
        cancellation_reason: impl Into<PostPaymentIntentsIntentCancelCancellationReason>,
        expand: impl Into<Vec<String>>,
    }
}

runtime::string_enum! {
    /// Reason for canceling this PaymentIntent. Possible values are `duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`
    pub enum PostPaymentIntentsIntentCancelCancellationReason {
        Abandoned = "abandoned",
        Duplicate = "duplicate",
        Fraudulent = "fraudulent",
        RequestedByCustomer = "requested_by_customer",
        ..Unknown
    }
}

/// The request body of `PostPaymentIntentsIntentConfirm`.
#[derive(Clone, PartialEq, Default, serde::Serialize)]
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

runtime::decode! {
    PostPaymentIntentsIntentConfirmBody {
        client_secret, error_on_requires_action, expand, mandate, mandate_data, off_session,
        payment_method, payment_method_data, payment_method_options, payment_method_types,
        receipt_email, return_url, setup_future_usage, shipping, use_stripe_sdk,
    }
}

runtime::redacted_debug! {
    PostPaymentIntentsIntentConfirmBody {
        client_secret: redacted, error_on_requires_action, expand, mandate, mandate_data,
        off_session, payment_method, payment_method_data, payment_method_options,
        payment_method_types, receipt_email, return_url, setup_future_usage, shipping,
        use_stripe_sdk,
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
    SecretKeyParam(PostPaymentIntentsIntentConfirmSecretKeyParam),
    /// client_key_param
    ClientKeyParam(PostPaymentIntentsIntentConfirmClientKeyParam),
}

/// secret_key_param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PostPaymentIntentsIntentConfirmSecretKeyParam {
    /// customer_acceptance_param
    pub customer_acceptance: PostPaymentIntentsMandateDataCustomerAcceptance,
}

runtime::decode! { PostPaymentIntentsIntentConfirmSecretKeyParam { customer_acceptance } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmSecretKeyParam(
        customer_acceptance: impl Into<PostPaymentIntentsMandateDataCustomerAcceptance>,
    ) {}
}

/// offline_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PostPaymentIntentsIntentConfirmOffline {}

runtime::decode! { PostPaymentIntentsIntentConfirmOffline {} }

runtime::builder! {
    PostPaymentIntentsIntentConfirmOffline() {}
}

/// online_param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmOnline {
    pub ip_address: String,
    pub user_agent: String,
}

runtime::decode! { PostPaymentIntentsIntentConfirmOnline { ip_address, user_agent } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmOnline(
        ip_address: impl Into<String>,
        user_agent: impl Into<String>,
    ) {}
}

runtime::string_enum! {
    /// The `type` member of `PostPaymentIntentsIntentConfirmCustomerAcceptance`.
    pub enum PostPaymentIntentsIntentConfirmType {
        Offline = "offline",
        Online = "online",
        ..Unknown
    }
}

/// client_key_param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PostPaymentIntentsIntentConfirmClientKeyParam {
    /// customer_acceptance_param
    pub customer_acceptance: PostMandateDataClientKeyParamCustomerAcceptance,
}

runtime::decode! { PostPaymentIntentsIntentConfirmClientKeyParam { customer_acceptance } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmClientKeyParam(
        customer_acceptance: impl Into<PostMandateDataClientKeyParamCustomerAcceptance>,
    ) {}
}

/// online_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmCustomerAcceptanceOnline {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}

runtime::decode! {
    PostPaymentIntentsIntentConfirmCustomerAcceptanceOnline {
        ip_address, user_agent,
    }
}

runtime::builder! {
    PostPaymentIntentsIntentConfirmCustomerAcceptanceOnline() {
        ip_address: impl Into<String>,
        user_agent: impl Into<String>,
    }
}

runtime::string_enum! {
    /// The `type` member of `PostMandateDataClientKeyParamCustomerAcceptance`.
    pub enum PostPaymentIntentsIntentConfirmCustomerAcceptanceType {
        Online = "online",
        ..Unknown
    }
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
    /// The value is of type [`PostPaymentIntentsBodyOffSessionString`].
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

/// payment_method_param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmAcssDebit {
    pub account_number: String,
    pub institution_number: String,
    pub transit_number: String,
}

runtime::decode! {
    PostPaymentIntentsIntentConfirmAcssDebit {
        account_number, institution_number, transit_number,
    }
}

runtime::builder! {
    PostPaymentIntentsIntentConfirmAcssDebit(
        account_number: impl Into<String>,
        institution_number: impl Into<String>,
        transit_number: impl Into<String>,
    ) {}
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmAuBecsDebit {
    pub account_number: String,
    pub bsb_number: String,
}

runtime::decode! { PostPaymentIntentsIntentConfirmAuBecsDebit { account_number, bsb_number } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmAuBecsDebit(
        account_number: impl Into<String>,
        bsb_number: impl Into<String>,
    ) {}
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmBacsDebit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_code: Option<String>,
}

runtime::decode! { PostPaymentIntentsIntentConfirmBacsDebit { account_number, sort_code } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmBacsDebit() {
        account_number: impl Into<String>,
        sort_code: impl Into<String>,
    }
}

/// billing_details_inner_params
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmBillingDetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<PostPaymentIntentsIntentConfirmAddress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<PostChargesBodyMetadataString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

runtime::decode! { PostPaymentIntentsIntentConfirmBillingDetails { address, email, name, phone } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmBillingDetails() {
        address: impl Into<PostPaymentIntentsIntentConfirmAddress>,
        email: impl Into<PostChargesBodyMetadataString>,
        name: impl Into<String>,
        phone: impl Into<String>,
    }
}

/// The `address` member of `PostPaymentIntentsIntentConfirmBillingDetails`.
///
/// Decoding tries `BillingDetailsAddress`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmAddress {
    /// billing_details_address
    BillingDetailsAddress(PostPaymentIntentsAddressBillingDetailsAddress),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmBoleto {
    pub tax_id: String,
}

runtime::decode! { PostPaymentIntentsIntentConfirmBoleto { tax_id } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmBoleto(tax_id: impl Into<String>) {}
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmEps {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostPaymentIntentsIntentConfirmEpsBank>,
}

runtime::decode! { PostPaymentIntentsIntentConfirmEps { bank } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmEps() {
        bank: impl Into<PostPaymentIntentsIntentConfirmEpsBank>,
    }
}

runtime::string_enum! {
    /// The `bank` member of `PostPaymentIntentsIntentConfirmEps`.
    pub enum PostPaymentIntentsIntentConfirmEpsBank {
        ArzteUndApothekerBank = "arzte_und_apotheker_bank",
        AustrianAnadiBankAg = "austrian_anadi_bank_ag",
        BankAustria = "bank_austria",
        BankhausCarlSpangler = "bankhaus_carl_spangler",
        BankhausSchelhammerUndSchatteraAg = "bankhaus_schelhammer_und_schattera_ag",
        BawagPskAg = "bawag_psk_ag",
        BksBankAg = "bks_bank_ag",
        BrullKallmusBankAg = "brull_kallmus_bank_ag",
        BtvVierLanderBank = "btv_vier_lander_bank",
        CapitalBankGraweGruppeAg = "capital_bank_grawe_gruppe_ag",
        Dolomitenbank = "dolomitenbank",
        EasybankAg = "easybank_ag",
        ErsteBankUndSparkassen = "erste_bank_und_sparkassen",
        HypoAlpeadriabankInternationalAg = "hypo_alpeadriabank_international_ag",
        HypoBankBurgenlandAktiengesellschaft = "hypo_bank_burgenland_aktiengesellschaft",
        HypoNoeLbFurNiederosterreichUWien = "hypo_noe_lb_fur_niederosterreich_u_wien",
        HypoOberosterreichSalzburgSteiermark = "hypo_oberosterreich_salzburg_steiermark",
        HypoTirolBankAg = "hypo_tirol_bank_ag",
        HypoVorarlbergBankAg = "hypo_vorarlberg_bank_ag",
        MarchfelderBank = "marchfelder_bank",
        OberbankAg = "oberbank_ag",
        RaiffeisenBankengruppeOsterreich = "raiffeisen_bankengruppe_osterreich",
        SchoellerbankAg = "schoellerbank_ag",
        SpardaBankWien = "sparda_bank_wien",
        VolksbankGruppe = "volksbank_gruppe",
        VolkskreditbankAg = "volkskreditbank_ag",
        VrBankBraunau = "vr_bank_braunau",
        ..Unknown
    }
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmFpx {
    pub bank: PostPaymentIntentsIntentConfirmFpxBank,
}

runtime::decode! { PostPaymentIntentsIntentConfirmFpx { bank } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmFpx(bank: impl Into<PostPaymentIntentsIntentConfirmFpxBank>) {}
}

runtime::string_enum! {
    /// The `bank` member of `PostPaymentIntentsIntentConfirmFpx`.
    pub enum PostPaymentIntentsIntentConfirmFpxBank {
        AffinBank = "affin_bank",
        Agrobank = "agrobank",
        AllianceBank = "alliance_bank",
        Ambank = "ambank",
        BankIslam = "bank_islam",
        BankMuamalat = "bank_muamalat",
        BankRakyat = "bank_rakyat",
        Bsn = "bsn",
        Cimb = "cimb",
        DeutscheBank = "deutsche_bank",
        HongLeongBank = "hong_leong_bank",
        Hsbc = "hsbc",
        Kfh = "kfh",
        Maybank2e = "maybank2e",
        Maybank2u = "maybank2u",
        Ocbc = "ocbc",
        PbEnterprise = "pb_enterprise",
        PublicBank = "public_bank",
        Rhb = "rhb",
        StandardChartered = "standard_chartered",
        Uob = "uob",
        ..Unknown
    }
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmIdeal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostPaymentIntentsIntentConfirmIdealBank>,
}

runtime::decode! { PostPaymentIntentsIntentConfirmIdeal { bank } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmIdeal() {
        bank: impl Into<PostPaymentIntentsIntentConfirmIdealBank>,
    }
}

runtime::string_enum! {
    /// The `bank` member of `PostPaymentIntentsIntentConfirmIdeal`.
    pub enum PostPaymentIntentsIntentConfirmIdealBank {
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

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PostPaymentIntentsIntentConfirmKlarna {
    /// date_of_birth
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dob: Option<PostPaymentIntentsIntentConfirmKlarnaDob>,
}

runtime::decode! { PostPaymentIntentsIntentConfirmKlarna { dob } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmKlarna() {
        dob: impl Into<PostPaymentIntentsIntentConfirmKlarnaDob>,
    }
}

/// date_of_birth
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmKlarnaDob {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}

runtime::decode! { PostPaymentIntentsIntentConfirmKlarnaDob { day, month, year } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmKlarnaDob(day: i64, month: i64, year: i64) {}
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmP24 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostPaymentIntentsIntentConfirmP24Bank>,
}

runtime::decode! { PostPaymentIntentsIntentConfirmP24 { bank } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmP24() {
        bank: impl Into<PostPaymentIntentsIntentConfirmP24Bank>,
    }
}

runtime::string_enum! {
    /// The `bank` member of `PostPaymentIntentsIntentConfirmP24`.
    pub enum PostPaymentIntentsIntentConfirmP24Bank {
        AliorBank = "alior_bank",
        BankMillennium = "bank_millennium",
        BankNowyBfgSa = "bank_nowy_bfg_sa",
        BankPekaoSa = "bank_pekao_sa",
        BankiSpbdzielcze = "banki_spbdzielcze",
        Blik = "blik",
        BnpParibas = "bnp_paribas",
        Boz = "boz",
        CitiHandlowy = "citi_handlowy",
        CreditAgricole = "credit_agricole",
        Envelobank = "envelobank",
        EtransferPocztowy24 = "etransfer_pocztowy24",
        GetinBank = "getin_bank",
        Ideabank = "ideabank",
        Ing = "ing",
        Inteligo = "inteligo",
        MbankMtransfer = "mbank_mtransfer",
        NestPrzelew = "nest_przelew",
        NoblePay = "noble_pay",
        PbacZIpko = "pbac_z_ipko",
        PlusBank = "plus_bank",
        SantanderPrzelew24 = "santander_przelew24",
        TmobileUsbugiBankowe = "tmobile_usbugi_bankowe",
        ToyotaBank = "toyota_bank",
        VolkswagenBank = "volkswagen_bank",
        ..Unknown
    }
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmSepaDebit {
    pub iban: String,
}

runtime::decode! { PostPaymentIntentsIntentConfirmSepaDebit { iban } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmSepaDebit(iban: impl Into<String>) {}
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmSofort {
    pub country: PostPaymentIntentsIntentConfirmSofortCountry,
}

runtime::decode! { PostPaymentIntentsIntentConfirmSofort { country } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmSofort(
        country: impl Into<PostPaymentIntentsIntentConfirmSofortCountry>,
    ) {}
}

runtime::string_enum! {
    /// The `country` member of `PostPaymentIntentsIntentConfirmSofort`.
    pub enum PostPaymentIntentsIntentConfirmSofortCountry {
        At = "AT",
        Be = "BE",
        De = "DE",
        Es = "ES",
        It = "IT",
        Nl = "NL",
        ..Unknown
    }
}

/// payment_method_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmUsBankAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_type: Option<PostCustomersCustomerAccountHolderType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_type: Option<PostPaymentIntentsUsBankAccountAccountType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routing_number: Option<String>,
}

runtime::decode! {
    PostPaymentIntentsIntentConfirmUsBankAccount {
        account_holder_type, account_number, account_type, routing_number,
    }
}

runtime::builder! {
    PostPaymentIntentsIntentConfirmUsBankAccount() {
        account_holder_type: impl Into<PostCustomersCustomerAccountHolderType>,
        account_number: impl Into<String>,
        account_type: impl Into<PostPaymentIntentsUsBankAccountAccountType>,
        routing_number: impl Into<String>,
    }
}

runtime::string_enum! {
    /// The `payment_schedule` member of `PostPaymentIntentsIntentConfirmMandateOptions`.
    pub enum PostPaymentIntentsIntentConfirmPaymentSchedule {
        Combined = "combined",
        Interval = "interval",
        Sporadic = "sporadic",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `transaction_type` member of `PostPaymentIntentsIntentConfirmMandateOptions`.
    pub enum PostPaymentIntentsIntentConfirmTransactionType {
        Business = "business",
        Personal = "personal",
        ..Unknown
    }
}

/// The `card` member of `PostPaymentIntentsIntentConfirmPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmCard {
    /// payment_intent_param
    PaymentIntentParam(PostPaymentIntentsCardPaymentIntentParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// installments_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmInstallments {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PostPaymentIntentsInstallmentsPlan>,
}

runtime::decode! { PostPaymentIntentsIntentConfirmInstallments { enabled, plan } }

runtime::builder! {
    PostPaymentIntentsIntentConfirmInstallments() {
        enabled: bool,
        plan: impl Into<PostPaymentIntentsInstallmentsPlan>,
    }
}

runtime::string_enum! {
    /// The `interval` member of `PostPaymentIntentsIntentConfirmPlanInstallmentPlan`.
    pub enum PostPaymentIntentsIntentConfirmInterval {
        Month = "month",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `amount_type` member of `PostOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostPaymentIntentsIntentConfirmAmountType {
        Fixed = "fixed",
        Maximum = "maximum",
        ..Unknown
    }
}

runtime::string_enum! {
    /// An item of the `supported_types` member of `PostOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostPaymentIntentsIntentConfirmSupportedTypesItem {
        India = "india",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `network` member of `PostPaymentIntentsIntentConfirmPaymentIntentParam`.
    pub enum PostPaymentIntentsIntentConfirmNetwork {
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
        ..Other
    }
}

/// The `card_present` member of `PostPaymentIntentsIntentConfirmPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmCardPresent {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsCardPresentPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
    /// The `preferred_language` member of `PostMethodOptionsSofortPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamPreferredLanguage {
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

runtime::string_enum! {
    /// The `client` member of `PostOptionsWechatPayPaymentMethodOptionsParam`.
    pub enum PostPaymentIntentsIntentConfirmClient {
        Android = "android",
        Ios = "ios",
        Web = "web",
        ..Unknown
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
    OptionalFieldsShipping(PostPaymentIntentsIntentConfirmOptionalFieldsShipping),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// optional_fields_shipping
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsIntentConfirmOptionalFieldsShipping {
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

runtime::decode! {
    PostPaymentIntentsIntentConfirmOptionalFieldsShipping {
        address, carrier, name, phone, tracking_number,
    }
}

runtime::builder! {
    PostPaymentIntentsIntentConfirmOptionalFieldsShipping(
        address: impl Into<PostChargesBodyShippingAddress>,
        name: impl Into<String>,
    ) {
        carrier: impl Into<String>,
        phone: impl Into<String>,
        tracking_number: impl Into<String>,
    }
}
