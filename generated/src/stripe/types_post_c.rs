// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The request body of `PostCharges`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostChargesBody {
    /// Amount intended to be collected by this payment. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee: Option<i64>,
    /// A fee in %s that will be applied to the charge and transferred to the application owner's Stripe account. The request must be made with an OAuth key or the `Stripe-Account` header in order to take an application fee. For more information, see the application fees [documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    /// Whether to immediately capture the charge. Defaults to `true`. When `false`, the charge issues an authorization (or pre-authorization), and will need to be [captured](https://stripe.com/docs/api#capture_charge) later. Uncaptured charges expire after a set number of days (7 by default). For more information, see the [authorizing charges and settling later](https://stripe.com/docs/charges/placing-a-hold) documentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture: Option<bool>,
    /// A token, like the ones returned by [Stripe.js](https://stripe.com/docs/js).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<PostChargesBodyCard>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The ID of an existing customer that will be charged in this request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// An arbitrary string which you can attach to a `Charge` object. It is displayed when in the web interface alongside the charge. Note that if you use Stripe to send automatic email receipts to your customers, your receipt emails will include the `description` of the charge(s) that they are describing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<PostChargesBodyDestination>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PostChargesBodyMetadata>,
    /// The Stripe account ID for which these funds are intended. Automatically set if you use the `destination` parameter. For details, see [Creating Separate Charges and Transfers](https://stripe.com/docs/connect/charges-transfers#on-behalf-of).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
    /// The email address to which this charge's [receipt](https://stripe.com/docs/dashboard/receipts) will be sent. The receipt will not be sent until the charge is paid, and no receipts will be sent for test mode charges. If this charge is for a [Customer](https://stripe.com/docs/api/customers/object), the email address specified here will override the customer's email address. If `receipt_email` is specified for a charge in live mode, a receipt will be sent regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    /// Shipping information for the charge. Helps prevent fraud on charges for physical goods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<PostChargesBodyShipping>,
    /// A payment source to be charged. This can be the ID of a [card](https://stripe.com/docs/api#cards) (i.e., credit or debit card), a [bank account](https://stripe.com/docs/api#bank_accounts), a [source](https://stripe.com/docs/api#sources), a [token](https://stripe.com/docs/api#tokens), or a [connected account](https://stripe.com/docs/connect/account-debits#charging-a-connected-account). For certain sources---namely, [cards](https://stripe.com/docs/api#cards), [bank accounts](https://stripe.com/docs/api#bank_accounts), and attached [sources](https://stripe.com/docs/api#sources)---you must also pass the ID of the associated customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must contain at least one letter, maximum 22 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// Provides information about the charge that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    /// An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<PostChargesBodyTransferData>,
    /// A string that identifies this transaction as part of a group. For details, see [Grouping transactions](https://stripe.com/docs/connect/charges-transfers#transfer-options).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_group: Option<String>,
}

runtime::decode! {
    PostChargesBody {
        amount, application_fee, application_fee_amount, capture, card, currency, customer,
        description, destination, expand, metadata, on_behalf_of, receipt_email, shipping, source,
        statement_descriptor, statement_descriptor_suffix, transfer_data, transfer_group,
    }
}

runtime::builder! {
    PostChargesBody() {
        amount: i64,
        application_fee: i64,
        application_fee_amount: i64,
        capture: bool,
        card: impl Into<PostChargesBodyCard>,
        currency: impl Into<String>,
        customer: impl Into<String>,
        description: impl Into<String>,
        destination: impl Into<PostChargesBodyDestination>,
        expand: impl Into<Vec<String>>,
        metadata: impl Into<PostChargesBodyMetadata>,
        on_behalf_of: impl Into<String>,
        receipt_email: impl Into<String>,
        shipping: impl Into<PostChargesBodyShipping>,
        source: impl Into<String>,
        statement_descriptor: impl Into<String>,
        statement_descriptor_suffix: impl Into<String>,
        transfer_data: impl Into<PostChargesBodyTransferData>,
        transfer_group: impl Into<String>,
    }
}

/// A token, like the ones returned by [Stripe.js](https://stripe.com/docs/js).
///
/// Decoding tries `CustomerPaymentSourceCard`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostChargesBodyCard {
    /// customer_payment_source_card
    CustomerPaymentSourceCard(PostChargesBodyCardCustomerPaymentSourceCard),
    /// The value is a JSON string.
    String(String),
}

/// customer_payment_source_card
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostChargesBodyCardCustomerPaymentSourceCard {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_line1: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_zip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cvc: Option<String>,
    pub exp_month: i64,
    pub exp_year: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<PostChargesBodyCardCustomerPaymentSourceCardObject>,
}

runtime::decode! {
    PostChargesBodyCardCustomerPaymentSourceCard {
        address_city, address_country, address_line1, address_line2, address_state, address_zip,
        cvc, exp_month, exp_year, metadata, name, number, object,
    }
}

runtime::builder! {
    PostChargesBodyCardCustomerPaymentSourceCard(
        exp_month: i64,
        exp_year: i64,
        number: impl Into<String>,
    ) {
        address_city: impl Into<String>,
        address_country: impl Into<String>,
        address_line1: impl Into<String>,
        address_line2: impl Into<String>,
        address_state: impl Into<String>,
        address_zip: impl Into<String>,
        cvc: impl Into<String>,
        metadata: impl Into<std::collections::BTreeMap<String, String>>,
        name: impl Into<String>,
        object: impl Into<PostChargesBodyCardCustomerPaymentSourceCardObject>,
    }
}

runtime::string_enum! {
    /// The `object` member of `PostChargesBodyCardCustomerPaymentSourceCard`.
    pub enum PostChargesBodyCardCustomerPaymentSourceCardObject {
        Card = "card",
        ..Unknown
    }
}

/// The `destination` member of `PostChargesBody`.
///
/// Decoding tries `DestinationSpecs`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostChargesBodyDestination {
    /// destination_specs
    DestinationSpecs(PostChargesBodyDestinationDestinationSpecs),
    /// The value is a JSON string.
    String(String),
}

/// destination_specs
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostChargesBodyDestinationDestinationSpecs {
    pub account: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
}

runtime::decode! { PostChargesBodyDestinationDestinationSpecs { account, amount } }

runtime::builder! {
    PostChargesBodyDestinationDestinationSpecs(account: impl Into<String>) {
        amount: i64,
    }
}

/// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostChargesBodyMetadata {
    /// The value is a JSON object.
    Object(std::collections::BTreeMap<String, String>),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
    /// The `String` variant of `PostChargesBodyMetadata`.
    pub enum PostChargesBodyMetadataString {
        Empty = "",
        ..Unknown
    }
}

/// Shipping information for the charge. Helps prevent fraud on charges for physical goods.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostChargesBodyShipping {
    /// optional_fields_address
    pub address: PostChargesBodyShippingAddress,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
}

runtime::decode! { PostChargesBodyShipping { address, carrier, name, phone, tracking_number } }

runtime::builder! {
    PostChargesBodyShipping(
        address: impl Into<PostChargesBodyShippingAddress>,
        name: impl Into<String>,
    ) {
        carrier: impl Into<String>,
        phone: impl Into<String>,
        tracking_number: impl Into<String>,
    }
}

/// optional_fields_address
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostChargesBodyShippingAddress {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

runtime::decode! {
    PostChargesBodyShippingAddress {
        city, country, line1, line2, postal_code, state,
    }
}

runtime::builder! {
    PostChargesBodyShippingAddress() {
        city: impl Into<String>,
        country: impl Into<String>,
        line1: impl Into<String>,
        line2: impl Into<String>,
        postal_code: impl Into<String>,
        state: impl Into<String>,
    }
}

/// An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostChargesBodyTransferData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    pub destination: String,
}

runtime::decode! { PostChargesBodyTransferData { amount, destination } }

runtime::builder! {
    PostChargesBodyTransferData(destination: impl Into<String>) {
        amount: i64,
    }
}

/// The request body of `PostChargesChargeCapture`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PostChargesChargeCaptureBody {
    /// The amount to capture, which must be less than or equal to the original amount. Any additional amount will be automatically refunded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// An application fee to add on to this charge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee: Option<i64>,
    /// An application fee amount to add on to this charge, which must be less than or equal to the original amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// The email address to send this charge's receipt to. This will override the previously-specified email address for this charge, if one was set. Receipts will not be sent in test mode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    /// For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must contain at least one letter, maximum 22 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// Provides information about the charge that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    /// An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<PostChargesChargeCaptureBodyTransferData>,
    /// A string that identifies this transaction as part of a group. `transfer_group` may only be provided if it has not been set. See the [Connect documentation](https://stripe.com/docs/connect/charges-transfers#transfer-options) for details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_group: Option<String>,
}

runtime::decode! {
    PostChargesChargeCaptureBody {
        amount, application_fee, application_fee_amount, expand, receipt_email,
        statement_descriptor, statement_descriptor_suffix, transfer_data, transfer_group,
    }
}

runtime::builder! {
    PostChargesChargeCaptureBody() {
        amount: i64,
        application_fee: i64,
        application_fee_amount: i64,
        expand: impl Into<Vec<String>>,
        receipt_email: impl Into<String>,
        statement_descriptor: impl Into<String>,
        statement_descriptor_suffix: impl Into<String>,
        transfer_data: impl Into<PostChargesChargeCaptureBodyTransferData>,
        transfer_group: impl Into<String>,
    }
}

/// An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostChargesChargeCaptureBodyTransferData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
}

runtime::decode! { PostChargesChargeCaptureBodyTransferData { amount } }

runtime::builder! {
    PostChargesChargeCaptureBodyTransferData() {
        amount: i64,
    }
}

/// The request body of `PostCustomers`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostCustomersBody {
    /// The customer's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<PostCustomersBodyAddress>,
    /// An integer amount in %s that represents the customer's current balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the amount due on an invoice; a positive amount increases the amount due on an invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon: Option<String>,
    /// An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// The prefix for the customer used to generate unique invoice numbers. Must be 3–12 uppercase letters or numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_prefix: Option<String>,
    /// Default invoice settings for this customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_settings: Option<PostCustomersBodyInvoiceSettings>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PostChargesBodyMetadata>,
    /// The customer's full name or business name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The sequence to be used on the customer's next invoice. Defaults to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_invoice_sequence: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// The customer's phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Customer's preferred languages, ordered by preference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locales: Option<Vec<String>>,
    /// The API ID of a promotion code to apply to the customer. The customer will have a discount applied on all recurring payments. Charges you create through the API will not have the discount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promotion_code: Option<String>,
    /// The customer's shipping information. Appears on invoices emailed to this customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<PostCustomersBodyShipping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Tax details about the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax: Option<PostCustomersBodyTax>,
    /// The customer's tax exemption. One of `none`, `exempt`, or `reverse`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_exempt: Option<PostCustomersBodyTaxExempt>,
    /// The customer's tax IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_id_data: Option<Vec<PostCustomersBodyTaxIdDataItem>>,
    /// ID of the test clock to attach to the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test_clock: Option<String>,
}

runtime::decode! {
    PostCustomersBody {
        address, balance, coupon, description, email, expand, invoice_prefix, invoice_settings,
        metadata, name, next_invoice_sequence, payment_method, phone, preferred_locales,
        promotion_code, shipping, source, tax, tax_exempt, tax_id_data, test_clock,
    }
}

runtime::builder! {
    PostCustomersBody() {
        address: impl Into<PostCustomersBodyAddress>,
        balance: i64,
        coupon: impl Into<String>,
        description: impl Into<String>,
        email: impl Into<String>,
        expand: impl Into<Vec<String>>,
        invoice_prefix: impl Into<String>,
        invoice_settings: impl Into<PostCustomersBodyInvoiceSettings>,
        metadata: impl Into<PostChargesBodyMetadata>,
        name: impl Into<String>,
        next_invoice_sequence: i64,
        payment_method: impl Into<String>,
        phone: impl Into<String>,
        preferred_locales: impl Into<Vec<String>>,
        promotion_code: impl Into<String>,
        shipping: impl Into<PostCustomersBodyShipping>,
        source: impl Into<String>,
        tax: impl Into<PostCustomersBodyTax>,
        tax_exempt: impl Into<PostCustomersBodyTaxExempt>,
        tax_id_data: impl Into<Vec<PostCustomersBodyTaxIdDataItem>>,
        test_clock: impl Into<String>,
    }
}

/// The customer's address.
///
/// Decoding tries `OptionalFieldsAddress`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostCustomersBodyAddress {
    /// optional_fields_address
    OptionalFieldsAddress(PostChargesBodyShippingAddress),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// Default invoice settings for this customer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostCustomersBodyInvoiceSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<PostCustomersBodyInvoiceSettingsCustomFields>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_payment_method: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer: Option<String>,
}

runtime::decode! {
    PostCustomersBodyInvoiceSettings {
        custom_fields, default_payment_method, footer,
    }
}

runtime::builder! {
    PostCustomersBodyInvoiceSettings() {
        custom_fields: impl Into<PostCustomersBodyInvoiceSettingsCustomFields>,
        default_payment_method: impl Into<String>,
        footer: impl Into<String>,
    }
}

/// The `custom_fields` member of `PostCustomersBodyInvoiceSettings`.
///
/// Decoding tries `List`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostCustomersBodyInvoiceSettingsCustomFields {
    /// The value is a JSON array.
    List(Vec<PostCustomersCustomerCustomFieldsListItem>),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The customer's shipping information. Appears on invoices emailed to this customer.
///
/// Decoding tries `CustomerShipping`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostCustomersBodyShipping {
    /// customer_shipping
    CustomerShipping(PostCustomersBodyShippingCustomerShipping),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// customer_shipping
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostCustomersBodyShippingCustomerShipping {
    /// optional_fields_address
    pub address: PostChargesBodyShippingAddress,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

runtime::decode! { PostCustomersBodyShippingCustomerShipping { address, name, phone } }

runtime::builder! {
    PostCustomersBodyShippingCustomerShipping(
        address: impl Into<PostChargesBodyShippingAddress>,
        name: impl Into<String>,
    ) {
        phone: impl Into<String>,
    }
}

/// Tax details about the customer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostCustomersBodyTax {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<PostChargesBodyMetadataString>,
}

runtime::decode! { PostCustomersBodyTax { ip_address } }

runtime::builder! {
    PostCustomersBodyTax() {
        ip_address: impl Into<PostChargesBodyMetadataString>,
    }
}

runtime::string_enum! {
    /// The customer's tax exemption. One of `none`, `exempt`, or `reverse`.
    pub enum PostCustomersBodyTaxExempt {
        Empty = "",
        Exempt = "exempt",
        None = "none",
        Reverse = "reverse",
        ..Unknown
    }
}

/// data_params
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostCustomersBodyTaxIdDataItem {
    pub r#type: PostCustomersBodyTaxIdDataItemType,
    pub value: String,
}

runtime::decode! { PostCustomersBodyTaxIdDataItem { r#type = "type", value } }

runtime::builder! {
    PostCustomersBodyTaxIdDataItem(
        r#type: impl Into<PostCustomersBodyTaxIdDataItemType>,
        value: impl Into<String>,
    ) {}
}

runtime::string_enum! {
    /// The `type` member of `PostCustomersBodyTaxIdDataItem`.
    pub enum PostCustomersBodyTaxIdDataItemType {
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
        UsEin = "us_ein",
        ZaVat = "za_vat",
        ..Unknown
    }
}

/// The request body of `PostCustomersCustomer`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostCustomersCustomerBody {
    /// The customer's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<PostCustomersBodyAddress>,
    /// An integer amount in %s that represents the customer's current balance, which affect the customer's future invoices. A negative amount represents a credit that decreases the amount due on an invoice; a positive amount increases the amount due on an invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance: Option<i64>,
    /// Either a token, like the ones returned by [Stripe.js](https://stripe.com/docs/js), or a dictionary containing a user's bank account details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank_account: Option<PostCustomersCustomerBodyBankAccount>,
    /// A token, like the ones returned by [Stripe.js](https://stripe.com/docs/js).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<PostChargesBodyCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coupon: Option<String>,
    /// ID of Alipay account to make the customer's new default for invoice payments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_alipay_account: Option<String>,
    /// ID of bank account to make the customer's new default for invoice payments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_bank_account: Option<String>,
    /// ID of card to make the customer's new default for invoice payments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_card: Option<String>,
    /// If you are using payment methods created via the PaymentMethods API, see the [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/update#update_customer-invoice_settings-default_payment_method) parameter.
    ///
    /// Provide the ID of a payment source already attached to this customer to make it this customer's default payment source.
    ///
    /// If you want to add a new payment source and make it the default, see the [source](https://stripe.com/docs/api/customers/update#update_customer-source) property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_source: Option<String>,
    /// An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// The prefix for the customer used to generate unique invoice numbers. Must be 3–12 uppercase letters or numbers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_prefix: Option<String>,
    /// Default invoice settings for this customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_settings: Option<PostCustomersBodyInvoiceSettings>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PostChargesBodyMetadata>,
    /// The customer's full name or business name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The sequence to be used on the customer's next invoice. Defaults to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_invoice_sequence: Option<i64>,
    /// The customer's phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Customer's preferred languages, ordered by preference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locales: Option<Vec<String>>,
    /// The API ID of a promotion code to apply to the customer. The customer will have a discount applied on all recurring payments. Charges you create through the API will not have the discount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promotion_code: Option<String>,
    /// The customer's shipping information. Appears on invoices emailed to this customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<PostCustomersBodyShipping>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Tax details about the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax: Option<PostCustomersBodyTax>,
    /// The customer's tax exemption. One of `none`, `exempt`, or `reverse`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_exempt: Option<PostCustomersBodyTaxExempt>,
    /// Unix timestamp representing the end of the trial period the customer will get before being charged for the first time. This will always overwrite any trials that might apply via a subscribed plan. If set, trial_end will override the default trial period of the plan the customer is being subscribed to. The special value `now` can be provided to end the customer's trial immediately. Can be at most two years from `billing_cycle_anchor`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trial_end: Option<PostCustomersCustomerBodyTrialEnd>,
}

runtime::decode! {
    PostCustomersCustomerBody {
        address, balance, bank_account, card, coupon, default_alipay_account, default_bank_account,
        default_card, default_source, description, email, expand, invoice_prefix, invoice_settings,
        metadata, name, next_invoice_sequence, phone, preferred_locales, promotion_code, shipping,
        source, tax, tax_exempt, trial_end,
    }
}

runtime::builder! {
    PostCustomersCustomerBody() {
        address: impl Into<PostCustomersBodyAddress>,
        balance: i64,
        bank_account: impl Into<PostCustomersCustomerBodyBankAccount>,
        card: impl Into<PostChargesBodyCard>,
        coupon: impl Into<String>,
        default_alipay_account: impl Into<String>,
        default_bank_account: impl Into<String>,
        default_card: impl Into<String>,
        default_source: impl Into<String>,
        description: impl Into<String>,
        email: impl Into<String>,
        expand: impl Into<Vec<String>>,
        invoice_prefix: impl Into<String>,
        invoice_settings: impl Into<PostCustomersBodyInvoiceSettings>,
        metadata: impl Into<PostChargesBodyMetadata>,
        name: impl Into<String>,
        next_invoice_sequence: i64,
        phone: impl Into<String>,
        preferred_locales: impl Into<Vec<String>>,
        promotion_code: impl Into<String>,
        shipping: impl Into<PostCustomersBodyShipping>,
        source: impl Into<String>,
        tax: impl Into<PostCustomersBodyTax>,
        tax_exempt: impl Into<PostCustomersBodyTaxExempt>,
        trial_end: impl Into<PostCustomersCustomerBodyTrialEnd>,
    }
}

/// Either a token, like the ones returned by [Stripe.js](https://stripe.com/docs/js), or a dictionary containing a user's bank account details.
///
/// Decoding tries `CustomerPaymentSourceBankAccount`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostCustomersCustomerBodyBankAccount {
    /// customer_payment_source_bank_account
    CustomerPaymentSourceBankAccount(
        PostCustomersCustomerCustomerPaymentSourceBankAccount,
    ),
    /// The value is a JSON string.
    String(String),
}

/// customer_payment_source_bank_account
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostCustomersCustomerCustomerPaymentSourceBankAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_type: Option<PostCustomersCustomerAccountHolderType>,
    pub account_number: String,
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<PostCustomersCustomerObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routing_number: Option<String>,
}

runtime::decode! {
    PostCustomersCustomerCustomerPaymentSourceBankAccount {
        account_holder_name, account_holder_type, account_number, country, currency, object,
        routing_number,
    }
}

runtime::builder! {
    PostCustomersCustomerCustomerPaymentSourceBankAccount(
        account_number: impl Into<String>,
        country: impl Into<String>,
    ) {
        account_holder_name: impl Into<String>,
        account_holder_type: impl Into<PostCustomersCustomerAccountHolderType>,
        currency: impl Into<String>,
        object: impl Into<PostCustomersCustomerObject>,
        routing_number: impl Into<String>,
    }
}

runtime::string_enum! {
    /// The `account_holder_type` member of `PostCustomersCustomerCustomerPaymentSourceBankAccount`.
    pub enum PostCustomersCustomerAccountHolderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `object` member of `PostCustomersCustomerCustomerPaymentSourceBankAccount`.
    pub enum PostCustomersCustomerObject {
        BankAccount = "bank_account",
        ..Unknown
    }
}

/// custom_field_params
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostCustomersCustomerCustomFieldsListItem {
    pub name: String,
    pub value: String,
}

runtime::decode! { PostCustomersCustomerCustomFieldsListItem { name, value } }

runtime::builder! {
    PostCustomersCustomerCustomFieldsListItem(name: impl Into<String>, value: impl Into<String>) {}
}

/// Unix timestamp representing the end of the trial period the customer will get before being charged for the first time. This will always overwrite any trials that might apply via a subscribed plan. If set, trial_end will override the default trial period of the plan the customer is being subscribed to. The special value `now` can be provided to end the customer's trial immediately. Can be at most two years from `billing_cycle_anchor`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostCustomersCustomerBodyTrialEnd {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is of type [`PostCustomersCustomerBodyTrialEndString`].
    String(PostCustomersCustomerBodyTrialEndString),
}

impl std::fmt::Display for PostCustomersCustomerBodyTrialEnd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

runtime::string_enum! {
    /// The `String` variant of `PostCustomersCustomerBodyTrialEnd`.
    pub enum PostCustomersCustomerBodyTrialEndString {
        Now = "now",
        ..Unknown
    }
}

/// The `au_becs_debit` member of `PostPaymentIntentsIntentConfirmPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostConfirmBodyPaymentMethodOptionsAuBecsDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `bancontact` member of `PostPaymentIntentsIntentConfirmPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostConfirmBodyPaymentMethodOptionsBancontact {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsBancontactPaymentMethodOptionsParam),
    /// The value is of type [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}
