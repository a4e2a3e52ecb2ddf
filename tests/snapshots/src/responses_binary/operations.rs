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

runtime::responses! {
    DownloadFile: Result<Vec<u8>, enum DownloadFileError>,
    #[derive(Clone, PartialEq)]
    pub enum DownloadFileResponse {
        /// 200: The file's bytes.
        200 => Ok { headers: DownloadFileOkHeaders, body: Vec<u8> = bytes }: Ok(body),
        /// 404: No such file.
        404 => NotFound(String = text): Err,
    }
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

runtime::responses! {
    GetThumbnail: Result<Vec<u8>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetThumbnailResponse {
        /// 200: A thumbnail.
        200 => Ok(Vec<u8> = bytes): Ok(body),
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

runtime::responses! {
    GetExport: Result<enum GetExportSuccess, enum GetExportError>,
    #[derive(Clone, PartialEq)]
    pub enum GetExportResponse {
        /// 200: The export, zipped.
        200 => Ok(Vec<u8> = bytes): Ok,
        /// 202: Still being written.
        202 => Accepted(GetExportAcceptedBody = json): Ok,
        /// 410: Expired.
        410 => Gone(Vec<u8> = bytes): Err,
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

runtime::responses! {
    GetInvoice: Result<GetInvoiceOkContent, enum GetInvoiceError>,
    #[derive(Clone, PartialEq)]
    pub enum GetInvoiceResponse {
        /// 200: The invoice as JSON, or rendered as a PDF.
        200 => Ok(GetInvoiceOkContent = negotiated): Ok(body),
        /// Any other status: An error, in XML.
        _ => Default { status, body: String = text }: Err,
    }
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

impl GetInvoiceOkContent {
    /// The body read as the kind its response's `Content-Type` names.
    pub(crate) fn from_body(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self, runtime::ResponseError> {
        Ok(
            match runtime::MediaKind::of(parts) {
                runtime::MediaKind::Json => {
                    GetInvoiceOkContent::Json(runtime::json_body(parts, body)?)
                }
                _ => GetInvoiceOkContent::Bytes(runtime::bytes_body(parts, body)?),
            },
        )
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
}
