// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `platform_tax_fee` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatformTaxFee {
    /// The Connected account that incurred this charge.
    pub account: String,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: PlatformTaxFeeObject,
    /// The payment object that caused this tax to be inflicted.
    pub source_transaction: String,
    /// The type of tax (VAT).
    pub r#type: String,
}

runtime::decode! { PlatformTaxFee { account, id, object, source_transaction, r#type = "type" } }

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum PlatformTaxFeeObject {
        PlatformTaxFee = "platform_tax_fee",
        ..Unknown
    }
}

impl runtime::Identified for PlatformTaxFee {
    fn id(&self) -> &str {
        &self.id
    }
}
