// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// This is an object representing a Stripe account. You can retrieve it to see
/// properties on the account like its current e-mail address or if the account is
/// enabled yet to make live charges.
///
/// Some properties, marked below, are available only to platforms that want to
/// [create and manage Express or Custom accounts](https://stripe.com/docs/connect/accounts).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Account {
    /// Business information about the account.
    pub business_profile: Option<AccountBusinessProfile>,
    /// The business type.
    pub business_type: Option<AccountBusinessType>,
    pub capabilities: Option<AccountCapabilities>,
    /// Whether the account can create live charges.
    pub charges_enabled: Option<bool>,
    pub company: Option<LegalEntityCompany>,
    pub controller: Option<AccountUnificationAccountController>,
    /// The account's country.
    pub country: Option<String>,
    /// Time at which the account was connected. Measured in seconds since the Unix epoch.
    pub created: Option<i64>,
    /// Three-letter ISO currency code representing the default currency for the account. This must be a currency that [Stripe supports in the account's country](https://stripe.com/docs/payouts).
    pub default_currency: Option<String>,
    /// Whether account details have been submitted. Standard accounts cannot receive payouts before this is true.
    pub details_submitted: Option<bool>,
    /// An email address associated with the account. You can treat this as metadata: it is not used for authentication or messaging account holders.
    pub email: Option<String>,
    /// External accounts (bank accounts and debit cards) currently attached to this account
    pub external_accounts: Option<AccountExternalAccounts>,
    pub future_requirements: Option<AccountFutureRequirements>,
    /// Unique identifier for the object.
    pub id: String,
    /// This is an object representing a person associated with a Stripe account.
    ///
    /// A platform cannot access a Standard or Express account's persons after the account starts onboarding, such as after generating an account link for the account.
    /// See the [Standard onboarding](https://stripe.com/docs/connect/standard-accounts) or [Express onboarding documentation](https://stripe.com/docs/connect/express-accounts) for information about platform pre-filling and account onboarding steps.
    ///
    /// Related guide: [Handling Identity Verification with the API](https://stripe.com/docs/connect/identity-verification-api#person-information).
    pub individual: Option<Person>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: AccountObject,
    /// Whether Stripe can send payouts to this account.
    pub payouts_enabled: Option<bool>,
    pub requirements: Option<AccountRequirements>,
    /// Options for customizing how the account functions within Stripe.
    pub settings: Option<AccountSettings>,
    pub tos_acceptance: Option<AccountTosAcceptance>,
    /// The Stripe account type. Can be `standard`, `express`, or `custom`.
    pub r#type: Option<AccountType>,
}

runtime::decode! {
    Account {
        business_profile, business_type, capabilities, charges_enabled, company, controller,
        country, created, default_currency, details_submitted, email, external_accounts,
        future_requirements, id, individual, metadata, object, payouts_enabled, requirements,
        settings, tos_acceptance, r#type = "type",
    }
}

runtime::string_enum! {
    /// The business type.
    pub enum AccountBusinessType {
        Company = "company",
        GovernmentEntity = "government_entity",
        Individual = "individual",
        NonProfit = "non_profit",
        ..Unknown
    }
}

/// External accounts (bank accounts and debit cards) currently attached to this account
#[derive(Debug, Clone, PartialEq)]
pub struct AccountExternalAccounts {
    /// The list contains all external accounts that have been attached to the Stripe account. These may be bank accounts or cards.
    pub data: Vec<AccountExternalAccountsDataItem>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { AccountExternalAccounts { data, has_more, object, url } }

/// Polymorphic
///
/// Decoding tries `Card`, `BankAccount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum AccountExternalAccountsDataItem {
    /// The value is of type [`Card`].
    Card(Card),
    /// The value is of type [`BankAccount`].
    BankAccount(BankAccount),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum AccountObject {
        Account = "account",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The Stripe account type. Can be `standard`, `express`, or `custom`.
    pub enum AccountType {
        Custom = "custom",
        Express = "express",
        Standard = "standard",
        ..Unknown
    }
}

/// The `account_bacs_debit_payments_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountBacsDebitPaymentsSettings {
    /// The Bacs Direct Debit Display Name for this account. For payments made with Bacs Direct Debit, this will appear on the mandate, and as the statement descriptor.
    pub display_name: Option<String>,
}

runtime::decode! { AccountBacsDebitPaymentsSettings { display_name } }

/// The `account_branding_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountBrandingSettings {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) An icon for the account. Must be square and at least 128px x 128px.
    pub icon: Option<runtime::Expandable<File>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) A logo for the account that will be used in Checkout instead of the icon and without the account's name next to it if provided. Must be at least 128px x 128px.
    pub logo: Option<runtime::Expandable<File>>,
    /// A CSS hex color value representing the primary branding color for this account
    pub primary_color: Option<String>,
    /// A CSS hex color value representing the secondary branding color for this account
    pub secondary_color: Option<String>,
}

runtime::decode! { AccountBrandingSettings { icon, logo, primary_color, secondary_color } }

/// The `account_business_profile` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountBusinessProfile {
    /// [The merchant category code for the account](https://stripe.com/docs/connect/setting-mcc). MCCs are used to classify businesses based on the goods or services they provide.
    pub mcc: Option<String>,
    /// The customer-facing business name.
    pub name: Option<String>,
    /// Internal-only description of the product sold or service provided by the business. It's used by Stripe for risk and underwriting purposes.
    pub product_description: Option<String>,
    /// A publicly available mailing address for sending support issues to.
    pub support_address: Option<Address>,
    /// A publicly available email address for sending support issues to.
    pub support_email: Option<String>,
    /// A publicly available phone number to call with support issues.
    pub support_phone: Option<String>,
    /// A publicly available website for handling support issues.
    pub support_url: Option<String>,
    /// The business's publicly available website.
    pub url: Option<String>,
}

runtime::decode! {
    AccountBusinessProfile {
        mcc, name, product_description, support_address, support_email, support_phone, support_url,
        url,
    }
}

/// The `account_capabilities` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountCapabilities {
    /// The status of the Canadian pre-authorized debits payments capability of the account, or whether the account can directly process Canadian pre-authorized debits charges.
    pub acss_debit_payments: Option<AccountCapabilitiesAcssDebitPayments>,
    /// The status of the Afterpay Clearpay capability of the account, or whether the account can directly process Afterpay Clearpay charges.
    pub afterpay_clearpay_payments: Option<AccountCapabilitiesAfterpayClearpayPayments>,
    /// The status of the BECS Direct Debit (AU) payments capability of the account, or whether the account can directly process BECS Direct Debit (AU) charges.
    pub au_becs_debit_payments: Option<AccountCapabilitiesAuBecsDebitPayments>,
    /// The status of the Bacs Direct Debits payments capability of the account, or whether the account can directly process Bacs Direct Debits charges.
    pub bacs_debit_payments: Option<AccountCapabilitiesBacsDebitPayments>,
    /// The status of the Bancontact payments capability of the account, or whether the account can directly process Bancontact charges.
    pub bancontact_payments: Option<AccountCapabilitiesBancontactPayments>,
    /// The status of the customer_balance payments capability of the account, or whether the account can directly process customer_balance charges.
    pub bank_transfer_payments: Option<AccountCapabilitiesBankTransferPayments>,
    /// The status of the boleto payments capability of the account, or whether the account can directly process boleto charges.
    pub boleto_payments: Option<AccountCapabilitiesBoletoPayments>,
    /// The status of the card issuing capability of the account, or whether you can use Issuing to distribute funds on cards
    pub card_issuing: Option<AccountCapabilitiesCardIssuing>,
    /// The status of the card payments capability of the account, or whether the account can directly process credit and debit card charges.
    pub card_payments: Option<AccountCapabilitiesCardPayments>,
    /// The status of the Cartes Bancaires payments capability of the account, or whether the account can directly process Cartes Bancaires card charges in EUR currency.
    pub cartes_bancaires_payments: Option<AccountCapabilitiesCartesBancairesPayments>,
    /// The status of the EPS payments capability of the account, or whether the account can directly process EPS charges.
    pub eps_payments: Option<AccountCapabilitiesEpsPayments>,
    /// The status of the FPX payments capability of the account, or whether the account can directly process FPX charges.
    pub fpx_payments: Option<AccountCapabilitiesFpxPayments>,
    /// The status of the giropay payments capability of the account, or whether the account can directly process giropay charges.
    pub giropay_payments: Option<AccountCapabilitiesGiropayPayments>,
    /// The status of the GrabPay payments capability of the account, or whether the account can directly process GrabPay charges.
    pub grabpay_payments: Option<AccountCapabilitiesGrabpayPayments>,
    /// The status of the iDEAL payments capability of the account, or whether the account can directly process iDEAL charges.
    pub ideal_payments: Option<AccountCapabilitiesIdealPayments>,
    /// The status of the JCB payments capability of the account, or whether the account (Japan only) can directly process JCB credit card charges in JPY currency.
    pub jcb_payments: Option<AccountCapabilitiesJcbPayments>,
    /// The status of the Klarna payments capability of the account, or whether the account can directly process Klarna charges.
    pub klarna_payments: Option<AccountCapabilitiesKlarnaPayments>,
    /// The status of the konbini payments capability of the account, or whether the account can directly process konbini charges.
    pub konbini_payments: Option<AccountCapabilitiesKonbiniPayments>,
    /// The status of the legacy payments capability of the account.
    pub legacy_payments: Option<AccountCapabilitiesLegacyPayments>,
    /// The status of the OXXO payments capability of the account, or whether the account can directly process OXXO charges.
    pub oxxo_payments: Option<AccountCapabilitiesOxxoPayments>,
    /// The status of the P24 payments capability of the account, or whether the account can directly process P24 charges.
    pub p24_payments: Option<AccountCapabilitiesP24Payments>,
    /// The status of the paynow payments capability of the account, or whether the account can directly process paynow charges.
    pub paynow_payments: Option<AccountCapabilitiesPaynowPayments>,
    /// The status of the SEPA Direct Debits payments capability of the account, or whether the account can directly process SEPA Direct Debits charges.
    pub sepa_debit_payments: Option<AccountCapabilitiesSepaDebitPayments>,
    /// The status of the Sofort payments capability of the account, or whether the account can directly process Sofort charges.
    pub sofort_payments: Option<AccountCapabilitiesSofortPayments>,
    /// The status of the tax reporting 1099-K (US) capability of the account.
    pub tax_reporting_us_1099_k: Option<AccountCapabilitiesTaxReportingUs1099K>,
    /// The status of the tax reporting 1099-MISC (US) capability of the account.
    pub tax_reporting_us_1099_misc: Option<AccountCapabilitiesTaxReportingUs1099Misc>,
    /// The status of the transfers capability of the account, or whether your platform can transfer funds to the account.
    pub transfers: Option<AccountCapabilitiesTransfers>,
    /// The status of the US bank account ACH payments capability of the account, or whether the account can directly process US bank account charges.
    pub us_bank_account_ach_payments: Option<
        AccountCapabilitiesUsBankAccountAchPayments,
    >,
}

runtime::decode! {
    AccountCapabilities {
        acss_debit_payments, afterpay_clearpay_payments, au_becs_debit_payments,
        bacs_debit_payments, bancontact_payments, bank_transfer_payments, boleto_payments,
        card_issuing, card_payments, cartes_bancaires_payments, eps_payments, fpx_payments,
        giropay_payments, grabpay_payments, ideal_payments, jcb_payments, klarna_payments,
        konbini_payments, legacy_payments, oxxo_payments, p24_payments, paynow_payments,
        sepa_debit_payments, sofort_payments, tax_reporting_us_1099_k, tax_reporting_us_1099_misc,
        transfers, us_bank_account_ach_payments,
    }
}

runtime::string_enum! {
    /// The status of the Canadian pre-authorized debits payments capability of the account, or whether the account can directly process Canadian pre-authorized debits charges.
    pub enum AccountCapabilitiesAcssDebitPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the Afterpay Clearpay capability of the account, or whether the account can directly process Afterpay Clearpay charges.
    pub enum AccountCapabilitiesAfterpayClearpayPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the BECS Direct Debit (AU) payments capability of the account, or whether the account can directly process BECS Direct Debit (AU) charges.
    pub enum AccountCapabilitiesAuBecsDebitPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the Bacs Direct Debits payments capability of the account, or whether the account can directly process Bacs Direct Debits charges.
    pub enum AccountCapabilitiesBacsDebitPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the Bancontact payments capability of the account, or whether the account can directly process Bancontact charges.
    pub enum AccountCapabilitiesBancontactPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the customer_balance payments capability of the account, or whether the account can directly process customer_balance charges.
    pub enum AccountCapabilitiesBankTransferPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the boleto payments capability of the account, or whether the account can directly process boleto charges.
    pub enum AccountCapabilitiesBoletoPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the card issuing capability of the account, or whether you can use Issuing to distribute funds on cards
    pub enum AccountCapabilitiesCardIssuing {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the card payments capability of the account, or whether the account can directly process credit and debit card charges.
    pub enum AccountCapabilitiesCardPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the Cartes Bancaires payments capability of the account, or whether the account can directly process Cartes Bancaires card charges in EUR currency.
    pub enum AccountCapabilitiesCartesBancairesPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the EPS payments capability of the account, or whether the account can directly process EPS charges.
    pub enum AccountCapabilitiesEpsPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the FPX payments capability of the account, or whether the account can directly process FPX charges.
    pub enum AccountCapabilitiesFpxPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the giropay payments capability of the account, or whether the account can directly process giropay charges.
    pub enum AccountCapabilitiesGiropayPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the GrabPay payments capability of the account, or whether the account can directly process GrabPay charges.
    pub enum AccountCapabilitiesGrabpayPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the iDEAL payments capability of the account, or whether the account can directly process iDEAL charges.
    pub enum AccountCapabilitiesIdealPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the JCB payments capability of the account, or whether the account (Japan only) can directly process JCB credit card charges in JPY currency.
    pub enum AccountCapabilitiesJcbPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the Klarna payments capability of the account, or whether the account can directly process Klarna charges.
    pub enum AccountCapabilitiesKlarnaPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the konbini payments capability of the account, or whether the account can directly process konbini charges.
    pub enum AccountCapabilitiesKonbiniPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the legacy payments capability of the account.
    pub enum AccountCapabilitiesLegacyPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the OXXO payments capability of the account, or whether the account can directly process OXXO charges.
    pub enum AccountCapabilitiesOxxoPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the P24 payments capability of the account, or whether the account can directly process P24 charges.
    pub enum AccountCapabilitiesP24Payments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the paynow payments capability of the account, or whether the account can directly process paynow charges.
    pub enum AccountCapabilitiesPaynowPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the SEPA Direct Debits payments capability of the account, or whether the account can directly process SEPA Direct Debits charges.
    pub enum AccountCapabilitiesSepaDebitPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the Sofort payments capability of the account, or whether the account can directly process Sofort charges.
    pub enum AccountCapabilitiesSofortPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the tax reporting 1099-K (US) capability of the account.
    pub enum AccountCapabilitiesTaxReportingUs1099K {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the tax reporting 1099-MISC (US) capability of the account.
    pub enum AccountCapabilitiesTaxReportingUs1099Misc {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the transfers capability of the account, or whether your platform can transfer funds to the account.
    pub enum AccountCapabilitiesTransfers {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the US bank account ACH payments capability of the account, or whether the account can directly process US bank account charges.
    pub enum AccountCapabilitiesUsBankAccountAchPayments {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

/// The `account_card_issuing_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct AccountCardIssuingSettings {
    pub tos_acceptance: Option<CardIssuingAccountTermsOfService>,
}

runtime::decode! { AccountCardIssuingSettings { tos_acceptance } }

/// The `account_card_payments_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct AccountCardPaymentsSettings {
    pub decline_on: Option<AccountDeclineChargeOn>,
    /// The default text that appears on credit card statements when a charge is made. This field prefixes any dynamic `statement_descriptor` specified on the charge. `statement_descriptor_prefix` is useful for maximizing descriptor space for the dynamic portion.
    pub statement_descriptor_prefix: Option<String>,
}

runtime::decode! { AccountCardPaymentsSettings { decline_on, statement_descriptor_prefix } }

/// The `account_dashboard_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountDashboardSettings {
    /// The display name for this account. This is used on the Stripe Dashboard to differentiate between accounts.
    pub display_name: Option<String>,
    /// The timezone used in the Stripe Dashboard for this account. A list of possible time zone values is maintained at the [IANA Time Zone Database](http://www.iana.org/time-zones).
    pub timezone: Option<String>,
}

runtime::decode! { AccountDashboardSettings { display_name, timezone } }

/// The `account_decline_charge_on` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountDeclineChargeOn {
    /// Whether Stripe automatically declines charges with an incorrect ZIP or postal code. This setting only applies when a ZIP or postal code is provided and they fail bank verification.
    pub avs_failure: bool,
    /// Whether Stripe automatically declines charges with an incorrect CVC. This setting only applies when a CVC is provided and it fails bank verification.
    pub cvc_failure: bool,
}

runtime::decode! { AccountDeclineChargeOn { avs_failure, cvc_failure } }

/// The `account_future_requirements` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountFutureRequirements {
    /// Fields that are due and can be satisfied by providing the corresponding alternative fields instead.
    pub alternatives: Option<Vec<AccountRequirementsAlternative>>,
    /// Date on which `future_requirements` merges with the main `requirements` hash and `future_requirements` becomes empty. After the transition, `currently_due` requirements may immediately become `past_due`, but the account may also be given a grace period depending on its enablement state prior to transitioning.
    pub current_deadline: Option<i64>,
    /// Fields that need to be collected to keep the account enabled. If not collected by `future_requirements[current_deadline]`, these fields will transition to the main `requirements` hash.
    pub currently_due: Option<Vec<String>>,
    /// This is typed as a string for consistency with `requirements.disabled_reason`, but it safe to assume `future_requirements.disabled_reason` is empty because fields in `future_requirements` will never disable the account.
    pub disabled_reason: Option<String>,
    /// Fields that are `currently_due` and need to be collected again because validation or verification failed.
    pub errors: Option<Vec<AccountRequirementsError>>,
    /// Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well.
    pub eventually_due: Option<Vec<String>>,
    /// Fields that weren't collected by `requirements.current_deadline`. These fields need to be collected to enable the capability on the account. New fields will never appear here; `future_requirements.past_due` will always be a subset of `requirements.past_due`.
    pub past_due: Option<Vec<String>>,
    /// Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due` or `currently_due`.
    pub pending_verification: Option<Vec<String>>,
}

runtime::decode! {
    AccountFutureRequirements {
        alternatives, current_deadline, currently_due, disabled_reason, errors, eventually_due,
        past_due, pending_verification,
    }
}

/// The `account_payments_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountPaymentsSettings {
    /// The default text that appears on credit card statements when a charge is made. This field prefixes any dynamic `statement_descriptor` specified on the charge.
    pub statement_descriptor: Option<String>,
    /// The Kana variation of the default text that appears on credit card statements when a charge is made (Japan only)
    pub statement_descriptor_kana: Option<String>,
    /// The Kanji variation of the default text that appears on credit card statements when a charge is made (Japan only)
    pub statement_descriptor_kanji: Option<String>,
}

runtime::decode! {
    AccountPaymentsSettings {
        statement_descriptor, statement_descriptor_kana, statement_descriptor_kanji,
    }
}

/// The `account_payout_settings` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct AccountPayoutSettings {
    /// A Boolean indicating if Stripe should try to reclaim negative balances from an attached bank account. See our [Understanding Connect Account Balances](https://stripe.com/docs/connect/account-balances) documentation for details. Default value is `false` for Custom accounts, otherwise `true`.
    pub debit_negative_balances: bool,
    pub schedule: TransferSchedule,
    /// The text that appears on the bank account statement for payouts. If not set, this defaults to the platform's bank descriptor as set in the Dashboard.
    pub statement_descriptor: Option<String>,
}

runtime::decode! {
    AccountPayoutSettings {
        debit_negative_balances, schedule, statement_descriptor,
    }
}

/// The `account_requirements` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountRequirements {
    /// Fields that are due and can be satisfied by providing the corresponding alternative fields instead.
    pub alternatives: Option<Vec<AccountRequirementsAlternative>>,
    /// Date by which the fields in `currently_due` must be collected to keep the account enabled. These fields may disable the account sooner if the next threshold is reached before they are collected.
    pub current_deadline: Option<i64>,
    /// Fields that need to be collected to keep the account enabled. If not collected by `current_deadline`, these fields appear in `past_due` as well, and the account is disabled.
    pub currently_due: Option<Vec<String>>,
    /// If the account is disabled, this string describes why. Can be `requirements.past_due`, `requirements.pending_verification`, `listed`, `platform_paused`, `rejected.fraud`, `rejected.listed`, `rejected.terms_of_service`, `rejected.other`, `under_review`, or `other`.
    pub disabled_reason: Option<String>,
    /// Fields that are `currently_due` and need to be collected again because validation or verification failed.
    pub errors: Option<Vec<AccountRequirementsError>>,
    /// Fields that need to be collected assuming all volume thresholds are reached. As they become required, they appear in `currently_due` as well, and `current_deadline` becomes set.
    pub eventually_due: Option<Vec<String>>,
    /// Fields that weren't collected by `current_deadline`. These fields need to be collected to enable the account.
    pub past_due: Option<Vec<String>>,
    /// Fields that may become required depending on the results of verification or review. Will be an empty array unless an asynchronous verification is pending. If verification fails, these fields move to `eventually_due`, `currently_due`, or `past_due`.
    pub pending_verification: Option<Vec<String>>,
}

runtime::decode! {
    AccountRequirements {
        alternatives, current_deadline, currently_due, disabled_reason, errors, eventually_due,
        past_due, pending_verification,
    }
}

/// The `account_requirements_alternative` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountRequirementsAlternative {
    /// Fields that can be provided to satisfy all fields in `original_fields_due`.
    pub alternative_fields_due: Vec<String>,
    /// Fields that are due and can be satisfied by providing all fields in `alternative_fields_due`.
    pub original_fields_due: Vec<String>,
}

runtime::decode! { AccountRequirementsAlternative { alternative_fields_due, original_fields_due } }

/// The `account_requirements_error` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountRequirementsError {
    /// The code for the type of error.
    pub code: AccountRequirementsErrorCode,
    /// An informative message that indicates the error type and provides additional details about the error.
    pub reason: String,
    /// The specific user onboarding requirement field (in the requirements hash) that needs to be resolved.
    pub requirement: String,
}

runtime::decode! { AccountRequirementsError { code, reason, requirement } }

runtime::string_enum! {
    /// The code for the type of error.
    pub enum AccountRequirementsErrorCode {
        InvalidAddressCityStatePostalCode = "invalid_address_city_state_postal_code",
        InvalidStreetAddress = "invalid_street_address",
        InvalidValueOther = "invalid_value_other",
        VerificationDocumentAddressMismatch = "verification_document_address_mismatch",
        VerificationDocumentAddressMissing = "verification_document_address_missing",
        VerificationDocumentCorrupt = "verification_document_corrupt",
        VerificationDocumentCountryNotSupported = "verification_document_country_not_supported",
        VerificationDocumentDobMismatch = "verification_document_dob_mismatch",
        VerificationDocumentDuplicateType = "verification_document_duplicate_type",
        VerificationDocumentExpired = "verification_document_expired",
        VerificationDocumentFailedCopy = "verification_document_failed_copy",
        VerificationDocumentFailedGreyscale = "verification_document_failed_greyscale",
        VerificationDocumentFailedOther = "verification_document_failed_other",
        VerificationDocumentFailedTestMode = "verification_document_failed_test_mode",
        VerificationDocumentFraudulent = "verification_document_fraudulent",
        VerificationDocumentIdNumberMismatch = "verification_document_id_number_mismatch",
        VerificationDocumentIdNumberMissing = "verification_document_id_number_missing",
        VerificationDocumentIncomplete = "verification_document_incomplete",
        VerificationDocumentInvalid = "verification_document_invalid",
        VerificationDocumentIssueOrExpiryDateMissing = "verification_document_issue_or_expiry_date_missing",
        VerificationDocumentManipulated = "verification_document_manipulated",
        VerificationDocumentMissingBack = "verification_document_missing_back",
        VerificationDocumentMissingFront = "verification_document_missing_front",
        VerificationDocumentNameMismatch = "verification_document_name_mismatch",
        VerificationDocumentNameMissing = "verification_document_name_missing",
        VerificationDocumentNationalityMismatch = "verification_document_nationality_mismatch",
        VerificationDocumentNotReadable = "verification_document_not_readable",
        VerificationDocumentNotSigned = "verification_document_not_signed",
        VerificationDocumentNotUploaded = "verification_document_not_uploaded",
        VerificationDocumentPhotoMismatch = "verification_document_photo_mismatch",
        VerificationDocumentTooLarge = "verification_document_too_large",
        VerificationDocumentTypeNotSupported = "verification_document_type_not_supported",
        VerificationFailedAddressMatch = "verification_failed_address_match",
        VerificationFailedBusinessIecNumber = "verification_failed_business_iec_number",
        VerificationFailedDocumentMatch = "verification_failed_document_match",
        VerificationFailedIdNumberMatch = "verification_failed_id_number_match",
        VerificationFailedKeyedIdentity = "verification_failed_keyed_identity",
        VerificationFailedKeyedMatch = "verification_failed_keyed_match",
        VerificationFailedNameMatch = "verification_failed_name_match",
        VerificationFailedOther = "verification_failed_other",
        VerificationFailedTaxIdMatch = "verification_failed_tax_id_match",
        VerificationFailedTaxIdNotIssued = "verification_failed_tax_id_not_issued",
        VerificationMissingExecutives = "verification_missing_executives",
        VerificationMissingOwners = "verification_missing_owners",
        VerificationRequiresAdditionalMemorandumOfAssociations = "verification_requires_additional_memorandum_of_associations",
        ..Unknown
    }
}

/// The `account_sepa_debit_payments_settings` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountSepaDebitPaymentsSettings {
    /// SEPA creditor identifier that identifies the company making the payment.
    pub creditor_id: Option<String>,
}

runtime::decode! { AccountSepaDebitPaymentsSettings { creditor_id } }

/// The `account_settings` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct AccountSettings {
    pub bacs_debit_payments: Option<AccountBacsDebitPaymentsSettings>,
    pub branding: AccountBrandingSettings,
    pub card_issuing: Option<AccountCardIssuingSettings>,
    pub card_payments: AccountCardPaymentsSettings,
    pub dashboard: AccountDashboardSettings,
    pub payments: AccountPaymentsSettings,
    pub payouts: Option<AccountPayoutSettings>,
    pub sepa_debit_payments: Option<AccountSepaDebitPaymentsSettings>,
}

runtime::decode! {
    AccountSettings {
        bacs_debit_payments, branding, card_issuing, card_payments, dashboard, payments, payouts,
        sepa_debit_payments,
    }
}

/// The `account_tos_acceptance` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountTosAcceptance {
    /// The Unix timestamp marking when the account representative accepted their service agreement
    pub date: Option<i64>,
    /// The IP address from which the account representative accepted their service agreement
    pub ip: Option<String>,
    /// The user's service agreement type
    pub service_agreement: Option<String>,
    /// The user agent of the browser from which the account representative accepted their service agreement
    pub user_agent: Option<String>,
}

runtime::decode! { AccountTosAcceptance { date, ip, service_agreement, user_agent } }

/// The `account_unification_account_controller` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountUnificationAccountController {
    /// `true` if the Connect application retrieving the resource controls the account and can therefore exercise [platform controls](https://stripe.com/docs/connect/platform-controls-for-standard-accounts). Otherwise, this field is null.
    pub is_controller: Option<bool>,
    /// The controller type. Can be `application`, if a Connect application controls the account, or `account`, if the account controls itself.
    pub r#type: AccountUnificationAccountControllerType,
}

runtime::decode! { AccountUnificationAccountController { is_controller, r#type = "type" } }

runtime::string_enum! {
    /// The controller type. Can be `application`, if a Connect application controls the account, or `account`, if the account controls itself.
    pub enum AccountUnificationAccountControllerType {
        Account = "account",
        Application = "application",
        ..Unknown
    }
}

/// The `address` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Address {
    /// City, district, suburb, town, or village.
    pub city: Option<String>,
    /// Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
    pub country: Option<String>,
    /// Address line 1 (e.g., street, PO Box, or company name).
    pub line1: Option<String>,
    /// Address line 2 (e.g., apartment, suite, unit, or building).
    pub line2: Option<String>,
    /// ZIP or postal code.
    pub postal_code: Option<String>,
    /// State, county, province, or region.
    pub state: Option<String>,
}

runtime::decode! { Address { city, country, line1, line2, postal_code, state } }

/// The `alipay_account` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct AlipayAccount {
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The ID of the customer associated with this Alipay Account.
    pub customer: Option<runtime::Expandable<AlipayAccountCustomer>>,
    /// Uniquely identifies the account and will be the same across all Alipay account objects that are linked to the same Alipay account.
    pub fingerprint: String,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: AlipayAccountObject,
    /// If the Alipay account object is not reusable, the exact amount that you can create a charge for.
    pub payment_amount: Option<i64>,
    /// If the Alipay account object is not reusable, the exact currency that you can create a charge for.
    pub payment_currency: Option<String>,
    /// True if you can create multiple payments using this account. If the account is reusable, then you can freely choose the amount of each payment.
    pub reusable: bool,
    /// Whether this Alipay account object has ever been used for a payment.
    pub used: bool,
    /// The username for the Alipay account.
    pub username: String,
}

runtime::decode! {
    AlipayAccount {
        created, customer, fingerprint, id, livemode, metadata, object, payment_amount,
        payment_currency, reusable, used, username,
    }
}

/// The ID of the customer associated with this Alipay Account.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum AlipayAccountCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum AlipayAccountObject {
        AlipayAccount = "alipay_account",
        ..Unknown
    }
}

/// The `api_errors` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiErrors {
    /// For card errors, the ID of the failed charge.
    pub charge: Option<String>,
    /// For some errors that could be handled programmatically, a short string indicating the [error code](https://stripe.com/docs/error-codes) reported.
    pub code: Option<String>,
    /// For card errors resulting from a card issuer decline, a short string indicating the [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they provide one.
    pub decline_code: Option<String>,
    /// A URL to more information about the [error code](https://stripe.com/docs/error-codes) reported.
    pub doc_url: Option<String>,
    /// A human-readable message providing more details about the error. For card errors, these messages can be shown to your users.
    pub message: Option<String>,
    /// If the error is parameter-specific, the parameter related to the error. For example, you can use this to display a message near the correct form field.
    pub param: Option<String>,
    /// A PaymentIntent guides you through the process of collecting a payment from your customer.
    /// We recommend that you create exactly one PaymentIntent for each order or
    /// customer session in your system. You can reference the PaymentIntent later to
    /// see the history of payment attempts for a particular session.
    ///
    /// A PaymentIntent transitions through
    /// [multiple statuses](https://stripe.com/docs/payments/intents#intent-statuses)
    /// throughout its lifetime as it interfaces with Stripe.js to perform
    /// authentication flows and ultimately creates at most one successful charge.
    ///
    /// Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents).
    pub payment_intent: Option<Box<PaymentIntent>>,
    /// PaymentMethod objects represent your customer's payment instruments.
    /// You can use them with [PaymentIntents](https://stripe.com/docs/payments/payment-intents) to collect payments or save them to
    /// Customer objects to store instrument details for future payments.
    ///
    /// Related guides: [Payment Methods](https://stripe.com/docs/payments/payment-methods) and [More Payment Scenarios](https://stripe.com/docs/payments/more-payment-scenarios).
    pub payment_method: Option<PaymentMethod>,
    /// If the error is specific to the type of payment method, the payment method type that had a problem. This field is only populated for invoice-related errors.
    pub payment_method_type: Option<String>,
    /// A SetupIntent guides you through the process of setting up and saving a customer's payment credentials for future payments.
    /// For example, you could use a SetupIntent to set up and save your customer's card without immediately collecting a payment.
    /// Later, you can use [PaymentIntents](https://stripe.com/docs/api#payment_intents) to drive the payment flow.
    ///
    /// Create a SetupIntent as soon as you're ready to collect your customer's payment credentials.
    /// Do not maintain long-lived, unconfirmed SetupIntents as they may no longer be valid.
    /// The SetupIntent then transitions through multiple [statuses](https://stripe.com/docs/payments/intents#intent-statuses) as it guides
    /// you through the setup process.
    ///
    /// Successful SetupIntents result in payment credentials that are optimized for future payments.
    /// For example, cardholders in [certain regions](/guides/strong-customer-authentication) may need to be run through
    /// [Strong Customer Authentication](https://stripe.com/docs/strong-customer-authentication) at the time of payment method collection
    /// in order to streamline later [off-session payments](https://stripe.com/docs/payments/setup-intents).
    /// If the SetupIntent is used with a [Customer](https://stripe.com/docs/api#setup_intent_object-customer), upon success,
    /// it will automatically attach the resulting payment method to that Customer.
    /// We recommend using SetupIntents or [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage) on
    /// PaymentIntents to save payment methods in order to prevent saving invalid or unoptimized payment methods.
    ///
    /// By using SetupIntents, you ensure that your customers experience the minimum set of required friction,
    /// even as regulations change over time.
    ///
    /// Related guide: [Setup Intents API](https://stripe.com/docs/payments/setup-intents).
    pub setup_intent: Option<Box<SetupIntent>>,
    /// The source object for errors returned on a request involving a source.
    pub source: Option<ApiErrorsSource>,
    /// The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or `invalid_request_error`
    pub r#type: ApiErrorsType,
}

runtime::decode! {
    ApiErrors {
        charge, code, decline_code, doc_url, message, param, payment_intent, payment_method,
        payment_method_type, setup_intent, source, r#type = "type",
    }
}

/// The source object for errors returned on a request involving a source.
///
/// Decoding tries `Source`, `Card`, `BankAccount` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum ApiErrorsSource {
    /// The value is of type [`Source`].
    Source(Source),
    /// The value is of type [`Card`].
    Card(Card),
    /// The value is of type [`BankAccount`].
    BankAccount(BankAccount),
}

runtime::string_enum! {
    /// The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or `invalid_request_error`
    pub enum ApiErrorsType {
        ApiError = "api_error",
        CardError = "card_error",
        IdempotencyError = "idempotency_error",
        InvalidRequestError = "invalid_request_error",
        ..Unknown
    }
}

/// The `application` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    /// Unique identifier for the object.
    pub id: String,
    /// The name of the application.
    pub name: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ApplicationObject,
}

runtime::decode! { Application { id, name, object } }

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum ApplicationObject {
        Application = "application",
        ..Unknown
    }
}

/// The `application_fee` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationFee {
    /// ID of the Stripe account this fee was taken from.
    pub account: runtime::Expandable<Account>,
    /// Amount earned, in %s.
    pub amount: i64,
    /// Amount in %s refunded (can be less than the amount attribute on the fee if a partial refund was issued)
    pub amount_refunded: i64,
    /// ID of the Connect application that earned the fee.
    pub application: runtime::Expandable<Application>,
    /// Balance transaction that describes the impact of this collected application fee on your account balance (not including refunds).
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
    /// ID of the charge that the application fee was taken from.
    pub charge: runtime::Expandable<Charge>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ApplicationFeeObject,
    /// ID of the corresponding charge on the platform account, if this fee was the result of a charge using the `destination` parameter.
    pub originating_transaction: Option<runtime::Expandable<Charge>>,
    /// Whether the fee has been fully refunded. If the fee is only partially refunded, this attribute will still be false.
    pub refunded: bool,
    /// A list of refunds that have been applied to the fee.
    pub refunds: ApplicationFeeRefunds,
}

runtime::decode! {
    ApplicationFee {
        account, amount, amount_refunded, application, balance_transaction, charge, created,
        currency, id, livemode, object, originating_transaction, refunded, refunds,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum ApplicationFeeObject {
        ApplicationFee = "application_fee",
        ..Unknown
    }
}

/// A list of refunds that have been applied to the fee.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationFeeRefunds {
    /// Details about each object.
    pub data: Vec<FeeRefund>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { ApplicationFeeRefunds { data, has_more, object, url } }

/// The `automatic_tax` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct AutomaticTax {
    /// Whether Stripe automatically computes tax on this invoice.
    pub enabled: bool,
    /// The status of the most recent automated tax calculation for this invoice.
    pub status: Option<AutomaticTaxStatus>,
}

runtime::decode! { AutomaticTax { enabled, status } }

runtime::string_enum! {
    /// The status of the most recent automated tax calculation for this invoice.
    pub enum AutomaticTaxStatus {
        Complete = "complete",
        Failed = "failed",
        RequiresLocationInputs = "requires_location_inputs",
        ..Unknown
    }
}

impl runtime::Identified for Account {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for AlipayAccount {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for AlipayAccountCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for Application {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for ApplicationFee {
    fn id(&self) -> &str {
        &self.id
    }
}
