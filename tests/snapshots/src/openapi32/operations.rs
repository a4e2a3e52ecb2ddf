// @generated from fixtures/openapi32.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Drop cached products
///
/// `PURGE /products`
#[derive(Clone, PartialEq, Default)]
pub struct PurgeProducts {
    /// cookie parameter `session`; secret: redacted in `Debug` output
    pub session: Option<String>,
}

runtime::redacted_debug! { PurgeProducts { session: redacted } }

runtime::builder! {
    PurgeProducts() {
        session: impl Into<String>,
    }
}

runtime::responses! {
    PurgeProducts: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum PurgeProductsResponse {
        /// 204: Purged.
        204 => NoContent: Ok(()),
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
}

/// `GET /books/raw`
#[derive(Debug, Clone, PartialEq)]
pub struct ListBooksRaw {
    /// A query string the caller writes. (querystring parameter `query`)
    pub query: String,
}

runtime::builder! {
    ListBooksRaw(query: impl Into<String>) {}
}

runtime::responses! {
    ListBooksRaw: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListBooksRawResponse {
        /// 204: Done.
        204 => NoContent: Ok(()),
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
}

/// Catalog changes, as they happen
///
/// `GET /events`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WatchEvents {}

runtime::builder! {
    WatchEvents() {}
}

runtime::responses! {
    WatchEvents: Result<runtime::EventStream<String>, std::convert::Infallible>,
    pub enum WatchEventsResponse {
        /// 200: A stream of server-sent events.
        200 => Ok(runtime::EventStream<String> = sse_text): Ok(body),
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

    fn streams(parts: &http::response::Parts) -> bool {
        matches!(parts.status.as_u16(), 200)
    }
}
