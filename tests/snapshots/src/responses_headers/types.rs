// @generated from fixtures/responses_headers.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Issue` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Issue {
    pub number: i64,
    pub title: Option<String>,
}

runtime::decode! { Issue { number, title } }

runtime::string_enum! {
    /// The `X-Cache` header of the `200` response of `ListIssues`.
    pub enum ListIssuesOkXCacheHeader {
        Hit = "HIT",
        Miss = "MISS",
        ..Unknown
    }
}

/// The request was refused.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Problem {
    pub title: Option<String>,
}

runtime::decode! { Problem { title } }

/// Sent, or replayed from an earlier request with the same idempotency key.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SendMessageOkBody {
    pub id: Option<String>,
}

runtime::decode! { SendMessageOkBody { id } }

/// The headers of a response that documents the `link` header alone.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkHeaders {
    /// header `Link`
    pub link: Option<String>,
}

impl runtime::FromHeaders for LinkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(LinkHeaders {
            link: runtime::header(headers, "link")?,
        })
    }
}

/// The headers documented for the `Problem` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemHeaders {
    /// header `X-Request-Id`
    pub x_request_id: String,
}

impl runtime::FromHeaders for ProblemHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(ProblemHeaders {
            x_request_id: runtime::required_header(
                runtime::header(headers, "x-request-id")?,
                "x-request-id",
            )?,
        })
    }
}
