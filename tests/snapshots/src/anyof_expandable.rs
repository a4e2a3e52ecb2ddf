// @generated from fixtures/anyof_expandable.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Payments 1.0.0
//!
//! Generated from `fixtures/anyof_expandable.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

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
    pub last_charge: Option<crate::runtime::Expandable<Charge>>,
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
    pub customer: Option<crate::runtime::Expandable<ChargeCustomer>>,
    /// ID of the balance transaction that describes the impact of this charge on your account balance.
    pub balance_transaction: Option<crate::runtime::Expandable<BalanceTransaction>>,
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

impl crate::runtime::Identified for Customer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl crate::runtime::Identified for DeletedCustomer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl crate::runtime::Identified for BalanceTransaction {
    fn id(&self) -> &str {
        &self.id
    }
}

impl crate::runtime::Identified for Charge {
    fn id(&self) -> &str {
        &self.id
    }
}

impl crate::runtime::Identified for ChargeCustomer {
    fn id(&self) -> &str {
        match self {
            Self::DeletedCustomer(value) => crate::runtime::Identified::id(value),
            Self::Customer(value) => crate::runtime::Identified::id(value),
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

crate::runtime::builder! {
    GetCharge(charge: impl Into<String>) {}
}

/// The documented responses of [`GetCharge`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetChargeResponse {
    /// 200: The charge.
    Ok(Charge),
}

impl crate::runtime::Outcome for GetChargeResponse {
    type Success = Charge;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Charge, std::convert::Infallible> {
        match self {
            GetChargeResponse::Ok(body) => Ok(body),
        }
    }
}

impl crate::runtime::Operation for GetCharge {
    type Response = GetChargeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/charges/{charge}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/charges/");
        path.parameter(
            "charge",
            &self.charge,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => GetChargeResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
