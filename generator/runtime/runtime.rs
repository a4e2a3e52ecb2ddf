//! Support code shared by the generated modules: request building, response decoding and the
//! [`Operation`] trait that ties them together. It does no I/O; any HTTP client can send the
//! `http::Request`s built here and hand the `http::Response`s back.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Characters that stay as they are in a path segment or a query component: RFC 3986's
/// unreserved set. Everything else, `/`, `?`, `#`, `&`, `=` and `%` included, is percent-encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One API operation: a request value that can be turned into an `http::Request`, and the
/// decoding of its documented responses.
pub trait Operation {
    /// The typed response: one variant per documented status.
    type Response;
    /// The HTTP method.
    const METHOD: http::Method;
    /// The path template as the vendor documents it, e.g. `/connection/{connectionId}`.
    const PATH: &'static str;

    /// Builds the request for a base URL such as `https://api.example.com/v1`.
    fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, RequestError>;

    /// Decodes a response. Undocumented statuses and bodies that do not match the documented
    /// schema are errors that keep the raw bytes.
    fn from_response(response: http::Response<Vec<u8>>) -> Result<Self::Response, ResponseError>;
}

/// Why a request could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// A path parameter was empty, which would change which resource the path names.
    #[error("path parameter `{0}` is empty")]
    EmptyPathParameter(&'static str),
    /// A header value contained characters that HTTP does not allow (such as CR or LF).
    #[error("header `{0}` has a value that is not allowed in HTTP headers")]
    InvalidHeaderValue(&'static str),
    /// The base URL and path did not form a valid URI.
    #[error("invalid request URI `{uri}`: {source}")]
    InvalidUri {
        uri: String,
        source: http::uri::InvalidUri,
    },
    /// The body could not be serialized.
    #[error("request body could not be serialized: {0}")]
    Body(#[from] serde_json::Error),
    /// The `http` crate rejected the request.
    #[error(transparent)]
    Http(#[from] http::Error),
}

/// A response that did not decode into the operation's response type. The status, headers and
/// body are kept so that nothing the server said is lost.
#[derive(Debug)]
pub struct ResponseError {
    pub kind: ResponseErrorKind,
    pub status: http::StatusCode,
    /// Boxed to keep `Result<_, ResponseError>` small on the success path.
    pub headers: Box<http::HeaderMap>,
    pub body: Vec<u8>,
}

#[derive(Debug)]
#[non_exhaustive]
pub enum ResponseErrorKind {
    /// The status is not documented for this operation, and there is no `default` response.
    UnexpectedStatus,
    /// The body is not valid JSON of the documented schema.
    InvalidBody(serde_json::Error),
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ResponseErrorKind::UnexpectedStatus => {
                write!(f, "undocumented response status {}", self.status)
            }
            ResponseErrorKind::InvalidBody(error) => write!(
                f,
                "response body for status {} does not match the documented schema: {error}",
                self.status
            ),
        }
    }
}

impl std::error::Error for ResponseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ResponseErrorKind::InvalidBody(error) => Some(error),
            ResponseErrorKind::UnexpectedStatus => None,
        }
    }
}

impl ResponseError {
    /// An undocumented status.
    pub fn unexpected(parts: http::response::Parts, body: Vec<u8>) -> Self {
        ResponseError {
            kind: ResponseErrorKind::UnexpectedStatus,
            status: parts.status,
            headers: Box::new(parts.headers),
            body,
        }
    }
}

/// Decodes a JSON body, keeping the bytes when it does not match.
pub fn json_body<T: serde::de::DeserializeOwned>(
    parts: http::response::Parts,
    body: Vec<u8>,
) -> Result<T, ResponseError> {
    serde_json::from_slice(&body).map_err(|error| ResponseError {
        kind: ResponseErrorKind::InvalidBody(error),
        status: parts.status,
        headers: Box::new(parts.headers),
        body,
    })
}

/// A request path under construction.
#[derive(Debug, Default)]
pub struct PathBuilder {
    path: String,
}

impl PathBuilder {
    pub fn new() -> Self {
        PathBuilder::default()
    }

    /// Appends template text as it is.
    pub fn literal(&mut self, text: &str) -> &mut Self {
        self.path.push_str(text);
        self
    }

    /// Appends a parameter value as one whole segment: every reserved character is encoded, so
    /// a value cannot add segments, start a query, or climb with `..`.
    pub fn parameter(
        &mut self,
        name: &'static str,
        value: &str,
    ) -> Result<&mut Self, RequestError> {
        match value {
            "" => return Err(RequestError::EmptyPathParameter(name)),
            "." => self.path.push_str("%2E"),
            ".." => self.path.push_str("%2E%2E"),
            _ => self.path.extend(utf8_percent_encode(value, COMPONENT)),
        }
        Ok(self)
    }

    pub fn finish(self) -> String {
        self.path
    }
}

/// A query string under construction (without the leading `?`).
#[derive(Debug, Default)]
pub struct QueryBuilder {
    query: String,
}

impl QueryBuilder {
    pub fn new() -> Self {
        QueryBuilder::default()
    }

    /// Appends `name=value`, both percent-encoded.
    pub fn pair(&mut self, name: &str, value: &str) -> &mut Self {
        if !self.query.is_empty() {
            self.query.push('&');
        }
        self.query.extend(utf8_percent_encode(name, COMPONENT));
        self.query.push('=');
        self.query.extend(utf8_percent_encode(value, COMPONENT));
        self
    }

    pub fn finish(self) -> String {
        self.query
    }
}

/// Joins base URL, path and query into a request builder for `method`.
pub fn request_builder(
    method: http::Method,
    base_url: &str,
    path: &str,
    query: &str,
) -> Result<http::request::Builder, RequestError> {
    let mut uri = String::with_capacity(base_url.len() + path.len() + query.len() + 1);
    uri.push_str(base_url.trim_end_matches('/'));
    uri.push_str(path);
    if !query.is_empty() {
        uri.push('?');
        uri.push_str(query);
    }
    let parsed = http::Uri::try_from(uri.as_str())
        .map_err(|source| RequestError::InvalidUri { uri, source })?;
    Ok(http::Request::builder().method(method).uri(parsed))
}

/// A header value, rejected if it holds characters HTTP forbids (CR, LF, other controls).
pub fn header_value(name: &'static str, value: &str) -> Result<http::HeaderValue, RequestError> {
    http::HeaderValue::from_str(value).map_err(|_| RequestError::InvalidHeaderValue(name))
}

/// Prints `<redacted>` in `Debug` output in place of a secret.
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// `Option<Option<T>>` for fields that may be absent (`None`), `null` (`Some(None)`) or set.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<Option<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_parameters_are_whole_segments() {
        let mut path = PathBuilder::new();
        path.literal("/items/");
        path.parameter("id", "a b/c?d#e%f").unwrap();
        assert_eq!(path.finish(), "/items/a%20b%2Fc%3Fd%23e%25f");
        for (value, encoded) in [("..", "%2E%2E"), (".", "%2E"), ("../admin", "..%2Fadmin")] {
            let mut path = PathBuilder::new();
            path.parameter("id", value).unwrap();
            assert_eq!(path.finish(), encoded);
        }
        assert!(matches!(
            PathBuilder::new().parameter("id", ""),
            Err(RequestError::EmptyPathParameter("id"))
        ));
    }

    #[test]
    fn query_pairs_are_encoded() {
        let mut query = QueryBuilder::new();
        query.pair("a b", "x&y=z").pair("q", "ü");
        assert_eq!(query.finish(), "a%20b=x%26y%3Dz&q=%C3%BC");
    }

    #[test]
    fn header_values_reject_line_breaks() {
        assert!(header_value("h", "ok value").is_ok());
        assert!(header_value("h", "evil\r\nInjected: yes").is_err());
    }

    #[test]
    fn base_url_path_and_query_are_joined() {
        let request = request_builder(http::Method::GET, "https://h.example/v2/", "/a", "b=1")
            .unwrap()
            .body(())
            .unwrap();
        assert_eq!(request.uri(), "https://h.example/v2/a?b=1");
        assert!(request_builder(http::Method::GET, "not a url", "/a", "").is_err());
    }
}
