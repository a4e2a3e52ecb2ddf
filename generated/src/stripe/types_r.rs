// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `radar_review_resource_location` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarReviewResourceLocation {
    /// The city where the payment originated.
    pub city: Option<String>,
    /// Two-letter ISO code representing the country where the payment originated.
    pub country: Option<String>,
    /// The geographic latitude where the payment originated.
    pub latitude: Option<f64>,
    /// The geographic longitude where the payment originated.
    pub longitude: Option<f64>,
    /// The state/county/province/region where the payment originated.
    pub region: Option<String>,
}

runtime::decode! { RadarReviewResourceLocation { city, country, latitude, longitude, region } }

/// The `radar_review_resource_session` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RadarReviewResourceSession {
    /// The browser used in this browser session (e.g., `Chrome`).
    pub browser: Option<String>,
    /// Information about the device used for the browser session (e.g., `Samsung SM-G930T`).
    pub device: Option<String>,
    /// The platform for the browser session (e.g., `Macintosh`).
    pub platform: Option<String>,
    /// The version for the browser session (e.g., `61.0.3163.100`).
    pub version: Option<String>,
}

runtime::decode! { RadarReviewResourceSession { browser, device, platform, version } }

/// With `Recipient` objects, you can transfer money from your Stripe account to a
/// third-party bank account or debit card. The API allows you to create, delete,
/// and update your recipients. You can retrieve individual recipients as well as
/// a list of all your recipients.
///
/// **`Recipient` objects have been deprecated in favor of
/// [Connect](https://stripe.com/docs/connect), specifically Connect's much more powerful
/// [Account objects](https://stripe.com/docs/api#account). Stripe accounts that don't already use
/// recipients can no longer begin doing so. Please use `Account` objects
/// instead.**
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Recipient {
    /// Hash describing the current account on the recipient, if there is one.
    pub active_account: Option<BankAccount>,
    pub cards: Option<RecipientCards>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The default card to use for creating transfers to this recipient.
    pub default_card: Option<runtime::Expandable<Card>>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    pub email: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// The ID of the [Custom account](https://stripe.com/docs/connect/custom-accounts) this recipient was migrated to. If set, the recipient can no longer be updated, nor can transfers be made to it: use the Custom account instead.
    pub migrated_to: Option<runtime::Expandable<Account>>,
    /// Full, legal name of the recipient.
    pub name: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: RecipientObject,
    pub rolled_back_from: Option<runtime::Expandable<Account>>,
    /// Type of the recipient, one of `individual` or `corporation`.
    pub r#type: String,
}

runtime::decode! {
    Recipient {
        active_account, cards, created, default_card, description, email, id, livemode, metadata,
        migrated_to, name, object, rolled_back_from, r#type = "type",
    }
}

/// The `cards` member of `Recipient`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct RecipientCards {
    pub data: Vec<Card>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { RecipientCards { data, has_more, object, url } }

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum RecipientObject {
        Recipient = "recipient",
        ..Unknown
    }
}

/// The `recurring` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Recurring {
    /// Specifies a usage aggregation strategy for prices of `usage_type=metered`. Allowed values are `sum` for summing up all usage during a period, `last_during_period` for using the last usage record reported within a period, `last_ever` for using the last usage record ever (across period bounds) or `max` which uses the usage record with the maximum reported usage during a period. Defaults to `sum`.
    pub aggregate_usage: Option<RecurringAggregateUsage>,
    /// The frequency at which a subscription is billed. One of `day`, `week`, `month` or `year`.
    pub interval: RecurringInterval,
    /// The number of intervals (specified in the `interval` attribute) between subscription billings. For example, `interval=month` and `interval_count=3` bills every 3 months.
    pub interval_count: i64,
    /// Configures how the quantity per period should be determined. Can be either `metered` or `licensed`. `licensed` automatically bills the `quantity` set when adding it to a subscription. `metered` aggregates the total usage based on usage records. Defaults to `licensed`.
    pub usage_type: RecurringUsageType,
}

runtime::decode! { Recurring { aggregate_usage, interval, interval_count, usage_type } }

runtime::string_enum! {
    /// Specifies a usage aggregation strategy for prices of `usage_type=metered`. Allowed values are `sum` for summing up all usage during a period, `last_during_period` for using the last usage record reported within a period, `last_ever` for using the last usage record ever (across period bounds) or `max` which uses the usage record with the maximum reported usage during a period. Defaults to `sum`.
    pub enum RecurringAggregateUsage {
        LastDuringPeriod = "last_during_period",
        LastEver = "last_ever",
        Max = "max",
        Sum = "sum",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The frequency at which a subscription is billed. One of `day`, `week`, `month` or `year`.
    pub enum RecurringInterval {
        Day = "day",
        Month = "month",
        Week = "week",
        Year = "year",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Configures how the quantity per period should be determined. Can be either `metered` or `licensed`. `licensed` automatically bills the `quantity` set when adding it to a subscription. `metered` aggregates the total usage based on usage records. Defaults to `licensed`.
    pub enum RecurringUsageType {
        Licensed = "licensed",
        Metered = "metered",
        ..Unknown
    }
}

/// `Refund` objects allow you to refund a charge that has previously been created
/// but not yet refunded. Funds will be refunded to the credit or debit card that
/// was originally charged.
///
/// Related guide: [Refunds](https://stripe.com/docs/refunds).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Refund {
    /// Amount, in %s.
    pub amount: i64,
    /// Balance transaction that describes the impact on your account balance.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// ID of the charge that was refunded.
    pub charge: Option<runtime::Expandable<Charge>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users. (Available on non-card refunds only)
    pub description: Option<String>,
    /// If the refund failed, this balance transaction describes the adjustment made on your account balance that reverses the initial balance transaction.
    pub failure_balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// If the refund failed, the reason for refund failure if known. Possible values are `lost_or_stolen_card`, `expired_or_canceled_card`, or `unknown`.
    pub failure_reason: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    pub next_action: Option<RefundNextAction>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: RefundObject,
    /// ID of the PaymentIntent that was refunded.
    pub payment_intent: Option<runtime::Expandable<PaymentIntent>>,
    /// Reason for the refund, either user-provided (`duplicate`, `fraudulent`, or `requested_by_customer`) or generated by Stripe internally (`expired_uncaptured_charge`).
    pub reason: Option<RefundReason>,
    /// This is the transaction number that appears on email receipts sent for this refund.
    pub receipt_number: Option<String>,
    /// The transfer reversal that is associated with the refund. Only present if the charge came from another Stripe account. See the Connect documentation for details.
    pub source_transfer_reversal: Option<runtime::Expandable<TransferReversal>>,
    /// Status of the refund. For credit card refunds, this can be `pending`, `succeeded`, or `failed`. For other types of refunds, it can be `pending`, `succeeded`, `failed`, or `canceled`. Refer to our [refunds](https://stripe.com/docs/refunds#failed-refunds) documentation for more details.
    pub status: Option<String>,
    /// If the accompanying transfer was reversed, the transfer reversal object. Only applicable if the charge was created using the destination parameter.
    pub transfer_reversal: Option<runtime::Expandable<TransferReversal>>,
}

runtime::decode! {
    Refund {
        amount, balance_transaction, charge, created, currency, description,
        failure_balance_transaction, failure_reason, id, metadata, next_action, object,
        payment_intent, reason, receipt_number, source_transfer_reversal, status, transfer_reversal,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum RefundObject {
        Refund = "refund",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Reason for the refund, either user-provided (`duplicate`, `fraudulent`, or `requested_by_customer`) or generated by Stripe internally (`expired_uncaptured_charge`).
    pub enum RefundReason {
        Duplicate = "duplicate",
        ExpiredUncapturedCharge = "expired_uncaptured_charge",
        Fraudulent = "fraudulent",
        RequestedByCustomer = "requested_by_customer",
        ..Unknown
    }
}

/// The `refund_next_action` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct RefundNextAction {
    /// Contains the refund details.
    pub display_details: Option<RefundNextActionDisplayDetails>,
    /// Type of the next action to perform.
    pub r#type: String,
}

runtime::decode! { RefundNextAction { display_details, r#type = "type" } }

/// The `refund_next_action_display_details` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct RefundNextActionDisplayDetails {
    pub email_sent: EmailSent,
    /// The expiry timestamp.
    pub expires_at: i64,
}

runtime::decode! { RefundNextActionDisplayDetails { email_sent, expires_at } }

/// The `reserve_transaction` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct ReserveTransaction {
    pub amount: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ReserveTransactionObject,
}

runtime::decode! { ReserveTransaction { amount, currency, description, id, object } }

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum ReserveTransactionObject {
        ReserveTransaction = "reserve_transaction",
        ..Unknown
    }
}

/// Reviews can be used to supplement automated fraud detection with human expertise.
///
/// Learn more about [Radar](/radar) and reviewing payments
/// [here](https://stripe.com/docs/radar/reviews).
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// The ZIP or postal code of the card used, if applicable.
    pub billing_zip: Option<String>,
    /// The charge associated with this review.
    pub charge: Option<runtime::Expandable<Charge>>,
    /// The reason the review was closed, or null if it has not yet been closed. One of `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`.
    pub closed_reason: Option<ReviewClosedReason>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Unique identifier for the object.
    pub id: String,
    /// The IP address where the payment originated.
    pub ip_address: Option<String>,
    /// Information related to the location of the payment. Note that this information is an approximation and attempts to locate the nearest population center - it should not be used to determine a specific address.
    pub ip_address_location: Option<RadarReviewResourceLocation>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ReviewObject,
    /// If `true`, the review needs action.
    pub open: bool,
    /// The reason the review was opened. One of `rule` or `manual`.
    pub opened_reason: ReviewOpenedReason,
    /// The PaymentIntent ID associated with this review, if one exists.
    pub payment_intent: Option<runtime::Expandable<PaymentIntent>>,
    /// The reason the review is currently open or closed. One of `rule`, `manual`, `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`.
    pub reason: String,
    /// Information related to the browsing session of the user who initiated the payment.
    pub session: Option<RadarReviewResourceSession>,
}

runtime::decode! {
    Review {
        billing_zip, charge, closed_reason, created, id, ip_address, ip_address_location, livemode,
        object, open, opened_reason, payment_intent, reason, session,
    }
}

runtime::string_enum! {
    /// The reason the review was closed, or null if it has not yet been closed. One of `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`.
    pub enum ReviewClosedReason {
        Approved = "approved",
        Disputed = "disputed",
        Redacted = "redacted",
        Refunded = "refunded",
        RefundedAsFraud = "refunded_as_fraud",
        ..Unknown
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum ReviewObject {
        Review = "review",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The reason the review was opened. One of `rule` or `manual`.
    pub enum ReviewOpenedReason {
        Manual = "manual",
        Rule = "rule",
        ..Unknown
    }
}

/// The `rule` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// The action taken on the payment.
    pub action: String,
    /// Unique identifier for the object.
    pub id: String,
    /// The predicate to evaluate the payment against.
    pub predicate: String,
}

runtime::decode! { Rule { action, id, predicate } }

impl runtime::Identified for Recipient {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Refund {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for ReserveTransaction {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Review {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Rule {
    fn id(&self) -> &str {
        &self.id
    }
}
