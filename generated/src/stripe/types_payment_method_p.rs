// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_p24` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodP24 {
    /// The customer's bank, if provided.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank: Option<Option<PaymentMethodP24Bank>>,
}

crate::runtime::string_enum! {
    /// The customer's bank, if provided.
    pub enum PaymentMethodP24Bank {
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

/// The `payment_method_paynow` schema.
pub type PaymentMethodPaynow = serde_json::Map<String, serde_json::Value>;
