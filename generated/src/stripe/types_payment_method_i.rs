// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_ideal` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodIdeal {
    /// The customer's bank, if provided. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `revolut`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank: Option<Option<PaymentMethodIdealBank>>,
    /// The Bank Identifier Code of the customer's bank, if the bank was provided.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bic: Option<Option<PaymentMethodIdealBic>>,
}

crate::runtime::string_enum! {
    /// The customer's bank, if provided. Can be one of `abn_amro`, `asn_bank`, `bunq`, `handelsbanken`, `ing`, `knab`, `moneyou`, `rabobank`, `regiobank`, `revolut`, `sns_bank`, `triodos_bank`, or `van_lanschot`.
    pub enum PaymentMethodIdealBank {
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
    /// The Bank Identifier Code of the customer's bank, if the bank was provided.
    pub enum PaymentMethodIdealBic {
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

/// The `payment_method_interac_present` schema.
pub type PaymentMethodInteracPresent = serde_json::Map<String, serde_json::Value>;
