// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub amount_details: Option<Option<IssuingTransactionAmountDetails>>,
    /// The `Authorization` object that led to this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub authorization: Option<Option<crate::runtime::Expandable<IssuingAuthorization>>>,
    /// ID of the [balance transaction](https://stripe.com/docs/api/balance_transactions) associated with this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub balance_transaction: Option<
        Option<crate::runtime::Expandable<BalanceTransaction>>,
    >,
    /// The card used to make this transaction.
    pub card: crate::runtime::Expandable<IssuingCard>,
    /// The cardholder to whom this transaction belongs.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cardholder: Option<Option<crate::runtime::Expandable<IssuingCardholder>>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// If you've disputed the transaction, the ID of the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub dispute: Option<Option<crate::runtime::Expandable<IssuingDispute>>>,
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub purchase_details: Option<Option<IssuingTransactionPurchaseDetails>>,
    /// The nature of the transaction.
    pub r#type: IssuingTransactionType,
    /// The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub wallet: Option<Option<IssuingTransactionWallet>>,
}

crate::runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingTransactionObject {
        IssuingTransaction = "issuing.transaction",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The nature of the transaction.
    pub enum IssuingTransactionType {
        Capture = "capture",
        Refund = "refund",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`.
    pub enum IssuingTransactionWallet {
        ApplePay = "apple_pay",
        GooglePay = "google_pay",
        SamsungPay = "samsung_pay",
        ..Unknown
    }
}

/// The `issuing_transaction_amount_details` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionAmountDetails {
    /// The fee charged by the ATM for the cash withdrawal.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub atm_fee: Option<Option<i64>>,
}

/// The `issuing_transaction_flight_data` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionFlightData {
    /// The time that the flight departed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub departure_at: Option<Option<i64>>,
    /// The name of the passenger.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub passenger_name: Option<Option<String>>,
    /// Whether the ticket is refundable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub refundable: Option<Option<bool>>,
    /// The legs of the trip.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub segments: Option<Option<Vec<IssuingTransactionFlightDataLeg>>>,
    /// The travel agency that issued the ticket.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub travel_agency: Option<Option<String>>,
}

/// The `issuing_transaction_flight_data_leg` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionFlightDataLeg {
    /// The three-letter IATA airport code of the flight's destination.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub arrival_airport_code: Option<Option<String>>,
    /// The airline carrier code.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub carrier: Option<Option<String>>,
    /// The three-letter IATA airport code that the flight departed from.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub departure_airport_code: Option<Option<String>>,
    /// The flight number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub flight_number: Option<Option<String>>,
    /// The flight's service class.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub service_class: Option<Option<String>>,
    /// Whether a stopover is allowed on this flight.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub volume_decimal: Option<Option<String>>,
}

/// The `issuing_transaction_lodging_data` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionLodgingData {
    /// The time of checking into the lodging.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub check_in_at: Option<Option<i64>>,
    /// The number of nights stayed at the lodging.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub nights: Option<Option<i64>>,
}

/// The `issuing_transaction_purchase_details` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionPurchaseDetails {
    /// Information about the flight that was purchased with this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub flight: Option<Option<IssuingTransactionFlightData>>,
    /// Information about fuel that was purchased with this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub fuel: Option<Option<IssuingTransactionFuelData>>,
    /// Information about lodging that was purchased with this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub lodging: Option<Option<IssuingTransactionLodgingData>>,
    /// The line items in the purchase.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub receipt: Option<Option<Vec<IssuingTransactionReceiptData>>>,
    /// A merchant-specific order number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub reference: Option<Option<String>>,
}

/// The `issuing_transaction_receipt_data` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingTransactionReceiptData {
    /// The description of the item. The maximum length of this field is 26 characters.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub description: Option<Option<String>>,
    /// The quantity of the item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub quantity: Option<Option<f64>>,
    /// The total for this line item in cents.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub total: Option<Option<i64>>,
    /// The unit cost of the item in cents.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub unit_cost: Option<Option<i64>>,
}

impl crate::runtime::Identified for IssuingTransaction {
    fn id(&self) -> &str {
        &self.id
    }
}
