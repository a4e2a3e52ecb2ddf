// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
    /// Payment schedule for the mandate.
    pub enum PaymentMandateOptionsAcssDebitPaymentSchedule {
        Combined = "combined",
        Interval = "interval",
        Sporadic = "sporadic",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Transaction type of the mandate.
    pub enum PaymentMandateOptionsAcssDebitTransactionType {
        Business = "business",
        Personal = "personal",
        ..Unknown
    }
}
