// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
    /// The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type.
    pub enum PaymentMethodType {
        AcssDebit = "acss_debit",
        AfterpayClearpay = "afterpay_clearpay",
        Alipay = "alipay",
        AuBecsDebit = "au_becs_debit",
        BacsDebit = "bacs_debit",
        Bancontact = "bancontact",
        Boleto = "boleto",
        Card = "card",
        CardPresent = "card_present",
        Eps = "eps",
        Fpx = "fpx",
        Giropay = "giropay",
        Grabpay = "grabpay",
        Ideal = "ideal",
        InteracPresent = "interac_present",
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
