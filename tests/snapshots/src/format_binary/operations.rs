// @generated from fixtures/format_binary.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `POST /raw`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRaw {
    /// The request body. Sent as `application/octet-stream` bytes, as they are.
    pub body: Vec<u8>,
}

runtime::builder! {
    UploadRaw(body: impl Into<Vec<u8>>) {}
}

runtime::responses! {
    UploadRaw: Result<Vec<u8>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum UploadRawResponse {
        /// 200: The content as stored.
        200 => Ok(Vec<u8> = bytes): Ok(body),
    }
}

impl runtime::Operation for UploadRaw {
    type Response = UploadRawResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/raw";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/raw";
        let body = Some(
            runtime::Body::bytes(
                &self.body,
                http::HeaderValue::from_static("application/octet-stream"),
            ),
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/octet-stream");
        Ok(request)
    }
}

/// `POST /forms`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadForm {
    /// The request body. Sent as `multipart/form-data` parts.
    pub body: UploadFormBody,
}

runtime::builder! {
    UploadForm(body: impl Into<UploadFormBody>) {}
}

/// The parts of the `multipart/form-data` request body of [`UploadForm`].
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFormBody {
    /// The `file` file part.
    pub file: runtime::File,
    /// The `note` part.
    pub note: Option<String>,
}

impl UploadFormBody {
    /// The parts as a `multipart/form-data` body.
    pub fn to_body(&self) -> Result<runtime::Body, runtime::RequestError> {
        let mut form = runtime::Multipart::new();
        form.file("file", &self.file, "application/octet-stream");
        if let Some(value) = &self.note {
            form.value("note", value, runtime::PartEncoding::Default)?;
        }
        Ok(form.finish())
    }
}

runtime::builder! {
    UploadFormBody(file: impl Into<runtime::File>) {
        note: impl Into<String>,
    }
}

runtime::responses! {
    UploadForm: Result<Upload, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum UploadFormResponse {
        /// 200: The upload.
        200 => Ok(Upload = json): Ok(body),
    }
}

impl runtime::Operation for UploadForm {
    type Response = UploadFormResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/forms";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/forms";
        let body = Some(UploadFormBody::to_body(&self.body)?);
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
