// @generated from fixtures/nullable_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

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

/// The documented responses of [`GetIssue`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetIssueResponse {
    /// 200: The issue.
    Ok(Issue),
}

impl crate::runtime::Operation for GetIssue {
    type Response = GetIssueResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/issues/{number}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/issues/");
        path.parameter(
            "number",
            &self.number,
            crate::runtime::Style::Simple.explode(false),
        )?;
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
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => GetIssueResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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

/// The documented responses of [`GetAssignee`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAssigneeResponse {
    /// 200: The assignee, or `null` when nobody is.
    Ok(Option<NullableUser>),
}

impl crate::runtime::Operation for GetAssignee {
    type Response = GetAssigneeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/issues/{number}/assignee";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/issues/");
        path.parameter(
            "number",
            &self.number,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/assignee");
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
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => GetAssigneeResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
