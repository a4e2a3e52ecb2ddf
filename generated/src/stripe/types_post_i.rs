// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyMandateDataCustomerAcceptance {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offline: Option<serde_json::Map<String, serde_json::Value>>,
    /// online_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<PostIntentsBodyMandateDataCustomerAcceptanceOnline>,
    pub r#type: PostIntentsBodyMandateDataCustomerAcceptanceType,
}

/// online_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyMandateDataCustomerAcceptanceOnline {
    pub ip_address: String,
    pub user_agent: String,
}

crate::runtime::string_enum! {
    /// The `type` member of `PostIntentsBodyMandateDataCustomerAcceptance`.
    pub enum PostIntentsBodyMandateDataCustomerAcceptanceType {
        Offline = "offline",
        Online = "online",
        ..Unknown
    }
}

/// billing_details_inner_params
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyPaymentMethodDataBillingDetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<PostBodyPaymentMethodDataBillingDetailsAddress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<PostBodyPaymentMethodDataBillingDetailsEmail>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

crate::runtime::string_enum! {
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
    /// A [`PostIntentsBodyPaymentMethodOptionsAcssDebitString`].
    String(PostIntentsBodyPaymentMethodOptionsAcssDebitString),
}

/// payment_intent_payment_method_options_mandate_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentPaymentMethodOptionsParamMandateOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_mandate_url: Option<PostOptionsParamMandateOptionsCustomMandateUrl>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_schedule: Option<PostOptionsParamMandateOptionsPaymentSchedule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<PostOptionsParamMandateOptionsTransactionType>,
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsAcssDebit`.
    pub enum PostIntentsBodyPaymentMethodOptionsAcssDebitString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsAlipay`.
    pub enum PostIntentsBodyPaymentMethodOptionsAlipayString {
        Empty = "",
        ..Unknown
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
    /// A [`PostBodyPaymentMethodOptionsAuBecsDebitString`].
    String(PostBodyPaymentMethodOptionsAuBecsDebitString),
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostBecsDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostIntentPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
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
    /// A [`PostIntentsBodyPaymentMethodOptionsBacsDebitString`].
    String(PostIntentsBodyPaymentMethodOptionsBacsDebitString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsBacsDebit`.
    pub enum PostIntentsBodyPaymentMethodOptionsBacsDebitString {
        Empty = "",
        ..Unknown
    }
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
    /// A [`PostBodyPaymentMethodOptionsBancontactString`].
    String(PostBodyPaymentMethodOptionsBancontactString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsBoleto`.
    pub enum PostIntentsBodyPaymentMethodOptionsBoletoString {
        Empty = "",
        ..Unknown
    }
}

/// installment_plan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentParamInstallmentsPlanInstallmentPlan {
    pub count: i64,
    pub interval: PostParamInstallmentsPlanInstallmentPlanInterval,
    pub r#type: PostIntentParamInstallmentsPlanInstallmentPlanType,
}

crate::runtime::string_enum! {
    /// The `type` member of `PostIntentParamInstallmentsPlanInstallmentPlan`.
    pub enum PostIntentParamInstallmentsPlanInstallmentPlanType {
        FixedCount = "fixed_count",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// An item of the `supported_types` member of `PostOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostIntentParamMandateOptionsSupportedTypesItem {
        India = "india",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsCard`.
    pub enum PostIntentsBodyPaymentMethodOptionsCardString {
        Empty = "",
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
    /// A [`PostBodyPaymentMethodOptionsCardPresentString`].
    String(PostBodyPaymentMethodOptionsCardPresentString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsEps`.
    pub enum PostIntentsBodyPaymentMethodOptionsEpsString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsFpx`.
    pub enum PostIntentsBodyPaymentMethodOptionsFpxString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsGiropay`.
    pub enum PostIntentsBodyPaymentMethodOptionsGiropayString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsGrabpay`.
    pub enum PostIntentsBodyPaymentMethodOptionsGrabpayString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsIdealPaymentMethodOptionsParam`.
    pub enum PostIdealPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsIdeal`.
    pub enum PostIntentsBodyPaymentMethodOptionsIdealString {
        Empty = "",
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
    PaymentMethodOptionsParam(serde_json::Map<String, serde_json::Value>),
    /// A [`PostBodyPaymentMethodOptionsInteracPresentString`].
    String(PostBodyPaymentMethodOptionsInteracPresentString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsKlarna`.
    pub enum PostIntentsBodyPaymentMethodOptionsKlarnaString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsKonbini`.
    pub enum PostIntentsBodyPaymentMethodOptionsKonbiniString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsOxxo`.
    pub enum PostIntentsBodyPaymentMethodOptionsOxxoString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsP24`.
    pub enum PostIntentsBodyPaymentMethodOptionsP24String {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsPaynow`.
    pub enum PostIntentsBodyPaymentMethodOptionsPaynowString {
        Empty = "",
        ..Unknown
    }
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
    /// A [`PostIntentsBodyPaymentMethodOptionsSepaDebitString`].
    String(PostIntentsBodyPaymentMethodOptionsSepaDebitString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsSepaDebit`.
    pub enum PostIntentsBodyPaymentMethodOptionsSepaDebitString {
        Empty = "",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyPaymentMethodOptionsSofort`.
    pub enum PostIntentsBodyPaymentMethodOptionsSofortString {
        Empty = "",
        ..Unknown
    }
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
    /// A [`PostBodyPaymentMethodOptionsUsBankAccountString`].
    String(PostBodyPaymentMethodOptionsUsBankAccountString),
}

crate::runtime::string_enum! {
    /// The `verification_method` member of `PostAccountPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostIntentPaymentMethodOptionsParamVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
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
    /// A [`PostIntentsBodyPaymentMethodOptionsWechatPayString`].
    String(PostIntentsBodyPaymentMethodOptionsWechatPayString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentsBodyPaymentMethodOptionsWechatPay`.
    pub enum PostIntentsBodyPaymentMethodOptionsWechatPayString {
        Empty = "",
        ..Unknown
    }
}

/// secret_key_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostIntentConfirmBodyMandateDataSecretKeyParam {
    /// customer_acceptance_param
    pub customer_acceptance: PostMandateDataSecretKeyParamCustomerAcceptance,
}

/// client_key_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostIntentConfirmBodyMandateDataClientKeyParam {
    /// customer_acceptance_param
    pub customer_acceptance: PostMandateDataClientKeyParamCustomerAcceptance,
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsIntentConfirmBodyOffSession`.
    pub enum PostIntentsIntentConfirmBodyOffSessionString {
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
pub struct PostIntentsIntentConfirmBodyPaymentMethodData {
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PostIntentConfirmBodyPaymentMethodDataAcssDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostIntentConfirmBodyPaymentMethodDataAuBecsDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostIntentConfirmBodyPaymentMethodDataBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<serde_json::Map<String, serde_json::Value>>,
    /// billing_details_inner_params
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<PostConfirmBodyPaymentMethodDataBillingDetails>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostIntentConfirmBodyPaymentMethodDataBoleto>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostIntentsIntentConfirmBodyPaymentMethodDataEps>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostIntentsIntentConfirmBodyPaymentMethodDataFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostIntentsIntentConfirmBodyPaymentMethodDataIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostIntentConfirmBodyPaymentMethodDataKlarna>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostIntentsIntentConfirmBodyPaymentMethodDataP24>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<serde_json::Map<String, serde_json::Value>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostIntentConfirmBodyPaymentMethodDataSepaDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostIntentConfirmBodyPaymentMethodDataSofort>,
    pub r#type: PostIntentsIntentConfirmBodyPaymentMethodDataType,
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostConfirmBodyPaymentMethodDataUsBankAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<serde_json::Map<String, serde_json::Value>>,
}

/// payment_method_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataAcssDebit {
    pub account_number: String,
    pub institution_number: String,
    pub transit_number: String,
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataAuBecsDebit {
    pub account_number: String,
    pub bsb_number: String,
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

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataBoleto {
    pub tax_id: String,
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsIntentConfirmBodyPaymentMethodDataEps {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataEpsBank>,
}

crate::runtime::string_enum! {
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

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsIntentConfirmBodyPaymentMethodDataFpx {
    pub bank: PostIntentConfirmBodyPaymentMethodDataFpxBank,
}

crate::runtime::string_enum! {
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

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsIntentConfirmBodyPaymentMethodDataIdeal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataIdealBank>,
}

crate::runtime::string_enum! {
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

/// date_of_birth
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataKlarnaDob {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsIntentConfirmBodyPaymentMethodDataP24 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataP24Bank>,
}

crate::runtime::string_enum! {
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

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataSofort {
    pub country: PostConfirmBodyPaymentMethodDataSofortCountry,
}

crate::runtime::string_enum! {
    /// The `type` member of `PostIntentsIntentConfirmBodyPaymentMethodData`.
    pub enum PostIntentsIntentConfirmBodyPaymentMethodDataType {
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
pub struct PostIntentsIntentConfirmBodyPaymentMethodOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PostIntentConfirmBodyPaymentMethodOptionsAcssDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<PostConfirmBodyPaymentMethodOptionsAfterpayClearpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<PostIntentConfirmBodyPaymentMethodOptionsAlipay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostConfirmBodyPaymentMethodOptionsAuBecsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostIntentConfirmBodyPaymentMethodOptionsBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PostConfirmBodyPaymentMethodOptionsBancontact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostIntentConfirmBodyPaymentMethodOptionsBoleto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<PostIntentConfirmBodyPaymentMethodOptionsCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_present: Option<PostConfirmBodyPaymentMethodOptionsCardPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostIntentConfirmBodyPaymentMethodOptionsEps>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PostIntentConfirmBodyPaymentMethodOptionsGiropay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PostIntentConfirmBodyPaymentMethodOptionsGrabpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostIntentConfirmBodyPaymentMethodOptionsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PostConfirmBodyPaymentMethodOptionsInteracPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostIntentConfirmBodyPaymentMethodOptionsKlarna>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PostIntentConfirmBodyPaymentMethodOptionsKonbini>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PostIntentConfirmBodyPaymentMethodOptionsOxxo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostIntentConfirmBodyPaymentMethodOptionsP24>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PostIntentConfirmBodyPaymentMethodOptionsPaynow>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostIntentConfirmBodyPaymentMethodOptionsSepaDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostIntentConfirmBodyPaymentMethodOptionsSofort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostConfirmBodyPaymentMethodOptionsUsBankAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PostIntentConfirmBodyPaymentMethodOptionsWechatPay>,
}

/// The `acss_debit` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsAcssDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostAcssDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostConfirmBodyPaymentMethodOptionsAcssDebitString`].
    String(PostConfirmBodyPaymentMethodOptionsAcssDebitString),
}

/// The `alipay` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsAlipay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsAlipayPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsAlipayString`].
    String(PostConfirmBodyPaymentMethodOptionsAlipayString),
}

/// The `bacs_debit` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsBacsDebit {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsBacsDebitPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsBacsDebitString`].
    String(PostConfirmBodyPaymentMethodOptionsBacsDebitString),
}

/// The `boleto` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsBoleto {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsBoletoPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsBoletoString`].
    String(PostConfirmBodyPaymentMethodOptionsBoletoString),
}

/// The `card` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsCard {
    /// payment_intent_param
    PaymentIntentParam(PostConfirmBodyPaymentMethodOptionsCardPaymentIntentParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsCardString`].
    String(PostConfirmBodyPaymentMethodOptionsCardString),
}

crate::runtime::string_enum! {
    /// The `interval` member of `PostPaymentIntentParamInstallmentsPlanInstallmentPlan`.
    pub enum PostIntentParamInstallmentsPlanInstallmentPlanInterval {
        Month = "month",
        ..Unknown
    }
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
        PostOptionsEpsPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostIntentConfirmBodyPaymentMethodOptionsEpsString`].
    String(PostIntentConfirmBodyPaymentMethodOptionsEpsString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentConfirmBodyPaymentMethodOptionsEps`.
    pub enum PostIntentConfirmBodyPaymentMethodOptionsEpsString {
        Empty = "",
        ..Unknown
    }
}

/// The `fpx` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsFpx {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsFpxPaymentMethodOptionsParam),
    /// A [`PostIntentConfirmBodyPaymentMethodOptionsFpxString`].
    String(PostIntentConfirmBodyPaymentMethodOptionsFpxString),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentConfirmBodyPaymentMethodOptionsFpx`.
    pub enum PostIntentConfirmBodyPaymentMethodOptionsFpxString {
        Empty = "",
        ..Unknown
    }
}

/// The `giropay` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsGiropay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsGiropayPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsGiropayString`].
    String(PostConfirmBodyPaymentMethodOptionsGiropayString),
}

/// The `grabpay` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsGrabpay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsGrabpayPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsGrabpayString`].
    String(PostConfirmBodyPaymentMethodOptionsGrabpayString),
}

/// The `ideal` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsIdeal {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsIdealPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsIdealString`].
    String(PostConfirmBodyPaymentMethodOptionsIdealString),
}

/// The `klarna` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsKlarna {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsKlarnaPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsKlarnaString`].
    String(PostConfirmBodyPaymentMethodOptionsKlarnaString),
}

/// The `konbini` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsKonbini {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsKonbiniPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsKonbiniString`].
    String(PostConfirmBodyPaymentMethodOptionsKonbiniString),
}

/// The `oxxo` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsOxxo {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsOxxoPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsOxxoString`].
    String(PostConfirmBodyPaymentMethodOptionsOxxoString),
}

/// The `p24` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsP24 {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsP24PaymentMethodOptionsParam),
    /// A [`PostIntentConfirmBodyPaymentMethodOptionsP24String`].
    String(PostIntentConfirmBodyPaymentMethodOptionsP24String),
}

crate::runtime::string_enum! {
    /// The `String` variant of `PostIntentConfirmBodyPaymentMethodOptionsP24`.
    pub enum PostIntentConfirmBodyPaymentMethodOptionsP24String {
        Empty = "",
        ..Unknown
    }
}

/// The `paynow` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsPaynow {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsPaynowPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsPaynowString`].
    String(PostConfirmBodyPaymentMethodOptionsPaynowString),
}

/// The `sepa_debit` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsSepaDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostOptionsSepaDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostConfirmBodyPaymentMethodOptionsSepaDebitString`].
    String(PostConfirmBodyPaymentMethodOptionsSepaDebitString),
}

/// The `sofort` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsSofort {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostPaymentMethodOptionsSofortPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsSofortString`].
    String(PostConfirmBodyPaymentMethodOptionsSofortString),
}

/// The `wechat_pay` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsWechatPay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsWechatPayPaymentMethodOptionsParam),
    /// A [`PostConfirmBodyPaymentMethodOptionsWechatPayString`].
    String(PostConfirmBodyPaymentMethodOptionsWechatPayString),
}

crate::runtime::string_enum! {
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
