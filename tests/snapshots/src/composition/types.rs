// @generated from fixtures/composition.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A payment card.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Card {
    /// Last four digits.
    pub last4: String,
}

runtime::decode! { Card { last4 } }

/// A bank account.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BankAccount {
    /// The account's IBAN.
    pub iban: String,
}

runtime::decode! { BankAccount { iban } }

/// Where a customer's payment methods are kept.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Wallet {
    /// The preferred method (a single-member allOf).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary: Option<Card>,
    /// A second method (a single-member oneOf).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup: Option<BankAccount>,
    /// Any method (oneOf with two members).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub any_method: Option<WalletAnyMethod>,
    /// Both at once (allOf with two members).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged: Option<WalletMerged>,
    /// A method kept aside (a single-member allOf around a oneOf with two members).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spare: Option<WalletSpare>,
    /// Anything that is not a card.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_a_card: Option<serde_json::Value>,
}

runtime::decode! { Wallet { primary, backup, any_method, merged, spare, not_a_card } }

/// Any method (oneOf with two members).
///
/// Decoding tries `Card`, `BankAccount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum WalletAnyMethod {
    /// The value is of type [`Card`].
    Card(Card),
    /// The value is of type [`BankAccount`].
    BankAccount(BankAccount),
}

/// Both at once (allOf with two members).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WalletMerged {
    /// Last four digits.
    pub last4: String,
    /// The account's IBAN.
    pub iban: String,
}

runtime::decode! { WalletMerged { last4, iban } }

/// A method kept aside (a single-member allOf around a oneOf with two members).
///
/// Decoding tries `Card`, `BankAccount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum WalletSpare {
    /// The value is of type [`Card`].
    Card(Card),
    /// The value is of type [`BankAccount`].
    BankAccount(BankAccount),
}
