// @generated from fixtures/responses_component_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Fetch a book
///
/// `GET /books/{isbn}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBook {
    /// path parameter `isbn`
    pub isbn: String,
}

runtime::builder! {
    GetBook(isbn: impl Into<String>) {}
}

runtime::responses! {
    GetBook: Result<Book, enum GetBookError>,
    #[derive(Clone, PartialEq)]
    pub enum GetBookResponse {
        /// 200: A book.
        200 => Ok(Book = json): Ok(body),
        /// 404: Nothing has that identifier.
        404 => NotFound(NotFound = json): Err,
    }
}

impl runtime::Operation for GetBook {
    type Response = GetBookResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/books/{isbn}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/books/");
        path.parameter("isbn", &self.isbn, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// Fetch an author
///
/// `GET /authors/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAuthor {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    GetAuthor(id: impl Into<String>) {}
}

runtime::responses! {
    GetAuthor: Result<(), enum GetAuthorError>,
    #[derive(Clone, PartialEq)]
    pub enum GetAuthorResponse {
        /// 204: The author exists.
        204 => NoContent: Ok(()),
        /// 404: Nothing has that identifier.
        404 => NotFound(NotFound = json): Err,
        /// 503: The catalogue is being rebuilt; try again later.
        503 => ServiceUnavailable: Err,
    }
}

impl runtime::Operation for GetAuthor {
    type Response = GetAuthorResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/authors/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/authors/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// `POST /books/{isbn}/reindex`
#[derive(Debug, Clone, PartialEq)]
pub struct ReindexBook {
    /// path parameter `isbn`
    pub isbn: String,
}

runtime::builder! {
    ReindexBook(isbn: impl Into<String>) {}
}

runtime::responses! {
    ReindexBook: Result<Accepted, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ReindexBookResponse {
        /// 202: The work is queued; its progress is reported elsewhere.
        202 => Accepted(Accepted = json): Ok(body),
    }
}

impl runtime::Operation for ReindexBook {
    type Response = ReindexBookResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/books/{isbn}/reindex";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/books/");
        path.parameter("isbn", &self.isbn, runtime::SIMPLE)?;
        path.literal("/reindex");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// `POST /authors/{id}/reindex`
#[derive(Debug, Clone, PartialEq)]
pub struct ReindexAuthor {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    ReindexAuthor(id: impl Into<String>) {}
}

runtime::responses! {
    ReindexAuthor: Result<Accepted, enum ReindexAuthorError>,
    #[derive(Clone, PartialEq)]
    pub enum ReindexAuthorResponse {
        /// 202: The work is queued; its progress is reported elsewhere.
        202 => Accepted(Accepted = json): Ok(body),
        /// 404: Nothing has that identifier.
        404 => NotFound(NotFound = json): Err,
    }
}

impl runtime::Operation for ReindexAuthor {
    type Response = ReindexAuthorResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/authors/{id}/reindex";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/authors/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        path.literal("/reindex");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
