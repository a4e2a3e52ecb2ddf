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

/// The documented responses of [`CreateInvoice2`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateInvoice2Response {
    /// 201: The invoice was created.
    Created(CreateInvoiceResponse),
}

impl crate::runtime::Operation for CreateInvoice2 {
    type Response = CreateInvoice2Response;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/invoices";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/invoices";
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            body,
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
                201 => {
                    CreateInvoice2Response::Created(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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

/// The documented responses of [`GetInvoice`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoiceResponse {
    /// 204: The invoice exists.
    NoContent,
}

impl crate::runtime::Operation for GetInvoice {
    type Response = GetInvoiceResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/invoices/{id}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/invoices/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
        let path = path.finish();
        crate::runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => GetInvoiceResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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

/// The documented responses of [`GetInvoice2`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoice2Response {
    /// 204: The copy exists.
    NoContent,
}

impl crate::runtime::Operation for GetInvoice2 {
    type Response = GetInvoice2Response;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/invoices/{id}/copy";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/invoices/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
        path.literal("/copy");
        let path = path.finish();
        crate::runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => GetInvoice2Response::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
