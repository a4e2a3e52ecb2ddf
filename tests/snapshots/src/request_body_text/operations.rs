// @generated from fixtures/request_body_text.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Render Markdown text
///
/// `POST /markdown/raw`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RenderRaw {
    /// The request body.
    ///
    /// Sent as `text/plain` text, as it is.
    pub body: Option<String>,
}

/// The documented responses of [`RenderRaw`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RenderRawResponse {
    /// 200: The HTML.
    Ok(String),
}

impl crate::runtime::Operation for RenderRaw {
    type Response = RenderRawResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/markdown/raw";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/markdown/raw";
        let body = self
            .body
            .as_ref()
            .map(|body| crate::runtime::Body::text(
                body,
                http::HeaderValue::from_static("text/plain"),
            ));
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            body,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(http::header::ACCEPT, http::HeaderValue::from_static("text/html"));
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => RenderRawResponse::Ok(crate::runtime::text_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// Add a note as plain text
///
/// `POST /notes`
#[derive(Debug, Clone, PartialEq)]
pub struct AddNote {
    /// The request body.
    ///
    /// Sent as `text/plain; charset=utf-8` text, as it is.
    pub body: String,
}

/// The documented responses of [`AddNote`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AddNoteResponse {
    /// 204: Added.
    NoContent,
}

impl crate::runtime::Operation for AddNote {
    type Response = AddNoteResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/notes";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/notes";
        let body = Some(
            crate::runtime::Body::text(
                &self.body,
                http::HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => AddNoteResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// An XML body
///
/// `POST /invalidations`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInvalidation {
    /// The request body.
    ///
    /// Sent as `text/xml` text, as it is.
    pub body: String,
}

/// The documented responses of [`CreateInvalidation`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateInvalidationResponse {
    /// 201: Created.
    Created,
}

impl crate::runtime::Operation for CreateInvalidation {
    type Response = CreateInvalidationResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/invalidations";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/invalidations";
        let body = Some(
            crate::runtime::Body::text(
                &self.body,
                http::HeaderValue::from_static("text/xml"),
            ),
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                201 => CreateInvalidationResponse::Created,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
