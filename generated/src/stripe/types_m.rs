// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A Mandate is a record of the permission a customer has given you to debit their payment method.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Mandate {
    pub customer_acceptance: CustomerAcceptance,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    pub multi_use: Option<MandateMultiUse>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: MandateObject,
    /// ID of the payment method associated with this mandate.
    pub payment_method: runtime::Expandable<PaymentMethod>,
    pub payment_method_details: MandatePaymentMethodDetails,
    pub single_use: Option<MandateSingleUse>,
    /// The status of the mandate, which indicates whether it can be used to initiate a payment.
    pub status: MandateStatus,
    /// The type of the mandate.
    pub r#type: MandateType,
}

runtime::decode! {
    Mandate {
        customer_acceptance, id, livemode, multi_use, object, payment_method,
        payment_method_details, single_use, status, r#type = "type",
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum MandateObject {
        Mandate = "mandate",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The status of the mandate, which indicates whether it can be used to initiate a payment.
    pub enum MandateStatus {
        Active = "active",
        Inactive = "inactive",
        Pending = "pending",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The type of the mandate.
    pub enum MandateType {
        MultiUse = "multi_use",
        SingleUse = "single_use",
        ..Unknown
    }
}

/// The `mandate_acss_debit` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct MandateAcssDebit {
    /// List of Stripe products where this mandate can be selected automatically.
    pub default_for: Option<Vec<MandateAcssDebitDefaultForItem>>,
    /// Description of the interval. Only required if the 'payment_schedule' parameter is 'interval' or 'combined'.
    pub interval_description: Option<String>,
    /// Payment schedule for the mandate.
    pub payment_schedule: MandateAcssDebitPaymentSchedule,
    /// Transaction type of the mandate.
    pub transaction_type: MandateAcssDebitTransactionType,
}

runtime::decode! {
    MandateAcssDebit {
        default_for, interval_description, payment_schedule, transaction_type,
    }
}

runtime::string_enum! {
    /// List of Stripe products where this mandate can be selected automatically.
    pub enum MandateAcssDebitDefaultForItem {
        Invoice = "invoice",
        Subscription = "subscription",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Payment schedule for the mandate.
    pub enum MandateAcssDebitPaymentSchedule {
        Combined = "combined",
        Interval = "interval",
        Sporadic = "sporadic",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Transaction type of the mandate.
    pub enum MandateAcssDebitTransactionType {
        Business = "business",
        Personal = "personal",
        ..Unknown
    }
}

/// The `mandate_au_becs_debit` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct MandateAuBecsDebit {
    /// The URL of the mandate. This URL generally contains sensitive information about the customer and should be shared with them exclusively.
    pub url: String,
}

runtime::decode! { MandateAuBecsDebit { url } }

/// The `mandate_bacs_debit` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct MandateBacsDebit {
    /// The status of the mandate on the Bacs network. Can be one of `pending`, `revoked`, `refused`, or `accepted`.
    pub network_status: MandateBacsDebitNetworkStatus,
    /// The unique reference identifying the mandate on the Bacs network.
    pub reference: String,
    /// The URL that will contain the mandate that the customer has signed.
    pub url: String,
}

runtime::decode! { MandateBacsDebit { network_status, reference, url } }

runtime::string_enum! {
    /// The status of the mandate on the Bacs network. Can be one of `pending`, `revoked`, `refused`, or `accepted`.
    pub enum MandateBacsDebitNetworkStatus {
        Accepted = "accepted",
        Pending = "pending",
        Refused = "refused",
        Revoked = "revoked",
        ..Unknown
    }
}

/// The `mandate_multi_use` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MandateMultiUse {}

runtime::decode! { MandateMultiUse {} }

/// The `mandate_payment_method_details` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct MandatePaymentMethodDetails {
    pub acss_debit: Option<MandateAcssDebit>,
    pub au_becs_debit: Option<MandateAuBecsDebit>,
    pub bacs_debit: Option<MandateBacsDebit>,
    pub card: Option<MandateMultiUse>,
    pub sepa_debit: Option<MandateSepaDebit>,
    /// The type of the payment method associated with this mandate. An additional hash is included on `payment_method_details` with a name matching this value. It contains mandate information specific to the payment method.
    pub r#type: String,
    pub us_bank_account: Option<MandateMultiUse>,
}

runtime::decode! {
    MandatePaymentMethodDetails {
        acss_debit, au_becs_debit, bacs_debit, card, sepa_debit, r#type = "type", us_bank_account,
    }
}

/// The `mandate_sepa_debit` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct MandateSepaDebit {
    /// The unique reference of the mandate.
    pub reference: String,
    /// The URL of the mandate. This URL generally contains sensitive information about the customer and should be shared with them exclusively.
    pub url: String,
}

runtime::decode! { MandateSepaDebit { reference, url } }

/// The `mandate_single_use` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct MandateSingleUse {
    /// On a single use mandate, the amount of the payment.
    pub amount: i64,
    /// On a single use mandate, the currency of the payment.
    pub currency: String,
}

runtime::decode! { MandateSingleUse { amount, currency } }

/// Same as [`MandateMultiUse`].
pub type MandateUsBankAccount = MandateMultiUse;

impl runtime::Identified for Mandate {
    fn id(&self) -> &str {
        &self.id
    }
}
