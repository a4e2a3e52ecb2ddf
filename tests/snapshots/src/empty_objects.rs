// @generated from fixtures/empty_objects.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Payments 1.0.0
//!
//! Generated from `fixtures/empty_objects.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Same as [`EmptyObject`].
///
/// Konbini payments carry no details.
pub type PaymentMethodKonbini = EmptyObject;

/// An object without any properties.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EmptyObject {}

/// Anything the caller keeps with the payment method.
pub type Metadata = serde_json::Map<String, serde_json::Value>;

/// The headers received, by name.
pub type Headers = serde_json::Map<String, serde_json::Value>;

/// The `PaymentMethod` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PaymentMethod {
    pub id: String,
    /// Konbini payments carry no details.
    pub konbini: EmptyObject,
    /// An object without any properties.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledgement: Option<EmptyObject>,
    /// Anything the caller keeps with the payment method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    /// The headers received, by name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<Headers>,
    /// Who sees the payment method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<PaymentMethodVisibility>,
    /// Other names of the payment method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// The payment method as its network sent it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
}

runtime::string_enum! {
    /// Who sees the payment method.
    pub enum PaymentMethodVisibility {
        Public = "public",
        Private = "private",
        ..Unknown
    }
}

/// The request body of `CreatePaymentMethod`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreatePaymentMethodBody {
    /// Pay at a convenience store; nothing to say beyond choosing it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<CreatePaymentMethodBodyKonbini>,
}

runtime::builder! {
    CreatePaymentMethodBody() {
        konbini: impl Into<CreatePaymentMethodBodyKonbini>,
    }
}

/// Pay at a convenience store; nothing to say beyond choosing it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreatePaymentMethodBodyKonbini {}

runtime::builder! {
    CreatePaymentMethodBodyKonbini() {}
}

/// `GET /payment_methods`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPaymentMethods {}

runtime::builder! {
    ListPaymentMethods() {}
}

/// The documented responses of [`ListPaymentMethods`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListPaymentMethodsResponse {
    /// 200: The payment methods.
    Ok(Vec<PaymentMethod>),
}

impl runtime::Outcome for ListPaymentMethodsResponse {
    type Success = Vec<PaymentMethod>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<PaymentMethod>, std::convert::Infallible> {
        match self {
            ListPaymentMethodsResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for ListPaymentMethods {
    type Response = ListPaymentMethodsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/payment_methods";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/payment_methods";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListPaymentMethodsResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `POST /payment_methods`
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePaymentMethod {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: CreatePaymentMethodBody,
}

runtime::builder! {
    CreatePaymentMethod(body: impl Into<CreatePaymentMethodBody>) {}
}

/// The documented responses of [`CreatePaymentMethod`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePaymentMethodResponse {
    /// 204: Created.
    NoContent,
}

impl runtime::Outcome for CreatePaymentMethodResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            CreatePaymentMethodResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for CreatePaymentMethod {
    type Response = CreatePaymentMethodResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/payment_methods";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/payment_methods";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(CreatePaymentMethodResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
