// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
    /// Whether the cardholder provided an address first line and if it matched the cardholder’s `billing.address.line1`.
    pub enum IssuingVerificationDataAddressLine1Check {
        Match = "match",
        Mismatch = "mismatch",
        NotProvided = "not_provided",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Whether the cardholder provided a postal code and if it matched the cardholder’s `billing.address.postal_code`.
    pub enum IssuingVerificationDataAddressPostalCodeCheck {
        Match = "match",
        Mismatch = "mismatch",
        NotProvided = "not_provided",
        ..Unknown
    }
}
