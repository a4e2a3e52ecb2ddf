// @generated from fixtures/anyof_expandable.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Payments 1.0.0
//!
//! Generated from `fixtures/anyof_expandable.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A customer of the merchant.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    /// Unique identifier for the object.
    pub id: String,
    /// The object's type, `customer`.
    pub object: String,
    /// The customer's email address.
    pub email: Option<String>,
    /// The customer's latest charge.
    pub last_charge: Option<runtime::Expandable<Charge>>,
}

/// A customer that was deleted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeletedCustomer {
    /// Unique identifier for the object.
    pub id: String,
    /// The object's type, `customer`.
    pub object: String,
    /// Always true for a deleted object.
    pub deleted: bool,
}

/// A change to the merchant's balance.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BalanceTransaction {
    /// Unique identifier for the object.
    pub id: String,
    /// Gross amount of the transaction, in cents.
    pub amount: i64,
}

/// A charge on a card.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Charge {
    /// Unique identifier for the object.
    pub id: String,
    /// Amount charged, in cents.
    pub amount: i64,
    /// ID of the customer this charge is for if one exists.
    pub customer: Option<runtime::Expandable<ChargeCustomer>>,
    /// ID of the balance transaction that describes the impact of this charge on your account balance.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
}

/// ID of the customer this charge is for if one exists.
///
/// The object in full, when expanded.
///
/// Decoding tries `DeletedCustomer`, `Customer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum ChargeCustomer {
    /// A [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
    /// A [`Customer`].
    Customer(Customer),
}

impl runtime::Identified for Customer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedCustomer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for BalanceTransaction {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Charge {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for ChargeCustomer {
    fn id(&self) -> &str {
        match self {
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
            Self::Customer(value) => runtime::Identified::id(value),
        }
    }
}

/// Retrieve a charge
///
/// `GET /charges/{charge}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCharge {
    /// The charge's id.
    ///
    /// path parameter `charge`
    pub charge: String,
}

runtime::builder! {
    GetCharge(charge: impl Into<String>) {}
}

/// The documented responses of [`GetCharge`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetChargeResponse {
    /// 200: The charge.
    Ok(Charge),
}

impl runtime::Outcome for GetChargeResponse {
    type Success = Charge;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Charge, std::convert::Infallible> {
        match self {
            GetChargeResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for GetCharge {
    type Response = GetChargeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/charges/{charge}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/charges/");
        path.parameter("charge", &self.charge, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetChargeResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
