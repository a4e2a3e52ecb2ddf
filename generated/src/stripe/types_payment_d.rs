// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// The type of account being debited or credited
    pub enum PaymentDetailsInteracPresentReceiptAccountType {
        Checking = "checking",
        Savings = "savings",
        Unknown = "unknown",
        ..Unknown2
    }
}
