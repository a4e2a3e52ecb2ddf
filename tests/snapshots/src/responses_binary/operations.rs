// @generated from fixtures/responses_binary.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Download a file's content
///
/// `GET /files/{id}/content`
#[derive(Debug, Clone, PartialEq)]
pub struct DownloadFile {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    DownloadFile(id: impl Into<String>) {}
}

/// The documented responses of [`DownloadFile`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DownloadFileResponse {
    /// 200: The file's bytes.
    Ok {
        /// The response body.
        body: Vec<u8>,
        /// The headers the response documents.
        headers: DownloadFileOkHeaders,
    },
    /// 404: No such file.
    NotFound(String),
}

/// The headers documented for the `200` response of `DownloadFile`.
#[derive(Debug, Clone, PartialEq)]
pub struct DownloadFileOkHeaders {
    /// header `Content-Length`
    pub content_length: Option<i64>,
}

impl runtime::FromHeaders for DownloadFileOkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(DownloadFileOkHeaders {
            content_length: runtime::header(headers, "content-length")?,
        })
    }
}

/// The documented error responses of [`DownloadFile`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DownloadFileError {
    /// 404: No such file.
    NotFound(String),
}

impl runtime::Outcome for DownloadFileResponse {
    type Success = Vec<u8>;

    type Error = DownloadFileError;

    fn into_result(self) -> Result<Vec<u8>, DownloadFileError> {
        match self {
            DownloadFileResponse::Ok { body, .. } => Ok(body),
            DownloadFileResponse::NotFound(body) => {
                Err(DownloadFileError::NotFound(body))
            }
        }
    }
}

impl runtime::Operation for DownloadFile {
    type Response = DownloadFileResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/files/{id}/content";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/files/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        path.literal("/content");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/octet-stream, text/plain");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(DownloadFileResponse::Ok {
                    body: runtime::bytes_body(parts, body)?,
                    headers,
                })
            }
            404 => Ok(DownloadFileResponse::NotFound(runtime::text_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /files/{id}/thumbnail`
#[derive(Debug, Clone, PartialEq)]
pub struct GetThumbnail {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    GetThumbnail(id: impl Into<String>) {}
}

/// The documented responses of [`GetThumbnail`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetThumbnailResponse {
    /// 200: A thumbnail.
    Ok(Vec<u8>),
}

impl runtime::Outcome for GetThumbnailResponse {
    type Success = Vec<u8>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<u8>, std::convert::Infallible> {
        match self {
            GetThumbnailResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for GetThumbnail {
    type Response = GetThumbnailResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/files/{id}/thumbnail";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/files/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        path.literal("/thumbnail");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "image/png, image/jpeg");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetThumbnailResponse::Ok(runtime::bytes_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /exports/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetExport {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    GetExport(id: impl Into<String>) {}
}

/// The documented responses of [`GetExport`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetExportResponse {
    /// 200: The export, zipped.
    Ok(Vec<u8>),
    /// 202: Still being written.
    Accepted(GetExportAcceptedBody),
    /// 410: Expired.
    Gone(Vec<u8>),
}

/// The successful responses of [`GetExport`]: what `into_result` returns as `Ok`.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetExportSuccess {
    /// 200: The export, zipped.
    Ok(Vec<u8>),
    /// 202: Still being written.
    Accepted(GetExportAcceptedBody),
}

/// The documented error responses of [`GetExport`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetExportError {
    /// 410: Expired.
    Gone(Vec<u8>),
}

impl runtime::Outcome for GetExportResponse {
    type Success = GetExportSuccess;

    type Error = GetExportError;

    fn into_result(self) -> Result<GetExportSuccess, GetExportError> {
        match self {
            GetExportResponse::Ok(body) => Ok(GetExportSuccess::Ok(body)),
            GetExportResponse::Accepted(body) => Ok(GetExportSuccess::Accepted(body)),
            GetExportResponse::Gone(body) => Err(GetExportError::Gone(body)),
        }
    }
}

impl runtime::Operation for GetExport {
    type Response = GetExportResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/exports/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/exports/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/zip, */*, text/csv");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetExportResponse::Ok(runtime::bytes_body(parts, body)?)),
            202 => Ok(GetExportResponse::Accepted(runtime::json_body(parts, body)?)),
            410 => Ok(GetExportResponse::Gone(runtime::bytes_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

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
    /// 200: The invoice as JSON, or rendered as a PDF.
    Ok(GetInvoiceOkContent),
    /// Any other status: An error, in XML.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: String,
    },
}

/// The body of the `200` response of `GetInvoice`.
///
/// Its kind is the one the response's `Content-Type` names.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoiceOkContent {
    /// `application/json`
    Json(GetInvoiceOkBody),
    /// `application/pdf`
    Bytes(Vec<u8>),
}

/// The documented error responses of [`GetInvoice`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetInvoiceError {
    /// Any other status: An error, in XML.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: String,
    },
}

impl runtime::Outcome for GetInvoiceResponse {
    type Success = GetInvoiceOkContent;

    type Error = GetInvoiceError;

    fn into_result(self) -> Result<GetInvoiceOkContent, GetInvoiceError> {
        match self {
            GetInvoiceResponse::Ok(body) => Ok(body),
            GetInvoiceResponse::Default { status, body } => {
                Err(GetInvoiceError::Default {
                    status,
                    body,
                })
            }
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
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(
            &mut request,
            "application/json, application/pdf, application/xml",
        );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(
                    GetInvoiceResponse::Ok(
                        match runtime::MediaKind::of(parts) {
                            runtime::MediaKind::Json => {
                                GetInvoiceOkContent::Json(runtime::json_body(parts, body)?)
                            }
                            _ => {
                                GetInvoiceOkContent::Bytes(
                                    runtime::bytes_body(parts, body)?,
                                )
                            }
                        },
                    ),
                )
            }
            _ => {
                Ok(GetInvoiceResponse::Default {
                    status: parts.status,
                    body: runtime::text_body(parts, body)?,
                })
            }
        }
    }
}
