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

/// The documented responses of [`ListIssues`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListIssuesResponse {
    /// 200: The issues.
    Ok(Vec<Issue>),
}

impl crate::runtime::Operation for ListIssues {
    type Response = ListIssuesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/days/{day}/issues";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/days/");
        path.parameter("day", &self.day, crate::runtime::Style::Simple.explode(false))?;
        path.literal("/issues");
        let path = path.finish();
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.since {
            query.parameter("since", value, crate::runtime::Style::Form.explode(true))?;
        }
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            &query.finish(),
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        if let Some(value) = &self.if_modified_since_instant {
            headers
                .insert(
                    http::HeaderName::from_static("if-modified-since-instant"),
                    crate::runtime::header_parameter(
                        "If-Modified-Since-Instant",
                        value,
                        crate::runtime::Style::Simple.explode(false),
                    )?,
                );
        }
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => ListIssuesResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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

/// The documented responses of [`CreateReminder`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateReminderResponse {
    /// 204: Created.
    NoContent,
}

impl crate::runtime::Operation for CreateReminder {
    type Response = CreateReminderResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/reminders";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/reminders";
        let body = Some(
            crate::runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[],
            )?,
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => CreateReminderResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
