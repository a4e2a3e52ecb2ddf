// @generated from fixtures/openapi31_ref_siblings.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// An amount in a currency.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Money {
    /// Amount in minor units.
    pub amount: i64,
    /// ISO 4217 code.
    pub currency: String,
}

runtime::decode! { Money { amount, currency } }

/// A price for shipping a parcel.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Quote {
    /// What the carrier charges, taxes included.
    pub price: Money,
    /// Optional insurance cost.
    #[deprecated]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insurance: Option<Money>,
}

runtime::decode! { #[allow(deprecated)] Quote { price, insurance } }
