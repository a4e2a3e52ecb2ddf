// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `legal_entity_company` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct LegalEntityCompany {
    pub address: Option<Address>,
    /// The Kana variation of the company's primary address (Japan only).
    pub address_kana: Option<LegalEntityJapanAddress>,
    /// The Kanji variation of the company's primary address (Japan only).
    pub address_kanji: Option<LegalEntityJapanAddress>,
    /// Whether the company's directors have been provided. This Boolean will be `true` if you've manually indicated that all directors are provided via [the `directors_provided` parameter](https://stripe.com/docs/api/accounts/update#update_account-company-directors_provided).
    pub directors_provided: Option<bool>,
    /// Whether the company's executives have been provided. This Boolean will be `true` if you've manually indicated that all executives are provided via [the `executives_provided` parameter](https://stripe.com/docs/api/accounts/update#update_account-company-executives_provided), or if Stripe determined that sufficient executives were provided.
    pub executives_provided: Option<bool>,
    /// The company's legal name.
    pub name: Option<String>,
    /// The Kana variation of the company's legal name (Japan only).
    pub name_kana: Option<String>,
    /// The Kanji variation of the company's legal name (Japan only).
    pub name_kanji: Option<String>,
    /// Whether the company's owners have been provided. This Boolean will be `true` if you've manually indicated that all owners are provided via [the `owners_provided` parameter](https://stripe.com/docs/api/accounts/update#update_account-company-owners_provided), or if Stripe determined that sufficient owners were provided. Stripe determines ownership requirements using both the number of owners provided and their total percent ownership (calculated by adding the `percent_ownership` of each owner together).
    pub owners_provided: Option<bool>,
    /// This hash is used to attest that the beneficial owner information provided to Stripe is both current and correct.
    pub ownership_declaration: Option<LegalEntityUboDeclaration>,
    /// The company's phone number (used for verification).
    pub phone: Option<String>,
    /// The category identifying the legal structure of the company or legal entity. See [Business structure](https://stripe.com/docs/connect/identity-verification#business-structure) for more details.
    pub structure: Option<LegalEntityCompanyStructure>,
    /// Whether the company's business ID number was provided.
    pub tax_id_provided: Option<bool>,
    /// The jurisdiction in which the `tax_id` is registered (Germany-based companies only).
    pub tax_id_registrar: Option<String>,
    /// Whether the company's business VAT number was provided.
    pub vat_id_provided: Option<bool>,
    /// Information on the verification state of the company.
    pub verification: Option<LegalEntityCompanyVerification>,
}

runtime::decode! {
    LegalEntityCompany {
        address, address_kana, address_kanji, directors_provided, executives_provided, name,
        name_kana, name_kanji, owners_provided, ownership_declaration, phone, structure,
        tax_id_provided, tax_id_registrar, vat_id_provided, verification,
    }
}

runtime::string_enum! {
    /// The category identifying the legal structure of the company or legal entity. See [Business structure](https://stripe.com/docs/connect/identity-verification#business-structure) for more details.
    pub enum LegalEntityCompanyStructure {
        FreeZoneEstablishment = "free_zone_establishment",
        FreeZoneLlc = "free_zone_llc",
        GovernmentInstrumentality = "government_instrumentality",
        GovernmentalUnit = "governmental_unit",
        IncorporatedNonProfit = "incorporated_non_profit",
        LimitedLiabilityPartnership = "limited_liability_partnership",
        Llc = "llc",
        MultiMemberLlc = "multi_member_llc",
        PrivateCompany = "private_company",
        PrivateCorporation = "private_corporation",
        PrivatePartnership = "private_partnership",
        PublicCompany = "public_company",
        PublicCorporation = "public_corporation",
        PublicPartnership = "public_partnership",
        SingleMemberLlc = "single_member_llc",
        SoleEstablishment = "sole_establishment",
        SoleProprietorship = "sole_proprietorship",
        TaxExemptGovernmentInstrumentality = "tax_exempt_government_instrumentality",
        UnincorporatedAssociation = "unincorporated_association",
        UnincorporatedNonProfit = "unincorporated_non_profit",
        ..Unknown
    }
}

/// The `legal_entity_company_verification` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct LegalEntityCompanyVerification {
    pub document: LegalEntityCompanyVerificationDocument,
}

runtime::decode! { LegalEntityCompanyVerification { document } }

/// The `legal_entity_company_verification_document` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegalEntityCompanyVerificationDocument {
    /// The back of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `additional_verification`.
    pub back: Option<runtime::Expandable<File>>,
    /// A user-displayable string describing the verification state of this document.
    pub details: Option<String>,
    /// One of `document_corrupt`, `document_expired`, `document_failed_copy`, `document_failed_greyscale`, `document_failed_other`, `document_failed_test_mode`, `document_fraudulent`, `document_incomplete`, `document_invalid`, `document_manipulated`, `document_not_readable`, `document_not_uploaded`, `document_type_not_supported`, or `document_too_large`. A machine-readable code specifying the verification state for this document.
    pub details_code: Option<String>,
    /// The front of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `additional_verification`.
    pub front: Option<runtime::Expandable<File>>,
}

runtime::decode! { LegalEntityCompanyVerificationDocument { back, details, details_code, front } }

/// The `legal_entity_dob` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegalEntityDob {
    /// The day of birth, between 1 and 31.
    pub day: Option<i64>,
    /// The month of birth, between 1 and 12.
    pub month: Option<i64>,
    /// The four-digit year of birth.
    pub year: Option<i64>,
}

runtime::decode! { LegalEntityDob { day, month, year } }

/// The `legal_entity_japan_address` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegalEntityJapanAddress {
    /// City/Ward.
    pub city: Option<String>,
    /// Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
    pub country: Option<String>,
    /// Block/Building number.
    pub line1: Option<String>,
    /// Building details.
    pub line2: Option<String>,
    /// ZIP or postal code.
    pub postal_code: Option<String>,
    /// Prefecture.
    pub state: Option<String>,
    /// Town/cho-me.
    pub town: Option<String>,
}

runtime::decode! {
    LegalEntityJapanAddress {
        city, country, line1, line2, postal_code, state, town,
    }
}

/// The `legal_entity_person_verification` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct LegalEntityPersonVerification {
    /// A document showing address, either a passport, local ID card, or utility bill from a well-known utility company.
    pub additional_document: Option<LegalEntityPersonVerificationDocument>,
    /// A user-displayable string describing the verification state for the person. For example, this may say "Provided identity information could not be verified".
    pub details: Option<String>,
    /// One of `document_address_mismatch`, `document_dob_mismatch`, `document_duplicate_type`, `document_id_number_mismatch`, `document_name_mismatch`, `document_nationality_mismatch`, `failed_keyed_identity`, or `failed_other`. A machine-readable code specifying the verification state for the person.
    pub details_code: Option<String>,
    pub document: Option<LegalEntityPersonVerificationDocument>,
    /// The state of verification for the person. Possible values are `unverified`, `pending`, or `verified`.
    pub status: String,
}

runtime::decode! {
    LegalEntityPersonVerification {
        additional_document, details, details_code, document, status,
    }
}

/// The `legal_entity_person_verification_document` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegalEntityPersonVerificationDocument {
    /// The back of an ID returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
    pub back: Option<runtime::Expandable<File>>,
    /// A user-displayable string describing the verification state of this document. For example, if a document is uploaded and the picture is too fuzzy, this may say "Identity document is too unclear to read".
    pub details: Option<String>,
    /// One of `document_corrupt`, `document_country_not_supported`, `document_expired`, `document_failed_copy`, `document_failed_other`, `document_failed_test_mode`, `document_fraudulent`, `document_failed_greyscale`, `document_incomplete`, `document_invalid`, `document_manipulated`, `document_missing_back`, `document_missing_front`, `document_not_readable`, `document_not_uploaded`, `document_photo_mismatch`, `document_too_large`, or `document_type_not_supported`. A machine-readable code specifying the verification state for this document.
    pub details_code: Option<String>,
    /// The front of an ID returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
    pub front: Option<runtime::Expandable<File>>,
}

runtime::decode! { LegalEntityPersonVerificationDocument { back, details, details_code, front } }

/// The `legal_entity_ubo_declaration` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegalEntityUboDeclaration {
    /// The Unix timestamp marking when the beneficial owner attestation was made.
    pub date: Option<i64>,
    /// The IP address from which the beneficial owner attestation was made.
    pub ip: Option<String>,
    /// The user-agent string from the browser where the beneficial owner attestation was made.
    pub user_agent: Option<String>,
}

runtime::decode! { LegalEntityUboDeclaration { date, ip, user_agent } }

/// The `line_item` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct LineItem {
    /// The amount, in %s.
    pub amount: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// The amount of discount calculated per discount for this line item.
    pub discount_amounts: Option<Vec<DiscountsResourceDiscountAmount>>,
    /// If true, discounts will apply to this line item. Always false for prorations.
    pub discountable: bool,
    /// The discounts applied to the invoice line item. Line item discounts are applied before invoice discounts. Use `expand[]=discounts` to expand each discount.
    pub discounts: Option<Vec<runtime::Expandable<Discount>>>,
    /// Unique identifier for the object.
    pub id: String,
    /// The ID of the [invoice item](https://stripe.com/docs/api/invoiceitems) associated with this line item if any.
    pub invoice_item: Option<String>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Note that for line items with `type=subscription` this will reflect the metadata of the subscription that caused the line item to be created.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: LineItemObject,
    pub period: InvoiceLineItemPeriod,
    /// The price of the line item.
    pub price: Option<Price>,
    /// Whether this is a proration.
    pub proration: bool,
    /// Additional details for proration line items
    pub proration_details: Option<InvoicesLineItemsProrationDetails>,
    /// The quantity of the subscription, if the line item is a subscription or a proration.
    pub quantity: Option<i64>,
    /// The subscription that the invoice item pertains to, if any.
    pub subscription: Option<String>,
    /// The subscription item that generated this invoice item. Left empty if the line item is not an explicit result of a subscription.
    pub subscription_item: Option<String>,
    /// The amount of tax calculated per tax rate for this line item
    pub tax_amounts: Option<Vec<InvoiceTaxAmount>>,
    /// The tax rates which apply to the line item.
    pub tax_rates: Option<Vec<TaxRate>>,
    /// A string identifying the type of the source of this line item, either an `invoiceitem` or a `subscription`.
    pub r#type: LineItemType,
}

runtime::decode! {
    LineItem {
        amount, currency, description, discount_amounts, discountable, discounts, id, invoice_item,
        livemode, metadata, object, period, price, proration, proration_details, quantity,
        subscription, subscription_item, tax_amounts, tax_rates, r#type = "type",
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum LineItemObject {
        LineItem = "line_item",
        ..Unknown
    }
}

runtime::string_enum! {
    /// A string identifying the type of the source of this line item, either an `invoiceitem` or a `subscription`.
    pub enum LineItemType {
        Invoiceitem = "invoiceitem",
        Subscription = "subscription",
        ..Unknown
    }
}

/// The `line_items_discount_amount` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct LineItemsDiscountAmount {
    /// The amount discounted.
    pub amount: i64,
    /// A discount represents the actual application of a coupon to a particular
    /// customer. It contains information about when the discount began and when it
    /// will end.
    ///
    /// Related guide: [Applying Discounts to Subscriptions](https://stripe.com/docs/billing/subscriptions/discounts).
    pub discount: Discount,
}

runtime::decode! { LineItemsDiscountAmount { amount, discount } }

/// The `line_items_tax_amount` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct LineItemsTaxAmount {
    /// Amount of tax applied for this rate.
    pub amount: i64,
    /// Tax rates can be applied to [invoices](https://stripe.com/docs/billing/invoices/tax-rates), [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and [Checkout Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates) to collect tax.
    ///
    /// Related guide: [Tax Rates](https://stripe.com/docs/billing/taxes/tax-rates).
    pub rate: TaxRate,
}

runtime::decode! { LineItemsTaxAmount { amount, rate } }
