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
    /// Only issues updated at or after this time. (query parameter `since`)
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

runtime::responses! {
    ListIssues: Result<Vec<Issue>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListIssuesResponse {
        /// 200: The issues.
        200 => Ok(Vec<Issue> = json): Ok(body),
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
}

/// `POST /reminders`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateReminder {
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: CreateReminderBody,
}

runtime::builder! {
    CreateReminder(body: impl Into<CreateReminderBody>) {}
}

runtime::responses! {
    CreateReminder: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateReminderResponse {
        /// 204: Created.
        204 => NoContent: Ok(()),
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
}
