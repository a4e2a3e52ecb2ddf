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

/// The documented responses of [`GetBook`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBookResponse {
    /// 200: A book.
    Ok(Book),
    /// 404: Nothing has that identifier.
    NotFound(NotFound),
}

/// The documented error responses of [`GetBook`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetBookError {
    /// 404: Nothing has that identifier.
    NotFound(NotFound),
}

impl runtime::Outcome for GetBookResponse {
    type Success = Book;

    type Error = GetBookError;

    fn into_result(self) -> Result<Book, GetBookError> {
        match self {
            GetBookResponse::Ok(body) => Ok(body),
            GetBookResponse::NotFound(body) => Err(GetBookError::NotFound(body)),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetBookResponse::Ok(runtime::json_body(parts, body)?)),
            404 => Ok(GetBookResponse::NotFound(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

/// The documented responses of [`GetAuthor`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAuthorResponse {
    /// 204: The author exists.
    NoContent,
    /// 404: Nothing has that identifier.
    NotFound(NotFound),
    /// 503: The catalogue is being rebuilt; try again later.
    ServiceUnavailable,
}

/// The documented error responses of [`GetAuthor`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetAuthorError {
    /// 404: Nothing has that identifier.
    NotFound(NotFound),
    /// 503: The catalogue is being rebuilt; try again later.
    ServiceUnavailable,
}

impl runtime::Outcome for GetAuthorResponse {
    type Success = ();

    type Error = GetAuthorError;

    fn into_result(self) -> Result<(), GetAuthorError> {
        match self {
            GetAuthorResponse::NoContent => Ok(()),
            GetAuthorResponse::NotFound(body) => Err(GetAuthorError::NotFound(body)),
            GetAuthorResponse::ServiceUnavailable => {
                Err(GetAuthorError::ServiceUnavailable)
            }
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(GetAuthorResponse::NoContent),
            404 => Ok(GetAuthorResponse::NotFound(runtime::json_body(parts, body)?)),
            503 => Ok(GetAuthorResponse::ServiceUnavailable),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

/// The documented responses of [`ReindexBook`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReindexBookResponse {
    /// 202: The work is queued; its progress is reported elsewhere.
    Accepted(Accepted),
}

impl runtime::Outcome for ReindexBookResponse {
    type Success = Accepted;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Accepted, std::convert::Infallible> {
        match self {
            ReindexBookResponse::Accepted(body) => Ok(body),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            202 => Ok(ReindexBookResponse::Accepted(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

/// The documented responses of [`ReindexAuthor`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReindexAuthorResponse {
    /// 202: The work is queued; its progress is reported elsewhere.
    Accepted(Accepted),
    /// 404: Nothing has that identifier.
    NotFound(NotFound),
}

/// The documented error responses of [`ReindexAuthor`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReindexAuthorError {
    /// 404: Nothing has that identifier.
    NotFound(NotFound),
}

impl runtime::Outcome for ReindexAuthorResponse {
    type Success = Accepted;

    type Error = ReindexAuthorError;

    fn into_result(self) -> Result<Accepted, ReindexAuthorError> {
        match self {
            ReindexAuthorResponse::Accepted(body) => Ok(body),
            ReindexAuthorResponse::NotFound(body) => {
                Err(ReindexAuthorError::NotFound(body))
            }
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            202 => Ok(ReindexAuthorResponse::Accepted(runtime::json_body(parts, body)?)),
            404 => Ok(ReindexAuthorResponse::NotFound(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
