// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Balance transactions represent funds moving through your Stripe account.
/// They're created for every type of transaction that comes into or flows out of your Stripe account balance.
///
/// Related guide: [Balance Transaction Types](https://stripe.com/docs/reports/balance-transaction-types).
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceTransaction {
    /// Gross amount of the transaction, in %s.
    pub amount: i64,
    /// The date the transaction's net funds will become available in the Stripe balance.
    pub available_on: i64,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// The exchange rate used, if applicable, for this transaction. Specifically, if money was converted from currency A to currency B, then the `amount` in currency A, times `exchange_rate`, would be the `amount` in currency B. For example, suppose you charged a customer 10.00 EUR. Then the PaymentIntent's `amount` would be `1000` and `currency` would be `eur`. Suppose this was converted into 12.34 USD in your Stripe account. Then the BalanceTransaction's `amount` would be `1234`, `currency` would be `usd`, and `exchange_rate` would be `1.234`.
    pub exchange_rate: Option<f64>,
    /// Fees (in %s) paid for this transaction.
    pub fee: i64,
    /// Detailed breakdown of fees (in %s) paid for this transaction.
    pub fee_details: Vec<Fee>,
    /// Unique identifier for the object.
    pub id: String,
    /// Net amount of the transaction, in %s.
    pub net: i64,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: BalanceTransactionObject,
    /// [Learn more](https://stripe.com/docs/reports/reporting-categories) about how reporting categories can help you understand balance transactions from an accounting perspective.
    pub reporting_category: String,
    /// The Stripe object to which this transaction is related.
    pub source: Option<runtime::Expandable<BalanceTransactionSource>>,
    /// If the transaction's net funds are available in the Stripe balance yet. Either `available` or `pending`.
    pub status: String,
    /// Transaction type: `adjustment`, `advance`, `advance_funding`, `anticipation_repayment`, `application_fee`, `application_fee_refund`, `charge`, `connect_collection_transfer`, `contribution`, `issuing_authorization_hold`, `issuing_authorization_release`, `issuing_dispute`, `issuing_transaction`, `payment`, `payment_failure_refund`, `payment_refund`, `payout`, `payout_cancel`, `payout_failure`, `refund`, `refund_failure`, `reserve_transaction`, `reserved_funds`, `stripe_fee`, `stripe_fx_fee`, `tax_fee`, `topup`, `topup_reversal`, `transfer`, `transfer_cancel`, `transfer_failure`, or `transfer_refund`. [Learn more](https://stripe.com/docs/reports/balance-transaction-types) about balance transaction types and what they represent. If you are looking to classify transactions for accounting purposes, you might want to consider `reporting_category` instead.
    pub r#type: BalanceTransactionType,
}

runtime::decode! {
    BalanceTransaction {
        amount, available_on, created, currency, description, exchange_rate, fee, fee_details, id,
        net, object, reporting_category, source, status, r#type = "type",
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum BalanceTransactionObject {
        BalanceTransaction = "balance_transaction",
        ..Unknown
    }
}

/// The Stripe object to which this transaction is related.
///
/// The object in full, when expanded.
///
/// Decoding tries `IssuingAuthorization`, `Charge`, `Dispute`, `ApplicationFee`, `IssuingTransaction`, `Payout`, `IssuingDispute`, `Transfer`, `Topup`, `ConnectCollectionTransfer`, `FeeRefund`, `TransferReversal`, `PlatformTaxFee`, `Refund`, `TaxDeductedAtSource`, `ReserveTransaction` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum BalanceTransactionSource {
    /// The value is of type [`IssuingAuthorization`].
    IssuingAuthorization(IssuingAuthorization),
    /// The value is of type [`Charge`].
    Charge(Charge),
    /// The value is of type [`Dispute`].
    Dispute(Dispute),
    /// The value is of type [`ApplicationFee`].
    ApplicationFee(ApplicationFee),
    /// The value is of type [`IssuingTransaction`].
    IssuingTransaction(IssuingTransaction),
    /// The value is of type [`Payout`].
    Payout(Payout),
    /// The value is of type [`IssuingDispute`].
    IssuingDispute(IssuingDispute),
    /// The value is of type [`Transfer`].
    Transfer(Transfer),
    /// The value is of type [`Topup`].
    Topup(Topup),
    /// The value is of type [`ConnectCollectionTransfer`].
    ConnectCollectionTransfer(ConnectCollectionTransfer),
    /// The value is of type [`FeeRefund`].
    FeeRefund(FeeRefund),
    /// The value is of type [`TransferReversal`].
    TransferReversal(TransferReversal),
    /// The value is of type [`PlatformTaxFee`].
    PlatformTaxFee(PlatformTaxFee),
    /// The value is of type [`Refund`].
    Refund(Refund),
    /// The value is of type [`TaxDeductedAtSource`].
    TaxDeductedAtSource(TaxDeductedAtSource),
    /// The value is of type [`ReserveTransaction`].
    ReserveTransaction(ReserveTransaction),
}

runtime::string_enum! {
    /// Transaction type: `adjustment`, `advance`, `advance_funding`, `anticipation_repayment`, `application_fee`, `application_fee_refund`, `charge`, `connect_collection_transfer`, `contribution`, `issuing_authorization_hold`, `issuing_authorization_release`, `issuing_dispute`, `issuing_transaction`, `payment`, `payment_failure_refund`, `payment_refund`, `payout`, `payout_cancel`, `payout_failure`, `refund`, `refund_failure`, `reserve_transaction`, `reserved_funds`, `stripe_fee`, `stripe_fx_fee`, `tax_fee`, `topup`, `topup_reversal`, `transfer`, `transfer_cancel`, `transfer_failure`, or `transfer_refund`. [Learn more](https://stripe.com/docs/reports/balance-transaction-types) about balance transaction types and what they represent. If you are looking to classify transactions for accounting purposes, you might want to consider `reporting_category` instead.
    pub enum BalanceTransactionType {
        Adjustment = "adjustment",
        Advance = "advance",
        AdvanceFunding = "advance_funding",
        AnticipationRepayment = "anticipation_repayment",
        ApplicationFee = "application_fee",
        ApplicationFeeRefund = "application_fee_refund",
        Charge = "charge",
        ConnectCollectionTransfer = "connect_collection_transfer",
        Contribution = "contribution",
        IssuingAuthorizationHold = "issuing_authorization_hold",
        IssuingAuthorizationRelease = "issuing_authorization_release",
        IssuingDispute = "issuing_dispute",
        IssuingTransaction = "issuing_transaction",
        Payment = "payment",
        PaymentFailureRefund = "payment_failure_refund",
        PaymentRefund = "payment_refund",
        Payout = "payout",
        PayoutCancel = "payout_cancel",
        PayoutFailure = "payout_failure",
        Refund = "refund",
        RefundFailure = "refund_failure",
        ReserveTransaction = "reserve_transaction",
        ReservedFunds = "reserved_funds",
        StripeFee = "stripe_fee",
        StripeFxFee = "stripe_fx_fee",
        TaxFee = "tax_fee",
        Topup = "topup",
        TopupReversal = "topup_reversal",
        Transfer = "transfer",
        TransferCancel = "transfer_cancel",
        TransferFailure = "transfer_failure",
        TransferRefund = "transfer_refund",
        ..Unknown
    }
}

/// These bank accounts are payment methods on `Customer` objects.
///
/// On the other hand [External Accounts](https://stripe.com/docs/api#external_accounts) are transfer
/// destinations on `Account` objects for [Custom accounts](https://stripe.com/docs/connect/custom-accounts).
/// They can be bank accounts or debit cards as well, and are documented in the links above.
///
/// Related guide: [Bank Debits and Transfers](https://stripe.com/docs/payments/bank-debits-transfers).
#[derive(Debug, Clone, PartialEq)]
pub struct BankAccount {
    /// The ID of the account that the bank account is associated with.
    pub account: Option<runtime::Expandable<Account>>,
    /// The name of the person or business that owns the bank account.
    pub account_holder_name: Option<String>,
    /// The type of entity that holds the account. This can be either `individual` or `company`.
    pub account_holder_type: Option<String>,
    /// The bank account type. This can only be `checking` or `savings` in most countries. In Japan, this can only be `futsu` or `toza`.
    pub account_type: Option<String>,
    /// A set of available payout methods for this bank account. Only values from this set should be passed as the `method` when creating a payout.
    pub available_payout_methods: Option<Vec<BankAccountAvailablePayoutMethodsItem>>,
    /// Name of the bank associated with the routing number (e.g., `WELLS FARGO`).
    pub bank_name: Option<String>,
    /// Two-letter ISO code representing the country the bank account is located in.
    pub country: String,
    /// Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid out to the bank account.
    pub currency: String,
    /// The ID of the customer that the bank account is associated with.
    pub customer: Option<runtime::Expandable<BankAccountCustomer>>,
    /// Whether this bank account is the default external account for its currency.
    pub default_for_currency: Option<bool>,
    /// Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
    pub fingerprint: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// The last four digits of the bank account number.
    pub last4: String,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: BankAccountObject,
    /// The routing transit number for the bank account.
    pub routing_number: Option<String>,
    /// For bank accounts, possible values are `new`, `validated`, `verified`, `verification_failed`, or `errored`. A bank account that hasn't had any activity or validation performed is `new`. If Stripe can determine that the bank account exists, its status will be `validated`. Note that there often isn’t enough information to know (e.g., for smaller credit unions), and the validation is not always run. If customer bank account verification has succeeded, the bank account status will be `verified`. If the verification failed for any reason, such as microdeposit failure, the status will be `verification_failed`. If a transfer sent to this bank account fails, we'll set the status to `errored` and will not continue to send transfers until the bank details are updated.
    ///
    /// For external accounts, possible values are `new` and `errored`. Validations aren't run against external accounts because they're only used for payouts. This means the other statuses don't apply. If a transfer fails, the status is set to `errored` and transfers are stopped until account details are updated.
    pub status: String,
}

runtime::decode! {
    BankAccount {
        account, account_holder_name, account_holder_type, account_type, available_payout_methods,
        bank_name, country, currency, customer, default_for_currency, fingerprint, id, last4,
        metadata, object, routing_number, status,
    }
}

runtime::string_enum! {
    /// A set of available payout methods for this bank account. Only values from this set should be passed as the `method` when creating a payout.
    pub enum BankAccountAvailablePayoutMethodsItem {
        Instant = "instant",
        Standard = "standard",
        ..Unknown
    }
}

/// The ID of the customer that the bank account is associated with.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum BankAccountCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum BankAccountObject {
        BankAccount = "bank_account",
        ..Unknown
    }
}

/// The `billing_details` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BillingDetails {
    /// Billing address.
    pub address: Option<Address>,
    /// Email address.
    pub email: Option<String>,
    /// Full name.
    pub name: Option<String>,
    /// Billing phone number (including extension).
    pub phone: Option<String>,
}

runtime::decode! { BillingDetails { address, email, name, phone } }

/// The `bitcoin_receiver` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct BitcoinReceiver {
    /// True when this bitcoin receiver has received a non-zero amount of bitcoin.
    pub active: bool,
    /// The amount of `currency` that you are collecting as payment.
    pub amount: i64,
    /// The amount of `currency` to which `bitcoin_amount_received` has been converted.
    pub amount_received: i64,
    /// The amount of bitcoin that the customer should send to fill the receiver. The `bitcoin_amount` is denominated in Satoshi: there are 10^8 Satoshi in one bitcoin.
    pub bitcoin_amount: i64,
    /// The amount of bitcoin that has been sent by the customer to this receiver.
    pub bitcoin_amount_received: i64,
    /// This URI can be displayed to the customer as a clickable link (to activate their bitcoin client) or as a QR code (for mobile wallets).
    pub bitcoin_uri: String,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) to which the bitcoin will be converted.
    pub currency: String,
    /// The customer ID of the bitcoin receiver.
    pub customer: Option<String>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// The customer's email address, set by the API call that creates the receiver.
    pub email: Option<String>,
    /// This flag is initially false and updates to true when the customer sends the `bitcoin_amount` to this receiver.
    pub filled: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// A bitcoin address that is specific to this receiver. The customer can send bitcoin to this address to fill the receiver.
    pub inbound_address: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: BitcoinReceiverObject,
    /// The ID of the payment created from the receiver, if any. Hidden when viewing the receiver with a publishable key.
    pub payment: Option<String>,
    /// The refund address of this bitcoin receiver.
    pub refund_address: Option<String>,
    /// A list with one entry for each time that the customer sent bitcoin to the receiver. Hidden when viewing the receiver with a publishable key.
    pub transactions: Option<BitcoinReceiverTransactions>,
    /// This receiver contains uncaptured funds that can be used for a payment or refunded.
    pub uncaptured_funds: bool,
    /// Indicate if this source is used for payment.
    pub used_for_payment: Option<bool>,
}

runtime::decode! {
    BitcoinReceiver {
        active, amount, amount_received, bitcoin_amount, bitcoin_amount_received, bitcoin_uri,
        created, currency, customer, description, email, filled, id, inbound_address, livemode,
        metadata, object, payment, refund_address, transactions, uncaptured_funds, used_for_payment,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum BitcoinReceiverObject {
        BitcoinReceiver = "bitcoin_receiver",
        ..Unknown
    }
}

/// A list with one entry for each time that the customer sent bitcoin to the receiver. Hidden when viewing the receiver with a publishable key.
#[derive(Debug, Clone, PartialEq)]
pub struct BitcoinReceiverTransactions {
    /// Details about each object.
    pub data: Vec<BitcoinTransaction>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { BitcoinReceiverTransactions { data, has_more, object, url } }

/// The `bitcoin_transaction` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct BitcoinTransaction {
    /// The amount of `currency` that the transaction was converted to in real-time.
    pub amount: i64,
    /// The amount of bitcoin contained in the transaction.
    pub bitcoin_amount: i64,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) to which this transaction was converted.
    pub currency: String,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: BitcoinTransactionObject,
    /// The receiver to which this transaction was sent.
    pub receiver: String,
}

runtime::decode! {
    BitcoinTransaction {
        amount, bitcoin_amount, created, currency, id, object, receiver,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum BitcoinTransactionObject {
        BitcoinTransaction = "bitcoin_transaction",
        ..Unknown
    }
}

impl runtime::Identified for BalanceTransaction {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for BalanceTransactionSource {
    fn id(&self) -> &str {
        match self {
            Self::IssuingAuthorization(value) => runtime::Identified::id(value),
            Self::Charge(value) => runtime::Identified::id(value),
            Self::Dispute(value) => runtime::Identified::id(value),
            Self::ApplicationFee(value) => runtime::Identified::id(value),
            Self::IssuingTransaction(value) => runtime::Identified::id(value),
            Self::Payout(value) => runtime::Identified::id(value),
            Self::IssuingDispute(value) => runtime::Identified::id(value),
            Self::Transfer(value) => runtime::Identified::id(value),
            Self::Topup(value) => runtime::Identified::id(value),
            Self::ConnectCollectionTransfer(value) => runtime::Identified::id(value),
            Self::FeeRefund(value) => runtime::Identified::id(value),
            Self::TransferReversal(value) => runtime::Identified::id(value),
            Self::PlatformTaxFee(value) => runtime::Identified::id(value),
            Self::Refund(value) => runtime::Identified::id(value),
            Self::TaxDeductedAtSource(value) => runtime::Identified::id(value),
            Self::ReserveTransaction(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for BankAccount {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for BankAccountCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for BitcoinReceiver {
    fn id(&self) -> &str {
        &self.id
    }
}
