// @generated from fixtures/nullable_fields.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A postal address.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Address {
    /// Street and number.
    pub line1: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
}

runtime::decode! { Address { line1, country } }

/// A customer as stored in the directory.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Customer {
    /// Unique identifier of the customer.
    pub id: String,
    /// Contact email; `null` when the customer asked not to be contacted.
    pub email: Option<String>,
    /// Phone number in E.164 format, or `null`.
    pub phone: Option<String>,
    /// Where invoices are sent; `null` until the customer adds one.
    pub billing_address: Option<Address>,
}

runtime::decode! { Customer { id, email, phone, billing_address } }
