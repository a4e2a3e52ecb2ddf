// @generated from fixtures/openapi32.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `BookFilter` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct BookFilter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authors: Option<Vec<String>>,
}

/// `GET /books`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListBooks {
    /// The filter, as form fields.
    ///
    /// querystring parameter `filter`
    pub filter: Option<BookFilter>,
}

/// The documented responses of [`ListBooks`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListBooksResponse {
    /// 200: The books.
    Ok(Page),
}

impl crate::runtime::Operation for ListBooks {
    type Response = ListBooksResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/books";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/books";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.filter {
            query
                .form(
                    value,
                    &[("authors", crate::runtime::Style::Form.explode(false))],
                )?;
        }
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            &query.finish(),
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
                200 => ListBooksResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
