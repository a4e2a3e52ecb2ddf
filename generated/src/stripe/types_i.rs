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
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Invoice {
    /// The country of the business associated with this invoice, most often the business creating the invoice.
    pub account_country: Option<String>,
    /// The public name of the business associated with this invoice, most often the business creating the invoice.
    pub account_name: Option<String>,
    /// The account tax IDs associated with the invoice. Only editable when the invoice is a draft.
    pub account_tax_ids: Option<Vec<runtime::Expandable<InvoiceAccountTaxIdsItem>>>,
    /// Final amount due at this time for this invoice. If the invoice's total is smaller than the minimum charge amount, for example, or if there is account credit that can be applied to the invoice, the `amount_due` may be 0. If there is a positive `starting_balance` for the invoice (the customer owes money), the `amount_due` will also take that into account. The charge that gets generated for the invoice will be for the amount specified in `amount_due`.
    pub amount_due: i64,
    /// The amount, in %s, that was paid.
    pub amount_paid: i64,
    /// The amount remaining, in %s, that is due.
    pub amount_remaining: i64,
    /// The fee in %s that will be applied to the invoice and transferred to the application owner's Stripe account when the invoice is paid.
    pub application_fee_amount: Option<i64>,
    /// Number of payment attempts made for this invoice, from the perspective of the payment retry schedule. Any payment attempt counts as the first attempt, and subsequently only automatic retries increment the attempt count. In other words, manual payment attempts after the first attempt do not affect the retry schedule.
    pub attempt_count: i64,
    /// Whether an attempt has been made to pay the invoice. An invoice is not attempted until 1 hour after the `invoice.created` webhook, for example, so you might not want to display that invoice as unpaid to your users.
    pub attempted: bool,
    /// Controls whether Stripe will perform [automatic collection](https://stripe.com/docs/billing/invoices/workflow/#auto_advance) of the invoice. When `false`, the invoice's state will not automatically advance without an explicit action.
    pub auto_advance: Option<bool>,
    pub automatic_tax: AutomaticTax,
    /// Indicates the reason why the invoice was created. `subscription_cycle` indicates an invoice created by a subscription advancing into a new period. `subscription_create` indicates an invoice created due to creating a subscription. `subscription_update` indicates an invoice created due to updating a subscription. `subscription` is set for all old invoices to indicate either a change to a subscription or a period advancement. `manual` is set for all invoices unrelated to a subscription (for example: created via the invoice editor). The `upcoming` value is reserved for simulated invoices per the upcoming invoice endpoint. `subscription_threshold` indicates an invoice created due to a billing threshold being reached.
    pub billing_reason: Option<InvoiceBillingReason>,
    /// ID of the latest charge generated for this invoice, if any.
    pub charge: Option<runtime::Expandable<Charge>>,
    /// Either `charge_automatically`, or `send_invoice`. When charging automatically, Stripe will attempt to pay this invoice using the default source attached to the customer. When sending an invoice, Stripe will email this invoice to the customer with payment instructions.
    pub collection_method: InvoiceCollectionMethod,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Custom fields displayed on the invoice.
    pub custom_fields: Option<Vec<InvoiceSettingCustomField>>,
    /// The ID of the customer who will be billed.
    pub customer: Option<runtime::Expandable<InvoiceCustomer>>,
    /// The customer's address. Until the invoice is finalized, this field will equal `customer.address`. Once the invoice is finalized, this field will no longer be updated.
    pub customer_address: Option<Address>,
    /// The customer's email. Until the invoice is finalized, this field will equal `customer.email`. Once the invoice is finalized, this field will no longer be updated.
    pub customer_email: Option<String>,
    /// The customer's name. Until the invoice is finalized, this field will equal `customer.name`. Once the invoice is finalized, this field will no longer be updated.
    pub customer_name: Option<String>,
    /// The customer's phone number. Until the invoice is finalized, this field will equal `customer.phone`. Once the invoice is finalized, this field will no longer be updated.
    pub customer_phone: Option<String>,
    /// The customer's shipping information. Until the invoice is finalized, this field will equal `customer.shipping`. Once the invoice is finalized, this field will no longer be updated.
    pub customer_shipping: Option<Shipping>,
    /// The customer's tax exempt status. Until the invoice is finalized, this field will equal `customer.tax_exempt`. Once the invoice is finalized, this field will no longer be updated.
    pub customer_tax_exempt: Option<InvoiceCustomerTaxExempt>,
    /// The customer's tax IDs. Until the invoice is finalized, this field will contain the same tax IDs as `customer.tax_ids`. Once the invoice is finalized, this field will no longer be updated.
    pub customer_tax_ids: Option<Vec<InvoicesResourceInvoiceTaxId>>,
    /// ID of the default payment method for the invoice. It must belong to the customer associated with the invoice. If not set, defaults to the subscription's default payment method, if any, or to the default payment method in the customer's invoice settings.
    pub default_payment_method: Option<runtime::Expandable<PaymentMethod>>,
    /// ID of the default payment source for the invoice. It must belong to the customer associated with the invoice and be in a chargeable state. If not set, defaults to the subscription's default source, if any, or to the customer's default source.
    pub default_source: Option<runtime::Expandable<InvoiceDefaultSource>>,
    /// The tax rates applied to this invoice, if any.
    pub default_tax_rates: Vec<TaxRate>,
    /// An arbitrary string attached to the object. Often useful for displaying to users. Referenced as 'memo' in the Dashboard.
    pub description: Option<String>,
    /// Describes the current discount applied to this invoice, if there is one. Not populated if there are multiple discounts.
    pub discount: Option<Discount>,
    /// The discounts applied to the invoice. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
    pub discounts: Option<Vec<runtime::Expandable<InvoiceDiscountsItem>>>,
    /// The date on which payment for this invoice is due. This value will be `null` for invoices where `collection_method=charge_automatically`.
    pub due_date: Option<i64>,
    /// Ending customer balance after the invoice is finalized. Invoices are finalized approximately an hour after successful webhook delivery or when payment collection is attempted for the invoice. If the invoice has not been finalized yet, this will be null.
    pub ending_balance: Option<i64>,
    /// Footer displayed on the invoice.
    pub footer: Option<String>,
    /// The URL for the hosted invoice page, which allows customers to view and pay an invoice. If the invoice has not been finalized yet, this will be null.
    pub hosted_invoice_url: Option<String>,
    /// Unique identifier for the object.
    pub id: Option<String>,
    /// The link to download the PDF for the invoice. If the invoice has not been finalized yet, this will be null.
    pub invoice_pdf: Option<String>,
    /// The error encountered during the previous attempt to finalize the invoice. This field is cleared when the invoice is successfully finalized.
    pub last_finalization_error: Option<ApiErrors>,
    /// The individual line items that make up the invoice. `lines` is sorted as follows: invoice items in reverse chronological order, followed by the subscription, if any.
    pub lines: InvoiceLines,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The time at which payment will next be attempted. This value will be `null` for invoices where `collection_method=send_invoice`.
    pub next_payment_attempt: Option<i64>,
    /// A unique, identifying string that appears on emails sent to the customer for this invoice. This starts with the customer's unique invoice_prefix if it is specified.
    pub number: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: InvoiceObject,
    /// The account (if any) for which the funds of the invoice payment are intended. If set, the invoice will be presented with the branding and support information of the specified account. See the [Invoices with Connect](https://stripe.com/docs/billing/invoices/connect) documentation for details.
    pub on_behalf_of: Option<runtime::Expandable<Account>>,
    /// Whether payment was successfully collected for this invoice. An invoice can be paid (most commonly) with a charge or with credit from the customer's account balance.
    pub paid: bool,
    /// Returns true if the invoice was manually marked paid, returns false if the invoice hasn't been paid yet or was paid on Stripe.
    pub paid_out_of_band: bool,
    /// The PaymentIntent associated with this invoice. The PaymentIntent is generated when the invoice is finalized, and can then be used to pay the invoice. Note that voiding an invoice will cancel the PaymentIntent.
    pub payment_intent: Option<runtime::Expandable<PaymentIntent>>,
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
    pub quote: Option<runtime::Expandable<Quote>>,
    /// This is the transaction number that appears on email receipts sent for this invoice.
    pub receipt_number: Option<String>,
    /// Starting customer balance before the invoice is finalized. If the invoice has not been finalized yet, this will be the current customer balance.
    pub starting_balance: i64,
    /// Extra information about an invoice for the customer's credit card statement.
    pub statement_descriptor: Option<String>,
    /// The status of the invoice, one of `draft`, `open`, `paid`, `uncollectible`, or `void`. [Learn more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
    pub status: Option<InvoiceStatus>,
    pub status_transitions: InvoicesStatusTransitions,
    /// The subscription that this invoice was prepared for, if any.
    pub subscription: Option<runtime::Expandable<Subscription>>,
    /// Only set for upcoming invoices that preview prorations. The time used to calculate prorations.
    pub subscription_proration_date: Option<i64>,
    /// Total of all subscriptions, invoice items, and prorations on the invoice before any invoice level discount or tax is applied. Item discounts are already incorporated
    pub subtotal: i64,
    /// The amount of tax on this invoice. This is the sum of all the tax amounts on this invoice.
    pub tax: Option<i64>,
    /// ID of the test clock this invoice belongs to.
    pub test_clock: Option<runtime::Expandable<TestHelpersTestClock>>,
    pub threshold_reason: Option<InvoiceThresholdReason>,
    /// Total after discounts and taxes.
    pub total: i64,
    /// The aggregate amounts calculated per discount across all line items.
    pub total_discount_amounts: Option<Vec<DiscountsResourceDiscountAmount>>,
    /// The aggregate amounts calculated per tax rate for all line items.
    pub total_tax_amounts: Vec<InvoiceTaxAmount>,
    /// The account (if any) the payment will be attributed to for tax reporting, and where funds from the payment will be transferred to for the invoice.
    pub transfer_data: Option<InvoiceTransferData>,
    /// Invoices are automatically paid or sent 1 hour after webhooks are delivered, or until all webhook delivery attempts have [been exhausted](https://stripe.com/docs/billing/webhooks#understand). This field tracks the time when webhooks for this invoice were successfully delivered. If the invoice had no webhooks to deliver, this will be set while the invoice is being created.
    pub webhooks_delivered_at: Option<i64>,
}

runtime::decode! {
    Invoice {
        account_country, account_name, account_tax_ids, amount_due, amount_paid, amount_remaining,
        application_fee_amount, attempt_count, attempted, auto_advance, automatic_tax,
        billing_reason, charge, collection_method, created, currency, custom_fields, customer,
        customer_address, customer_email, customer_name, customer_phone, customer_shipping,
        customer_tax_exempt, customer_tax_ids, default_payment_method, default_source,
        default_tax_rates, description, discount, discounts, due_date, ending_balance, footer,
        hosted_invoice_url, id, invoice_pdf, last_finalization_error, lines, livemode, metadata,
        next_payment_attempt, number, object, on_behalf_of, paid, paid_out_of_band, payment_intent,
        payment_settings, period_end, period_start, post_payment_credit_notes_amount,
        pre_payment_credit_notes_amount, quote, receipt_number, starting_balance,
        statement_descriptor, status, status_transitions, subscription, subscription_proration_date,
        subtotal, tax, test_clock, threshold_reason, total, total_discount_amounts,
        total_tax_amounts, transfer_data, webhooks_delivered_at,
    }
}

/// The account tax IDs associated with the invoice. Only editable when the invoice is a draft.
///
/// The object in full, when expanded.
///
/// Decoding tries `TaxId`, `DeletedTaxId` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum InvoiceAccountTaxIdsItem {
    /// The value is of type [`TaxId`].
    TaxId(TaxId),
    /// The value is of type [`DeletedTaxId`].
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
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum InvoiceCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
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
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum InvoiceDefaultSource {
    /// The value is of type [`BitcoinReceiver`].
    BitcoinReceiver(BitcoinReceiver),
    /// The value is of type [`AlipayAccount`].
    AlipayAccount(AlipayAccount),
    /// The value is of type [`Source`].
    Source(Source),
    /// The value is of type [`Card`].
    Card(Card),
    /// The value is of type [`BankAccount`].
    BankAccount(BankAccount),
}

/// The discounts applied to the invoice. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
///
/// The object in full, when expanded.
///
/// Decoding tries `DeletedDiscount`, `Discount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum InvoiceDiscountsItem {
    /// The value is of type [`DeletedDiscount`].
    DeletedDiscount(DeletedDiscount),
    /// The value is of type [`Discount`].
    Discount(Discount),
}

/// The individual line items that make up the invoice. `lines` is sorted as follows: invoice items in reverse chronological order, followed by the subscription, if any.
#[derive(Debug, Clone, PartialEq)]
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

runtime::decode! { InvoiceLines { data, has_more, object, url } }

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
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceItemThresholdReason {
    /// The IDs of the line items that triggered the threshold invoice.
    pub line_item_ids: Vec<String>,
    /// The quantity threshold boundary that applied to the given line item.
    pub usage_gte: i64,
}

runtime::decode! { InvoiceItemThresholdReason { line_item_ids, usage_gte } }

/// The `invoice_line_item_period` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceLineItemPeriod {
    /// The end of the period, which must be greater than or equal to the start.
    pub end: i64,
    /// The start of the period.
    pub start: i64,
}

runtime::decode! { InvoiceLineItemPeriod { end, start } }

/// The `invoice_mandate_options_card` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceMandateOptionsCard {
    /// Amount to be charged for future payments.
    pub amount: Option<i64>,
    /// One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param.
    pub amount_type: Option<InvoiceMandateOptionsCardAmountType>,
    /// A description of the mandate or subscription that is meant to be displayed to the customer.
    pub description: Option<String>,
}

runtime::decode! { InvoiceMandateOptionsCard { amount, amount_type, description } }

runtime::string_enum! {
    /// One of `fixed` or `maximum`. If `fixed`, the `amount` param refers to the exact amount to be charged in future payments. If `maximum`, the amount charged can be up to the value passed for the `amount` param.
    pub enum InvoiceMandateOptionsCardAmountType {
        Fixed = "fixed",
        Maximum = "maximum",
        ..Unknown
    }
}

/// The `invoice_payment_method_options_acss_debit` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct InvoicePaymentMethodOptionsAcssDebit {
    pub mandate_options: Option<InvoicePaymentMethodOptionsAcssDebitMandateOptions>,
    /// Bank account verification method.
    pub verification_method: Option<PaymentMethodOptionsClientVerificationMethod>,
}

runtime::decode! { InvoicePaymentMethodOptionsAcssDebit { mandate_options, verification_method } }

/// The `invoice_payment_method_options_acss_debit_mandate_options` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoicePaymentMethodOptionsAcssDebitMandateOptions {
    /// Transaction type of the mandate.
    pub transaction_type: Option<MandateAcssDebitTransactionType>,
}

runtime::decode! { InvoicePaymentMethodOptionsAcssDebitMandateOptions { transaction_type } }

/// The `invoice_payment_method_options_bancontact` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoicePaymentMethodOptionsBancontact {
    /// Preferred language of the Bancontact authorization page that the customer is redirected to.
    pub preferred_language: InvoiceMethodOptionsBancontactPreferredLanguage,
}

runtime::decode! { InvoicePaymentMethodOptionsBancontact { preferred_language } }

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoicePaymentMethodOptionsCard {
    /// We strongly recommend that you rely on our SCA Engine to automatically prompt your customers for authentication based on risk level and [other requirements](https://stripe.com/docs/strong-customer-authentication). However, if you wish to request 3D Secure based on logic from your own fraud engine, provide this option. Read our guide on [manually requesting 3D Secure](https://stripe.com/docs/payments/3d-secure#manual-three-ds) for more information on how this configuration interacts with Radar and our SCA Engine.
    pub request_three_d_secure: Option<SubscriptionMethodOptionsCardRequestThreeDSecure>,
}

runtime::decode! { InvoicePaymentMethodOptionsCard { request_three_d_secure } }

/// The `invoice_payment_method_options_customer_balance` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct InvoicePaymentMethodOptionsCustomerBalance {
    pub bank_transfer: Option<InvoicePaymentMethodOptionsCustomerBalanceBankTransfer>,
    /// The funding method type to be used when there are not enough funds in the customer balance. Permitted values include: `bank_transfer`.
    pub funding_type: Option<InvoiceMethodOptionsCustomerBalanceFundingType>,
}

runtime::decode! { InvoicePaymentMethodOptionsCustomerBalance { bank_transfer, funding_type } }

runtime::string_enum! {
    /// The funding method type to be used when there are not enough funds in the customer balance. Permitted values include: `bank_transfer`.
    pub enum InvoiceMethodOptionsCustomerBalanceFundingType {
        BankTransfer = "bank_transfer",
        ..Unknown
    }
}

/// The `invoice_payment_method_options_customer_balance_bank_transfer` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoicePaymentMethodOptionsCustomerBalanceBankTransfer {
    /// The bank transfer type that can be used for funding. Permitted values include: `us_bank_account`, `eu_bank_account`, `id_bank_account`, `gb_bank_account`, `jp_bank_account`, `mx_bank_account`, `eu_bank_transfer`, `gb_bank_transfer`, `id_bank_transfer`, `jp_bank_transfer`, `mx_bank_transfer`, or `us_bank_transfer`.
    pub r#type: Option<String>,
}

runtime::decode! { InvoicePaymentMethodOptionsCustomerBalanceBankTransfer { r#type = "type" } }

/// Same as [`MandateMultiUse`].
pub type InvoicePaymentMethodOptionsKonbini = MandateMultiUse;

/// The `invoice_payment_method_options_us_bank_account` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoicePaymentMethodOptionsUsBankAccount {
    /// Bank account verification method.
    pub verification_method: Option<PaymentMethodOptionsClientVerificationMethod>,
}

runtime::decode! { InvoicePaymentMethodOptionsUsBankAccount { verification_method } }

/// The `invoice_setting_custom_field` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceSettingCustomField {
    /// The name of the custom field.
    pub name: String,
    /// The value of the custom field.
    pub value: String,
}

runtime::decode! { InvoiceSettingCustomField { name, value } }

/// The `invoice_setting_customer_setting` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceSettingCustomerSetting {
    /// Default custom fields to be displayed on invoices for this customer.
    pub custom_fields: Option<Vec<InvoiceSettingCustomField>>,
    /// ID of a payment method that's attached to the customer, to be used as the customer's default payment method for subscriptions and invoices.
    pub default_payment_method: Option<runtime::Expandable<PaymentMethod>>,
    /// Default footer to be displayed on invoices for this customer.
    pub footer: Option<String>,
}

runtime::decode! { InvoiceSettingCustomerSetting { custom_fields, default_payment_method, footer } }

/// The `invoice_setting_quote_setting` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceSettingQuoteSetting {
    /// Number of days within which a customer must pay invoices generated by this quote. This value will be `null` for quotes where `collection_method=charge_automatically`.
    pub days_until_due: Option<i64>,
}

runtime::decode! { InvoiceSettingQuoteSetting { days_until_due } }

/// The `invoice_setting_subscription_schedule_setting` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoiceSettingSubscriptionScheduleSetting {
    /// Number of days within which a customer must pay invoices generated by this subscription schedule. This value will be `null` for subscription schedules where `billing=charge_automatically`.
    pub days_until_due: Option<i64>,
}

runtime::decode! { InvoiceSettingSubscriptionScheduleSetting { days_until_due } }

/// The `invoice_tax_amount` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceTaxAmount {
    /// The amount, in %s, of the tax.
    pub amount: i64,
    /// Whether this tax amount is inclusive or exclusive.
    pub inclusive: bool,
    /// The tax rate that was applied to get this tax amount.
    pub tax_rate: runtime::Expandable<TaxRate>,
}

runtime::decode! { InvoiceTaxAmount { amount, inclusive, tax_rate } }

/// The `invoice_threshold_reason` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceThresholdReason {
    /// The total invoice amount threshold boundary if it triggered the threshold invoice.
    pub amount_gte: Option<i64>,
    /// Indicates which line items triggered a threshold invoice.
    pub item_reasons: Vec<InvoiceItemThresholdReason>,
}

runtime::decode! { InvoiceThresholdReason { amount_gte, item_reasons } }

/// The `invoice_transfer_data` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceTransferData {
    /// The amount in %s that will be transferred to the destination account when the invoice is paid. By default, the entire amount is transferred to the destination.
    pub amount: Option<i64>,
    /// The account where funds from the payment will be transferred to upon payment success.
    pub destination: runtime::Expandable<Account>,
}

runtime::decode! { InvoiceTransferData { amount, destination } }

/// The `invoices_line_items_credited_items` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoicesLineItemsCreditedItems {
    /// Invoice containing the credited invoice line items
    pub invoice: String,
    /// Credited invoice line items
    pub invoice_line_items: Vec<String>,
}

runtime::decode! { InvoicesLineItemsCreditedItems { invoice, invoice_line_items } }

/// The `invoices_line_items_proration_details` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoicesLineItemsProrationDetails {
    /// For a credit proration `line_item`, the original debit line_items to which the credit proration applies.
    pub credited_items: Option<InvoicesLineItemsCreditedItems>,
}

runtime::decode! { InvoicesLineItemsProrationDetails { credited_items } }

/// The `invoices_payment_method_options` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoicesPaymentMethodOptions {
    /// If paying by `acss_debit`, this sub-hash contains details about the Canadian pre-authorized debit payment method options to pass to the invoice’s PaymentIntent.
    pub acss_debit: Option<InvoicePaymentMethodOptionsAcssDebit>,
    /// If paying by `bancontact`, this sub-hash contains details about the Bancontact payment method options to pass to the invoice’s PaymentIntent.
    pub bancontact: Option<InvoicePaymentMethodOptionsBancontact>,
    /// If paying by `card`, this sub-hash contains details about the Card payment method options to pass to the invoice’s PaymentIntent.
    pub card: Option<InvoicePaymentMethodOptionsCard>,
    /// If paying by `customer_balance`, this sub-hash contains details about the Bank transfer payment method options to pass to the invoice’s PaymentIntent.
    pub customer_balance: Option<InvoicePaymentMethodOptionsCustomerBalance>,
    /// If paying by `konbini`, this sub-hash contains details about the Konbini payment method options to pass to the invoice’s PaymentIntent.
    pub konbini: Option<MandateMultiUse>,
    /// If paying by `us_bank_account`, this sub-hash contains details about the ACH direct debit payment method options to pass to the invoice’s PaymentIntent.
    pub us_bank_account: Option<InvoicePaymentMethodOptionsUsBankAccount>,
}

runtime::decode! {
    InvoicesPaymentMethodOptions {
        acss_debit, bancontact, card, customer_balance, konbini, us_bank_account,
    }
}

/// The `invoices_payment_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoicesPaymentSettings {
    /// Payment-method-specific configuration to provide to the invoice’s PaymentIntent.
    pub payment_method_options: Option<InvoicesPaymentMethodOptions>,
    /// The list of payment method types (e.g. card) to provide to the invoice’s PaymentIntent. If not set, Stripe attempts to automatically determine the types to use by looking at the invoice’s default payment method, the subscription’s default payment method, the customer’s default payment method, and your [invoice template settings](https://dashboard.stripe.com/settings/billing/invoice).
    pub payment_method_types: Option<Vec<InvoicesPaymentSettingsPaymentMethodTypesItem>>,
}

runtime::decode! { InvoicesPaymentSettings { payment_method_options, payment_method_types } }

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
#[derive(Debug, Clone, PartialEq)]
pub struct InvoicesResourceInvoiceTaxId {
    /// The type of the tax ID, one of `eu_vat`, `br_cnpj`, `br_cpf`, `gb_vat`, `nz_gst`, `au_abn`, `au_arn`, `in_gst`, `no_vat`, `za_vat`, `ch_vat`, `mx_rfc`, `sg_uen`, `ru_inn`, `ru_kpp`, `ca_bn`, `hk_br`, `es_cif`, `tw_vat`, `th_vat`, `jp_cn`, `jp_rn`, `li_uid`, `my_itn`, `us_ein`, `kr_brn`, `ca_qst`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`, `my_sst`, `sg_gst`, `ae_trn`, `cl_tin`, `sa_vat`, `id_npwp`, `my_frp`, `il_vat`, `ge_vat`, `ua_vat`, `is_vat`, `bg_uic`, `hu_tin`, `si_tin`, or `unknown`
    pub r#type: InvoicesResourceInvoiceTaxIdType,
    /// The value of the tax ID.
    pub value: Option<String>,
}

runtime::decode! { InvoicesResourceInvoiceTaxId { r#type = "type", value } }

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
        ..Other
    }
}

/// The `invoices_status_transitions` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvoicesStatusTransitions {
    /// The time that the invoice draft was finalized.
    pub finalized_at: Option<i64>,
    /// The time that the invoice was marked uncollectible.
    pub marked_uncollectible_at: Option<i64>,
    /// The time that the invoice was paid.
    pub paid_at: Option<i64>,
    /// The time that the invoice was voided.
    pub voided_at: Option<i64>,
}

runtime::decode! {
    InvoicesStatusTransitions {
        finalized_at, marked_uncollectible_at, paid_at, voided_at,
    }
}

/// When an [issued card](https://stripe.com/docs/issuing) is used to make a purchase, an Issuing `Authorization`
/// object is created. [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations) must be approved for the
/// purchase to be completed successfully.
///
/// Related guide: [Issued Card Authorizations](https://stripe.com/docs/issuing/purchases/authorizations).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingAuthorization {
    /// The total amount that was authorized or rejected. This amount is in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount_details: Option<IssuingTransactionAmountDetails>,
    /// Whether the authorization has been approved.
    pub approved: bool,
    /// How the card details were provided.
    pub authorization_method: IssuingAuthorizationAuthorizationMethod,
    /// List of balance transactions associated with this authorization.
    pub balance_transactions: Vec<BalanceTransaction>,
    /// You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders.
    pub card: IssuingCard,
    /// The cardholder to whom this authorization belongs.
    pub cardholder: Option<runtime::Expandable<IssuingCardholder>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// The total amount that was authorized or rejected. This amount is in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub merchant_amount: i64,
    /// The currency that was presented to the cardholder for the authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub merchant_currency: String,
    pub merchant_data: IssuingAuthorizationMerchantData,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingAuthorizationObject,
    /// The pending authorization request. This field will only be non-null during an `issuing_authorization.request` webhook.
    pub pending_request: Option<IssuingAuthorizationPendingRequest>,
    /// History of every time `pending_request` was approved/denied, either by you directly or by Stripe (e.g. based on your `spending_controls`). If the merchant changes the authorization by performing an [incremental authorization](https://stripe.com/docs/issuing/purchases/authorizations), you can look at this field to see the previous requests for the authorization.
    pub request_history: Vec<IssuingAuthorizationRequest>,
    /// The current status of the authorization in its lifecycle.
    pub status: IssuingAuthorizationStatus,
    /// List of [transactions](https://stripe.com/docs/api/issuing/transactions) associated with this authorization.
    pub transactions: Vec<IssuingTransaction>,
    pub verification_data: IssuingAuthorizationVerificationData,
    /// The digital wallet used for this authorization. One of `apple_pay`, `google_pay`, or `samsung_pay`.
    pub wallet: Option<String>,
}

runtime::decode! {
    IssuingAuthorization {
        amount, amount_details, approved, authorization_method, balance_transactions, card,
        cardholder, created, currency, id, livemode, merchant_amount, merchant_currency,
        merchant_data, metadata, object, pending_request, request_history, status, transactions,
        verification_data, wallet,
    }
}

runtime::string_enum! {
    /// How the card details were provided.
    pub enum IssuingAuthorizationAuthorizationMethod {
        Chip = "chip",
        Contactless = "contactless",
        KeyedIn = "keyed_in",
        Online = "online",
        Swipe = "swipe",
        ..Unknown
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingAuthorizationObject {
        IssuingAuthorization = "issuing.authorization",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The current status of the authorization in its lifecycle.
    pub enum IssuingAuthorizationStatus {
        Closed = "closed",
        Pending = "pending",
        Reversed = "reversed",
        ..Unknown
    }
}

/// You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingCard {
    /// The brand of the card.
    pub brand: String,
    /// The reason why the card was canceled.
    pub cancellation_reason: Option<IssuingCardCancellationReason>,
    /// An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.
    ///
    /// Related guide: [How to create a Cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
    pub cardholder: IssuingCardholder,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The card's CVC. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
    pub cvc: Option<String>,
    /// The expiration month of the card.
    pub exp_month: i64,
    /// The expiration year of the card.
    pub exp_year: i64,
    /// Unique identifier for the object.
    pub id: String,
    /// The last 4 digits of the card number.
    pub last4: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// The full unredacted card number. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
    pub number: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingCardObject,
    /// The latest card that replaces this card, if any.
    pub replaced_by: Option<runtime::Expandable<IssuingCard>>,
    /// The card this card replaces, if any.
    pub replacement_for: Option<runtime::Expandable<IssuingCard>>,
    /// The reason why the previous card needed to be replaced.
    pub replacement_reason: Option<IssuingCardReplacementReason>,
    /// Where and how the card will be shipped.
    pub shipping: Option<IssuingCardShipping>,
    pub spending_controls: IssuingCardAuthorizationControls,
    /// Whether authorizations can be approved on this card.
    pub status: IssuingCardStatus,
    /// The type of the card.
    pub r#type: IssuingCardType,
    /// Information relating to digital wallets (like Apple Pay and Google Pay).
    pub wallets: Option<IssuingCardWallets>,
}

runtime::decode! {
    IssuingCard {
        brand, cancellation_reason, cardholder, created, currency, cvc, exp_month, exp_year, id,
        last4, livemode, metadata, number, object, replaced_by, replacement_for, replacement_reason,
        shipping, spending_controls, status, r#type = "type", wallets,
    }
}

runtime::string_enum! {
    /// The reason why the card was canceled.
    pub enum IssuingCardCancellationReason {
        Lost = "lost",
        Stolen = "stolen",
        ..Unknown
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingCardObject {
        IssuingCard = "issuing.card",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The reason why the previous card needed to be replaced.
    pub enum IssuingCardReplacementReason {
        Damaged = "damaged",
        Expired = "expired",
        Lost = "lost",
        Stolen = "stolen",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Whether authorizations can be approved on this card.
    pub enum IssuingCardStatus {
        Active = "active",
        Canceled = "canceled",
        Inactive = "inactive",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The type of the card.
    pub enum IssuingCardType {
        Physical = "physical",
        Virtual = "virtual",
        ..Unknown
    }
}

/// An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.
///
/// Related guide: [How to create a Cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingCardholder {
    pub billing: IssuingCardholderAddress,
    /// Additional information about a `company` cardholder.
    pub company: Option<IssuingCardholderCompany>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The cardholder's email address.
    pub email: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// Additional information about an `individual` cardholder.
    pub individual: Option<IssuingCardholderIndividual>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// The cardholder's name. This will be printed on cards issued to them.
    pub name: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingCardholderObject,
    /// The cardholder's phone number. This is required for all cardholders who will be creating EU cards. See the [3D Secure documentation](https://stripe.com/docs/issuing/3d-secure#when-is-3d-secure-applied) for more details.
    pub phone_number: Option<String>,
    pub requirements: IssuingCardholderRequirements,
    /// Rules that control spending across this cardholder's cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details.
    pub spending_controls: Option<IssuingCardholderAuthorizationControls>,
    /// Specifies whether to permit authorizations on this cardholder's cards.
    pub status: IssuingCardholderStatus,
    /// One of `individual` or `company`.
    pub r#type: IssuingCardholderType,
}

runtime::decode! {
    IssuingCardholder {
        billing, company, created, email, id, individual, livemode, metadata, name, object,
        phone_number, requirements, spending_controls, status, r#type = "type",
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingCardholderObject {
        IssuingCardholder = "issuing.cardholder",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Specifies whether to permit authorizations on this cardholder's cards.
    pub enum IssuingCardholderStatus {
        Active = "active",
        Blocked = "blocked",
        Inactive = "inactive",
        ..Unknown
    }
}

runtime::string_enum! {
    /// One of `individual` or `company`.
    pub enum IssuingCardholderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

/// As a [card issuer](https://stripe.com/docs/issuing), you can dispute transactions that the cardholder does not recognize, suspects to be fraudulent, or has other issues with.
///
/// Related guide: [Disputing Transactions](https://stripe.com/docs/issuing/purchases/disputes)
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingDispute {
    /// Disputed amount. Usually the amount of the `transaction`, but can differ (usually because of currency fluctuation).
    pub amount: i64,
    /// List of balance transactions associated with the dispute.
    pub balance_transactions: Option<Vec<BalanceTransaction>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The currency the `transaction` was made in.
    pub currency: String,
    pub evidence: IssuingDisputeEvidence,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingDisputeObject,
    /// Current status of the dispute.
    pub status: IssuingDisputeStatus,
    /// The transaction being disputed.
    pub transaction: runtime::Expandable<IssuingTransaction>,
}

runtime::decode! {
    IssuingDispute {
        amount, balance_transactions, created, currency, evidence, id, livemode, metadata, object,
        status, transaction,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingDisputeObject {
        IssuingDispute = "issuing.dispute",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Current status of the dispute.
    pub enum IssuingDisputeStatus {
        Expired = "expired",
        Lost = "lost",
        Submitted = "submitted",
        Unsubmitted = "unsubmitted",
        Won = "won",
        ..Unknown
    }
}

/// Any use of an [issued card](https://stripe.com/docs/issuing) that results in funds entering or leaving
/// your Stripe account, such as a completed purchase or refund, is represented by an Issuing
/// `Transaction` object.
///
/// Related guide: [Issued Card Transactions](https://stripe.com/docs/issuing/purchases/transactions).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingTransaction {
    /// The transaction amount, which will be reflected in your balance. This amount is in your currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount_details: Option<IssuingTransactionAmountDetails>,
    /// The `Authorization` object that led to this transaction.
    pub authorization: Option<runtime::Expandable<IssuingAuthorization>>,
    /// ID of the [balance transaction](https://stripe.com/docs/api/balance_transactions) associated with this transaction.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// The card used to make this transaction.
    pub card: runtime::Expandable<IssuingCard>,
    /// The cardholder to whom this transaction belongs.
    pub cardholder: Option<runtime::Expandable<IssuingCardholder>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// If you've disputed the transaction, the ID of the dispute.
    pub dispute: Option<runtime::Expandable<IssuingDispute>>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// The amount that the merchant will receive, denominated in `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). It will be different from `amount` if the merchant is taking payment in a different currency.
    pub merchant_amount: i64,
    /// The currency with which the merchant is taking payment.
    pub merchant_currency: String,
    pub merchant_data: IssuingAuthorizationMerchantData,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingTransactionObject,
    /// Additional purchase information that is optionally provided by the merchant.
    pub purchase_details: Option<IssuingTransactionPurchaseDetails>,
    /// The nature of the transaction.
    pub r#type: IssuingTransactionType,
    /// The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`.
    pub wallet: Option<IssuingTransactionWallet>,
}

runtime::decode! {
    IssuingTransaction {
        amount, amount_details, authorization, balance_transaction, card, cardholder, created,
        currency, dispute, id, livemode, merchant_amount, merchant_currency, merchant_data,
        metadata, object, purchase_details, r#type = "type", wallet,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingTransactionObject {
        IssuingTransaction = "issuing.transaction",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The nature of the transaction.
    pub enum IssuingTransactionType {
        Capture = "capture",
        Refund = "refund",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`.
    pub enum IssuingTransactionWallet {
        ApplePay = "apple_pay",
        GooglePay = "google_pay",
        SamsungPay = "samsung_pay",
        ..Unknown
    }
}

/// Same as [`IssuingTransactionAmountDetails`].
pub type IssuingAuthorizationAmountDetails = IssuingTransactionAmountDetails;

/// The `issuing_authorization_merchant_data` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingAuthorizationMerchantData {
    /// A categorization of the seller's type of business. See our [merchant categories guide](https://stripe.com/docs/issuing/merchant-categories) for a list of possible values.
    pub category: String,
    /// The merchant category code for the seller’s business
    pub category_code: String,
    /// City where the seller is located
    pub city: Option<String>,
    /// Country where the seller is located
    pub country: Option<String>,
    /// Name of the seller
    pub name: Option<String>,
    /// Identifier assigned to the seller by the card brand
    pub network_id: String,
    /// Postal code where the seller is located
    pub postal_code: Option<String>,
    /// State where the seller is located
    pub state: Option<String>,
}

runtime::decode! {
    IssuingAuthorizationMerchantData {
        category, category_code, city, country, name, network_id, postal_code, state,
    }
}

/// The `issuing_authorization_pending_request` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingAuthorizationPendingRequest {
    /// The additional amount Stripe will hold if the authorization is approved, in the card's [currency](https://stripe.com/docs/api#issuing_authorization_object-pending-request-currency) and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount_details: Option<IssuingTransactionAmountDetails>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// If set `true`, you may provide [amount](https://stripe.com/docs/api/issuing/authorizations/approve#approve_issuing_authorization-amount) to control how much to hold for the authorization.
    pub is_amount_controllable: bool,
    /// The amount the merchant is requesting to be authorized in the `merchant_currency`. The amount is in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub merchant_amount: i64,
    /// The local currency the merchant is requesting to authorize.
    pub merchant_currency: String,
}

runtime::decode! {
    IssuingAuthorizationPendingRequest {
        amount, amount_details, currency, is_amount_controllable, merchant_amount,
        merchant_currency,
    }
}

/// The `issuing_authorization_request` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingAuthorizationRequest {
    /// The `pending_request.amount` at the time of the request, presented in your card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Stripe held this amount from your account to fund the authorization if the request was approved.
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount_details: Option<IssuingTransactionAmountDetails>,
    /// Whether this request was approved.
    pub approved: bool,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The `pending_request.merchant_amount` at the time of the request, presented in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub merchant_amount: i64,
    /// The currency that was collected by the merchant and presented to the cardholder for the authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub merchant_currency: String,
    /// The reason for the approval or decline.
    pub reason: IssuingAuthorizationRequestReason,
}

runtime::decode! {
    IssuingAuthorizationRequest {
        amount, amount_details, approved, created, currency, merchant_amount, merchant_currency,
        reason,
    }
}

runtime::string_enum! {
    /// The reason for the approval or decline.
    pub enum IssuingAuthorizationRequestReason {
        AccountDisabled = "account_disabled",
        CardActive = "card_active",
        CardInactive = "card_inactive",
        CardholderInactive = "cardholder_inactive",
        CardholderVerificationRequired = "cardholder_verification_required",
        InsufficientFunds = "insufficient_funds",
        NotAllowed = "not_allowed",
        SpendingControls = "spending_controls",
        SuspectedFraud = "suspected_fraud",
        VerificationFailed = "verification_failed",
        WebhookApproved = "webhook_approved",
        WebhookDeclined = "webhook_declined",
        WebhookTimeout = "webhook_timeout",
        ..Unknown
    }
}

/// The `issuing_authorization_verification_data` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingAuthorizationVerificationData {
    /// Whether the cardholder provided an address first line and if it matched the cardholder’s `billing.address.line1`.
    pub address_line1_check: IssuingVerificationDataAddressLine1Check,
    /// Whether the cardholder provided a postal code and if it matched the cardholder’s `billing.address.postal_code`.
    pub address_postal_code_check: IssuingVerificationDataAddressPostalCodeCheck,
    /// Whether the cardholder provided a CVC and if it matched Stripe’s record.
    pub cvc_check: IssuingAuthorizationVerificationDataCvcCheck,
    /// Whether the cardholder provided an expiry date and if it matched Stripe’s record.
    pub expiry_check: IssuingAuthorizationVerificationDataExpiryCheck,
}

runtime::decode! {
    IssuingAuthorizationVerificationData {
        address_line1_check, address_postal_code_check, cvc_check, expiry_check,
    }
}

runtime::string_enum! {
    /// Whether the cardholder provided an address first line and if it matched the cardholder’s `billing.address.line1`.
    pub enum IssuingVerificationDataAddressLine1Check {
        Match = "match",
        Mismatch = "mismatch",
        NotProvided = "not_provided",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Whether the cardholder provided a postal code and if it matched the cardholder’s `billing.address.postal_code`.
    pub enum IssuingVerificationDataAddressPostalCodeCheck {
        Match = "match",
        Mismatch = "mismatch",
        NotProvided = "not_provided",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Whether the cardholder provided a CVC and if it matched Stripe’s record.
    pub enum IssuingAuthorizationVerificationDataCvcCheck {
        Match = "match",
        Mismatch = "mismatch",
        NotProvided = "not_provided",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Whether the cardholder provided an expiry date and if it matched Stripe’s record.
    pub enum IssuingAuthorizationVerificationDataExpiryCheck {
        Match = "match",
        Mismatch = "mismatch",
        NotProvided = "not_provided",
        ..Unknown
    }
}

/// The `issuing_card_apple_pay` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingCardApplePay {
    /// Apple Pay Eligibility
    pub eligible: bool,
    /// Reason the card is ineligible for Apple Pay
    pub ineligible_reason: Option<IssuingCardApplePayIneligibleReason>,
}

runtime::decode! { IssuingCardApplePay { eligible, ineligible_reason } }

runtime::string_enum! {
    /// Reason the card is ineligible for Apple Pay
    pub enum IssuingCardApplePayIneligibleReason {
        MissingAgreement = "missing_agreement",
        MissingCardholderContact = "missing_cardholder_contact",
        UnsupportedRegion = "unsupported_region",
        ..Unknown
    }
}

/// The `issuing_card_authorization_controls` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardAuthorizationControls {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    pub allowed_categories: Option<Vec<IssuingCardAuthorizationControlsItem>>,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`.
    pub blocked_categories: Option<
        Vec<IssuingAuthorizationControlsBlockedCategoriesItem>,
    >,
    /// Limit spending with amount-based rules that apply across any cards this card replaced (i.e., its `replacement_for` card and _that_ card's `replacement_for` card, up the chain).
    pub spending_limits: Option<Vec<IssuingCardSpendingLimit>>,
    /// Currency of the amounts within `spending_limits`. Always the same as the currency of the card.
    pub spending_limits_currency: Option<String>,
}

runtime::decode! {
    IssuingCardAuthorizationControls {
        allowed_categories, blocked_categories, spending_limits, spending_limits_currency,
    }
}

runtime::string_enum! {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    pub enum IssuingCardAuthorizationControlsItem {
        AcRefrigerationRepair = "ac_refrigeration_repair",
        AccountingBookkeepingServices = "accounting_bookkeeping_services",
        AdvertisingServices = "advertising_services",
        AgriculturalCooperative = "agricultural_cooperative",
        AirlinesAirCarriers = "airlines_air_carriers",
        AirportsFlyingFields = "airports_flying_fields",
        AmbulanceServices = "ambulance_services",
        AmusementParksCarnivals = "amusement_parks_carnivals",
        AntiqueReproductions = "antique_reproductions",
        AntiqueShops = "antique_shops",
        Aquariums = "aquariums",
        ArchitecturalSurveyingServices = "architectural_surveying_services",
        ArtDealersAndGalleries = "art_dealers_and_galleries",
        ArtistsSupplyAndCraftShops = "artists_supply_and_craft_shops",
        AutoAndHomeSupplyStores = "auto_and_home_supply_stores",
        AutoBodyRepairShops = "auto_body_repair_shops",
        AutoPaintShops = "auto_paint_shops",
        AutoServiceShops = "auto_service_shops",
        AutomatedCashDisburse = "automated_cash_disburse",
        AutomatedFuelDispensers = "automated_fuel_dispensers",
        AutomobileAssociations = "automobile_associations",
        AutomotivePartsAndAccessoriesStores = "automotive_parts_and_accessories_stores",
        AutomotiveTireStores = "automotive_tire_stores",
        BailAndBondPayments = "bail_and_bond_payments",
        Bakeries = "bakeries",
        BandsOrchestras = "bands_orchestras",
        BarberAndBeautyShops = "barber_and_beauty_shops",
        BettingCasinoGambling = "betting_casino_gambling",
        BicycleShops = "bicycle_shops",
        BilliardPoolEstablishments = "billiard_pool_establishments",
        BoatDealers = "boat_dealers",
        BoatRentalsAndLeases = "boat_rentals_and_leases",
        BookStores = "book_stores",
        BooksPeriodicalsAndNewspapers = "books_periodicals_and_newspapers",
        BowlingAlleys = "bowling_alleys",
        BusLines = "bus_lines",
        BusinessSecretarialSchools = "business_secretarial_schools",
        BuyingShoppingServices = "buying_shopping_services",
        CableSatelliteAndOtherPayTelevisionAndRadio = "cable_satellite_and_other_pay_television_and_radio",
        CameraAndPhotographicSupplyStores = "camera_and_photographic_supply_stores",
        CandyNutAndConfectioneryStores = "candy_nut_and_confectionery_stores",
        CarAndTruckDealersNewUsed = "car_and_truck_dealers_new_used",
        CarAndTruckDealersUsedOnly = "car_and_truck_dealers_used_only",
        CarRentalAgencies = "car_rental_agencies",
        CarWashes = "car_washes",
        CarpentryServices = "carpentry_services",
        CarpetUpholsteryCleaning = "carpet_upholstery_cleaning",
        Caterers = "caterers",
        CharitableAndSocialServiceOrganizationsFundraising = "charitable_and_social_service_organizations_fundraising",
        ChemicalsAndAlliedProducts = "chemicals_and_allied_products",
        ChildCareServices = "child_care_services",
        ChildrensAndInfantsWearStores = "childrens_and_infants_wear_stores",
        ChiropodistsPodiatrists = "chiropodists_podiatrists",
        Chiropractors = "chiropractors",
        CigarStoresAndStands = "cigar_stores_and_stands",
        CivicSocialFraternalAssociations = "civic_social_fraternal_associations",
        CleaningAndMaintenance = "cleaning_and_maintenance",
        ClothingRental = "clothing_rental",
        CollegesUniversities = "colleges_universities",
        CommercialEquipment = "commercial_equipment",
        CommercialFootwear = "commercial_footwear",
        CommercialPhotographyArtAndGraphics = "commercial_photography_art_and_graphics",
        CommuterTransportAndFerries = "commuter_transport_and_ferries",
        ComputerNetworkServices = "computer_network_services",
        ComputerProgramming = "computer_programming",
        ComputerRepair = "computer_repair",
        ComputerSoftwareStores = "computer_software_stores",
        ComputersPeripheralsAndSoftware = "computers_peripherals_and_software",
        ConcreteWorkServices = "concrete_work_services",
        ConstructionMaterials = "construction_materials",
        ConsultingPublicRelations = "consulting_public_relations",
        CorrespondenceSchools = "correspondence_schools",
        CosmeticStores = "cosmetic_stores",
        CounselingServices = "counseling_services",
        CountryClubs = "country_clubs",
        CourierServices = "courier_services",
        CourtCosts = "court_costs",
        CreditReportingAgencies = "credit_reporting_agencies",
        CruiseLines = "cruise_lines",
        DairyProductsStores = "dairy_products_stores",
        DanceHallStudiosSchools = "dance_hall_studios_schools",
        DatingEscortServices = "dating_escort_services",
        DentistsOrthodontists = "dentists_orthodontists",
        DepartmentStores = "department_stores",
        DetectiveAgencies = "detective_agencies",
        DigitalGoodsApplications = "digital_goods_applications",
        DigitalGoodsGames = "digital_goods_games",
        DigitalGoodsLargeVolume = "digital_goods_large_volume",
        DigitalGoodsMedia = "digital_goods_media",
        DirectMarketingCatalogMerchant = "direct_marketing_catalog_merchant",
        DirectMarketingCombinationCatalogAndRetailMerchant = "direct_marketing_combination_catalog_and_retail_merchant",
        DirectMarketingInboundTelemarketing = "direct_marketing_inbound_telemarketing",
        DirectMarketingInsuranceServices = "direct_marketing_insurance_services",
        DirectMarketingOther = "direct_marketing_other",
        DirectMarketingOutboundTelemarketing = "direct_marketing_outbound_telemarketing",
        DirectMarketingSubscription = "direct_marketing_subscription",
        DirectMarketingTravel = "direct_marketing_travel",
        DiscountStores = "discount_stores",
        Doctors = "doctors",
        DoorToDoorSales = "door_to_door_sales",
        DraperyWindowCoveringAndUpholsteryStores = "drapery_window_covering_and_upholstery_stores",
        DrinkingPlaces = "drinking_places",
        DrugStoresAndPharmacies = "drug_stores_and_pharmacies",
        DrugsDrugProprietariesAndDruggistSundries = "drugs_drug_proprietaries_and_druggist_sundries",
        DryCleaners = "dry_cleaners",
        DurableGoods = "durable_goods",
        DutyFreeStores = "duty_free_stores",
        EatingPlacesRestaurants = "eating_places_restaurants",
        EducationalServices = "educational_services",
        ElectricRazorStores = "electric_razor_stores",
        ElectricalPartsAndEquipment = "electrical_parts_and_equipment",
        ElectricalServices = "electrical_services",
        ElectronicsRepairShops = "electronics_repair_shops",
        ElectronicsStores = "electronics_stores",
        ElementarySecondarySchools = "elementary_secondary_schools",
        EmploymentTempAgencies = "employment_temp_agencies",
        EquipmentRental = "equipment_rental",
        ExterminatingServices = "exterminating_services",
        FamilyClothingStores = "family_clothing_stores",
        FastFoodRestaurants = "fast_food_restaurants",
        FinancialInstitutions = "financial_institutions",
        FinesGovernmentAdministrativeEntities = "fines_government_administrative_entities",
        FireplaceFireplaceScreensAndAccessoriesStores = "fireplace_fireplace_screens_and_accessories_stores",
        FloorCoveringStores = "floor_covering_stores",
        Florists = "florists",
        FloristsSuppliesNurseryStockAndFlowers = "florists_supplies_nursery_stock_and_flowers",
        FreezerAndLockerMeatProvisioners = "freezer_and_locker_meat_provisioners",
        FuelDealersNonAutomotive = "fuel_dealers_non_automotive",
        FuneralServicesCrematories = "funeral_services_crematories",
        FurnitureHomeFurnishingsAndEquipmentStoresExceptAppliances = "furniture_home_furnishings_and_equipment_stores_except_appliances",
        FurnitureRepairRefinishing = "furniture_repair_refinishing",
        FurriersAndFurShops = "furriers_and_fur_shops",
        GeneralServices = "general_services",
        GiftCardNoveltyAndSouvenirShops = "gift_card_novelty_and_souvenir_shops",
        GlassPaintAndWallpaperStores = "glass_paint_and_wallpaper_stores",
        GlasswareCrystalStores = "glassware_crystal_stores",
        GolfCoursesPublic = "golf_courses_public",
        GovernmentServices = "government_services",
        GroceryStoresSupermarkets = "grocery_stores_supermarkets",
        HardwareEquipmentAndSupplies = "hardware_equipment_and_supplies",
        HardwareStores = "hardware_stores",
        HealthAndBeautySpas = "health_and_beauty_spas",
        HearingAidsSalesAndSupplies = "hearing_aids_sales_and_supplies",
        HeatingPlumbingAC = "heating_plumbing_a_c",
        HobbyToyAndGameShops = "hobby_toy_and_game_shops",
        HomeSupplyWarehouseStores = "home_supply_warehouse_stores",
        Hospitals = "hospitals",
        HotelsMotelsAndResorts = "hotels_motels_and_resorts",
        HouseholdApplianceStores = "household_appliance_stores",
        IndustrialSupplies = "industrial_supplies",
        InformationRetrievalServices = "information_retrieval_services",
        InsuranceDefault = "insurance_default",
        InsuranceUnderwritingPremiums = "insurance_underwriting_premiums",
        IntraCompanyPurchases = "intra_company_purchases",
        JewelryStoresWatchesClocksAndSilverwareStores = "jewelry_stores_watches_clocks_and_silverware_stores",
        LandscapingServices = "landscaping_services",
        Laundries = "laundries",
        LaundryCleaningServices = "laundry_cleaning_services",
        LegalServicesAttorneys = "legal_services_attorneys",
        LuggageAndLeatherGoodsStores = "luggage_and_leather_goods_stores",
        LumberBuildingMaterialsStores = "lumber_building_materials_stores",
        ManualCashDisburse = "manual_cash_disburse",
        MarinasServiceAndSupplies = "marinas_service_and_supplies",
        MasonryStoneworkAndPlaster = "masonry_stonework_and_plaster",
        MassageParlors = "massage_parlors",
        MedicalAndDentalLabs = "medical_and_dental_labs",
        MedicalDentalOphthalmicAndHospitalEquipmentAndSupplies = "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
        MedicalServices = "medical_services",
        MembershipOrganizations = "membership_organizations",
        MensAndBoysClothingAndAccessoriesStores = "mens_and_boys_clothing_and_accessories_stores",
        MensWomensClothingStores = "mens_womens_clothing_stores",
        MetalServiceCenters = "metal_service_centers",
        Miscellaneous = "miscellaneous",
        MiscellaneousApparelAndAccessoryShops = "miscellaneous_apparel_and_accessory_shops",
        MiscellaneousAutoDealers = "miscellaneous_auto_dealers",
        MiscellaneousBusinessServices = "miscellaneous_business_services",
        MiscellaneousFoodStores = "miscellaneous_food_stores",
        MiscellaneousGeneralMerchandise = "miscellaneous_general_merchandise",
        MiscellaneousGeneralServices = "miscellaneous_general_services",
        MiscellaneousHomeFurnishingSpecialtyStores = "miscellaneous_home_furnishing_specialty_stores",
        MiscellaneousPublishingAndPrinting = "miscellaneous_publishing_and_printing",
        MiscellaneousRecreationServices = "miscellaneous_recreation_services",
        MiscellaneousRepairShops = "miscellaneous_repair_shops",
        MiscellaneousSpecialtyRetail = "miscellaneous_specialty_retail",
        MobileHomeDealers = "mobile_home_dealers",
        MotionPictureTheaters = "motion_picture_theaters",
        MotorFreightCarriersAndTrucking = "motor_freight_carriers_and_trucking",
        MotorHomesDealers = "motor_homes_dealers",
        MotorVehicleSuppliesAndNewParts = "motor_vehicle_supplies_and_new_parts",
        MotorcycleShopsAndDealers = "motorcycle_shops_and_dealers",
        MotorcycleShopsDealers = "motorcycle_shops_dealers",
        MusicStoresMusicalInstrumentsPianosAndSheetMusic = "music_stores_musical_instruments_pianos_and_sheet_music",
        NewsDealersAndNewsstands = "news_dealers_and_newsstands",
        NonFiMoneyOrders = "non_fi_money_orders",
        NonFiStoredValueCardPurchaseLoad = "non_fi_stored_value_card_purchase_load",
        NondurableGoods = "nondurable_goods",
        NurseriesLawnAndGardenSupplyStores = "nurseries_lawn_and_garden_supply_stores",
        NursingPersonalCare = "nursing_personal_care",
        OfficeAndCommercialFurniture = "office_and_commercial_furniture",
        OpticiansEyeglasses = "opticians_eyeglasses",
        OptometristsOphthalmologist = "optometrists_ophthalmologist",
        OrthopedicGoodsProstheticDevices = "orthopedic_goods_prosthetic_devices",
        Osteopaths = "osteopaths",
        PackageStoresBeerWineAndLiquor = "package_stores_beer_wine_and_liquor",
        PaintsVarnishesAndSupplies = "paints_varnishes_and_supplies",
        ParkingLotsGarages = "parking_lots_garages",
        PassengerRailways = "passenger_railways",
        PawnShops = "pawn_shops",
        PetShopsPetFoodAndSupplies = "pet_shops_pet_food_and_supplies",
        PetroleumAndPetroleumProducts = "petroleum_and_petroleum_products",
        PhotoDeveloping = "photo_developing",
        PhotographicPhotocopyMicrofilmEquipmentAndSupplies = "photographic_photocopy_microfilm_equipment_and_supplies",
        PhotographicStudios = "photographic_studios",
        PictureVideoProduction = "picture_video_production",
        PieceGoodsNotionsAndOtherDryGoods = "piece_goods_notions_and_other_dry_goods",
        PlumbingHeatingEquipmentAndSupplies = "plumbing_heating_equipment_and_supplies",
        PoliticalOrganizations = "political_organizations",
        PostalServicesGovernmentOnly = "postal_services_government_only",
        PreciousStonesAndMetalsWatchesAndJewelry = "precious_stones_and_metals_watches_and_jewelry",
        ProfessionalServices = "professional_services",
        PublicWarehousingAndStorage = "public_warehousing_and_storage",
        QuickCopyReproAndBlueprint = "quick_copy_repro_and_blueprint",
        Railroads = "railroads",
        RealEstateAgentsAndManagersRentals = "real_estate_agents_and_managers_rentals",
        RecordStores = "record_stores",
        RecreationalVehicleRentals = "recreational_vehicle_rentals",
        ReligiousGoodsStores = "religious_goods_stores",
        ReligiousOrganizations = "religious_organizations",
        RoofingSidingSheetMetal = "roofing_siding_sheet_metal",
        SecretarialSupportServices = "secretarial_support_services",
        SecurityBrokersDealers = "security_brokers_dealers",
        ServiceStations = "service_stations",
        SewingNeedleworkFabricAndPieceGoodsStores = "sewing_needlework_fabric_and_piece_goods_stores",
        ShoeRepairHatCleaning = "shoe_repair_hat_cleaning",
        ShoeStores = "shoe_stores",
        SmallApplianceRepair = "small_appliance_repair",
        SnowmobileDealers = "snowmobile_dealers",
        SpecialTradeServices = "special_trade_services",
        SpecialtyCleaning = "specialty_cleaning",
        SportingGoodsStores = "sporting_goods_stores",
        SportingRecreationCamps = "sporting_recreation_camps",
        SportsAndRidingApparelStores = "sports_and_riding_apparel_stores",
        SportsClubsFields = "sports_clubs_fields",
        StampAndCoinStores = "stamp_and_coin_stores",
        StationaryOfficeSuppliesPrintingAndWritingPaper = "stationary_office_supplies_printing_and_writing_paper",
        StationeryStoresOfficeAndSchoolSupplyStores = "stationery_stores_office_and_school_supply_stores",
        SwimmingPoolsSales = "swimming_pools_sales",
        TUiTravelGermany = "t_ui_travel_germany",
        TailorsAlterations = "tailors_alterations",
        TaxPaymentsGovernmentAgencies = "tax_payments_government_agencies",
        TaxPreparationServices = "tax_preparation_services",
        TaxicabsLimousines = "taxicabs_limousines",
        TelecommunicationEquipmentAndTelephoneSales = "telecommunication_equipment_and_telephone_sales",
        TelecommunicationServices = "telecommunication_services",
        TelegraphServices = "telegraph_services",
        TentAndAwningShops = "tent_and_awning_shops",
        TestingLaboratories = "testing_laboratories",
        TheatricalTicketAgencies = "theatrical_ticket_agencies",
        Timeshares = "timeshares",
        TireRetreadingAndRepair = "tire_retreading_and_repair",
        TollsBridgeFees = "tolls_bridge_fees",
        TouristAttractionsAndExhibits = "tourist_attractions_and_exhibits",
        TowingServices = "towing_services",
        TrailerParksCampgrounds = "trailer_parks_campgrounds",
        TransportationServices = "transportation_services",
        TravelAgenciesTourOperators = "travel_agencies_tour_operators",
        TruckStopIteration = "truck_stop_iteration",
        TruckUtilityTrailerRentals = "truck_utility_trailer_rentals",
        TypesettingPlateMakingAndRelatedServices = "typesetting_plate_making_and_related_services",
        TypewriterStores = "typewriter_stores",
        USFederalGovernmentAgenciesOrDepartments = "u_s_federal_government_agencies_or_departments",
        UniformsCommercialClothing = "uniforms_commercial_clothing",
        UsedMerchandiseAndSecondhandStores = "used_merchandise_and_secondhand_stores",
        Utilities = "utilities",
        VarietyStores = "variety_stores",
        VeterinaryServices = "veterinary_services",
        VideoAmusementGameSupplies = "video_amusement_game_supplies",
        VideoGameArcades = "video_game_arcades",
        VideoTapeRentalStores = "video_tape_rental_stores",
        VocationalTradeSchools = "vocational_trade_schools",
        WatchJewelryRepair = "watch_jewelry_repair",
        WeldingRepair = "welding_repair",
        WholesaleClubs = "wholesale_clubs",
        WigAndToupeeStores = "wig_and_toupee_stores",
        WiresMoneyOrders = "wires_money_orders",
        WomensAccessoryAndSpecialtyShops = "womens_accessory_and_specialty_shops",
        WomensReadyToWearStores = "womens_ready_to_wear_stores",
        WreckingAndSalvageYards = "wrecking_and_salvage_yards",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`.
    pub enum IssuingAuthorizationControlsBlockedCategoriesItem {
        AcRefrigerationRepair = "ac_refrigeration_repair",
        AccountingBookkeepingServices = "accounting_bookkeeping_services",
        AdvertisingServices = "advertising_services",
        AgriculturalCooperative = "agricultural_cooperative",
        AirlinesAirCarriers = "airlines_air_carriers",
        AirportsFlyingFields = "airports_flying_fields",
        AmbulanceServices = "ambulance_services",
        AmusementParksCarnivals = "amusement_parks_carnivals",
        AntiqueReproductions = "antique_reproductions",
        AntiqueShops = "antique_shops",
        Aquariums = "aquariums",
        ArchitecturalSurveyingServices = "architectural_surveying_services",
        ArtDealersAndGalleries = "art_dealers_and_galleries",
        ArtistsSupplyAndCraftShops = "artists_supply_and_craft_shops",
        AutoAndHomeSupplyStores = "auto_and_home_supply_stores",
        AutoBodyRepairShops = "auto_body_repair_shops",
        AutoPaintShops = "auto_paint_shops",
        AutoServiceShops = "auto_service_shops",
        AutomatedCashDisburse = "automated_cash_disburse",
        AutomatedFuelDispensers = "automated_fuel_dispensers",
        AutomobileAssociations = "automobile_associations",
        AutomotivePartsAndAccessoriesStores = "automotive_parts_and_accessories_stores",
        AutomotiveTireStores = "automotive_tire_stores",
        BailAndBondPayments = "bail_and_bond_payments",
        Bakeries = "bakeries",
        BandsOrchestras = "bands_orchestras",
        BarberAndBeautyShops = "barber_and_beauty_shops",
        BettingCasinoGambling = "betting_casino_gambling",
        BicycleShops = "bicycle_shops",
        BilliardPoolEstablishments = "billiard_pool_establishments",
        BoatDealers = "boat_dealers",
        BoatRentalsAndLeases = "boat_rentals_and_leases",
        BookStores = "book_stores",
        BooksPeriodicalsAndNewspapers = "books_periodicals_and_newspapers",
        BowlingAlleys = "bowling_alleys",
        BusLines = "bus_lines",
        BusinessSecretarialSchools = "business_secretarial_schools",
        BuyingShoppingServices = "buying_shopping_services",
        CableSatelliteAndOtherPayTelevisionAndRadio = "cable_satellite_and_other_pay_television_and_radio",
        CameraAndPhotographicSupplyStores = "camera_and_photographic_supply_stores",
        CandyNutAndConfectioneryStores = "candy_nut_and_confectionery_stores",
        CarAndTruckDealersNewUsed = "car_and_truck_dealers_new_used",
        CarAndTruckDealersUsedOnly = "car_and_truck_dealers_used_only",
        CarRentalAgencies = "car_rental_agencies",
        CarWashes = "car_washes",
        CarpentryServices = "carpentry_services",
        CarpetUpholsteryCleaning = "carpet_upholstery_cleaning",
        Caterers = "caterers",
        CharitableAndSocialServiceOrganizationsFundraising = "charitable_and_social_service_organizations_fundraising",
        ChemicalsAndAlliedProducts = "chemicals_and_allied_products",
        ChildCareServices = "child_care_services",
        ChildrensAndInfantsWearStores = "childrens_and_infants_wear_stores",
        ChiropodistsPodiatrists = "chiropodists_podiatrists",
        Chiropractors = "chiropractors",
        CigarStoresAndStands = "cigar_stores_and_stands",
        CivicSocialFraternalAssociations = "civic_social_fraternal_associations",
        CleaningAndMaintenance = "cleaning_and_maintenance",
        ClothingRental = "clothing_rental",
        CollegesUniversities = "colleges_universities",
        CommercialEquipment = "commercial_equipment",
        CommercialFootwear = "commercial_footwear",
        CommercialPhotographyArtAndGraphics = "commercial_photography_art_and_graphics",
        CommuterTransportAndFerries = "commuter_transport_and_ferries",
        ComputerNetworkServices = "computer_network_services",
        ComputerProgramming = "computer_programming",
        ComputerRepair = "computer_repair",
        ComputerSoftwareStores = "computer_software_stores",
        ComputersPeripheralsAndSoftware = "computers_peripherals_and_software",
        ConcreteWorkServices = "concrete_work_services",
        ConstructionMaterials = "construction_materials",
        ConsultingPublicRelations = "consulting_public_relations",
        CorrespondenceSchools = "correspondence_schools",
        CosmeticStores = "cosmetic_stores",
        CounselingServices = "counseling_services",
        CountryClubs = "country_clubs",
        CourierServices = "courier_services",
        CourtCosts = "court_costs",
        CreditReportingAgencies = "credit_reporting_agencies",
        CruiseLines = "cruise_lines",
        DairyProductsStores = "dairy_products_stores",
        DanceHallStudiosSchools = "dance_hall_studios_schools",
        DatingEscortServices = "dating_escort_services",
        DentistsOrthodontists = "dentists_orthodontists",
        DepartmentStores = "department_stores",
        DetectiveAgencies = "detective_agencies",
        DigitalGoodsApplications = "digital_goods_applications",
        DigitalGoodsGames = "digital_goods_games",
        DigitalGoodsLargeVolume = "digital_goods_large_volume",
        DigitalGoodsMedia = "digital_goods_media",
        DirectMarketingCatalogMerchant = "direct_marketing_catalog_merchant",
        DirectMarketingCombinationCatalogAndRetailMerchant = "direct_marketing_combination_catalog_and_retail_merchant",
        DirectMarketingInboundTelemarketing = "direct_marketing_inbound_telemarketing",
        DirectMarketingInsuranceServices = "direct_marketing_insurance_services",
        DirectMarketingOther = "direct_marketing_other",
        DirectMarketingOutboundTelemarketing = "direct_marketing_outbound_telemarketing",
        DirectMarketingSubscription = "direct_marketing_subscription",
        DirectMarketingTravel = "direct_marketing_travel",
        DiscountStores = "discount_stores",
        Doctors = "doctors",
        DoorToDoorSales = "door_to_door_sales",
        DraperyWindowCoveringAndUpholsteryStores = "drapery_window_covering_and_upholstery_stores",
        DrinkingPlaces = "drinking_places",
        DrugStoresAndPharmacies = "drug_stores_and_pharmacies",
        DrugsDrugProprietariesAndDruggistSundries = "drugs_drug_proprietaries_and_druggist_sundries",
        DryCleaners = "dry_cleaners",
        DurableGoods = "durable_goods",
        DutyFreeStores = "duty_free_stores",
        EatingPlacesRestaurants = "eating_places_restaurants",
        EducationalServices = "educational_services",
        ElectricRazorStores = "electric_razor_stores",
        ElectricalPartsAndEquipment = "electrical_parts_and_equipment",
        ElectricalServices = "electrical_services",
        ElectronicsRepairShops = "electronics_repair_shops",
        ElectronicsStores = "electronics_stores",
        ElementarySecondarySchools = "elementary_secondary_schools",
        EmploymentTempAgencies = "employment_temp_agencies",
        EquipmentRental = "equipment_rental",
        ExterminatingServices = "exterminating_services",
        FamilyClothingStores = "family_clothing_stores",
        FastFoodRestaurants = "fast_food_restaurants",
        FinancialInstitutions = "financial_institutions",
        FinesGovernmentAdministrativeEntities = "fines_government_administrative_entities",
        FireplaceFireplaceScreensAndAccessoriesStores = "fireplace_fireplace_screens_and_accessories_stores",
        FloorCoveringStores = "floor_covering_stores",
        Florists = "florists",
        FloristsSuppliesNurseryStockAndFlowers = "florists_supplies_nursery_stock_and_flowers",
        FreezerAndLockerMeatProvisioners = "freezer_and_locker_meat_provisioners",
        FuelDealersNonAutomotive = "fuel_dealers_non_automotive",
        FuneralServicesCrematories = "funeral_services_crematories",
        FurnitureHomeFurnishingsAndEquipmentStoresExceptAppliances = "furniture_home_furnishings_and_equipment_stores_except_appliances",
        FurnitureRepairRefinishing = "furniture_repair_refinishing",
        FurriersAndFurShops = "furriers_and_fur_shops",
        GeneralServices = "general_services",
        GiftCardNoveltyAndSouvenirShops = "gift_card_novelty_and_souvenir_shops",
        GlassPaintAndWallpaperStores = "glass_paint_and_wallpaper_stores",
        GlasswareCrystalStores = "glassware_crystal_stores",
        GolfCoursesPublic = "golf_courses_public",
        GovernmentServices = "government_services",
        GroceryStoresSupermarkets = "grocery_stores_supermarkets",
        HardwareEquipmentAndSupplies = "hardware_equipment_and_supplies",
        HardwareStores = "hardware_stores",
        HealthAndBeautySpas = "health_and_beauty_spas",
        HearingAidsSalesAndSupplies = "hearing_aids_sales_and_supplies",
        HeatingPlumbingAC = "heating_plumbing_a_c",
        HobbyToyAndGameShops = "hobby_toy_and_game_shops",
        HomeSupplyWarehouseStores = "home_supply_warehouse_stores",
        Hospitals = "hospitals",
        HotelsMotelsAndResorts = "hotels_motels_and_resorts",
        HouseholdApplianceStores = "household_appliance_stores",
        IndustrialSupplies = "industrial_supplies",
        InformationRetrievalServices = "information_retrieval_services",
        InsuranceDefault = "insurance_default",
        InsuranceUnderwritingPremiums = "insurance_underwriting_premiums",
        IntraCompanyPurchases = "intra_company_purchases",
        JewelryStoresWatchesClocksAndSilverwareStores = "jewelry_stores_watches_clocks_and_silverware_stores",
        LandscapingServices = "landscaping_services",
        Laundries = "laundries",
        LaundryCleaningServices = "laundry_cleaning_services",
        LegalServicesAttorneys = "legal_services_attorneys",
        LuggageAndLeatherGoodsStores = "luggage_and_leather_goods_stores",
        LumberBuildingMaterialsStores = "lumber_building_materials_stores",
        ManualCashDisburse = "manual_cash_disburse",
        MarinasServiceAndSupplies = "marinas_service_and_supplies",
        MasonryStoneworkAndPlaster = "masonry_stonework_and_plaster",
        MassageParlors = "massage_parlors",
        MedicalAndDentalLabs = "medical_and_dental_labs",
        MedicalDentalOphthalmicAndHospitalEquipmentAndSupplies = "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
        MedicalServices = "medical_services",
        MembershipOrganizations = "membership_organizations",
        MensAndBoysClothingAndAccessoriesStores = "mens_and_boys_clothing_and_accessories_stores",
        MensWomensClothingStores = "mens_womens_clothing_stores",
        MetalServiceCenters = "metal_service_centers",
        Miscellaneous = "miscellaneous",
        MiscellaneousApparelAndAccessoryShops = "miscellaneous_apparel_and_accessory_shops",
        MiscellaneousAutoDealers = "miscellaneous_auto_dealers",
        MiscellaneousBusinessServices = "miscellaneous_business_services",
        MiscellaneousFoodStores = "miscellaneous_food_stores",
        MiscellaneousGeneralMerchandise = "miscellaneous_general_merchandise",
        MiscellaneousGeneralServices = "miscellaneous_general_services",
        MiscellaneousHomeFurnishingSpecialtyStores = "miscellaneous_home_furnishing_specialty_stores",
        MiscellaneousPublishingAndPrinting = "miscellaneous_publishing_and_printing",
        MiscellaneousRecreationServices = "miscellaneous_recreation_services",
        MiscellaneousRepairShops = "miscellaneous_repair_shops",
        MiscellaneousSpecialtyRetail = "miscellaneous_specialty_retail",
        MobileHomeDealers = "mobile_home_dealers",
        MotionPictureTheaters = "motion_picture_theaters",
        MotorFreightCarriersAndTrucking = "motor_freight_carriers_and_trucking",
        MotorHomesDealers = "motor_homes_dealers",
        MotorVehicleSuppliesAndNewParts = "motor_vehicle_supplies_and_new_parts",
        MotorcycleShopsAndDealers = "motorcycle_shops_and_dealers",
        MotorcycleShopsDealers = "motorcycle_shops_dealers",
        MusicStoresMusicalInstrumentsPianosAndSheetMusic = "music_stores_musical_instruments_pianos_and_sheet_music",
        NewsDealersAndNewsstands = "news_dealers_and_newsstands",
        NonFiMoneyOrders = "non_fi_money_orders",
        NonFiStoredValueCardPurchaseLoad = "non_fi_stored_value_card_purchase_load",
        NondurableGoods = "nondurable_goods",
        NurseriesLawnAndGardenSupplyStores = "nurseries_lawn_and_garden_supply_stores",
        NursingPersonalCare = "nursing_personal_care",
        OfficeAndCommercialFurniture = "office_and_commercial_furniture",
        OpticiansEyeglasses = "opticians_eyeglasses",
        OptometristsOphthalmologist = "optometrists_ophthalmologist",
        OrthopedicGoodsProstheticDevices = "orthopedic_goods_prosthetic_devices",
        Osteopaths = "osteopaths",
        PackageStoresBeerWineAndLiquor = "package_stores_beer_wine_and_liquor",
        PaintsVarnishesAndSupplies = "paints_varnishes_and_supplies",
        ParkingLotsGarages = "parking_lots_garages",
        PassengerRailways = "passenger_railways",
        PawnShops = "pawn_shops",
        PetShopsPetFoodAndSupplies = "pet_shops_pet_food_and_supplies",
        PetroleumAndPetroleumProducts = "petroleum_and_petroleum_products",
        PhotoDeveloping = "photo_developing",
        PhotographicPhotocopyMicrofilmEquipmentAndSupplies = "photographic_photocopy_microfilm_equipment_and_supplies",
        PhotographicStudios = "photographic_studios",
        PictureVideoProduction = "picture_video_production",
        PieceGoodsNotionsAndOtherDryGoods = "piece_goods_notions_and_other_dry_goods",
        PlumbingHeatingEquipmentAndSupplies = "plumbing_heating_equipment_and_supplies",
        PoliticalOrganizations = "political_organizations",
        PostalServicesGovernmentOnly = "postal_services_government_only",
        PreciousStonesAndMetalsWatchesAndJewelry = "precious_stones_and_metals_watches_and_jewelry",
        ProfessionalServices = "professional_services",
        PublicWarehousingAndStorage = "public_warehousing_and_storage",
        QuickCopyReproAndBlueprint = "quick_copy_repro_and_blueprint",
        Railroads = "railroads",
        RealEstateAgentsAndManagersRentals = "real_estate_agents_and_managers_rentals",
        RecordStores = "record_stores",
        RecreationalVehicleRentals = "recreational_vehicle_rentals",
        ReligiousGoodsStores = "religious_goods_stores",
        ReligiousOrganizations = "religious_organizations",
        RoofingSidingSheetMetal = "roofing_siding_sheet_metal",
        SecretarialSupportServices = "secretarial_support_services",
        SecurityBrokersDealers = "security_brokers_dealers",
        ServiceStations = "service_stations",
        SewingNeedleworkFabricAndPieceGoodsStores = "sewing_needlework_fabric_and_piece_goods_stores",
        ShoeRepairHatCleaning = "shoe_repair_hat_cleaning",
        ShoeStores = "shoe_stores",
        SmallApplianceRepair = "small_appliance_repair",
        SnowmobileDealers = "snowmobile_dealers",
        SpecialTradeServices = "special_trade_services",
        SpecialtyCleaning = "specialty_cleaning",
        SportingGoodsStores = "sporting_goods_stores",
        SportingRecreationCamps = "sporting_recreation_camps",
        SportsAndRidingApparelStores = "sports_and_riding_apparel_stores",
        SportsClubsFields = "sports_clubs_fields",
        StampAndCoinStores = "stamp_and_coin_stores",
        StationaryOfficeSuppliesPrintingAndWritingPaper = "stationary_office_supplies_printing_and_writing_paper",
        StationeryStoresOfficeAndSchoolSupplyStores = "stationery_stores_office_and_school_supply_stores",
        SwimmingPoolsSales = "swimming_pools_sales",
        TUiTravelGermany = "t_ui_travel_germany",
        TailorsAlterations = "tailors_alterations",
        TaxPaymentsGovernmentAgencies = "tax_payments_government_agencies",
        TaxPreparationServices = "tax_preparation_services",
        TaxicabsLimousines = "taxicabs_limousines",
        TelecommunicationEquipmentAndTelephoneSales = "telecommunication_equipment_and_telephone_sales",
        TelecommunicationServices = "telecommunication_services",
        TelegraphServices = "telegraph_services",
        TentAndAwningShops = "tent_and_awning_shops",
        TestingLaboratories = "testing_laboratories",
        TheatricalTicketAgencies = "theatrical_ticket_agencies",
        Timeshares = "timeshares",
        TireRetreadingAndRepair = "tire_retreading_and_repair",
        TollsBridgeFees = "tolls_bridge_fees",
        TouristAttractionsAndExhibits = "tourist_attractions_and_exhibits",
        TowingServices = "towing_services",
        TrailerParksCampgrounds = "trailer_parks_campgrounds",
        TransportationServices = "transportation_services",
        TravelAgenciesTourOperators = "travel_agencies_tour_operators",
        TruckStopIteration = "truck_stop_iteration",
        TruckUtilityTrailerRentals = "truck_utility_trailer_rentals",
        TypesettingPlateMakingAndRelatedServices = "typesetting_plate_making_and_related_services",
        TypewriterStores = "typewriter_stores",
        USFederalGovernmentAgenciesOrDepartments = "u_s_federal_government_agencies_or_departments",
        UniformsCommercialClothing = "uniforms_commercial_clothing",
        UsedMerchandiseAndSecondhandStores = "used_merchandise_and_secondhand_stores",
        Utilities = "utilities",
        VarietyStores = "variety_stores",
        VeterinaryServices = "veterinary_services",
        VideoAmusementGameSupplies = "video_amusement_game_supplies",
        VideoGameArcades = "video_game_arcades",
        VideoTapeRentalStores = "video_tape_rental_stores",
        VocationalTradeSchools = "vocational_trade_schools",
        WatchJewelryRepair = "watch_jewelry_repair",
        WeldingRepair = "welding_repair",
        WholesaleClubs = "wholesale_clubs",
        WigAndToupeeStores = "wig_and_toupee_stores",
        WiresMoneyOrders = "wires_money_orders",
        WomensAccessoryAndSpecialtyShops = "womens_accessory_and_specialty_shops",
        WomensReadyToWearStores = "womens_ready_to_wear_stores",
        WreckingAndSalvageYards = "wrecking_and_salvage_yards",
        ..Unknown
    }
}

/// The `issuing_card_google_pay` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingCardGooglePay {
    /// Google Pay Eligibility
    pub eligible: bool,
    /// Reason the card is ineligible for Google Pay
    pub ineligible_reason: Option<IssuingCardGooglePayIneligibleReason>,
}

runtime::decode! { IssuingCardGooglePay { eligible, ineligible_reason } }

runtime::string_enum! {
    /// Reason the card is ineligible for Google Pay
    pub enum IssuingCardGooglePayIneligibleReason {
        MissingAgreement = "missing_agreement",
        MissingCardholderContact = "missing_cardholder_contact",
        UnsupportedRegion = "unsupported_region",
        ..Unknown
    }
}

/// The `issuing_card_shipping` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingCardShipping {
    pub address: Address,
    /// The delivery company that shipped a card.
    pub carrier: Option<IssuingCardShippingCarrier>,
    /// A unix timestamp representing a best estimate of when the card will be delivered.
    pub eta: Option<i64>,
    /// Recipient name.
    pub name: String,
    /// Shipment service, such as `standard` or `express`.
    pub service: IssuingCardShippingService,
    /// The delivery status of the card.
    pub status: Option<IssuingCardShippingStatus>,
    /// A tracking number for a card shipment.
    pub tracking_number: Option<String>,
    /// A link to the shipping carrier's site where you can view detailed information about a card shipment.
    pub tracking_url: Option<String>,
    /// Packaging options.
    pub r#type: IssuingCardShippingType,
}

runtime::decode! {
    IssuingCardShipping {
        address, carrier, eta, name, service, status, tracking_number, tracking_url,
        r#type = "type",
    }
}

runtime::string_enum! {
    /// The delivery company that shipped a card.
    pub enum IssuingCardShippingCarrier {
        Dhl = "dhl",
        Fedex = "fedex",
        RoyalMail = "royal_mail",
        Usps = "usps",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Shipment service, such as `standard` or `express`.
    pub enum IssuingCardShippingService {
        Express = "express",
        Priority = "priority",
        Standard = "standard",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The delivery status of the card.
    pub enum IssuingCardShippingStatus {
        Canceled = "canceled",
        Delivered = "delivered",
        Failure = "failure",
        Pending = "pending",
        Returned = "returned",
        Shipped = "shipped",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Packaging options.
    pub enum IssuingCardShippingType {
        Bulk = "bulk",
        Individual = "individual",
        ..Unknown
    }
}

/// The `issuing_card_spending_limit` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingCardSpendingLimit {
    /// Maximum amount allowed to spend per interval.
    pub amount: i64,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories.
    pub categories: Option<Vec<IssuingCardSpendingLimitCategoriesItem>>,
    /// Interval (or event) to which the amount applies.
    pub interval: IssuingCardSpendingLimitInterval,
}

runtime::decode! { IssuingCardSpendingLimit { amount, categories, interval } }

runtime::string_enum! {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories.
    pub enum IssuingCardSpendingLimitCategoriesItem {
        AcRefrigerationRepair = "ac_refrigeration_repair",
        AccountingBookkeepingServices = "accounting_bookkeeping_services",
        AdvertisingServices = "advertising_services",
        AgriculturalCooperative = "agricultural_cooperative",
        AirlinesAirCarriers = "airlines_air_carriers",
        AirportsFlyingFields = "airports_flying_fields",
        AmbulanceServices = "ambulance_services",
        AmusementParksCarnivals = "amusement_parks_carnivals",
        AntiqueReproductions = "antique_reproductions",
        AntiqueShops = "antique_shops",
        Aquariums = "aquariums",
        ArchitecturalSurveyingServices = "architectural_surveying_services",
        ArtDealersAndGalleries = "art_dealers_and_galleries",
        ArtistsSupplyAndCraftShops = "artists_supply_and_craft_shops",
        AutoAndHomeSupplyStores = "auto_and_home_supply_stores",
        AutoBodyRepairShops = "auto_body_repair_shops",
        AutoPaintShops = "auto_paint_shops",
        AutoServiceShops = "auto_service_shops",
        AutomatedCashDisburse = "automated_cash_disburse",
        AutomatedFuelDispensers = "automated_fuel_dispensers",
        AutomobileAssociations = "automobile_associations",
        AutomotivePartsAndAccessoriesStores = "automotive_parts_and_accessories_stores",
        AutomotiveTireStores = "automotive_tire_stores",
        BailAndBondPayments = "bail_and_bond_payments",
        Bakeries = "bakeries",
        BandsOrchestras = "bands_orchestras",
        BarberAndBeautyShops = "barber_and_beauty_shops",
        BettingCasinoGambling = "betting_casino_gambling",
        BicycleShops = "bicycle_shops",
        BilliardPoolEstablishments = "billiard_pool_establishments",
        BoatDealers = "boat_dealers",
        BoatRentalsAndLeases = "boat_rentals_and_leases",
        BookStores = "book_stores",
        BooksPeriodicalsAndNewspapers = "books_periodicals_and_newspapers",
        BowlingAlleys = "bowling_alleys",
        BusLines = "bus_lines",
        BusinessSecretarialSchools = "business_secretarial_schools",
        BuyingShoppingServices = "buying_shopping_services",
        CableSatelliteAndOtherPayTelevisionAndRadio = "cable_satellite_and_other_pay_television_and_radio",
        CameraAndPhotographicSupplyStores = "camera_and_photographic_supply_stores",
        CandyNutAndConfectioneryStores = "candy_nut_and_confectionery_stores",
        CarAndTruckDealersNewUsed = "car_and_truck_dealers_new_used",
        CarAndTruckDealersUsedOnly = "car_and_truck_dealers_used_only",
        CarRentalAgencies = "car_rental_agencies",
        CarWashes = "car_washes",
        CarpentryServices = "carpentry_services",
        CarpetUpholsteryCleaning = "carpet_upholstery_cleaning",
        Caterers = "caterers",
        CharitableAndSocialServiceOrganizationsFundraising = "charitable_and_social_service_organizations_fundraising",
        ChemicalsAndAlliedProducts = "chemicals_and_allied_products",
        ChildCareServices = "child_care_services",
        ChildrensAndInfantsWearStores = "childrens_and_infants_wear_stores",
        ChiropodistsPodiatrists = "chiropodists_podiatrists",
        Chiropractors = "chiropractors",
        CigarStoresAndStands = "cigar_stores_and_stands",
        CivicSocialFraternalAssociations = "civic_social_fraternal_associations",
        CleaningAndMaintenance = "cleaning_and_maintenance",
        ClothingRental = "clothing_rental",
        CollegesUniversities = "colleges_universities",
        CommercialEquipment = "commercial_equipment",
        CommercialFootwear = "commercial_footwear",
        CommercialPhotographyArtAndGraphics = "commercial_photography_art_and_graphics",
        CommuterTransportAndFerries = "commuter_transport_and_ferries",
        ComputerNetworkServices = "computer_network_services",
        ComputerProgramming = "computer_programming",
        ComputerRepair = "computer_repair",
        ComputerSoftwareStores = "computer_software_stores",
        ComputersPeripheralsAndSoftware = "computers_peripherals_and_software",
        ConcreteWorkServices = "concrete_work_services",
        ConstructionMaterials = "construction_materials",
        ConsultingPublicRelations = "consulting_public_relations",
        CorrespondenceSchools = "correspondence_schools",
        CosmeticStores = "cosmetic_stores",
        CounselingServices = "counseling_services",
        CountryClubs = "country_clubs",
        CourierServices = "courier_services",
        CourtCosts = "court_costs",
        CreditReportingAgencies = "credit_reporting_agencies",
        CruiseLines = "cruise_lines",
        DairyProductsStores = "dairy_products_stores",
        DanceHallStudiosSchools = "dance_hall_studios_schools",
        DatingEscortServices = "dating_escort_services",
        DentistsOrthodontists = "dentists_orthodontists",
        DepartmentStores = "department_stores",
        DetectiveAgencies = "detective_agencies",
        DigitalGoodsApplications = "digital_goods_applications",
        DigitalGoodsGames = "digital_goods_games",
        DigitalGoodsLargeVolume = "digital_goods_large_volume",
        DigitalGoodsMedia = "digital_goods_media",
        DirectMarketingCatalogMerchant = "direct_marketing_catalog_merchant",
        DirectMarketingCombinationCatalogAndRetailMerchant = "direct_marketing_combination_catalog_and_retail_merchant",
        DirectMarketingInboundTelemarketing = "direct_marketing_inbound_telemarketing",
        DirectMarketingInsuranceServices = "direct_marketing_insurance_services",
        DirectMarketingOther = "direct_marketing_other",
        DirectMarketingOutboundTelemarketing = "direct_marketing_outbound_telemarketing",
        DirectMarketingSubscription = "direct_marketing_subscription",
        DirectMarketingTravel = "direct_marketing_travel",
        DiscountStores = "discount_stores",
        Doctors = "doctors",
        DoorToDoorSales = "door_to_door_sales",
        DraperyWindowCoveringAndUpholsteryStores = "drapery_window_covering_and_upholstery_stores",
        DrinkingPlaces = "drinking_places",
        DrugStoresAndPharmacies = "drug_stores_and_pharmacies",
        DrugsDrugProprietariesAndDruggistSundries = "drugs_drug_proprietaries_and_druggist_sundries",
        DryCleaners = "dry_cleaners",
        DurableGoods = "durable_goods",
        DutyFreeStores = "duty_free_stores",
        EatingPlacesRestaurants = "eating_places_restaurants",
        EducationalServices = "educational_services",
        ElectricRazorStores = "electric_razor_stores",
        ElectricalPartsAndEquipment = "electrical_parts_and_equipment",
        ElectricalServices = "electrical_services",
        ElectronicsRepairShops = "electronics_repair_shops",
        ElectronicsStores = "electronics_stores",
        ElementarySecondarySchools = "elementary_secondary_schools",
        EmploymentTempAgencies = "employment_temp_agencies",
        EquipmentRental = "equipment_rental",
        ExterminatingServices = "exterminating_services",
        FamilyClothingStores = "family_clothing_stores",
        FastFoodRestaurants = "fast_food_restaurants",
        FinancialInstitutions = "financial_institutions",
        FinesGovernmentAdministrativeEntities = "fines_government_administrative_entities",
        FireplaceFireplaceScreensAndAccessoriesStores = "fireplace_fireplace_screens_and_accessories_stores",
        FloorCoveringStores = "floor_covering_stores",
        Florists = "florists",
        FloristsSuppliesNurseryStockAndFlowers = "florists_supplies_nursery_stock_and_flowers",
        FreezerAndLockerMeatProvisioners = "freezer_and_locker_meat_provisioners",
        FuelDealersNonAutomotive = "fuel_dealers_non_automotive",
        FuneralServicesCrematories = "funeral_services_crematories",
        FurnitureHomeFurnishingsAndEquipmentStoresExceptAppliances = "furniture_home_furnishings_and_equipment_stores_except_appliances",
        FurnitureRepairRefinishing = "furniture_repair_refinishing",
        FurriersAndFurShops = "furriers_and_fur_shops",
        GeneralServices = "general_services",
        GiftCardNoveltyAndSouvenirShops = "gift_card_novelty_and_souvenir_shops",
        GlassPaintAndWallpaperStores = "glass_paint_and_wallpaper_stores",
        GlasswareCrystalStores = "glassware_crystal_stores",
        GolfCoursesPublic = "golf_courses_public",
        GovernmentServices = "government_services",
        GroceryStoresSupermarkets = "grocery_stores_supermarkets",
        HardwareEquipmentAndSupplies = "hardware_equipment_and_supplies",
        HardwareStores = "hardware_stores",
        HealthAndBeautySpas = "health_and_beauty_spas",
        HearingAidsSalesAndSupplies = "hearing_aids_sales_and_supplies",
        HeatingPlumbingAC = "heating_plumbing_a_c",
        HobbyToyAndGameShops = "hobby_toy_and_game_shops",
        HomeSupplyWarehouseStores = "home_supply_warehouse_stores",
        Hospitals = "hospitals",
        HotelsMotelsAndResorts = "hotels_motels_and_resorts",
        HouseholdApplianceStores = "household_appliance_stores",
        IndustrialSupplies = "industrial_supplies",
        InformationRetrievalServices = "information_retrieval_services",
        InsuranceDefault = "insurance_default",
        InsuranceUnderwritingPremiums = "insurance_underwriting_premiums",
        IntraCompanyPurchases = "intra_company_purchases",
        JewelryStoresWatchesClocksAndSilverwareStores = "jewelry_stores_watches_clocks_and_silverware_stores",
        LandscapingServices = "landscaping_services",
        Laundries = "laundries",
        LaundryCleaningServices = "laundry_cleaning_services",
        LegalServicesAttorneys = "legal_services_attorneys",
        LuggageAndLeatherGoodsStores = "luggage_and_leather_goods_stores",
        LumberBuildingMaterialsStores = "lumber_building_materials_stores",
        ManualCashDisburse = "manual_cash_disburse",
        MarinasServiceAndSupplies = "marinas_service_and_supplies",
        MasonryStoneworkAndPlaster = "masonry_stonework_and_plaster",
        MassageParlors = "massage_parlors",
        MedicalAndDentalLabs = "medical_and_dental_labs",
        MedicalDentalOphthalmicAndHospitalEquipmentAndSupplies = "medical_dental_ophthalmic_and_hospital_equipment_and_supplies",
        MedicalServices = "medical_services",
        MembershipOrganizations = "membership_organizations",
        MensAndBoysClothingAndAccessoriesStores = "mens_and_boys_clothing_and_accessories_stores",
        MensWomensClothingStores = "mens_womens_clothing_stores",
        MetalServiceCenters = "metal_service_centers",
        Miscellaneous = "miscellaneous",
        MiscellaneousApparelAndAccessoryShops = "miscellaneous_apparel_and_accessory_shops",
        MiscellaneousAutoDealers = "miscellaneous_auto_dealers",
        MiscellaneousBusinessServices = "miscellaneous_business_services",
        MiscellaneousFoodStores = "miscellaneous_food_stores",
        MiscellaneousGeneralMerchandise = "miscellaneous_general_merchandise",
        MiscellaneousGeneralServices = "miscellaneous_general_services",
        MiscellaneousHomeFurnishingSpecialtyStores = "miscellaneous_home_furnishing_specialty_stores",
        MiscellaneousPublishingAndPrinting = "miscellaneous_publishing_and_printing",
        MiscellaneousRecreationServices = "miscellaneous_recreation_services",
        MiscellaneousRepairShops = "miscellaneous_repair_shops",
        MiscellaneousSpecialtyRetail = "miscellaneous_specialty_retail",
        MobileHomeDealers = "mobile_home_dealers",
        MotionPictureTheaters = "motion_picture_theaters",
        MotorFreightCarriersAndTrucking = "motor_freight_carriers_and_trucking",
        MotorHomesDealers = "motor_homes_dealers",
        MotorVehicleSuppliesAndNewParts = "motor_vehicle_supplies_and_new_parts",
        MotorcycleShopsAndDealers = "motorcycle_shops_and_dealers",
        MotorcycleShopsDealers = "motorcycle_shops_dealers",
        MusicStoresMusicalInstrumentsPianosAndSheetMusic = "music_stores_musical_instruments_pianos_and_sheet_music",
        NewsDealersAndNewsstands = "news_dealers_and_newsstands",
        NonFiMoneyOrders = "non_fi_money_orders",
        NonFiStoredValueCardPurchaseLoad = "non_fi_stored_value_card_purchase_load",
        NondurableGoods = "nondurable_goods",
        NurseriesLawnAndGardenSupplyStores = "nurseries_lawn_and_garden_supply_stores",
        NursingPersonalCare = "nursing_personal_care",
        OfficeAndCommercialFurniture = "office_and_commercial_furniture",
        OpticiansEyeglasses = "opticians_eyeglasses",
        OptometristsOphthalmologist = "optometrists_ophthalmologist",
        OrthopedicGoodsProstheticDevices = "orthopedic_goods_prosthetic_devices",
        Osteopaths = "osteopaths",
        PackageStoresBeerWineAndLiquor = "package_stores_beer_wine_and_liquor",
        PaintsVarnishesAndSupplies = "paints_varnishes_and_supplies",
        ParkingLotsGarages = "parking_lots_garages",
        PassengerRailways = "passenger_railways",
        PawnShops = "pawn_shops",
        PetShopsPetFoodAndSupplies = "pet_shops_pet_food_and_supplies",
        PetroleumAndPetroleumProducts = "petroleum_and_petroleum_products",
        PhotoDeveloping = "photo_developing",
        PhotographicPhotocopyMicrofilmEquipmentAndSupplies = "photographic_photocopy_microfilm_equipment_and_supplies",
        PhotographicStudios = "photographic_studios",
        PictureVideoProduction = "picture_video_production",
        PieceGoodsNotionsAndOtherDryGoods = "piece_goods_notions_and_other_dry_goods",
        PlumbingHeatingEquipmentAndSupplies = "plumbing_heating_equipment_and_supplies",
        PoliticalOrganizations = "political_organizations",
        PostalServicesGovernmentOnly = "postal_services_government_only",
        PreciousStonesAndMetalsWatchesAndJewelry = "precious_stones_and_metals_watches_and_jewelry",
        ProfessionalServices = "professional_services",
        PublicWarehousingAndStorage = "public_warehousing_and_storage",
        QuickCopyReproAndBlueprint = "quick_copy_repro_and_blueprint",
        Railroads = "railroads",
        RealEstateAgentsAndManagersRentals = "real_estate_agents_and_managers_rentals",
        RecordStores = "record_stores",
        RecreationalVehicleRentals = "recreational_vehicle_rentals",
        ReligiousGoodsStores = "religious_goods_stores",
        ReligiousOrganizations = "religious_organizations",
        RoofingSidingSheetMetal = "roofing_siding_sheet_metal",
        SecretarialSupportServices = "secretarial_support_services",
        SecurityBrokersDealers = "security_brokers_dealers",
        ServiceStations = "service_stations",
        SewingNeedleworkFabricAndPieceGoodsStores = "sewing_needlework_fabric_and_piece_goods_stores",
        ShoeRepairHatCleaning = "shoe_repair_hat_cleaning",
        ShoeStores = "shoe_stores",
        SmallApplianceRepair = "small_appliance_repair",
        SnowmobileDealers = "snowmobile_dealers",
        SpecialTradeServices = "special_trade_services",
        SpecialtyCleaning = "specialty_cleaning",
        SportingGoodsStores = "sporting_goods_stores",
        SportingRecreationCamps = "sporting_recreation_camps",
        SportsAndRidingApparelStores = "sports_and_riding_apparel_stores",
        SportsClubsFields = "sports_clubs_fields",
        StampAndCoinStores = "stamp_and_coin_stores",
        StationaryOfficeSuppliesPrintingAndWritingPaper = "stationary_office_supplies_printing_and_writing_paper",
        StationeryStoresOfficeAndSchoolSupplyStores = "stationery_stores_office_and_school_supply_stores",
        SwimmingPoolsSales = "swimming_pools_sales",
        TUiTravelGermany = "t_ui_travel_germany",
        TailorsAlterations = "tailors_alterations",
        TaxPaymentsGovernmentAgencies = "tax_payments_government_agencies",
        TaxPreparationServices = "tax_preparation_services",
        TaxicabsLimousines = "taxicabs_limousines",
        TelecommunicationEquipmentAndTelephoneSales = "telecommunication_equipment_and_telephone_sales",
        TelecommunicationServices = "telecommunication_services",
        TelegraphServices = "telegraph_services",
        TentAndAwningShops = "tent_and_awning_shops",
        TestingLaboratories = "testing_laboratories",
        TheatricalTicketAgencies = "theatrical_ticket_agencies",
        Timeshares = "timeshares",
        TireRetreadingAndRepair = "tire_retreading_and_repair",
        TollsBridgeFees = "tolls_bridge_fees",
        TouristAttractionsAndExhibits = "tourist_attractions_and_exhibits",
        TowingServices = "towing_services",
        TrailerParksCampgrounds = "trailer_parks_campgrounds",
        TransportationServices = "transportation_services",
        TravelAgenciesTourOperators = "travel_agencies_tour_operators",
        TruckStopIteration = "truck_stop_iteration",
        TruckUtilityTrailerRentals = "truck_utility_trailer_rentals",
        TypesettingPlateMakingAndRelatedServices = "typesetting_plate_making_and_related_services",
        TypewriterStores = "typewriter_stores",
        USFederalGovernmentAgenciesOrDepartments = "u_s_federal_government_agencies_or_departments",
        UniformsCommercialClothing = "uniforms_commercial_clothing",
        UsedMerchandiseAndSecondhandStores = "used_merchandise_and_secondhand_stores",
        Utilities = "utilities",
        VarietyStores = "variety_stores",
        VeterinaryServices = "veterinary_services",
        VideoAmusementGameSupplies = "video_amusement_game_supplies",
        VideoGameArcades = "video_game_arcades",
        VideoTapeRentalStores = "video_tape_rental_stores",
        VocationalTradeSchools = "vocational_trade_schools",
        WatchJewelryRepair = "watch_jewelry_repair",
        WeldingRepair = "welding_repair",
        WholesaleClubs = "wholesale_clubs",
        WigAndToupeeStores = "wig_and_toupee_stores",
        WiresMoneyOrders = "wires_money_orders",
        WomensAccessoryAndSpecialtyShops = "womens_accessory_and_specialty_shops",
        WomensReadyToWearStores = "womens_ready_to_wear_stores",
        WreckingAndSalvageYards = "wrecking_and_salvage_yards",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Interval (or event) to which the amount applies.
    pub enum IssuingCardSpendingLimitInterval {
        AllTime = "all_time",
        Daily = "daily",
        Monthly = "monthly",
        PerAuthorization = "per_authorization",
        Weekly = "weekly",
        Yearly = "yearly",
        ..Unknown
    }
}

/// The `issuing_card_wallets` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingCardWallets {
    pub apple_pay: IssuingCardApplePay,
    pub google_pay: IssuingCardGooglePay,
    /// Unique identifier for a card used with digital wallets
    pub primary_account_identifier: Option<String>,
}

runtime::decode! { IssuingCardWallets { apple_pay, google_pay, primary_account_identifier } }

/// The `issuing_cardholder_address` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingCardholderAddress {
    pub address: Address,
}

runtime::decode! { IssuingCardholderAddress { address } }

/// The `issuing_cardholder_authorization_controls` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardholderAuthorizationControls {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    pub allowed_categories: Option<Vec<IssuingCardAuthorizationControlsItem>>,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`.
    pub blocked_categories: Option<
        Vec<IssuingAuthorizationControlsBlockedCategoriesItem>,
    >,
    /// Limit spending with amount-based rules that apply across this cardholder's cards.
    pub spending_limits: Option<Vec<IssuingCardSpendingLimit>>,
    /// Currency of the amounts within `spending_limits`.
    pub spending_limits_currency: Option<String>,
}

runtime::decode! {
    IssuingCardholderAuthorizationControls {
        allowed_categories, blocked_categories, spending_limits, spending_limits_currency,
    }
}

/// The `issuing_cardholder_company` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingCardholderCompany {
    /// Whether the company's business ID number was provided.
    pub tax_id_provided: bool,
}

runtime::decode! { IssuingCardholderCompany { tax_id_provided } }

/// The `issuing_cardholder_id_document` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardholderIdDocument {
    /// The back of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
    pub back: Option<runtime::Expandable<File>>,
    /// The front of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
    pub front: Option<runtime::Expandable<File>>,
}

runtime::decode! { IssuingCardholderIdDocument { back, front } }

/// The `issuing_cardholder_individual` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingCardholderIndividual {
    /// The date of birth of this cardholder.
    pub dob: Option<LegalEntityDob>,
    /// The first name of this cardholder.
    pub first_name: String,
    /// The last name of this cardholder.
    pub last_name: String,
    /// Government-issued ID document for this cardholder.
    pub verification: Option<IssuingCardholderVerification>,
}

runtime::decode! { IssuingCardholderIndividual { dob, first_name, last_name, verification } }

/// Same as [`LegalEntityDob`].
pub type IssuingCardholderIndividualDob = LegalEntityDob;

/// The `issuing_cardholder_requirements` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardholderRequirements {
    /// If `disabled_reason` is present, all cards will decline authorizations with `cardholder_verification_required` reason.
    pub disabled_reason: Option<IssuingCardholderRequirementsDisabledReason>,
    /// Array of fields that need to be collected in order to verify and re-enable the cardholder.
    pub past_due: Option<Vec<IssuingCardholderRequirementsPastDueItem>>,
}

runtime::decode! { IssuingCardholderRequirements { disabled_reason, past_due } }

runtime::string_enum! {
    /// If `disabled_reason` is present, all cards will decline authorizations with `cardholder_verification_required` reason.
    pub enum IssuingCardholderRequirementsDisabledReason {
        Listed = "listed",
        RejectedListed = "rejected.listed",
        UnderReview = "under_review",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Array of fields that need to be collected in order to verify and re-enable the cardholder.
    pub enum IssuingCardholderRequirementsPastDueItem {
        CompanyTaxId = "company.tax_id",
        IndividualDobDay = "individual.dob.day",
        IndividualDobMonth = "individual.dob.month",
        IndividualDobYear = "individual.dob.year",
        IndividualFirstName = "individual.first_name",
        IndividualLastName = "individual.last_name",
        IndividualVerificationDocument = "individual.verification.document",
        ..Unknown
    }
}

/// Same as [`IssuingCardSpendingLimit`].
pub type IssuingCardholderSpendingLimit = IssuingCardSpendingLimit;

/// The `issuing_cardholder_verification` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingCardholderVerification {
    /// An identifying document, either a passport or local ID card.
    pub document: Option<IssuingCardholderIdDocument>,
}

runtime::decode! { IssuingCardholderVerification { document } }

/// The `issuing_dispute_canceled_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeCanceledEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    pub additional_documentation: Option<runtime::Expandable<File>>,
    /// Date when order was canceled.
    pub canceled_at: Option<i64>,
    /// Whether the cardholder was provided with a cancellation policy.
    pub cancellation_policy_provided: Option<bool>,
    /// Reason for canceling the order.
    pub cancellation_reason: Option<String>,
    /// Date when the cardholder expected to receive the product.
    pub expected_at: Option<i64>,
    /// Explanation of why the cardholder is disputing this transaction.
    pub explanation: Option<String>,
    /// Description of the merchandise or service that was purchased.
    pub product_description: Option<String>,
    /// Whether the product was a merchandise or service.
    pub product_type: Option<IssuingDisputeOtherEvidenceProductType>,
    /// Result of cardholder's attempt to return the product.
    pub return_status: Option<IssuingNotAsDescribedEvidenceReturnStatus>,
    /// Date when the product was returned or attempted to be returned.
    pub returned_at: Option<i64>,
}

runtime::decode! {
    IssuingDisputeCanceledEvidence {
        additional_documentation, canceled_at, cancellation_policy_provided, cancellation_reason,
        expected_at, explanation, product_description, product_type, return_status, returned_at,
    }
}

/// The `issuing_dispute_duplicate_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeDuplicateEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    pub additional_documentation: Option<runtime::Expandable<File>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the card statement showing that the product had already been paid for.
    pub card_statement: Option<runtime::Expandable<File>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the receipt showing that the product had been paid for in cash.
    pub cash_receipt: Option<runtime::Expandable<File>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Image of the front and back of the check that was used to pay for the product.
    pub check_image: Option<runtime::Expandable<File>>,
    /// Explanation of why the cardholder is disputing this transaction.
    pub explanation: Option<String>,
    /// Transaction (e.g., ipi_...) that the disputed transaction is a duplicate of. Of the two or more transactions that are copies of each other, this is original undisputed one.
    pub original_transaction: Option<String>,
}

runtime::decode! {
    IssuingDisputeDuplicateEvidence {
        additional_documentation, card_statement, cash_receipt, check_image, explanation,
        original_transaction,
    }
}

/// The `issuing_dispute_evidence` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuingDisputeEvidence {
    pub canceled: Option<IssuingDisputeCanceledEvidence>,
    pub duplicate: Option<IssuingDisputeDuplicateEvidence>,
    pub fraudulent: Option<IssuingDisputeFraudulentEvidence>,
    pub merchandise_not_as_described: Option<
        IssuingDisputeMerchandiseNotAsDescribedEvidence,
    >,
    pub not_received: Option<IssuingDisputeNotReceivedEvidence>,
    pub other: Option<IssuingDisputeOtherEvidence>,
    /// The reason for filing the dispute. Its value will match the field containing the evidence.
    pub reason: IssuingDisputeEvidenceReason,
    pub service_not_as_described: Option<IssuingDisputeServiceNotAsDescribedEvidence>,
}

runtime::decode! {
    IssuingDisputeEvidence {
        canceled, duplicate, fraudulent, merchandise_not_as_described, not_received, other, reason,
        service_not_as_described,
    }
}

runtime::string_enum! {
    /// The reason for filing the dispute. Its value will match the field containing the evidence.
    pub enum IssuingDisputeEvidenceReason {
        Canceled = "canceled",
        Duplicate = "duplicate",
        Fraudulent = "fraudulent",
        MerchandiseNotAsDescribed = "merchandise_not_as_described",
        NotReceived = "not_received",
        Other = "other",
        ServiceNotAsDescribed = "service_not_as_described",
        ..Unknown
    }
}

/// The `issuing_dispute_fraudulent_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeFraudulentEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    pub additional_documentation: Option<runtime::Expandable<File>>,
    /// Explanation of why the cardholder is disputing this transaction.
    pub explanation: Option<String>,
}

runtime::decode! { IssuingDisputeFraudulentEvidence { additional_documentation, explanation } }

/// The `issuing_dispute_merchandise_not_as_described_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeMerchandiseNotAsDescribedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    pub additional_documentation: Option<runtime::Expandable<File>>,
    /// Explanation of why the cardholder is disputing this transaction.
    pub explanation: Option<String>,
    /// Date when the product was received.
    pub received_at: Option<i64>,
    /// Description of the cardholder's attempt to return the product.
    pub return_description: Option<String>,
    /// Result of cardholder's attempt to return the product.
    pub return_status: Option<IssuingNotAsDescribedEvidenceReturnStatus>,
    /// Date when the product was returned or attempted to be returned.
    pub returned_at: Option<i64>,
}

runtime::decode! {
    IssuingDisputeMerchandiseNotAsDescribedEvidence {
        additional_documentation, explanation, received_at, return_description, return_status,
        returned_at,
    }
}

runtime::string_enum! {
    /// Result of cardholder's attempt to return the product.
    pub enum IssuingNotAsDescribedEvidenceReturnStatus {
        MerchantRejected = "merchant_rejected",
        Successful = "successful",
        ..Unknown
    }
}

/// The `issuing_dispute_not_received_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeNotReceivedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    pub additional_documentation: Option<runtime::Expandable<File>>,
    /// Date when the cardholder expected to receive the product.
    pub expected_at: Option<i64>,
    /// Explanation of why the cardholder is disputing this transaction.
    pub explanation: Option<String>,
    /// Description of the merchandise or service that was purchased.
    pub product_description: Option<String>,
    /// Whether the product was a merchandise or service.
    pub product_type: Option<IssuingDisputeOtherEvidenceProductType>,
}

runtime::decode! {
    IssuingDisputeNotReceivedEvidence {
        additional_documentation, expected_at, explanation, product_description, product_type,
    }
}

/// The `issuing_dispute_other_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeOtherEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    pub additional_documentation: Option<runtime::Expandable<File>>,
    /// Explanation of why the cardholder is disputing this transaction.
    pub explanation: Option<String>,
    /// Description of the merchandise or service that was purchased.
    pub product_description: Option<String>,
    /// Whether the product was a merchandise or service.
    pub product_type: Option<IssuingDisputeOtherEvidenceProductType>,
}

runtime::decode! {
    IssuingDisputeOtherEvidence {
        additional_documentation, explanation, product_description, product_type,
    }
}

runtime::string_enum! {
    /// Whether the product was a merchandise or service.
    pub enum IssuingDisputeOtherEvidenceProductType {
        Merchandise = "merchandise",
        Service = "service",
        ..Unknown
    }
}

/// The `issuing_dispute_service_not_as_described_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingDisputeServiceNotAsDescribedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    pub additional_documentation: Option<runtime::Expandable<File>>,
    /// Date when order was canceled.
    pub canceled_at: Option<i64>,
    /// Reason for canceling the order.
    pub cancellation_reason: Option<String>,
    /// Explanation of why the cardholder is disputing this transaction.
    pub explanation: Option<String>,
    /// Date when the product was received.
    pub received_at: Option<i64>,
}

runtime::decode! {
    IssuingDisputeServiceNotAsDescribedEvidence {
        additional_documentation, canceled_at, cancellation_reason, explanation, received_at,
    }
}

/// The `issuing_transaction_amount_details` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingTransactionAmountDetails {
    /// The fee charged by the ATM for the cash withdrawal.
    pub atm_fee: Option<i64>,
}

runtime::decode! { IssuingTransactionAmountDetails { atm_fee } }

/// The `issuing_transaction_flight_data` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingTransactionFlightData {
    /// The time that the flight departed.
    pub departure_at: Option<i64>,
    /// The name of the passenger.
    pub passenger_name: Option<String>,
    /// Whether the ticket is refundable.
    pub refundable: Option<bool>,
    /// The legs of the trip.
    pub segments: Option<Vec<IssuingTransactionFlightDataLeg>>,
    /// The travel agency that issued the ticket.
    pub travel_agency: Option<String>,
}

runtime::decode! {
    IssuingTransactionFlightData {
        departure_at, passenger_name, refundable, segments, travel_agency,
    }
}

/// The `issuing_transaction_flight_data_leg` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingTransactionFlightDataLeg {
    /// The three-letter IATA airport code of the flight's destination.
    pub arrival_airport_code: Option<String>,
    /// The airline carrier code.
    pub carrier: Option<String>,
    /// The three-letter IATA airport code that the flight departed from.
    pub departure_airport_code: Option<String>,
    /// The flight number.
    pub flight_number: Option<String>,
    /// The flight's service class.
    pub service_class: Option<String>,
    /// Whether a stopover is allowed on this flight.
    pub stopover_allowed: Option<bool>,
}

runtime::decode! {
    IssuingTransactionFlightDataLeg {
        arrival_airport_code, carrier, departure_airport_code, flight_number, service_class,
        stopover_allowed,
    }
}

/// The `issuing_transaction_fuel_data` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuingTransactionFuelData {
    /// The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`.
    pub r#type: String,
    /// The units for `volume_decimal`. One of `us_gallon` or `liter`.
    pub unit: String,
    /// The cost in cents per each unit of fuel, represented as a decimal string with at most 12 decimal places.
    pub unit_cost_decimal: String,
    /// The volume of the fuel that was pumped, represented as a decimal string with at most 12 decimal places.
    pub volume_decimal: Option<String>,
}

runtime::decode! {
    IssuingTransactionFuelData {
        r#type = "type", unit, unit_cost_decimal, volume_decimal,
    }
}

/// The `issuing_transaction_lodging_data` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingTransactionLodgingData {
    /// The time of checking into the lodging.
    pub check_in_at: Option<i64>,
    /// The number of nights stayed at the lodging.
    pub nights: Option<i64>,
}

runtime::decode! { IssuingTransactionLodgingData { check_in_at, nights } }

/// The `issuing_transaction_purchase_details` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingTransactionPurchaseDetails {
    /// Information about the flight that was purchased with this transaction.
    pub flight: Option<IssuingTransactionFlightData>,
    /// Information about fuel that was purchased with this transaction.
    pub fuel: Option<IssuingTransactionFuelData>,
    /// Information about lodging that was purchased with this transaction.
    pub lodging: Option<IssuingTransactionLodgingData>,
    /// The line items in the purchase.
    pub receipt: Option<Vec<IssuingTransactionReceiptData>>,
    /// A merchant-specific order number.
    pub reference: Option<String>,
}

runtime::decode! { IssuingTransactionPurchaseDetails { flight, fuel, lodging, receipt, reference } }

/// The `issuing_transaction_receipt_data` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuingTransactionReceiptData {
    /// The description of the item. The maximum length of this field is 26 characters.
    pub description: Option<String>,
    /// The quantity of the item.
    pub quantity: Option<f64>,
    /// The total for this line item in cents.
    pub total: Option<i64>,
    /// The unit cost of the item in cents.
    pub unit_cost: Option<i64>,
}

runtime::decode! { IssuingTransactionReceiptData { description, quantity, total, unit_cost } }

/// A line item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Total before any discounts or taxes are applied.
    pub amount_subtotal: i64,
    /// Total after discounts and taxes.
    pub amount_total: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users. Defaults to product name.
    pub description: String,
    /// The discounts applied to the line item.
    pub discounts: Option<Vec<LineItemsDiscountAmount>>,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ItemObject,
    /// The price used to generate the line item.
    pub price: Option<Price>,
    /// The quantity of products being purchased.
    pub quantity: Option<i64>,
    /// The taxes applied to the line item.
    pub taxes: Option<Vec<LineItemsTaxAmount>>,
}

runtime::decode! {
    Item {
        amount_subtotal, amount_total, currency, description, discounts, id, object, price,
        quantity, taxes,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum ItemObject {
        Item = "item",
        ..Unknown
    }
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

impl runtime::Identified for IssuingAuthorization {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for IssuingCard {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for IssuingCardholder {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for IssuingDispute {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for IssuingTransaction {
    fn id(&self) -> &str {
        &self.id
    }
}
