// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `deleted_bank_account` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedBankAccount {
    /// Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid out to the bank account.
    pub currency: Option<String>,
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: BankAccountObject,
}

runtime::decode! { DeletedBankAccount { currency, deleted, id, object } }

/// The `deleted_card` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedCard {
    /// Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid out to the bank account.
    pub currency: Option<String>,
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: CardObject,
}

runtime::decode! { DeletedCard { currency, deleted, id, object } }

/// The `deleted_coupon` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedCoupon {
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: CouponObject,
}

runtime::decode! { DeletedCoupon { deleted, id, object } }

/// The `deleted_customer` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedCustomer {
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: CustomerObject,
}

runtime::decode! { DeletedCustomer { deleted, id, object } }

/// The `deleted_discount` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedDiscount {
    /// The Checkout session that this coupon is applied to, if it is applied to a particular session in payment mode. Will not be present for subscription mode.
    pub checkout_session: Option<String>,
    /// A coupon contains information about a percent-off or amount-off discount you
    /// might want to apply to a customer. Coupons may be applied to [invoices](https://stripe.com/docs/api#invoices) or
    /// [orders](https://stripe.com/docs/api#create_order_legacy-coupon). Coupons do not work with conventional one-off [charges](https://stripe.com/docs/api#create_charge).
    pub coupon: Coupon,
    /// The ID of the customer associated with this discount.
    pub customer: Option<runtime::Expandable<DiscountCustomer>>,
    /// Always true for a deleted object
    pub deleted: bool,
    /// The ID of the discount object. Discounts cannot be fetched by ID. Use `expand[]=discounts` in API calls to expand discount IDs in an array.
    pub id: String,
    /// The invoice that the discount's coupon was applied to, if it was applied directly to a particular invoice.
    pub invoice: Option<String>,
    /// The invoice item `id` (or invoice line item `id` for invoice line items of type='subscription') that the discount's coupon was applied to, if it was applied directly to a particular invoice item or invoice line item.
    pub invoice_item: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: DiscountObject,
    /// The promotion code applied to create this discount.
    pub promotion_code: Option<runtime::Expandable<PromotionCode>>,
    /// Date that the coupon was applied.
    pub start: i64,
    /// The subscription that this coupon is applied to, if it is applied to a particular subscription.
    pub subscription: Option<String>,
}

runtime::decode! {
    DeletedDiscount {
        checkout_session, coupon, customer, deleted, id, invoice, invoice_item, object,
        promotion_code, start, subscription,
    }
}

/// The `deleted_invoice` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedInvoice {
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: InvoiceObject,
}

runtime::decode! { DeletedInvoice { deleted, id, object } }

/// The `deleted_price` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedPrice {
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: PriceObject,
}

runtime::decode! { DeletedPrice { deleted, id, object } }

/// The `deleted_product` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedProduct {
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ProductObject,
}

runtime::decode! { DeletedProduct { deleted, id, object } }

/// The `deleted_tax_id` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedTaxId {
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TaxIdObject,
}

runtime::decode! { DeletedTaxId { deleted, id, object } }

/// The `deleted_webhook_endpoint` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedWebhookEndpoint {
    /// Always true for a deleted object
    pub deleted: bool,
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: WebhookEndpointObject,
}

runtime::decode! { DeletedWebhookEndpoint { deleted, id, object } }

/// The `delivery_estimate` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryEstimate {
    /// If `type` is `"exact"`, `date` will be the expected delivery date in the format YYYY-MM-DD.
    pub date: Option<String>,
    /// If `type` is `"range"`, `earliest` will be be the earliest delivery date in the format YYYY-MM-DD.
    pub earliest: Option<String>,
    /// If `type` is `"range"`, `latest` will be the latest delivery date in the format YYYY-MM-DD.
    pub latest: Option<String>,
    /// The type of estimate. Must be either `"range"` or `"exact"`.
    pub r#type: String,
}

runtime::decode! { DeliveryEstimate { date, earliest, latest, r#type = "type" } }

/// A discount represents the actual application of a coupon to a particular
/// customer. It contains information about when the discount began and when it
/// will end.
///
/// Related guide: [Applying Discounts to Subscriptions](https://stripe.com/docs/billing/subscriptions/discounts).
#[derive(Debug, Clone, PartialEq)]
pub struct Discount {
    /// The Checkout session that this coupon is applied to, if it is applied to a particular session in payment mode. Will not be present for subscription mode.
    pub checkout_session: Option<String>,
    /// A coupon contains information about a percent-off or amount-off discount you
    /// might want to apply to a customer. Coupons may be applied to [invoices](https://stripe.com/docs/api#invoices) or
    /// [orders](https://stripe.com/docs/api#create_order_legacy-coupon). Coupons do not work with conventional one-off [charges](https://stripe.com/docs/api#create_charge).
    pub coupon: Coupon,
    /// The ID of the customer associated with this discount.
    pub customer: Option<runtime::Expandable<DiscountCustomer>>,
    /// If the coupon has a duration of `repeating`, the date that this discount will end. If the coupon has a duration of `once` or `forever`, this attribute will be null.
    pub end: Option<i64>,
    /// The ID of the discount object. Discounts cannot be fetched by ID. Use `expand[]=discounts` in API calls to expand discount IDs in an array.
    pub id: String,
    /// The invoice that the discount's coupon was applied to, if it was applied directly to a particular invoice.
    pub invoice: Option<String>,
    /// The invoice item `id` (or invoice line item `id` for invoice line items of type='subscription') that the discount's coupon was applied to, if it was applied directly to a particular invoice item or invoice line item.
    pub invoice_item: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: DiscountObject,
    /// The promotion code applied to create this discount.
    pub promotion_code: Option<runtime::Expandable<PromotionCode>>,
    /// Date that the coupon was applied.
    pub start: i64,
    /// The subscription that this coupon is applied to, if it is applied to a particular subscription.
    pub subscription: Option<String>,
}

runtime::decode! {
    Discount {
        checkout_session, coupon, customer, end, id, invoice, invoice_item, object, promotion_code,
        start, subscription,
    }
}

/// The ID of the customer associated with this discount.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum DiscountCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum DiscountObject {
        Discount = "discount",
        ..Unknown
    }
}

/// The `discounts_resource_discount_amount` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscountsResourceDiscountAmount {
    /// The amount, in %s, of the discount.
    pub amount: i64,
    /// The discount that was applied to get this discount amount.
    pub discount: runtime::Expandable<DiscountsResourceDiscountAmountDiscount>,
}

runtime::decode! { DiscountsResourceDiscountAmount { amount, discount } }

/// The discount that was applied to get this discount amount.
///
/// The object in full, when expanded.
///
/// Decoding tries `DeletedDiscount`, `Discount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum DiscountsResourceDiscountAmountDiscount {
    /// The value is of type [`DeletedDiscount`].
    DeletedDiscount(DeletedDiscount),
    /// The value is of type [`Discount`].
    Discount(Discount),
}

/// A dispute occurs when a customer questions your charge with their card issuer.
/// When this happens, you're given the opportunity to respond to the dispute with
/// evidence that shows that the charge is legitimate. You can find more
/// information about the dispute process in our [Disputes and
/// Fraud](/docs/disputes) documentation.
///
/// Related guide: [Disputes and Fraud](https://stripe.com/docs/disputes).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Dispute {
    /// Disputed amount. Usually the amount of the charge, but can differ (usually because of currency fluctuation or because only part of the order is disputed).
    pub amount: i64,
    /// List of zero, one, or two balance transactions that show funds withdrawn and reinstated to your Stripe account as a result of this dispute.
    pub balance_transactions: Vec<BalanceTransaction>,
    /// ID of the charge that was disputed.
    pub charge: runtime::Expandable<Charge>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    pub evidence: DisputeEvidence,
    pub evidence_details: DisputeEvidenceDetails,
    /// Unique identifier for the object.
    pub id: String,
    /// If true, it is still possible to refund the disputed payment. Once the payment has been fully refunded, no further funds will be withdrawn from your Stripe account as a result of this dispute.
    pub is_charge_refundable: bool,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: DisputeObject,
    /// ID of the PaymentIntent that was disputed.
    pub payment_intent: Option<runtime::Expandable<PaymentIntent>>,
    /// Reason given by cardholder for dispute. Possible values are `bank_cannot_process`, `check_returned`, `credit_not_processed`, `customer_initiated`, `debit_not_authorized`, `duplicate`, `fraudulent`, `general`, `incorrect_account_details`, `insufficient_funds`, `product_not_received`, `product_unacceptable`, `subscription_canceled`, or `unrecognized`. Read more about [dispute reasons](https://stripe.com/docs/disputes/categories).
    pub reason: String,
    /// Current status of dispute. Possible values are `warning_needs_response`, `warning_under_review`, `warning_closed`, `needs_response`, `under_review`, `charge_refunded`, `won`, or `lost`.
    pub status: DisputeStatus,
}

runtime::decode! {
    Dispute {
        amount, balance_transactions, charge, created, currency, evidence, evidence_details, id,
        is_charge_refundable, livemode, metadata, object, payment_intent, reason, status,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum DisputeObject {
        Dispute = "dispute",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Current status of dispute. Possible values are `warning_needs_response`, `warning_under_review`, `warning_closed`, `needs_response`, `under_review`, `charge_refunded`, `won`, or `lost`.
    pub enum DisputeStatus {
        ChargeRefunded = "charge_refunded",
        Lost = "lost",
        NeedsResponse = "needs_response",
        UnderReview = "under_review",
        WarningClosed = "warning_closed",
        WarningNeedsResponse = "warning_needs_response",
        WarningUnderReview = "warning_under_review",
        Won = "won",
        ..Unknown
    }
}

/// The `dispute_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisputeEvidence {
    /// Any server or activity logs showing proof that the customer accessed or downloaded the purchased digital product. This information should include IP addresses, corresponding timestamps, and any detailed recorded activity.
    pub access_activity_log: Option<String>,
    /// The billing address provided by the customer.
    pub billing_address: Option<String>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Your subscription cancellation policy, as shown to the customer.
    pub cancellation_policy: Option<runtime::Expandable<File>>,
    /// An explanation of how and when the customer was shown your refund policy prior to purchase.
    pub cancellation_policy_disclosure: Option<String>,
    /// A justification for why the customer's subscription was not canceled.
    pub cancellation_rebuttal: Option<String>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Any communication with the customer that you feel is relevant to your case. Examples include emails proving that the customer received the product or service, or demonstrating their use of or satisfaction with the product or service.
    pub customer_communication: Option<runtime::Expandable<File>>,
    /// The email address of the customer.
    pub customer_email_address: Option<String>,
    /// The name of the customer.
    pub customer_name: Option<String>,
    /// The IP address that the customer used when making the purchase.
    pub customer_purchase_ip: Option<String>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) A relevant document or contract showing the customer's signature.
    pub customer_signature: Option<runtime::Expandable<File>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Documentation for the prior charge that can uniquely identify the charge, such as a receipt, shipping label, work order, etc. This document should be paired with a similar document from the disputed payment that proves the two payments are separate.
    pub duplicate_charge_documentation: Option<runtime::Expandable<File>>,
    /// An explanation of the difference between the disputed charge versus the prior charge that appears to be a duplicate.
    pub duplicate_charge_explanation: Option<String>,
    /// The Stripe ID for the prior charge which appears to be a duplicate of the disputed charge.
    pub duplicate_charge_id: Option<String>,
    /// A description of the product or service that was sold.
    pub product_description: Option<String>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Any receipt or message sent to the customer notifying them of the charge.
    pub receipt: Option<runtime::Expandable<File>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Your refund policy, as shown to the customer.
    pub refund_policy: Option<runtime::Expandable<File>>,
    /// Documentation demonstrating that the customer was shown your refund policy prior to purchase.
    pub refund_policy_disclosure: Option<String>,
    /// A justification for why the customer is not entitled to a refund.
    pub refund_refusal_explanation: Option<String>,
    /// The date on which the customer received or began receiving the purchased service, in a clear human-readable format.
    pub service_date: Option<String>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Documentation showing proof that a service was provided to the customer. This could include a copy of a signed contract, work order, or other form of written agreement.
    pub service_documentation: Option<runtime::Expandable<File>>,
    /// The address to which a physical product was shipped. You should try to include as complete address information as possible.
    pub shipping_address: Option<String>,
    /// The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc. If multiple carriers were used for this purchase, please separate them with commas.
    pub shipping_carrier: Option<String>,
    /// The date on which a physical product began its route to the shipping address, in a clear human-readable format.
    pub shipping_date: Option<String>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Documentation showing proof that a product was shipped to the customer at the same address the customer provided to you. This could include a copy of the shipment receipt, shipping label, etc. It should show the customer's full shipping address, if possible.
    pub shipping_documentation: Option<runtime::Expandable<File>>,
    /// The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas.
    pub shipping_tracking_number: Option<String>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Any additional evidence or statements.
    pub uncategorized_file: Option<runtime::Expandable<File>>,
    /// Any additional evidence or statements.
    pub uncategorized_text: Option<String>,
}

runtime::decode! {
    DisputeEvidence {
        access_activity_log, billing_address, cancellation_policy, cancellation_policy_disclosure,
        cancellation_rebuttal, customer_communication, customer_email_address, customer_name,
        customer_purchase_ip, customer_signature, duplicate_charge_documentation,
        duplicate_charge_explanation, duplicate_charge_id, product_description, receipt,
        refund_policy, refund_policy_disclosure, refund_refusal_explanation, service_date,
        service_documentation, shipping_address, shipping_carrier, shipping_date,
        shipping_documentation, shipping_tracking_number, uncategorized_file, uncategorized_text,
    }
}

/// The `dispute_evidence_details` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct DisputeEvidenceDetails {
    /// Date by which evidence must be submitted in order to successfully challenge dispute. Will be null if the customer's bank or credit card company doesn't allow a response for this particular dispute.
    pub due_by: Option<i64>,
    /// Whether evidence has been staged for this dispute.
    pub has_evidence: bool,
    /// Whether the last evidence submission was submitted past the due date. Defaults to `false` if no evidence submissions have occurred. If `true`, then delivery of the latest evidence is *not* guaranteed.
    pub past_due: bool,
    /// The number of times evidence has been submitted. Typically, you may only submit evidence once.
    pub submission_count: i64,
}

runtime::decode! { DisputeEvidenceDetails { due_by, has_evidence, past_due, submission_count } }

impl runtime::Identified for DeletedBankAccount {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedCard {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedCoupon {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedCustomer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedDiscount {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedInvoice {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedPrice {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedProduct {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedTaxId {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Discount {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DiscountCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for DiscountsResourceDiscountAmountDiscount {
    fn id(&self) -> &str {
        match self {
            Self::DeletedDiscount(value) => runtime::Identified::id(value),
            Self::Discount(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for Dispute {
    fn id(&self) -> &str {
        &self.id
    }
}
