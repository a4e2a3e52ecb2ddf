// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// When an [issued card](https://stripe.com/docs/issuing) is used to make a purchase, an Issuing `Authorization`
/// object is created. [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations) must be approved for the
/// purchase to be completed successfully.
///
/// Related guide: [Issued Card Authorizations](https://stripe.com/docs/issuing/purchases/authorizations).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingAuthorization {
    /// The total amount that was authorized or rejected. This amount is in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub amount_details: Option<Option<IssuingTransactionAmountDetails>>,
    /// Whether the authorization has been approved.
    pub approved: bool,
    /// How the card details were provided.
    pub authorization_method: IssuingAuthorizationAuthorizationMethod,
    /// List of balance transactions associated with this authorization.
    pub balance_transactions: Vec<BalanceTransaction>,
    /// You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders.
    pub card: IssuingCard,
    /// The cardholder to whom this authorization belongs.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub cardholder: Option<Option<runtime::Expandable<IssuingCardholder>>>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub pending_request: Option<Option<IssuingAuthorizationPendingRequest>>,
    /// History of every time `pending_request` was approved/denied, either by you directly or by Stripe (e.g. based on your `spending_controls`). If the merchant changes the authorization by performing an [incremental authorization](https://stripe.com/docs/issuing/purchases/authorizations), you can look at this field to see the previous requests for the authorization.
    pub request_history: Vec<IssuingAuthorizationRequest>,
    /// The current status of the authorization in its lifecycle.
    pub status: IssuingAuthorizationStatus,
    /// List of [transactions](https://stripe.com/docs/api/issuing/transactions) associated with this authorization.
    pub transactions: Vec<IssuingTransaction>,
    pub verification_data: IssuingAuthorizationVerificationData,
    /// The digital wallet used for this authorization. One of `apple_pay`, `google_pay`, or `samsung_pay`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub wallet: Option<Option<String>>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCard {
    /// The brand of the card.
    pub brand: String,
    /// The reason why the card was canceled.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub cancellation_reason: Option<Option<IssuingCardCancellationReason>>,
    /// An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.
    ///
    /// Related guide: [How to create a Cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
    pub cardholder: IssuingCardholder,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The card's CVC. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingCardObject,
    /// The latest card that replaces this card, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub replaced_by: Option<Option<runtime::Expandable<IssuingCard>>>,
    /// The card this card replaces, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub replacement_for: Option<Option<runtime::Expandable<IssuingCard>>>,
    /// The reason why the previous card needed to be replaced.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub replacement_reason: Option<Option<IssuingCardReplacementReason>>,
    /// Where and how the card will be shipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub shipping: Option<Option<IssuingCardShipping>>,
    pub spending_controls: IssuingCardAuthorizationControls,
    /// Whether authorizations can be approved on this card.
    pub status: IssuingCardStatus,
    /// The type of the card.
    pub r#type: IssuingCardType,
    /// Information relating to digital wallets (like Apple Pay and Google Pay).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub wallets: Option<Option<IssuingCardWallets>>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCardholder {
    pub billing: IssuingCardholderAddress,
    /// Additional information about a `company` cardholder.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub company: Option<Option<IssuingCardholderCompany>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The cardholder's email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub email: Option<Option<String>>,
    /// Unique identifier for the object.
    pub id: String,
    /// Additional information about an `individual` cardholder.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub individual: Option<Option<IssuingCardholderIndividual>>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// The cardholder's name. This will be printed on cards issued to them.
    pub name: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingCardholderObject,
    /// The cardholder's phone number. This is required for all cardholders who will be creating EU cards. See the [3D Secure documentation](https://stripe.com/docs/issuing/3d-secure#when-is-3d-secure-applied) for more details.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub phone_number: Option<Option<String>>,
    pub requirements: IssuingCardholderRequirements,
    /// Rules that control spending across this cardholder's cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub spending_controls: Option<Option<IssuingCardholderAuthorizationControls>>,
    /// Specifies whether to permit authorizations on this cardholder's cards.
    pub status: IssuingCardholderStatus,
    /// One of `individual` or `company`.
    pub r#type: IssuingCardholderType,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingDispute {
    /// Disputed amount. Usually the amount of the `transaction`, but can differ (usually because of currency fluctuation).
    pub amount: i64,
    /// List of balance transactions associated with the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub balance_transactions: Option<Option<Vec<BalanceTransaction>>>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingTransaction {
    /// The transaction amount, which will be reflected in your balance. This amount is in your currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub amount_details: Option<Option<IssuingTransactionAmountDetails>>,
    /// The `Authorization` object that led to this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub authorization: Option<Option<runtime::Expandable<IssuingAuthorization>>>,
    /// ID of the [balance transaction](https://stripe.com/docs/api/balance_transactions) associated with this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub balance_transaction: Option<Option<runtime::Expandable<BalanceTransaction>>>,
    /// The card used to make this transaction.
    pub card: runtime::Expandable<IssuingCard>,
    /// The cardholder to whom this transaction belongs.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub cardholder: Option<Option<runtime::Expandable<IssuingCardholder>>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// If you've disputed the transaction, the ID of the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub dispute: Option<Option<runtime::Expandable<IssuingDispute>>>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub purchase_details: Option<Option<IssuingTransactionPurchaseDetails>>,
    /// The nature of the transaction.
    pub r#type: IssuingTransactionType,
    /// The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub wallet: Option<Option<IssuingTransactionWallet>>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingAuthorizationMerchantData {
    /// A categorization of the seller's type of business. See our [merchant categories guide](https://stripe.com/docs/issuing/merchant-categories) for a list of possible values.
    pub category: String,
    /// The merchant category code for the seller’s business
    pub category_code: String,
    /// City where the seller is located
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub city: Option<Option<String>>,
    /// Country where the seller is located
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub country: Option<Option<String>>,
    /// Name of the seller
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub name: Option<Option<String>>,
    /// Identifier assigned to the seller by the card brand
    pub network_id: String,
    /// Postal code where the seller is located
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub postal_code: Option<Option<String>>,
    /// State where the seller is located
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub state: Option<Option<String>>,
}

/// The `issuing_authorization_pending_request` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingAuthorizationPendingRequest {
    /// The additional amount Stripe will hold if the authorization is approved, in the card's [currency](https://stripe.com/docs/api#issuing_authorization_object-pending-request-currency) and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub amount_details: Option<Option<IssuingTransactionAmountDetails>>,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// If set `true`, you may provide [amount](https://stripe.com/docs/api/issuing/authorizations/approve#approve_issuing_authorization-amount) to control how much to hold for the authorization.
    pub is_amount_controllable: bool,
    /// The amount the merchant is requesting to be authorized in the `merchant_currency`. The amount is in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    pub merchant_amount: i64,
    /// The local currency the merchant is requesting to authorize.
    pub merchant_currency: String,
}

/// The `issuing_authorization_request` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingAuthorizationRequest {
    /// The `pending_request.amount` at the time of the request, presented in your card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Stripe held this amount from your account to fund the authorization if the request was approved.
    pub amount: i64,
    /// Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub amount_details: Option<Option<IssuingTransactionAmountDetails>>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardApplePay {
    /// Apple Pay Eligibility
    pub eligible: bool,
    /// Reason the card is ineligible for Apple Pay
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub ineligible_reason: Option<Option<IssuingCardApplePayIneligibleReason>>,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardAuthorizationControls {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub allowed_categories: Option<Option<Vec<IssuingCardAuthorizationControlsItem>>>,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub blocked_categories: Option<
        Option<Vec<IssuingAuthorizationControlsBlockedCategoriesItem>>,
    >,
    /// Limit spending with amount-based rules that apply across any cards this card replaced (i.e., its `replacement_for` card and _that_ card's `replacement_for` card, up the chain).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub spending_limits: Option<Option<Vec<IssuingCardSpendingLimit>>>,
    /// Currency of the amounts within `spending_limits`. Always the same as the currency of the card.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub spending_limits_currency: Option<Option<String>>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardGooglePay {
    /// Google Pay Eligibility
    pub eligible: bool,
    /// Reason the card is ineligible for Google Pay
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub ineligible_reason: Option<Option<IssuingCardGooglePayIneligibleReason>>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCardShipping {
    pub address: Address,
    /// The delivery company that shipped a card.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub carrier: Option<Option<IssuingCardShippingCarrier>>,
    /// A unix timestamp representing a best estimate of when the card will be delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub eta: Option<Option<i64>>,
    /// Recipient name.
    pub name: String,
    /// Shipment service, such as `standard` or `express`.
    pub service: IssuingCardShippingService,
    /// The delivery status of the card.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub status: Option<Option<IssuingCardShippingStatus>>,
    /// A tracking number for a card shipment.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub tracking_number: Option<Option<String>>,
    /// A link to the shipping carrier's site where you can view detailed information about a card shipment.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub tracking_url: Option<Option<String>>,
    /// Packaging options.
    pub r#type: IssuingCardShippingType,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardSpendingLimit {
    /// Maximum amount allowed to spend per interval.
    pub amount: i64,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub categories: Option<Option<Vec<IssuingCardSpendingLimitCategoriesItem>>>,
    /// Interval (or event) to which the amount applies.
    pub interval: IssuingCardSpendingLimitInterval,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCardWallets {
    pub apple_pay: IssuingCardApplePay,
    pub google_pay: IssuingCardGooglePay,
    /// Unique identifier for a card used with digital wallets
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub primary_account_identifier: Option<Option<String>>,
}

/// The `issuing_cardholder_address` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingCardholderAddress {
    pub address: Address,
}

/// The `issuing_cardholder_authorization_controls` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderAuthorizationControls {
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub allowed_categories: Option<Option<Vec<IssuingCardAuthorizationControlsItem>>>,
    /// Array of strings containing [categories](https://stripe.com/docs/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub blocked_categories: Option<
        Option<Vec<IssuingAuthorizationControlsBlockedCategoriesItem>>,
    >,
    /// Limit spending with amount-based rules that apply across this cardholder's cards.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub spending_limits: Option<Option<Vec<IssuingCardSpendingLimit>>>,
    /// Currency of the amounts within `spending_limits`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub spending_limits_currency: Option<Option<String>>,
}

/// The `issuing_cardholder_company` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderCompany {
    /// Whether the company's business ID number was provided.
    pub tax_id_provided: bool,
}

/// The `issuing_cardholder_id_document` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderIdDocument {
    /// The back of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub back: Option<Option<runtime::Expandable<File>>>,
    /// The front of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub front: Option<Option<runtime::Expandable<File>>>,
}

/// The `issuing_cardholder_individual` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderIndividual {
    /// The date of birth of this cardholder.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub dob: Option<Option<LegalEntityDob>>,
    /// The first name of this cardholder.
    pub first_name: String,
    /// The last name of this cardholder.
    pub last_name: String,
    /// Government-issued ID document for this cardholder.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub verification: Option<Option<IssuingCardholderVerification>>,
}

/// Same as [`LegalEntityDob`].
pub type IssuingCardholderIndividualDob = LegalEntityDob;

/// The `issuing_cardholder_requirements` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderRequirements {
    /// If `disabled_reason` is present, all cards will decline authorizations with `cardholder_verification_required` reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub disabled_reason: Option<Option<IssuingCardholderRequirementsDisabledReason>>,
    /// Array of fields that need to be collected in order to verify and re-enable the cardholder.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub past_due: Option<Option<Vec<IssuingCardholderRequirementsPastDueItem>>>,
}

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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingCardholderVerification {
    /// An identifying document, either a passport or local ID card.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub document: Option<Option<IssuingCardholderIdDocument>>,
}

/// The `issuing_dispute_canceled_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeCanceledEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub additional_documentation: Option<Option<runtime::Expandable<File>>>,
    /// Date when order was canceled.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub canceled_at: Option<Option<i64>>,
    /// Whether the cardholder was provided with a cancellation policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub cancellation_policy_provided: Option<Option<bool>>,
    /// Reason for canceling the order.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub cancellation_reason: Option<Option<String>>,
    /// Date when the cardholder expected to receive the product.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub expected_at: Option<Option<i64>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub explanation: Option<Option<String>>,
    /// Description of the merchandise or service that was purchased.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub product_description: Option<Option<String>>,
    /// Whether the product was a merchandise or service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub product_type: Option<Option<IssuingDisputeOtherEvidenceProductType>>,
    /// Result of cardholder's attempt to return the product.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub return_status: Option<Option<IssuingNotAsDescribedEvidenceReturnStatus>>,
    /// Date when the product was returned or attempted to be returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub returned_at: Option<Option<i64>>,
}

/// The `issuing_dispute_duplicate_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeDuplicateEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub additional_documentation: Option<Option<runtime::Expandable<File>>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the card statement showing that the product had already been paid for.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub card_statement: Option<Option<runtime::Expandable<File>>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the receipt showing that the product had been paid for in cash.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub cash_receipt: Option<Option<runtime::Expandable<File>>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Image of the front and back of the check that was used to pay for the product.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub check_image: Option<Option<runtime::Expandable<File>>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub explanation: Option<Option<String>>,
    /// Transaction (e.g., ipi_...) that the disputed transaction is a duplicate of. Of the two or more transactions that are copies of each other, this is original undisputed one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub original_transaction: Option<Option<String>>,
}

/// The `issuing_dispute_evidence` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingDisputeEvidence {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canceled: Option<IssuingDisputeCanceledEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate: Option<IssuingDisputeDuplicateEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fraudulent: Option<IssuingDisputeFraudulentEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchandise_not_as_described: Option<
        IssuingDisputeMerchandiseNotAsDescribedEvidence,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_received: Option<IssuingDisputeNotReceivedEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<IssuingDisputeOtherEvidence>,
    /// The reason for filing the dispute. Its value will match the field containing the evidence.
    pub reason: IssuingDisputeEvidenceReason,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_not_as_described: Option<IssuingDisputeServiceNotAsDescribedEvidence>,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeFraudulentEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub additional_documentation: Option<Option<runtime::Expandable<File>>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub explanation: Option<Option<String>>,
}

/// The `issuing_dispute_merchandise_not_as_described_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeMerchandiseNotAsDescribedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub additional_documentation: Option<Option<runtime::Expandable<File>>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub explanation: Option<Option<String>>,
    /// Date when the product was received.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub received_at: Option<Option<i64>>,
    /// Description of the cardholder's attempt to return the product.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub return_description: Option<Option<String>>,
    /// Result of cardholder's attempt to return the product.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub return_status: Option<Option<IssuingNotAsDescribedEvidenceReturnStatus>>,
    /// Date when the product was returned or attempted to be returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub returned_at: Option<Option<i64>>,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeNotReceivedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub additional_documentation: Option<Option<runtime::Expandable<File>>>,
    /// Date when the cardholder expected to receive the product.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub expected_at: Option<Option<i64>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub explanation: Option<Option<String>>,
    /// Description of the merchandise or service that was purchased.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub product_description: Option<Option<String>>,
    /// Whether the product was a merchandise or service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub product_type: Option<Option<IssuingDisputeOtherEvidenceProductType>>,
}

/// The `issuing_dispute_other_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeOtherEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub additional_documentation: Option<Option<runtime::Expandable<File>>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub explanation: Option<Option<String>>,
    /// Description of the merchandise or service that was purchased.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub product_description: Option<Option<String>>,
    /// Whether the product was a merchandise or service.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub product_type: Option<Option<IssuingDisputeOtherEvidenceProductType>>,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeServiceNotAsDescribedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub additional_documentation: Option<Option<runtime::Expandable<File>>>,
    /// Date when order was canceled.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub canceled_at: Option<Option<i64>>,
    /// Reason for canceling the order.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub cancellation_reason: Option<Option<String>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub explanation: Option<Option<String>>,
    /// Date when the product was received.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub received_at: Option<Option<i64>>,
}

/// The `issuing_transaction_amount_details` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionAmountDetails {
    /// The fee charged by the ATM for the cash withdrawal.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub atm_fee: Option<Option<i64>>,
}

/// The `issuing_transaction_flight_data` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionFlightData {
    /// The time that the flight departed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub departure_at: Option<Option<i64>>,
    /// The name of the passenger.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub passenger_name: Option<Option<String>>,
    /// Whether the ticket is refundable.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub refundable: Option<Option<bool>>,
    /// The legs of the trip.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub segments: Option<Option<Vec<IssuingTransactionFlightDataLeg>>>,
    /// The travel agency that issued the ticket.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub travel_agency: Option<Option<String>>,
}

/// The `issuing_transaction_flight_data_leg` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionFlightDataLeg {
    /// The three-letter IATA airport code of the flight's destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub arrival_airport_code: Option<Option<String>>,
    /// The airline carrier code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub carrier: Option<Option<String>>,
    /// The three-letter IATA airport code that the flight departed from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub departure_airport_code: Option<Option<String>>,
    /// The flight number.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub flight_number: Option<Option<String>>,
    /// The flight's service class.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub service_class: Option<Option<String>>,
    /// Whether a stopover is allowed on this flight.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub stopover_allowed: Option<Option<bool>>,
}

/// The `issuing_transaction_fuel_data` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionFuelData {
    /// The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`.
    pub r#type: String,
    /// The units for `volume_decimal`. One of `us_gallon` or `liter`.
    pub unit: String,
    /// The cost in cents per each unit of fuel, represented as a decimal string with at most 12 decimal places.
    pub unit_cost_decimal: String,
    /// The volume of the fuel that was pumped, represented as a decimal string with at most 12 decimal places.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub volume_decimal: Option<Option<String>>,
}

/// The `issuing_transaction_lodging_data` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionLodgingData {
    /// The time of checking into the lodging.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub check_in_at: Option<Option<i64>>,
    /// The number of nights stayed at the lodging.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub nights: Option<Option<i64>>,
}

/// The `issuing_transaction_purchase_details` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionPurchaseDetails {
    /// Information about the flight that was purchased with this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub flight: Option<Option<IssuingTransactionFlightData>>,
    /// Information about fuel that was purchased with this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub fuel: Option<Option<IssuingTransactionFuelData>>,
    /// Information about lodging that was purchased with this transaction.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub lodging: Option<Option<IssuingTransactionLodgingData>>,
    /// The line items in the purchase.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub receipt: Option<Option<Vec<IssuingTransactionReceiptData>>>,
    /// A merchant-specific order number.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub reference: Option<Option<String>>,
}

/// The `issuing_transaction_receipt_data` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionReceiptData {
    /// The description of the item. The maximum length of this field is 26 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub description: Option<Option<String>>,
    /// The quantity of the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub quantity: Option<Option<f64>>,
    /// The total for this line item in cents.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub total: Option<Option<i64>>,
    /// The unit cost of the item in cents.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub unit_cost: Option<Option<i64>>,
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
