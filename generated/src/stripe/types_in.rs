// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Invoices are statements of amounts owed by a customer, and are either
/// generated one-off, or generated periodically from a subscription.
///
/// They contain [invoice items](https://stripe.com/docs/api#invoiceitems), and proration adjustments
/// that may be caused by subscription upgrades/downgrades (if necessary).
///
/// If your invoice is configured to be billed through automatic charges,
/// Stripe automatically finalizes your invoice and attempts payment. Note
/// that finalizing the invoice,
/// [when automatic](https://stripe.com/docs/billing/invoices/workflow/#auto_advance), does
/// not happen immediately as the invoice is created. Stripe waits
/// until one hour after the last webhook was successfully sent (or the last
/// webhook timed out after failing). If you (and the platforms you may have
/// connected to) have no webhooks configured, Stripe waits one hour after
/// creation to finalize the invoice.
///
/// If your invoice is configured to be billed by sending an email, then based on your
/// [email settings](https://dashboard.stripe.com/account/billing/automatic),
/// Stripe will email the invoice to your customer and await payment. These
/// emails can contain a link to a hosted page to pay the invoice.
///
/// Stripe applies any customer credit on the account before determining the
/// amount due for the invoice (i.e., the amount that will be actually
/// charged). If the amount due for the invoice is less than Stripe's [minimum allowed charge
/// per currency](/docs/currencies#minimum-and-maximum-charge-amounts), the
/// invoice is automatically marked paid, and we add the amount due to the
/// customer's credit balance which is applied to the next invoice.
///
/// More details on the customer's credit balance are
/// [here](https://stripe.com/docs/billing/customer/balance).
///
/// Related guide: [Send Invoices to Customers](https://stripe.com/docs/billing/invoices/sending).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Invoice {
    /// The country of the business associated with this invoice, most often the business creating the invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub account_country: Option<Option<String>>,
    /// The public name of the business associated with this invoice, most often the business creating the invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub account_name: Option<Option<String>>,
    /// The account tax IDs associated with the invoice. Only editable when the invoice is a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub account_tax_ids: Option<
        Option<Vec<runtime::Expandable<InvoiceAccountTaxIdsItem>>>,
    >,
    /// Final amount due at this time for this invoice. If the invoice's total is smaller than the minimum charge amount, for example, or if there is account credit that can be applied to the invoice, the `amount_due` may be 0. If there is a positive `starting_balance` for the invoice (the customer owes money), the `amount_due` will also take that into account. The charge that gets generated for the invoice will be for the amount specified in `amount_due`.
    pub amount_due: i64,
    /// The amount, in %s, that was paid.
    pub amount_paid: i64,
    /// The amount remaining, in %s, that is due.
    pub amount_remaining: i64,
    /// The fee in %s that will be applied to the invoice and transferred to the application owner's Stripe account when the invoice is paid.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub application_fee_amount: Option<Option<i64>>,
    /// Number of payment attempts made for this invoice, from the perspective of the payment retry schedule. Any payment attempt counts as the first attempt, and subsequently only automatic retries increment the attempt count. In other words, manual payment attempts after the first attempt do not affect the retry schedule.
    pub attempt_count: i64,
    /// Whether an attempt has been made to pay the invoice. An invoice is not attempted until 1 hour after the `invoice.created` webhook, for example, so you might not want to display that invoice as unpaid to your users.
    pub attempted: bool,
    /// Controls whether Stripe will perform [automatic collection](https://stripe.com/docs/billing/invoices/workflow/#auto_advance) of the invoice. When `false`, the invoice's state will not automatically advance without an explicit action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_advance: Option<bool>,
    pub automatic_tax: AutomaticTax,
    /// Indicates the reason why the invoice was created. `subscription_cycle` indicates an invoice created by a subscription advancing into a new period. `subscription_create` indicates an invoice created due to creating a subscription. `subscription_update` indicates an invoice created due to updating a subscription. `subscription` is set for all old invoices to indicate either a change to a subscription or a period advancement. `manual` is set for all invoices unrelated to a subscription (for example: created via the invoice editor). The `upcoming` value is reserved for simulated invoices per the upcoming invoice endpoint. `subscription_threshold` indicates an invoice created due to a billing threshold being reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub billing_reason: Option<Option<InvoiceBillingReason>>,
    /// ID of the latest charge generated for this invoice, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub charge: Option<Option<runtime::Expandable<Charge>>>,
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this invoice using the default source attached to the customer. When sending an invoice, Stripe will email this invoice to the customer with payment instructions.
    pub collection_method: InvoiceCollectionMethod,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Custom fields displayed on the invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub custom_fields: Option<Option<Vec<InvoiceSettingCustomField>>>,
    /// The ID of the customer who will be billed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer: Option<Option<runtime::Expandable<InvoiceCustomer>>>,
    /// The customer's address. Until the invoice is finalized, this field will equal `customer.address`. Once the invoice is finalized, this field will no longer be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer_address: Option<Option<Address>>,
    /// The customer's email. Until the invoice is finalized, this field will equal `customer.email`. Once the invoice is finalized, this field will no longer be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer_email: Option<Option<String>>,
    /// The customer's name. Until the invoice is finalized, this field will equal `customer.name`. Once the invoice is finalized, this field will no longer be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer_name: Option<Option<String>>,
    /// The customer's phone number. Until the invoice is finalized, this field will equal `customer.phone`. Once the invoice is finalized, this field will no longer be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer_phone: Option<Option<String>>,
    /// The customer's shipping information. Until the invoice is finalized, this field will equal `customer.shipping`. Once the invoice is finalized, this field will no longer be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer_shipping: Option<Option<Shipping>>,
    /// The customer's tax exempt status. Until the invoice is finalized, this field will equal `customer.tax_exempt`. Once the invoice is finalized, this field will no longer be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer_tax_exempt: Option<Option<InvoiceCustomerTaxExempt>>,
    /// The customer's tax IDs. Until the invoice is finalized, this field will contain the same tax IDs as `customer.tax_ids`. Once the invoice is finalized, this field will no longer be updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer_tax_ids: Option<Option<Vec<InvoicesResourceInvoiceTaxId>>>,
    /// ID of the default payment method for the invoice. It must belong to the customer associated with the invoice. If not set, defaults to the subscription's default payment method, if any, or to the default payment method in the customer's invoice settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub default_payment_method: Option<Option<runtime::Expandable<PaymentMethod>>>,
    /// ID of the default payment source for the invoice. It must belong to the customer associated with the invoice and be in a chargeable state. If not set, defaults to the subscription's default source, if any, or to the customer's default source.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub default_source: Option<Option<runtime::Expandable<InvoiceDefaultSource>>>,
    /// The tax rates applied to this invoice, if any.
    pub default_tax_rates: Vec<TaxRate>,
    /// An arbitrary string attached to the object. Often useful for displaying to users. Referenced as 'memo' in the Dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub description: Option<Option<String>>,
    /// Describes the current discount applied to this invoice, if there is one. Not populated if there are multiple discounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub discount: Option<Option<Discount>>,
    /// The discounts applied to the invoice. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub discounts: Option<Option<Vec<runtime::Expandable<InvoiceDiscountsItem>>>>,
    /// The date on which payment for this invoice is due. This value will be `null` for invoices where `collection_method=charge_automatically`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub due_date: Option<Option<i64>>,
    /// Ending customer balance after the invoice is finalized. Invoices are finalized approximately an hour after successful webhook delivery or when payment collection is attempted for the invoice. If the invoice has not been finalized yet, this will be null.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub ending_balance: Option<Option<i64>>,
    /// Footer displayed on the invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub footer: Option<Option<String>>,
    /// The URL for the hosted invoice page, which allows customers to view and pay an invoice. If the invoice has not been finalized yet, this will be null.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub hosted_invoice_url: Option<Option<String>>,
    /// Unique identifier for the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The link to download the PDF for the invoice. If the invoice has not been finalized yet, this will be null.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub invoice_pdf: Option<Option<String>>,
    /// The error encountered during the previous attempt to finalize the invoice. This field is cleared when the invoice is successfully finalized.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub last_finalization_error: Option<Option<ApiErrors>>,
    /// The individual line items that make up the invoice. `lines` is sorted as follows: invoice items in reverse chronological order, followed by the subscription, if any.
    pub lines: InvoiceLines,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub metadata: Option<Option<std::collections::BTreeMap<String, String>>>,
    /// The time at which payment will next be attempted. This value will be `null` for invoices where `collection_method=send_invoice`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub next_payment_attempt: Option<Option<i64>>,
    /// A unique, identifying string that appears on emails sent to the customer for this invoice. This starts with the customer's unique invoice_prefix if it is specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub number: Option<Option<String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: InvoiceObject,
    /// The account (if any) for which the funds of the invoice payment are intended. If set, the invoice will be presented with the branding and support information of the specified account. See the [Invoices with Connect](https://stripe.com/docs/billing/invoices/connect) documentation for details.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub on_behalf_of: Option<Option<runtime::Expandable<Account>>>,
    /// Whether payment was successfully collected for this invoice. An invoice can be paid (most commonly) with a charge or with credit from the customer's account balance.
    pub paid: bool,
    /// Returns true if the invoice was manually marked paid, returns false if the invoice hasn't been paid yet or was paid on Stripe.
    pub paid_out_of_band: bool,
    /// The PaymentIntent associated with this invoice. The PaymentIntent is generated when the invoice is finalized, and can then be used to pay the invoice. Note that voiding an invoice will cancel the PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub payment_intent: Option<Option<runtime::Expandable<PaymentIntent>>>,
    pub payment_settings: InvoicesPaymentSettings,
    /// End of the usage period during which invoice items were added to this invoice.
    pub period_end: i64,
    /// Start of the usage period during which invoice items were added to this invoice.
    pub period_start: i64,
    /// Total amount of all post-payment credit notes issued for this invoice.
    pub post_payment_credit_notes_amount: i64,
    /// Total amount of all pre-payment credit notes issued for this invoice.
    pub pre_payment_credit_notes_amount: i64,
    /// The quote this invoice was generated from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub quote: Option<Option<runtime::Expandable<Quote>>>,
    /// This is the transaction number that appears on email receipts sent for this invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub receipt_number: Option<Option<String>>,
    /// Starting customer balance before the invoice is finalized. If the invoice has not been finalized yet, this will be the current customer balance.
    pub starting_balance: i64,
    /// Extra information about an invoice for the customer's credit card statement.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub statement_descriptor: Option<Option<String>>,
    /// The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub status: Option<Option<InvoiceStatus>>,
    pub status_transitions: InvoicesStatusTransitions,
    /// The subscription that this invoice was prepared for, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub subscription: Option<Option<runtime::Expandable<Subscription>>>,
    /// Only set for upcoming invoices that preview prorations. The time used to calculate prorations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_proration_date: Option<i64>,
    /// Total of all subscriptions, invoice items, and prorations on the invoice before any invoice level discount or tax is applied. Item discounts are already incorporated
    pub subtotal: i64,
    /// The amount of tax on this invoice. This is the sum of all the tax amounts on this invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub tax: Option<Option<i64>>,
    /// ID of the test clock this invoice belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub test_clock: Option<Option<runtime::Expandable<TestHelpersTestClock>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold_reason: Option<InvoiceThresholdReason>,
    /// Total after discounts and taxes.
    pub total: i64,
    /// The aggregate amounts calculated per discount across all line items.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub total_discount_amounts: Option<Option<Vec<DiscountsResourceDiscountAmount>>>,
    /// The aggregate amounts calculated per tax rate for all line items.
    pub total_tax_amounts: Vec<InvoiceTaxAmount>,
    /// The account (if any) the payment will be attributed to for tax reporting, and where funds from the payment will be transferred to for the invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub transfer_data: Option<Option<InvoiceTransferData>>,
    /// Invoices are automatically paid or sent 1 hour after webhooks are delivered, or until all webhook delivery attempts have [been exhausted](https://stripe.com/docs/billing/webhooks#understand). This field tracks the time when webhooks for this invoice were successfully delivered. If the invoice had no webhooks to deliver, this will be set while the invoice is being created.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub webhooks_delivered_at: Option<Option<i64>>,
}

/// The account tax IDs associated with the invoice. Only editable when the invoice is a draft.
///
/// The object in full, when expanded.
///
/// Decoding tries `TaxId`, `DeletedTaxId` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum InvoiceAccountTaxIdsItem {
    /// A [`TaxId`].
    TaxId(TaxId),
    /// A [`DeletedTaxId`].
    DeletedTaxId(DeletedTaxId),
}

runtime::string_enum! {
    /// Indicates the reason why the invoice was created. `subscription_cycle` indicates an invoice created by a subscription advancing into a new period. `subscription_create` indicates an invoice created due to creating a subscription. `subscription_update` indicates an invoice created due to updating a subscription. `subscription` is set for all old invoices to indicate either a change to a subscription or a period advancement. `manual` is set for all invoices unrelated to a subscription (for example: created via the invoice editor). The `upcoming` value is reserved for simulated invoices per the upcoming invoice endpoint. `subscription_threshold` indicates an invoice created due to a billing threshold being reached.
    pub enum InvoiceBillingReason {
        AutomaticPendingInvoiceItemInvoice = "automatic_pending_invoice_item_invoice",
        Manual = "manual",
        QuoteAccept = "quote_accept",
        Subscription = "subscription",
        SubscriptionCreate = "subscription_create",
        SubscriptionCycle = "subscription_cycle",
        SubscriptionThreshold = "subscription_threshold",
        SubscriptionUpdate = "subscription_update",
        Upcoming = "upcoming",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this invoice using the default source attached to the customer. When sending an invoice, Stripe will email this invoice to the customer with payment instructions.
    pub enum InvoiceCollectionMethod {
        ChargeAutomatically = "charge_automatically",
        SendInvoice = "send_invoice",
        ..Unknown
    }
}

/// The ID of the customer who will be billed.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum InvoiceCustomer {
    /// A [`Customer`].
    Customer(Customer),
    /// A [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// The customer's tax exempt status. Until the invoice is finalized, this field will equal `customer.tax_exempt`. Once the invoice is finalized, this field will no longer be updated.
    pub enum InvoiceCustomerTaxExempt {
        Exempt = "exempt",
        None = "none",
        Reverse = "reverse",
        ..Unknown
    }
}

/// ID of the default payment source for the invoice. It must belong to the customer associated with the invoice and be in a chargeable state. If not set, defaults to the subscription's default source, if any, or to the customer's default source.
///
/// The object in full, when expanded.
///
/// Decoding tries `BitcoinReceiver`, `AlipayAccount`, `Source`, `Card`, `BankAccount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum InvoiceDefaultSource {
    /// A [`BitcoinReceiver`].
    BitcoinReceiver(BitcoinReceiver),
    /// A [`AlipayAccount`].
    AlipayAccount(AlipayAccount),
    /// A [`Source`].
    Source(Source),
    /// A [`Card`].
    Card(Card),
    /// A [`BankAccount`].
    BankAccount(BankAccount),
}

/// The discounts applied to the invoice. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
///
/// The object in full, when expanded.
///
/// Decoding tries `DeletedDiscount`, `Discount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum InvoiceDiscountsItem {
    /// A [`DeletedDiscount`].
    DeletedDiscount(DeletedDiscount),
    /// A [`Discount`].
    Discount(Discount),
}

/// The individual line items that make up the invoice. `lines` is sorted as follows: invoice items in reverse chronological order, followed by the subscription, if any.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLines {
    /// Details about each object.
    pub data: Vec<LineItem>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum InvoiceObject {
        Invoice = "invoice",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
    pub enum InvoiceStatus {
        Deleted = "deleted",
        Draft = "draft",
        Open = "open",
        Paid = "paid",
        Uncollectible = "uncollectible",
        Void = "void",
        ..Unknown
    }
}

/// The `invoice_item_threshold_reason` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceItemThresholdReason {
    /// The IDs of the line items that triggered the threshold invoice.
    pub line_item_ids: Vec<String>,
    /// The quantity threshold boundary that applied to the given line item.
    pub usage_gte: i64,
}

/// The `invoice_line_item_period` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLineItemPeriod {
    /// The end of the period, which must be greater than or equal to the start.
    pub end: i64,
    /// The start of the period.
    pub start: i64,
}

/// The `invoice_mandate_options_card` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceMandateOptionsCard {
    /// Amount to be charged for future payments.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub amount: Option<Option<i64>>,
    /// One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub amount_type: Option<Option<InvoiceMandateOptionsCardAmountType>>,
    /// A description of the mandate or subscription that is meant to be displayed to the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub description: Option<Option<String>>,
}

runtime::string_enum! {
    /// One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param.
    pub enum InvoiceMandateOptionsCardAmountType {
        Fixed = "fixed",
        Maximum = "maximum",
        ..Unknown
    }
}

/// The `invoice_payment_method_options_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct InvoicePaymentMethodOptionsAcssDebit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<InvoicePaymentMethodOptionsAcssDebitMandateOptions>,
    /// Bank account verification method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PaymentMethodOptionsClientVerificationMethod>,
}

/// The `invoice_payment_method_options_acss_debit_mandate_options` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaymentMethodOptionsAcssDebitMandateOptions {
    /// Transaction type of the mandate.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub transaction_type: Option<Option<MandateAcssDebitTransactionType>>,
}

/// The `invoice_payment_method_options_bancontact` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaymentMethodOptionsBancontact {
    /// Preferred language of the Bancontact authorization page that the customer is redirected to.
    pub preferred_language: InvoiceMethodOptionsBancontactPreferredLanguage,
}

runtime::string_enum! {
    /// Preferred language of the Bancontact authorization page that the customer is redirected to.
    pub enum InvoiceMethodOptionsBancontactPreferredLanguage {
        De = "de",
        En = "en",
        Fr = "fr",
        Nl = "nl",
        ..Unknown
    }
}

/// The `invoice_payment_method_options_card` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaymentMethodOptionsCard {
    /// We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub request_three_d_secure: Option<
        Option<SubscriptionMethodOptionsCardRequestThreeDSecure>,
    >,
}

/// The `invoice_payment_method_options_customer_balance` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct InvoicePaymentMethodOptionsCustomerBalance {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank_transfer: Option<InvoicePaymentMethodOptionsCustomerBalanceBankTransfer>,
    /// The funding method type to be used when there are not enough funds in the customer balance. Permitted values include: `bank_transfer`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub funding_type: Option<Option<InvoiceMethodOptionsCustomerBalanceFundingType>>,
}

runtime::string_enum! {
    /// The funding method type to be used when there are not enough funds in the customer balance. Permitted values include: `bank_transfer`.
    pub enum InvoiceMethodOptionsCustomerBalanceFundingType {
        BankTransfer = "bank_transfer",
        ..Unknown
    }
}

/// The `invoice_payment_method_options_customer_balance_bank_transfer` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaymentMethodOptionsCustomerBalanceBankTransfer {
    /// The bank transfer type that can be used for funding. Permitted values include: `us_bank_account`, `eu_bank_account`, `id_bank_account`, `gb_bank_account`, `jp_bank_account`, `mx_bank_account`, `eu_bank_transfer`, `gb_bank_transfer`, `id_bank_transfer`, `jp_bank_transfer`, `mx_bank_transfer`, or `us_bank_transfer`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub r#type: Option<Option<String>>,
}

/// Same as [`MandateMultiUse`].
pub type InvoicePaymentMethodOptionsKonbini = MandateMultiUse;

/// The `invoice_payment_method_options_us_bank_account` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaymentMethodOptionsUsBankAccount {
    /// Bank account verification method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PaymentMethodOptionsClientVerificationMethod>,
}

/// The `invoice_setting_custom_field` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceSettingCustomField {
    /// The name of the custom field.
    pub name: String,
    /// The value of the custom field.
    pub value: String,
}

/// The `invoice_setting_customer_setting` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceSettingCustomerSetting {
    /// Default custom fields to be displayed on invoices for this customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub custom_fields: Option<Option<Vec<InvoiceSettingCustomField>>>,
    /// ID of a payment method that's attached to the customer, to be used as the customer's default payment method for subscriptions and invoices.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub default_payment_method: Option<Option<runtime::Expandable<PaymentMethod>>>,
    /// Default footer to be displayed on invoices for this customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub footer: Option<Option<String>>,
}

/// The `invoice_setting_quote_setting` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceSettingQuoteSetting {
    /// Number of days within which a customer must pay invoices generated by this quote. This value will be `null` for quotes where `collection_method=charge_automatically`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub days_until_due: Option<Option<i64>>,
}

/// The `invoice_setting_subscription_schedule_setting` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceSettingSubscriptionScheduleSetting {
    /// Number of days within which a customer must pay invoices generated by this subscription schedule. This value will be `null` for subscription schedules where `billing=charge_automatically`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub days_until_due: Option<Option<i64>>,
}

/// The `invoice_tax_amount` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceTaxAmount {
    /// The amount, in %s, of the tax.
    pub amount: i64,
    /// Whether this tax amount is inclusive or exclusive.
    pub inclusive: bool,
    /// The tax rate that was applied to get this tax amount.
    pub tax_rate: runtime::Expandable<TaxRate>,
}

/// The `invoice_threshold_reason` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceThresholdReason {
    /// The total invoice amount threshold boundary if it triggered the threshold invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub amount_gte: Option<Option<i64>>,
    /// Indicates which line items triggered a threshold invoice.
    pub item_reasons: Vec<InvoiceItemThresholdReason>,
}

/// The `invoice_transfer_data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceTransferData {
    /// The amount in %s that will be transferred to the destination account when the invoice is paid. By default, the entire amount is transferred to the destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub amount: Option<Option<i64>>,
    /// The account where funds from the payment will be transferred to upon payment success.
    pub destination: runtime::Expandable<Account>,
}

/// The `invoices_line_items_credited_items` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicesLineItemsCreditedItems {
    /// Invoice containing the credited invoice line items
    pub invoice: String,
    /// Credited invoice line items
    pub invoice_line_items: Vec<String>,
}

/// The `invoices_line_items_proration_details` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoicesLineItemsProrationDetails {
    /// For a credit proration `line_item`, the original debit line_items to which the credit proration applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub credited_items: Option<Option<InvoicesLineItemsCreditedItems>>,
}

/// The `invoices_payment_method_options` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoicesPaymentMethodOptions {
    /// If paying by `acss_debit`, this sub-hash contains details about the Canadian pre-authorized debit payment method options to pass to the invoice’s PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub acss_debit: Option<Option<InvoicePaymentMethodOptionsAcssDebit>>,
    /// If paying by `bancontact`, this sub-hash contains details about the Bancontact payment method options to pass to the invoice’s PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub bancontact: Option<Option<InvoicePaymentMethodOptionsBancontact>>,
    /// If paying by `card`, this sub-hash contains details about the Card payment method options to pass to the invoice’s PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub card: Option<Option<InvoicePaymentMethodOptionsCard>>,
    /// If paying by `customer_balance`, this sub-hash contains details about the Bank transfer payment method options to pass to the invoice’s PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub customer_balance: Option<Option<InvoicePaymentMethodOptionsCustomerBalance>>,
    /// If paying by `konbini`, this sub-hash contains details about the Konbini payment method options to pass to the invoice’s PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub konbini: Option<Option<MandateMultiUse>>,
    /// If paying by `us_bank_account`, this sub-hash contains details about the ACH direct debit payment method options to pass to the invoice’s PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub us_bank_account: Option<Option<InvoicePaymentMethodOptionsUsBankAccount>>,
}

/// The `invoices_payment_settings` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoicesPaymentSettings {
    /// Payment-method-specific configuration to provide to the invoice’s PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub payment_method_options: Option<Option<InvoicesPaymentMethodOptions>>,
    /// The list of payment method types (e.g. card) to provide to the invoice’s PaymentIntent. If not set, Stripe attempts to automatically determine the types to use by looking at the invoice’s default payment method, the subscription’s default payment method, the customer’s default payment method, and your [invoice template settings](https://dashboard.stripe.com/settings/billing/invoice).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub payment_method_types: Option<
        Option<Vec<InvoicesPaymentSettingsPaymentMethodTypesItem>>,
    >,
}

runtime::string_enum! {
    /// The list of payment method types (e.g. card) to provide to the invoice’s PaymentIntent. If not set, Stripe attempts to automatically determine the types to use by looking at the invoice’s default payment method, the subscription’s default payment method, the customer’s default payment method, and your [invoice template settings](https://dashboard.stripe.com/settings/billing/invoice).
    pub enum InvoicesPaymentSettingsPaymentMethodTypesItem {
        AchCreditTransfer = "ach_credit_transfer",
        AchDebit = "ach_debit",
        AcssDebit = "acss_debit",
        AuBecsDebit = "au_becs_debit",
        BacsDebit = "bacs_debit",
        Bancontact = "bancontact",
        Boleto = "boleto",
        Card = "card",
        CustomerBalance = "customer_balance",
        Fpx = "fpx",
        Giropay = "giropay",
        Grabpay = "grabpay",
        Ideal = "ideal",
        Konbini = "konbini",
        Paynow = "paynow",
        SepaDebit = "sepa_debit",
        Sofort = "sofort",
        UsBankAccount = "us_bank_account",
        WechatPay = "wechat_pay",
        ..Unknown
    }
}

/// The `invoices_resource_invoice_tax_id` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicesResourceInvoiceTaxId {
    /// The type of the tax ID, one of `eu_vat`, `br_cnpj`, `br_cpf`, `gb_vat`, `nz_gst`, `au_abn`, `au_arn`, `in_gst`, `no_vat`, `za_vat`, `ch_vat`, `mx_rfc`, `sg_uen`, `ru_inn`, `ru_kpp`, `ca_bn`, `hk_br`, `es_cif`, `tw_vat`, `th_vat`, `jp_cn`, `jp_rn`, `li_uid`, `my_itn`, `us_ein`, `kr_brn`, `ca_qst`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`, `my_sst`, `sg_gst`, `ae_trn`, `cl_tin`, `sa_vat`, `id_npwp`, `my_frp`, `il_vat`, `ge_vat`, `ua_vat`, `is_vat`, `bg_uic`, `hu_tin`, `si_tin`, or `unknown`
    pub r#type: InvoicesResourceInvoiceTaxIdType,
    /// The value of the tax ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub value: Option<Option<String>>,
}

runtime::string_enum! {
    /// The type of the tax ID, one of `eu_vat`, `br_cnpj`, `br_cpf`, `gb_vat`, `nz_gst`, `au_abn`, `au_arn`, `in_gst`, `no_vat`, `za_vat`, `ch_vat`, `mx_rfc`, `sg_uen`, `ru_inn`, `ru_kpp`, `ca_bn`, `hk_br`, `es_cif`, `tw_vat`, `th_vat`, `jp_cn`, `jp_rn`, `li_uid`, `my_itn`, `us_ein`, `kr_brn`, `ca_qst`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`, `my_sst`, `sg_gst`, `ae_trn`, `cl_tin`, `sa_vat`, `id_npwp`, `my_frp`, `il_vat`, `ge_vat`, `ua_vat`, `is_vat`, `bg_uic`, `hu_tin`, `si_tin`, or `unknown`
    pub enum InvoicesResourceInvoiceTaxIdType {
        AeTrn = "ae_trn",
        AuAbn = "au_abn",
        AuArn = "au_arn",
        BgUic = "bg_uic",
        BrCnpj = "br_cnpj",
        BrCpf = "br_cpf",
        CaBn = "ca_bn",
        CaGstHst = "ca_gst_hst",
        CaPstBc = "ca_pst_bc",
        CaPstMb = "ca_pst_mb",
        CaPstSk = "ca_pst_sk",
        CaQst = "ca_qst",
        ChVat = "ch_vat",
        ClTin = "cl_tin",
        EsCif = "es_cif",
        EuVat = "eu_vat",
        GbVat = "gb_vat",
        GeVat = "ge_vat",
        HkBr = "hk_br",
        HuTin = "hu_tin",
        IdNpwp = "id_npwp",
        IlVat = "il_vat",
        InGst = "in_gst",
        IsVat = "is_vat",
        JpCn = "jp_cn",
        JpRn = "jp_rn",
        KrBrn = "kr_brn",
        LiUid = "li_uid",
        MxRfc = "mx_rfc",
        MyFrp = "my_frp",
        MyItn = "my_itn",
        MySst = "my_sst",
        NoVat = "no_vat",
        NzGst = "nz_gst",
        RuInn = "ru_inn",
        RuKpp = "ru_kpp",
        SaVat = "sa_vat",
        SgGst = "sg_gst",
        SgUen = "sg_uen",
        SiTin = "si_tin",
        ThVat = "th_vat",
        TwVat = "tw_vat",
        UaVat = "ua_vat",
        Unknown = "unknown",
        UsEin = "us_ein",
        ZaVat = "za_vat",
        ..Unknown2
    }
}

/// The `invoices_status_transitions` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoicesStatusTransitions {
    /// The time that the invoice draft was finalized.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub finalized_at: Option<Option<i64>>,
    /// The time that the invoice was marked uncollectible.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub marked_uncollectible_at: Option<Option<i64>>,
    /// The time that the invoice was paid.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub paid_at: Option<Option<i64>>,
    /// The time that the invoice was voided.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub voided_at: Option<Option<i64>>,
}

impl runtime::Identified for InvoiceAccountTaxIdsItem {
    fn id(&self) -> &str {
        match self {
            Self::TaxId(value) => runtime::Identified::id(value),
            Self::DeletedTaxId(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for InvoiceCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for InvoiceDefaultSource {
    fn id(&self) -> &str {
        match self {
            Self::BitcoinReceiver(value) => runtime::Identified::id(value),
            Self::AlipayAccount(value) => runtime::Identified::id(value),
            Self::Source(value) => runtime::Identified::id(value),
            Self::Card(value) => runtime::Identified::id(value),
            Self::BankAccount(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for InvoiceDiscountsItem {
    fn id(&self) -> &str {
        match self {
            Self::DeletedDiscount(value) => runtime::Identified::id(value),
            Self::Discount(value) => runtime::Identified::id(value),
        }
    }
}
