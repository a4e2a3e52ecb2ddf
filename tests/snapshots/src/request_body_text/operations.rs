// @generated from fixtures/request_body_text.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Render Markdown text
///
/// `POST /markdown/raw`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RenderRaw {
    /// The request body. Sent as `text/plain` text, as it is.
    pub body: Option<String>,
}

runtime::builder! {
    RenderRaw() {
        body: impl Into<String>,
    }
}

runtime::responses! {
    RenderRaw: Result<String, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum RenderRawResponse {
        /// 200: The HTML.
        200 => Ok(String = text): Ok(body),
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
}

/// Add a note as plain text
///
/// `POST /notes`
#[derive(Debug, Clone, PartialEq)]
pub struct AddNote {
    /// The request body. Sent as `text/plain; charset=utf-8` text, as it is.
    pub body: String,
}

runtime::builder! {
    AddNote(body: impl Into<String>) {}
}

runtime::responses! {
    AddNote: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum AddNoteResponse {
        /// 204: Added.
        204 => NoContent: Ok(()),
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
}

/// An XML body
///
/// `POST /invalidations`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInvalidation {
    /// The request body. Sent as `text/xml` text, as it is.
    pub body: String,
}

runtime::builder! {
    CreateInvalidation(body: impl Into<String>) {}
}

runtime::responses! {
    CreateInvalidation: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateInvalidationResponse {
        /// 201: Created.
        201 => Created: Ok(()),
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
}
