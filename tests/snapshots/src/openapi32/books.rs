// @generated from fixtures/openapi32.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `BookFilter` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct BookFilter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
}

runtime::decode! { BookFilter { title, authors } }

runtime::builder! {
    BookFilter() {
        title: impl Into<String>,
        authors: impl Into<Vec<String>>,
    }
}

/// `GET /books`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListBooks {
    /// The filter, as form fields. (querystring parameter `filter`)
    pub filter: Option<BookFilter>,
}

runtime::builder! {
    ListBooks() {
        filter: impl Into<BookFilter>,
    }
}

runtime::responses! {
    ListBooks: Result<Page, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListBooksResponse {
        /// 200: The books.
        200 => Ok(Page = json): Ok(body),
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
}
