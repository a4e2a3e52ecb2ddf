// @generated from fixtures/format_date_time.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List the issues of a day
///
/// `GET /days/{day}/issues`
#[derive(Debug, Clone, PartialEq)]
pub struct ListIssues {
    /// path parameter `day`
    pub day: chrono::NaiveDate,
    /// Only issues updated at or after this time.
    ///
    /// query parameter `since`
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// header parameter `If-Modified-Since-Instant`
    pub if_modified_since_instant: Option<chrono::DateTime<chrono::Utc>>,
}

runtime::builder! {
    ListIssues(day: impl Into<chrono::NaiveDate>) {
        since: impl Into<chrono::DateTime<chrono::Utc>>,
        if_modified_since_instant: impl Into<chrono::DateTime<chrono::Utc>>,
    }
}

/// The documented responses of [`ListIssues`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListIssuesResponse {
    /// 200: The issues.
    Ok(Vec<Issue>),
}

impl runtime::Outcome for ListIssuesResponse {
    type Success = Vec<Issue>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<Issue>, std::convert::Infallible> {
        match self {
            ListIssuesResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for ListIssues {
    type Response = ListIssuesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/days/{day}/issues";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/days/");
        path.parameter("day", &self.day, runtime::SIMPLE)?;
        path.literal("/issues");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("since", &self.since, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        let headers = request.headers_mut();
        if let Some(value) = &self.if_modified_since_instant {
            headers
                .insert(
                    http::HeaderName::from_static("if-modified-since-instant"),
                    runtime::header_parameter(
                        "If-Modified-Since-Instant",
                        value,
                        runtime::SIMPLE,
                    )?,
                );
        }
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListIssuesResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `POST /reminders`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateReminder {
    /// The request body.
    ///
    /// Sent as `application/x-www-form-urlencoded` fields.
    pub body: CreateReminderBody,
}

runtime::builder! {
    CreateReminder(body: impl Into<CreateReminderBody>) {}
}

/// The documented responses of [`CreateReminder`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateReminderResponse {
    /// 204: Created.
    NoContent,
}

impl runtime::Outcome for CreateReminderResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            CreateReminderResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for CreateReminder {
    type Response = CreateReminderResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/reminders";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/reminders";
        let body = Some(
            runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[],
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(CreateReminderResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
