// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `created` parameter of `GetCharges`.
///
/// Decoding tries `RangeQuerySpecs`, `Integer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum GetChargesCreated {
    /// range_query_specs
    RangeQuerySpecs(GetChargesCreatedRangeQuerySpecs),
    /// The value is a JSON integer.
    Integer(i64),
}

/// range_query_specs
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct GetChargesCreatedRangeQuerySpecs {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gt: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gte: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lt: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lte: Option<i64>,
}

runtime::decode! { GetChargesCreatedRangeQuerySpecs { gt, gte, lt, lte } }

runtime::builder! {
    GetChargesCreatedRangeQuerySpecs() {
        gt: i64,
        gte: i64,
        lt: i64,
        lte: i64,
    }
}

/// Successful response.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct GetChargesOkBody {
    pub data: Vec<Charge>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { GetChargesOkBody { data, has_more, object, url } }

/// Successful response.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct GetCustomersOkBody {
    pub data: Vec<Customer>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { GetCustomersOkBody { data, has_more, object, url } }

/// Successful response.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum GetCustomersCustomerOkBody {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

/// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options.
///
/// Decoding tries `RangeQuerySpecs`, `Integer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum GetPaymentIntentsCreated {
    /// range_query_specs
    RangeQuerySpecs(GetChargesCreatedRangeQuerySpecs),
    /// The value is a JSON integer.
    Integer(i64),
}

/// Successful response.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct GetPaymentIntentsOkBody {
    pub data: Vec<PaymentIntent>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { GetPaymentIntentsOkBody { data, has_more, object, url } }

/// Successful response.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct GetRefundsOkBody {
    pub data: Vec<Refund>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { GetRefundsOkBody { data, has_more, object, url } }

/// Successful response.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct GetWebhookEndpointsOkBody {
    pub data: Vec<WebhookEndpoint>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { GetWebhookEndpointsOkBody { data, has_more, object, url } }
