// @generated from fixtures/responses_raw.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Download a monthly statement
///
/// `GET /statements/{month}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStatement {
    /// The month, as `YYYY-MM`.
    ///
    /// path parameter `month`
    pub month: String,
}

runtime::builder! {
    GetStatement(month: impl Into<String>) {}
}

/// The documented responses of [`GetStatement`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetStatementResponse {
    /// 200: The statement, in the format asked for.
    Ok(GetStatementOkContent),
    /// 404: No statement for that month.
    NotFound(Vec<u8>),
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

/// The documented error responses of [`GetStatement`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetStatementError {
    /// 404: No statement for that month.
    NotFound(Vec<u8>),
}

impl runtime::Outcome for GetStatementResponse {
    type Success = GetStatementOkContent;

    type Error = GetStatementError;

    fn into_result(self) -> Result<GetStatementOkContent, GetStatementError> {
        match self {
            GetStatementResponse::Ok(body) => Ok(body),
            GetStatementResponse::NotFound(body) => {
                Err(GetStatementError::NotFound(body))
            }
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(
                    GetStatementResponse::Ok(
                        match runtime::MediaKind::of(parts) {
                            runtime::MediaKind::Text => {
                                GetStatementOkContent::Text(
                                    runtime::text_body(parts, body)?,
                                )
                            }
                            _ => {
                                GetStatementOkContent::Bytes(
                                    runtime::bytes_body(parts, body)?,
                                )
                            }
                        },
                    ),
                )
            }
            404 => Ok(GetStatementResponse::NotFound(runtime::bytes_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
