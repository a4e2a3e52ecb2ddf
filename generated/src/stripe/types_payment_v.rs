// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// The type of the microdeposit sent to the customer. Used to distinguish between different verification methods.
    pub enum PaymentVerifyWithMicrodepositsMicrodepositType {
        Amounts = "amounts",
        DescriptorCode = "descriptor_code",
        ..Unknown
    }
}
