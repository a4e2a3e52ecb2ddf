// @generated from fixtures/collision_operation_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Create an invoice
///
/// `POST /invoices`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInvoice2 {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: CreateInvoice,
}

runtime::builder! {
    CreateInvoice2(body: impl Into<CreateInvoice>) {}
}

/// The documented responses of [`CreateInvoice2`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateInvoice2Response {
    /// 201: The invoice was created.
    Created(CreateInvoiceResponse),
}

impl runtime::Outcome for CreateInvoice2Response {
    type Success = CreateInvoiceResponse;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<CreateInvoiceResponse, std::convert::Infallible> {
        match self {
            CreateInvoice2Response::Created(body) => Ok(body),
        }
    }
}

impl runtime::Operation for CreateInvoice2 {
    type Response = CreateInvoice2Response;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/invoices";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/invoices";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            201 => Ok(CreateInvoice2Response::Created(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Fetch an invoice
///
/// `GET /invoices/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetInvoice {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    GetInvoice(id: impl Into<String>) {}
}

/// The documented responses of [`GetInvoice`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoiceResponse {
    /// 204: The invoice exists.
    NoContent,
}

impl runtime::Outcome for GetInvoiceResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            GetInvoiceResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for GetInvoice {
    type Response = GetInvoiceResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/invoices/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/invoices/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(GetInvoiceResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Fetch a copy of an invoice
///
/// `GET /invoices/{id}/copy`
#[derive(Debug, Clone, PartialEq)]
pub struct GetInvoice2 {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    GetInvoice2(id: impl Into<String>) {}
}

/// The documented responses of [`GetInvoice2`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoice2Response {
    /// 204: The copy exists.
    NoContent,
}

impl runtime::Outcome for GetInvoice2Response {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            GetInvoice2Response::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for GetInvoice2 {
    type Response = GetInvoice2Response;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/invoices/{id}/copy";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/invoices/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        path.literal("/copy");
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(GetInvoice2Response::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
