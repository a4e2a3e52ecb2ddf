// @generated from fixtures/collision_operation_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Create an invoice
///
/// `POST /invoices` (operationId `createInvoice`)
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInvoiceRequest {
    /// The request body. Sent as `application/json`.
    pub body: CreateInvoice,
}

runtime::builder! {
    CreateInvoiceRequest(body: impl Into<CreateInvoice>) {}
}

runtime::responses! {
    CreateInvoiceRequest: Result<CreateInvoiceResponse, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateInvoiceRequestResponse {
        /// 201: The invoice was created.
        201 => Created(CreateInvoiceResponse = json): Ok(body),
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

runtime::responses! {
    GetInvoice: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetInvoiceResponse {
        /// 204: The invoice exists.
        204 => NoContent: Ok(()),
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

runtime::responses! {
    GetInvoicesByIdCopy: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetInvoicesByIdCopyResponse {
        /// 204: The copy exists.
        204 => NoContent: Ok(()),
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
}
