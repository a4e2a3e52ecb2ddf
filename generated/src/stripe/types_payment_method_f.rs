// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_fpx` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodFpx {
    /// The customer's bank, if provided. Can be one of `affin_bank`, `agrobank`, `alliance_bank`, `ambank`, `bank_islam`, `bank_muamalat`, `bank_rakyat`, `bsn`, `cimb`, `hong_leong_bank`, `hsbc`, `kfh`, `maybank2u`, `ocbc`, `public_bank`, `rhb`, `standard_chartered`, `uob`, `deutsche_bank`, `maybank2e`, or `pb_enterprise`.
    pub bank: PaymentMethodFpxBank,
}

crate::runtime::string_enum! {
    /// The customer's bank, if provided. Can be one of `affin_bank`, `agrobank`, `alliance_bank`, `ambank`, `bank_islam`, `bank_muamalat`, `bank_rakyat`, `bsn`, `cimb`, `hong_leong_bank`, `hsbc`, `kfh`, `maybank2u`, `ocbc`, `public_bank`, `rhb`, `standard_chartered`, `uob`, `deutsche_bank`, `maybank2e`, or `pb_enterprise`.
    pub enum PaymentMethodFpxBank {
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
