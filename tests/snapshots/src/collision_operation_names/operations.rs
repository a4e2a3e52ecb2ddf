// @generated from fixtures/collision_operation_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Create an invoice
///
/// `POST /invoices` (operationId `createInvoice`)
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInvoiceRequest {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: CreateInvoice,
}

runtime::builder! {
    CreateInvoiceRequest(body: impl Into<CreateInvoice>) {}
}

/// The documented responses of [`CreateInvoiceRequest`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateInvoiceRequestResponse {
    /// 201: The invoice was created.
    Created(CreateInvoiceResponse),
}

impl runtime::Outcome for CreateInvoiceRequestResponse {
    type Success = CreateInvoiceResponse;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<CreateInvoiceResponse, std::convert::Infallible> {
        match self {
            CreateInvoiceRequestResponse::Created(body) => Ok(body),
        }
    }
}

impl runtime::Operation for CreateInvoiceRequest {
    type Response = CreateInvoiceRequestResponse;

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
            201 => {
                Ok(
                    CreateInvoiceRequestResponse::Created(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
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
/// `GET /invoices/{id}/copy` (operationId `getInvoice`)
#[derive(Debug, Clone, PartialEq)]
pub struct GetInvoicesByIdCopy {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    GetInvoicesByIdCopy(id: impl Into<String>) {}
}

/// The documented responses of [`GetInvoicesByIdCopy`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoicesByIdCopyResponse {
    /// 204: The copy exists.
    NoContent,
}

impl runtime::Outcome for GetInvoicesByIdCopyResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            GetInvoicesByIdCopyResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for GetInvoicesByIdCopy {
    type Response = GetInvoicesByIdCopyResponse;

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
            204 => Ok(GetInvoicesByIdCopyResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
