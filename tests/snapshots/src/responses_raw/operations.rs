// @generated from fixtures/responses_raw.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Download a monthly statement
///
/// `GET /statements/{month}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStatement {
    /// The month, as `YYYY-MM`. (path parameter `month`)
    pub month: String,
}

runtime::builder! {
    GetStatement(month: impl Into<String>) {}
}

runtime::responses! {
    GetStatement: Result<GetStatementOkContent, enum GetStatementError>,
    #[derive(Clone, PartialEq)]
    pub enum GetStatementResponse {
        /// 200: The statement, in the format asked for.
        200 => Ok(GetStatementOkContent = negotiated): Ok(body),
        /// 404: No statement for that month.
        404 => NotFound(Vec<u8> = bytes): Err,
    }
}

/// The body of the `200` response of `GetStatement`.
///
/// Its kind is the one the response's `Content-Type` names.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetStatementOkContent {
    /// `text/csv`
    Text(String),
    /// `application/pdf`
    Bytes(Vec<u8>),
}

impl GetStatementOkContent {
    /// The body read as the kind its response's `Content-Type` names.
    pub(crate) fn from_body(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self, runtime::ResponseError> {
        Ok(
            match runtime::MediaKind::of(parts) {
                runtime::MediaKind::Text => {
                    GetStatementOkContent::Text(runtime::text_body(parts, body)?)
                }
                _ => GetStatementOkContent::Bytes(runtime::bytes_body(parts, body)?),
            },
        )
    }
}

impl runtime::Operation for GetStatement {
    type Response = GetStatementResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/statements/{month}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/statements/");
        path.parameter("month", &self.month, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(
            &mut request,
            "text/csv, application/pdf, application/problem+json",
        );
        Ok(request)
    }
}
