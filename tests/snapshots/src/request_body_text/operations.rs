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

runtime::builder! {
    RenderRaw() {
        body: impl Into<String>,
    }
}

/// The documented responses of [`RenderRaw`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RenderRawResponse {
    /// 200: The HTML.
    Ok(String),
}

impl runtime::Outcome for RenderRawResponse {
    type Success = String;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<String, std::convert::Infallible> {
        match self {
            RenderRawResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for RenderRaw {
    type Response = RenderRawResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/markdown/raw";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/markdown/raw";
        let body = self
            .body
            .as_ref()
            .map(|body| runtime::Body::text(
                body,
                http::HeaderValue::from_static("text/plain"),
            ));
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "text/html");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(RenderRawResponse::Ok(runtime::text_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

runtime::builder! {
    AddNote(body: impl Into<String>) {}
}

/// The documented responses of [`AddNote`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AddNoteResponse {
    /// 204: Added.
    NoContent,
}

impl runtime::Outcome for AddNoteResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            AddNoteResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for AddNote {
    type Response = AddNoteResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/notes";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/notes";
        let body = Some(
            runtime::Body::text(
                &self.body,
                http::HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(AddNoteResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

runtime::builder! {
    CreateInvalidation(body: impl Into<String>) {}
}

/// The documented responses of [`CreateInvalidation`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateInvalidationResponse {
    /// 201: Created.
    Created,
}

impl runtime::Outcome for CreateInvalidationResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            CreateInvalidationResponse::Created => Ok(()),
        }
    }
}

impl runtime::Operation for CreateInvalidation {
    type Response = CreateInvalidationResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/invalidations";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/invalidations";
        let body = Some(
            runtime::Body::text(&self.body, http::HeaderValue::from_static("text/xml")),
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            201 => Ok(CreateInvalidationResponse::Created),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
