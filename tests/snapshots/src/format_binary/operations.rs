// @generated from fixtures/format_binary.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `POST /raw`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRaw {
    /// The request body.
    ///
    /// Sent as `application/octet-stream` bytes, as they are.
    pub body: Vec<u8>,
}

/// The documented responses of [`UploadRaw`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UploadRawResponse {
    /// 200: The content as stored.
    Ok(Vec<u8>),
}

impl crate::runtime::Operation for UploadRaw {
    type Response = UploadRawResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/raw";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/raw";
        let body = Some(
            crate::runtime::Body::bytes(
                &self.body,
                http::HeaderValue::from_static("application/octet-stream"),
            ),
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
                http::HeaderValue::from_static("application/octet-stream"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => UploadRawResponse::Ok(crate::runtime::bytes_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `POST /forms`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadForm {
    /// The request body.
    ///
    /// Sent as `multipart/form-data` parts.
    pub body: UploadFormBody,
}

/// The parts of the `multipart/form-data` request body of [`UploadForm`].
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFormBody {
    /// The `file` file part.
    pub file: crate::runtime::File,
    /// The `note` part.
    pub note: Option<String>,
}

impl UploadFormBody {
    /// The parts as a `multipart/form-data` body.
    pub fn to_body(&self) -> Result<crate::runtime::Body, crate::runtime::RequestError> {
        let mut form = crate::runtime::Multipart::new();
        form.file("file", &self.file, "application/octet-stream");
        if let Some(value) = &self.note {
            form.value("note", value, crate::runtime::PartEncoding::Default)?;
        }
        Ok(form.finish())
    }
}

/// The documented responses of [`UploadForm`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UploadFormResponse {
    /// 200: The upload.
    Ok(Upload),
}

impl crate::runtime::Operation for UploadForm {
    type Response = UploadFormResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/forms";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/forms";
        let body = Some(UploadFormBody::to_body(&self.body)?);
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
                200 => UploadFormResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
