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

#[allow(deprecated)]
impl crate::runtime::FromHeaders for DownloadFileOkHeaders {
    fn from_headers(
        headers: &http::HeaderMap,
    ) -> Result<Self, crate::runtime::HeaderError> {
        Ok(DownloadFileOkHeaders {
            content_length: crate::runtime::header(headers, "content-length")?,
        })
    }
}

impl crate::runtime::Operation for DownloadFile {
    type Response = DownloadFileResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/files/{id}/content";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/files/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
        path.literal("/content");
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/octet-stream, text/plain"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => {
                    let headers = crate::runtime::response_headers(parts, &body)?;
                    DownloadFileResponse::Ok {
                        body: crate::runtime::bytes_body(parts, body)?,
                        headers,
                    }
                }
                404 => {
                    DownloadFileResponse::NotFound(
                        crate::runtime::text_body(parts, body)?,
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `GET /files/{id}/thumbnail`
#[derive(Debug, Clone, PartialEq)]
pub struct GetThumbnail {
    /// path parameter `id`
    pub id: String,
}

/// The documented responses of [`GetThumbnail`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetThumbnailResponse {
    /// 200: A thumbnail.
    Ok(Vec<u8>),
}

impl crate::runtime::Operation for GetThumbnail {
    type Response = GetThumbnailResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/files/{id}/thumbnail";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/files/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
        path.literal("/thumbnail");
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("image/png, image/jpeg"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => GetThumbnailResponse::Ok(crate::runtime::bytes_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `GET /exports/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetExport {
    /// path parameter `id`
    pub id: String,
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

impl crate::runtime::Operation for GetExport {
    type Response = GetExportResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/exports/{id}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/exports/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/zip, */*, text/csv"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => GetExportResponse::Ok(crate::runtime::bytes_body(parts, body)?),
                202 => {
                    GetExportResponse::Accepted(crate::runtime::json_body(parts, body)?)
                }
                410 => GetExportResponse::Gone(crate::runtime::bytes_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

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
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static(
                    "application/json, application/pdf, application/xml",
                ),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => {
                    GetInvoiceResponse::Ok(
                        match crate::runtime::MediaKind::of(parts) {
                            crate::runtime::MediaKind::Json => {
                                GetInvoiceOkContent::Json(
                                    crate::runtime::json_body(parts, body)?,
                                )
                            }
                            _ => {
                                GetInvoiceOkContent::Bytes(
                                    crate::runtime::bytes_body(parts, body)?,
                                )
                            }
                        },
                    )
                }
                _ => {
                    GetInvoiceResponse::Default {
                        status: parts.status,
                        body: crate::runtime::text_body(parts, body)?,
                    }
                }
            },
        )
    }
}
