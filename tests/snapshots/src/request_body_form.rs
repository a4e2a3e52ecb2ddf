// @generated from fixtures/request_body_form.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Billing 1.0.0
//!
//! Generated from `fixtures/request_body_form.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// The request body of `CreateCustomer`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CreateCustomerBody {
    pub name: String,
    /// Key-value pairs, sent as `metadata[key]=value`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<CreateCustomerBodyAddress>,
    /// Sent as `items[0][price]=…`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<CreateCustomerBodyItemsItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locales: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<CreateCustomerBodySettings>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
}

runtime::builder! {
    CreateCustomerBody(name: impl Into<String>) {
        metadata: impl Into<std::collections::BTreeMap<String, String>>,
        address: impl Into<CreateCustomerBodyAddress>,
        items: impl Into<Vec<CreateCustomerBodyItemsItem>>,
        expand: impl Into<Vec<String>>,
        preferred_locales: impl Into<Vec<String>>,
        tags: impl Into<Vec<String>>,
        settings: impl Into<CreateCustomerBodySettings>,
        return_url: impl Into<String>,
    }
}

/// The `address` member of `CreateCustomerBody`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CreateCustomerBodyAddress {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
}

runtime::builder! {
    CreateCustomerBodyAddress() {
        city: impl Into<String>,
        line1: impl Into<String>,
    }
}

/// Sent as `items[0][price]=…`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CreateCustomerBodyItemsItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

runtime::builder! {
    CreateCustomerBodyItemsItem() {
        price: impl Into<String>,
        quantity: i64,
    }
}

/// The `settings` member of `CreateCustomerBody`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CreateCustomerBodySettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
}

runtime::builder! {
    CreateCustomerBodySettings() {
        theme: impl Into<String>,
    }
}

/// Create a customer
///
/// `POST /customers`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCustomer {
    /// The request body.
    ///
    /// Sent as `application/x-www-form-urlencoded` fields.
    pub body: CreateCustomerBody,
}

runtime::builder! {
    CreateCustomer(body: impl Into<CreateCustomerBody>) {}
}

/// The documented responses of [`CreateCustomer`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateCustomerResponse {
    /// 200: The customer.
    Ok,
}

impl runtime::Outcome for CreateCustomerResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            CreateCustomerResponse::Ok => Ok(()),
        }
    }
}

impl runtime::Operation for CreateCustomer {
    type Response = CreateCustomerResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/customers";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/customers";
        let body = Some(
            runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[
                    ("metadata", runtime::DEEP_OBJECT_EXPLODE),
                    ("address", runtime::DEEP_OBJECT_EXPLODE),
                    ("items", runtime::DEEP_OBJECT_EXPLODE),
                    ("expand", runtime::DEEP_OBJECT_EXPLODE),
                    ("tags", runtime::FORM),
                    ("settings", runtime::Encoding::JSON),
                    ("return_url", runtime::FORM_EXPLODE.allow_reserved()),
                ],
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(CreateCustomerResponse::Ok),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
