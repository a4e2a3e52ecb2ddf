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
