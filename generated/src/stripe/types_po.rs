// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The request body of `PostCharges`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub object: Option<PostBodyCardCustomerPaymentSourceCardObject>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostChargesBodyDestinationDestinationSpecs {
    pub account: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
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
    /// A [`PostChargesBodyMetadataString`].
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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

/// optional_fields_address
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
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

/// An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostChargesBodyTransferData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    pub destination: String,
}

/// The request body of `PostChargesChargeCapture`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
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

/// An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostChargesChargeCaptureBodyTransferData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
}

/// The request body of `PostCustomers`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
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

/// The customer's address.
///
/// Decoding tries `OptionalFieldsAddress`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostCustomersBodyAddress {
    /// optional_fields_address
    OptionalFieldsAddress(PostChargesBodyShippingAddress),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// Default invoice settings for this customer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostCustomersBodyInvoiceSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<PostCustomerBodyInvoiceSettingsCustomFields>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_payment_method: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footer: Option<String>,
}

/// custom_field_params
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBodyInvoiceSettingsCustomFieldsListItem {
    pub name: String,
    pub value: String,
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
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// customer_shipping
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostCustomersBodyShippingCustomerShipping {
    /// optional_fields_address
    pub address: PostChargesBodyShippingAddress,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// Tax details about the customer.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostCustomersBodyTax {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<PostChargesBodyMetadataString>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostCustomersBodyTaxIdDataItem {
    pub r#type: PostCustomersBodyTaxIdDataItemType,
    pub value: String,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
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

/// Either a token, like the ones returned by [Stripe.js](https://stripe.com/docs/js), or a dictionary containing a user's bank account details.
///
/// Decoding tries `CustomerPaymentSourceBankAccount`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostCustomersCustomerBodyBankAccount {
    /// customer_payment_source_bank_account
    CustomerPaymentSourceBankAccount(PostBankAccountCustomerPaymentSourceBankAccount),
    /// The value is a JSON string.
    String(String),
}

/// customer_payment_source_bank_account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBankAccountCustomerPaymentSourceBankAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_type: Option<PostMethodDataUsBankAccountAccountHolderType>,
    pub account_number: String,
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<PostAccountCustomerPaymentSourceBankAccountObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routing_number: Option<String>,
}

runtime::string_enum! {
    /// The `object` member of `PostBankAccountCustomerPaymentSourceBankAccount`.
    pub enum PostAccountCustomerPaymentSourceBankAccountObject {
        BankAccount = "bank_account",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `object` member of `PostCustomerBodyCardCustomerPaymentSourceCard`.
    pub enum PostBodyCardCustomerPaymentSourceCardObject {
        Card = "card",
        ..Unknown
    }
}

/// The `custom_fields` member of `PostCustomersCustomerBodyInvoiceSettings`.
///
/// Decoding tries `List`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostCustomerBodyInvoiceSettingsCustomFields {
    /// The value is a JSON array.
    List(Vec<PostBodyInvoiceSettingsCustomFieldsListItem>),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
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
    /// A [`PostCustomersCustomerBodyTrialEndString`].
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

/// The request body of `PostPaymentIntents`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBody {
    /// Amount intended to be collected by this PaymentIntent. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
    pub amount: i64,
    /// The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account. The amount of the application fee collected will be capped at the total payment amount. For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_fee_amount: Option<i64>,
    /// When enabled, this PaymentIntent will accept payment methods that you have enabled in the Dashboard and are compatible with this PaymentIntent's other parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automatic_payment_methods: Option<PostPaymentIntentsBodyAutomaticPaymentMethods>,
    /// Controls when the funds will be captured from the customer's account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PaymentIntentCaptureMethod>,
    /// Set to `true` to attempt to [confirm](https://stripe.com/docs/api/payment_intents/confirm) this PaymentIntent immediately. This parameter defaults to `false`. When creating and confirming a PaymentIntent at the same time, parameters available in the [confirm](https://stripe.com/docs/api/payment_intents/confirm) API may also be provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirm: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_method: Option<PaymentIntentConfirmationMethod>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// ID of the Customer this PaymentIntent belongs to, if one exists.
    ///
    /// Payment methods attached to other Customers cannot be used with this PaymentIntent.
    ///
    /// If present in combination with [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage), this PaymentIntent's payment method will be attached to the Customer after the PaymentIntent has been confirmed and any required actions from the user are complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Set to `true` to fail the payment attempt if the PaymentIntent transitions into `requires_action`. This parameter is intended for simpler integrations that do not handle customer actions, like [saving cards without authentication](https://stripe.com/docs/payments/save-card-without-authentication). This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<bool>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// ID of the mandate to be used for this payment. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    /// This hash contains details about the Mandate to create. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_data: Option<PostPaymentIntentsBodyMandateData>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Set to `true` to indicate that the customer is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This parameter is intended for scenarios where you collect card details and [charge them later](https://stripe.com/docs/payments/cards/charging-saved-cards). This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_session: Option<PostPaymentIntentsBodyOffSession>,
    /// The Stripe account ID for which these funds are intended. For details, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<String>,
    /// ID of the payment method (a PaymentMethod, Card, or [compatible Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility) object) to attach to this PaymentIntent.
    ///
    /// If this parameter is omitted with `confirm=true`, `customer.default_source` will be attached as this PaymentIntent's payment instrument to improve the migration experience for users of the Charges API. We recommend that you explicitly provide the `payment_method` going forward.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
    /// in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    /// property on the PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<PostPaymentIntentsBodyPaymentMethodData>,
    /// Payment-method-specific configuration for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<PostPaymentIntentsBodyPaymentMethodOptions>,
    /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. If this is not provided, defaults to ["card"].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    /// The URL to redirect your customer back to after they authenticate or cancel their payment on the payment method's app or site. If you'd prefer to redirect to a mobile application, you can alternatively supply an application URI scheme. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PaymentIntentSetupFutureUsage>,
    /// Shipping information for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<PostPaymentIntentsBodyShipping>,
    /// For non-card charges, you can use this value as the complete description that appears on your customers’ statements. Must contain at least one letter, maximum 22 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// Provides information about a card payment that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
    /// The parameters used to automatically create a Transfer when the payment succeeds.
    /// For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_data: Option<PostPaymentIntentsBodyTransferData>,
    /// A string that identifies the resulting payment as part of a group. See the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts) for details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_group: Option<String>,
    /// Set to `true` only when using manual confirmation and the iOS or Android SDKs to handle additional authentication steps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<bool>,
}

/// When enabled, this PaymentIntent will accept payment methods that you have enabled in the Dashboard and are compatible with this PaymentIntent's other parameters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyAutomaticPaymentMethods {
    pub enabled: bool,
}

/// This hash contains details about the Mandate to create. This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsBodyMandateData {
    /// customer_acceptance_param
    pub customer_acceptance: PostIntentsBodyMandateDataCustomerAcceptance,
}

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyMandateDataCustomerAcceptance {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<i64>,
    /// offline_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offline: Option<PostBodyMandateDataCustomerAcceptanceOffline>,
    /// online_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<PostDataSecretKeyParamCustomerAcceptanceOnline>,
    pub r#type: PostDataSecretKeyParamCustomerAcceptanceType,
}

/// offline_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostBodyMandateDataCustomerAcceptanceOffline {}

/// Set to `true` to indicate that the customer is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This parameter is intended for scenarios where you collect card details and [charge them later](https://stripe.com/docs/payments/cards/charging-saved-cards). This parameter can only be used with [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
///
/// Decoding tries `Boolean`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsBodyOffSession {
    /// The value is a JSON boolean.
    Boolean(bool),
    /// A [`PostPaymentIntentsBodyOffSessionString`].
    String(PostPaymentIntentsBodyOffSessionString),
}

impl std::fmt::Display for PostPaymentIntentsBodyOffSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Boolean(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

runtime::string_enum! {
    /// The `String` variant of `PostPaymentIntentsBodyOffSession`.
    pub enum PostPaymentIntentsBodyOffSessionString {
        OneOff = "one_off",
        Recurring = "recurring",
        ..Unknown
    }
}

/// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
/// in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
/// property on the PaymentIntent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodData {
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PostIntentConfirmBodyPaymentMethodDataAcssDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostIntentConfirmBodyPaymentMethodDataAuBecsDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostIntentConfirmBodyPaymentMethodDataBacsDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// billing_details_inner_params
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<PostIntentsBodyPaymentMethodDataBillingDetails>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostIntentConfirmBodyPaymentMethodDataBoleto>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostPaymentIntentsBodyPaymentMethodDataEps>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostPaymentIntentsBodyPaymentMethodDataFpx>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostPaymentIntentsBodyPaymentMethodDataIdeal>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostIntentConfirmBodyPaymentMethodDataKlarna>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostPaymentIntentsBodyPaymentMethodDataP24>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostIntentConfirmBodyPaymentMethodDataSepaDebit>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostIntentConfirmBodyPaymentMethodDataSofort>,
    pub r#type: PostPaymentIntentsBodyPaymentMethodDataType,
    /// payment_method_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostIntentsBodyPaymentMethodDataUsBankAccount>,
    /// param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PostPaymentIntentsBodyPaymentMethodDataOxxo>,
}

/// billing_details_inner_params
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyPaymentMethodDataBillingDetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<PostBodyPaymentMethodDataBillingDetailsAddress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<PostChargesBodyMetadataString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// The `address` member of `PostIntentsBodyPaymentMethodDataBillingDetails`.
///
/// Decoding tries `BillingDetailsAddress`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostBodyPaymentMethodDataBillingDetailsAddress {
    /// billing_details_address
    BillingDetailsAddress(PostDataBillingDetailsAddressBillingDetailsAddress),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// billing_details_address
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostDataBillingDetailsAddressBillingDetailsAddress {
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

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataEps {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataEpsBank>,
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataFpx {
    pub bank: PostIntentConfirmBodyPaymentMethodDataFpxBank,
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataIdeal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataIdealBank>,
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsBodyPaymentMethodDataOxxo {}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodDataP24 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank: Option<PostIntentConfirmBodyPaymentMethodDataP24Bank>,
}

runtime::string_enum! {
    /// The `country` member of `PostPaymentIntentsBodyPaymentMethodDataSofort`.
    pub enum PostIntentsBodyPaymentMethodDataSofortCountry {
        At = "AT",
        Be = "BE",
        De = "DE",
        Es = "ES",
        It = "IT",
        Nl = "NL",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `type` member of `PostPaymentIntentsBodyPaymentMethodData`.
    pub enum PostPaymentIntentsBodyPaymentMethodDataType {
        AcssDebit = "acss_debit",
        AfterpayClearpay = "afterpay_clearpay",
        Alipay = "alipay",
        AuBecsDebit = "au_becs_debit",
        BacsDebit = "bacs_debit",
        Bancontact = "bancontact",
        Boleto = "boleto",
        Eps = "eps",
        Fpx = "fpx",
        Giropay = "giropay",
        Grabpay = "grabpay",
        Ideal = "ideal",
        Klarna = "klarna",
        Konbini = "konbini",
        Oxxo = "oxxo",
        P24 = "p24",
        Paynow = "paynow",
        SepaDebit = "sepa_debit",
        Sofort = "sofort",
        UsBankAccount = "us_bank_account",
        WechatPay = "wechat_pay",
        ..Unknown
    }
}

/// payment_method_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentsBodyPaymentMethodDataUsBankAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_holder_type: Option<PostMethodDataUsBankAccountAccountHolderType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_type: Option<PostBodyPaymentMethodDataUsBankAccountAccountType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routing_number: Option<String>,
}

runtime::string_enum! {
    /// The `account_holder_type` member of `PostIntentsBodyPaymentMethodDataUsBankAccount`.
    pub enum PostMethodDataUsBankAccountAccountHolderType {
        Company = "company",
        Individual = "individual",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `account_type` member of `PostIntentsBodyPaymentMethodDataUsBankAccount`.
    pub enum PostBodyPaymentMethodDataUsBankAccountAccountType {
        Checking = "checking",
        Savings = "savings",
        ..Unknown
    }
}

/// Payment-method-specific configuration for this PaymentIntent.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyPaymentMethodOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acss_debit: Option<PostIntentsBodyPaymentMethodOptionsAcssDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub afterpay_clearpay: Option<PostBodyPaymentMethodOptionsAfterpayClearpay>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alipay: Option<PostIntentConfirmBodyPaymentMethodOptionsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub au_becs_debit: Option<PostIntentsBodyPaymentMethodOptionsAuBecsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bacs_debit: Option<PostIntentsBodyPaymentMethodOptionsBacsDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bancontact: Option<PostIntentsBodyPaymentMethodOptionsBancontact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boleto: Option<PostIntentConfirmBodyPaymentMethodOptionsBoleto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<PostIntentConfirmBodyPaymentMethodOptionsCard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_present: Option<PostIntentsBodyPaymentMethodOptionsCardPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eps: Option<PostIntentConfirmBodyPaymentMethodOptionsEps>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fpx: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub giropay: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grabpay: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal: Option<PostIntentConfirmBodyPaymentMethodOptionsIdeal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interac_present: Option<PostIntentsBodyPaymentMethodOptionsInteracPresent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub klarna: Option<PostIntentConfirmBodyPaymentMethodOptionsKlarna>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<PostIntentConfirmBodyPaymentMethodOptionsKonbini>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oxxo: Option<PostIntentConfirmBodyPaymentMethodOptionsOxxo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p24: Option<PostIntentConfirmBodyPaymentMethodOptionsP24>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paynow: Option<PostIntentConfirmBodyPaymentMethodOptionsFpx>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<PostIntentsBodyPaymentMethodOptionsSepaDebit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sofort: Option<PostIntentConfirmBodyPaymentMethodOptionsSofort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub us_bank_account: Option<PostIntentsBodyPaymentMethodOptionsUsBankAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<PostIntentsBodyPaymentMethodOptionsWechatPay>,
}

/// The `acss_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsAcssDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostDebitPaymentIntentPaymentMethodOptionsParam {
    /// payment_intent_payment_method_options_mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<PostIntentPaymentMethodOptionsParamMandateOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PostPaymentMethodOptionsParamVerificationMethod>,
}

/// payment_intent_payment_method_options_mandate_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentPaymentMethodOptionsParamMandateOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_mandate_url: Option<PostChargesBodyMetadataString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_schedule: Option<PostOptionsParamMandateOptionsPaymentSchedule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<PostOptionsParamMandateOptionsTransactionType>,
}

runtime::string_enum! {
    /// The `payment_schedule` member of `PostIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostOptionsParamMandateOptionsPaymentSchedule {
        Combined = "combined",
        Interval = "interval",
        Sporadic = "sporadic",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `transaction_type` member of `PostIntentPaymentMethodOptionsParamMandateOptions`.
    pub enum PostOptionsParamMandateOptionsTransactionType {
        Business = "business",
        Personal = "personal",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `setup_future_usage` member of `PostDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `verification_method` member of `PostDebitPaymentIntentPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamVerificationMethod {
        Automatic = "automatic",
        Instant = "instant",
        Microdeposits = "microdeposits",
        ..Unknown
    }
}

/// The `afterpay_clearpay` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostBodyPaymentMethodOptionsAfterpayClearpay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostAfterpayClearpayPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostAfterpayClearpayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostOptionsCardPaymentIntentParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

/// The `au_becs_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsAuBecsDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostBecsDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBecsDebitPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

/// The `bacs_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsBacsDebit {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsBacsDebitPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsBacsDebitPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

/// The `bancontact` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsBancontact {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsBancontactPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsBancontactPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<PostPaymentMethodOptionsParamPreferredLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::string_enum! {
    /// The `preferred_language` member of `PostOptionsBancontactPaymentMethodOptionsParam`.
    pub enum PostPaymentMethodOptionsParamPreferredLanguage {
        De = "de",
        En = "en",
        Fr = "fr",
        Nl = "nl",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsBoletoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_intent_param
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostBodyPaymentMethodOptionsCardPaymentIntentParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostOptionsCardPaymentIntentParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cvc_token: Option<String>,
    /// installments_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub installments: Option<PostOptionsCardPaymentIntentParamInstallments>,
    /// mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<PostOptionsCardPaymentIntentParamMandateOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network: Option<PostMethodOptionsCardPaymentIntentParamNetwork>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_three_d_secure: Option<PostCardPaymentIntentParamRequestThreeDSecure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

impl std::fmt::Debug for PostBodyPaymentMethodOptionsCardPaymentIntentParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostBodyPaymentMethodOptionsCardPaymentIntentParam")
            .field("capture_method", &self.capture_method)
            .field("cvc_token", &runtime::Redacted)
            .field("installments", &self.installments)
            .field("mandate_options", &self.mandate_options)
            .field("network", &self.network)
            .field("request_three_d_secure", &self.request_three_d_secure)
            .field("setup_future_usage", &self.setup_future_usage)
            .finish()
    }
}

runtime::string_enum! {
    /// The `capture_method` member of `PostBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostOptionsCardPaymentIntentParamCaptureMethod {
        Empty = "",
        Manual = "manual",
        ..Unknown
    }
}

/// installments_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsCardPaymentIntentParamInstallments {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PostOptionsCardPaymentIntentParamInstallmentsPlan>,
}

/// The `plan` member of `PostOptionsCardPaymentIntentParamInstallments`.
///
/// Decoding tries `InstallmentPlan`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostOptionsCardPaymentIntentParamInstallmentsPlan {
    /// installment_plan
    InstallmentPlan(PostIntentParamInstallmentsPlanInstallmentPlan),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// installment_plan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentParamInstallmentsPlanInstallmentPlan {
    pub count: i64,
    pub interval: PostParamInstallmentsPlanInstallmentPlanInterval,
    pub r#type: PostIntentParamInstallmentsPlanInstallmentPlanType,
}

runtime::string_enum! {
    /// The `interval` member of `PostIntentParamInstallmentsPlanInstallmentPlan`.
    pub enum PostParamInstallmentsPlanInstallmentPlanInterval {
        Month = "month",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `type` member of `PostIntentParamInstallmentsPlanInstallmentPlan`.
    pub enum PostIntentParamInstallmentsPlanInstallmentPlanType {
        FixedCount = "fixed_count",
        ..Unknown
    }
}

/// mandate_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsCardPaymentIntentParamMandateOptions {
    pub amount: i64,
    pub amount_type: PostCardPaymentIntentParamMandateOptionsAmountType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<i64>,
    pub interval: PostCardPaymentIntentParamMandateOptionsInterval,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_count: Option<i64>,
    pub reference: String,
    pub start_date: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supported_types: Option<Vec<PostIntentParamMandateOptionsSupportedTypesItem>>,
}

runtime::string_enum! {
    /// The `amount_type` member of `PostOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostCardPaymentIntentParamMandateOptionsAmountType {
        Fixed = "fixed",
        Maximum = "maximum",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `interval` member of `PostOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostCardPaymentIntentParamMandateOptionsInterval {
        Day = "day",
        Month = "month",
        Sporadic = "sporadic",
        Week = "week",
        Year = "year",
        ..Unknown
    }
}

runtime::string_enum! {
    /// An item of the `supported_types` member of `PostOptionsCardPaymentIntentParamMandateOptions`.
    pub enum PostIntentParamMandateOptionsSupportedTypesItem {
        India = "india",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `network` member of `PostBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostMethodOptionsCardPaymentIntentParamNetwork {
        Amex = "amex",
        CartesBancaires = "cartes_bancaires",
        Diners = "diners",
        Discover = "discover",
        Interac = "interac",
        Jcb = "jcb",
        Mastercard = "mastercard",
        Unionpay = "unionpay",
        Unknown = "unknown",
        Visa = "visa",
        ..Unknown2
    }
}

runtime::string_enum! {
    /// The `request_three_d_secure` member of `PostBodyPaymentMethodOptionsCardPaymentIntentParam`.
    pub enum PostCardPaymentIntentParamRequestThreeDSecure {
        Any = "any",
        Automatic = "automatic",
        ..Unknown
    }
}

/// The `card_present` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsCardPresent {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsCardPresentPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsCardPresentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_extended_authorization: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_incremental_authorization_support: Option<bool>,
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostEpsPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsFpxPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsFpxPaymentMethodOptionsParam`.
    pub enum PostFpxPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsIdealPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::string_enum! {
    /// The `setup_future_usage` member of `PostMethodOptionsIdealPaymentMethodOptionsParam`.
    pub enum PostIdealPaymentMethodOptionsParamSetupFutureUsage {
        Empty = "",
        None = "none",
        OffSession = "off_session",
        ..Unknown
    }
}

/// The `interac_present` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsInteracPresent {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsInteracPresentPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostOptionsInteracPresentPaymentMethodOptionsParam {}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsKlarnaPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<PostOptionsCardPaymentIntentParamCaptureMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locale: Option<PostKlarnaPaymentMethodOptionsParamPreferredLocale>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::string_enum! {
    /// The `preferred_locale` member of `PostMethodOptionsKlarnaPaymentMethodOptionsParam`.
    pub enum PostKlarnaPaymentMethodOptionsParamPreferredLocale {
        DaDk = "da-DK",
        DeAt = "de-AT",
        DeDe = "de-DE",
        EnAt = "en-AT",
        EnBe = "en-BE",
        EnDe = "en-DE",
        EnDk = "en-DK",
        EnEs = "en-ES",
        EnFi = "en-FI",
        EnFr = "en-FR",
        EnGb = "en-GB",
        EnIe = "en-IE",
        EnIt = "en-IT",
        EnNl = "en-NL",
        EnNo = "en-NO",
        EnSe = "en-SE",
        EnUs = "en-US",
        EsEs = "es-ES",
        EsUs = "es-US",
        FiFi = "fi-FI",
        FrBe = "fr-BE",
        FrFr = "fr-FR",
        ItIt = "it-IT",
        NbNo = "nb-NO",
        NlBe = "nl-BE",
        NlNl = "nl-NL",
        SvFi = "sv-FI",
        SvSe = "sv-SE",
        ..Unknown
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsKonbiniPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<PostPaymentMethodOptionsParamExpiresAfterDays>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<PostPaymentMethodOptionsParamExpiresAfterDays>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

/// The `expires_after_days` member of `PostMethodOptionsKonbiniPaymentMethodOptionsParam`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentMethodOptionsParamExpiresAfterDays {
    /// The value is a JSON integer.
    Integer(i64),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

impl std::fmt::Display for PostPaymentMethodOptionsParamExpiresAfterDays {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsOxxoPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_after_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsP24PaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tos_shown_and_accepted: Option<bool>,
}

/// The `sepa_debit` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsSepaDebit {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostSepaDebitPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostSepaDebitPaymentIntentPaymentMethodOptionsParam {
    /// payment_method_options_mandate_options_param
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_options: Option<
        PostPaymentIntentPaymentMethodOptionsParamMandateOptions,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
}

/// payment_method_options_mandate_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentPaymentMethodOptionsParamMandateOptions {}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMethodOptionsSofortPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<PostSofortPaymentMethodOptionsParamPreferredLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIdealPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::string_enum! {
    /// The `preferred_language` member of `PostMethodOptionsSofortPaymentMethodOptionsParam`.
    pub enum PostSofortPaymentMethodOptionsParamPreferredLanguage {
        Empty = "",
        De = "de",
        En = "en",
        Es = "es",
        Fr = "fr",
        It = "it",
        Nl = "nl",
        Pl = "pl",
        ..Unknown
    }
}

/// The `us_bank_account` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsUsBankAccount {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostAccountPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_intent_payment_method_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostAccountPaymentIntentPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostPaymentMethodOptionsParamSetupFutureUsage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PostPaymentMethodOptionsParamVerificationMethod>,
}

/// The `wechat_pay` member of `PostPaymentIntentsBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentsBodyPaymentMethodOptionsWechatPay {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostOptionsWechatPayPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// payment_method_options_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostOptionsWechatPayPaymentMethodOptionsParam {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    pub client: PostWechatPayPaymentMethodOptionsParamClient,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostFpxPaymentMethodOptionsParamSetupFutureUsage>,
}

runtime::string_enum! {
    /// The `client` member of `PostOptionsWechatPayPaymentMethodOptionsParam`.
    pub enum PostWechatPayPaymentMethodOptionsParamClient {
        Android = "android",
        Ios = "ios",
        Web = "web",
        ..Unknown
    }
}

/// Shipping information for this PaymentIntent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyShipping {
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

/// The parameters used to automatically create a Transfer when the payment succeeds.
/// For more information, see the PaymentIntents [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostPaymentIntentsBodyTransferData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    pub destination: String,
}

/// The request body of `PostPaymentIntentsIntentCancel`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsIntentCancelBody {
    /// Reason for canceling this PaymentIntent. Possible values are `duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<PostIntentsIntentCancelBodyCancellationReason>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
}

runtime::string_enum! {
    /// Reason for canceling this PaymentIntent. Possible values are `duplicate`, `fraudulent`, `requested_by_customer`, or `abandoned`
    pub enum PostIntentsIntentCancelBodyCancellationReason {
        Abandoned = "abandoned",
        Duplicate = "duplicate",
        Fraudulent = "fraudulent",
        RequestedByCustomer = "requested_by_customer",
        ..Unknown
    }
}

/// The request body of `PostPaymentIntentsIntentConfirm`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostPaymentIntentsIntentConfirmBody {
    /// The client secret of the PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Set to `true` to fail the payment attempt if the PaymentIntent transitions into `requires_action`. This parameter is intended for simpler integrations that do not handle customer actions, like [saving cards without authentication](https://stripe.com/docs/payments/save-card-without-authentication).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<bool>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// ID of the mandate to be used for this payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
    /// This hash contains details about the Mandate to create
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mandate_data: Option<PostPaymentIntentsIntentConfirmBodyMandateData>,
    /// Set to `true` to indicate that the customer is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This parameter is intended for scenarios where you collect card details and [charge them later](https://stripe.com/docs/payments/cards/charging-saved-cards).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub off_session: Option<PostPaymentIntentsIntentConfirmBodyOffSession>,
    /// ID of the payment method (a PaymentMethod, Card, or [compatible Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility) object) to attach to this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will appear
    /// in the [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
    /// property on the PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<PostPaymentIntentsBodyPaymentMethodData>,
    /// Payment-method-specific configuration for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<PostPaymentIntentsBodyPaymentMethodOptions>,
    /// The list of payment method types (e.g. card) that this PaymentIntent is allowed to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<PostPaymentIntentsIntentConfirmBodyReceiptEmail>,
    /// The URL to redirect your customer back to after they authenticate or cancel their payment on the payment method's app or site.
    /// If you'd prefer to redirect to a mobile application, you can alternatively supply an application URI scheme.
    /// This parameter is only used for cards and other redirect-based payment methods.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
    ///
    /// If `setup_future_usage` is already set and you are performing a request using a publishable key, you may only update the value from `on_session` to `off_session`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<PostIntentsIntentConfirmBodySetupFutureUsage>,
    /// Shipping information for this PaymentIntent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<PostPaymentIntentsIntentConfirmBodyShipping>,
    /// Set to `true` only when using manual confirmation and the iOS or Android SDKs to handle additional authentication steps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_stripe_sdk: Option<bool>,
}

impl std::fmt::Debug for PostPaymentIntentsIntentConfirmBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostPaymentIntentsIntentConfirmBody")
            .field("client_secret", &runtime::Redacted)
            .field("error_on_requires_action", &self.error_on_requires_action)
            .field("expand", &self.expand)
            .field("mandate", &self.mandate)
            .field("mandate_data", &self.mandate_data)
            .field("off_session", &self.off_session)
            .field("payment_method", &self.payment_method)
            .field("payment_method_data", &self.payment_method_data)
            .field("payment_method_options", &self.payment_method_options)
            .field("payment_method_types", &self.payment_method_types)
            .field("receipt_email", &self.receipt_email)
            .field("return_url", &self.return_url)
            .field("setup_future_usage", &self.setup_future_usage)
            .field("shipping", &self.shipping)
            .field("use_stripe_sdk", &self.use_stripe_sdk)
            .finish()
    }
}

/// This hash contains details about the Mandate to create
///
/// Decoding tries `SecretKeyParam`, `ClientKeyParam` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmBodyMandateData {
    /// secret_key_param
    SecretKeyParam(PostIntentConfirmBodyMandateDataSecretKeyParam),
    /// client_key_param
    ClientKeyParam(PostIntentConfirmBodyMandateDataClientKeyParam),
}

/// secret_key_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostIntentConfirmBodyMandateDataSecretKeyParam {
    /// customer_acceptance_param
    pub customer_acceptance: PostIntentsBodyMandateDataCustomerAcceptance,
}

/// online_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostDataSecretKeyParamCustomerAcceptanceOnline {
    pub ip_address: String,
    pub user_agent: String,
}

runtime::string_enum! {
    /// The `type` member of `PostMandateDataSecretKeyParamCustomerAcceptance`.
    pub enum PostDataSecretKeyParamCustomerAcceptanceType {
        Offline = "offline",
        Online = "online",
        ..Unknown
    }
}

/// client_key_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostIntentConfirmBodyMandateDataClientKeyParam {
    /// customer_acceptance_param
    pub customer_acceptance: PostMandateDataClientKeyParamCustomerAcceptance,
}

/// customer_acceptance_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostMandateDataClientKeyParamCustomerAcceptance {
    /// online_param
    pub online: PostDataClientKeyParamCustomerAcceptanceOnline,
    pub r#type: PostDataClientKeyParamCustomerAcceptanceType,
}

/// online_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostDataClientKeyParamCustomerAcceptanceOnline {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}

runtime::string_enum! {
    /// The `type` member of `PostMandateDataClientKeyParamCustomerAcceptance`.
    pub enum PostDataClientKeyParamCustomerAcceptanceType {
        Online = "online",
        ..Unknown
    }
}

/// Set to `true` to indicate that the customer is not in your checkout flow during this payment attempt, and therefore is unable to authenticate. This parameter is intended for scenarios where you collect card details and [charge them later](https://stripe.com/docs/payments/cards/charging-saved-cards).
///
/// Decoding tries `Boolean`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmBodyOffSession {
    /// The value is a JSON boolean.
    Boolean(bool),
    /// A [`PostPaymentIntentsBodyOffSessionString`].
    String(PostPaymentIntentsBodyOffSessionString),
}

impl std::fmt::Display for PostPaymentIntentsIntentConfirmBodyOffSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Boolean(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// payment_method_param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataAcssDebit {
    pub account_number: String,
    pub institution_number: String,
    pub transit_number: String,
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataAuBecsDebit {
    pub account_number: String,
    pub bsb_number: String,
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataBacsDebit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_code: Option<String>,
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataBoleto {
    pub tax_id: String,
}

runtime::string_enum! {
    /// The `bank` member of `PostIntentsIntentConfirmBodyPaymentMethodDataEps`.
    pub enum PostIntentConfirmBodyPaymentMethodDataEpsBank {
        ArzteUndApothekerBank = "arzte_und_apotheker_bank",
        AustrianAnadiBankAg = "austrian_anadi_bank_ag",
        BankAustria = "bank_austria",
        BankhausCarlSpangler = "bankhaus_carl_spangler",
        BankhausSchelhammerUndSchatteraAg = "bankhaus_schelhammer_und_schattera_ag",
        BawagPskAg = "bawag_psk_ag",
        BksBankAg = "bks_bank_ag",
        BrullKallmusBankAg = "brull_kallmus_bank_ag",
        BtvVierLanderBank = "btv_vier_lander_bank",
        CapitalBankGraweGruppeAg = "capital_bank_grawe_gruppe_ag",
        Dolomitenbank = "dolomitenbank",
        EasybankAg = "easybank_ag",
        ErsteBankUndSparkassen = "erste_bank_und_sparkassen",
        HypoAlpeadriabankInternationalAg = "hypo_alpeadriabank_international_ag",
        HypoBankBurgenlandAktiengesellschaft = "hypo_bank_burgenland_aktiengesellschaft",
        HypoNoeLbFurNiederosterreichUWien = "hypo_noe_lb_fur_niederosterreich_u_wien",
        HypoOberosterreichSalzburgSteiermark = "hypo_oberosterreich_salzburg_steiermark",
        HypoTirolBankAg = "hypo_tirol_bank_ag",
        HypoVorarlbergBankAg = "hypo_vorarlberg_bank_ag",
        MarchfelderBank = "marchfelder_bank",
        OberbankAg = "oberbank_ag",
        RaiffeisenBankengruppeOsterreich = "raiffeisen_bankengruppe_osterreich",
        SchoellerbankAg = "schoellerbank_ag",
        SpardaBankWien = "sparda_bank_wien",
        VolksbankGruppe = "volksbank_gruppe",
        VolkskreditbankAg = "volkskreditbank_ag",
        VrBankBraunau = "vr_bank_braunau",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `bank` member of `PostIntentsIntentConfirmBodyPaymentMethodDataFpx`.
    pub enum PostIntentConfirmBodyPaymentMethodDataFpxBank {
        AffinBank = "affin_bank",
        Agrobank = "agrobank",
        AllianceBank = "alliance_bank",
        Ambank = "ambank",
        BankIslam = "bank_islam",
        BankMuamalat = "bank_muamalat",
        BankRakyat = "bank_rakyat",
        Bsn = "bsn",
        Cimb = "cimb",
        DeutscheBank = "deutsche_bank",
        HongLeongBank = "hong_leong_bank",
        Hsbc = "hsbc",
        Kfh = "kfh",
        Maybank2e = "maybank2e",
        Maybank2u = "maybank2u",
        Ocbc = "ocbc",
        PbEnterprise = "pb_enterprise",
        PublicBank = "public_bank",
        Rhb = "rhb",
        StandardChartered = "standard_chartered",
        Uob = "uob",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `bank` member of `PostIntentsIntentConfirmBodyPaymentMethodDataIdeal`.
    pub enum PostIntentConfirmBodyPaymentMethodDataIdealBank {
        AbnAmro = "abn_amro",
        AsnBank = "asn_bank",
        Bunq = "bunq",
        Handelsbanken = "handelsbanken",
        Ing = "ing",
        Knab = "knab",
        Moneyou = "moneyou",
        Rabobank = "rabobank",
        Regiobank = "regiobank",
        Revolut = "revolut",
        SnsBank = "sns_bank",
        TriodosBank = "triodos_bank",
        VanLanschot = "van_lanschot",
        ..Unknown
    }
}

/// param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PostIntentConfirmBodyPaymentMethodDataKlarna {
    /// date_of_birth
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dob: Option<PostIntentConfirmBodyPaymentMethodDataKlarnaDob>,
}

/// date_of_birth
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataKlarnaDob {
    pub day: i64,
    pub month: i64,
    pub year: i64,
}

runtime::string_enum! {
    /// The `bank` member of `PostIntentsIntentConfirmBodyPaymentMethodDataP24`.
    pub enum PostIntentConfirmBodyPaymentMethodDataP24Bank {
        AliorBank = "alior_bank",
        BankMillennium = "bank_millennium",
        BankNowyBfgSa = "bank_nowy_bfg_sa",
        BankPekaoSa = "bank_pekao_sa",
        BankiSpbdzielcze = "banki_spbdzielcze",
        Blik = "blik",
        BnpParibas = "bnp_paribas",
        Boz = "boz",
        CitiHandlowy = "citi_handlowy",
        CreditAgricole = "credit_agricole",
        Envelobank = "envelobank",
        EtransferPocztowy24 = "etransfer_pocztowy24",
        GetinBank = "getin_bank",
        Ideabank = "ideabank",
        Ing = "ing",
        Inteligo = "inteligo",
        MbankMtransfer = "mbank_mtransfer",
        NestPrzelew = "nest_przelew",
        NoblePay = "noble_pay",
        PbacZIpko = "pbac_z_ipko",
        PlusBank = "plus_bank",
        SantanderPrzelew24 = "santander_przelew24",
        TmobileUsbugiBankowe = "tmobile_usbugi_bankowe",
        ToyotaBank = "toyota_bank",
        VolkswagenBank = "volkswagen_bank",
        ..Unknown
    }
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataSepaDebit {
    pub iban: String,
}

/// param
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostIntentConfirmBodyPaymentMethodDataSofort {
    pub country: PostIntentsBodyPaymentMethodDataSofortCountry,
}

/// The `boleto` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsBoleto {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsBoletoPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `card` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsCard {
    /// payment_intent_param
    PaymentIntentParam(PostBodyPaymentMethodOptionsCardPaymentIntentParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `eps` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentIntentPaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsEps {
    /// payment_intent_payment_method_options_param
    PaymentIntentPaymentMethodOptionsParam(
        PostEpsPaymentIntentPaymentMethodOptionsParam,
    ),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `fpx` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsFpx {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsFpxPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `ideal` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsIdeal {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsIdealPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `klarna` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsKlarna {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsKlarnaPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `konbini` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsKonbini {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsKonbiniPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `oxxo` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsOxxo {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsOxxoPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `p24` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsP24 {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsP24PaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// The `sofort` member of `PostIntentsIntentConfirmBodyPaymentMethodOptions`.
///
/// Decoding tries `PaymentMethodOptionsParam`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostIntentConfirmBodyPaymentMethodOptionsSofort {
    /// payment_method_options_param
    PaymentMethodOptionsParam(PostMethodOptionsSofortPaymentMethodOptionsParam),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

runtime::string_enum! {
    /// Email address that the receipt for the resulting payment will be sent to. If `receipt_email` is specified for a payment in live mode, a receipt will be sent regardless of your [email settings](https://dashboard.stripe.com/account/emails).
    pub enum PostPaymentIntentsIntentConfirmBodyReceiptEmail {
        Empty = "",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
    ///
    /// If `setup_future_usage` is already set and you are performing a request using a publishable key, you may only update the value from `on_session` to `off_session`.
    pub enum PostIntentsIntentConfirmBodySetupFutureUsage {
        Empty = "",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}

/// Shipping information for this PaymentIntent.
///
/// Decoding tries `OptionalFieldsShipping`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PostPaymentIntentsIntentConfirmBodyShipping {
    /// optional_fields_shipping
    OptionalFieldsShipping(PostConfirmBodyShippingOptionalFieldsShipping),
    /// A [`PostChargesBodyMetadataString`].
    String(PostChargesBodyMetadataString),
}

/// optional_fields_shipping
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostConfirmBodyShippingOptionalFieldsShipping {
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

/// The request body of `PostRefunds`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PostRefundsBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PostChargesBodyMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<PostRefundsBodyReason>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refund_application_fee: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reverse_transfer: Option<bool>,
}

runtime::string_enum! {
    /// The `reason` member of `PostRefundsBody`.
    pub enum PostRefundsBodyReason {
        Duplicate = "duplicate",
        Fraudulent = "fraudulent",
        RequestedByCustomer = "requested_by_customer",
        ..Unknown
    }
}

/// The request body of `PostWebhookEndpoints`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostWebhookEndpointsBody {
    /// Events sent to this endpoint will be generated with this Stripe Version instead of your account's default Stripe Version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_version: Option<PostWebhookEndpointsBodyApiVersion>,
    /// Whether this endpoint should receive events from connected accounts (`true`), or from your account (`false`). Defaults to `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connect: Option<bool>,
    /// An optional description of what the webhook is used for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The list of events to enable for this endpoint. You may specify `['*']` to enable all events, except those that require explicit selection.
    pub enabled_events: Vec<PostWebhookEndpointsBodyEnabledEventsItem>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PostChargesBodyMetadata>,
    /// The URL of the webhook endpoint.
    pub url: String,
}

runtime::string_enum! {
    /// Events sent to this endpoint will be generated with this Stripe Version instead of your account's default Stripe Version.
    pub enum PostWebhookEndpointsBodyApiVersion {
        V20110101 = "2011-01-01",
        V20110621 = "2011-06-21",
        V20110628 = "2011-06-28",
        V20110801 = "2011-08-01",
        V20110915 = "2011-09-15",
        V20111117 = "2011-11-17",
        V20120223 = "2012-02-23",
        V20120325 = "2012-03-25",
        V20120618 = "2012-06-18",
        V20120628 = "2012-06-28",
        V20120709 = "2012-07-09",
        V20120924 = "2012-09-24",
        V20121026 = "2012-10-26",
        V20121107 = "2012-11-07",
        V20130211 = "2013-02-11",
        V20130213 = "2013-02-13",
        V20130705 = "2013-07-05",
        V20130812 = "2013-08-12",
        V20130813 = "2013-08-13",
        V20131029 = "2013-10-29",
        V20131203 = "2013-12-03",
        V20140131 = "2014-01-31",
        V20140313 = "2014-03-13",
        V20140328 = "2014-03-28",
        V20140519 = "2014-05-19",
        V20140613 = "2014-06-13",
        V20140617 = "2014-06-17",
        V20140722 = "2014-07-22",
        V20140726 = "2014-07-26",
        V20140804 = "2014-08-04",
        V20140820 = "2014-08-20",
        V20140908 = "2014-09-08",
        V20141007 = "2014-10-07",
        V20141105 = "2014-11-05",
        V20141120 = "2014-11-20",
        V20141208 = "2014-12-08",
        V20141217 = "2014-12-17",
        V20141222 = "2014-12-22",
        V20150111 = "2015-01-11",
        V20150126 = "2015-01-26",
        V20150210 = "2015-02-10",
        V20150216 = "2015-02-16",
        V20150218 = "2015-02-18",
        V20150324 = "2015-03-24",
        V20150407 = "2015-04-07",
        V20150615 = "2015-06-15",
        V20150707 = "2015-07-07",
        V20150713 = "2015-07-13",
        V20150728 = "2015-07-28",
        V20150807 = "2015-08-07",
        V20150819 = "2015-08-19",
        V20150903 = "2015-09-03",
        V20150908 = "2015-09-08",
        V20150923 = "2015-09-23",
        V20151001 = "2015-10-01",
        V20151012 = "2015-10-12",
        V20151016 = "2015-10-16",
        V20160203 = "2016-02-03",
        V20160219 = "2016-02-19",
        V20160222 = "2016-02-22",
        V20160223 = "2016-02-23",
        V20160229 = "2016-02-29",
        V20160307 = "2016-03-07",
        V20160615 = "2016-06-15",
        V20160706 = "2016-07-06",
        V20161019 = "2016-10-19",
        V20170127 = "2017-01-27",
        V20170214 = "2017-02-14",
        V20170406 = "2017-04-06",
        V20170525 = "2017-05-25",
        V20170605 = "2017-06-05",
        V20170815 = "2017-08-15",
        V20171214 = "2017-12-14",
        V20180123 = "2018-01-23",
        V20180205 = "2018-02-05",
        V20180206 = "2018-02-06",
        V20180228 = "2018-02-28",
        V20180521 = "2018-05-21",
        V20180727 = "2018-07-27",
        V20180823 = "2018-08-23",
        V20180906 = "2018-09-06",
        V20180924 = "2018-09-24",
        V20181031 = "2018-10-31",
        V20181108 = "2018-11-08",
        V20190211 = "2019-02-11",
        V20190219 = "2019-02-19",
        V20190314 = "2019-03-14",
        V20190516 = "2019-05-16",
        V20190814 = "2019-08-14",
        V20190909 = "2019-09-09",
        V20191008 = "2019-10-08",
        V20191017 = "2019-10-17",
        V20191105 = "2019-11-05",
        V20191203 = "2019-12-03",
        V20200302 = "2020-03-02",
        V20200827 = "2020-08-27",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The list of events to enable for this endpoint. You may specify `['*']` to enable all events, except those that require explicit selection.
    pub enum PostWebhookEndpointsBodyEnabledEventsItem {
        Empty = "*",
        AccountApplicationAuthorized = "account.application.authorized",
        AccountApplicationDeauthorized = "account.application.deauthorized",
        AccountExternalAccountCreated = "account.external_account.created",
        AccountExternalAccountDeleted = "account.external_account.deleted",
        AccountExternalAccountUpdated = "account.external_account.updated",
        AccountUpdated = "account.updated",
        ApplicationFeeCreated = "application_fee.created",
        ApplicationFeeRefundUpdated = "application_fee.refund.updated",
        ApplicationFeeRefunded = "application_fee.refunded",
        BalanceAvailable = "balance.available",
        BillingPortalConfigurationCreated = "billing_portal.configuration.created",
        BillingPortalConfigurationUpdated = "billing_portal.configuration.updated",
        CapabilityUpdated = "capability.updated",
        CashBalanceFundsAvailable = "cash_balance.funds_available",
        ChargeCaptured = "charge.captured",
        ChargeDisputeClosed = "charge.dispute.closed",
        ChargeDisputeCreated = "charge.dispute.created",
        ChargeDisputeFundsReinstated = "charge.dispute.funds_reinstated",
        ChargeDisputeFundsWithdrawn = "charge.dispute.funds_withdrawn",
        ChargeDisputeUpdated = "charge.dispute.updated",
        ChargeExpired = "charge.expired",
        ChargeFailed = "charge.failed",
        ChargePending = "charge.pending",
        ChargeRefundUpdated = "charge.refund.updated",
        ChargeRefunded = "charge.refunded",
        ChargeSucceeded = "charge.succeeded",
        ChargeUpdated = "charge.updated",
        CheckoutSessionAsyncPaymentFailed = "checkout.session.async_payment_failed",
        CheckoutSessionAsyncPaymentSucceeded = "checkout.session.async_payment_succeeded",
        CheckoutSessionCompleted = "checkout.session.completed",
        CheckoutSessionExpired = "checkout.session.expired",
        CouponCreated = "coupon.created",
        CouponDeleted = "coupon.deleted",
        CouponUpdated = "coupon.updated",
        CreditNoteCreated = "credit_note.created",
        CreditNoteUpdated = "credit_note.updated",
        CreditNoteVoided = "credit_note.voided",
        CustomerCreated = "customer.created",
        CustomerDeleted = "customer.deleted",
        CustomerDiscountCreated = "customer.discount.created",
        CustomerDiscountDeleted = "customer.discount.deleted",
        CustomerDiscountUpdated = "customer.discount.updated",
        CustomerSourceCreated = "customer.source.created",
        CustomerSourceDeleted = "customer.source.deleted",
        CustomerSourceExpiring = "customer.source.expiring",
        CustomerSourceUpdated = "customer.source.updated",
        CustomerSubscriptionCreated = "customer.subscription.created",
        CustomerSubscriptionDeleted = "customer.subscription.deleted",
        CustomerSubscriptionPendingUpdateApplied = "customer.subscription.pending_update_applied",
        CustomerSubscriptionPendingUpdateExpired = "customer.subscription.pending_update_expired",
        CustomerSubscriptionTrialWillEnd = "customer.subscription.trial_will_end",
        CustomerSubscriptionUpdated = "customer.subscription.updated",
        CustomerTaxIdCreated = "customer.tax_id.created",
        CustomerTaxIdDeleted = "customer.tax_id.deleted",
        CustomerTaxIdUpdated = "customer.tax_id.updated",
        CustomerUpdated = "customer.updated",
        FileCreated = "file.created",
        IdentityVerificationSessionCanceled = "identity.verification_session.canceled",
        IdentityVerificationSessionCreated = "identity.verification_session.created",
        IdentityVerificationSessionProcessing = "identity.verification_session.processing",
        IdentityVerificationSessionRedacted = "identity.verification_session.redacted",
        IdentityVerificationSessionRequiresInput = "identity.verification_session.requires_input",
        IdentityVerificationSessionVerified = "identity.verification_session.verified",
        InvoiceCreated = "invoice.created",
        InvoiceDeleted = "invoice.deleted",
        InvoiceFinalizationFailed = "invoice.finalization_failed",
        InvoiceFinalized = "invoice.finalized",
        InvoiceMarkedUncollectible = "invoice.marked_uncollectible",
        InvoicePaid = "invoice.paid",
        InvoicePaymentActionRequired = "invoice.payment_action_required",
        InvoicePaymentFailed = "invoice.payment_failed",
        InvoicePaymentSucceeded = "invoice.payment_succeeded",
        InvoiceSent = "invoice.sent",
        InvoiceUpcoming = "invoice.upcoming",
        InvoiceUpdated = "invoice.updated",
        InvoiceVoided = "invoice.voided",
        InvoiceitemCreated = "invoiceitem.created",
        InvoiceitemDeleted = "invoiceitem.deleted",
        InvoiceitemUpdated = "invoiceitem.updated",
        IssuingAuthorizationCreated = "issuing_authorization.created",
        IssuingAuthorizationRequest = "issuing_authorization.request",
        IssuingAuthorizationUpdated = "issuing_authorization.updated",
        IssuingCardCreated = "issuing_card.created",
        IssuingCardUpdated = "issuing_card.updated",
        IssuingCardholderCreated = "issuing_cardholder.created",
        IssuingCardholderUpdated = "issuing_cardholder.updated",
        IssuingDisputeClosed = "issuing_dispute.closed",
        IssuingDisputeCreated = "issuing_dispute.created",
        IssuingDisputeFundsReinstated = "issuing_dispute.funds_reinstated",
        IssuingDisputeSubmitted = "issuing_dispute.submitted",
        IssuingDisputeUpdated = "issuing_dispute.updated",
        IssuingTransactionCreated = "issuing_transaction.created",
        IssuingTransactionUpdated = "issuing_transaction.updated",
        MandateUpdated = "mandate.updated",
        OrderCreated = "order.created",
        OrderPaymentFailed = "order.payment_failed",
        OrderPaymentSucceeded = "order.payment_succeeded",
        OrderUpdated = "order.updated",
        OrderReturnCreated = "order_return.created",
        PaymentIntentAmountCapturableUpdated = "payment_intent.amount_capturable_updated",
        PaymentIntentCanceled = "payment_intent.canceled",
        PaymentIntentCreated = "payment_intent.created",
        PaymentIntentPartiallyFunded = "payment_intent.partially_funded",
        PaymentIntentPaymentFailed = "payment_intent.payment_failed",
        PaymentIntentProcessing = "payment_intent.processing",
        PaymentIntentRequiresAction = "payment_intent.requires_action",
        PaymentIntentSucceeded = "payment_intent.succeeded",
        PaymentLinkCreated = "payment_link.created",
        PaymentLinkUpdated = "payment_link.updated",
        PaymentMethodAttached = "payment_method.attached",
        PaymentMethodAutomaticallyUpdated = "payment_method.automatically_updated",
        PaymentMethodDetached = "payment_method.detached",
        PaymentMethodUpdated = "payment_method.updated",
        PayoutCanceled = "payout.canceled",
        PayoutCreated = "payout.created",
        PayoutFailed = "payout.failed",
        PayoutPaid = "payout.paid",
        PayoutUpdated = "payout.updated",
        PersonCreated = "person.created",
        PersonDeleted = "person.deleted",
        PersonUpdated = "person.updated",
        PlanCreated = "plan.created",
        PlanDeleted = "plan.deleted",
        PlanUpdated = "plan.updated",
        PriceCreated = "price.created",
        PriceDeleted = "price.deleted",
        PriceUpdated = "price.updated",
        ProductCreated = "product.created",
        ProductDeleted = "product.deleted",
        ProductUpdated = "product.updated",
        PromotionCodeCreated = "promotion_code.created",
        PromotionCodeUpdated = "promotion_code.updated",
        QuoteAccepted = "quote.accepted",
        QuoteCanceled = "quote.canceled",
        QuoteCreated = "quote.created",
        QuoteFinalized = "quote.finalized",
        RadarEarlyFraudWarningCreated = "radar.early_fraud_warning.created",
        RadarEarlyFraudWarningUpdated = "radar.early_fraud_warning.updated",
        RecipientCreated = "recipient.created",
        RecipientDeleted = "recipient.deleted",
        RecipientUpdated = "recipient.updated",
        ReportingReportRunFailed = "reporting.report_run.failed",
        ReportingReportRunSucceeded = "reporting.report_run.succeeded",
        ReportingReportTypeUpdated = "reporting.report_type.updated",
        ReviewClosed = "review.closed",
        ReviewOpened = "review.opened",
        SetupIntentCanceled = "setup_intent.canceled",
        SetupIntentCreated = "setup_intent.created",
        SetupIntentRequiresAction = "setup_intent.requires_action",
        SetupIntentSetupFailed = "setup_intent.setup_failed",
        SetupIntentSucceeded = "setup_intent.succeeded",
        SigmaScheduledQueryRunCreated = "sigma.scheduled_query_run.created",
        SkuCreated = "sku.created",
        SkuDeleted = "sku.deleted",
        SkuUpdated = "sku.updated",
        SourceCanceled = "source.canceled",
        SourceChargeable = "source.chargeable",
        SourceFailed = "source.failed",
        SourceMandateNotification = "source.mandate_notification",
        SourceRefundAttributesRequired = "source.refund_attributes_required",
        SourceTransactionCreated = "source.transaction.created",
        SourceTransactionUpdated = "source.transaction.updated",
        SubscriptionScheduleAborted = "subscription_schedule.aborted",
        SubscriptionScheduleCanceled = "subscription_schedule.canceled",
        SubscriptionScheduleCompleted = "subscription_schedule.completed",
        SubscriptionScheduleCreated = "subscription_schedule.created",
        SubscriptionScheduleExpiring = "subscription_schedule.expiring",
        SubscriptionScheduleReleased = "subscription_schedule.released",
        SubscriptionScheduleUpdated = "subscription_schedule.updated",
        TaxRateCreated = "tax_rate.created",
        TaxRateUpdated = "tax_rate.updated",
        TerminalReaderActionFailed = "terminal.reader.action_failed",
        TerminalReaderActionSucceeded = "terminal.reader.action_succeeded",
        TestHelpersTestClockAdvancing = "test_helpers.test_clock.advancing",
        TestHelpersTestClockCreated = "test_helpers.test_clock.created",
        TestHelpersTestClockDeleted = "test_helpers.test_clock.deleted",
        TestHelpersTestClockInternalFailure = "test_helpers.test_clock.internal_failure",
        TestHelpersTestClockReady = "test_helpers.test_clock.ready",
        TopupCanceled = "topup.canceled",
        TopupCreated = "topup.created",
        TopupFailed = "topup.failed",
        TopupReversed = "topup.reversed",
        TopupSucceeded = "topup.succeeded",
        TransferCreated = "transfer.created",
        TransferFailed = "transfer.failed",
        TransferPaid = "transfer.paid",
        TransferReversed = "transfer.reversed",
        TransferUpdated = "transfer.updated",
        ..Unknown
    }
}
