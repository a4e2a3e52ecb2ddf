// @generated from fixtures/nullable_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Get an issue
///
/// `GET /issues/{number}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetIssue {
    /// The number of the issue. (path parameter `number`)
    pub number: i64,
}

runtime::builder! {
    GetIssue(number: i64) {}
}

runtime::responses! {
    GetIssue: Result<Issue, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetIssueResponse {
        /// 200: The issue.
        200 => Ok(Issue = json): Ok(body),
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
}

/// Who an issue is assigned to
///
/// `GET /issues/{number}/assignee`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAssignee {
    /// The number of the issue. (path parameter `number`)
    pub number: i64,
}

runtime::builder! {
    GetAssignee(number: i64) {}
}

runtime::responses! {
    GetAssignee: Result<Option<NullableUser>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetAssigneeResponse {
        /// 200: The assignee, or `null` when nobody is.
        200 => Ok(Option<NullableUser> = json): Ok(body),
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
}
