// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// [Tax codes](https://stripe.com/docs/tax/tax-codes) classify goods and services for tax purposes.
#[derive(Debug, Clone, PartialEq)]
pub struct TaxCode {
    /// A detailed description of which types of products the tax code represents.
    pub description: String,
    /// Unique identifier for the object.
    pub id: String,
    /// A short name for the tax code.
    pub name: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TaxCodeObject,
}

runtime::decode! { TaxCode { description, id, name, object } }

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum TaxCodeObject {
        TaxCode = "tax_code",
        ..Unknown
    }
}

/// The `tax_deducted_at_source` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct TaxDeductedAtSource {
    /// Unique identifier for the object.
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TaxDeductedAtSourceObject,
    /// The end of the invoicing period. This TDS applies to Stripe fees collected during this invoicing period.
    pub period_end: i64,
    /// The start of the invoicing period. This TDS applies to Stripe fees collected during this invoicing period.
    pub period_start: i64,
    /// The TAN that was supplied to Stripe when TDS was assessed
    pub tax_deduction_account_number: String,
}

runtime::decode! {
    TaxDeductedAtSource {
        id, object, period_end, period_start, tax_deduction_account_number,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum TaxDeductedAtSourceObject {
        TaxDeductedAtSource = "tax_deducted_at_source",
        ..Unknown
    }
}

/// You can add one or multiple tax IDs to a [customer](https://stripe.com/docs/api/customers).
/// A customer's tax IDs are displayed on invoices and credit notes issued for the customer.
///
/// Related guide: [Customer Tax Identification Numbers](https://stripe.com/docs/billing/taxes/tax-ids).
#[derive(Debug, Clone, PartialEq)]
pub struct TaxId {
    /// Two-letter ISO code representing the country of the tax ID.
    pub country: Option<String>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// ID of the customer.
    pub customer: Option<runtime::Expandable<Customer>>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TaxIdObject,
    /// Type of the tax ID, one of `ae_trn`, `au_abn`, `au_arn`, `bg_uic`, `br_cnpj`, `br_cpf`, `ca_bn`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`, `ca_qst`, `ch_vat`, `cl_tin`, `es_cif`, `eu_vat`, `gb_vat`, `ge_vat`, `hk_br`, `hu_tin`, `id_npwp`, `il_vat`, `in_gst`, `is_vat`, `jp_cn`, `jp_rn`, `kr_brn`, `li_uid`, `mx_rfc`, `my_frp`, `my_itn`, `my_sst`, `no_vat`, `nz_gst`, `ru_inn`, `ru_kpp`, `sa_vat`, `sg_gst`, `sg_uen`, `si_tin`, `th_vat`, `tw_vat`, `ua_vat`, `us_ein`, or `za_vat`. Note that some legacy tax IDs have type `unknown`
    pub r#type: TaxIdType,
    /// Value of the tax ID.
    pub value: String,
    /// Tax ID verification information.
    pub verification: Option<TaxIdVerification>,
}

runtime::decode! {
    TaxId {
        country, created, customer, id, livemode, object, r#type = "type", value, verification,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum TaxIdObject {
        TaxId = "tax_id",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Type of the tax ID, one of `ae_trn`, `au_abn`, `au_arn`, `bg_uic`, `br_cnpj`, `br_cpf`, `ca_bn`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`, `ca_qst`, `ch_vat`, `cl_tin`, `es_cif`, `eu_vat`, `gb_vat`, `ge_vat`, `hk_br`, `hu_tin`, `id_npwp`, `il_vat`, `in_gst`, `is_vat`, `jp_cn`, `jp_rn`, `kr_brn`, `li_uid`, `mx_rfc`, `my_frp`, `my_itn`, `my_sst`, `no_vat`, `nz_gst`, `ru_inn`, `ru_kpp`, `sa_vat`, `sg_gst`, `sg_uen`, `si_tin`, `th_vat`, `tw_vat`, `ua_vat`, `us_ein`, or `za_vat`. Note that some legacy tax IDs have type `unknown`
    pub enum TaxIdType {
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

/// The `tax_id_verification` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct TaxIdVerification {
    /// Verification status, one of `pending`, `verified`, `unverified`, or `unavailable`.
    pub status: TaxIdVerificationStatus,
    /// Verified address.
    pub verified_address: Option<String>,
    /// Verified name.
    pub verified_name: Option<String>,
}

runtime::decode! { TaxIdVerification { status, verified_address, verified_name } }

runtime::string_enum! {
    /// Verification status, one of `pending`, `verified`, `unverified`, or `unavailable`.
    pub enum TaxIdVerificationStatus {
        Pending = "pending",
        Unavailable = "unavailable",
        Unverified = "unverified",
        Verified = "verified",
        ..Unknown
    }
}

/// Tax rates can be applied to [invoices](https://stripe.com/docs/billing/invoices/tax-rates), [subscriptions](https://stripe.com/docs/billing/subscriptions/taxes) and [Checkout Sessions](https://stripe.com/docs/payments/checkout/set-up-a-subscription#tax-rates) to collect tax.
///
/// Related guide: [Tax Rates](https://stripe.com/docs/billing/taxes/tax-rates).
#[derive(Debug, Clone, PartialEq)]
pub struct TaxRate {
    /// Defaults to `true`. When set to `false`, this tax rate cannot be used with new applications or Checkout Sessions, but will still work for subscriptions and invoices that already have it set.
    pub active: bool,
    /// Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
    pub country: Option<String>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// An arbitrary string attached to the tax rate for your internal use only. It will not be visible to your customers.
    pub description: Option<String>,
    /// The display name of the tax rates as it will appear to your customer on their receipt email, PDF, and the hosted invoice page.
    pub display_name: String,
    /// Unique identifier for the object.
    pub id: String,
    /// This specifies if the tax rate is inclusive or exclusive.
    pub inclusive: bool,
    /// The jurisdiction for the tax rate. You can use this label field for tax reporting purposes. It also appears on your customer’s invoice.
    pub jurisdiction: Option<String>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TaxRateObject,
    /// This represents the tax rate percent out of 100.
    pub percentage: f64,
    /// [ISO 3166-2 subdivision code](https://en.wikipedia.org/wiki/ISO_3166-2:US), without country prefix. For example, "NY" for New York, United States.
    pub state: Option<String>,
    /// The high-level tax type, such as `vat` or `sales_tax`.
    pub tax_type: Option<TaxRateTaxType>,
}

runtime::decode! {
    TaxRate {
        active, country, created, description, display_name, id, inclusive, jurisdiction, livemode,
        metadata, object, percentage, state, tax_type,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum TaxRateObject {
        TaxRate = "tax_rate",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The high-level tax type, such as `vat` or `sales_tax`.
    pub enum TaxRateTaxType {
        Gst = "gst",
        Hst = "hst",
        Jct = "jct",
        Pst = "pst",
        Qst = "qst",
        Rst = "rst",
        SalesTax = "sales_tax",
        Vat = "vat",
        ..Unknown
    }
}

/// A test clock enables deterministic control over objects in testmode. With a test clock, you can create
/// objects at a frozen time in the past or future, and advance to a specific future time to observe webhooks and state changes. After the clock advances,
/// you can either validate the current state of your scenario (and test your assumptions), change the current state of your scenario (and test more complex scenarios), or keep advancing forward in time.
#[derive(Debug, Clone, PartialEq)]
pub struct TestHelpersTestClock {
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Time at which this clock is scheduled to auto delete.
    pub deletes_after: i64,
    /// Time at which all objects belonging to this clock are frozen.
    pub frozen_time: i64,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// The custom name supplied at creation.
    pub name: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TestHelpersTestClockObject,
    /// The status of the Test Clock.
    pub status: TestHelpersTestClockStatus,
}

runtime::decode! {
    TestHelpersTestClock {
        created, deletes_after, frozen_time, id, livemode, name, object, status,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum TestHelpersTestClockObject {
        TestHelpersTestClock = "test_helpers.test_clock",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the Test Clock.
    pub enum TestHelpersTestClockStatus {
        Advancing = "advancing",
        InternalFailure = "internal_failure",
        Ready = "ready",
        ..Unknown
    }
}

/// The `three_d_secure_details` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ThreeDSecureDetails {
    /// For authenticated transactions: how the customer was authenticated by
    /// the issuing bank.
    pub authentication_flow: Option<ThreeDSecureDetailsAuthenticationFlow>,
    /// Indicates the outcome of 3D Secure authentication.
    pub result: Option<ThreeDSecureDetailsResult>,
    /// Additional information about why 3D Secure succeeded or failed based
    /// on the `result`.
    pub result_reason: Option<ThreeDSecureDetailsResultReason>,
    /// The version of 3D Secure that was used.
    pub version: Option<ThreeDSecureDetailsVersion>,
}

runtime::decode! { ThreeDSecureDetails { authentication_flow, result, result_reason, version } }

runtime::string_enum! {
    /// For authenticated transactions: how the customer was authenticated by
    /// the issuing bank.
    pub enum ThreeDSecureDetailsAuthenticationFlow {
        Challenge = "challenge",
        Frictionless = "frictionless",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Indicates the outcome of 3D Secure authentication.
    pub enum ThreeDSecureDetailsResult {
        AttemptAcknowledged = "attempt_acknowledged",
        Authenticated = "authenticated",
        Failed = "failed",
        NotSupported = "not_supported",
        ProcessingError = "processing_error",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Additional information about why 3D Secure succeeded or failed based
    /// on the `result`.
    pub enum ThreeDSecureDetailsResultReason {
        Abandoned = "abandoned",
        Bypassed = "bypassed",
        Canceled = "canceled",
        CardNotEnrolled = "card_not_enrolled",
        NetworkNotSupported = "network_not_supported",
        ProtocolError = "protocol_error",
        Rejected = "rejected",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The version of 3D Secure that was used.
    pub enum ThreeDSecureDetailsVersion {
        V102 = "1.0.2",
        V210 = "2.1.0",
        V220 = "2.2.0",
        ..Unknown
    }
}

/// The `three_d_secure_usage` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreeDSecureUsage {
    /// Whether 3D Secure is supported on this card.
    pub supported: bool,
}

runtime::decode! { ThreeDSecureUsage { supported } }

/// To top up your Stripe balance, you create a top-up object. You can retrieve
/// individual top-ups, as well as list all top-ups. Top-ups are identified by a
/// unique, random ID.
///
/// Related guide: [Topping Up your Platform Account](https://stripe.com/docs/connect/top-ups).
#[derive(Debug, Clone, PartialEq)]
pub struct Topup {
    /// Amount transferred.
    pub amount: i64,
    /// ID of the balance transaction that describes the impact of this top-up on your account balance. May not be specified depending on status of top-up.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// Date the funds are expected to arrive in your Stripe account for payouts. This factors in delays like weekends or bank holidays. May not be specified depending on status of top-up.
    pub expected_availability_date: Option<i64>,
    /// Error code explaining reason for top-up failure if available (see [the errors section](https://stripe.com/docs/api#errors) for a list of codes).
    pub failure_code: Option<String>,
    /// Message to user further explaining reason for top-up failure if available.
    pub failure_message: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TopupObject,
    /// `Source` objects allow you to accept a variety of payment methods. They
    /// represent a customer's payment instrument, and can be used with the Stripe API
    /// just like a `Card` object: once chargeable, they can be charged, or can be
    /// attached to customers.
    ///
    /// Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources & Customers](https://stripe.com/docs/sources/customers).
    pub source: Source,
    /// Extra information about a top-up. This will appear on your source's bank statement. It must contain at least one letter.
    pub statement_descriptor: Option<String>,
    /// The status of the top-up is either `canceled`, `failed`, `pending`, `reversed`, or `succeeded`.
    pub status: TopupStatus,
    /// A string that identifies this top-up as part of a group.
    pub transfer_group: Option<String>,
}

runtime::decode! {
    Topup {
        amount, balance_transaction, created, currency, description, expected_availability_date,
        failure_code, failure_message, id, livemode, metadata, object, source, statement_descriptor,
        status, transfer_group,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum TopupObject {
        Topup = "topup",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the top-up is either `canceled`, `failed`, `pending`, `reversed`, or `succeeded`.
    pub enum TopupStatus {
        Canceled = "canceled",
        Failed = "failed",
        Pending = "pending",
        Reversed = "reversed",
        Succeeded = "succeeded",
        ..Unknown
    }
}

/// A `Transfer` object is created when you move funds between Stripe accounts as
/// part of Connect.
///
/// Before April 6, 2017, transfers also represented movement of funds from a
/// Stripe account to a card or bank account. This behavior has since been split
/// out into a [Payout](https://stripe.com/docs/api#payout_object) object, with corresponding payout endpoints. For more
/// information, read about the
/// [transfer/payout split](https://stripe.com/docs/transfer-payout-split).
///
/// Related guide: [Creating Separate Charges and Transfers](https://stripe.com/docs/connect/charges-transfers).
#[derive(Debug, Clone, PartialEq)]
pub struct Transfer {
    /// Amount in %s to be transferred.
    pub amount: i64,
    /// Amount in %s reversed (can be less than the amount attribute on the transfer if a partial reversal was issued).
    pub amount_reversed: i64,
    /// Balance transaction that describes the impact of this transfer on your account balance.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// Time that this record of the transfer was first created.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// An arbitrary string attached to the object. Often useful for displaying to users.
    pub description: Option<String>,
    /// ID of the Stripe account the transfer was sent to.
    pub destination: Option<runtime::Expandable<Account>>,
    /// If the destination is a Stripe account, this will be the ID of the payment that the destination account received for the transfer.
    pub destination_payment: Option<runtime::Expandable<Charge>>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TransferObject,
    /// A list of reversals that have been applied to the transfer.
    pub reversals: TransferReversals,
    /// Whether the transfer has been fully reversed. If the transfer is only partially reversed, this attribute will still be false.
    pub reversed: bool,
    /// ID of the charge or payment that was used to fund the transfer. If null, the transfer was funded from the available balance.
    pub source_transaction: Option<runtime::Expandable<Charge>>,
    /// The source balance this transfer came from. One of `card`, `fpx`, or `bank_account`.
    pub source_type: Option<String>,
    /// A string that identifies this transaction as part of a group. See the [Connect documentation](https://stripe.com/docs/connect/charges-transfers#transfer-options) for details.
    pub transfer_group: Option<String>,
}

runtime::decode! {
    Transfer {
        amount, amount_reversed, balance_transaction, created, currency, description, destination,
        destination_payment, id, livemode, metadata, object, reversals, reversed,
        source_transaction, source_type, transfer_group,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum TransferObject {
        Transfer = "transfer",
        ..Unknown
    }
}

/// A list of reversals that have been applied to the transfer.
#[derive(Debug, Clone, PartialEq)]
pub struct TransferReversals {
    /// Details about each object.
    pub data: Vec<TransferReversal>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { TransferReversals { data, has_more, object, url } }

/// The `transfer_data` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct TransferData {
    /// Amount intended to be collected by this PaymentIntent. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
    pub amount: Option<i64>,
    /// The account (if any) the payment will be attributed to for tax
    /// reporting, and where funds from the payment will be transferred to upon
    /// payment success.
    pub destination: runtime::Expandable<Account>,
}

runtime::decode! { TransferData { amount, destination } }

/// [Stripe Connect](https://stripe.com/docs/connect) platforms can reverse transfers made to a
/// connected account, either entirely or partially, and can also specify whether
/// to refund any related application fees. Transfer reversals add to the
/// platform's balance and subtract from the destination account's balance.
///
/// Reversing a transfer that was made for a [destination
/// charge](/docs/connect/destination-charges) is allowed only up to the amount of
/// the charge. It is possible to reverse a
/// [transfer_group](https://stripe.com/docs/connect/charges-transfers#transfer-options)
/// transfer only if the destination account has enough balance to cover the
/// reversal.
///
/// Related guide: [Reversing Transfers](https://stripe.com/docs/connect/charges-transfers#reversing-transfers).
#[derive(Debug, Clone, PartialEq)]
pub struct TransferReversal {
    /// Amount, in %s.
    pub amount: i64,
    /// Balance transaction that describes the impact on your account balance.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Linked payment refund for the transfer reversal.
    pub destination_payment_refund: Option<runtime::Expandable<Refund>>,
    /// Unique identifier for the object.
    pub id: String,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: TransferReversalObject,
    /// ID of the refund responsible for the transfer reversal.
    pub source_refund: Option<runtime::Expandable<Refund>>,
    /// ID of the transfer that was reversed.
    pub transfer: runtime::Expandable<Transfer>,
}

runtime::decode! {
    TransferReversal {
        amount, balance_transaction, created, currency, destination_payment_refund, id, metadata,
        object, source_refund, transfer,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum TransferReversalObject {
        TransferReversal = "transfer_reversal",
        ..Unknown
    }
}

/// The `transfer_schedule` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct TransferSchedule {
    /// The number of days charges for the account will be held before being paid out.
    pub delay_days: i64,
    /// How frequently funds will be paid out. One of `manual` (payouts only created via API call), `daily`, `weekly`, or `monthly`.
    pub interval: String,
    /// The day of the month funds will be paid out. Only shown if `interval` is monthly. Payouts scheduled between the 29th and 31st of the month are sent on the last day of shorter months.
    pub monthly_anchor: Option<i64>,
    /// The day of the week funds will be paid out, of the style 'monday', 'tuesday', etc. Only shown if `interval` is weekly.
    pub weekly_anchor: Option<String>,
}

runtime::decode! { TransferSchedule { delay_days, interval, monthly_anchor, weekly_anchor } }

/// The `transform_quantity` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformQuantity {
    /// Divide usage by this number.
    pub divide_by: i64,
    /// After division, either round the result `up` or `down`.
    pub round: TransformQuantityRound,
}

runtime::decode! { TransformQuantity { divide_by, round } }

runtime::string_enum! {
    /// After division, either round the result `up` or `down`.
    pub enum TransformQuantityRound {
        Down = "down",
        Up = "up",
        ..Unknown
    }
}

impl runtime::Identified for TaxCode {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for TaxDeductedAtSource {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for TaxId {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for TaxRate {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for TestHelpersTestClock {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Topup {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Transfer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for TransferReversal {
    fn id(&self) -> &str {
        &self.id
    }
}
