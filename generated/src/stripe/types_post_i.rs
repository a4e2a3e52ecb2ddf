// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyMandateDataCustomerAcceptance {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<i64>,
    /// offline_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offline: Option<PostBodyMandateDataCustomerAcceptanceOffline>,
    /// online_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<PostDataSecretKeyParamCustomerAcceptanceOnline>,
    pub r#type: PostDataSecretKeyParamCustomerAcceptanceType,
}

runtime::builder! {
    PostIntentsBodyMandateDataCustomerAcceptance(
        r#type: impl Into<PostDataSecretKeyParamCustomerAcceptanceType>,
    ) {
        accepted_at: i64,
        offline: impl Into<PostBodyMandateDataCustomerAcceptanceOffline>,
        online: impl Into<PostDataSecretKeyParamCustomerAcceptanceOnline>,
    }
}

/// billing_details_inner_params
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyPaymentMethodDataBillingDetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<PostBodyPaymentMethodDataBillingDetailsAddress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<PostChargesBodyMetadataString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

runtime::builder! {
    PostIntentsBodyPaymentMethodDataBillingDetails() {
        address: impl Into<PostBodyPaymentMethodDataBillingDetailsAddress>,
        email: impl Into<PostChargesBodyMetadataString>,
        name: impl Into<String>,
        phone: impl Into<String>,
    }
}

runtime::string_enum! {
    /// The `country` member of `PostPaymentIntentsBodyPaymentMethodDataSofort`.
    pub enum PostIntentsBodyPaymentMethodDataSofortCountry {
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyPaymentMethodDataUsBankAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_type: Option<PostMethodDataUsBankAccountAccountHolderType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_type: Option<PostBodyPaymentMethodDataUsBankAccountAccountType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routing_number: Option<String>,
}

runtime::builder! {
    PostIntentsBodyPaymentMethodDataUsBankAccount() {
        account_holder_type: impl Into<PostMethodDataUsBankAccountAccountHolderType>,
        account_number: impl Into<String>,
        account_type: impl Into<PostBodyPaymentMethodDataUsBankAccountAccountType>,
        routing_number: impl Into<String>,
    }
}

/// The `acss_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsAcssDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_intent_payment_method_options_mandate_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentPaymentMethodOptionsParamMandateOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_mandate_url: Option<PostChargesBodyMetadataString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_schedule: Option<PostOptionsParamMandateOptionsPaymentSchedule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<PostOptionsParamMandateOptionsTransactionType>,
}

runtime::builder! {
    PostIntentPaymentMethodOptionsParamMandateOptions() {
        custom_mandate_url: impl Into<PostChargesBodyMetadataString>,
        interval_description: impl Into<String>,
        payment_schedule: impl Into<PostOptionsParamMandateOptionsPaymentSchedule>,
        transaction_type: impl Into<PostOptionsParamMandateOptionsTransactionType>,
    }
}

/// The `au_becs_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsAuBecsDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostBecsDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `bacs_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsBacsDebit {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsBacsDebitPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `bancontact` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsBancontact {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsBancontactPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// installment_plan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentParamInstallmentsPlanInstallmentPlan {
    pub count: i64,
    pub interval: PostParamInstallmentsPlanInstallmentPlanInterval,
    pub r#type: PostIntentParamInstallmentsPlanInstallmentPlanType,
}

runtime::builder! {
    PostIntentParamInstallmentsPlanInstallmentPlan(
        count: i64,
        interval: impl Into<PostParamInstallmentsPlanInstallmentPlanInterval>,
        r#type: impl Into<PostIntentParamInstallmentsPlanInstallmentPlanType>,
    ) {}
}

runtime::string_enum! {
    /// The `type` member of `PostIntentParamInstallmentsPlanInstallmentPlan`.
    pub enum PostIntentParamInstallmentsPlanInstallmentPlanType {
        FixedCount = "fixed_count",
        ..Unknown
    }
}

runtime::string_enum! {
    /// An item of the `supported_types` member of `PostOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostIntentParamMandateOptionsSupportedTypesItem {
        India = "india",
        ..Unknown
    }
}

/// The `card_present` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsCardPresent {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsCardPresentPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsIdealPaymentMethodOptionsParam`.
    pub enum PostIdealPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

/// The `interac_present` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsInteracPresent {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsInteracPresentPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `sepa_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsSepaDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostSepaDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `us_bank_account` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsUsBankAccount {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostAccountPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `wechat_pay` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsWechatPay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsWechatPayPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
    /// Reason for canceling this PaymentIntent. Possible values are `duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`
    pub enum PostIntentsIntentCancelBodyCancellationReason {
        Abandoned = "abandoned",
        Duplicate = "duplicate",
        Fraudulent = "fraudulent",
        RequestedByCustomer = "requested_by_customer",
        ..Unknown
    }
}

/// secret_key_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostIntentConfirmBodyMandateDataSecretKeyParam {
    /// customer_acceptance_param
    pub customer_acceptance: PostIntentsBodyMandateDataCustomerAcceptance,
}

runtime::builder! {
    PostIntentConfirmBodyMandateDataSecretKeyParam(
        customer_acceptance: impl Into<PostIntentsBodyMandateDataCustomerAcceptance>,
    ) {}
}

/// client_key_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostIntentConfirmBodyMandateDataClientKeyParam {
    /// customer_acceptance_param
    pub customer_acceptance: PostMandateDataClientKeyParamCustomerAcceptance,
}

runtime::builder! {
    PostIntentConfirmBodyMandateDataClientKeyParam(
        customer_acceptance: impl Into<PostMandateDataClientKeyParamCustomerAcceptance>,
    ) {}
}

/// payment_method_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataAcssDebit {
    pub account_number: String,
    pub institution_number: String,
    pub transit_number: String,
}

runtime::builder! {
    PostIntentConfirmBodyPaymentMethodDataAcssDebit(
        account_number: impl Into<String>,
        institution_number: impl Into<String>,
        transit_number: impl Into<String>,
    ) {}
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataAuBecsDebit {
    pub account_number: String,
    pub bsb_number: String,
}

runtime::builder! {
    PostIntentConfirmBodyPaymentMethodDataAuBecsDebit(
        account_number: impl Into<String>,
        bsb_number: impl Into<String>,
    ) {}
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataBacsDebit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_code: Option<String>,
}

runtime::builder! {
    PostIntentConfirmBodyPaymentMethodDataBacsDebit() {
        account_number: impl Into<String>,
        sort_code: impl Into<String>,
    }
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataBoleto {
    pub tax_id: String,
}

runtime::builder! {
    PostIntentConfirmBodyPaymentMethodDataBoleto(tax_id: impl Into<String>) {}
}

runtime::string_enum! {
    /// The `bank` member of `PostIntentsIntentConfirmBodyPaymentMethodDataEps`.
    pub enum PostIntentConfirmBodyPaymentMethodDataEpsBank {
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

runtime::string_enum! {
    /// The `bank` member of `PostIntentsIntentConfirmBodyPaymentMethodDataFpx`.
    pub enum PostIntentConfirmBodyPaymentMethodDataFpxBank {
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

runtime::string_enum! {
    /// The `bank` member of `PostIntentsIntentConfirmBodyPaymentMethodDataIdeal`.
    pub enum PostIntentConfirmBodyPaymentMethodDataIdealBank {
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
pub struct PostIntentConfirmBodyPaymentMethodDataKlarna {
    /// date_of_birth
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dob: Option<PostIntentConfirmBodyPaymentMethodDataKlarnaDob>,
}

runtime::builder! {
    PostIntentConfirmBodyPaymentMethodDataKlarna() {
        dob: impl Into<PostIntentConfirmBodyPaymentMethodDataKlarnaDob>,
    }
}

/// date_of_birth
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataKlarnaDob {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}

runtime::builder! {
    PostIntentConfirmBodyPaymentMethodDataKlarnaDob(day: i64, month: i64, year: i64) {}
}

runtime::string_enum! {
    /// The `bank` member of `PostIntentsIntentConfirmBodyPaymentMethodDataP24`.
    pub enum PostIntentConfirmBodyPaymentMethodDataP24Bank {
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
pub struct PostIntentConfirmBodyPaymentMethodDataSepaDebit {
    pub iban: String,
}

runtime::builder! {
    PostIntentConfirmBodyPaymentMethodDataSepaDebit(iban: impl Into<String>) {}
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataSofort {
    pub country: PostIntentsBodyPaymentMethodDataSofortCountry,
}

runtime::builder! {
    PostIntentConfirmBodyPaymentMethodDataSofort(
        country: impl Into<PostIntentsBodyPaymentMethodDataSofortCountry>,
    ) {}
}

/// The `boleto` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsBoleto {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsBoletoPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `card` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsCard {
    /// payment_intent_param
    PaymentIntentParam(PostBodyPaymentMethodOptionsCardPaymentIntentParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `eps` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsEps {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostEpsPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `fpx` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsFpx {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsFpxPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `ideal` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsIdeal {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsIdealPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `klarna` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsKlarna {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsKlarnaPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `konbini` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsKonbini {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsKonbiniPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `oxxo` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsOxxo {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsOxxoPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `p24` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsP24 {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsP24PaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `sofort` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsSofort {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsSofortPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
    ///
    /// If `setup_future_usage` is already set and you are performing a request using a publishable key, you may only update the value from `on_session` to `off_session`.
    pub enum PostIntentsIntentConfirmBodySetupFutureUsage {
        Empty = "",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}
