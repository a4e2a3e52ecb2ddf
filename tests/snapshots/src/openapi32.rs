// @generated from fixtures/openapi32.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Catalog 1.0.0
//!
//! Generated from `fixtures/openapi32.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.example.com/catalog";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.example.com/catalog"];

/// The `Search` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Search {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub limit: Option<Option<i64>>,
}

runtime::builder! {
    Search() {
        text: impl Into<String>,
        limit: impl Into<Option<i64>>,
    }
}

/// The `BookFilter` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct BookFilter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
}

runtime::builder! {
    BookFilter() {
        title: impl Into<String>,
        authors: impl Into<Vec<String>>,
    }
}

/// The `Product` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Product {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The `Page` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Page {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Book>>,
}

/// The `Book` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Book {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub isbn: Option<String>,
}

/// Search with a query in the body
///
/// `QUERY /products`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchProducts {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Search,
}

runtime::builder! {
    SearchProducts(body: impl Into<Search>) {}
}

/// The documented responses of [`SearchProducts`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SearchProductsResponse {
    /// 200: The matching products.
    Ok(Page),
}

impl runtime::Outcome for SearchProductsResponse {
    type Success = Page;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Page, std::convert::Infallible> {
        match self {
            SearchProductsResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for SearchProducts {
    type Response = SearchProductsResponse;

    const METHOD: &'static str = "QUERY";

    const PATH: &'static str = "/products";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/products";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(SearchProductsResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Drop cached products
///
/// `PURGE /products`
#[derive(Clone, PartialEq, Default)]
pub struct PurgeProducts {
    /// cookie parameter `session` (secret: redacted in `Debug` output)
    pub session: Option<String>,
}

impl std::fmt::Debug for PurgeProducts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PurgeProducts").field("session", &runtime::Redacted).finish()
    }
}

runtime::builder! {
    PurgeProducts() {
        session: impl Into<String>,
    }
}

/// The documented responses of [`PurgeProducts`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PurgeProductsResponse {
    /// 204: Purged.
    NoContent,
}

impl runtime::Outcome for PurgeProductsResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            PurgeProductsResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for PurgeProducts {
    type Response = PurgeProductsResponse;

    const METHOD: &'static str = "PURGE";

    const PATH: &'static str = "/products";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/products";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        let headers = request.headers_mut();
        let mut cookies = runtime::CookieBuilder::new();
        cookies.optional("session", &self.session, runtime::FORM_EXPLODE)?;
        if let Some(cookie) = cookies.finish()? {
            headers.insert(http::header::COOKIE, cookie);
        }
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(PurgeProductsResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /books`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListBooks {
    /// The filter, as form fields.
    ///
    /// querystring parameter `filter`
    pub filter: Option<BookFilter>,
}

runtime::builder! {
    ListBooks() {
        filter: impl Into<BookFilter>,
    }
}

/// The documented responses of [`ListBooks`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListBooksResponse {
    /// 200: The books.
    Ok(Page),
}

impl runtime::Outcome for ListBooksResponse {
    type Success = Page;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Page, std::convert::Infallible> {
        match self {
            ListBooksResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for ListBooks {
    type Response = ListBooksResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/books";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/books";
        let mut query = runtime::QueryBuilder::new();
        if let Some(value) = &self.filter {
            query.form(value, &[("authors", runtime::FORM)])?;
        }
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListBooksResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `GET /books/raw`
#[derive(Debug, Clone, PartialEq)]
pub struct ListBooksRaw {
    /// A query string the caller writes.
    ///
    /// querystring parameter `query`
    pub query: String,
}

runtime::builder! {
    ListBooksRaw(query: impl Into<String>) {}
}

/// The documented responses of [`ListBooksRaw`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListBooksRawResponse {
    /// 204: Done.
    NoContent,
}

impl runtime::Outcome for ListBooksRawResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ListBooksRawResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for ListBooksRaw {
    type Response = ListBooksRawResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/books/raw";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/books/raw";
        let mut query = runtime::QueryBuilder::new();
        query.text(&self.query);
        let query = query.finish();
        runtime::request(Self::METHOD, base_url, path, &query, None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(ListBooksRawResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Catalog changes, as they happen
///
/// `GET /events`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WatchEvents {}

runtime::builder! {
    WatchEvents() {}
}

/// The documented responses of [`WatchEvents`].
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum WatchEventsResponse {
    /// 200: A stream of server-sent events.
    Ok(runtime::EventStream<String>),
}

impl runtime::Outcome for WatchEventsResponse {
    type Success = runtime::EventStream<String>;

    type Error = std::convert::Infallible;

    fn into_result(
        self,
    ) -> Result<runtime::EventStream<String>, std::convert::Infallible> {
        match self {
            WatchEventsResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for WatchEvents {
    type Response = WatchEventsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/events";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/events";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "text/event-stream");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(WatchEventsResponse::Ok(runtime::EventStream::text(body))),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }

    fn streams(parts: &http::response::Parts) -> bool {
        matches!(parts.status.as_u16(), 200)
    }
}
