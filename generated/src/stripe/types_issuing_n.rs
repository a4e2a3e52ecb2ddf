// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

crate::runtime::string_enum! {
    /// Result of cardholder's attempt to return the product.
    pub enum IssuingNotAsDescribedEvidenceReturnStatus {
        MerchantRejected = "merchant_rejected",
        Successful = "successful",
        ..Unknown
    }
}
