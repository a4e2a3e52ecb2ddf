//! Operations written as the generator writes them: a list paginated by `Link` headers (as
//! GitHub's), one paginated by a cursor (as Stripe's), and a plain `GET` and `POST`.

use runtime::{
    ByteStream, Decode, NextPage, Operation, Paginated, RequestError, Response, ResponseError,
    SecurityScheme,
};

/// `GET /repos/o/r/issues`, paginated by `Link: <…>; rel="next"`.
#[derive(Debug, Clone, Default)]
pub struct ListIssues {
    pub state: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Issue {
    pub number: u64,
}

#[derive(Debug)]
pub enum ListIssuesResponse {
    Ok(Vec<Issue>),
    NotFound(serde_json::Value),
}

impl Operation for ListIssues {
    type Response = ListIssuesResponse;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/repos/o/r/issues";
    const SECURITY: &'static [&'static [SecurityScheme]] = &[];

    fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        let mut query = runtime::QueryBuilder::new();
        if let Some(state) = &self.state {
            query.parameter("state", state, runtime::Style::Form.explode(true))?;
        }
        runtime::request(Self::METHOD, base_url, Self::PATH, &query.finish(), None)
    }
}

impl Decode for ListIssuesResponse {
    fn decode(parts: &http::response::Parts, body: ByteStream) -> Result<Self, ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListIssuesResponse::Ok(runtime::json_body(parts, body)?)),
            404 => Ok(ListIssuesResponse::NotFound(runtime::json_body(
                parts, body,
            )?)),
            _ => Err(ResponseError::unexpected(parts, body)),
        }
    }
}

impl Paginated for ListIssues {
    type Item = Issue;

    fn items(response: ListIssuesResponse) -> Result<Vec<Issue>, ListIssuesResponse> {
        match response {
            ListIssuesResponse::Ok(body) => Ok(body),
            other => Err(other),
        }
    }

    fn next_page(&self, page: &Response<ListIssuesResponse>) -> Option<NextPage<Self>> {
        match **page {
            ListIssuesResponse::Ok(..) => NextPage::from_link(page.headers()),
            _ => None,
        }
    }
}

/// `GET /v1/charges`, paginated by `has_more` and `starting_after`.
#[derive(Debug, Clone, Default)]
pub struct ListCharges {
    pub limit: Option<i64>,
    pub starting_after: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct ChargeList {
    pub data: Vec<Charge>,
    pub has_more: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Charge {
    pub id: String,
}

impl Operation for ListCharges {
    type Response = ChargeList;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/v1/charges";
    const SECURITY: &'static [&'static [SecurityScheme]] = &[];

    fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        let mut query = runtime::QueryBuilder::new();
        if let Some(limit) = &self.limit {
            query.parameter("limit", limit, runtime::Style::Form.explode(true))?;
        }
        if let Some(after) = &self.starting_after {
            query.parameter("starting_after", after, runtime::Style::Form.explode(true))?;
        }
        runtime::request(Self::METHOD, base_url, Self::PATH, &query.finish(), None)
    }
}

impl Decode for ChargeList {
    fn decode(parts: &http::response::Parts, body: ByteStream) -> Result<Self, ResponseError> {
        match parts.status.as_u16() {
            200 => runtime::json_body(parts, body),
            _ => Err(ResponseError::unexpected(parts, body)),
        }
    }
}

impl Paginated for ListCharges {
    type Item = Charge;

    fn items(response: ChargeList) -> Result<Vec<Charge>, ChargeList> {
        Ok(response.data)
    }

    fn next_page(&self, page: &Response<ChargeList>) -> Option<NextPage<Self>> {
        if !page.has_more {
            return None;
        }
        let last = page.data.last()?;
        Some(NextPage::Operation(ListCharges {
            starting_after: Some(last.id.clone()),
            ..self.clone()
        }))
    }
}

/// `METHOD /things`, with an optional `Idempotency-Key`; the response is its status.
#[derive(Debug, Clone)]
pub struct Thing {
    pub method: &'static str,
    pub idempotency_key: Option<&'static str>,
}

impl Thing {
    pub fn get() -> Self {
        Thing {
            method: "GET",
            idempotency_key: None,
        }
    }

    pub fn post(idempotency_key: Option<&'static str>) -> Self {
        Thing {
            method: "POST",
            idempotency_key,
        }
    }
}

/// The status of a response to [`Thing`], whatever it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status(pub u16);

impl PartialEq<u16> for Status {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl Operation for Thing {
    type Response = Status;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/things";
    const SECURITY: &'static [&'static [SecurityScheme]] = &[];

    fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        let mut request = runtime::request(self.method, base_url, Self::PATH, "", None)?;
        if let Some(key) = self.idempotency_key {
            let value = runtime::header_value("Idempotency-Key", key)?;
            request.headers_mut().insert("Idempotency-Key", value);
        }
        Ok(request)
    }

    // The operation's own decoding, in place of its response type's (which takes no status):
    // every status is the response.
    fn decode(parts: &http::response::Parts, _: ByteStream) -> Result<Status, ResponseError> {
        Ok(Status(parts.status.as_u16()))
    }
}

impl Decode for Status {
    // Never called: `Thing` decodes its responses itself.
    fn decode(parts: &http::response::Parts, body: ByteStream) -> Result<Self, ResponseError> {
        Err(ResponseError::unexpected(parts, body))
    }
}
