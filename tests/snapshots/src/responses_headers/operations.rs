// @generated from fixtures/responses_headers.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List a repository's issues
///
/// `GET /repos/{owner}/{repo}/issues`
#[derive(Debug, Clone, PartialEq)]
pub struct ListIssues {
    /// path parameter `owner`
    pub owner: String,
    /// path parameter `repo`
    pub repo: String,
}

runtime::builder! {
    ListIssues(owner: impl Into<String>, repo: impl Into<String>) {}
}

runtime::responses! {
    ListIssues: Result<Vec<Issue>, enum ListIssuesError>,
    #[derive(Clone, PartialEq)]
    pub enum ListIssuesResponse {
        /// 200: One page of issues.
        200 => Ok { headers: ListIssuesOkHeaders, body: Vec<Issue> = json }: Ok(body),
        /// 304: Not modified since the `If-None-Match` ETag.
        304 => NotModified { headers: ListIssuesNotModifiedHeaders }: Err,
        /// 4XX: The request was refused.
        400..=499 => ClientError { status, headers: ProblemHeaders, body: Problem = json }: Err,
        /// Any other status: Anything else.
        _ => Default { status, headers: ListIssuesDefaultHeaders }: Err,
    }
}

/// The headers documented for the `200` response of `ListIssues`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListIssuesOkHeaders {
    /// header `Link`
    pub link: Option<String>,
    /// header `X-RateLimit-Limit`
    pub x_rate_limit_limit: Option<i64>,
    /// header `X-RateLimit-Remaining`
    pub x_rate_limit_remaining: Option<i64>,
    /// header `X-RateLimit-Reset`
    pub x_rate_limit_reset: Option<i64>,
    /// Quote it when asking for support. (header `X-Request-Id`)
    pub x_request_id: String,
    /// The token scopes that allow this call. (header `X-Accepted-Scopes`, a comma-separated list)
    pub x_accepted_scopes: Option<Vec<String>>,
    /// header `X-Cache`
    pub x_cache: Option<ListIssuesOkXCacheHeader>,
}

impl runtime::FromHeaders for ListIssuesOkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(ListIssuesOkHeaders {
            link: runtime::header(headers, "link")?,
            x_rate_limit_limit: runtime::header(headers, "x-ratelimit-limit")?,
            x_rate_limit_remaining: runtime::header(headers, "x-ratelimit-remaining")?,
            x_rate_limit_reset: runtime::header(headers, "x-ratelimit-reset")?,
            x_request_id: runtime::required_header(
                runtime::header(headers, "x-request-id")?,
                "x-request-id",
            )?,
            x_accepted_scopes: runtime::header_list(headers, "x-accepted-scopes")?,
            x_cache: runtime::header(headers, "x-cache")?,
        })
    }
}

/// The headers documented for the `304` response of `ListIssues`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListIssuesNotModifiedHeaders {
    /// header `ETag`
    pub e_tag: Option<String>,
}

impl runtime::FromHeaders for ListIssuesNotModifiedHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(ListIssuesNotModifiedHeaders {
            e_tag: runtime::header(headers, "etag")?,
        })
    }
}

/// The headers documented for the `default` response of `ListIssues`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListIssuesDefaultHeaders {
    /// Seconds to wait before trying again. (header `Retry-After`)
    pub retry_after: Option<i64>,
}

impl runtime::FromHeaders for ListIssuesDefaultHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(ListIssuesDefaultHeaders {
            retry_after: runtime::header(headers, "retry-after")?,
        })
    }
}

impl runtime::Operation for ListIssues {
    type Response = ListIssuesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json, application/problem+json");
        Ok(request)
    }
}

/// Send a message
///
/// `POST /messages`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendMessage {}

runtime::builder! {
    SendMessage() {}
}

runtime::responses! {
    SendMessage: Result<SendMessageOkBody, enum SendMessageError>,
    #[derive(Clone, PartialEq)]
    pub enum SendMessageResponse {
        /// 200: Sent, or replayed from an earlier request with the same idempotency key.
        200 => Ok { headers: SendMessageOkHeaders, body: SendMessageOkBody = json }: Ok(body),
        /// 422: The request was refused.
        422 => UnprocessableEntity { headers: ProblemHeaders, body: Problem = json }: Err,
    }
}

/// The headers documented for the `200` response of `SendMessage`.
#[derive(Debug, Clone, PartialEq)]
pub struct SendMessageOkHeaders {
    /// Present and `true` when the response replays an earlier one. (header `Idempotent-Replayed`)
    pub idempotent_replayed: Option<bool>,
    /// Structured diagnostics. (header `X-Debug`)
    pub x_debug: Option<String>,
    /// header `X-Trace`
    pub x_trace: Option<String>,
}

impl runtime::FromHeaders for SendMessageOkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(SendMessageOkHeaders {
            idempotent_replayed: runtime::header(headers, "idempotent-replayed")?,
            x_debug: runtime::header(headers, "x-debug")?,
            x_trace: runtime::header(headers, "x-trace")?,
        })
    }
}

impl runtime::Operation for SendMessage {
    type Response = SendMessageResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/messages";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/messages";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json, application/problem+json");
        Ok(request)
    }
}

/// `GET /labels`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLabels {}

runtime::builder! {
    ListLabels() {}
}

runtime::responses! {
    ListLabels: Result<Vec<String>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListLabelsResponse {
        /// 200: One page of labels.
        200 => Ok { headers: LinkHeaders, body: Vec<String> = json }: Ok(body),
    }
}

impl runtime::Operation for ListLabels {
    type Response = ListLabelsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/labels";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/labels";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// `GET /milestones`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMilestones {}

runtime::builder! {
    ListMilestones() {}
}

runtime::responses! {
    ListMilestones: Result<Vec<String>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListMilestonesResponse {
        /// 200: One page of milestone titles.
        200 => Ok { headers: LinkHeaders, body: Vec<String> = json }: Ok(body),
    }
}

impl runtime::Operation for ListMilestones {
    type Response = ListMilestonesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/milestones";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/milestones";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
