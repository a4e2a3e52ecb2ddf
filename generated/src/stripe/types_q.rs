// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A Quote is a way to model prices that you'd like to provide to a customer.
/// Once accepted, it will automatically create an invoice, subscription or subscription schedule.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Quote {
    /// Total before any discounts or taxes are applied.
    pub amount_subtotal: i64,
    /// Total after discounts and taxes are applied.
    pub amount_total: i64,
    /// The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account. Only applicable if there are no line items with recurring prices on the quote.
    pub application_fee_amount: Option<i64>,
    /// A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the application owner's Stripe account. Only applicable if there are line items with recurring prices on the quote.
    pub application_fee_percent: Option<f64>,
    pub automatic_tax: QuotesResourceAutomaticTax,
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay invoices at the end of the subscription cycle or on finalization using the default payment method attached to the subscription or customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions. Defaults to `charge_automatically`.
    pub collection_method: QuoteCollectionMethod,
    pub computed: QuotesResourceComputed,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: Option<String>,
    /// The customer which this quote belongs to. A customer is required before finalizing the quote. Once specified, it cannot be changed.
    pub customer: Option<runtime::Expandable<QuoteCustomer>>,
    /// The tax rates applied to this quote.
    pub default_tax_rates: Option<Vec<runtime::Expandable<TaxRate>>>,
    /// A description that will be displayed on the quote PDF.
    pub description: Option<String>,
    /// The discounts applied to this quote.
    pub discounts: Vec<runtime::Expandable<Discount>>,
    /// The date on which the quote will be canceled if in `open` or `draft` status. Measured in seconds since the Unix epoch.
    pub expires_at: i64,
    /// A footer that will be displayed on the quote PDF.
    pub footer: Option<String>,
    /// Details of the quote that was cloned. See the [cloning documentation](https://stripe.com/docs/quotes/clone) for more details.
    pub from_quote: Option<QuotesResourceFromQuote>,
    /// A header that will be displayed on the quote PDF.
    pub header: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// The invoice that was created from this quote.
    pub invoice: Option<runtime::Expandable<QuoteInvoice>>,
    /// All invoices will be billed using the specified settings.
    pub invoice_settings: Option<InvoiceSettingQuoteSetting>,
    /// A list of items the customer is being quoted for.
    pub line_items: Option<QuoteLineItems>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// A unique number that identifies this particular quote. This number is assigned once the quote is [finalized](https://stripe.com/docs/quotes/overview#finalize).
    pub number: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: QuoteObject,
    /// The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details.
    pub on_behalf_of: Option<runtime::Expandable<Account>>,
    /// The status of the quote.
    pub status: QuoteStatus,
    pub status_transitions: QuotesResourceStatusTransitions,
    /// The subscription that was created or updated from this quote.
    pub subscription: Option<runtime::Expandable<Subscription>>,
    pub subscription_data: QuotesResourceSubscriptionData,
    /// The subscription schedule that was created or updated from this quote.
    pub subscription_schedule: Option<runtime::Expandable<SubscriptionSchedule>>,
    /// ID of the test clock this quote belongs to.
    pub test_clock: Option<runtime::Expandable<TestHelpersTestClock>>,
    pub total_details: QuotesResourceTotalDetails,
    /// The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to for each of the invoices.
    pub transfer_data: Option<QuotesResourceTransferData>,
}

runtime::decode! {
    Quote {
        amount_subtotal, amount_total, application_fee_amount, application_fee_percent,
        automatic_tax, collection_method, computed, created, currency, customer, default_tax_rates,
        description, discounts, expires_at, footer, from_quote, header, id, invoice,
        invoice_settings, line_items, livemode, metadata, number, object, on_behalf_of, status,
        status_transitions, subscription, subscription_data, subscription_schedule, test_clock,
        total_details, transfer_data,
    }
}

runtime::string_enum! {
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay invoices at the end of the subscription cycle or on finalization using the default payment method attached to the subscription or customer. When sending an invoice, Stripe will email your customer an invoice with payment instructions. Defaults to `charge_automatically`.
    pub enum QuoteCollectionMethod {
        ChargeAutomatically = "charge_automatically",
        SendInvoice = "send_invoice",
        ..Unknown
    }
}

/// The customer which this quote belongs to. A customer is required before finalizing the quote. Once specified, it cannot be changed.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum QuoteCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

/// The invoice that was created from this quote.
///
/// The object in full, when expanded.
///
/// Decoding tries `Invoice`, `DeletedInvoice` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum QuoteInvoice {
    /// The value is of type [`Invoice`].
    Invoice(Invoice),
    /// The value is of type [`DeletedInvoice`].
    DeletedInvoice(DeletedInvoice),
}

/// A list of items the customer is being quoted for.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteLineItems {
    /// Details about each object.
    pub data: Vec<Item>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { QuoteLineItems { data, has_more, object, url } }

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum QuoteObject {
        Quote = "quote",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the quote.
    pub enum QuoteStatus {
        Accepted = "accepted",
        Canceled = "canceled",
        Draft = "draft",
        Open = "open",
        ..Unknown
    }
}

/// The `quotes_resource_automatic_tax` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotesResourceAutomaticTax {
    /// Automatically calculate taxes
    pub enabled: bool,
    /// The status of the most recent automated tax calculation for this quote.
    pub status: Option<QuotesResourceAutomaticTaxStatus>,
}

runtime::decode! { QuotesResourceAutomaticTax { enabled, status } }

runtime::string_enum! {
    /// The status of the most recent automated tax calculation for this quote.
    pub enum QuotesResourceAutomaticTaxStatus {
        Complete = "complete",
        Failed = "failed",
        RequiresLocationInputs = "requires_location_inputs",
        ..Unknown
    }
}

/// The `quotes_resource_computed` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct QuotesResourceComputed {
    /// The definitive totals and line items the customer will be charged on a recurring basis. Takes into account the line items with recurring prices and discounts with `duration=forever` coupons only. Defaults to `null` if no inputted line items with recurring prices.
    pub recurring: Option<QuotesResourceRecurring>,
    pub upfront: QuotesResourceUpfront,
}

runtime::decode! { QuotesResourceComputed { recurring, upfront } }

/// The `quotes_resource_from_quote` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotesResourceFromQuote {
    /// Whether this quote is a revision of a different quote.
    pub is_revision: bool,
    /// The quote that was cloned.
    pub quote: runtime::Expandable<Quote>,
}

runtime::decode! { QuotesResourceFromQuote { is_revision, quote } }

/// The `quotes_resource_recurring` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct QuotesResourceRecurring {
    /// Total before any discounts or taxes are applied.
    pub amount_subtotal: i64,
    /// Total after discounts and taxes are applied.
    pub amount_total: i64,
    /// The frequency at which a subscription is billed. One of `day`, `week`, `month` or `year`.
    pub interval: RecurringInterval,
    /// The number of intervals (specified in the `interval` attribute) between subscription billings. For example, `interval=month` and `interval_count=3` bills every 3 months.
    pub interval_count: i64,
    pub total_details: QuotesResourceTotalDetails,
}

runtime::decode! {
    QuotesResourceRecurring {
        amount_subtotal, amount_total, interval, interval_count, total_details,
    }
}

/// The `quotes_resource_status_transitions` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuotesResourceStatusTransitions {
    /// The time that the quote was accepted. Measured in seconds since Unix epoch.
    pub accepted_at: Option<i64>,
    /// The time that the quote was canceled. Measured in seconds since Unix epoch.
    pub canceled_at: Option<i64>,
    /// The time that the quote was finalized. Measured in seconds since Unix epoch.
    pub finalized_at: Option<i64>,
}

runtime::decode! { QuotesResourceStatusTransitions { accepted_at, canceled_at, finalized_at } }

/// The `quotes_resource_subscription_data` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuotesResourceSubscriptionData {
    /// When creating a new subscription, the date of which the subscription schedule will start after the quote is accepted. This date is ignored if it is in the past when the quote is accepted. Measured in seconds since the Unix epoch.
    pub effective_date: Option<i64>,
    /// Integer representing the number of trial period days before the customer is charged for the first time.
    pub trial_period_days: Option<i64>,
}

runtime::decode! { QuotesResourceSubscriptionData { effective_date, trial_period_days } }

/// The `quotes_resource_total_details` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct QuotesResourceTotalDetails {
    /// This is the sum of all the discounts.
    pub amount_discount: i64,
    /// This is the sum of all the shipping amounts.
    pub amount_shipping: Option<i64>,
    /// This is the sum of all the tax amounts.
    pub amount_tax: i64,
    pub breakdown: Option<QuotesResourceTotalDetailsResourceBreakdown>,
}

runtime::decode! {
    QuotesResourceTotalDetails {
        amount_discount, amount_shipping, amount_tax, breakdown,
    }
}

/// The `quotes_resource_total_details_resource_breakdown` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotesResourceTotalDetailsResourceBreakdown {
    /// The aggregated discounts.
    pub discounts: Vec<LineItemsDiscountAmount>,
    /// The aggregated tax amounts by rate.
    pub taxes: Vec<LineItemsTaxAmount>,
}

runtime::decode! { QuotesResourceTotalDetailsResourceBreakdown { discounts, taxes } }

/// The `quotes_resource_transfer_data` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotesResourceTransferData {
    /// The amount in %s that will be transferred to the destination account when the invoice is paid. By default, the entire amount is transferred to the destination.
    pub amount: Option<i64>,
    /// A non-negative decimal between 0 and 100, with at most two decimal places. This represents the percentage of the subscription invoice subtotal that will be transferred to the destination account. By default, the entire amount will be transferred to the destination.
    pub amount_percent: Option<f64>,
    /// The account where funds from the payment will be transferred to upon payment success.
    pub destination: runtime::Expandable<Account>,
}

runtime::decode! { QuotesResourceTransferData { amount, amount_percent, destination } }

/// The `quotes_resource_upfront` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct QuotesResourceUpfront {
    /// Total before any discounts or taxes are applied.
    pub amount_subtotal: i64,
    /// Total after discounts and taxes are applied.
    pub amount_total: i64,
    /// The line items that will appear on the next invoice after this quote is accepted. This does not include pending invoice items that exist on the customer but may still be included in the next invoice.
    pub line_items: Option<QuotesResourceUpfrontLineItems>,
    pub total_details: QuotesResourceTotalDetails,
}

runtime::decode! {
    QuotesResourceUpfront {
        amount_subtotal, amount_total, line_items, total_details,
    }
}

/// The line items that will appear on the next invoice after this quote is accepted. This does not include pending invoice items that exist on the customer but may still be included in the next invoice.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotesResourceUpfrontLineItems {
    /// Details about each object.
    pub data: Vec<Item>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { QuotesResourceUpfrontLineItems { data, has_more, object, url } }

impl runtime::Identified for Quote {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for QuoteCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}
