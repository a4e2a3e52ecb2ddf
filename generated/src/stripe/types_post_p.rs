// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
    /// The `account_holder_type` member of `PostBankAccountCustomerPaymentSourceBankAccount`.
    pub enum PostPaymentSourceBankAccountAccountHolderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

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
    pub capture_method: Option<PostPaymentIntentsBodyCaptureMethod>,
    /// Set to `true` to attempt to [confirm](https://stripe.com/docs/api/payment_intents/confirm) this PaymentIntent immediately. This parameter defaults to `false`. When creating and confirming a PaymentIntent at the same time, parameters available in the [confirm](https://stripe.com/docs/api/payment_intents/confirm) API may also be provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirm: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_method: Option<PostPaymentIntentsBodyConfirmationMethod>,
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
    pub setup_future_usage: Option<PostPaymentIntentsBodySetupFutureUsage>,
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

/// When enabled, this PaymentIntent will accept payment methods that you have enabled in the Dashboard and are compatible with this PaymentIntent's other parameters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyAutomaticPaymentMethods {
    pub enabled: bool,
}

crate::runtime::string_enum! {
    /// Controls when the funds will be captured from the customer's account.
    pub enum PostPaymentIntentsBodyCaptureMethod {
        Automatic = "automatic",
        Manual = "manual",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `confirmation_method` member of `PostPaymentIntentsBody`.
    pub enum PostPaymentIntentsBodyConfirmationMethod {
        Automatic = "automatic",
        Manual = "manual",
        ..Unknown
    }
}

/// This hash contains details about the Mandate to create. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsBodyMandateData {
    /// customer_acceptance_param
    pub customer_acceptance: PostIntentsBodyMandateDataCustomerAcceptance,
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

crate::runtime::string_enum! {
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
    pub acss_debit: Option<PostPaymentIntentsBodyPaymentMethodDataAcssDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostPaymentIntentsBodyPaymentMethodDataBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<serde_json::Map<String, serde_json::Value>>,
    /// billing_details_inner_params
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<PostIntentsBodyPaymentMethodDataBillingDetails>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostPaymentIntentsBodyPaymentMethodDataBoleto>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostPaymentIntentsBodyPaymentMethodDataEps>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostPaymentIntentsBodyPaymentMethodDataFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostPaymentIntentsBodyPaymentMethodDataIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostPaymentIntentsBodyPaymentMethodDataKlarna>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostPaymentIntentsBodyPaymentMethodDataP24>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostPaymentIntentsBodyPaymentMethodDataSepaDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostPaymentIntentsBodyPaymentMethodDataSofort>,
    pub r#type: PostPaymentIntentsBodyPaymentMethodDataType,
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostIntentsBodyPaymentMethodDataUsBankAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<serde_json::Map<String, serde_json::Value>>,
}

/// payment_method_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataAcssDebit {
    pub account_number: String,
    pub institution_number: String,
    pub transit_number: String,
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataAuBecsDebit {
    pub account_number: String,
    pub bsb_number: String,
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataBacsDebit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_code: Option<String>,
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostBodyPaymentMethodDataBillingDetailsAddress`.
    pub enum PostPaymentMethodDataBillingDetailsAddressString {
        Empty = "",
        ..Unknown
    }
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataBoleto {
    pub tax_id: String,
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataEps {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostPaymentIntentsBodyPaymentMethodDataEpsBank>,
}

crate::runtime::string_enum! {
    /// The `bank` member of `PostPaymentIntentsBodyPaymentMethodDataEps`.
    pub enum PostPaymentIntentsBodyPaymentMethodDataEpsBank {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataFpx {
    pub bank: PostPaymentIntentsBodyPaymentMethodDataFpxBank,
}

crate::runtime::string_enum! {
    /// The `bank` member of `PostPaymentIntentsBodyPaymentMethodDataFpx`.
    pub enum PostPaymentIntentsBodyPaymentMethodDataFpxBank {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataIdeal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostPaymentIntentsBodyPaymentMethodDataIdealBank>,
}

crate::runtime::string_enum! {
    /// The `bank` member of `PostPaymentIntentsBodyPaymentMethodDataIdeal`.
    pub enum PostPaymentIntentsBodyPaymentMethodDataIdealBank {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsBodyPaymentMethodDataKlarna {
    /// date_of_birth
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dob: Option<PostPaymentIntentsBodyPaymentMethodDataKlarnaDob>,
}

/// date_of_birth
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataKlarnaDob {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataP24 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostPaymentIntentsBodyPaymentMethodDataP24Bank>,
}

crate::runtime::string_enum! {
    /// The `bank` member of `PostPaymentIntentsBodyPaymentMethodDataP24`.
    pub enum PostPaymentIntentsBodyPaymentMethodDataP24Bank {
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataSepaDebit {
    pub iban: String,
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataSofort {
    pub country: PostIntentsBodyPaymentMethodDataSofortCountry,
}

crate::runtime::string_enum! {
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
    pub alipay: Option<PostPaymentIntentsBodyPaymentMethodOptionsAlipay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostIntentsBodyPaymentMethodOptionsAuBecsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostIntentsBodyPaymentMethodOptionsBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PostIntentsBodyPaymentMethodOptionsBancontact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostPaymentIntentsBodyPaymentMethodOptionsBoleto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<PostPaymentIntentsBodyPaymentMethodOptionsCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_present: Option<PostIntentsBodyPaymentMethodOptionsCardPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostPaymentIntentsBodyPaymentMethodOptionsEps>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostPaymentIntentsBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PostPaymentIntentsBodyPaymentMethodOptionsGiropay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PostPaymentIntentsBodyPaymentMethodOptionsGrabpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostPaymentIntentsBodyPaymentMethodOptionsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PostIntentsBodyPaymentMethodOptionsInteracPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostPaymentIntentsBodyPaymentMethodOptionsKlarna>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PostPaymentIntentsBodyPaymentMethodOptionsKonbini>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PostPaymentIntentsBodyPaymentMethodOptionsOxxo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostPaymentIntentsBodyPaymentMethodOptionsP24>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PostPaymentIntentsBodyPaymentMethodOptionsPaynow>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostIntentsBodyPaymentMethodOptionsSepaDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostPaymentIntentsBodyPaymentMethodOptionsSofort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostIntentsBodyPaymentMethodOptionsUsBankAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PostIntentsBodyPaymentMethodOptionsWechatPay>,
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `verification_method` member of `PostDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

/// The `alipay` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsAlipay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsAlipayPaymentMethodOptionsParam),
    /// A [`PostIntentsBodyPaymentMethodOptionsAlipayString`].
    String(PostIntentsBodyPaymentMethodOptionsAlipayString),
}

crate::runtime::string_enum! {
    /// The `preferred_language` member of `PostOptionsBancontactPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamPreferredLanguage {
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
    /// A [`PostIntentsBodyPaymentMethodOptionsBoletoString`].
    String(PostIntentsBodyPaymentMethodOptionsBoletoString),
}

/// The `card` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsCard {
    /// payment_intent_param
    PaymentIntentParam(PostBodyPaymentMethodOptionsCardPaymentIntentParam),
    /// A [`PostIntentsBodyPaymentMethodOptionsCardString`].
    String(PostIntentsBodyPaymentMethodOptionsCardString),
}

crate::runtime::string_enum! {
    /// The `interval` member of `PostIntentParamInstallmentsPlanInstallmentPlan`.
    pub enum PostParamInstallmentsPlanInstallmentPlanInterval {
        Month = "month",
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
    /// A [`PostIntentsBodyPaymentMethodOptionsEpsString`].
    String(PostIntentsBodyPaymentMethodOptionsEpsString),
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostEpsPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentIntentPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

/// The `fpx` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsFpx {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsFpxPaymentMethodOptionsParam),
    /// A [`PostIntentsBodyPaymentMethodOptionsFpxString`].
    String(PostIntentsBodyPaymentMethodOptionsFpxString),
}

/// The `giropay` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsGiropay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsGiropayPaymentMethodOptionsParam),
    /// A [`PostIntentsBodyPaymentMethodOptionsGiropayString`].
    String(PostIntentsBodyPaymentMethodOptionsGiropayString),
}

/// The `grabpay` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsGrabpay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsGrabpayPaymentMethodOptionsParam),
    /// A [`PostIntentsBodyPaymentMethodOptionsGrabpayString`].
    String(PostIntentsBodyPaymentMethodOptionsGrabpayString),
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
    /// A [`PostIntentsBodyPaymentMethodOptionsIdealString`].
    String(PostIntentsBodyPaymentMethodOptionsIdealString),
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
    /// A [`PostIntentsBodyPaymentMethodOptionsKlarnaString`].
    String(PostIntentsBodyPaymentMethodOptionsKlarnaString),
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
    /// A [`PostIntentsBodyPaymentMethodOptionsKonbiniString`].
    String(PostIntentsBodyPaymentMethodOptionsKonbiniString),
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
    /// A [`PostMethodOptionsParamExpiresAfterDaysString`].
    String(PostMethodOptionsParamExpiresAfterDaysString),
}

impl std::fmt::Display for PostPaymentMethodOptionsParamExpiresAfterDays {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostKonbiniPaymentMethodOptionsParamExpiresAt`.
    pub enum PostPaymentMethodOptionsParamExpiresAtString {
        Empty = "",
        ..Unknown
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
    PaymentMethodOptionsParam(PostMethodOptionsOxxoPaymentMethodOptionsParam),
    /// A [`PostIntentsBodyPaymentMethodOptionsOxxoString`].
    String(PostIntentsBodyPaymentMethodOptionsOxxoString),
}

/// The `p24` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsP24 {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsP24PaymentMethodOptionsParam),
    /// A [`PostIntentsBodyPaymentMethodOptionsP24String`].
    String(PostIntentsBodyPaymentMethodOptionsP24String),
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsP24PaymentMethodOptionsParam`.
    pub enum PostP24PaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

/// The `paynow` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyPaymentMethodOptionsPaynow {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsPaynowPaymentMethodOptionsParam),
    /// A [`PostIntentsBodyPaymentMethodOptionsPaynowString`].
    String(PostIntentsBodyPaymentMethodOptionsPaynowString),
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsPaynowPaymentMethodOptionsParam`.
    pub enum PostPaynowPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
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
    /// A [`PostIntentsBodyPaymentMethodOptionsSofortString`].
    String(PostIntentsBodyPaymentMethodOptionsSofortString),
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostOptionsWechatPayPaymentMethodOptionsParam`.
    pub enum PostPayPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
    pub enum PostPaymentIntentsBodySetupFutureUsage {
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

/// Shipping information for this PaymentIntent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyShipping {
    /// optional_fields_address
    pub address: PostPaymentIntentsBodyShippingAddress,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
}

/// optional_fields_address
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyShippingAddress {
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

/// The parameters used to automatically create a Transfer when the payment succeeds.
/// For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyTransferData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    pub destination: String,
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
    pub payment_method_data: Option<PostIntentsIntentConfirmBodyPaymentMethodData>,
    /// Payment-method-specific configuration for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<PostIntentsIntentConfirmBodyPaymentMethodOptions>,
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
            .field("client_secret", &crate::runtime::Redacted)
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
    /// A [`PostIntentsIntentConfirmBodyOffSessionString`].
    String(PostIntentsIntentConfirmBodyOffSessionString),
}

impl std::fmt::Display for PostPaymentIntentsIntentConfirmBodyOffSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Boolean(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

crate::runtime::string_enum! {
    /// The `account_holder_type` member of `PostConfirmBodyPaymentMethodDataUsBankAccount`.
    pub enum PostPaymentMethodDataUsBankAccountAccountHolderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

/// payment_intent_payment_method_options_mandate_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentPaymentMethodOptionsParamMandateOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_mandate_url: Option<PostMethodOptionsParamMandateOptionsCustomMandateUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_schedule: Option<PostMethodOptionsParamMandateOptionsPaymentSchedule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<PostMethodOptionsParamMandateOptionsTransactionType>,
}

crate::runtime::string_enum! {
    /// The `verification_method` member of `PostAcssDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentIntentPaymentMethodOptionsParamVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsAlipayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsAlipayPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsBoletoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsBoletoPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// installment_plan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentParamInstallmentsPlanInstallmentPlan {
    pub count: i64,
    pub interval: PostIntentParamInstallmentsPlanInstallmentPlanInterval,
    pub r#type: PostPaymentIntentParamInstallmentsPlanInstallmentPlanType,
}

crate::runtime::string_enum! {
    /// The `type` member of `PostPaymentIntentParamInstallmentsPlanInstallmentPlan`.
    pub enum PostPaymentIntentParamInstallmentsPlanInstallmentPlanType {
        FixedCount = "fixed_count",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// An item of the `supported_types` member of `PostMethodOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostPaymentIntentParamMandateOptionsSupportedTypesItem {
        India = "india",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `network` member of `PostConfirmBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostPaymentMethodOptionsCardPaymentIntentParamNetwork {
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
        ..Unknown2
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsFpxPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsFpxPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsGiropayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsGiropayPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsGrabpayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsGrabpayPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsIdealPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsIdealPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsKlarnaPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostOptionsKlarnaPaymentMethodOptionsParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locale: Option<
        PostOptionsKlarnaPaymentMethodOptionsParamPreferredLocale,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsKlarnaPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsKonbiniPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<PostKonbiniPaymentMethodOptionsParamExpiresAfterDays>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<PostOptionsKonbiniPaymentMethodOptionsParamExpiresAt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsKonbiniPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostKonbiniPaymentMethodOptionsParamExpiresAfterDays`.
    pub enum PostPaymentMethodOptionsParamExpiresAfterDaysString {
        Empty = "",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsOxxoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsOxxoPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsP24PaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsP24PaymentMethodOptionsParamSetupFutureUsage,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tos_shown_and_accepted: Option<bool>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsPaynowPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsPaynowPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentMethodOptionsSofortPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<
        PostOptionsSofortPaymentMethodOptionsParamPreferredLanguage,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<
        PostOptionsSofortPaymentMethodOptionsParamSetupFutureUsage,
    >,
}

crate::runtime::string_enum! {
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
    /// A [`PostPaymentIntentsIntentConfirmBodyShippingString`].
    String(PostPaymentIntentsIntentConfirmBodyShippingString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsIntentConfirmBodyShipping`.
    pub enum PostPaymentIntentsIntentConfirmBodyShippingString {
        Empty = "",
        ..Unknown
    }
}
