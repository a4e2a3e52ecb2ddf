// The source of the `runtime` crate (`runtime/src/lib.rs`). The generator writes it byte for byte
// into every generated crate as `src/runtime.rs`: do not edit such a copy by hand, regenerating
// overwrites it. Change `runtime/src/lib.rs` and regenerate instead.

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
    /// The typed response: one variant per documented status, decoded by its [`Decode`].
    type Response: Decode;
    /// The HTTP method, as the request line writes it: `GET`, `QUERY`, or an extension method
    /// a document lists (`COPY`). It compares equal to the `http::Method` of the same name
    /// (`Op::METHOD == http::Method::GET`).
    const METHOD: &'static str;
    /// The path template as the vendor documents it, e.g. `/connection/{connectionId}`.
    const PATH: &'static str;
    /// Alternatives, any one of which authorizes the request; each lists the schemes it needs
    /// together. Empty, the default: the operation needs no authentication. See [`Auth`].
    const SECURITY: &'static [&'static [SecurityScheme]] = &[];

    /// Builds the request for a base URL such as `https://api.example.com/v1`.
    fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, RequestError>;

    /// Decodes the body of a response with head `parts` into the variant of its status.
    /// Undocumented statuses, bodies that do not match the documented schema and documented
    /// headers that do not parse are errors that keep the raw bytes.
    ///
    /// `body` is read whole, except for a response [`Operation::streams`] keeps as a stream.
    ///
    /// By default, the response type's own [`Decode`], which `runtime::responses!` writes from
    /// the operation's table of responses.
    fn decode(
        parts: &http::response::Parts,
        body: ByteStream,
    ) -> Result<Self::Response, ResponseError> {
        Self::Response::decode(parts, body)
    }

    /// Whether the variant a response with head `parts` decodes into reads its body as it
    /// arrives (Server-Sent Events): the client then hands [`Operation::decode`] the body
    /// unread instead of reading it whole first.
    fn streams(parts: &http::response::Parts) -> bool {
        let _ = parts;
        false
    }

    /// Decodes a whole response (see [`Operation::decode`]), keeping its status and headers.
    fn from_response(
        response: http::Response<Vec<u8>>,
    ) -> Result<Response<Self::Response>, ResponseError> {
        let (parts, body) = response.into_parts();
        let value = Self::decode(&parts, ByteStream::from(body))?;
        Ok(Response::new(parts, value))
    }
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
    /// A path parameter's text is `.` or `..`, or a percent-encoded spelling of one (`%2E`,
    /// `%2e%2E`, `%252e`): URL parsers that follow the WHATWG URL standard remove such a segment
    /// (and the one before it), so the request would name another resource.
    #[error(
        "path parameter `{0}` is `.` or `..` (or a percent-encoded spelling of one), which would \
         make the request name another resource"
    )]
    DotPathParameter(&'static str),
    /// The request path has a segment that is `.` or `..` (or a percent-encoded spelling of one),
    /// which URL parsers remove: the request would name another resource.
    #[error(
        "the request path has a `.` or `..` segment, which would make the request name another resource"
    )]
    DotSegment,
    /// The base URL and path did not form a valid URI.
    #[error("invalid request URI `{uri}`: {source}")]
    InvalidUri {
        /// The URI, with secrets redacted (see [`redact_uri`]).
        uri: String,
        source: http::uri::InvalidUri,
    },
    /// The body could not be serialized.
    #[error("request body could not be serialized: {0}")]
    Body(#[from] serde_json::Error),
    /// A parameter value could not be serialized.
    #[error("parameter `{name}` could not be serialized: {source}")]
    Parameter {
        name: &'static str,
        source: serde_json::Error,
    },
    /// A form body (`application/x-www-form-urlencoded`) must be an object: its members are the
    /// fields.
    #[error("a form request body must be an object of fields")]
    FormNotAnObject,
    /// The `http` crate rejected the request.
    #[error(transparent)]
    Http(#[from] http::Error),
    /// A page's `Link` names a next page on another scheme, host or port (or one that is not
    /// a URL): it is not followed, so that credentials go nowhere else.
    #[error("the next page's link `{0}` leads away from the API's origin")]
    ForeignLink(String),
}

// ----- Responses -------------------------------------------------------------------------------

/// A decoded response, with the status and headers it came with: what
/// [`Operation::from_response`] and the client's `send` return. It dereferences to the decoded
/// value (`T`, the operation's response enum); [`Response::into_inner`] takes it out.
#[derive(Clone, PartialEq)]
pub struct Response<T> {
    status: http::StatusCode,
    version: http::Version,
    headers: http::HeaderMap,
    value: T,
}

/// Headers as [`Redact`] shows them: a response can carry credentials (`Set-Cookie`, tokens).
impl<T: fmt::Debug> fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("version", &self.version)
            .field("headers", &Redact(&self.headers))
            .field("value", &self.value)
            .finish()
    }
}

impl<T> Response<T> {
    /// `value`, decoded from a response with head `parts`.
    pub fn new(parts: http::response::Parts, value: T) -> Self {
        Response {
            status: parts.status,
            version: parts.version,
            headers: parts.headers,
            value,
        }
    }

    /// The status the server sent.
    pub fn status(&self) -> http::StatusCode {
        self.status
    }

    /// The HTTP version of the response.
    pub fn version(&self) -> http::Version {
        self.version
    }

    /// Every header the server sent, documented or not.
    pub fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }

    /// The decoded value.
    pub fn into_inner(self) -> T {
        self.value
    }

    /// The head (status, version, headers) and the decoded value.
    pub fn into_parts(self) -> (http::response::Parts, T) {
        let (mut parts, ()) = http::Response::new(()).into_parts();
        parts.status = self.status;
        parts.version = self.version;
        parts.headers = self.headers;
        (parts, self.value)
    }

    /// The same head with the value changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            version: self.version,
            headers: self.headers,
            value: f(self.value),
        }
    }
}

impl<T: Outcome> Response<T> {
    /// The success the operation documents, or the documented error response with the status
    /// and headers it came with: `client.send(&operation).await?.into_result()?`. An
    /// undocumented status never gets here: decoding it is already an error
    /// ([`ResponseErrorKind::UnexpectedStatus`]).
    pub fn into_result(self) -> Result<T::Success, ApiError<T::Error>> {
        let Response {
            status,
            headers,
            value,
            ..
        } = self;
        value.into_result().map_err(|body| ApiError {
            status,
            headers: Box::new(headers),
            body,
        })
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> std::ops::DerefMut for Response<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

impl<T> From<Response<T>> for http::Response<T> {
    fn from(response: Response<T>) -> Self {
        let (parts, value) = response.into_parts();
        http::Response::from_parts(parts, value)
    }
}

/// A response enum split into what the caller asked for and the documented errors; every
/// generated response enum implements it. The `2xx` responses are the success: the body of the
/// one documented (`()` when it has none), or an enum of them when several are. Every other
/// documented response is an error, and so is `default`, unless the operation documents no
/// `2xx` response: then `default` with a `2xx` status is the success.
pub trait Outcome {
    /// What [`Outcome::into_result`] returns as `Ok`.
    type Success;
    /// The operation's enum of documented error responses (`std::convert::Infallible` when it
    /// documents none).
    type Error;

    /// The success, or the error response.
    fn into_result(self) -> Result<Self::Success, Self::Error>;
}

/// A response type that decodes itself from a response's head and body: the status → variant
/// decoding of a generated response enum, which `runtime::responses!` writes, and what
/// [`Operation::decode`] does by default.
pub trait Decode: Sized {
    /// The variant of the response's status, its body read as that variant documents.
    /// Undocumented statuses, bodies that do not match the documented schema and documented
    /// headers that do not parse are errors that keep the raw bytes.
    fn decode(parts: &http::response::Parts, body: ByteStream) -> Result<Self, ResponseError>;
}

/// A documented error response, from [`Response::into_result`]: the status and headers the
/// server sent, and the body as the operation documents it for that status (`E`, the
/// operation's enum of error responses). `Display` shows the status only, and `Debug` shows
/// the headers redacted (see [`Redact`]).
pub struct ApiError<E> {
    pub status: http::StatusCode,
    /// Boxed to keep `Result<_, ApiError<E>>` small on the success path.
    pub headers: Box<http::HeaderMap>,
    pub body: E,
}

impl<E> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "documented error response with status {}", self.status)
    }
}

impl<E: fmt::Debug> fmt::Debug for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("headers", &Redact(&*self.headers))
            .field("body", &self.body)
            .finish()
    }
}

impl<E: fmt::Debug> std::error::Error for ApiError<E> {}

/// A response that did not decode into the operation's response type. The status, headers and
/// body are kept so that nothing the server said is lost. Its `Debug` and `Display` output leave
/// out secrets (see [`Redact`]).
pub struct ResponseError {
    pub kind: ResponseErrorKind,
    pub status: http::StatusCode,
    /// Boxed to keep `Result<_, ResponseError>` small on the success path.
    pub headers: Box<http::HeaderMap>,
    /// The body, when it had been read (a streamed body that was not is left out).
    pub body: Vec<u8>,
}

#[non_exhaustive]
pub enum ResponseErrorKind {
    /// The status is not documented for this operation, and there is no `default` response.
    UnexpectedStatus,
    /// The body is not valid JSON of the documented schema. The error's own message can quote
    /// values of the body, so `Display` and `Debug` show it with quoted strings redacted, and it
    /// is not the [`ResponseError`]'s `source()`.
    InvalidBody(serde_json::Error),
    /// The body of a documented text media type is not UTF-8.
    InvalidText(std::str::Utf8Error),
    /// A documented response header is missing or does not parse as its schema says.
    InvalidHeader(HeaderError),
    /// The body was handed over unread (as a stream) to a variant that needs it whole.
    BodyNotRead,
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = self.status;
        match &self.kind {
            ResponseErrorKind::UnexpectedStatus => {
                write!(f, "undocumented response status {status}")
            }
            ResponseErrorKind::InvalidBody(error) => write!(
                f,
                "response body for status {status} does not match the documented schema: {}",
                redact_quoted(&error.to_string())
            ),
            ResponseErrorKind::InvalidText(error) => {
                write!(
                    f,
                    "response body for status {status} is not UTF-8 text: {error}"
                )
            }
            ResponseErrorKind::InvalidHeader(error) => {
                write!(f, "response with status {status}: {error}")
            }
            ResponseErrorKind::BodyNotRead => write!(
                f,
                "response body for status {status} was not read before decoding"
            ),
        }
    }
}

impl std::error::Error for ResponseError {
    /// Not the body's decode error: its message can quote values of the body.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ResponseErrorKind::InvalidText(error) => Some(error),
            ResponseErrorKind::InvalidHeader(error) => Some(error),
            ResponseErrorKind::InvalidBody(_)
            | ResponseErrorKind::UnexpectedStatus
            | ResponseErrorKind::BodyNotRead => None,
        }
    }
}

impl ResponseError {
    /// An error of `kind` for a response with head `parts`, keeping `body`.
    pub fn new(kind: ResponseErrorKind, parts: &http::response::Parts, body: Vec<u8>) -> Self {
        ResponseError {
            kind,
            status: parts.status,
            headers: Box::new(parts.headers.clone()),
            body,
        }
    }

    /// An undocumented status.
    pub fn unexpected(parts: &http::response::Parts, body: ByteStream) -> Self {
        let body = body.into_buffered().unwrap_or_default();
        ResponseError::new(ResponseErrorKind::UnexpectedStatus, parts, body)
    }
}

/// The whole body, or the error saying it was not read.
fn read_body(parts: &http::response::Parts, body: ByteStream) -> Result<Vec<u8>, ResponseError> {
    body.into_buffered()
        .ok_or_else(|| ResponseError::new(ResponseErrorKind::BodyNotRead, parts, Vec::new()))
}

/// Decodes a JSON body, keeping the bytes when it does not match.
pub fn json_body<T: serde::de::DeserializeOwned>(
    parts: &http::response::Parts,
    body: ByteStream,
) -> Result<T, ResponseError> {
    let body = read_body(parts, body)?;
    serde_json::from_slice(&body)
        .map_err(|error| ResponseError::new(ResponseErrorKind::InvalidBody(error), parts, body))
}

/// A text body (`text/*`, XML), which must be UTF-8.
pub fn text_body(parts: &http::response::Parts, body: ByteStream) -> Result<String, ResponseError> {
    String::from_utf8(read_body(parts, body)?).map_err(|error| {
        let kind = ResponseErrorKind::InvalidText(error.utf8_error());
        ResponseError::new(kind, parts, error.into_bytes())
    })
}

/// A body kept as bytes (binary media types, and content without a schema).
pub fn bytes_body(
    parts: &http::response::Parts,
    body: ByteStream,
) -> Result<Vec<u8>, ResponseError> {
    read_body(parts, body)
}

/// What a response's `Content-Type` says its body is, for an operation that documents several
/// kinds of body for one status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    /// `application/json`, `…+json`, `…/json`.
    Json,
    /// `text/event-stream`.
    EventStream,
    /// Other `text/*`, and XML.
    Text,
    /// Anything else, or no `Content-Type` at all.
    Other,
}

impl MediaKind {
    /// The kind of the response's `Content-Type`.
    pub fn of(parts: &http::response::Parts) -> MediaKind {
        let Some(content_type) = parts.headers.get(http::header::CONTENT_TYPE) else {
            return MediaKind::Other;
        };
        let text = String::from_utf8_lossy(content_type.as_bytes());
        let essence = text
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if is_json_media_type(&essence) || essence.ends_with("/json") {
            MediaKind::Json
        } else if essence == "text/event-stream" {
            MediaKind::EventStream
        } else if essence.starts_with("text/")
            || essence.ends_with("/xml")
            || essence.ends_with("+xml")
        {
            MediaKind::Text
        } else {
            MediaKind::Other
        }
    }
}

// ----- Response headers ------------------------------------------------------------------------

/// A documented response header that is missing or does not parse as its schema says.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("response header `{name}` {reason}")]
pub struct HeaderError {
    /// The header's name, in lowercase.
    pub name: &'static str,
    pub reason: String,
}

/// The typed headers a response documents, read from its header map.
pub trait FromHeaders: Sized {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, HeaderError>;
}

/// The documented headers `H` of a response with head `parts`; an error keeps the body when it
/// has been read.
pub fn response_headers<H: FromHeaders>(
    parts: &http::response::Parts,
    body: &ByteStream,
) -> Result<H, ResponseError> {
    H::from_headers(&parts.headers).map_err(|error| {
        let body = body.buffered().map(<[u8]>::to_vec).unwrap_or_default();
        ResponseError::new(ResponseErrorKind::InvalidHeader(error), parts, body)
    })
}

/// The text of header `name`: its values joined by `, ` when it occurs more than once, as
/// HTTP reads a repeated header.
fn header_text(
    headers: &http::HeaderMap,
    name: &'static str,
) -> Result<Option<String>, HeaderError> {
    let mut text: Option<String> = None;
    for value in headers.get_all(name) {
        let value = std::str::from_utf8(value.as_bytes()).map_err(|_| HeaderError {
            name,
            reason: "is not UTF-8 text".to_owned(),
        })?;
        match &mut text {
            Some(text) => {
                text.push_str(", ");
                text.push_str(value);
            }
            None => text = Some(value.to_owned()),
        }
    }
    Ok(text)
}

/// A header value (`simple` style) as `T`: as a string when `T` takes one (strings, string
/// enums), else as the JSON literal it spells (numbers, booleans).
fn header_item<T: serde::de::DeserializeOwned>(
    name: &'static str,
    text: &str,
) -> Result<T, HeaderError> {
    let text = text.trim();
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .or_else(|_| serde_json::from_str(text))
        .map_err(|error| HeaderError {
            name,
            // The value is shown only when the header's name does not say it is a secret.
            reason: if is_sensitive_name(name) {
                format!(
                    "value is not of the documented type: {}",
                    redact_quoted(&error.to_string())
                )
            } else {
                format!("value {text:?} is not of the documented type: {error}")
            },
        })
}

/// Header `name` as `T`, when present.
pub fn header<T: serde::de::DeserializeOwned>(
    headers: &http::HeaderMap,
    name: &'static str,
) -> Result<Option<T>, HeaderError> {
    header_text(headers, name)?
        .map(|text| header_item(name, &text))
        .transpose()
}

/// Header `name`, a comma-separated list (`simple` style), as a list of `T`, when present.
pub fn header_list<T: serde::de::DeserializeOwned>(
    headers: &http::HeaderMap,
    name: &'static str,
) -> Result<Option<Vec<T>>, HeaderError> {
    let Some(text) = header_text(headers, name)? else {
        return Ok(None);
    };
    text.split(',')
        .filter(|item| !item.trim().is_empty())
        .map(|item| header_item(name, item))
        .collect::<Result<Vec<T>, HeaderError>>()
        .map(Some)
}

/// A header the document marks `required`: its absence is an error.
pub fn required_header<T>(value: Option<T>, name: &'static str) -> Result<T, HeaderError> {
    value.ok_or_else(|| HeaderError {
        name,
        reason: "is required but missing".to_owned(),
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

    /// Appends a path parameter in `encoding`'s style (`simple`, `label` or `matrix`; see
    /// [`Style`]). Every reserved character of the value is encoded, so a value cannot add
    /// segments or start a query. A value whose text would be `.` or `..`, in any spelling
    /// ([`RequestError::DotPathParameter`]), and a `simple` value that is empty
    /// ([`RequestError::EmptyPathParameter`]) are errors, since they would change which resource
    /// the path names. `label` and `matrix` values start with `.` or `;`, as the style says.
    pub fn parameter<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        encoding: Encoding,
    ) -> Result<&mut Self, RequestError> {
        let value = to_value(name, value)?;
        let text = path_text(name, &value, encoding);
        let prefixed = matches!(
            encoding.0,
            Rule::Style {
                style: Style::Label | Style::Matrix,
                ..
            }
        );
        if is_dot_segment(&text) {
            return Err(RequestError::DotPathParameter(name));
        }
        if text.is_empty() && !prefixed {
            return Err(RequestError::EmptyPathParameter(name));
        }
        self.path.push_str(&text);
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
        self.push_encoded(&escape(name, false), &escape(value, false));
        self
    }

    /// Appends a query parameter in `encoding`'s style (`form`, `spaceDelimited`,
    /// `pipeDelimited` or `deepObject`; see [`Style`]), or as JSON text.
    pub fn parameter<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        encoding: Encoding,
    ) -> Result<&mut Self, RequestError> {
        let value = to_value(name, value)?;
        for (name, value) in query_pairs(name, &value, encoding, Escape::Uri) {
            self.push_encoded(&name, &value);
        }
        Ok(self)
    }

    /// [`QueryBuilder::parameter`] when `value` is there; nothing when it is `None`. (`None`
    /// itself would be written as a parameter without a value, `name=`.)
    pub fn optional<T: serde::Serialize>(
        &mut self,
        name: &'static str,
        value: &Option<T>,
        encoding: Encoding,
    ) -> Result<&mut Self, RequestError> {
        match value {
            Some(value) => self.parameter(name, value, encoding),
            None => Ok(self),
        }
    }

    /// Appends the members of `value`, an object, as fields: each in the encoding `encodings`
    /// gives it, else `form` style exploded, as an `application/x-www-form-urlencoded` body
    /// writes them (OpenAPI 3.2's `in: querystring` of that media type).
    pub fn form<T: serde::Serialize + ?Sized>(
        &mut self,
        value: &T,
        encodings: &[(&str, Encoding)],
    ) -> Result<&mut Self, RequestError> {
        let serde_json::Value::Object(fields) = serde_json::to_value(value)? else {
            return Err(RequestError::FormNotAnObject);
        };
        for (name, value) in &fields {
            let encoding = encodings
                .iter()
                .find(|(field, _)| field == name)
                .map_or(Style::Form.explode(true), |(_, encoding)| *encoding);
            for (name, value) in query_pairs(name, value, encoding, Escape::Uri) {
                self.push_encoded(&name, &value);
            }
        }
        Ok(self)
    }

    /// Appends `value` as JSON text, percent-encoded (OpenAPI 3.2's `in: querystring` of a
    /// JSON media type).
    pub fn json<T: serde::Serialize + ?Sized>(
        &mut self,
        value: &T,
    ) -> Result<&mut Self, RequestError> {
        let text = serde_json::to_string(value)?;
        self.push_text(&escape(&text, false));
        Ok(self)
    }

    /// Appends `text` as written: the caller's own query string (OpenAPI 3.2's
    /// `in: querystring` of a text media type). Characters a query cannot hold (spaces,
    /// `#`, non-ASCII) are percent-encoded; `%`, `&`, `=` and the other reserved characters
    /// are kept.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.push_text(&utf8_percent_encode(text, QUERY_TEXT).to_string());
        self
    }

    fn push_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if !self.query.is_empty() {
            self.query.push('&');
        }
        self.query.push_str(text);
    }

    fn push_encoded(&mut self, name: &str, value: &str) {
        if !self.query.is_empty() {
            self.query.push('&');
        }
        self.query.push_str(name);
        self.query.push('=');
        self.query.push_str(value);
    }

    pub fn finish(self) -> String {
        self.query
    }
}

/// The `Cookie` header of an operation's cookie parameters under construction.
#[derive(Debug, Default)]
pub struct CookieBuilder {
    cookie: String,
}

impl CookieBuilder {
    pub fn new() -> Self {
        CookieBuilder::default()
    }

    /// Adds a cookie parameter in `form` style: each `name=value` pair the style gives becomes a
    /// cookie, values percent-encoded.
    pub fn parameter<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        encoding: Encoding,
    ) -> Result<&mut Self, RequestError> {
        let value = to_value(name, value)?;
        for (name, value) in query_pairs(name, &value, encoding, Escape::Uri) {
            if !self.cookie.is_empty() {
                self.cookie.push_str("; ");
            }
            self.cookie.push_str(&name);
            self.cookie.push('=');
            self.cookie.push_str(&value);
        }
        Ok(self)
    }

    /// [`CookieBuilder::parameter`] when `value` is there; nothing when it is `None`.
    pub fn optional<T: serde::Serialize>(
        &mut self,
        name: &'static str,
        value: &Option<T>,
        encoding: Encoding,
    ) -> Result<&mut Self, RequestError> {
        match value {
            Some(value) => self.parameter(name, value, encoding),
            None => Ok(self),
        }
    }

    /// The header value, if any parameter was added; marked sensitive, as cookies often carry
    /// sessions.
    pub fn finish(self) -> Result<Option<http::HeaderValue>, RequestError> {
        if self.cookie.is_empty() {
            return Ok(None);
        }
        let mut value = header_value("cookie", &self.cookie)?;
        value.set_sensitive(true);
        Ok(Some(value))
    }
}

/// Joins base URL, path and query into a request builder for `method`. A segment of `path` that
/// is `.` or `..` in any spelling is an error ([`RequestError::DotSegment`]), whatever parameters
/// or literals made it.
pub fn request_builder<M>(
    method: M,
    base_url: &str,
    path: &str,
    query: &str,
) -> Result<http::request::Builder, RequestError>
where
    http::Method: TryFrom<M>,
    <http::Method as TryFrom<M>>::Error: Into<http::Error>,
{
    if path.split('/').any(is_dot_segment) {
        return Err(RequestError::DotSegment);
    }
    let mut uri = String::with_capacity(base_url.len() + path.len() + query.len() + 1);
    uri.push_str(base_url.trim_end_matches('/'));
    uri.push_str(path);
    if !query.is_empty() {
        uri.push('?');
        uri.push_str(query);
    }
    let parsed = http::Uri::try_from(uri.as_str()).map_err(|source| RequestError::InvalidUri {
        uri: redact_uri(&uri),
        source,
    })?;
    Ok(http::Request::builder().method(method).uri(parsed))
}

/// The request for `method` at base URL, path and query, with `body` and its `Content-Type`
/// (an empty body and no `Content-Type` without one). A `POST`, `PUT` or `PATCH` without a body
/// says `Content-Length: 0`, as the vendors' SDKs send it: some proxies answer `411 Length
/// Required` to one that says nothing.
pub fn request<M>(
    method: M,
    base_url: &str,
    path: &str,
    query: &str,
    body: Option<Body>,
) -> Result<http::Request<Vec<u8>>, RequestError>
where
    http::Method: TryFrom<M>,
    <http::Method as TryFrom<M>>::Error: Into<http::Error>,
{
    let builder = request_builder(method, base_url, path, query)?;
    let expects_body = matches!(
        builder.method_ref(),
        Some(&http::Method::POST | &http::Method::PUT | &http::Method::PATCH)
    );
    let request = match body {
        Some(body) => builder
            .header(http::header::CONTENT_TYPE, body.content_type)
            .body(body.bytes)?,
        None if expects_body => builder
            .header(
                http::header::CONTENT_LENGTH,
                http::HeaderValue::from_static("0"),
            )
            .body(Vec::new())?,
        None => builder.body(Vec::new())?,
    };
    Ok(request)
}

/// Sets `Accept` to `media_types`: those the operation's responses document, comma-separated.
pub fn accept(request: &mut http::Request<Vec<u8>>, media_types: &'static str) {
    let value = http::HeaderValue::from_static(media_types);
    request.headers_mut().insert(http::header::ACCEPT, value);
}

/// A header value, rejected if it holds characters HTTP forbids (CR, LF, other controls).
pub fn header_value(name: &'static str, value: &str) -> Result<http::HeaderValue, RequestError> {
    http::HeaderValue::from_str(value).map_err(|_| RequestError::InvalidHeaderValue(name))
}

/// A header parameter that holds a secret (its name says so, or its `format` is `password`): as
/// [`header_parameter`], marked sensitive, so that `Debug` output of the request and of its
/// headers shows `Sensitive` rather than the value.
pub fn secret_header_parameter<T: serde::Serialize + ?Sized>(
    name: &'static str,
    value: &T,
    encoding: Encoding,
) -> Result<http::HeaderValue, RequestError> {
    let mut value = header_parameter(name, value, encoding)?;
    value.set_sensitive(true);
    Ok(value)
}

/// A header parameter in `simple` style (or as JSON text), rejected if the text holds characters
/// HTTP forbids. Header values are not percent-encoded.
pub fn header_parameter<T: serde::Serialize + ?Sized>(
    name: &'static str,
    value: &T,
    encoding: Encoding,
) -> Result<http::HeaderValue, RequestError> {
    let value = to_value(name, value)?;
    let text = match encoding.0 {
        Rule::Json => json_text(&value),
        Rule::Style { explode, .. } => simple(&shape(&value), explode, Escape::None),
    };
    header_value(name, &text)
}

// ----- Parameter styles ------------------------------------------------------------------------

/// An OpenAPI parameter `style`: how a value (a primitive, an array or an object) is written in
/// a path, query, header, cookie or form field. The output of each style is that of the
/// "Style Examples" table of the OpenAPI Specification's Parameter Object, in its corrected
/// form of 3.0.4 and 3.1.1. For a parameter `color`:
///
/// | style | explode | undefined | `"blue"` | `["blue","black","brown"]` | `{"R":100,"G":200,"B":150}` |
/// |---|---|---|---|---|---|
/// | matrix | false | `;color` | `;color=blue` | `;color=blue,black,brown` | `;color=R,100,G,200,B,150` |
/// | matrix | true | `;color` | `;color=blue` | `;color=blue;color=black;color=brown` | `;R=100;G=200;B=150` |
/// | label | false | `.` | `.blue` | `.blue,black,brown` | `.R,100,G,200,B,150` |
/// | label | true | `.` | `.blue` | `.blue.black.brown` | `.R=100.G=200.B=150` |
/// | simple | false | empty | `blue` | `blue,black,brown` | `R,100,G,200,B,150` |
/// | simple | true | empty | `blue` | `blue,black,brown` | `R=100,G=200,B=150` |
/// | form | false | `color=` | `color=blue` | `color=blue,black,brown` | `color=R,100,G,200,B,150` |
/// | form | true | `color=` | `color=blue` | `color=blue&color=black&color=brown` | `R=100&G=200&B=150` |
/// | spaceDelimited | false | | | `color=blue%20black%20brown` | `color=R%20100%20G%20200%20B%20150` |
/// | pipeDelimited | false | | | `color=blue%7Cblack%7Cbrown` | `color=R%7C100%7CG%7C200%7CB%7C150` |
/// | deepObject | true | | | | `color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150` |
///
/// Where the table has no entry, the natural extension is written: a primitive in a delimited
/// or `deepObject` style is `color=blue`; exploded delimited styles repeat the name like `form`;
/// `deepObject` nests (`color[a][b]=1`) and numbers array items (`color[0]=blue`), as Stripe's
/// SDKs do. An array item or object member that is itself an array or object is written as JSON
/// text in the other styles, and `null` items and members are left out. Values are serialized
/// with `serde` first, so anything `Serialize` works: strings, numbers, enums, untagged unions,
/// structs, maps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Matrix,
    Label,
    Form,
    Simple,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

impl Style {
    /// This style, with `explode` set as given.
    pub const fn explode(self, explode: bool) -> Encoding {
        Encoding(Rule::Style {
            style: self,
            explode,
            allow_reserved: false,
        })
    }
}

/// The encodings generated code names, one per style and `explode`: the style alone has
/// `explode: false`, `_EXPLODE` has `explode: true`. `SIMPLE` is the default of path and header
/// parameters, `FORM_EXPLODE` that of query and cookie parameters.
pub const SIMPLE: Encoding = Style::Simple.explode(false);
pub const SIMPLE_EXPLODE: Encoding = Style::Simple.explode(true);
pub const FORM: Encoding = Style::Form.explode(false);
pub const FORM_EXPLODE: Encoding = Style::Form.explode(true);
pub const LABEL: Encoding = Style::Label.explode(false);
pub const LABEL_EXPLODE: Encoding = Style::Label.explode(true);
pub const MATRIX: Encoding = Style::Matrix.explode(false);
pub const MATRIX_EXPLODE: Encoding = Style::Matrix.explode(true);
pub const SPACE_DELIMITED: Encoding = Style::SpaceDelimited.explode(false);
pub const SPACE_DELIMITED_EXPLODE: Encoding = Style::SpaceDelimited.explode(true);
pub const PIPE_DELIMITED: Encoding = Style::PipeDelimited.explode(false);
pub const PIPE_DELIMITED_EXPLODE: Encoding = Style::PipeDelimited.explode(true);
pub const DEEP_OBJECT: Encoding = Style::DeepObject.explode(false);
pub const DEEP_OBJECT_EXPLODE: Encoding = Style::DeepObject.explode(true);

/// How a parameter or form field is written: a [`Style`] with `explode` (and `allowReserved`),
/// or JSON text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Encoding(Rule);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Rule {
    Style {
        style: Style,
        explode: bool,
        allow_reserved: bool,
    },
    Json,
}

impl Encoding {
    /// The value as JSON text, written as a single primitive: a parameter described by
    /// `content: {application/json: …}`, or a form field whose `contentType` is JSON.
    pub const JSON: Encoding = Encoding(Rule::Json);

    /// OpenAPI's `allowReserved` (query parameters and form fields): RFC 3986's reserved
    /// characters `:/?[]@!$&'()*+,;=` in values are written as they are. `#` is still encoded,
    /// as it would end the URI.
    pub const fn allow_reserved(self) -> Self {
        match self.0 {
            Rule::Style { style, explode, .. } => Encoding(Rule::Style {
                style,
                explode,
                allow_reserved: true,
            }),
            Rule::Json => self,
        }
    }
}

/// What a style sees of a value: nothing, a primitive, or a flat list or map of texts.
enum Shape {
    Undefined,
    Primitive(String),
    Array(Vec<String>),
    Object(Vec<(String, String)>),
}

/// Serializes a parameter value with `serde`.
fn to_value<T: serde::Serialize + ?Sized>(
    name: &'static str,
    value: &T,
) -> Result<serde_json::Value, RequestError> {
    serde_json::to_value(value).map_err(|source| RequestError::Parameter { name, source })
}

/// The text of a primitive, JSON for an array or object, `None` for `null`.
fn item_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(text) => Some(text.clone()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        composite => Some(json_text(composite)),
    }
}

fn json_text(value: &serde_json::Value) -> String {
    value.to_string()
}

fn shape(value: &serde_json::Value) -> Shape {
    match value {
        serde_json::Value::Array(items) => {
            Shape::Array(items.iter().filter_map(item_text).collect())
        }
        serde_json::Value::Object(members) => Shape::Object(
            members
                .iter()
                .filter_map(|(key, value)| Some((key.clone(), item_text(value)?)))
                .collect(),
        ),
        primitive => match item_text(primitive) {
            Some(text) => Shape::Primitive(text),
            None => Shape::Undefined,
        },
    }
}

/// Characters a value keeps with `allowReserved`: the unreserved ones and RFC 3986's reserved
/// ones but `#`.
const RESERVED_ALLOWED: &AsciiSet = &COMPONENT
    .remove(b':')
    .remove(b'/')
    .remove(b'?')
    .remove(b'[')
    .remove(b']')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

/// Where serialized text goes: into a URI (percent-encoded), or as it is (multipart part
/// names and values, header values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Escape {
    Uri,
    None,
}

impl Escape {
    fn text(self, text: &str, allow_reserved: bool) -> String {
        match self {
            Escape::Uri => escape(text, allow_reserved),
            Escape::None => text.to_owned(),
        }
    }

    /// A delimiter of the delimited and `deepObject` styles, percent-encoded in a URI.
    fn delimiter(self, delimiter: Delimiter) -> &'static str {
        match (self, delimiter) {
            (Escape::Uri, Delimiter::Space) => "%20",
            (Escape::Uri, Delimiter::Pipe) => "%7C",
            (Escape::Uri, Delimiter::Open) => "%5B",
            (Escape::Uri, Delimiter::Close) => "%5D",
            (Escape::None, Delimiter::Space) => " ",
            (Escape::None, Delimiter::Pipe) => "|",
            (Escape::None, Delimiter::Open) => "[",
            (Escape::None, Delimiter::Close) => "]",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delimiter {
    Space,
    Pipe,
    Open,
    Close,
}

/// Characters a caller's own query string keeps: the reserved ones, and `%` of the escapes it
/// already wrote.
const QUERY_TEXT: &AsciiSet = &RESERVED_ALLOWED.remove(b'%');

fn escape(text: &str, allow_reserved: bool) -> String {
    let set = if allow_reserved {
        RESERVED_ALLOWED
    } else {
        COMPONENT
    };
    utf8_percent_encode(text, set).to_string()
}

/// Items, or `key, value` members, joined by `delimiter` (`key=value` members when `pairs`).
fn join(shape: &Shape, delimiter: &str, pairs: bool, escape: impl Fn(&str) -> String) -> String {
    match shape {
        Shape::Undefined => String::new(),
        Shape::Primitive(text) => escape(text),
        Shape::Array(items) => {
            let items: Vec<String> = items.iter().map(|item| escape(item)).collect();
            items.join(delimiter)
        }
        Shape::Object(members) => {
            let between = if pairs { "=" } else { delimiter };
            let members: Vec<String> = members
                .iter()
                .map(|(key, value)| format!("{}{between}{}", escape(key), escape(value)))
                .collect();
            members.join(delimiter)
        }
    }
}

/// `simple` style: `blue`, `blue,black,brown`, `R,100,G,200` (or `R=100,G=200` exploded).
fn simple(shape: &Shape, explode: bool, escape: Escape) -> String {
    join(shape, ",", explode, |text| escape.text(text, false))
}

/// A path parameter's text in `simple`, `label` or `matrix` style (or JSON), percent-encoded.
fn path_text(name: &str, value: &serde_json::Value, encoding: Encoding) -> String {
    let (style, explode) = match encoding.0 {
        Rule::Json => return escape(&json_text(value), false),
        Rule::Style { style, explode, .. } => (style, explode),
    };
    let shape = shape(value);
    let text = |text: &str| escape(text, false);
    let name = text(name);
    match style {
        Style::Label => {
            let delimiter = if explode { "." } else { "," };
            format!(".{}", join(&shape, delimiter, explode, text))
        }
        Style::Matrix => matrix(&name, &shape, explode, text),
        _ => simple(&shape, explode, Escape::Uri),
    }
}

/// `matrix` style: `;color=blue`, `;color=blue,black`, `;color=blue;color=black` (exploded),
/// `;R=100;G=200` (exploded object); `;color` when the value is undefined or empty.
fn matrix(name: &str, shape: &Shape, explode: bool, text: impl Fn(&str) -> String) -> String {
    match (shape, explode) {
        (Shape::Array(items), true) if !items.is_empty() => items
            .iter()
            .map(|item| format!(";{name}={}", text(item)))
            .collect(),
        (Shape::Object(members), true) if !members.is_empty() => members
            .iter()
            .map(|(key, value)| format!(";{}={}", text(key), text(value)))
            .collect(),
        _ => match join(shape, ",", false, text) {
            value if value.is_empty() => format!(";{name}"),
            value => format!(";{name}={value}"),
        },
    }
}

/// The `name=value` pairs of a query parameter, form field or cookie: `form`, `spaceDelimited`,
/// `pipeDelimited` or `deepObject` style, or JSON text. Names and values come escaped for
/// `escape`.
fn query_pairs(
    name: &str,
    value: &serde_json::Value,
    encoding: Encoding,
    escape: Escape,
) -> Vec<(String, String)> {
    let (style, explode, allow_reserved) = match encoding.0 {
        Rule::Json => {
            return vec![(
                escape.text(name, false),
                escape.text(&json_text(value), false),
            )];
        }
        Rule::Style {
            style,
            explode,
            allow_reserved,
        } => (style, explode, allow_reserved),
    };
    let text = |text: &str| escape.text(text, allow_reserved);
    let key = escape.text(name, false);
    if style == Style::DeepObject && !matches!(value, serde_json::Value::Null) {
        let mut pairs = Vec::new();
        deep_object(key, value, escape, &text, &mut pairs);
        return pairs;
    }
    let shape = shape(value);
    match (&shape, explode) {
        (Shape::Array(items), true) => items.iter().map(|item| (key.clone(), text(item))).collect(),
        (Shape::Object(members), true) if style == Style::Form => members
            .iter()
            .map(|(member, value)| (escape.text(member, false), text(value)))
            .collect(),
        _ => {
            let delimiter = match style {
                Style::SpaceDelimited => escape.delimiter(Delimiter::Space),
                Style::PipeDelimited => escape.delimiter(Delimiter::Pipe),
                _ => ",",
            };
            vec![(key, join(&shape, delimiter, false, text))]
        }
    }
}

/// `deepObject` style, nested: `name[key]=value`, `name[key][inner]=value`, and
/// `name[0]=item` for arrays; `null` members are left out.
fn deep_object(
    key: String,
    value: &serde_json::Value,
    escape: Escape,
    text: &impl Fn(&str) -> String,
    pairs: &mut Vec<(String, String)>,
) {
    let (open, close) = (
        escape.delimiter(Delimiter::Open),
        escape.delimiter(Delimiter::Close),
    );
    match value {
        serde_json::Value::Null => {}
        serde_json::Value::Object(members) => {
            for (member, value) in members {
                let member = escape.text(member, false);
                deep_object(
                    format!("{key}{open}{member}{close}"),
                    value,
                    escape,
                    text,
                    pairs,
                );
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                deep_object(
                    format!("{key}{open}{index}{close}"),
                    item,
                    escape,
                    text,
                    pairs,
                );
            }
        }
        primitive => {
            if let Some(value) = item_text(primitive) {
                pairs.push((key, text(&value)));
            }
        }
    }
}

// ----- Request bodies --------------------------------------------------------------------------

/// A request body and its media type. `Debug` shows its length, not its bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Body {
    pub content_type: http::HeaderValue,
    pub bytes: Vec<u8>,
}

impl Body {
    /// `value` as JSON.
    pub fn json<T: serde::Serialize + ?Sized>(
        value: &T,
        content_type: http::HeaderValue,
    ) -> Result<Body, RequestError> {
        Ok(Body {
            content_type,
            bytes: serde_json::to_vec(value)?,
        })
    }

    /// `value`, an object, as `application/x-www-form-urlencoded` fields: each member in the
    /// encoding `encodings` gives it, else `form` style exploded (OpenAPI's default). Fields are
    /// written like query parameters (see [`Style`]); `null` members as `name=`.
    pub fn form<T: serde::Serialize + ?Sized>(
        value: &T,
        content_type: http::HeaderValue,
        encodings: &[(&str, Encoding)],
    ) -> Result<Body, RequestError> {
        let mut query = QueryBuilder::new();
        query.form(value, encodings)?;
        Ok(Body {
            content_type,
            bytes: query.finish().into_bytes(),
        })
    }

    /// Text, as it is.
    pub fn text(text: &str, content_type: http::HeaderValue) -> Body {
        Body {
            content_type,
            bytes: text.as_bytes().to_vec(),
        }
    }

    /// Bytes, as they are.
    pub fn bytes(bytes: &[u8], content_type: http::HeaderValue) -> Body {
        Body {
            content_type,
            bytes: bytes.to_vec(),
        }
    }

    /// A file's bytes, with its own content type, else `application/octet-stream`.
    pub fn file(file: &File) -> Result<Body, RequestError> {
        let content_type = file.content_type.as_deref().unwrap_or(OCTET_STREAM);
        Ok(Body {
            content_type: header_value("content-type", content_type)?,
            bytes: file.bytes.clone(),
        })
    }
}

const OCTET_STREAM: &str = "application/octet-stream";

/// A file to upload: its bytes, and optionally its name and media type.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct File {
    /// The file name a `multipart/form-data` part gives (`filename="…"`).
    pub name: Option<String>,
    /// The media type, e.g. `image/png`; when `None`, the one the document gives, else
    /// `application/octet-stream`.
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl File {
    /// A file of these bytes, without a name or media type.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        File {
            name: None,
            content_type: None,
            bytes: bytes.into(),
        }
    }

    /// The file name sent with it.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Its media type.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File")
            .field("name", &self.name)
            .field("content_type", &self.content_type)
            .field("bytes", &format_args!("<{} bytes>", self.bytes.len()))
            .finish()
    }
}

/// How a value becomes parts of a `multipart/form-data` body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartEncoding {
    /// OpenAPI's defaults: a primitive is a text part, an object a JSON part
    /// (`application/json`), an array a part per item.
    Default,
    /// Parts of this media type (an `encoding` entry's `contentType`): JSON text for a JSON
    /// media type or an object, else the primitive's text; an array gives a part per item.
    ContentType(&'static str),
    /// Text parts named and valued as a form field in this style (an `encoding` entry's
    /// `style`), e.g. `meta[key]` parts for `deepObject`.
    Style(Encoding),
}

/// A `multipart/form-data` body under construction (RFC 7578).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Multipart {
    parts: Vec<Part>,
}

#[derive(Clone, PartialEq, Eq)]
struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    bytes: Vec<u8>,
}

impl Multipart {
    pub fn new() -> Self {
        Multipart::default()
    }

    /// A part of `bytes`, with an optional file name and media type.
    pub fn part(
        &mut self,
        name: &str,
        file_name: Option<&str>,
        content_type: Option<&str>,
        bytes: Vec<u8>,
    ) -> &mut Self {
        self.parts.push(Part {
            name: name.to_owned(),
            file_name: file_name.map(str::to_owned),
            content_type: content_type.map(str::to_owned),
            bytes,
        });
        self
    }

    /// A file part, with the file's own media type, else `content_type`.
    pub fn file(&mut self, name: &str, file: &File, content_type: &str) -> &mut Self {
        let content_type = file.content_type.as_deref().unwrap_or(content_type);
        let file_name = file.name.as_deref().unwrap_or(name);
        self.part(
            name,
            Some(file_name),
            Some(content_type),
            file.bytes.clone(),
        )
    }

    /// The parts of `value` named `name`, as `encoding` says.
    pub fn value<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        encoding: PartEncoding,
    ) -> Result<&mut Self, RequestError> {
        let value = to_value(name, value)?;
        match encoding {
            PartEncoding::Style(encoding) => {
                for (name, value) in query_pairs(name, &value, encoding, Escape::None) {
                    self.part(&name, None, None, value.into_bytes());
                }
            }
            PartEncoding::Default | PartEncoding::ContentType(_) => {
                let items = match value {
                    serde_json::Value::Array(items) => items,
                    value => vec![value],
                };
                for item in &items {
                    self.item(name, item, encoding);
                }
            }
        }
        Ok(self)
    }

    /// One part for a value that is not an array (or is an item of one).
    fn item(&mut self, name: &str, value: &serde_json::Value, encoding: PartEncoding) {
        let content_type = match encoding {
            PartEncoding::ContentType(content_type) => Some(content_type),
            _ => None,
        };
        let json = content_type.is_some_and(is_json_media_type)
            || matches!(
                value,
                serde_json::Value::Object(_) | serde_json::Value::Array(_)
            );
        let (text, content_type) = match value {
            serde_json::Value::Null => return,
            value if json => (json_text(value), content_type.or(Some(JSON))),
            value => (item_text(value).unwrap_or_default(), content_type),
        };
        self.part(name, None, content_type, text.into_bytes());
    }

    /// The body: the parts between a boundary that none of them contains.
    pub fn finish(&self) -> Body {
        let boundary = self.boundary();
        let mut bytes = Vec::new();
        for part in &self.parts {
            bytes.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let mut disposition = format!(
                "Content-Disposition: form-data; name=\"{}\"",
                quoted(&part.name)
            );
            if let Some(file_name) = &part.file_name {
                disposition.push_str(&format!("; filename=\"{}\"", quoted(file_name)));
            }
            bytes.extend_from_slice(disposition.as_bytes());
            bytes.extend_from_slice(b"\r\n");
            if let Some(content_type) = &part.content_type {
                let content_type: String =
                    content_type.chars().filter(|c| !c.is_control()).collect();
                bytes.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
            }
            bytes.extend_from_slice(b"\r\n");
            bytes.extend_from_slice(&part.bytes);
            bytes.extend_from_slice(b"\r\n");
        }
        bytes.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={boundary}");
        Body {
            // The boundary is ASCII letters, digits and `-`.
            content_type: http::HeaderValue::from_str(&content_type)
                .unwrap_or_else(|_| http::HeaderValue::from_static("multipart/form-data")),
            bytes,
        }
    }

    /// `----runtime-boundary-<n>` for the smallest `n` that no part contains, so that the same
    /// parts always give the same bytes.
    fn boundary(&self) -> String {
        let contains = |haystack: &[u8], needle: &[u8]| {
            haystack
                .windows(needle.len())
                .any(|window| window == needle)
        };
        (0u64..)
            .map(|n| format!("----runtime-boundary-{n:x}"))
            .find(|boundary| {
                !self
                    .parts
                    .iter()
                    .any(|part| contains(&part.bytes, boundary.as_bytes()))
            })
            .unwrap_or_default()
    }
}

const JSON: &str = "application/json";

fn is_json_media_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case(JSON) || essence.to_ascii_lowercase().ends_with("+json")
}

/// A name or file name inside a quoted `Content-Disposition` parameter: `"`, CR and LF are
/// percent-encoded, as browsers do.
fn quoted(text: &str) -> String {
    text.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Prints `<redacted>` in `Debug` output in place of a secret.
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A secret string (token, key, password): `Debug` prints `<redacted>`, never the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the code that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret::new(value)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret::new(value)
    }
}

// ----- Redaction -------------------------------------------------------------------------------
//
// `Debug` and `Display` output of this crate's types never shows a secret, wherever it is printed:
// values of query parameters, headers and cookies whose name says secret (`is_sensitive_name`),
// header values marked sensitive (credentials, secret header parameters, the signer's, the
// client's default headers), the user info of a URI, and bodies (shown as length and media type).
// `http`'s own types print everything; wrap them in `Redact` to print them.

/// What a redacted value is printed as.
const REDACTED: &str = "<redacted>";

/// Whether a query parameter, header or cookie name says its value is a secret: one of its words
/// is `secret`, `password`, `passwd`, `token`, `key`, `apikey`, `session`, `signature`,
/// `authorization`, `auth`, `cookie` or `credential(s)` (`X-Amz-Credential`). Words are split at
/// punctuation (`-`, `_`, `.`, `[`, `]`, …) and camelCase humps, case ignored: `userSecret`,
/// `sessionToken`, `x-api-key`, `Proxy-Authorization`, `Set-Cookie` and `client[password]` are
/// secret, `keyboard`, `monkey` and `author` are not. The generator marks parameters by the same
/// rule, and by `format: password`.
pub fn is_sensitive_name(name: &str) -> bool {
    name_words(name).iter().any(|word| {
        matches!(
            word.as_str(),
            "secret"
                | "password"
                | "passwd"
                | "token"
                | "key"
                | "apikey"
                | "session"
                | "signature"
                | "authorization"
                | "auth"
                | "cookie"
                | "credential"
                | "credentials"
        )
    })
}

/// The lowercase words of a name: split at anything but letters and digits, before an uppercase
/// letter that follows a lowercase one or a digit, and before the last of a run of capitals that
/// starts a word (`APIKey` → `api`, `key`).
fn name_words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut word = String::new();
    for (index, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            continue;
        }
        let previous = index.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(index + 1);
        let hump = c.is_uppercase()
            && previous.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()))
            });
        if hump && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Whether a path segment is `.` or `..`, also percent-encoded, once or more (`%2E`, `%2e%2E`,
/// `%252e`): a server or proxy that decodes once too often must not see a dot segment either.
fn is_dot_segment(segment: &str) -> bool {
    let mut text = segment.to_owned();
    // `..` encoded seven times is 32 characters long: text longer than that is left alone.
    while text.len() <= 32 {
        if text == "." || text == ".." {
            return true;
        }
        let decoded = percent_encoding::percent_decode_str(&text)
            .decode_utf8_lossy()
            .into_owned();
        if decoded == text {
            return false;
        }
        text = decoded;
    }
    false
}

/// A URI with its user info and the values of query parameters whose name says secret
/// ([`is_sensitive_name`]) replaced by `<redacted>`. Text that is not a URI is redacted the same
/// way, as far as it goes.
pub fn redact_uri(uri: &str) -> String {
    let (before_fragment, fragment) = match uri.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (uri, None),
    };
    let (before_query, query) = match before_fragment.split_once('?') {
        Some((before, query)) => (before, Some(query)),
        None => (before_fragment, None),
    };
    let mut out = String::with_capacity(uri.len());
    // `scheme://user:password@host/…`: the user info goes.
    match before_query.split_once("://") {
        Some((scheme, rest)) => {
            let authority_end = rest.find('/').unwrap_or(rest.len());
            let (authority, path) = rest.split_at(authority_end);
            out.push_str(scheme);
            out.push_str("://");
            match authority.rsplit_once('@') {
                Some((_, host)) => {
                    out.push_str(REDACTED);
                    out.push('@');
                    out.push_str(host);
                }
                None => out.push_str(authority),
            }
            out.push_str(path);
        }
        None => out.push_str(before_query),
    }
    if let Some(query) = query {
        out.push('?');
        out.push_str(&redact_query(query));
    }
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// A query string with the values of secret parameters replaced by `<redacted>`.
fn redact_query(query: &str) -> String {
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if is_sensitive_name(&decoded(name)) => format!("{name}={REDACTED}"),
            _ => pair.to_owned(),
        })
        .collect();
    pairs.join("&")
}

fn decoded(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// Text with every double-quoted run (`"…"`, with `\"` escapes) replaced by `<redacted>`: how
/// `serde_json`'s messages quote the string values of a document (`invalid type: string "…"`).
fn redact_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            out.push(c);
            continue;
        }
        out.push_str(REDACTED);
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => break,
                _ => {}
            }
        }
    }
    out
}

/// `Debug` (and for URIs `Display`) of `http`'s types with secrets redacted: header values that
/// are marked sensitive or whose name says secret, the user info of URIs and the values of secret
/// query parameters ([`redact_uri`]); bodies are shown as their length and media type.
///
/// ```
/// # use runtime::Redact;
/// let request = http::Request::builder()
///     .uri("https://api.example/a?userSecret=s3cr3t&userId=u1")
///     .header("authorization", "Bearer t0k")
///     .body(b"{}".to_vec())
///     .unwrap();
/// let printed = format!("{:?}", Redact(&request));
/// assert!(!printed.contains("s3cr3t") && !printed.contains("t0k"));
/// assert!(printed.contains("userId=u1") && printed.contains("<2 bytes>"));
/// ```
pub struct Redact<'a, T: ?Sized>(pub &'a T);

impl fmt::Display for Redact<'_, http::Uri> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact_uri(&self.0.to_string()))
    }
}

impl fmt::Debug for Redact<'_, http::Uri> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Debug for Redact<'_, http::HeaderMap> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            if value.is_sensitive() || is_sensitive_name(name.as_str()) {
                map.entry(&name.as_str(), &Redacted);
            } else {
                map.entry(&name.as_str(), value);
            }
        }
        map.finish()
    }
}

impl<B: AsRef<[u8]>> fmt::Debug for Redact<'_, http::Request<B>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let request = self.0;
        f.debug_struct("Request")
            .field("method", request.method())
            .field("uri", &Redact(request.uri()))
            .field("version", &request.version())
            .field("headers", &Redact(request.headers()))
            .field(
                "body",
                &BodySummary(request.body().as_ref().len(), request.headers()),
            )
            .finish()
    }
}

impl<B: AsRef<[u8]>> fmt::Debug for Redact<'_, http::Response<B>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let response = self.0;
        f.debug_struct("Response")
            .field("status", &response.status())
            .field("version", &response.version())
            .field("headers", &Redact(response.headers()))
            .field(
                "body",
                &BodySummary(response.body().as_ref().len(), response.headers()),
            )
            .finish()
    }
}

/// A body in `Debug` output: `<12 bytes of application/json>`, never its bytes.
struct BodySummary<'a>(usize, &'a http::HeaderMap);

impl fmt::Debug for BodySummary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1.get(http::header::CONTENT_TYPE) {
            Some(media_type) => write!(
                f,
                "<{} bytes of {}>",
                self.0,
                String::from_utf8_lossy(media_type.as_bytes())
            ),
            None => write!(f, "<{} bytes>", self.0),
        }
    }
}

/// `<12 bytes of application/json>` for a body of known media type.
struct MediaSummary<'a>(usize, &'a [u8]);

impl fmt::Debug for MediaSummary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<{} bytes of {}>",
            self.0,
            String::from_utf8_lossy(self.1)
        )
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Body")
            .field(&MediaSummary(
                self.bytes.len(),
                self.content_type.as_bytes(),
            ))
            .finish()
    }
}

impl fmt::Debug for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = is_sensitive_name(&self.name);
        let mut part = f.debug_struct("Part");
        part.field("name", &self.name)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type);
        if redacted {
            part.field("bytes", &Redacted);
        } else {
            part.field("bytes", &format_args!("<{} bytes>", self.bytes.len()));
        }
        part.finish()
    }
}

impl fmt::Debug for ResponseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseErrorKind::UnexpectedStatus => f.write_str("UnexpectedStatus"),
            ResponseErrorKind::InvalidBody(error) => f
                .debug_tuple("InvalidBody")
                .field(&redact_quoted(&error.to_string()))
                .finish(),
            ResponseErrorKind::InvalidText(error) => {
                f.debug_tuple("InvalidText").field(error).finish()
            }
            ResponseErrorKind::InvalidHeader(error) => {
                f.debug_tuple("InvalidHeader").field(error).finish()
            }
            ResponseErrorKind::BodyNotRead => f.write_str("BodyNotRead"),
        }
    }
}

impl fmt::Debug for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseError")
            .field("kind", &self.kind)
            .field("status", &self.status)
            .field("headers", &Redact(&*self.headers))
            .field("body", &BodySummary(self.body.len(), &self.headers))
            .finish()
    }
}

/// A way to authenticate, as a document's `components.securitySchemes` declares it. Each
/// generated module lists its schemes as constants in its `security` module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's name in the document, e.g. `bearerAuth`.
    pub name: &'static str,
    pub kind: SchemeKind,
}

/// Where a scheme's credential goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>` (also OAuth 2 and OpenID Connect access tokens).
    Bearer,
    /// `Authorization: Basic <base64(user:password)>`.
    Basic,
    /// A header of this name.
    ApiKeyHeader(&'static str),
    /// A query parameter of this name.
    ApiKeyQuery(&'static str),
    /// A cookie of this name.
    ApiKeyCookie(&'static str),
}

/// A credential for one scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A bearer token or API key.
    Token(Secret),
    /// A user name and password for HTTP basic authentication.
    Basic { username: String, password: Secret },
}

/// Why a request could not be authorized.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// No alternative of the operation's security requirements has all its credentials.
    #[error("no credentials for any of the accepted ways to authenticate: {0}")]
    MissingCredentials(String),
    /// A scheme was given a credential of the wrong kind (e.g. basic for a bearer scheme).
    #[error("scheme `{0}` was given a credential of the wrong kind")]
    WrongCredential(&'static str),
    /// A credential cannot be written into a header (it holds CR, LF or other controls).
    #[error("the credential for `{0}` is not a valid header value")]
    InvalidCredential(&'static str),
    /// The request signer failed.
    #[error("signing failed: {0}")]
    Signing(Box<dyn std::error::Error + Send + Sync>),
}

/// Signs requests after credentials are applied: the hook for APIs that authenticate with a
/// signature over the request (SnapTrade's HMAC, for example), without editing generated code.
pub trait Signer: Send + Sync {
    /// Names of the security schemes whose values the signer writes itself, so that they need
    /// no static credential.
    fn schemes(&self) -> &[&str] {
        &[]
    }

    /// Adds the signature (and anything it covers, such as a timestamp) to the request.
    /// `base_url` is the base URL the request was built for.
    fn sign(
        &self,
        request: &mut http::Request<Vec<u8>>,
        base_url: &str,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>>;
}

/// Credentials per security scheme, and an optional request signer.
#[derive(Clone, Default)]
pub struct Auth {
    credentials: Vec<(&'static str, Credential)>,
    signer: Option<std::sync::Arc<dyn Signer>>,
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let schemes: Vec<&str> = self.credentials.iter().map(|(name, _)| *name).collect();
        f.debug_struct("Auth")
            .field("schemes", &schemes)
            .field("signer", &self.signer.is_some())
            .finish()
    }
}

impl Auth {
    pub fn new() -> Self {
        Auth::default()
    }

    /// Uses `credential` wherever an operation accepts `scheme`.
    pub fn with(mut self, scheme: SecurityScheme, credential: Credential) -> Self {
        self.credentials.retain(|(name, _)| *name != scheme.name);
        self.credentials.push((scheme.name, credential));
        self
    }

    /// A bearer token or API key for `scheme`.
    pub fn token(self, scheme: SecurityScheme, token: impl Into<Secret>) -> Self {
        self.with(scheme, Credential::Token(token.into()))
    }

    /// Signs every request with `signer`, after credentials are applied.
    pub fn signer(mut self, signer: impl Signer + 'static) -> Self {
        self.signer = Some(std::sync::Arc::new(signer));
        self
    }

    fn credential(&self, scheme: &SecurityScheme) -> Option<&Credential> {
        self.credentials
            .iter()
            .find(|(name, _)| *name == scheme.name)
            .map(|(_, credential)| credential)
    }

    fn signed(&self, scheme: &SecurityScheme) -> bool {
        self.signer
            .as_ref()
            .is_some_and(|signer| signer.schemes().contains(&scheme.name))
    }

    /// Applies the credentials of the first alternative of `requirements` that can be met in
    /// full, then the signer.
    pub fn authorize(
        &self,
        request: &mut http::Request<Vec<u8>>,
        requirements: &[&[SecurityScheme]],
        base_url: &str,
    ) -> Result<(), AuthError> {
        if !requirements.is_empty() {
            let chosen = requirements
                .iter()
                .find(|alternative| {
                    alternative
                        .iter()
                        .all(|scheme| self.signed(scheme) || self.credential(scheme).is_some())
                })
                .ok_or_else(|| {
                    let alternatives: Vec<String> = requirements
                        .iter()
                        .map(|alternative| {
                            let names: Vec<&str> = alternative.iter().map(|s| s.name).collect();
                            names.join(" + ")
                        })
                        .collect();
                    AuthError::MissingCredentials(alternatives.join(" or "))
                })?;
            for scheme in chosen.iter() {
                if let Some(credential) = self.credential(scheme) {
                    apply_credential(request, scheme, credential)?;
                }
            }
        }
        if let Some(signer) = &self.signer {
            signer.sign(request, base_url).map_err(AuthError::Signing)?;
        }
        Ok(())
    }
}

fn apply_credential(
    request: &mut http::Request<Vec<u8>>,
    scheme: &SecurityScheme,
    credential: &Credential,
) -> Result<(), AuthError> {
    let header = |value: String| {
        let mut value = http::HeaderValue::try_from(value)
            .map_err(|_| AuthError::InvalidCredential(scheme.name))?;
        value.set_sensitive(true);
        Ok::<_, AuthError>(value)
    };
    match (scheme.kind, credential) {
        (SchemeKind::Bearer, Credential::Token(token)) => {
            let value = header(format!("Bearer {}", token.expose()))?;
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, value);
        }
        (SchemeKind::Basic, Credential::Basic { username, password }) => {
            let pair = format!("{username}:{}", password.expose());
            let encoded = base64::encode(pair.as_bytes());
            let value = header(format!("Basic {encoded}"))?;
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, value);
        }
        (SchemeKind::ApiKeyHeader(name), Credential::Token(token)) => {
            let name = http::HeaderName::try_from(name)
                .map_err(|_| AuthError::InvalidCredential(scheme.name))?;
            let value = header(token.expose().to_owned())?;
            request.headers_mut().insert(name, value);
        }
        (SchemeKind::ApiKeyQuery(name), Credential::Token(token)) => {
            append_query(request, name, token.expose())
                .map_err(|_| AuthError::InvalidCredential(scheme.name))?;
        }
        (SchemeKind::ApiKeyCookie(name), Credential::Token(token)) => {
            let cookie = format!("{name}={}", utf8_percent_encode(token.expose(), COMPONENT));
            let cookie = match request.headers().get(http::header::COOKIE) {
                Some(existing) => {
                    format!("{}; {cookie}", String::from_utf8_lossy(existing.as_bytes()))
                }
                None => cookie,
            };
            let value = header(cookie)?;
            request.headers_mut().insert(http::header::COOKIE, value);
        }
        _ => return Err(AuthError::WrongCredential(scheme.name)),
    }
    Ok(())
}

/// Appends `name=value` (percent-encoded) to a request's query string.
pub fn append_query<B>(
    request: &mut http::Request<B>,
    name: &str,
    value: &str,
) -> Result<(), http::Error> {
    let mut query = QueryBuilder {
        query: request.uri().query().unwrap_or("").to_owned(),
    };
    query.pair(name, value);
    let path_and_query = format!("{}?{}", request.uri().path(), query.finish());
    let mut parts = request.uri().clone().into_parts();
    parts.path_and_query = Some(http::uri::PathAndQuery::try_from(path_and_query)?);
    *request.uri_mut() = http::Uri::from_parts(parts)?;
    Ok(())
}

/// The date crate whose types stand for `format: date-time` (`chrono::DateTime<chrono::Utc>`)
/// and `format: date` (`chrono::NaiveDate`), so that code using the crate can name them.
pub use chrono;

/// `format: byte`: bytes that travel as base64 text. A field holding them, directly or in an
/// `Option`, a list or a map, says `#[serde(with = "runtime::base64")]`; an optional
/// nullable one (`Option<Option<Vec<u8>>>`) says `runtime::base64::nullable`.
/// Parameters, bodies and variants go through [`base64::Encoded`] and [`base64::Decoded`].
///
/// Bytes are written in the standard alphabet with padding (RFC 4648 §4); the standard and the
/// URL-safe alphabet (§5) are read, with or without padding, as vendors send both. Text that is
/// not base64 is a decoding error, never a panic.
pub mod base64 {
    use std::collections::BTreeMap;

    use ::base64::Engine as _;
    use ::base64::alphabet;
    use ::base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    const CONFIG: GeneralPurposeConfig = GeneralPurposeConfig::new()
        .with_encode_padding(true)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent);
    const STANDARD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, CONFIG);
    const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, CONFIG);

    /// The bytes as base64 text, in the standard alphabet with padding.
    pub fn encode(bytes: &[u8]) -> String {
        STANDARD.encode(bytes)
    }

    /// The bytes of base64 text in either alphabet, padded or not.
    pub fn decode(text: &str) -> Result<Vec<u8>, ::base64::DecodeError> {
        if text.contains(['-', '_']) {
            URL_SAFE.decode(text)
        } else {
            STANDARD.decode(text)
        }
    }

    /// What holds bytes written as base64: `Vec<u8>` itself, and `Option`s, lists and maps of
    /// such holders.
    pub trait Base64: Sized {
        fn encode<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
        fn decode<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
    }

    impl Base64 for Vec<u8> {
        fn encode<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(&encode(self))
        }

        fn decode<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let text = String::deserialize(deserializer)?;
            decode(&text).map_err(|error| {
                serde::de::Error::custom(format_args!("invalid base64 text: {error}"))
            })
        }
    }

    impl<T: Base64> Base64 for Option<T> {
        fn encode<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Some(value) => serializer.serialize_some(&Encoded(value)),
                None => serializer.serialize_none(),
            }
        }

        fn decode<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            Option::<Decoded<T>>::deserialize(deserializer).map(|value| value.map(|d| d.0))
        }
    }

    impl<T: Base64> Base64 for Vec<T> {
        fn encode<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_seq(self.iter().map(Encoded))
        }

        fn decode<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let items = Vec::<Decoded<T>>::deserialize(deserializer)?;
            Ok(items.into_iter().map(|d| d.0).collect())
        }
    }

    impl<T: Base64> Base64 for BTreeMap<String, T> {
        fn encode<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_map(self.iter().map(|(key, value)| (key, Encoded(value))))
        }

        fn decode<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let members = BTreeMap::<String, Decoded<T>>::deserialize(deserializer)?;
            Ok(members.into_iter().map(|(k, d)| (k, d.0)).collect())
        }
    }

    /// A value holding bytes, serialized with its bytes as base64.
    pub struct Encoded<'a, T>(pub &'a T);

    impl<T: Base64> Serialize for Encoded<'_, T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            self.0.encode(serializer)
        }
    }

    /// A value holding bytes, deserialized from base64.
    pub struct Decoded<T>(pub T);

    impl<'de, T: Base64> Deserialize<'de> for Decoded<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            T::decode(deserializer).map(Decoded)
        }
    }

    pub fn serialize<T: Base64, S: Serializer>(
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.encode(serializer)
    }

    pub fn deserialize<'de, T: Base64, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        T::decode(deserializer)
    }

    /// [`super::nullable`] for bytes: absent (`None`), `null` (`Some(None)`) or set.
    pub mod nullable {
        use serde::{Deserializer, Serializer};

        use super::Base64;

        pub fn serialize<T: Base64, S: Serializer>(
            value: &Option<Option<T>>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match value {
                Some(inner) => inner.encode(serializer),
                None => serializer.serialize_none(),
            }
        }

        pub fn deserialize<'de, T: Base64, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<Option<T>>, D::Error> {
            Option::<T>::decode(deserializer).map(Some)
        }
    }
}

/// `Option<Option<T>>` for a nullable field that may also be absent: absent (`None`), `null`
/// (`Some(None)`) or set.
pub mod nullable {
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

/// An object sent either as its id or, when the request asked to expand it, in full.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Expandable<T> {
    /// Only the id: the object was not expanded.
    Id(String),
    /// The whole object (boxed: objects can refer to each other this way).
    Object(Box<T>),
}

/// An object with a string id, which [`Expandable::id`] reads whether or not it was expanded.
pub trait Identified {
    fn id(&self) -> &str;
}

impl<T> Expandable<T> {
    /// The id, when the object was not expanded.
    pub fn as_id(&self) -> Option<&str> {
        match self {
            Expandable::Id(id) => Some(id),
            Expandable::Object(_) => None,
        }
    }

    /// The object, when it was expanded.
    pub fn as_object(&self) -> Option<&T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(object) => Some(object),
        }
    }

    /// The object, when it was expanded.
    pub fn into_object(self) -> Option<T> {
        match self {
            Expandable::Id(_) => None,
            Expandable::Object(object) => Some(*object),
        }
    }
}

impl<T: Identified> Expandable<T> {
    /// The id, read from the object when it was expanded.
    pub fn id(&self) -> &str {
        match self {
            Expandable::Id(id) => id,
            Expandable::Object(object) => object.id(),
        }
    }
}

// ----- Decoding objects ------------------------------------------------------------------------

/// How `decode!` reads a generated struct (by default; feature `fast-decode` streams instead,
/// with the helpers at the end of this module): the object is read whole as JSON members, then
/// each field takes its member by name. Compared with `#[derive(Deserialize)]`, this is a line of code
/// per field instead of a visitor with several matches per field, which keeps crates of thousands
/// of structs quick to compile; the price is one intermediate JSON `Value` per object.
/// Members no field names are ignored, or kept by the field of additional members.
pub mod members {
    use serde::Deserialize;
    use serde::de::{self, Deserializer, Visitor};
    use serde_json::{Map, Value};

    /// Reads an object with `build`, which takes its members from [`Object`]; a member's error
    /// is reported with the member's name.
    pub fn object<'de, D: Deserializer<'de>, T>(
        deserializer: D,
        build: impl FnOnce(&mut Object) -> Result<T, serde_json::Error>,
    ) -> Result<T, D::Error> {
        let members = Map::<String, Value>::deserialize(deserializer)?;
        build(&mut Object(members)).map_err(de::Error::custom)
    }

    /// The members of an object not taken yet.
    pub struct Object(Map<String, Value>);

    impl Object {
        /// The member `key`, as `T` reads it: an absent member reads as `None` for an `Option`,
        /// and is a "missing field" error otherwise (as with `#[derive(Deserialize)]`).
        pub fn member<T: de::DeserializeOwned>(
            &mut self,
            key: &'static str,
        ) -> Result<T, serde_json::Error> {
            self.member_with(key, T::deserialize)
        }

        /// [`Object::member`], read by `read` (a `#[serde(deserialize_with)]` function).
        pub fn member_with<T>(
            &mut self,
            key: &'static str,
            read: impl FnOnce(Member) -> Result<T, serde_json::Error>,
        ) -> Result<T, serde_json::Error> {
            match self.0.swap_remove(key) {
                Some(value) => read(Member::Present(value)).map_err(|error| within(key, error)),
                None => read(Member::Absent(key)),
            }
        }

        /// The member `key` read by `read`, or `T::default()` when it is absent: for
        /// `Option<Option<_>>` fields, where `null` is `Some(None)` and absent is `None`.
        pub fn present_with<T: Default>(
            &mut self,
            key: &'static str,
            read: impl FnOnce(Member) -> Result<T, serde_json::Error>,
        ) -> Result<T, serde_json::Error> {
            match self.0.swap_remove(key) {
                Some(value) => read(Member::Present(value)).map_err(|error| within(key, error)),
                None => Ok(T::default()),
            }
        }

        /// The members no field took, read by `read`: the map of additional members.
        pub fn rest<T>(
            &mut self,
            read: impl FnOnce(Member) -> Result<T, serde_json::Error>,
        ) -> Result<T, serde_json::Error> {
            read(Member::Present(Value::Object(std::mem::take(&mut self.0))))
        }
    }

    /// An error in member `key`'s value, prefixed with the member: nested members read as a path
    /// (`` `user`: `login`: invalid type… ``).
    fn within(key: &str, error: serde_json::Error) -> serde_json::Error {
        de::Error::custom(format_args!("`{key}`: {error}"))
    }

    /// What an absent member reads as, by `read`: `None` for an `Option`, else a "missing
    /// field" error (the streaming `decode!` of feature `fast-decode`).
    pub fn absent<T, E: de::Error>(
        key: &'static str,
        read: impl FnOnce(Member) -> Result<T, serde_json::Error>,
    ) -> Result<T, E> {
        read(Member::Absent(key)).map_err(E::custom)
    }

    /// The members no field took, read by `read` (the streaming `decode!`).
    pub fn unnamed<T, E: de::Error>(
        members: Map<String, Value>,
        read: impl FnOnce(Member) -> Result<T, serde_json::Error>,
    ) -> Result<T, E> {
        read(Member::Present(Value::Object(members))).map_err(E::custom)
    }

    /// A member name as the streaming `decode!` reads it: borrowed from the input when it can
    /// be.
    pub enum Key<'de> {
        Borrowed(&'de str),
        Owned(String),
    }

    impl Key<'_> {
        pub fn as_str(&self) -> &str {
            match self {
                Key::Borrowed(key) => key,
                Key::Owned(key) => key,
            }
        }
    }

    impl<'de> Deserialize<'de> for Key<'de> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct KeyVisitor;

            impl<'de> Visitor<'de> for KeyVisitor {
                type Value = Key<'de>;

                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a member name")
                }

                fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                    Ok(Key::Borrowed(key))
                }

                fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                    Ok(Key::Owned(key.to_owned()))
                }

                fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
                    Ok(Key::Owned(key))
                }
            }

            deserializer.deserialize_str(KeyVisitor)
        }
    }

    /// A member's value, or its absence: the deserializer a field's type reads.
    pub enum Member {
        Present(Value),
        /// Absent: `None` for an `Option`, a "missing field" error for anything else.
        Absent(&'static str),
    }

    macro_rules! forward {
        ($($method:ident($($argument:ident: $ty:ty),*))*) => {$(
            fn $method<V: Visitor<'de>>(
                self,
                $($argument: $ty,)*
                visitor: V,
            ) -> Result<V::Value, serde_json::Error> {
                match self {
                    Member::Present(value) => value.$method($($argument,)* visitor),
                    Member::Absent(key) => Err(de::Error::missing_field(key)),
                }
            }
        )*};
    }

    impl<'de> Deserializer<'de> for Member {
        type Error = serde_json::Error;

        fn deserialize_option<V: Visitor<'de>>(
            self,
            visitor: V,
        ) -> Result<V::Value, serde_json::Error> {
            match self {
                Member::Present(value) => value.deserialize_option(visitor),
                Member::Absent(_) => visitor.visit_none(),
            }
        }

        forward! {
            deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16()
            deserialize_i32() deserialize_i64() deserialize_i128() deserialize_u8()
            deserialize_u16() deserialize_u32() deserialize_u64() deserialize_u128()
            deserialize_f32() deserialize_f64() deserialize_char() deserialize_str()
            deserialize_string() deserialize_bytes() deserialize_byte_buf() deserialize_unit()
            deserialize_unit_struct(name: &'static str)
            deserialize_newtype_struct(name: &'static str)
            deserialize_seq() deserialize_tuple(len: usize)
            deserialize_tuple_struct(name: &'static str, len: usize) deserialize_map()
            deserialize_struct(name: &'static str, fields: &'static [&'static str])
            deserialize_enum(name: &'static str, variants: &'static [&'static str])
            deserialize_identifier() deserialize_ignored_any()
        }
    }
}

// ----- Streamed bodies and Server-Sent Events --------------------------------------------------

/// A response body, as a [`Stream`](futures_core::Stream) of chunks: either bytes already at
/// hand (what [`Operation::from_response`] decodes; one chunk), or, with the client, a body
/// still arriving, read chunk by chunk as the server sends it.
pub struct ByteStream {
    source: Source,
}

enum Source {
    Buffered(Option<bytes::Bytes>),
    #[cfg(feature = "client")]
    Client(reqwest::Body),
}

impl ByteStream {
    /// A body of these bytes.
    pub fn from_bytes(bytes: impl Into<bytes::Bytes>) -> Self {
        ByteStream {
            source: Source::Buffered(Some(bytes.into())),
        }
    }

    /// A body the client is receiving.
    #[cfg(feature = "client")]
    fn client(body: reqwest::Body) -> Self {
        ByteStream {
            source: Source::Client(body),
        }
    }

    /// The whole body when it is at hand and unread; `None` for a body still arriving.
    pub fn buffered(&self) -> Option<&[u8]> {
        match &self.source {
            Source::Buffered(bytes) => Some(bytes.as_deref().unwrap_or_default()),
            #[cfg(feature = "client")]
            Source::Client(_) => None,
        }
    }

    /// [`ByteStream::buffered`], taken.
    fn into_buffered(self) -> Option<Vec<u8>> {
        match self.source {
            Source::Buffered(bytes) => Some(bytes.map(Vec::from).unwrap_or_default()),
            #[cfg(feature = "client")]
            Source::Client(_) => None,
        }
    }

    /// The next chunk; `None` at the end of the body.
    // Only a body still arriving waits, and only the client's bodies do.
    #[cfg_attr(not(feature = "client"), allow(unused_variables))]
    pub fn poll_chunk(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<bytes::Bytes, StreamError>>> {
        use std::task::Poll;
        match &mut self.source {
            Source::Buffered(bytes) => Poll::Ready(bytes.take().filter(|b| !b.is_empty()).map(Ok)),
            #[cfg(feature = "client")]
            Source::Client(body) => loop {
                use http_body::Body as _;
                match std::pin::Pin::new(&mut *body).poll_frame(cx) {
                    Poll::Ready(Some(Ok(frame))) => match frame.into_data() {
                        Ok(data) if !data.is_empty() => return Poll::Ready(Some(Ok(data))),
                        // Trailers and empty frames carry no body bytes.
                        _ => continue,
                    },
                    Poll::Ready(Some(Err(error))) => {
                        self.source = Source::Buffered(None);
                        return Poll::Ready(Some(Err(StreamError::Body(Box::new(error)))));
                    }
                    Poll::Ready(None) => {
                        self.source = Source::Buffered(None);
                        return Poll::Ready(None);
                    }
                    Poll::Pending => return Poll::Pending,
                }
            },
        }
    }

    /// The next chunk, when it arrives; `None` at the end of the body.
    pub async fn chunk(&mut self) -> Result<Option<bytes::Bytes>, StreamError> {
        std::future::poll_fn(|cx| self.poll_chunk(cx))
            .await
            .transpose()
    }

    /// The rest of the body, read whole.
    pub async fn bytes(mut self) -> Result<Vec<u8>, StreamError> {
        if self.buffered().is_some() {
            return Ok(self.into_buffered().unwrap_or_default());
        }
        let mut whole = Vec::new();
        while let Some(chunk) = self.chunk().await? {
            whole.extend_from_slice(&chunk);
        }
        Ok(whole)
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(bytes: Vec<u8>) -> Self {
        ByteStream::from_bytes(bytes)
    }
}

impl futures_core::Stream for ByteStream {
    type Item = Result<bytes::Bytes, StreamError>;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.get_mut().poll_chunk(cx)
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.buffered() {
            Some(bytes) => write!(f, "ByteStream(<{} bytes>)", bytes.len()),
            None => f.write_str("ByteStream(<arriving>)"),
        }
    }
}

/// Why a streamed body or event could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StreamError {
    /// The connection failed, or the client's timeout passed, while the body was arriving.
    #[error("the response body could not be read: {0}")]
    Body(Box<dyn std::error::Error + Send + Sync>),
    /// An event's `data` is not JSON of the documented schema. The event is kept as it came,
    /// and the stream goes on with the next one.
    #[error("the data of event `{}` does not match the documented schema: {source}", event.event)]
    Data {
        event: sse::Event,
        source: serde_json::Error,
    },
}

/// Server-Sent Events (`text/event-stream`, as the WHATWG HTML standard defines it): an
/// incremental parser for any client, and the events it gives.
pub mod sse {
    use std::time::Duration;

    /// One event. [`Parser`] gives `data` as the text the server sent;
    /// [`EventStream`](super::EventStream) decodes it as the documented schema says.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Event<T = String> {
        /// The `event` field: the event's type, `message` when the server names none.
        pub event: String,
        /// The `data` lines, joined by line breaks.
        pub data: T,
        /// The last `id` the stream set, at or before this event (it carries over to later
        /// events, as the standard says); `None` while the stream has set none.
        pub id: Option<String>,
        /// A `retry` field (reconnection time) sent since the previous event.
        pub retry: Option<Duration>,
    }

    impl<T> Event<T> {
        /// The same event with its data changed by `f`.
        pub fn map_data<U, E>(self, f: impl FnOnce(T) -> Result<U, E>) -> Result<Event<U>, E> {
            Ok(Event {
                event: self.event,
                data: f(self.data)?,
                id: self.id,
                retry: self.retry,
            })
        }
    }

    /// An incremental `text/event-stream` parser: feed it the body's bytes as they arrive, in
    /// pieces of any size, and it gives each event once the blank line ending it has come.
    ///
    /// Lines end in CRLF, LF or CR (a CRLF split across two pieces is one line end); lines
    /// starting with `:` are comments; fields are `event`, `data` (several lines join with
    /// `\n`), `id` (ignored when it holds NUL) and `retry` (digits only); other fields are
    /// ignored; a leading byte order mark is skipped; an event without `data` is not given.
    /// At the end of the body, an event not ended by a blank line is dropped, as the standard
    /// says. Sentinels some APIs send as data (OpenAI's `[DONE]`) are events like any other:
    /// see [`EventStream::stop_at`](super::EventStream::stop_at).
    #[derive(Debug, Clone, Default)]
    pub struct Parser {
        /// Bytes of a line not yet ended.
        line: Vec<u8>,
        /// The last piece ended in CR: a LF starting the next one ends no further line.
        after_cr: bool,
        /// Whether anything was read yet (a byte order mark may only come first).
        started: bool,
        event: String,
        data: String,
        has_data: bool,
        id: Option<String>,
        retry: Option<Duration>,
    }

    impl Parser {
        pub fn new() -> Self {
            Parser::default()
        }

        /// Reads `bytes`, the next piece of the body, and returns the events it completed.
        pub fn feed(&mut self, mut bytes: &[u8]) -> Vec<Event> {
            let mut events = Vec::new();
            if bytes.is_empty() {
                return events;
            }
            if !self.started {
                // Until three bytes have come, a byte order mark may still be arriving.
                let mut pending = std::mem::take(&mut self.line);
                pending.extend_from_slice(bytes);
                if pending.len() < 3 && b"\xEF\xBB\xBF".starts_with(&pending) {
                    self.line = pending;
                    return events;
                }
                self.started = true;
                let start = if pending.starts_with(b"\xEF\xBB\xBF") {
                    3
                } else {
                    0
                };
                let pending = pending.split_off(start);
                self.feed_started(&pending, &mut events);
                return events;
            }
            if self.after_cr && bytes.first() == Some(&b'\n') {
                bytes = &bytes[1..];
            }
            self.after_cr = false;
            self.feed_started(bytes, &mut events);
            events
        }

        fn feed_started(&mut self, bytes: &[u8], events: &mut Vec<Event>) {
            let mut rest = bytes;
            while let Some(end) = rest.iter().position(|&b| b == b'\n' || b == b'\r') {
                self.line.extend_from_slice(&rest[..end]);
                let line = std::mem::take(&mut self.line);
                if let Some(event) = self.line_done(&line) {
                    events.push(event);
                }
                let crlf = rest[end] == b'\r' && rest.get(end + 1) == Some(&b'\n');
                if rest[end] == b'\r' && end + 1 == rest.len() {
                    self.after_cr = true;
                }
                rest = &rest[end + if crlf { 2 } else { 1 }..];
            }
            self.line.extend_from_slice(rest);
        }

        /// The end of the body: whatever event was not ended by a blank line is dropped.
        pub fn finish(&mut self) {
            self.line.clear();
            self.event.clear();
            self.data.clear();
            self.has_data = false;
        }

        /// The last event id the stream set, to resume from.
        pub fn last_event_id(&self) -> Option<&str> {
            self.id.as_deref()
        }

        /// One line, without its line end; an empty line ends the event.
        fn line_done(&mut self, line: &[u8]) -> Option<Event> {
            if line.is_empty() {
                return self.dispatch();
            }
            if line[0] == b':' {
                return None;
            }
            let line = String::from_utf8_lossy(line);
            let (field, value) = match line.split_once(':') {
                Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
                None => (line.as_ref(), ""),
            };
            match field {
                "event" => value.clone_into(&mut self.event),
                "data" => {
                    if self.has_data {
                        self.data.push('\n');
                    }
                    self.data.push_str(value);
                    self.has_data = true;
                }
                "id" if !value.contains('\0') => self.id = Some(value.to_owned()),
                "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                    if let Ok(millis) = value.parse() {
                        self.retry = Some(Duration::from_millis(millis));
                    }
                }
                _ => {}
            }
            None
        }

        fn dispatch(&mut self) -> Option<Event> {
            let event = std::mem::take(&mut self.event);
            if !std::mem::take(&mut self.has_data) {
                return None;
            }
            Some(Event {
                event: if event.is_empty() {
                    "message".to_owned()
                } else {
                    event
                },
                data: std::mem::take(&mut self.data),
                id: self.id.clone(),
                retry: self.retry.take(),
            })
        }
    }
}

/// A `text/event-stream` response body: a [`Stream`](futures_core::Stream) of its events, each
/// one's `data` decoded as the documented schema says (JSON, or the text itself when the
/// schema is a string or absent). With the client, events come as the server sends them; from
/// [`Operation::from_response`], from the bytes at hand (polling never waits then). An event
/// whose data does not decode is an error item that keeps it, and the stream goes on.
pub struct EventStream<T> {
    body: ByteStream,
    parser: sse::Parser,
    ready: std::collections::VecDeque<sse::Event>,
    decode: fn(&str) -> Result<T, serde_json::Error>,
    /// Data that ends the stream (see [`EventStream::stop_at`]).
    sentinel: Option<String>,
    done: bool,
}

impl<T: serde::de::DeserializeOwned> EventStream<T> {
    /// The events of `body`, each one's data decoded as JSON.
    pub fn json(body: ByteStream) -> Self {
        EventStream::with_decoder(body, |data| serde_json::from_str(data))
    }
}

impl EventStream<String> {
    /// The events of `body`, data kept as text.
    pub fn text(body: ByteStream) -> Self {
        EventStream::with_decoder(body, |data| Ok(data.to_owned()))
    }
}

impl<T> EventStream<T> {
    fn with_decoder(body: ByteStream, decode: fn(&str) -> Result<T, serde_json::Error>) -> Self {
        EventStream {
            body,
            parser: sse::Parser::new(),
            ready: std::collections::VecDeque::new(),
            decode,
            sentinel: None,
            done: false,
        }
    }

    /// Ends the stream at the first event whose data is `data` exactly, without giving it: for
    /// APIs that close a stream with a sentinel such as `[DONE]`, which is not of the schema.
    pub fn stop_at(mut self, data: impl Into<String>) -> Self {
        self.sentinel = Some(data.into());
        self
    }

    /// The last event id the stream set, to resume from.
    pub fn last_event_id(&self) -> Option<&str> {
        self.parser.last_event_id()
    }
}

impl<T> futures_core::Stream for EventStream<T> {
    type Item = Result<sse::Event<T>, StreamError>;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        use std::task::Poll;
        let this = self.get_mut();
        loop {
            if let Some(event) = this.ready.pop_front() {
                if this.sentinel.as_deref() == Some(event.data.as_str()) {
                    this.done = true;
                    this.ready.clear();
                    return Poll::Ready(None);
                }
                return Poll::Ready(Some(match (this.decode)(&event.data) {
                    Ok(data) => Ok(sse::Event {
                        event: event.event,
                        data,
                        id: event.id,
                        retry: event.retry,
                    }),
                    Err(source) => Err(StreamError::Data { event, source }),
                }));
            }
            if this.done {
                return Poll::Ready(None);
            }
            match this.body.poll_chunk(cx) {
                Poll::Ready(Some(Ok(chunk))) => this.ready.extend(this.parser.feed(&chunk)),
                Poll::Ready(Some(Err(error))) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(error)));
                }
                Poll::Ready(None) => {
                    this.parser.finish();
                    this.done = true;
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("body", &self.body)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

/// A string enum of a generated module, from its table of values: the enum, whose last variant
/// keeps values unknown at generation time, with `as_str`, `From<String>`, `From<&str>`,
/// `Display`, `Serialize` and `Deserialize`. Written once here, so that a generated enum is its
/// values rather than six impls.
///
/// ```text
/// crate::runtime::string_enum! {
///     /// Docs of the enum.
///     pub enum State {
///         Open = "open",
///         Closed = "closed",
///         ..Unknown
///     }
/// }
/// ```
#[allow(unused_macros)]
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($variant:ident = $value:literal,)*
            ..$catch_all:ident
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                #[doc = concat!(" `", $value, "`")]
                $variant,
            )*
            /// A value this code does not know yet; the text is kept as received.
            $catch_all(::std::string::String),
        }

        impl $name {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::$catch_all(value) => value,
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    $($value => Self::$variant,)*
                    _ => Self::$catch_all(value),
                }
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::from(value.to_owned())
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)
                    .map(Self::from)
            }
        }
    };
}

/// An integer enum of a generated module, from its table of values: the sibling of
/// [`string_enum!`], with `as_i64`, `From<i64>`, `Display`, `Serialize` and `Deserialize`.
#[allow(unused_macros)]
macro_rules! integer_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($variant:ident = $value:literal,)*
            ..$catch_all:ident
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                #[doc = concat!(" `", stringify!($value), "`")]
                $variant,
            )*
            /// A value this code does not know yet, kept as received.
            $catch_all(i64),
        }

        impl $name {
            /// The value as it appears on the wire.
            pub fn as_i64(&self) -> i64 {
                match self {
                    $(Self::$variant => $value,)*
                    Self::$catch_all(value) => *value,
                }
            }
        }

        impl ::std::convert::From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    _ => Self::$catch_all(value),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}", self.as_i64())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.as_i64())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
    };
}

/// `new` and the setters of a generated struct (an operation, or a type a request sends), from
/// a table of its fields, each with the type its method takes: `impl Into<T>`, or `T` itself
/// for numbers and booleans (a literal such as `5` or `1.5` could not tell which type to
/// convert from). `new` takes the required fields in the order listed; each optional field has
/// a method of its name that stores `Some(value.into())`, with the row's attributes
/// (`#[deprecated]`); a row `[setter] field: …` (attributes after `[setter]`) names the method
/// `setter` where the field's own name is taken. Fields after `..` start as their type's
/// default. Attributes before the struct's name go on the `impl`.
///
/// ```ignore
/// crate::runtime::builder! {
///     ListIssues(owner: impl Into<String>, repo: impl Into<String>) {
///         state: impl Into<ListIssuesState>,
///         per_page: i64,
///         [with_new] new: bool,
///         ..extra,
///     }
/// }
/// ```
#[allow(unused_macros)]
macro_rules! builder {
    (
        $(#[$meta:meta])*
        $name:ident($($arg:ident: $arg_ty:ty),* $(,)?) {
            $($(#[$field_meta:meta])* $field:ident: $ty:ty,)*
            $([$setter:ident] $(#[$renamed_meta:meta])* $renamed:ident: $renamed_ty:ty,)*
            $(..$rest:ident,)*
        }
    ) => {
        $(#[$meta])*
        impl $name {
            /// The value from its required fields; the optional ones are unset.
            // One argument per required field, as many as the document has.
            #[allow(clippy::too_many_arguments)]
            pub fn new($($arg: $arg_ty),*) -> Self {
                Self {
                    $($arg: $arg.into(),)*
                    $($field: ::std::option::Option::None,)*
                    $($renamed: ::std::option::Option::None,)*
                    $($rest: ::std::default::Default::default(),)*
                }
            }

            $(
                #[doc = concat!("Sets `", stringify!($field), "`.")]
                $(#[$field_meta])*
                #[must_use]
                pub fn $field(mut self, value: $ty) -> Self {
                    self.$field = ::std::option::Option::Some(value.into());
                    self
                }
            )*

            $(
                #[doc = concat!("Sets `", stringify!($renamed), "`.")]
                $(#[$renamed_meta])*
                #[must_use]
                pub fn $setter(mut self, value: $renamed_ty) -> Self {
                    self.$renamed = ::std::option::Option::Some(value.into());
                    self
                }
            )*
        }
    };
}

/// The responses of an operation, from a table of them: the response enum, a variant per row;
/// the enums of its successes (when it has several) and of its errors; `runtime::Outcome`, which
/// splits the one into the others; and `runtime::Decode`, the status → variant decoding that
/// `Operation::decode` calls. Written once here, so that an operation's responses are rows
/// rather than four items of matching arms.
///
/// The header names the operation and what `into_result` returns: `enum Name` for an enum the
/// table declares from its `Ok` or `Err` rows, or a type (the body of the one success, `()`,
/// `std::convert::Infallible`). Attributes before `pub enum` go on every enum declared
/// (`Debug` is always derived). Each row, after the variant's docs, is the status pattern, the
/// variant with what it holds, and where `into_result` puts it:
///
/// - `NotFound`, `NotFound(Type = reader)`, or `Created { status, headers: Type, body: Type =
///   reader }` (any of the three, in this order); the reader is `json`, `base64` (JSON bytes
///   in base64 text), `text`, `bytes`, `sse_json`, `sse_text` (an event stream) or
///   `negotiated` (the type's own `from_body`);
/// - `Ok(body)` or `Ok(())`: the one success, its body or nothing; `Ok`: a variant of the
///   success enum; `Err`: a variant of the error enum; `Ok(body) if success else Err` (or
///   `Ok(())`): the body when the status is `2xx`, else an error.
///
/// Rows must come in the order the statuses are matched: codes, then ranges, then `_`. The
/// expansion names `runtime::…` and `http::…` paths, as the module calling it does.
///
/// ```text
/// runtime::responses! {
///     ListIssues: Result<Vec<Issue>, enum ListIssuesError>,
///     #[derive(Clone, PartialEq)]
///     pub enum ListIssuesResponse {
///         /// 200: The issues
///         200 => Ok { headers: LinkHeaders, body: Vec<Issue> = json }: Ok(body),
///         /// 404: Not found
///         404 => NotFound(BasicError = json): Err,
///     }
/// }
/// ```
#[allow(unused_macros)]
macro_rules! responses {
    // The header, in its four forms: each side an enum the table declares, or a type.
    (
        $op:ident: Result<enum $success:ident, enum $error:ident>,
        $(#[$meta:meta])* pub enum $name:ident { $($rows:tt)* }
    ) => {
        runtime::responses!(@rows [[$(#[$meta])*] $name $op parts body (enum $success) (enum $error)]
            [] [] [] [] [] $($rows)*);
    };
    (
        $op:ident: Result<enum $success:ident, $error:ty>,
        $(#[$meta:meta])* pub enum $name:ident { $($rows:tt)* }
    ) => {
        runtime::responses!(@rows [[$(#[$meta])*] $name $op parts body (enum $success) ($error)]
            [] [] [] [] [] $($rows)*);
    };
    (
        $op:ident: Result<$success:ty, enum $error:ident>,
        $(#[$meta:meta])* pub enum $name:ident { $($rows:tt)* }
    ) => {
        runtime::responses!(@rows [[$(#[$meta])*] $name $op parts body ($success) (enum $error)]
            [] [] [] [] [] $($rows)*);
    };
    (
        $op:ident: Result<$success:ty, $error:ty>,
        $(#[$meta:meta])* pub enum $name:ident { $($rows:tt)* }
    ) => {
        runtime::responses!(@rows [[$(#[$meta])*] $name $op parts body ($success) ($error)]
            [] [] [] [] [] $($rows)*);
    };

    // Every row read: the items. The accumulators are the response enum's variants, the success
    // and error enums' variants, `into_result`'s arms and `decode`'s arms.
    (@rows [[$($meta:tt)*] $name:ident $op:ident $parts:ident $body:ident $success:tt $error:tt]
        [$($variants:tt)*] [$($oks:tt)*] [$($errs:tt)*] [$($arms:tt)*] [$($decode:tt)*]
    ) => {
        #[doc = concat!(" The documented responses of [`", stringify!($op), "`].")]
        #[derive(Debug)]
        $($meta)*
        // A response is matched once and dropped: a large variant costs no allocation per call.
        #[allow(clippy::large_enum_variant)]
        pub enum $name {
            $($variants)*
        }

        runtime::responses!(@split $success [$($meta)*] concat!(
            " The successful responses of [`", stringify!($op),
            "`]: what `into_result` returns as `Ok`."
        ), $($oks)*);
        runtime::responses!(@split $error [$($meta)*] concat!(
            " The documented error responses of [`", stringify!($op),
            "`]: what `into_result` returns as errors."
        ), $($errs)*);

        impl runtime::Outcome for $name {
            type Success = runtime::responses!(@type $success);
            type Error = runtime::responses!(@type $error);

            // The types by name: `Self::Success` could be a variant.
            fn into_result(
                self,
            ) -> Result<runtime::responses!(@type $success), runtime::responses!(@type $error)> {
                match self {
                    $($arms)*
                }
            }
        }

        impl runtime::Decode for $name {
            fn decode(
                $parts: &http::response::Parts,
                $body: runtime::ByteStream,
            ) -> Result<Self, runtime::ResponseError> {
                // A code inside a documented range comes before it, as the specification says,
                // and `_` after both: the last arm is then never reached.
                #[allow(unreachable_patterns, clippy::match_overlapping_arm)]
                match $parts.status.as_u16() {
                    $($decode)*
                    _ => Err(runtime::ResponseError::unexpected($parts, $body)),
                }
            }
        }
    };

    // A row without a body.
    (@rows [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt $error:tt]
        [$($variants:tt)*] $oks:tt $errs:tt [$($arms:tt)*] [$($decode:tt)*]
        $(#[$doc:meta])* $status:pat => $variant:ident: Ok(()), $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success $error]
            [$($variants)* $(#[$doc])* $variant,] $oks $errs
            [$($arms)* $name::$variant => Ok(()),]
            [$($decode)* $status => Ok($name::$variant),]
            $($rest)*);
    };
    (@rows [$meta:tt $name:ident $op:ident $parts:ident $body:ident (enum $success:ident) $error:tt]
        [$($variants:tt)*] [$($oks:tt)*] $errs:tt [$($arms:tt)*] [$($decode:tt)*]
        $(#[$doc:meta])* $status:pat => $variant:ident: Ok, $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body (enum $success) $error]
            [$($variants)* $(#[$doc])* $variant,] [$($oks)* $(#[$doc])* $variant,] $errs
            [$($arms)* $name::$variant => Ok($success::$variant),]
            [$($decode)* $status => Ok($name::$variant),]
            $($rest)*);
    };
    (@rows [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt (enum $error:ident)]
        [$($variants:tt)*] $oks:tt [$($errs:tt)*] [$($arms:tt)*] [$($decode:tt)*]
        $(#[$doc:meta])* $status:pat => $variant:ident: Err, $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success (enum $error)]
            [$($variants)* $(#[$doc])* $variant,] $oks [$($errs)* $(#[$doc])* $variant,]
            [$($arms)* $name::$variant => Err($error::$variant),]
            [$($decode)* $status => Ok($name::$variant),]
            $($rest)*);
    };

    // A row holding its body alone.
    (@rows [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt $error:tt]
        [$($variants:tt)*] $oks:tt $errs:tt [$($arms:tt)*] [$($decode:tt)*]
        $(#[$doc:meta])* $status:pat => $variant:ident($ty:ty = $read:ident): Ok(body),
        $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success $error]
            [$($variants)* $(#[$doc])* $variant($ty),] $oks $errs
            [$($arms)* $name::$variant(body) => Ok(body),]
            [$($decode)* $status => Ok($name::$variant(
                runtime::responses!(@read $parts $body $read $ty)
            )),]
            $($rest)*);
    };
    (@rows [$meta:tt $name:ident $op:ident $parts:ident $body:ident (enum $success:ident) $error:tt]
        [$($variants:tt)*] [$($oks:tt)*] $errs:tt [$($arms:tt)*] [$($decode:tt)*]
        $(#[$doc:meta])* $status:pat => $variant:ident($ty:ty = $read:ident): Ok, $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body (enum $success) $error]
            [$($variants)* $(#[$doc])* $variant($ty),] [$($oks)* $(#[$doc])* $variant($ty),] $errs
            [$($arms)* $name::$variant(body) => Ok($success::$variant(body)),]
            [$($decode)* $status => Ok($name::$variant(
                runtime::responses!(@read $parts $body $read $ty)
            )),]
            $($rest)*);
    };
    (@rows [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt (enum $error:ident)]
        [$($variants:tt)*] $oks:tt [$($errs:tt)*] [$($arms:tt)*] [$($decode:tt)*]
        $(#[$doc:meta])* $status:pat => $variant:ident($ty:ty = $read:ident): Err, $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success (enum $error)]
            [$($variants)* $(#[$doc])* $variant($ty),] $oks [$($errs)* $(#[$doc])* $variant($ty),]
            [$($arms)* $name::$variant(body) => Err($error::$variant(body)),]
            [$($decode)* $status => Ok($name::$variant(
                runtime::responses!(@read $parts $body $read $ty)
            )),]
            $($rest)*);
    };

    // A row holding named values: the status, the documented headers, the body.
    (@rows $context:tt $variants:tt $oks:tt $errs:tt $arms:tt $decode:tt
        $(#[$doc:meta])* $status:pat => $variant:ident {
            $($field:ident $(: $ty:ty $(= $read:ident)?)?),* $(,)?
        }: $outcome:ident $(($($value:tt)*))? $(if success else $else:ident)?, $($rest:tt)*
    ) => {
        runtime::responses!(@named $context $variants $oks $errs $arms $decode
            [$(#[$doc])* $variant {
                $(
                    #[doc = runtime::responses!(@doc $field)]
                    $field: runtime::responses!(@type $field $($ty)?),
                )*
            }]
            [$status, $variant, $($field $(: $ty $(= $read)?)?),*]
            [$outcome $(($($value)*))? $(if success else $else)?]
            $($rest)*);
    };
    (@named [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt $error:tt]
        [$($variants:tt)*] $oks:tt $errs:tt $arms:tt [$($decode:tt)*] [$($declared:tt)*]
        [$status:pat, $variant:ident, $($field:ident $(: $ty:ty $(= $read:ident)?)?),*]
        $outcome:tt $($rest:tt)*
    ) => {
        runtime::responses!(@outcome [$meta $name $op $parts $body $success $error]
            [$($variants)* $($declared)*,] $oks $errs $arms
            [$($decode)* $status => {
                $(runtime::responses! { @bind $parts $body $field $field $(: $ty $(= $read)?)? })*
                Ok($name::$variant {
                    $($field: runtime::responses!(
                        @value $parts $body $field $field $(: $ty $(= $read)?)?
                    ),)*
                })
            }]
            [$($declared)*] [$variant $($field)*] $outcome $($rest)*);
    };

    // Where `into_result` puts a row holding named values.
    (@outcome [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt $error:tt]
        $variants:tt $oks:tt $errs:tt [$($arms:tt)*] $decode:tt $declared:tt
        [$variant:ident $($field:ident)*] [Ok(body)] $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success $error]
            $variants $oks $errs
            [$($arms)* $name::$variant { body, .. } => Ok(body),] $decode $($rest)*);
    };
    (@outcome [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt $error:tt]
        $variants:tt $oks:tt $errs:tt [$($arms:tt)*] $decode:tt $declared:tt
        [$variant:ident $($field:ident)*] [Ok(())] $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success $error]
            $variants $oks $errs
            [$($arms)* $name::$variant { .. } => Ok(()),] $decode $($rest)*);
    };
    (@outcome [$meta:tt $name:ident $op:ident $parts:ident $body:ident (enum $success:ident) $error:tt]
        $variants:tt [$($oks:tt)*] $errs:tt [$($arms:tt)*] $decode:tt [$($declared:tt)*]
        [$variant:ident $($field:ident)*] [Ok] $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body (enum $success) $error]
            $variants [$($oks)* $($declared)*,] $errs
            [$($arms)* $name::$variant { $($field),* } => Ok($success::$variant { $($field),* }),]
            $decode $($rest)*);
    };
    (@outcome [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt (enum $error:ident)]
        $variants:tt $oks:tt [$($errs:tt)*] [$($arms:tt)*] $decode:tt [$($declared:tt)*]
        [$variant:ident $($field:ident)*] [Err] $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success (enum $error)]
            $variants $oks [$($errs)* $($declared)*,]
            [$($arms)* $name::$variant { $($field),* } => Err($error::$variant { $($field),* }),]
            $decode $($rest)*);
    };
    (@outcome [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt (enum $error:ident)]
        $variants:tt $oks:tt [$($errs:tt)*] [$($arms:tt)*] $decode:tt [$($declared:tt)*]
        [$variant:ident $($field:ident)*] [Ok(body) if success else Err] $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success (enum $error)]
            $variants $oks [$($errs)* $($declared)*,]
            [$($arms)*
                $name::$variant { status, body, .. } if status.is_success() => Ok(body),
                $name::$variant { $($field),* } => Err($error::$variant { $($field),* }),]
            $decode $($rest)*);
    };
    (@outcome [$meta:tt $name:ident $op:ident $parts:ident $body:ident $success:tt (enum $error:ident)]
        $variants:tt $oks:tt [$($errs:tt)*] [$($arms:tt)*] $decode:tt [$($declared:tt)*]
        [$variant:ident $($field:ident)*] [Ok(()) if success else Err] $($rest:tt)*
    ) => {
        runtime::responses!(@rows [$meta $name $op $parts $body $success (enum $error)]
            $variants $oks [$($errs)* $($declared)*,]
            [$($arms)*
                $name::$variant { status, .. } if status.is_success() => Ok(()),
                $name::$variant { $($field),* } => Err($error::$variant { $($field),* }),]
            $decode $($rest)*);
    };

    // What a named value is, holds and reads.
    (@doc status) => { " The status the server sent." };
    (@doc headers) => { " The headers the response documents." };
    (@doc body) => { " The response body." };
    (@type status) => { http::StatusCode };
    (@type $field:ident $ty:ty) => { $ty };
    (@type (enum $name:ident)) => { $name };
    (@type ($ty:ty)) => { $ty };
    // Headers are read first, while the body is there to keep should they not parse.
    (@bind $parts:ident $body:ident headers $field:ident: $ty:ty) => {
        let $field: $ty = runtime::response_headers($parts, &$body)?;
    };
    (@bind $($other:tt)*) => {};
    (@value $parts:ident $body:ident status $field:ident) => { $parts.status };
    (@value $parts:ident $body:ident headers $field:ident: $ty:ty) => { $field };
    (@value $parts:ident $body:ident body $field:ident: $ty:ty = $read:ident) => {
        runtime::responses!(@read $parts $body $read $ty)
    };
    (@read $parts:ident $body:ident json $ty:ty) => { runtime::json_body($parts, $body)? };
    (@read $parts:ident $body:ident base64 $ty:ty) => {
        runtime::json_body::<runtime::base64::Decoded<$ty>>($parts, $body)?.0
    };
    (@read $parts:ident $body:ident text $ty:ty) => { runtime::text_body($parts, $body)? };
    (@read $parts:ident $body:ident bytes $ty:ty) => { runtime::bytes_body($parts, $body)? };
    (@read $parts:ident $body:ident sse_json $ty:ty) => { runtime::EventStream::json($body) };
    (@read $parts:ident $body:ident sse_text $ty:ty) => { runtime::EventStream::text($body) };
    (@read $parts:ident $body:ident negotiated $ty:ty) => { <$ty>::from_body($parts, $body)? };

    // The success or error enum, when the header says the table declares it.
    (@split (enum $name:ident) [$($meta:tt)*] $doc:expr, $($variants:tt)*) => {
        #[doc = $doc]
        #[derive(Debug)]
        $($meta)*
        #[allow(clippy::large_enum_variant)]
        pub enum $name {
            $($variants)*
        }
    };
    (@split ($ty:ty) $($rest:tt)*) => {};
}

/// `impl runtime::Paginated` of an operation whose results come in pages, from one row: the
/// operation, the variant of its response that is a page with where its items are, the item
/// type, and how the next page is asked for. Any other variant is not a page: `items` gives it
/// back, and there is no next page after it.
///
/// - `Ok(body)` or `Ok { body }` (a variant holding documented headers too): the page's body is
///   the list of items; `Ok(body.data)`, `Ok { body.data }`: they are its member `data`.
/// - `next: link`: the next page is the target of the response's `Link: <…>; rel="next"`
///   header, as GitHub pages.
/// - `next: starting_after = Some(last.id) if has_more`: while the page's member `has_more` is
///   true, the next page is the operation again with its field `starting_after` set to the
///   member `id` of the page's last item (`= last.id` for a required field), as Stripe pages.
///
/// Attributes before the operation go on the `impl`. The expansion names `runtime::…` paths, as
/// the module calling it does.
///
/// ```text
/// runtime::paginated!(IssuesListForRepo: Ok { body } => Issue, next: link);
/// runtime::paginated!(GetCharges: Ok(body.data) => Charge, next: starting_after = Some(last.id) if has_more);
/// ```
#[allow(unused_macros)]
macro_rules! paginated {
    (
        $(#[$meta:meta])*
        $op:ident: $variant:ident $page:tt => $item:ty, next: link
    ) => {
        $(#[$meta])*
        impl runtime::Paginated for $op {
            type Item = $item;

            // With a response of one variant, the arm for the others is never reached.
            #[allow(unreachable_patterns)]
            fn items(response: Self::Response) -> Result<Vec<$item>, Self::Response> {
                type Page = <$op as runtime::Operation>::Response;
                match response {
                    runtime::paginated!(@bind Page $variant $page) => {
                        Ok(runtime::paginated!(@items $page))
                    }
                    other => Err(other),
                }
            }

            #[allow(unreachable_patterns)]
            fn next_page(
                &self,
                page: &runtime::Response<Self::Response>,
            ) -> Option<runtime::NextPage<Self>> {
                type Page = <$op as runtime::Operation>::Response;
                match **page {
                    runtime::paginated!(@any Page $variant $page) => {
                        runtime::NextPage::from_link(page.headers())
                    }
                    _ => None,
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        $op:ident: $variant:ident $page:tt => $item:ty,
        next: $cursor:ident = Some(last . $field:ident) if $has_more:ident
    ) => {
        runtime::paginated!(@cursor [$(#[$meta])*] $op $variant $page $item
            [$cursor [Some] $field $has_more]);
    };
    (
        $(#[$meta:meta])*
        $op:ident: $variant:ident $page:tt => $item:ty,
        next: $cursor:ident = last . $field:ident if $has_more:ident
    ) => {
        runtime::paginated!(@cursor [$(#[$meta])*] $op $variant $page $item
            [$cursor [] $field $has_more]);
    };
    (@cursor [$($meta:tt)*] $op:ident $variant:ident $page:tt $item:ty
        [$cursor:ident [$($some:ident)?] $field:ident $has_more:ident]
    ) => {
        $($meta)*
        impl runtime::Paginated for $op {
            type Item = $item;

            #[allow(unreachable_patterns)]
            fn items(response: Self::Response) -> Result<Vec<$item>, Self::Response> {
                type Page = <$op as runtime::Operation>::Response;
                match response {
                    runtime::paginated!(@bind Page $variant $page) => {
                        Ok(runtime::paginated!(@items $page))
                    }
                    other => Err(other),
                }
            }

            #[allow(unreachable_patterns)]
            fn next_page(
                &self,
                page: &runtime::Response<Self::Response>,
            ) -> Option<runtime::NextPage<Self>> {
                type Page = <$op as runtime::Operation>::Response;
                match &**page {
                    runtime::paginated!(@bind Page $variant $page) => {
                        if !runtime::paginated!(@body $page).$has_more {
                            return None;
                        }
                        let last = runtime::paginated!(@items $page).last()?;
                        let mut next = self.clone();
                        next.$cursor = $($some)?(last.$field.clone());
                        Some(runtime::NextPage::Operation(next))
                    }
                    _ => None,
                }
            }
        }
    };

    // The page's variant, binding its body, or not.
    (@bind $enum:ident $variant:ident ($body:ident $(. $items:ident)?)) => {
        $enum::$variant($body)
    };
    (@bind $enum:ident $variant:ident { $body:ident $(. $items:ident)? }) => {
        $enum::$variant { $body, .. }
    };
    (@any $enum:ident $variant:ident ($($page:tt)*)) => { $enum::$variant(..) };
    (@any $enum:ident $variant:ident { $($page:tt)* }) => { $enum::$variant { .. } };
    // The bound body, and its items.
    (@body ($body:ident $(. $items:ident)?)) => { $body };
    (@body { $body:ident $(. $items:ident)? }) => { $body };
    (@items ($body:ident $(. $items:ident)?)) => { $body $(.$items)? };
    (@items { $body:ident $(. $items:ident)? }) => { $body $(.$items)? };
}

/// `Debug` of a struct holding secrets, from its fields in order, each secret one marked
/// `: redacted`: the struct as `#[derive(Debug)]` prints it, but [`Redacted`] (`<redacted>`) in
/// place of each secret's value. Attributes before the name go on the `impl`.
///
/// ```text
/// runtime::redacted_debug! { Client { id, name, client_secret: redacted, r#type } }
/// ```
#[allow(unused_macros)]
macro_rules! redacted_debug {
    ($(#[$meta:meta])* $name:ident { $($field:ident $(: $redacted:ident)?),* $(,)? }) => {
        $(#[$meta])*
        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(stringify!($name))
                    $(.field(
                        // As derived: `r#type` is `type`.
                        stringify!($field).trim_start_matches("r#"),
                        runtime::redacted_debug!(@value self $field $($redacted)?),
                    ))*
                    .finish()
            }
        }
    };
    (@value $this:ident $field:ident) => { &$this.$field };
    (@value $this:ident $field:ident redacted) => { &runtime::Redacted };
}

/// `Deserialize` of a generated struct, from its fields in order (see [`members`]): each field
/// reads the member of its name, or of the name after `=`; `: base64` reads bytes from base64,
/// `: nullable` an `Option<Option<_>>` (absent `None`, `null` `Some(None)`), `: nullable_base64`
/// both; `..field` takes the members no other field names. Attributes before the name go on
/// the `impl`. With feature `fast-decode`, the same table expands to a streaming visitor
/// instead (see below).
///
/// ```text
/// runtime::decode!(Label { id, name, r#type = "type", data: base64, ..additional_properties });
/// ```
#[cfg(not(feature = "fast-decode"))]
#[allow(unused_macros)]
macro_rules! decode {
    ($(#[$meta:meta])* $name:ident {}) => {
        $(#[$meta])*
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                runtime::members::object(deserializer, |_| Ok(Self {}))
            }
        }
    };
    ($(#[$meta:meta])* $name:ident {
        $($field:ident $(= $wire:literal)? $(: $read:ident)?),*
        $(, ..$rest:ident $(: $rest_read:ident)?)? $(,)?
    }) => {
        $(#[$meta])*
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // `Self`: a struct named `D` would be the type parameter here.
                runtime::members::object(deserializer, |object| {
                    Ok(Self {
                        $($field: runtime::decode!(@member object $field $(= $wire)? $(: $read)?)?,)*
                        $($rest: object.rest(runtime::decode!(@read $($rest_read)?))?,)?
                    })
                })
            }
        }
    };
    (@member $object:ident $field:ident) => { $object.member(stringify!($field)) };
    (@member $object:ident $field:ident = $wire:literal) => { $object.member($wire) };
    (@member $object:ident $field:ident : $read:ident) => {
        runtime::decode!(@with $object, stringify!($field), $read)
    };
    (@member $object:ident $field:ident = $wire:literal : $read:ident) => {
        runtime::decode!(@with $object, $wire, $read)
    };
    (@with $object:ident, $key:expr, base64) => {
        $object.member_with($key, runtime::base64::deserialize)
    };
    (@with $object:ident, $key:expr, nullable) => {
        $object.present_with($key, runtime::nullable::deserialize)
    };
    (@with $object:ident, $key:expr, nullable_base64) => {
        $object.present_with($key, runtime::base64::nullable::deserialize)
    };
    (@read) => { ::serde::Deserialize::deserialize };
    (@read base64) => { runtime::base64::deserialize };
}

/// [`decode!`] with feature `fast-decode`: a visitor that reads each member into its field as it
/// comes, as `#[derive(Deserialize)]` does and about as fast, for about twice the compile time
/// of the default expansion (still less than the derive's). A member's error is serde's, with
/// its position, not prefixed with the member's name.
#[cfg(feature = "fast-decode")]
#[allow(unused_macros)]
macro_rules! decode {
    ($(#[$meta:meta])* $name:ident {
        $($field:ident $(= $wire:literal)? $(: $read:ident)?),*
        $(, ..$rest:ident $(: $rest_read:ident)?)? $(,)?
    }) => {
        // A block of its own, as serde's derive does: `Members` is this struct's alone, and
        // `$name` is not shadowed by `deserialize`'s type parameter (a struct named `D`).
        const _: () = {
            struct Members;

            $(#[$meta])*
            impl<'de> ::serde::de::Visitor<'de> for Members {
                type Value = $name;

                fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(concat!("an object (", stringify!($name), ")"))
                }

                #[allow(unused_mut)]
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<$name, A::Error> {
                    // Locals named as the fields: macro hygiene keeps them apart from `map`.
                    $(let mut $field = None;)*
                    $(let mut $rest = ::serde_json::Map::new();)?
                    while let Some(key) = map.next_key::<runtime::members::Key<'de>>()? {
                        match key.as_str() {
                            $(runtime::decode!(@key $field $(= $wire)?) => {
                                $field = Some(runtime::decode!(@next map $($read)?));
                            })*
                            _ => runtime::decode!(@other map key $($rest)?),
                        }
                    }
                    Ok($name {
                        $($field: runtime::decode!(
                            @finish $field, runtime::decode!(@key $field $(= $wire)?) $(, $read)?
                        ),)*
                        $($rest: runtime::members::unnamed(
                            $rest,
                            runtime::decode!(@read $($rest_read)?),
                        )?,)?
                    })
                }
            }

            impl<'de> ::serde::Deserialize<'de> for $name {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    deserializer.deserialize_map(Members)
                }
            }
        };
    };
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident = $wire:literal) => { $wire };
    (@next $map:ident) => { $map.next_value()? };
    (@next $map:ident base64) => { $map.next_value::<runtime::base64::Decoded<_>>()?.0 };
    (@next $map:ident nullable) => { $map.next_value::<Option<_>>()? };
    (@next $map:ident nullable_base64) => {
        $map.next_value::<Option<runtime::base64::Decoded<_>>>()?.map(|decoded| decoded.0)
    };
    (@other $map:ident $key:ident) => {{
        $map.next_value::<::serde::de::IgnoredAny>()?;
    }};
    (@other $map:ident $key:ident $rest:ident) => {{
        $rest.insert($key.as_str().to_owned(), $map.next_value()?);
    }};
    (@finish $field:ident, $key:expr) => {
        match $field {
            Some(value) => value,
            None => runtime::members::absent($key, ::serde::Deserialize::deserialize)?,
        }
    };
    (@finish $field:ident, $key:expr, base64) => {
        match $field {
            Some(value) => value,
            None => runtime::members::absent($key, runtime::base64::deserialize)?,
        }
    };
    // Absent: `None`; `null`: `Some(None)`.
    (@finish $field:ident, $key:expr, nullable) => { $field };
    (@finish $field:ident, $key:expr, nullable_base64) => { $field };
    (@read) => { ::serde::Deserialize::deserialize };
    (@read base64) => { runtime::base64::deserialize };
}

// Paths for generated code (`crate::runtime::string_enum!`); this crate itself uses them only in
// its tests.
#[allow(unused_imports)]
pub(crate) use {builder, decode, integer_enum, paginated, redacted_debug, responses, string_enum};

// ----- Pagination ------------------------------------------------------------------------------

/// An operation whose results come in pages: a list is answered a page at a time, and each page
/// says how to ask for the next one. The client's `pages` and `items` follow them to the end.
pub trait Paginated: Operation + Sized {
    /// One result of a page.
    type Item;

    /// The items of a page; the response back when it holds none (a documented error).
    fn items(response: Self::Response) -> Result<Vec<Self::Item>, Self::Response>;

    /// What to request for the page after `page`; `None` after the last one.
    fn next_page(&self, page: &Response<Self::Response>) -> Option<NextPage<Self>>;
}

/// How the page after another is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextPage<O> {
    /// The operation again, with its cursor moved past the items already received.
    Operation(O),
    /// The target of the page's `Link: <…>; rel="next"` header (RFC 8288): the operation's
    /// request is sent to this URL instead ([`page_request`]).
    Link(String),
}

impl<O> NextPage<O> {
    /// The `rel="next"` target of a response's `Link` headers, when there is one.
    pub fn from_link(headers: &http::HeaderMap) -> Option<Self> {
        link::next(headers).map(NextPage::Link)
    }
}

/// The request for a page of `operation` at `base_url`: its own request, or, for a `Link`
/// target, that request sent to the target's URL. A relative target is resolved against the
/// request's URL; a target on another scheme, host or port is refused
/// ([`RequestError::ForeignLink`]), so that credentials never follow a link elsewhere.
pub fn page_request<O: Operation>(
    operation: &O,
    link: Option<&str>,
    base_url: &str,
) -> Result<http::Request<Vec<u8>>, RequestError> {
    let mut request = operation.to_request(base_url)?;
    if let Some(link) = link {
        let target = link::resolve(request.uri(), link)
            .ok_or_else(|| RequestError::ForeignLink(redact_uri(link)))?;
        *request.uri_mut() = target;
    }
    Ok(request)
}

/// `Link` headers (RFC 8288): what a server says about related resources, such as the next
/// page of a list.
pub mod link {
    /// One link of a `Link` header.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Link {
        /// The URI reference between `<` and `>`, as written.
        pub target: String,
        /// The parameters, names in lower case, values unquoted (`None` for a name alone).
        pub params: Vec<(String, Option<String>)>,
    }

    impl Link {
        /// The value of the first parameter named `name` (in any case), as RFC 8288 reads
        /// repeated parameters.
        pub fn param(&self, name: &str) -> Option<&str> {
            self.params
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .and_then(|(_, value)| value.as_deref())
        }

        /// Whether `rel` lists the relation `relation` (one of its space-separated names, in
        /// any case: `rel="next last"`).
        pub fn has_rel(&self, relation: &str) -> bool {
            self.param("rel").is_some_and(|rel| {
                rel.split_ascii_whitespace()
                    .any(|name| name.eq_ignore_ascii_case(relation))
            })
        }
    }

    /// The links of one `Link` header value, in order. A malformed link is skipped, up to the
    /// comma that ends it, and the others are still read.
    pub fn parse(value: &str) -> Vec<Link> {
        let mut links = Vec::new();
        let mut rest = value;
        loop {
            rest = rest.trim_start_matches(|c: char| c == ',' || c.is_ascii_whitespace());
            let Some(after) = rest.strip_prefix('<') else {
                if rest.is_empty() {
                    return links;
                }
                rest = skip_link(rest);
                continue;
            };
            let Some(end) = after.find('>') else {
                return links;
            };
            let target = after[..end].trim().to_owned();
            rest = &after[end + 1..];
            match params(&mut rest) {
                Some(params) => links.push(Link { target, params }),
                None => rest = skip_link(rest),
            }
        }
    }

    /// The `rel="next"` target among every `Link` header of `headers`.
    pub fn next(headers: &http::HeaderMap) -> Option<String> {
        headers
            .get_all(http::header::LINK)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(parse)
            .find(|link| link.has_rel("next"))
            .map(|link| link.target)
    }

    /// The parameters after a link's `>`, up to the comma that ends the link; `None` when they
    /// are malformed.
    fn params(rest: &mut &str) -> Option<Vec<(String, Option<String>)>> {
        let mut params = Vec::new();
        loop {
            *rest = rest.trim_start();
            match rest.chars().next() {
                None | Some(',') => return Some(params),
                Some(';') => *rest = rest[1..].trim_start(),
                Some(_) => return None,
            }
            let name_end = rest.find(['=', ';', ',', ' ', '\t']).unwrap_or(rest.len());
            let name = rest[..name_end].to_ascii_lowercase();
            *rest = rest[name_end..].trim_start();
            if name.is_empty() {
                // `;` with nothing after it.
                continue;
            }
            let value = match rest.strip_prefix('=') {
                Some(after) => {
                    *rest = after.trim_start();
                    Some(value(rest)?)
                }
                None => None,
            };
            params.push((name, value));
        }
    }

    /// A token or a quoted string (with `\` escapes), consumed from `rest`.
    fn value(rest: &mut &str) -> Option<String> {
        if let Some(quoted) = rest.strip_prefix('"') {
            let mut text = String::new();
            let mut chars = quoted.char_indices();
            while let Some((at, c)) = chars.next() {
                match c {
                    '"' => {
                        *rest = &quoted[at + 1..];
                        return Some(text);
                    }
                    '\\' => text.push(chars.next()?.1),
                    c => text.push(c),
                }
            }
            None
        } else {
            let end = rest.find([';', ',', ' ', '\t']).unwrap_or(rest.len());
            let token = rest[..end].to_owned();
            *rest = &rest[end..];
            Some(token)
        }
    }

    /// `rest` after the next comma outside quotes and `<…>`.
    fn skip_link(rest: &str) -> &str {
        let mut quoted = false;
        let mut escaped = false;
        let mut bracketed = false;
        for (at, c) in rest.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' if quoted => escaped = true,
                '"' if !bracketed => quoted = !quoted,
                '<' if !quoted => bracketed = true,
                '>' if !quoted => bracketed = false,
                ',' if !quoted && !bracketed => return &rest[at + 1..],
                _ => {}
            }
        }
        ""
    }

    /// `target` resolved against `base` (RFC 3986 §5.2, without removing dot segments), when
    /// it has the same scheme and authority.
    pub fn resolve(base: &http::Uri, target: &str) -> Option<http::Uri> {
        let scheme = base.scheme_str()?;
        let authority = base.authority()?.as_str();
        let origin = format!("{scheme}://{authority}");
        let resolved = if let Some(path) = target.strip_prefix("//") {
            format!("{scheme}://{path}")
        } else if target.starts_with('/') {
            format!("{origin}{target}")
        } else if target.starts_with('?') {
            format!("{origin}{}{target}", base.path())
        } else if has_scheme(target) {
            target.to_owned()
        } else {
            let directory = base.path().rsplit_once('/').map_or("", |(dir, _)| dir);
            format!("{origin}{directory}/{target}")
        };
        let uri: http::Uri = resolved.parse().ok()?;
        let same_origin = uri
            .scheme_str()
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
            && uri
                .host()
                .zip(base.host())
                .is_some_and(|(host, base_host)| host.eq_ignore_ascii_case(base_host))
            && port(&uri) == port(base);
        same_origin.then_some(uri)
    }

    /// The port a URI's requests go to: its own, else its scheme's default, so that
    /// `https://host:443` and `https://host` are one origin.
    fn port(uri: &http::Uri) -> Option<u16> {
        uri.port_u16().or_else(|| {
            let scheme = uri.scheme_str()?;
            if scheme.eq_ignore_ascii_case("https") {
                Some(443)
            } else if scheme.eq_ignore_ascii_case("http") {
                Some(80)
            } else {
                None
            }
        })
    }

    /// Whether a URI reference starts with a scheme (`https:`).
    fn has_scheme(target: &str) -> bool {
        let scheme = target.split(':').next().unwrap_or_default();
        target.len() > scheme.len()
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    }
}

// ----- Retries ---------------------------------------------------------------------------------

/// When and how often the clients send a request again: after `429 Too Many Requests`,
/// `502`, `503` and `504`, and after a connection that failed or timed out, but only for a
/// request that may be sent twice (see [`retry::may_retry`]).
pub mod retry {
    use std::hash::{BuildHasher, RandomState};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::{Duration, Instant, SystemTime};

    /// How many attempts, how long to wait between them, and how long in all. No retries
    /// unless a client is given one ([`RetryPolicy::new`]: 3 attempts).
    #[derive(Debug, Clone)]
    pub struct RetryPolicy {
        attempts: u32,
        initial_backoff: Duration,
        max_backoff: Duration,
        retry_after_cap: Duration,
        deadline: Option<Duration>,
        jitter: Option<Jitter>,
    }

    /// The random half of each backoff: a SplitMix64 sequence, shared by the clones of a
    /// policy so that concurrent requests do not wait in step.
    #[derive(Debug, Clone)]
    struct Jitter(Arc<AtomicU64>);

    impl Jitter {
        fn seeded(seed: u64) -> Self {
            Jitter(Arc::new(AtomicU64::new(seed)))
        }

        /// A number in `0..=1`.
        fn next(&self) -> f64 {
            let mut z = self
                .0
                .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
                .wrapping_add(0x9E37_79B9_7F4A_7C15);
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            (z >> 11) as f64 / ((1u64 << 53) - 1) as f64
        }
    }

    impl Default for RetryPolicy {
        fn default() -> Self {
            RetryPolicy::new()
        }
    }

    impl RetryPolicy {
        /// 3 attempts; backoff from 500 ms, doubling up to 30 s, half of it random; a
        /// `Retry-After` of up to 60 s is waited; no overall deadline.
        pub fn new() -> Self {
            RetryPolicy {
                attempts: 3,
                initial_backoff: Duration::from_millis(500),
                max_backoff: Duration::from_secs(30),
                retry_after_cap: Duration::from_secs(60),
                deadline: None,
                jitter: Some(Jitter::seeded(RandomState::new().hash_one(0u8))),
            }
        }

        /// A single attempt: what a client does without a policy.
        pub fn none() -> Self {
            RetryPolicy::new().attempts(1)
        }

        /// Attempts in all, the first one included (at least 1).
        pub fn attempts(mut self, attempts: u32) -> Self {
            self.attempts = attempts.max(1);
            self
        }

        /// The wait before the first retry, doubled for each later one up to `max`.
        pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
            self.initial_backoff = initial;
            self.max_backoff = max.max(initial);
            self
        }

        /// The longest `Retry-After` waited; a longer one is waited this long.
        pub fn retry_after_cap(mut self, cap: Duration) -> Self {
            self.retry_after_cap = cap;
            self
        }

        /// The time all attempts and waits together may take: no retry is made that would
        /// start after it, and each attempt's timeout ends with it.
        pub fn deadline(mut self, deadline: Option<Duration>) -> Self {
            self.deadline = deadline;
            self
        }

        /// The random half of each backoff drawn from `seed`, so that waits can be reproduced.
        pub fn jitter_seed(mut self, seed: u64) -> Self {
            self.jitter = Some(Jitter::seeded(seed));
            self
        }

        /// Backoffs exactly as computed, without a random part.
        pub fn without_jitter(mut self) -> Self {
            self.jitter = None;
            self
        }

        /// The wait before retry `retry` (1 for the first): the exponential backoff, its
        /// second half random unless jitter is off.
        pub fn backoff_for(&self, retry: u32) -> Duration {
            let doublings = retry.saturating_sub(1).min(31);
            let backoff = self
                .initial_backoff
                .saturating_mul(1 << doublings)
                .min(self.max_backoff);
            match &self.jitter {
                Some(jitter) => backoff / 2 + (backoff / 2).mul_f64(jitter.next()),
                None => backoff,
            }
        }

        /// The wait before retry `retry` after a response with `headers`: its `Retry-After`
        /// (capped), else the backoff.
        pub fn delay(&self, retry: u32, headers: &http::HeaderMap) -> Duration {
            match retry_after(headers, SystemTime::now()) {
                Some(wait) => wait.min(self.retry_after_cap),
                None => self.backoff_for(retry),
            }
        }
    }

    /// The statuses worth a retry: `429 Too Many Requests`, `502 Bad Gateway`,
    /// `503 Service Unavailable`, `504 Gateway Timeout`.
    pub fn is_retryable_status(status: http::StatusCode) -> bool {
        matches!(status.as_u16(), 429 | 502 | 503 | 504)
    }

    /// Whether sending `request` twice does no more than sending it once: its method is
    /// idempotent (`GET`, `HEAD`, `OPTIONS`, `PUT`, `DELETE`, `TRACE`), or it carries an
    /// `Idempotency-Key` header, with which the server itself ignores a repeat. A plain `POST`
    /// or `PATCH` is never retried.
    pub fn may_retry<B>(request: &http::Request<B>) -> bool {
        let idempotent = matches!(
            request.method().as_str(),
            "GET" | "HEAD" | "OPTIONS" | "PUT" | "DELETE" | "TRACE"
        );
        idempotent || request.headers().contains_key("idempotency-key")
    }

    /// A response's `Retry-After` (RFC 9110 §10.2.3) as a wait from `now`: a number of
    /// seconds, or an HTTP date (zero when it has passed).
    pub fn retry_after(headers: &http::HeaderMap, now: SystemTime) -> Option<Duration> {
        let value = headers
            .get(http::header::RETRY_AFTER)?
            .to_str()
            .ok()?
            .trim();
        if let Ok(seconds) = value.parse::<u64>() {
            return Some(Duration::from_secs(seconds));
        }
        let at = http_date(value)?;
        Some(at.duration_since(now).unwrap_or(Duration::ZERO))
    }

    /// An HTTP date: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), or one of the obsolete
    /// forms recipients must still read (RFC 850's and asctime's).
    fn http_date(text: &str) -> Option<SystemTime> {
        const FORMATS: [&str; 3] = [
            "%a, %d %b %Y %H:%M:%S GMT",
            "%A, %d-%b-%y %H:%M:%S GMT",
            "%a %b %e %H:%M:%S %Y",
        ];
        let parsed = FORMATS
            .iter()
            .find_map(|format| chrono::NaiveDateTime::parse_from_str(text, format).ok())?;
        let seconds = u64::try_from(parsed.and_utc().timestamp()).ok()?;
        SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
    }

    /// The attempts of one request under a policy: asked after each failure whether, and
    /// after how long, to try again.
    #[derive(Debug)]
    pub struct Attempts<'a> {
        policy: &'a RetryPolicy,
        started: Instant,
        retries: u32,
        allowed: bool,
    }

    impl<'a> Attempts<'a> {
        /// The attempts of `request`, starting now.
        pub fn new<B>(policy: &'a RetryPolicy, request: &http::Request<B>) -> Self {
            Attempts {
                policy,
                started: Instant::now(),
                retries: 0,
                allowed: may_retry(request),
            }
        }

        /// The timeout of the next attempt: `timeout`, shortened to what is left of the
        /// deadline.
        pub fn timeout(&self, timeout: Option<Duration>) -> Option<Duration> {
            let left = self
                .policy
                .deadline
                .map(|deadline| deadline.saturating_sub(self.started.elapsed()));
            match (timeout, left) {
                (Some(timeout), Some(left)) => Some(timeout.min(left)),
                (timeout, left) => timeout.or(left),
            }
        }

        /// After a response with `status` and `headers`: the wait before trying again, or
        /// `None` to keep the response.
        pub fn after_response(
            &mut self,
            status: http::StatusCode,
            headers: &http::HeaderMap,
        ) -> Option<Duration> {
            if !is_retryable_status(status) {
                return None;
            }
            self.again(|policy, retry| policy.delay(retry, headers))
        }

        /// After a connection that failed or timed out: the wait before trying again, or
        /// `None` to give up.
        pub fn after_connection_error(&mut self) -> Option<Duration> {
            self.again(RetryPolicy::backoff_for)
        }

        fn again(&mut self, wait: impl Fn(&RetryPolicy, u32) -> Duration) -> Option<Duration> {
            if !self.allowed || self.retries + 1 >= self.policy.attempts {
                return None;
            }
            let wait = wait(self.policy, self.retries + 1);
            let elapsed = self.started.elapsed() + wait;
            if self
                .policy
                .deadline
                .is_some_and(|deadline| elapsed >= deadline)
            {
                return None;
            }
            self.retries += 1;
            Some(wait)
        }
    }
}

/// Ready HTTP clients: what the async `client::Client` (cargo feature `client`) and the
/// blocking `blocking::Client` (cargo feature `blocking`) share: their builder, errors and
/// the requests they make of an operation.
#[cfg(any(feature = "client", feature = "blocking"))]
pub mod client {
    use std::fmt;
    use std::marker::PhantomData;
    use std::time::Duration;

    use super::retry::RetryPolicy;
    use super::{
        Auth, AuthError, NextPage, Operation, Paginated, Redact, RequestError, Response,
        ResponseError, StreamError, page_request, redact_uri,
    };
    #[cfg(feature = "client")]
    use super::{ByteStream, retry::Attempts};

    /// Why sending failed. No variant's `Display` or `Debug` shows a secret.
    #[derive(Debug, thiserror::Error)]
    #[non_exhaustive]
    pub enum Error {
        #[error(transparent)]
        Request(#[from] RequestError),
        #[error(transparent)]
        Auth(#[from] AuthError),
        /// The request could not be sent or the response not received. The error carries no URL
        /// (its query can hold credentials): the request is the one `Client::prepare` builds.
        #[error("transport: {0}")]
        Transport(reqwest::Error),
        #[error(transparent)]
        Response(#[from] ResponseError),
        /// The body could not be read (the connection failed or the timeout passed).
        #[error(transparent)]
        Stream(#[from] StreamError),
        /// A page asked for by `items` holds no items: its status is one the operation
        /// documents for an error. `pages` gives such a response whole.
        #[error("a page came with status {status}, whose response holds no items")]
        NotAPage { status: http::StatusCode },
        /// The next page named one already received, which would repeat pages without end.
        #[error("the next page is one already received: pagination stopped")]
        RepeatedPage,
    }

    impl From<reqwest::Error> for Error {
        fn from(error: reqwest::Error) -> Self {
            Error::Transport(error.without_url())
        }
    }

    /// Configures a client: `Client` (async), or `C`, `blocking::Client`.
    pub struct Builder<C> {
        base_url: String,
        auth: Auth,
        timeout: Option<Duration>,
        user_agent: String,
        headers: http::HeaderMap,
        retry: RetryPolicy,
        client: PhantomData<fn() -> C>,
    }

    /// Configures a [`Client`].
    #[cfg(feature = "client")]
    pub type ClientBuilder = Builder<Client>;

    impl<C> fmt::Debug for Builder<C> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("ClientBuilder")
                .field("base_url", &redact_uri(&self.base_url))
                .field("auth", &self.auth)
                .field("timeout", &self.timeout)
                .field("user_agent", &self.user_agent)
                .field("headers", &Redact(&self.headers))
                .field("retry", &self.retry)
                .finish()
        }
    }

    impl<C> Builder<C> {
        pub(crate) fn new(base_url: String) -> Self {
            Builder {
                base_url,
                auth: Auth::new(),
                timeout: Some(Duration::from_secs(30)),
                user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"))
                    .to_owned(),
                headers: http::HeaderMap::new(),
                retry: RetryPolicy::none(),
                client: PhantomData,
            }
        }

        /// Credentials and signer.
        pub fn auth(mut self, auth: Auth) -> Self {
            self.auth = auth;
            self
        }

        /// The time one attempt at a request may take (30 s unless set); `None` waits forever.
        pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
            self.timeout = timeout;
            self
        }

        /// The `User-Agent` header (the name and version of the crate this module is built in, unless
        /// set).
        pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
            self.user_agent = user_agent.into();
            self
        }

        /// A header sent with every request. Its value is marked sensitive (it may be an
        /// `Authorization` set by hand), so no `Debug` output shows it.
        pub fn header(mut self, name: http::HeaderName, mut value: http::HeaderValue) -> Self {
            value.set_sensitive(true);
            self.headers.insert(name, value);
            self
        }

        /// Retries (none unless set): see [`RetryPolicy`].
        pub fn retry(mut self, policy: RetryPolicy) -> Self {
            self.retry = policy;
            self
        }

        /// The settings every client keeps, and the parts its HTTP client is built from.
        fn split(self) -> (Shared, Transport) {
            let shared = Shared {
                base_url: self.base_url,
                auth: self.auth,
                timeout: self.timeout,
                retry: self.retry,
            };
            let transport = Transport {
                user_agent: self.user_agent,
                headers: self.headers,
            };
            (shared, transport)
        }
    }

    /// What the HTTP client itself is configured with.
    struct Transport {
        user_agent: String,
        headers: http::HeaderMap,
    }

    /// What both clients keep besides their HTTP client.
    #[derive(Clone)]
    pub(crate) struct Shared {
        base_url: String,
        auth: Auth,
        timeout: Option<Duration>,
        pub(crate) retry: RetryPolicy,
    }

    impl fmt::Debug for Shared {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("Client")
                .field("base_url", &redact_uri(&self.base_url))
                .field("auth", &self.auth)
                .finish_non_exhaustive()
        }
    }

    impl Shared {
        pub(crate) fn base_url(&self) -> &str {
            &self.base_url
        }

        pub(crate) fn timeout(&self) -> Option<Duration> {
            self.timeout
        }

        /// The request for `operation`, sent to `link` when given: built, authorized and signed.
        pub(crate) fn prepare<O: Operation>(
            &self,
            operation: &O,
            link: Option<&str>,
        ) -> Result<http::Request<Vec<u8>>, Error> {
            let mut request = page_request(operation, link, &self.base_url)?;
            self.auth
                .authorize(&mut request, O::SECURITY, &self.base_url)?;
            Ok(request)
        }
    }

    /// The pages already asked for, so that a next page naming one of them ends pagination
    /// instead of repeating it.
    #[derive(Debug, Default)]
    pub(crate) struct Seen(std::collections::HashSet<String>);

    impl Seen {
        /// The next request of `operation` (the operation, and the link it is sent to): an
        /// error if it was made before.
        pub(crate) fn request<O: Paginated>(
            &mut self,
            shared: &Shared,
            operation: &O,
            link: Option<&str>,
        ) -> Result<(), Error> {
            let uri = page_request(operation, link, shared.base_url())?
                .uri()
                .to_string();
            if self.0.insert(uri) {
                Ok(())
            } else {
                Err(Error::RepeatedPage)
            }
        }
    }

    /// The operation and link of a [`NextPage`], given the operation of the page before.
    pub(crate) fn next_request<O>(next: NextPage<O>, previous: O) -> (O, Option<String>) {
        match next {
            NextPage::Operation(operation) => (operation, None),
            NextPage::Link(link) => (previous, Some(link)),
        }
    }

    /// The items of a page, or the error of a page that holds none.
    pub(crate) fn page_items<O: Paginated>(
        page: Response<O::Response>,
    ) -> Result<Vec<O::Item>, Error> {
        let status = page.status();
        O::items(page.into_inner()).map_err(|_| Error::NotAPage { status })
    }

    /// Sends operations of one API. Cheap to clone; clones share connections. `Debug` shows the
    /// base URL redacted and the credentials' schemes, not their values.
    #[cfg(feature = "client")]
    #[derive(Clone)]
    pub struct Client {
        http: reqwest::Client,
        shared: Shared,
    }

    #[cfg(feature = "client")]
    impl fmt::Debug for Client {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.shared.fmt(f)
        }
    }

    #[cfg(feature = "client")]
    impl Client {
        /// A client for the API at `base_url` (a module's `DEFAULT_BASE_URL`, or a sandbox).
        pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
            Builder::new(base_url.into())
        }

        /// The base URL requests go to.
        pub fn base_url(&self) -> &str {
            self.shared.base_url()
        }

        /// The request [`Client::send`] would send: built, authorized and signed.
        pub fn prepare<O: Operation>(
            &self,
            operation: &O,
        ) -> Result<http::Request<Vec<u8>>, Error> {
            self.shared.prepare(operation, None)
        }

        /// Sends `operation` and decodes the response into its typed response enum, kept with
        /// the status and headers. The body is read whole first, except for Server-Sent Events,
        /// which the decoded [`EventStream`](super::EventStream) reads as they arrive.
        pub async fn send<O: Operation>(
            &self,
            operation: &O,
        ) -> Result<Response<O::Response>, Error> {
            self.send_streamed(operation).await?.decode::<O>().await
        }

        /// Sends `operation` and returns once the status and headers have come, with the body
        /// unread: read it chunk by chunk ([`ByteStream::chunk`], or as a `Stream`), e.g. to
        /// write a large download to a file, or decode it as [`Client::send`] would with
        /// [`Response::decode`].
        pub async fn send_streamed<O: Operation>(
            &self,
            operation: &O,
        ) -> Result<Response<ByteStream>, Error> {
            self.execute(operation, None).await
        }

        /// Sends the request for `operation` (to `link` when given), retrying as the policy
        /// says.
        async fn execute<O: Operation>(
            &self,
            operation: &O,
            link: Option<&str>,
        ) -> Result<Response<ByteStream>, Error> {
            let mut request = self.shared.prepare(operation, link)?;
            let mut attempts = Attempts::new(&self.shared.retry, &request);
            loop {
                let mut sent = reqwest::Request::try_from(request)?;
                *sent.timeout_mut() = attempts.timeout(self.shared.timeout());
                let wait = match self.http.execute(sent).await {
                    Ok(response) => {
                        match attempts.after_response(response.status(), response.headers()) {
                            Some(wait) => wait,
                            None => {
                                let (parts, body) =
                                    http::Response::<reqwest::Body>::from(response).into_parts();
                                return Ok(Response::new(parts, ByteStream::client(body)));
                            }
                        }
                    }
                    Err(error) if error.is_connect() || error.is_timeout() => {
                        match attempts.after_connection_error() {
                            Some(wait) => wait,
                            None => return Err(error.into()),
                        }
                    }
                    Err(error) => return Err(error.into()),
                };
                tokio::time::sleep(wait).await;
                // Built again, so that a signer signs each attempt afresh.
                request = self.shared.prepare(operation, link)?;
            }
        }

        /// Every page of `operation`, in order, as a `Stream`: the first is `operation`'s own
        /// response, and each next one is asked for as its page says ([`Paginated::next_page`]),
        /// until one names no next page. A page with a documented error status is given like
        /// any other, and ends the stream.
        pub fn pages<O>(&self, operation: O) -> Pages<O>
        where
            O: Paginated + Send + Sync + 'static,
            O::Response: Send,
        {
            Pages {
                client: self.clone(),
                next: Some((operation, None)),
                seen: Seen::default(),
                pending: None,
            }
        }

        /// Every item of every page of `operation`, in order, as a `Stream` (see
        /// [`Client::pages`]). A page with a documented error status ends it with
        /// [`Error::NotAPage`].
        pub fn items<O>(&self, operation: O) -> Items<O>
        where
            O: Paginated + Send + Sync + 'static,
            O::Response: Send,
        {
            Items {
                pages: self.pages(operation),
                items: Vec::new().into_iter(),
            }
        }
    }

    #[cfg(feature = "client")]
    impl Builder<Client> {
        pub fn build(self) -> Result<Client, Error> {
            let (shared, transport) = self.split();
            let http = reqwest::Client::builder()
                .user_agent(transport.user_agent)
                .default_headers(transport.headers)
                .build()?;
            Ok(Client { http, shared })
        }
    }

    #[cfg(feature = "blocking")]
    impl Builder<super::blocking::Client> {
        pub fn build(self) -> Result<super::blocking::Client, Error> {
            let (shared, transport) = self.split();
            let http = reqwest::blocking::Client::builder()
                .user_agent(transport.user_agent)
                .default_headers(transport.headers)
                // Each request's timeout is set as it is sent.
                .timeout(None)
                .build()?;
            Ok(super::blocking::Client::new(http, shared))
        }
    }

    #[cfg(feature = "client")]
    type PageFuture<O> = std::pin::Pin<
        Box<
            dyn std::future::Future<
                    Output = (O, Result<Response<<O as Operation>::Response>, Error>),
                > + Send,
        >,
    >;

    /// The pages of an operation: [`Client::pages`].
    #[cfg(feature = "client")]
    pub struct Pages<O: Paginated> {
        client: Client,
        /// The request of the next page, until the last has come.
        next: Option<(O, Option<String>)>,
        seen: Seen,
        pending: Option<PageFuture<O>>,
    }

    // Nothing here is pinned in place but the boxed future.
    #[cfg(feature = "client")]
    impl<O: Paginated> Unpin for Pages<O> {}

    #[cfg(feature = "client")]
    impl<O: Paginated> fmt::Debug for Pages<O> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("Pages")
                .field("client", &self.client)
                .field("done", &(self.next.is_none() && self.pending.is_none()))
                .finish_non_exhaustive()
        }
    }

    #[cfg(feature = "client")]
    impl<O> futures_core::Stream for Pages<O>
    where
        O: Paginated + Send + Sync + 'static,
        O::Response: Send,
    {
        type Item = Result<Response<O::Response>, Error>;

        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            use std::task::Poll;
            let this = &mut *self;
            if this.pending.is_none() {
                let Some((operation, link)) = this.next.take() else {
                    return Poll::Ready(None);
                };
                if let Err(error) =
                    this.seen
                        .request(&this.client.shared, &operation, link.as_deref())
                {
                    return Poll::Ready(Some(Err(error)));
                }
                let client = this.client.clone();
                this.pending = Some(Box::pin(async move {
                    let page = match client.execute(&operation, link.as_deref()).await {
                        Ok(response) => response.decode::<O>().await,
                        Err(error) => Err(error),
                    };
                    (operation, page)
                }));
            }
            let Some(pending) = this.pending.as_mut() else {
                return Poll::Ready(None);
            };
            let (operation, page) = match pending.as_mut().poll(cx) {
                Poll::Ready(done) => done,
                Poll::Pending => return Poll::Pending,
            };
            this.pending = None;
            if let Ok(page) = &page {
                this.next = operation
                    .next_page(page)
                    .map(|next| next_request(next, operation));
            }
            Poll::Ready(Some(page))
        }
    }

    /// The items of an operation's pages: [`Client::items`].
    #[cfg(feature = "client")]
    pub struct Items<O: Paginated> {
        pages: Pages<O>,
        items: std::vec::IntoIter<O::Item>,
    }

    #[cfg(feature = "client")]
    impl<O: Paginated> Unpin for Items<O> {}

    #[cfg(feature = "client")]
    impl<O: Paginated> fmt::Debug for Items<O> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("Items")
                .field("pages", &self.pages)
                .field("buffered", &self.items.len())
                .finish()
        }
    }

    #[cfg(feature = "client")]
    impl<O> futures_core::Stream for Items<O>
    where
        O: Paginated + Send + Sync + 'static,
        O::Response: Send,
    {
        type Item = Result<O::Item, Error>;

        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Self::Item>> {
            use std::task::Poll;
            loop {
                if let Some(item) = self.items.next() {
                    return Poll::Ready(Some(Ok(item)));
                }
                let page = match std::pin::Pin::new(&mut self.pages).poll_next(cx) {
                    Poll::Ready(Some(page)) => page,
                    Poll::Ready(None) => return Poll::Ready(None),
                    Poll::Pending => return Poll::Pending,
                };
                match page.and_then(page_items::<O>) {
                    Ok(items) => self.items = items.into_iter(),
                    Err(error) => {
                        // An error ends the items: the pages after it are not asked for.
                        self.pages.next = None;
                        return Poll::Ready(Some(Err(error)));
                    }
                }
            }
        }
    }

    #[cfg(feature = "client")]
    impl Response<ByteStream> {
        /// Decodes the response to `O` as [`Client::send`] does: the rest of the body is read
        /// first, unless the variant of its status reads it as a stream.
        pub async fn decode<O: Operation>(self) -> Result<Response<O::Response>, Error> {
            let (parts, body) = self.into_parts();
            let body = if O::streams(&parts) {
                body
            } else {
                ByteStream::from(body.bytes().await?)
            };
            let value = O::decode(&parts, body)?;
            Ok(Response::new(parts, value))
        }
    }
}

/// A blocking HTTP client (cargo feature `blocking`): the async `client::Client`'s
/// operations, for code without an async runtime. It must not be used inside one (reqwest's
/// blocking client runs its own). Bodies are read whole, Server-Sent Events included.
#[cfg(feature = "blocking")]
pub mod blocking {
    use std::fmt;

    use super::client::{Builder, Error, Seen, Shared, next_request, page_items};
    use super::retry::Attempts;
    use super::{ByteStream, Operation, Paginated, RequestError, Response};

    /// Configures a [`Client`].
    pub type ClientBuilder = Builder<Client>;

    /// Sends operations of one API and waits for their responses. Cheap to clone; clones
    /// share connections. `Debug` shows the base URL redacted and the credentials' schemes,
    /// not their values.
    #[derive(Clone)]
    pub struct Client {
        http: reqwest::blocking::Client,
        shared: Shared,
    }

    impl fmt::Debug for Client {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.shared.fmt(f)
        }
    }

    impl Client {
        pub(crate) fn new(http: reqwest::blocking::Client, shared: Shared) -> Self {
            Client { http, shared }
        }

        /// A client for the API at `base_url` (a module's `DEFAULT_BASE_URL`, or a sandbox).
        pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
            Builder::new(base_url.into())
        }

        /// The base URL requests go to.
        pub fn base_url(&self) -> &str {
            self.shared.base_url()
        }

        /// The request [`Client::send`] would send: built, authorized and signed.
        pub fn prepare<O: Operation>(
            &self,
            operation: &O,
        ) -> Result<http::Request<Vec<u8>>, Error> {
            self.shared.prepare(operation, None)
        }

        /// Sends `operation`, retrying as the client's policy says, and decodes the response
        /// into its typed response enum, kept with the status and headers.
        pub fn send<O: Operation>(&self, operation: &O) -> Result<Response<O::Response>, Error> {
            self.execute(operation, None)
        }

        fn execute<O: Operation>(
            &self,
            operation: &O,
            link: Option<&str>,
        ) -> Result<Response<O::Response>, Error> {
            let mut request = self.shared.prepare(operation, link)?;
            let mut attempts = Attempts::new(&self.shared.retry, &request);
            loop {
                let mut sent = reqwest::blocking::Request::try_from(request)?;
                *sent.timeout_mut() = attempts.timeout(self.shared.timeout());
                let wait = match self.http.execute(sent) {
                    Ok(response) => {
                        match attempts.after_response(response.status(), response.headers()) {
                            Some(wait) => wait,
                            None => return decode::<O>(response),
                        }
                    }
                    Err(error) if error.is_connect() || error.is_timeout() => {
                        match attempts.after_connection_error() {
                            Some(wait) => wait,
                            None => return Err(error.into()),
                        }
                    }
                    Err(error) => return Err(error.into()),
                };
                std::thread::sleep(wait);
                // Built again, so that a signer signs each attempt afresh.
                request = self.shared.prepare(operation, link)?;
            }
        }

        /// Every page of `operation`, in order, as an `Iterator`: see the async
        /// `client::Client::pages`.
        pub fn pages<O: Paginated>(&self, operation: O) -> Pages<'_, O> {
            Pages {
                client: self,
                next: Some((operation, None)),
                seen: Seen::default(),
            }
        }

        /// Every item of every page of `operation`, in order, as an `Iterator`. A page with a
        /// documented error status ends it with [`Error::NotAPage`].
        pub fn items<O: Paginated>(&self, operation: O) -> Items<'_, O> {
            Items {
                pages: self.pages(operation),
                items: Vec::new().into_iter(),
            }
        }
    }

    /// The response of a blocking request, its body read whole, decoded as `O`'s.
    fn decode<O: Operation>(
        response: reqwest::blocking::Response,
    ) -> Result<Response<O::Response>, Error> {
        let mut head = http::Response::builder()
            .status(response.status())
            .version(response.version());
        if let Some(headers) = head.headers_mut() {
            *headers = response.headers().clone();
        }
        let body = response.bytes()?;
        let (parts, ()) = head.body(()).map_err(RequestError::from)?.into_parts();
        let value = O::decode(&parts, ByteStream::from_bytes(body))?;
        Ok(Response::new(parts, value))
    }

    /// The pages of an operation: [`Client::pages`].
    pub struct Pages<'a, O> {
        client: &'a Client,
        next: Option<(O, Option<String>)>,
        seen: Seen,
    }

    impl<O> fmt::Debug for Pages<'_, O> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("Pages")
                .field("client", &self.client)
                .field("done", &self.next.is_none())
                .finish_non_exhaustive()
        }
    }

    impl<O: Paginated> Iterator for Pages<'_, O> {
        type Item = Result<Response<O::Response>, Error>;

        fn next(&mut self) -> Option<Self::Item> {
            let (operation, link) = self.next.take()?;
            if let Err(error) = self
                .seen
                .request(&self.client.shared, &operation, link.as_deref())
            {
                return Some(Err(error));
            }
            let page = self.client.execute(&operation, link.as_deref());
            if let Ok(page) = &page {
                self.next = operation
                    .next_page(page)
                    .map(|next| next_request(next, operation));
            }
            Some(page)
        }
    }

    /// The items of an operation's pages: [`Client::items`].
    pub struct Items<'a, O: Paginated> {
        pages: Pages<'a, O>,
        items: std::vec::IntoIter<O::Item>,
    }

    impl<O: Paginated> fmt::Debug for Items<'_, O> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("Items")
                .field("pages", &self.pages)
                .field("buffered", &self.items.len())
                .finish()
        }
    }

    impl<O: Paginated> Iterator for Items<'_, O> {
        type Item = Result<O::Item, Error>;

        fn next(&mut self) -> Option<Self::Item> {
            loop {
                if let Some(item) = self.items.next() {
                    return Some(Ok(item));
                }
                match self.pages.next()?.and_then(page_items::<O>) {
                    Ok(items) => self.items = items.into_iter(),
                    Err(error) => {
                        // An error ends the items: the pages after it are not asked for.
                        self.pages.next = None;
                        return Some(Err(error));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod enum_macro_tests {
    super::string_enum! {
        /// A state.
        pub enum State {
            Open = "open",
            Closed = "closed",
            ..Unknown
        }
    }

    super::integer_enum! {
        /// A level.
        pub enum Level {
            Low = -1,
            High = 2,
            ..Other
        }
    }

    #[test]
    fn known_and_unknown_values_round_trip() {
        assert_eq!(State::from("open"), State::Open);
        assert_eq!(State::from("new"), State::Unknown("new".to_owned()));
        assert_eq!(State::Closed.to_string(), "closed");
        let decoded: Vec<State> = serde_json::from_str(r#"["closed","new"]"#).unwrap();
        assert_eq!(decoded, [State::Closed, State::Unknown("new".to_owned())]);
        assert_eq!(
            serde_json::to_string(&decoded).unwrap(),
            r#"["closed","new"]"#
        );
        let levels: Vec<Level> = serde_json::from_str("[-1,7]").unwrap();
        assert_eq!(levels, [Level::Low, Level::Other(7)]);
        assert_eq!(Level::High.as_i64(), 2);
        assert_eq!(Level::Low.to_string(), "-1");
    }
}

#[cfg(test)]
mod responses_macro_tests {
    // Generated modules name the runtime `runtime`; here it is the module above.
    mod runtime {
        pub(crate) use super::super::*;
    }

    use runtime::{Decode as _, Outcome as _};

    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    pub struct Pet {
        pub name: String,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct Limits {
        pub remaining: i64,
    }

    impl runtime::FromHeaders for Limits {
        fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
            Ok(Limits {
                remaining: runtime::required_header(
                    runtime::header(headers, "x-remaining")?,
                    "x-remaining",
                )?,
            })
        }
    }

    runtime::responses! {
        GetPet: Result<Pet, enum GetPetError>,
        #[derive(Clone, PartialEq)]
        pub enum GetPetResponse {
            /// 200: The pet
            200 => Ok { headers: Limits, body: Pet = json }: Ok(body),
            /// 404: Not found
            404 => NotFound: Err,
            /// 410: Gone
            410 => Gone(String = text): Err,
            /// 5XX: Down
            500..=599 => ServerError { status }: Err,
        }
    }

    runtime::responses! {
        PutPet: Result<enum PutPetSuccess, std::convert::Infallible>,
        #[derive(Clone, PartialEq)]
        pub enum PutPetResponse {
            /// 200: Replaced
            200 => Ok(Pet = json): Ok,
            /// 201: Created
            201 => Created { body: Vec<u8> = bytes }: Ok,
            /// 204: Unchanged
            204 => NoContent: Ok,
        }
    }

    runtime::responses! {
        Ping: Result<(), enum PingError>,
        #[derive(Clone, PartialEq)]
        pub enum PingResponse {
            /// default: Anything
            _ => Default { status, body: Pet = json }: Ok(()) if success else Err,
        }
    }

    runtime::responses! {
        Fetch: Result<Pet, enum FetchError>,
        #[derive(Clone, PartialEq)]
        pub enum FetchResponse {
            /// 2XX: Fine
            200..=299 => Success { status, body: Pet = json }: Ok(body),
            /// default: Trouble
            _ => Default { status, body: Vec<u8> = base64 }: Err,
        }
    }

    fn decode<T>(
        decode: fn(
            &http::response::Parts,
            runtime::ByteStream,
        ) -> Result<T, runtime::ResponseError>,
        status: u16,
        headers: &[(&'static str, &'static str)],
        body: &str,
    ) -> Result<T, runtime::ResponseError> {
        let mut response = http::Response::builder().status(status);
        for (name, value) in headers {
            response = response.header(*name, *value);
        }
        let (parts, body) = response
            .body(body.as_bytes().to_vec())
            .unwrap()
            .into_parts();
        decode(&parts, runtime::ByteStream::from(body))
    }

    fn pet() -> Pet {
        Pet {
            name: "Rex".to_owned(),
        }
    }

    #[test]
    fn each_status_decodes_into_its_row_and_splits_as_the_row_says() {
        let json = [("content-type", "application/json"), ("x-remaining", "7")];
        let ok = decode(GetPetResponse::decode, 200, &json, r#"{"name":"Rex"}"#).unwrap();
        let headers = Limits { remaining: 7 };
        assert_eq!(
            ok,
            GetPetResponse::Ok {
                headers,
                body: pet()
            }
        );
        assert_eq!(ok.into_result(), Ok(pet()));
        let missing = decode(GetPetResponse::decode, 404, &[], "").unwrap();
        assert_eq!(missing.into_result(), Err(GetPetError::NotFound));
        let gone = decode(GetPetResponse::decode, 410, &[], "bye").unwrap();
        assert_eq!(gone.into_result(), Err(GetPetError::Gone("bye".to_owned())));
        let down = decode(GetPetResponse::decode, 503, &[], "").unwrap();
        let status = http::StatusCode::SERVICE_UNAVAILABLE;
        assert_eq!(down.into_result(), Err(GetPetError::ServerError { status }));
        let other = decode(GetPetResponse::decode, 302, &[], "moved").unwrap_err();
        assert!(matches!(
            other.kind,
            runtime::ResponseErrorKind::UnexpectedStatus
        ));
    }

    #[test]
    fn headers_are_read_before_the_body_and_keep_it_when_they_do_not_parse() {
        let error = decode(GetPetResponse::decode, 200, &[], r#"{"name":"Rex"}"#).unwrap_err();
        assert!(matches!(
            error.kind,
            runtime::ResponseErrorKind::InvalidHeader(_)
        ));
        assert_eq!(error.body, br#"{"name":"Rex"}"#);
    }

    #[test]
    fn several_successes_are_an_enum_of_them() {
        let json = [("content-type", "application/json")];
        let replaced = decode(PutPetResponse::decode, 200, &json, r#"{"name":"Rex"}"#).unwrap();
        assert_eq!(replaced.into_result(), Ok(PutPetSuccess::Ok(pet())));
        let created = decode(PutPetResponse::decode, 201, &[], "raw").unwrap();
        let body = b"raw".to_vec();
        assert_eq!(created.into_result(), Ok(PutPetSuccess::Created { body }));
        let same = decode(PutPetResponse::decode, 204, &[], "").unwrap();
        assert_eq!(same.into_result(), Ok(PutPetSuccess::NoContent));
    }

    #[test]
    fn default_takes_every_status_and_succeeds_only_with_2xx_when_nothing_else_can() {
        let json = [("content-type", "application/json")];
        let fine = decode(PingResponse::decode, 202, &json, r#"{"name":"Rex"}"#).unwrap();
        assert!(fine.into_result().is_ok());
        let bad = decode(PingResponse::decode, 418, &json, r#"{"name":"Rex"}"#).unwrap();
        let status = http::StatusCode::IM_A_TEAPOT;
        assert_eq!(
            bad.into_result(),
            Err(PingError::Default {
                status,
                body: pet()
            })
        );
    }

    #[test]
    fn a_range_comes_before_default_and_base64_bodies_are_decoded() {
        let json = [("content-type", "application/json")];
        let fine = decode(FetchResponse::decode, 201, &json, r#"{"name":"Rex"}"#).unwrap();
        assert_eq!(fine.into_result(), Ok(pet()));
        let bad = decode(FetchResponse::decode, 500, &json, r#""aGk=""#).unwrap();
        let status = http::StatusCode::INTERNAL_SERVER_ERROR;
        let body = b"hi".to_vec();
        assert_eq!(bad.into_result(), Err(FetchError::Default { status, body }));
    }
}

#[cfg(test)]
mod paginated_macro_tests {
    // Generated modules name the runtime `runtime`; here it is the module above.
    mod runtime {
        pub(crate) use super::super::*;
    }

    use runtime::{NextPage, Paginated as _};

    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    pub struct Issue {
        pub number: u64,
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct Limits {
        pub remaining: Option<i64>,
    }

    impl runtime::FromHeaders for Limits {
        fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
            Ok(Limits {
                remaining: runtime::header(headers, "x-remaining")?,
            })
        }
    }

    /// Pages linked by `Link` headers, the page holding documented headers too.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct ListIssues {
        pub state: Option<String>,
    }

    runtime::responses! {
        ListIssues: Result<Vec<Issue>, enum ListIssuesError>,
        #[derive(Clone, PartialEq)]
        pub enum ListIssuesResponse {
            /// 200: The issues
            200 => Ok { headers: Limits, body: Vec<Issue> = json }: Ok(body),
            /// 404: Not found
            404 => NotFound: Err,
        }
    }

    impl runtime::Operation for ListIssues {
        type Response = ListIssuesResponse;
        const METHOD: &'static str = "GET";
        const PATH: &'static str = "/issues";

        fn to_request(
            &self,
            base_url: &str,
        ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
            runtime::request(Self::METHOD, base_url, Self::PATH, "", None)
        }
    }

    runtime::paginated!(ListIssues: Ok { body } => Issue, next: link);

    /// Pages linked by `Link` headers, the page its body alone and the only response.
    #[derive(Debug, Clone, Default)]
    pub struct ListTags;

    runtime::responses! {
        ListTags: Result<Vec<String>, std::convert::Infallible>,
        #[derive(Clone, PartialEq)]
        pub enum ListTagsResponse {
            /// 200: The tags
            200 => Ok(Vec<String> = json): Ok(body),
        }
    }

    impl runtime::Operation for ListTags {
        type Response = ListTagsResponse;
        const METHOD: &'static str = "GET";
        const PATH: &'static str = "/tags";

        fn to_request(
            &self,
            base_url: &str,
        ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
            runtime::request(Self::METHOD, base_url, Self::PATH, "", None)
        }
    }

    runtime::paginated!(ListTags: Ok(body) => String, next: link);

    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    pub struct Charge {
        pub id: String,
    }

    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    pub struct ChargeList {
        pub data: Vec<Charge>,
        pub has_more: bool,
    }

    /// Pages by an optional cursor, the items a member of the page's body.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct ListCharges {
        pub limit: Option<i64>,
        pub starting_after: Option<String>,
    }

    runtime::responses! {
        ListCharges: Result<ChargeList, enum ListChargesError>,
        #[derive(Clone, PartialEq)]
        pub enum ListChargesResponse {
            /// 200: A page of charges
            200 => Ok(ChargeList = json): Ok(body),
            /// 401: Unauthorized
            401 => Unauthorized: Err,
        }
    }

    impl runtime::Operation for ListCharges {
        type Response = ListChargesResponse;
        const METHOD: &'static str = "GET";
        const PATH: &'static str = "/charges";

        fn to_request(
            &self,
            base_url: &str,
        ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
            runtime::request(Self::METHOD, base_url, Self::PATH, "", None)
        }
    }

    runtime::paginated!(
        ListCharges: Ok(body.data) => Charge, next: starting_after = Some(last.id) if has_more
    );

    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    pub struct Event {
        pub cursor: String,
    }

    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    pub struct EventList {
        pub events: Vec<Event>,
        pub more: bool,
    }

    /// Pages by a required, deprecated cursor, its only field; the page holds headers too.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ListEvents {
        #[deprecated]
        pub after: String,
    }

    runtime::responses! {
        ListEvents: Result<EventList, std::convert::Infallible>,
        #[derive(Clone, PartialEq)]
        pub enum ListEventsResponse {
            /// 200: A page of events
            200 => Ok { headers: Limits, body: EventList = json }: Ok(body),
        }
    }

    impl runtime::Operation for ListEvents {
        type Response = ListEventsResponse;
        const METHOD: &'static str = "GET";
        const PATH: &'static str = "/events";

        fn to_request(
            &self,
            base_url: &str,
        ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
            runtime::request(Self::METHOD, base_url, Self::PATH, "", None)
        }
    }

    runtime::paginated!(
        #[allow(deprecated)]
        ListEvents: Ok { body.events } => Event, next: after = last.cursor if more
    );

    fn page<T>(value: T, link: Option<&'static str>) -> runtime::Response<T> {
        let mut head = http::Response::builder().status(200);
        if let Some(link) = link {
            head = head.header("link", link);
        }
        let (parts, ()) = head.body(()).unwrap().into_parts();
        runtime::Response::new(parts, value)
    }

    const NEXT: &str = r#"<https://api.example/issues?page=2>; rel="next""#;

    fn limits() -> Limits {
        Limits { remaining: None }
    }

    #[test]
    fn link_pages_give_their_items_and_the_next_link() {
        let issues = vec![Issue { number: 1 }];
        let ok = ListIssuesResponse::Ok {
            headers: limits(),
            body: issues.clone(),
        };
        let next = ListIssues::default().next_page(&page(ok.clone(), Some(NEXT)));
        let link = "https://api.example/issues?page=2".to_owned();
        assert_eq!(next, Some(NextPage::Link(link)));
        assert_eq!(
            ListIssues::default().next_page(&page(ok.clone(), None)),
            None
        );
        assert_eq!(ListIssues::items(ok), Ok(issues));

        let missing = ListIssuesResponse::NotFound;
        let next = ListIssues::default().next_page(&page(missing.clone(), Some(NEXT)));
        assert_eq!(next, None, "a page that is not a list has no next one");
        assert_eq!(ListIssues::items(missing.clone()), Err(missing));

        let tags = ListTagsResponse::Ok(vec!["a".to_owned()]);
        assert!(matches!(
            ListTags.next_page(&page(tags.clone(), Some(NEXT))),
            Some(NextPage::Link(_))
        ));
        assert_eq!(ListTags::items(tags), Ok(vec!["a".to_owned()]));
    }

    #[test]
    fn cursor_pages_ask_again_after_the_last_item_while_there_are_more() {
        let charges = |more: bool, ids: &[&str]| {
            ListChargesResponse::Ok(ChargeList {
                data: ids.iter().map(|&id| Charge { id: id.to_owned() }).collect(),
                has_more: more,
            })
        };
        let first = ListCharges {
            limit: Some(2),
            starting_after: None,
        };
        let next = first.next_page(&page(charges(true, &["ch_1", "ch_2"]), None));
        let expected = ListCharges {
            limit: Some(2),
            starting_after: Some("ch_2".to_owned()),
        };
        assert_eq!(next, Some(NextPage::Operation(expected)));
        assert_eq!(
            first.next_page(&page(charges(false, &["ch_1"]), None)),
            None
        );
        assert_eq!(first.next_page(&page(charges(true, &[]), None)), None);
        let denied = ListChargesResponse::Unauthorized;
        assert_eq!(first.next_page(&page(denied.clone(), None)), None);
        assert_eq!(ListCharges::items(denied.clone()), Err(denied));
        let ids: Vec<String> = ListCharges::items(charges(false, &["ch_1"]))
            .unwrap()
            .into_iter()
            .map(|charge| charge.id)
            .collect();
        assert_eq!(ids, ["ch_1"]);
    }

    #[test]
    #[allow(deprecated)]
    fn a_required_cursor_is_set_as_it_is() {
        let events = ListEventsResponse::Ok {
            headers: limits(),
            body: EventList {
                events: vec![Event {
                    cursor: "e_9".to_owned(),
                }],
                more: true,
            },
        };
        let first = ListEvents {
            after: String::new(),
        };
        let next = first.next_page(&page(events.clone(), None));
        let expected = ListEvents {
            after: "e_9".to_owned(),
        };
        assert_eq!(next, Some(NextPage::Operation(expected)));
        assert_eq!(ListEvents::items(events).unwrap().len(), 1);
    }
}

#[cfg(test)]
mod redacted_debug_macro_tests {
    // Generated modules name the runtime `runtime`; here it is the module above.
    mod runtime {
        pub(crate) use super::super::*;
    }

    #[derive(Clone, PartialEq)]
    pub struct Client {
        pub id: i64,
        pub client_secret: String,
        pub r#type: Option<String>,
        pub tokens: Vec<String>,
    }

    runtime::redacted_debug! { Client { id, client_secret: redacted, r#type, tokens: redacted } }

    #[derive(Clone, PartialEq)]
    pub struct Login {
        #[deprecated]
        pub password: String,
    }

    runtime::redacted_debug! {
        #[allow(deprecated)]
        Login {
            password: redacted,
        }
    }

    /// What `#[derive(Debug)]` prints, to compare with.
    #[derive(Debug)]
    #[allow(dead_code)]
    pub struct Derived {
        pub id: i64,
        pub client_secret: super::Redacted,
        pub r#type: Option<String>,
        pub tokens: super::Redacted,
    }

    #[test]
    #[allow(deprecated)]
    fn secrets_print_redacted_and_the_rest_as_derived() {
        let client = Client {
            id: 7,
            client_secret: "cs_live_123".to_owned(),
            r#type: Some("web".to_owned()),
            tokens: vec!["tok_456".to_owned()],
        };
        let derived = Derived {
            id: 7,
            client_secret: super::Redacted,
            r#type: Some("web".to_owned()),
            tokens: super::Redacted,
        };
        let expected = format!("{derived:?}").replace("Derived", "Client");
        assert_eq!(format!("{client:?}"), expected);
        assert_eq!(
            format!("{client:?}"),
            r#"Client { id: 7, client_secret: <redacted>, type: Some("web"), tokens: <redacted> }"#
        );
        let pretty = format!("{client:#?}");
        assert!(
            pretty.contains("    client_secret: <redacted>,\n"),
            "{pretty}"
        );
        assert!(!pretty.contains("cs_live_123") && !pretty.contains("tok_456"));
        let login = Login {
            password: "hunter2".to_owned(),
        };
        assert_eq!(format!("{login:?}"), "Login { password: <redacted> }");
    }
}

#[cfg(test)]
mod decode_macro_tests {
    use std::collections::BTreeMap;

    // Generated modules name the runtime `runtime`; here it is the module above.
    mod runtime {
        pub(crate) use super::super::*;
    }

    #[derive(Debug, PartialEq)]
    pub struct Label {
        pub id: i64,
        pub name: String,
        pub description: Option<String>,
        pub r#type: Option<String>,
        pub plus_one: i64,
        pub data: Vec<u8>,
        pub note: Option<Option<String>>,
        pub blob: Option<Option<Vec<u8>>>,
        pub extra: BTreeMap<String, i64>,
    }

    runtime::decode!(Label {
        id, name, description, r#type = "type", plus_one = "+1", data: base64, note: nullable,
        blob: nullable_base64, ..extra
    });

    /// The same struct as serde derives it, to compare with.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    pub struct Derived {
        pub id: i64,
        pub name: String,
        pub description: Option<String>,
        pub r#type: Option<String>,
        #[serde(rename = "+1")]
        pub plus_one: i64,
        #[serde(with = "super::base64")]
        pub data: Vec<u8>,
        #[serde(default, with = "super::nullable")]
        pub note: Option<Option<String>>,
        #[serde(default, with = "super::base64::nullable")]
        pub blob: Option<Option<Vec<u8>>>,
        #[serde(flatten)]
        pub extra: BTreeMap<String, i64>,
    }

    #[derive(Debug, PartialEq)]
    pub struct Bytes {
        pub data: Option<Vec<u8>>,
        pub more: BTreeMap<String, Vec<u8>>,
    }

    runtime::decode!(Bytes { data: base64, ..more: base64 });

    #[derive(Debug, PartialEq)]
    pub struct Owner {
        pub login: String,
    }

    runtime::decode!(Owner { login });

    #[derive(Debug, PartialEq)]
    pub struct Repository {
        pub owner: Owner,
        #[deprecated]
        pub old: Option<bool>,
    }

    runtime::decode!(
        #[allow(deprecated)]
        Repository { owner, old }
    );

    #[derive(Debug, PartialEq)]
    pub struct Empty {}

    /// Named like the `Deserialize` impl's type parameter.
    #[derive(Debug, PartialEq)]
    pub struct D {
        pub d: i64,
    }

    runtime::decode!(D { d });

    runtime::decode!(Empty {});

    /// A union the way generated modules write them: the first variant that reads wins.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(untagged)]
    pub enum OwnerOrName {
        Owner(Owner),
        Name(String),
    }

    fn both(json: &str) -> (Label, Derived) {
        let decoded = serde_json::from_str(json).expect("decode! reads it");
        let derived = serde_json::from_str(json).expect("derive reads it");
        (decoded, derived)
    }

    fn same(label: &Label, derived: &Derived) -> bool {
        (
            label.id,
            &label.name,
            &label.description,
            &label.r#type,
            label.plus_one,
            &label.data,
            &label.note,
            &label.blob,
            &label.extra,
        ) == (
            derived.id,
            &derived.name,
            &derived.description,
            &derived.r#type,
            derived.plus_one,
            &derived.data,
            &derived.note,
            &derived.blob,
            &derived.extra,
        )
    }

    #[test]
    fn reads_every_kind_of_field_as_derive_does() {
        let (label, derived) = both(
            r#"{"id": 7, "name": "bug", "description": "d", "type": "t", "+1": 3,
                "data": "aGk=", "note": "n", "blob": "aGk=", "a": 1, "b": 2}"#,
        );
        assert!(same(&label, &derived), "{label:?} vs {derived:?}");
        assert_eq!(label.r#type.as_deref(), Some("t"));
        assert_eq!(label.plus_one, 3);
        assert_eq!(label.data, b"hi");
        assert_eq!(label.note, Some(Some("n".to_owned())));
        assert_eq!(label.blob, Some(Some(b"hi".to_vec())));
        assert_eq!(
            label.extra,
            BTreeMap::from([("a".to_owned(), 1), ("b".to_owned(), 2)])
        );
    }

    #[test]
    fn absent_and_null_read_as_derive_reads_them() {
        let (absent, derived) = both(r#"{"id": 1, "name": "x", "+1": 0, "data": ""}"#);
        assert!(same(&absent, &derived), "{absent:?} vs {derived:?}");
        assert_eq!(
            (absent.description, absent.note, absent.blob),
            (None, None, None)
        );
        let (null, derived) = both(
            r#"{"id": 1, "name": "x", "+1": 0, "data": "", "description": null, "note": null,
                "blob": null}"#,
        );
        assert!(same(&null, &derived), "{null:?} vs {derived:?}");
        assert_eq!(
            (null.description, null.note, null.blob),
            (None, Some(None), Some(None))
        );
    }

    #[test]
    fn a_missing_required_member_is_named() {
        let error = serde_json::from_str::<Label>(r#"{"name": "x", "+1": 0, "data": ""}"#)
            .expect_err("id is required");
        assert!(
            error.to_string().starts_with("missing field `id`"),
            "{error}"
        );
        let error = serde_json::from_str::<Label>(r#"{"id": 1, "name": "x", "data": ""}"#)
            .expect_err("+1 is required");
        assert!(
            error.to_string().starts_with("missing field `+1`"),
            "{error}"
        );
    }

    #[test]
    #[cfg(not(feature = "fast-decode"))]
    fn a_bad_member_is_reported_with_its_path() {
        let error = serde_json::from_str::<Repository>(r#"{"owner": {"login": 5}}"#)
            .expect_err("login is text");
        let message = error.to_string();
        assert!(
            message.starts_with("`owner`: `login`: invalid type: integer `5`, expected a string"),
            "{message}"
        );
        let error =
            serde_json::from_str::<Label>(r#"{"id": 1, "name": "x", "+1": 0, "data": "*"}"#)
                .expect_err("not base64");
        assert!(error.to_string().starts_with("`data`: "), "{error}");
    }

    #[test]
    #[cfg(feature = "fast-decode")]
    fn a_bad_member_is_reported_where_it_stands() {
        let error = serde_json::from_str::<Repository>(r#"{"owner": {"login": 5}}"#)
            .expect_err("login is text");
        assert_eq!(
            error.to_string(),
            "invalid type: integer `5`, expected a string at line 1 column 21"
        );
        let error =
            serde_json::from_str::<Label>(r#"{"id": 1, "name": "x", "+1": 0, "data": "*"}"#)
                .expect_err("not base64");
        assert!(
            error.to_string().ends_with("at line 1 column 44"),
            "{error}"
        );
    }

    #[test]
    fn not_an_object_is_an_error() {
        assert!(serde_json::from_str::<Owner>("[1]").is_err());
        assert!(serde_json::from_str::<Owner>("\"x\"").is_err());
    }

    #[test]
    fn unknown_members_are_ignored_without_a_rest_field() {
        let owner: Owner = serde_json::from_str(r#"{"login": "octocat", "id": 1}"#).expect("reads");
        assert_eq!(owner.login, "octocat");
        let empty: Empty = serde_json::from_str(r#"{"id": 1}"#).expect("reads");
        assert_eq!(empty, Empty {});
        let d: D = serde_json::from_str(r#"{"d": 1}"#).expect("reads");
        assert_eq!(d, D { d: 1 });
    }

    #[test]
    fn rest_and_optional_bytes_read_base64() {
        let bytes: Bytes = serde_json::from_str(r#"{"data": "aGk=", "x": "aGk="}"#).expect("reads");
        assert_eq!(bytes.data.as_deref(), Some(&b"hi"[..]));
        assert_eq!(
            bytes.more,
            BTreeMap::from([("x".to_owned(), b"hi".to_vec())])
        );
        let bytes: Bytes = serde_json::from_str("{}").expect("reads");
        assert_eq!(
            bytes,
            Bytes {
                data: None,
                more: BTreeMap::new()
            }
        );
    }

    /// A struct of 30 members and a nested object, read by `decode!` (`Wide`) and by the derive
    /// (`WideDerived`), for [`decode_speed`]. Member `f<i>` holds the `i % 6`th of `String`,
    /// `Option<i64>`, `Option<String>`, `bool`, `i64`, `Option<bool>`.
    macro_rules! wide {
        ($($field:ident: $ty:ty),*) => {
            #[derive(Debug, PartialEq)]
            pub struct Wide {
                pub owner: Owner,
                $(pub $field: $ty,)*
            }

            runtime::decode!(Wide { owner, $($field),* });

            #[derive(Debug, PartialEq, serde::Deserialize)]
            pub struct WideDerived {
                pub owner: OwnerDerived,
                $(pub $field: $ty,)*
            }

            fn same_wide(a: &Wide, b: &WideDerived) -> bool {
                a.owner.login == b.owner.login $(&& a.$field == b.$field)*
            }
        };
    }

    wide!(f0: String, f1: Option<i64>, f2: Option<String>, f3: bool, f4: i64, f5: Option<bool>, f6: String, f7: Option<i64>, f8: Option<String>, f9: bool, f10: i64, f11: Option<bool>, f12: String, f13: Option<i64>, f14: Option<String>, f15: bool, f16: i64, f17: Option<bool>, f18: String, f19: Option<i64>, f20: Option<String>, f21: bool, f22: i64, f23: Option<bool>, f24: String, f25: Option<i64>, f26: Option<String>, f27: bool, f28: i64, f29: Option<bool>);

    #[derive(Debug, PartialEq, serde::Deserialize)]
    pub struct OwnerDerived {
        pub login: String,
    }

    /// Decoding time of `decode!` against `#[derive(Deserialize)]`, as a ratio measured in one
    /// run (`README.md`, "Slow sweeps and benchmarks"): a list of 1,000 objects of 30 members
    /// and a nested one, read 20 times each way, alternating.
    #[test]
    #[ignore = "a benchmark: prints numbers"]
    fn decode_speed() {
        let values = ["\"some text\"", "7", "null", "true", "5", "false"];
        let members: Vec<String> = (0..30)
            .map(|i| format!("\"f{i}\": {}", values[i % values.len()]))
            .collect();
        let one = format!(
            "{{\"owner\": {{\"login\": \"octocat\", \"id\": 1}}, {}, \"extra\": [1, 2]}}",
            members.join(", ")
        );
        let list = format!("[{}]", vec![one; 1000].join(","));
        let (mut decoded_time, mut derived_time) = (0.0, 0.0);
        for _ in 0..20 {
            let start = std::time::Instant::now();
            let decoded: Vec<Wide> = serde_json::from_str(&list).expect("decode! reads it");
            decoded_time += start.elapsed().as_secs_f64();
            let start = std::time::Instant::now();
            let derived: Vec<WideDerived> = serde_json::from_str(&list).expect("derive reads it");
            derived_time += start.elapsed().as_secs_f64();
            assert_eq!(decoded.len(), 1000);
            assert!(decoded.iter().zip(&derived).all(|(a, b)| same_wide(a, b)));
        }
        let mode = if cfg!(feature = "fast-decode") {
            "streaming (fast-decode)"
        } else {
            "default"
        };
        println!(
            "decode! {mode}: {:.1} ms, derive: {:.1} ms, ratio {:.2} ({} KB x 20)",
            decoded_time * 1e3,
            derived_time * 1e3,
            decoded_time / derived_time,
            list.len() / 1024
        );
    }

    #[test]
    fn unions_try_a_decoded_struct_like_a_derived_one() {
        let owner: OwnerOrName = serde_json::from_str(r#"{"login": "octocat"}"#).expect("reads");
        assert_eq!(
            owner,
            OwnerOrName::Owner(Owner {
                login: "octocat".to_owned()
            })
        );
        let name: OwnerOrName = serde_json::from_str(r#""octocat""#).expect("reads");
        assert_eq!(name, OwnerOrName::Name("octocat".to_owned()));
        let value = serde_json::json!({"owner": {"login": "a"}, "old": true});
        let repository: Repository = serde_json::from_value(value).expect("reads a Value too");
        assert_eq!(repository.owner.login, "a");
    }
}
