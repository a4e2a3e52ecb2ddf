// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_us_bank_account` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodUsBankAccount {
    /// Account holder type: individual or company.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub account_holder_type: Option<Option<PaymentMethodUsBankAccountAccountHolderType>>,
    /// Account type: checkings or savings. Defaults to checking if omitted.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub account_type: Option<Option<PaymentMethodUsBankAccountAccountType>>,
    /// The name of the bank.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub bank_name: Option<Option<String>>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fingerprint: Option<Option<String>>,
    /// Last four digits of the bank account number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub last4: Option<Option<String>>,
    /// Routing number of the bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub routing_number: Option<Option<String>>,
}

crate::runtime::string_enum! {
    /// Account holder type: individual or company.
    pub enum PaymentMethodUsBankAccountAccountHolderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Account type: checkings or savings. Defaults to checking if omitted.
    pub enum PaymentMethodUsBankAccountAccountType {
        Checking = "checking",
        Savings = "savings",
        ..Unknown
    }
}
