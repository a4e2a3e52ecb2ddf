// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// You can store multiple cards on a customer in order to charge the customer
/// later. You can also store multiple debit cards on a recipient in order to
/// transfer to those cards later.
///
/// Related guide: [Card Payments with Sources](https://stripe.com/docs/sources/cards).
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The account this card belongs to. This attribute will not be in the card object if the card belongs to a customer or recipient instead.
    pub account: Option<runtime::Expandable<Account>>,
    /// City/District/Suburb/Town/Village.
    pub address_city: Option<String>,
    /// Billing address country, if provided when creating card.
    pub address_country: Option<String>,
    /// Address line 1 (Street address/PO Box/Company name).
    pub address_line1: Option<String>,
    /// If `address_line1` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
    pub address_line1_check: Option<String>,
    /// Address line 2 (Apartment/Suite/Unit/Building).
    pub address_line2: Option<String>,
    /// State/County/Province/Region.
    pub address_state: Option<String>,
    /// ZIP or postal code.
    pub address_zip: Option<String>,
    /// If `address_zip` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
    pub address_zip_check: Option<String>,
    /// A set of available payout methods for this card. Only values from this set should be passed as the `method` when creating a payout.
    pub available_payout_methods: Option<Vec<CardAvailablePayoutMethodsItem>>,
    /// Card brand. Can be `American Express`, `Diners Club`, `Discover`, `JCB`, `MasterCard`, `UnionPay`, `Visa`, or `Unknown`.
    pub brand: String,
    /// Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
    pub country: Option<String>,
    /// Three-letter [ISO code for currency](https://stripe.com/docs/payouts). Only applicable on accounts (not customers or recipients). The card can be used as a transfer destination for funds in this currency.
    pub currency: Option<String>,
    /// The customer that this card belongs to. This attribute will not be in the card object if the card belongs to an account or recipient instead.
    pub customer: Option<runtime::Expandable<CardCustomer>>,
    /// If a CVC was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`. A result of unchecked indicates that CVC was provided but hasn't been checked yet. Checks are typically performed when attaching a card to a Customer object, or when creating a charge. For more details, see [Check if a card is valid without a charge](https://support.stripe.com/questions/check-if-a-card-is-valid-without-a-charge).
    pub cvc_check: Option<String>,
    /// Whether this card is the default external account for its currency.
    pub default_for_currency: Option<bool>,
    /// (For tokenized numbers only.) The last four digits of the device account number.
    pub dynamic_last4: Option<String>,
    /// Two-digit number representing the card's expiration month.
    pub exp_month: i64,
    /// Four-digit number representing the card's expiration year.
    pub exp_year: i64,
    /// Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.
    ///
    /// *Starting May 1, 2021, card fingerprint in India for Connect will change to allow two fingerprints for the same card --- one for India and one for the rest of the world.*
    pub fingerprint: Option<String>,
    /// Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
    pub funding: String,
    /// Unique identifier for the object.
    pub id: String,
    /// The last four digits of the card.
    pub last4: String,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Cardholder name.
    pub name: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: CardObject,
    /// The recipient that this card belongs to. This attribute will not be in the card object if the card belongs to a customer or account instead.
    pub recipient: Option<runtime::Expandable<Recipient>>,
    /// For external accounts, possible values are `new` and `errored`. If a transfer fails, the status is set to `errored` and transfers are stopped until account details are updated.
    pub status: Option<String>,
    /// If the card number is tokenized, this is the method that was used. Can be `android_pay` (includes Google Pay), `apple_pay`, `masterpass`, `visa_checkout`, or null.
    pub tokenization_method: Option<String>,
}

runtime::decode! {
    Card {
        account, address_city, address_country, address_line1, address_line1_check, address_line2,
        address_state, address_zip, address_zip_check, available_payout_methods, brand, country,
        currency, customer, cvc_check, default_for_currency, dynamic_last4, exp_month, exp_year,
        fingerprint, funding, id, last4, metadata, name, object, recipient, status,
        tokenization_method,
    }
}

runtime::string_enum! {
    /// A set of available payout methods for this card. Only values from this set should be passed as the `method` when creating a payout.
    pub enum CardAvailablePayoutMethodsItem {
        Instant = "instant",
        Standard = "standard",
        ..Unknown
    }
}

/// The customer that this card belongs to. This attribute will not be in the card object if the card belongs to an account or recipient instead.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum CardCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum CardObject {
        Card = "card",
        ..Unknown
    }
}

/// The `card_generated_from_payment_method_details` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct CardGeneratedFromPaymentMethodDetails {
    pub card_present: Option<PaymentMethodDetailsCardPresent>,
    /// The type of payment method transaction-specific details from the transaction that generated this `card` payment method. Always `card_present`.
    pub r#type: String,
}

runtime::decode! { CardGeneratedFromPaymentMethodDetails { card_present, r#type = "type" } }

/// The `card_issuing_account_terms_of_service` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CardIssuingAccountTermsOfService {
    /// The Unix timestamp marking when the account representative accepted the service agreement.
    pub date: Option<i64>,
    /// The IP address from which the account representative accepted the service agreement.
    pub ip: Option<String>,
    /// The user agent of the browser from which the account representative accepted the service agreement.
    pub user_agent: Option<String>,
}

runtime::decode! { CardIssuingAccountTermsOfService { date, ip, user_agent } }

/// Same as [`MandateMultiUse`].
pub type CardMandatePaymentMethodDetails = MandateMultiUse;

/// To charge a credit or a debit card, you create a `Charge` object. You can
/// retrieve and refund individual charges as well as list all charges. Charges
/// are identified by a unique, random ID.
///
/// Related guide: [Accept a payment with the Charges API](https://stripe.com/docs/payments/accept-a-payment-charges).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Charge {
    /// Amount intended to be collected by this payment. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
    pub amount: i64,
    /// Amount in %s captured (can be less than the amount attribute on the charge if a partial capture was made).
    pub amount_captured: i64,
    /// Amount in %s refunded (can be less than the amount attribute on the charge if a partial refund was issued).
    pub amount_refunded: i64,
    /// ID of the Connect application that created the charge.
    pub application: Option<runtime::Expandable<Application>>,
    /// The application fee (if any) for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details.
    pub application_fee: Option<runtime::Expandable<ApplicationFee>>,
    /// The amount of the application fee (if any) requested for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details.
    pub application_fee_amount: Option<i64>,
    /// ID of the balance transaction that describes the impact of this charge on your account balance (not including refunds or disputes).
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    pub billing_details: BillingDetails,
    /// The full statement descriptor that is passed to card networks, and that is displayed on your customers' credit card and bank statements. Allows you to see what the statement descriptor looks like after the static and dynamic portions are combined.
    pub calculated_statement_descriptor: Option<String>,
    /// If the charge was created without capturing, this Boolean represents whether it is still uncaptured or has since been captured.
    pub captured: bool,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// ID of the customer this charge is for if one exists.
    pub customer: Option<runtime::Expandable<ChargeCustomer>>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// Whether the charge has been disputed.
    pub disputed: bool,
    /// ID of the balance transaction that describes the reversal of the balance on your account due to payment failure.
    pub failure_balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// Error code explaining reason for charge failure if available (see [the errors section](https://stripe.com/docs/api#errors) for a list of codes).
    pub failure_code: Option<String>,
    /// Message to user further explaining reason for charge failure if available.
    pub failure_message: Option<String>,
    /// Information on fraud assessments for the charge.
    pub fraud_details: Option<ChargeFraudDetails>,
    /// Unique identifier for the object.
    pub id: String,
    /// ID of the invoice this charge is for if one exists.
    pub invoice: Option<runtime::Expandable<Invoice>>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ChargeObject,
    /// The account (if any) the charge was made on behalf of without triggering an automatic transfer. See the [Connect documentation](https://stripe.com/docs/connect/charges-transfers) for details.
    pub on_behalf_of: Option<runtime::Expandable<Account>>,
    /// ID of the order this charge is for if one exists.
    pub order: Option<runtime::Expandable<Order>>,
    /// Details about whether the payment was accepted, and why. See [understanding declines](https://stripe.com/docs/declines) for details.
    pub outcome: Option<ChargeOutcome>,
    /// `true` if the charge succeeded, or was successfully authorized for later capture.
    pub paid: bool,
    /// ID of the PaymentIntent associated with this charge, if one exists.
    pub payment_intent: Option<runtime::Expandable<PaymentIntent>>,
    /// ID of the payment method used in this charge.
    pub payment_method: Option<String>,
    /// Details about the payment method at the time of the transaction.
    pub payment_method_details: Option<PaymentMethodDetails>,
    /// This is the email address that the receipt for this charge was sent to.
    pub receipt_email: Option<String>,
    /// This is the transaction number that appears on email receipts sent for this charge. This attribute will be `null` until a receipt has been sent.
    pub receipt_number: Option<String>,
    /// This is the URL to view the receipt for this charge. The receipt is kept up-to-date to the latest state of the charge, including any refunds. If the charge is for an Invoice, the receipt will be stylized as an Invoice receipt.
    pub receipt_url: Option<String>,
    /// Whether the charge has been fully refunded. If the charge is only partially refunded, this attribute will still be false.
    pub refunded: bool,
    /// A list of refunds that have been applied to the charge.
    pub refunds: ChargeRefunds,
    /// ID of the review associated with this charge if one exists.
    pub review: Option<runtime::Expandable<Review>>,
    /// Shipping information for the charge.
    pub shipping: Option<Shipping>,
    /// The transfer ID which created this charge. Only present if the charge came from another Stripe account. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
    pub source_transfer: Option<runtime::Expandable<Transfer>>,
    /// For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must contain at least one letter, maximum 22 characters.
    pub statement_descriptor: Option<String>,
    /// Provides information about the charge that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
    pub statement_descriptor_suffix: Option<String>,
    /// The status of the payment is either `succeeded`, `pending`, or `failed`.
    pub status: ChargeStatus,
    /// ID of the transfer to the `destination` account (only applicable if the charge was created using the `destination` parameter).
    pub transfer: Option<runtime::Expandable<Transfer>>,
    /// An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
    pub transfer_data: Option<ChargeTransferData>,
    /// A string that identifies this transaction as part of a group. See the [Connect documentation](https://stripe.com/docs/connect/charges-transfers#transfer-options) for details.
    pub transfer_group: Option<String>,
}

runtime::decode! {
    Charge {
        amount, amount_captured, amount_refunded, application, application_fee,
        application_fee_amount, balance_transaction, billing_details,
        calculated_statement_descriptor, captured, created, currency, customer, description,
        disputed, failure_balance_transaction, failure_code, failure_message, fraud_details, id,
        invoice, livemode, metadata, object, on_behalf_of, order, outcome, paid, payment_intent,
        payment_method, payment_method_details, receipt_email, receipt_number, receipt_url,
        refunded, refunds, review, shipping, source_transfer, statement_descriptor,
        statement_descriptor_suffix, status, transfer, transfer_data, transfer_group,
    }
}

/// ID of the customer this charge is for if one exists.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum ChargeCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum ChargeObject {
        Charge = "charge",
        ..Unknown
    }
}

/// A list of refunds that have been applied to the charge.
#[derive(Debug, Clone, PartialEq)]
pub struct ChargeRefunds {
    /// Details about each object.
    pub data: Vec<Refund>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { ChargeRefunds { data, has_more, object, url } }

runtime::string_enum! {
    /// The status of the payment is either `succeeded`, `pending`, or `failed`.
    pub enum ChargeStatus {
        Failed = "failed",
        Pending = "pending",
        Succeeded = "succeeded",
        ..Unknown
    }
}

/// The `charge_fraud_details` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChargeFraudDetails {
    /// Assessments from Stripe. If set, the value is `fraudulent`.
    pub stripe_report: Option<String>,
    /// Assessments reported by you. If set, possible values of are `safe` and `fraudulent`.
    pub user_report: Option<String>,
}

runtime::decode! { ChargeFraudDetails { stripe_report, user_report } }

/// The `charge_outcome` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ChargeOutcome {
    /// Possible values are `approved_by_network`, `declined_by_network`, `not_sent_to_network`, and `reversed_after_approval`. The value `reversed_after_approval` indicates the payment was [blocked by Stripe](https://stripe.com/docs/declines#blocked-payments) after bank authorization, and may temporarily appear as "pending" on a cardholder's statement.
    pub network_status: Option<String>,
    /// An enumerated value providing a more detailed explanation of the outcome's `type`. Charges blocked by Radar's default block rule have the value `highest_risk_level`. Charges placed in review by Radar's default review rule have the value `elevated_risk_level`. Charges authorized, blocked, or placed in review by custom rules have the value `rule`. See [understanding declines](https://stripe.com/docs/declines) for more details.
    pub reason: Option<String>,
    /// Stripe Radar's evaluation of the riskiness of the payment. Possible values for evaluated payments are `normal`, `elevated`, `highest`. For non-card payments, and card-based payments predating the public assignment of risk levels, this field will have the value `not_assessed`. In the event of an error in the evaluation, this field will have the value `unknown`. This field is only available with Radar.
    pub risk_level: Option<String>,
    /// Stripe Radar's evaluation of the riskiness of the payment. Possible values for evaluated payments are between 0 and 100. For non-card payments, card-based payments predating the public assignment of risk scores, or in the event of an error during evaluation, this field will not be present. This field is only available with Radar for Fraud Teams.
    pub risk_score: Option<i64>,
    /// The ID of the Radar rule that matched the payment, if applicable.
    pub rule: Option<runtime::Expandable<Rule>>,
    /// A human-readable description of the outcome type and reason, designed for you (the recipient of the payment), not your customer.
    pub seller_message: Option<String>,
    /// Possible values are `authorized`, `manual_review`, `issuer_declined`, `blocked`, and `invalid`. See [understanding declines](https://stripe.com/docs/declines) and [Radar reviews](https://stripe.com/docs/radar/reviews) for details.
    pub r#type: String,
}

runtime::decode! {
    ChargeOutcome {
        network_status, reason, risk_level, risk_score, rule, seller_message, r#type = "type",
    }
}

/// The `charge_transfer_data` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ChargeTransferData {
    /// The amount transferred to the destination account, if specified. By default, the entire charge amount is transferred to the destination account.
    pub amount: Option<i64>,
    /// ID of an existing, connected Stripe account to transfer funds to if `transfer_data` was specified in the charge request.
    pub destination: runtime::Expandable<Account>,
}

runtime::decode! { ChargeTransferData { amount, destination } }

/// The `connect_collection_transfer` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectCollectionTransfer {
    /// Amount transferred, in %s.
    pub amount: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// ID of the account that funds are being collected for.
    pub destination: runtime::Expandable<Account>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ConnectCollectionTransferObject,
}

runtime::decode! {
    ConnectCollectionTransfer {
        amount, currency, destination, id, livemode, object,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum ConnectCollectionTransferObject {
        ConnectCollectionTransfer = "connect_collection_transfer",
        ..Unknown
    }
}

/// A coupon contains information about a percent-off or amount-off discount you
/// might want to apply to a customer. Coupons may be applied to [invoices](https://stripe.com/docs/api#invoices) or
/// [orders](https://stripe.com/docs/api#create_order_legacy-coupon). Coupons do not work with conventional one-off [charges](https://stripe.com/docs/api#create_charge).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Coupon {
    /// Amount (in the `currency` specified) that will be taken off the subtotal of any invoices for this customer.
    pub amount_off: Option<i64>,
    pub applies_to: Option<CouponAppliesTo>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// If `amount_off` has been set, the three-letter [ISO code for the currency](https://stripe.com/docs/currencies) of the amount to take off.
    pub currency: Option<String>,
    /// One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount.
    pub duration: CouponDuration,
    /// If `duration` is `repeating`, the number of months the coupon applies. Null if coupon `duration` is `forever` or `once`.
    pub duration_in_months: Option<i64>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Maximum number of times this coupon can be redeemed, in total, across all customers, before it is no longer valid.
    pub max_redemptions: Option<i64>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Name of the coupon displayed to customers on for instance invoices or receipts.
    pub name: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: CouponObject,
    /// Percent that will be taken off the subtotal of any invoices for this customer for the duration of the coupon. For example, a coupon with percent_off of 50 will make a %s100 invoice %s50 instead.
    pub percent_off: Option<f64>,
    /// Date after which the coupon can no longer be redeemed.
    pub redeem_by: Option<i64>,
    /// Number of times this coupon has been applied to a customer.
    pub times_redeemed: i64,
    /// Taking account of the above properties, whether this coupon can still be applied to a customer.
    pub valid: bool,
}

runtime::decode! {
    Coupon {
        amount_off, applies_to, created, currency, duration, duration_in_months, id, livemode,
        max_redemptions, metadata, name, object, percent_off, redeem_by, times_redeemed, valid,
    }
}

runtime::string_enum! {
    /// One of `forever`, `once`, and `repeating`. Describes how long a customer who applies this coupon will get the discount.
    pub enum CouponDuration {
        Forever = "forever",
        Once = "once",
        Repeating = "repeating",
        ..Unknown
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum CouponObject {
        Coupon = "coupon",
        ..Unknown
    }
}

/// The `coupon_applies_to` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct CouponAppliesTo {
    /// A list of product IDs this coupon applies to
    pub products: Vec<String>,
}

runtime::decode! { CouponAppliesTo { products } }

/// This object represents a customer of your business. It lets you create recurring charges and track payments that belong to the same customer.
///
/// Related guide: [Save a card during payment](https://stripe.com/docs/payments/save-during-payment).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Customer {
    /// The customer's address.
    pub address: Option<Address>,
    /// Current balance, if any, being stored on the customer. If negative, the customer has credit to apply to their next invoice. If positive, the customer has an amount owed that will be added to their next invoice. The balance does not refer to any unpaid invoices; it solely takes into account amounts that have yet to be successfully applied to any invoice. This balance is only taken into account as invoices are finalized.
    pub balance: Option<i64>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) the customer can be charged in for recurring billing purposes.
    pub currency: Option<String>,
    /// ID of the default payment source for the customer.
    ///
    /// If you are using payment methods created via the PaymentMethods API, see the [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) field instead.
    pub default_source: Option<runtime::Expandable<CustomerDefaultSource>>,
    /// When the customer's latest invoice is billed by charging automatically, `delinquent` is `true` if the invoice's latest charge failed. When the customer's latest invoice is billed by sending an invoice, `delinquent` is `true` if the invoice isn't paid by its due date.
    ///
    /// If an invoice is marked uncollectible by [dunning](https://stripe.com/docs/billing/automatic-collection), `delinquent` doesn't get reset to `false`.
    pub delinquent: Option<bool>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// Describes the current discount active on the customer, if there is one.
    pub discount: Option<Discount>,
    /// The customer's email address.
    pub email: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// The prefix for the customer used to generate unique invoice numbers.
    pub invoice_prefix: Option<String>,
    pub invoice_settings: Option<InvoiceSettingCustomerSetting>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The customer's full name or business name.
    pub name: Option<String>,
    /// The suffix of the customer's next invoice number, e.g., 0001.
    pub next_invoice_sequence: Option<i64>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: CustomerObject,
    /// The customer's phone number.
    pub phone: Option<String>,
    /// The customer's preferred locales (languages), ordered by preference.
    pub preferred_locales: Option<Vec<String>>,
    /// Mailing and shipping address for the customer. Appears on invoices emailed to this customer.
    pub shipping: Option<Shipping>,
    /// The customer's payment sources, if any.
    pub sources: Option<CustomerSources>,
    /// The customer's current subscriptions, if any.
    pub subscriptions: Option<CustomerSubscriptions>,
    pub tax: Option<CustomerTax>,
    /// Describes the customer's tax exemption status. One of `none`, `exempt`, or `reverse`. When set to `reverse`, invoice and receipt PDFs include the text **"Reverse charge"**.
    pub tax_exempt: Option<CustomerTaxExempt>,
    /// The customer's tax IDs.
    pub tax_ids: Option<CustomerTaxIds>,
    /// ID of the test clock this customer belongs to.
    pub test_clock: Option<runtime::Expandable<TestHelpersTestClock>>,
}

runtime::decode! {
    Customer {
        address, balance, created, currency, default_source, delinquent, description, discount,
        email, id, invoice_prefix, invoice_settings, livemode, metadata, name,
        next_invoice_sequence, object, phone, preferred_locales, shipping, sources, subscriptions,
        tax, tax_exempt, tax_ids, test_clock,
    }
}

/// ID of the default payment source for the customer.
///
/// If you are using payment methods created via the PaymentMethods API, see the [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method) field instead.
///
/// The object in full, when expanded.
///
/// Decoding tries `BitcoinReceiver`, `AlipayAccount`, `Source`, `Card`, `BankAccount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum CustomerDefaultSource {
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

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum CustomerObject {
        Customer = "customer",
        ..Unknown
    }
}

/// The customer's payment sources, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerSources {
    /// Details about each object.
    pub data: Vec<CustomerSourcesDataItem>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { CustomerSources { data, has_more, object, url } }

/// Polymorphic
///
/// Decoding tries `BitcoinReceiver`, `AlipayAccount`, `Source`, `Card`, `BankAccount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum CustomerSourcesDataItem {
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

/// The customer's current subscriptions, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerSubscriptions {
    /// Details about each object.
    pub data: Vec<Subscription>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { CustomerSubscriptions { data, has_more, object, url } }

runtime::string_enum! {
    /// Describes the customer's tax exemption status. One of `none`, `exempt`, or `reverse`. When set to `reverse`, invoice and receipt PDFs include the text **"Reverse charge"**.
    pub enum CustomerTaxExempt {
        Exempt = "exempt",
        None = "none",
        Reverse = "reverse",
        ..Unknown
    }
}

/// The customer's tax IDs.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerTaxIds {
    /// Details about each object.
    pub data: Vec<TaxId>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { CustomerTaxIds { data, has_more, object, url } }

/// The `customer_acceptance` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct CustomerAcceptance {
    /// The time at which the customer accepted the Mandate.
    pub accepted_at: Option<i64>,
    pub offline: Option<MandateMultiUse>,
    pub online: Option<OnlineAcceptance>,
    /// The type of customer acceptance information included with the Mandate. One of `online` or `offline`.
    pub r#type: CustomerAcceptanceType,
}

runtime::decode! { CustomerAcceptance { accepted_at, offline, online, r#type = "type" } }

runtime::string_enum! {
    /// The type of customer acceptance information included with the Mandate. One of `online` or `offline`.
    pub enum CustomerAcceptanceType {
        Offline = "offline",
        Online = "online",
        ..Unknown
    }
}

/// The `customer_tax` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerTax {
    /// Surfaces if automatic tax computation is possible given the current customer location information.
    pub automatic_tax: CustomerTaxAutomaticTax,
    /// A recent IP address of the customer used for tax reporting and tax location inference.
    pub ip_address: Option<String>,
    /// The customer's location as identified by Stripe Tax.
    pub location: Option<CustomerTaxLocation>,
}

runtime::decode! { CustomerTax { automatic_tax, ip_address, location } }

runtime::string_enum! {
    /// Surfaces if automatic tax computation is possible given the current customer location information.
    pub enum CustomerTaxAutomaticTax {
        Failed = "failed",
        NotCollecting = "not_collecting",
        Supported = "supported",
        UnrecognizedLocation = "unrecognized_location",
        ..Unknown
    }
}

/// The `customer_tax_location` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerTaxLocation {
    /// The customer's country as identified by Stripe Tax.
    pub country: String,
    /// The data source used to infer the customer's location.
    pub source: CustomerTaxLocationSource,
    /// The customer's state, county, province, or region as identified by Stripe Tax.
    pub state: Option<String>,
}

runtime::decode! { CustomerTaxLocation { country, source, state } }

runtime::string_enum! {
    /// The data source used to infer the customer's location.
    pub enum CustomerTaxLocationSource {
        BillingAddress = "billing_address",
        IpAddress = "ip_address",
        PaymentMethod = "payment_method",
        ShippingDestination = "shipping_destination",
        ..Unknown
    }
}

impl runtime::Identified for Card {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for CardCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for Charge {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for ChargeCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for ConnectCollectionTransfer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Coupon {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Customer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for CustomerDefaultSource {
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
