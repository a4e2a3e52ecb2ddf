// @generated from fixtures/nullable_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Issue tracker 1.0.0
//!
//! Generated from `fixtures/nullable_refs.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A user of the tracker.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NullableUser {
    /// The user's handle.
    pub login: String,
    /// The user's number.
    pub id: i64,
}

/// A collection of issues due together.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NullableMilestone {
    /// What the milestone is called.
    pub title: String,
}

/// A problem or request, as the tracker reports it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Issue {
    /// The issue's number in its repository.
    pub number: i64,
    /// A user of the tracker.
    pub assignee: Option<NullableUser>,
    /// A collection of issues due together.
    pub milestone: Option<NullableMilestone>,
    /// A user of the tracker.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub closed_by: Option<Option<NullableUser>>,
    /// Who reviews the fix; `null` until someone is asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub reviewer: Option<Option<NullableUser>>,
    /// Labels, sent as names or as label objects.
    pub labels: Vec<IssueLabelsItem>,
    /// Everyone the issue is assigned to; deleted accounts are `null`.
    pub assignees: Vec<Option<NullableUser>>,
    /// Who reacted, by reaction; `null` for deleted accounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<std::collections::BTreeMap<String, Option<NullableUser>>>,
}

/// Labels, sent as names or as label objects.
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssueLabelsItem {
    /// A [`IssueLabelsItemObject`].
    Object(IssueLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssueLabelsItem`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssueLabelsItemObject {
    /// The label's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its colour, as six hex digits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// Get an issue
///
/// `GET /issues/{number}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetIssue {
    /// The number of the issue.
    ///
    /// path parameter `number`
    pub number: i64,
}

runtime::builder! {
    GetIssue(number: i64) {}
}

/// The documented responses of [`GetIssue`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssueResponse {
    /// 200: The issue.
    Ok(Issue),
}

impl runtime::Outcome for GetIssueResponse {
    type Success = Issue;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Issue, std::convert::Infallible> {
        match self {
            GetIssueResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for GetIssue {
    type Response = GetIssueResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/issues/{number}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/issues/");
        path.parameter("number", &self.number, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetIssueResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Who an issue is assigned to
///
/// `GET /issues/{number}/assignee`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAssignee {
    /// The number of the issue.
    ///
    /// path parameter `number`
    pub number: i64,
}

runtime::builder! {
    GetAssignee(number: i64) {}
}

/// The documented responses of [`GetAssignee`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAssigneeResponse {
    /// 200: The assignee, or `null` when nobody is.
    Ok(Option<NullableUser>),
}

impl runtime::Outcome for GetAssigneeResponse {
    type Success = Option<NullableUser>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Option<NullableUser>, std::convert::Infallible> {
        match self {
            GetAssigneeResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for GetAssignee {
    type Response = GetAssigneeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/issues/{number}/assignee";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/issues/");
        path.parameter("number", &self.number, runtime::SIMPLE)?;
        path.literal("/assignee");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetAssigneeResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
