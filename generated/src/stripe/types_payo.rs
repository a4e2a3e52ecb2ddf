// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A `Payout` object is created when you receive funds from Stripe, or when you
/// initiate a payout to either a bank account or debit card of a [connected
/// Stripe account](/docs/connect/bank-debit-card-payouts). You can retrieve individual payouts,
/// as well as list all payouts. Payouts are made on [varying
/// schedules](/docs/connect/manage-payout-schedule), depending on your country and
/// industry.
///
/// Related guide: [Receiving Payouts](https://stripe.com/docs/payouts).
#[derive(Debug, Clone, PartialEq)]
pub struct Payout {
    /// Amount (in %s) to be transferred to your bank account or debit card.
    pub amount: i64,
    /// Date the payout is expected to arrive in the bank. This factors in delays like weekends or bank holidays.
    pub arrival_date: i64,
    /// Returns `true` if the payout was created by an [automated payout schedule](https://stripe.com/docs/payouts#payout-schedule), and `false` if it was [requested manually](https://stripe.com/docs/payouts#manual-payouts).
    pub automatic: bool,
    /// ID of the balance transaction that describes the impact of this payout on your account balance.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// ID of the bank account or card the payout was sent to.
    pub destination: Option<runtime::Expandable<PayoutDestination>>,
    /// If the payout failed or was canceled, this will be the ID of the balance transaction that reversed the initial balance transaction, and puts the funds from the failed payout back in your balance.
    pub failure_balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// Error code explaining reason for payout failure if available. See [Types of payout failures](https://stripe.com/docs/api#payout_failures) for a list of failure codes.
    pub failure_code: Option<String>,
    /// Message to user further explaining reason for payout failure if available.
    pub failure_message: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The method used to send this payout, which can be `standard` or `instant`. `instant` is only supported for payouts to debit cards. (See [Instant payouts for marketplaces](https://stripe.com/blog/instant-payouts-for-marketplaces) for more information.)
    pub method: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: PayoutObject,
    /// If the payout reverses another, this is the ID of the original payout.
    pub original_payout: Option<runtime::Expandable<Payout>>,
    /// If the payout was reversed, this is the ID of the payout that reverses this payout.
    pub reversed_by: Option<runtime::Expandable<Payout>>,
    /// The source balance this payout came from. One of `card`, `fpx`, or `bank_account`.
    pub source_type: String,
    /// Extra information about a payout to be displayed on the user's bank statement.
    pub statement_descriptor: Option<String>,
    /// Current status of the payout: `paid`, `pending`, `in_transit`, `canceled` or `failed`. A payout is `pending` until it is submitted to the bank, when it becomes `in_transit`. The status then changes to `paid` if the transaction goes through, or to `failed` or `canceled` (within 5 business days). Some failed payouts may initially show as `paid` but then change to `failed`.
    pub status: String,
    /// Can be `bank_account` or `card`.
    pub r#type: PayoutType,
}

runtime::decode! {
    Payout {
        amount, arrival_date, automatic, balance_transaction, created, currency, description,
        destination, failure_balance_transaction, failure_code, failure_message, id, livemode,
        metadata, method, object, original_payout, reversed_by, source_type, statement_descriptor,
        status, r#type = "type",
    }
}

/// ID of the bank account or card the payout was sent to.
///
/// The object in full, when expanded.
///
/// Decoding tries `Card`, `BankAccount`, `DeletedBankAccount`, `DeletedCard` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PayoutDestination {
    /// The value is of type [`Card`].
    Card(Card),
    /// The value is of type [`BankAccount`].
    BankAccount(BankAccount),
    /// The value is of type [`DeletedBankAccount`].
    DeletedBankAccount(DeletedBankAccount),
    /// The value is of type [`DeletedCard`].
    DeletedCard(DeletedCard),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum PayoutObject {
        Payout = "payout",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Can be `bank_account` or `card`.
    pub enum PayoutType {
        BankAccount = "bank_account",
        Card = "card",
        ..Unknown
    }
}

impl runtime::Identified for Payout {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for PayoutDestination {
    fn id(&self) -> &str {
        match self {
            Self::Card(value) => runtime::Identified::id(value),
            Self::BankAccount(value) => runtime::Identified::id(value),
            Self::DeletedBankAccount(value) => runtime::Identified::id(value),
            Self::DeletedCard(value) => runtime::Identified::id(value),
        }
    }
}
