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
    /// The typed response: one variant per documented status.
    type Response;
    /// The HTTP method, as the request line writes it: `GET`, `QUERY`, or an extension method
    /// a document lists (`COPY`). It compares equal to the `http::Method` of the same name
    /// (`Op::METHOD == http::Method::GET`).
    const METHOD: &'static str;
    /// The path template as the vendor documents it, e.g. `/connection/{connectionId}`.
    const PATH: &'static str;
    /// Alternatives, any one of which authorizes the request; each lists the schemes it needs
    /// together. Empty: the operation needs no authentication. See [`Auth`].
    const SECURITY: &'static [&'static [SecurityScheme]];

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

    /// Appends a path parameter in `encoding`'s style (`simple`, `label` or `matrix`; see
    /// [`Style`]). Every reserved character of the value is encoded, so a value cannot add
    /// segments, start a query, or climb with `..` (a `simple` value of `.` or `..` is encoded
    /// too); a `simple` value that is empty is an error, since it would change which resource
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
        match text.as_str() {
            _ if prefixed => self.path.push_str(&text),
            "" => return Err(RequestError::EmptyPathParameter(name)),
            "." => self.path.push_str("%2E"),
            ".." => self.path.push_str("%2E%2E"),
            text => self.path.push_str(text),
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

    /// The header value, if any parameter was added.
    pub fn finish(self) -> Result<Option<http::HeaderValue>, RequestError> {
        if self.cookie.is_empty() {
            return Ok(None);
        }
        header_value("cookie", &self.cookie).map(Some)
    }
}

/// Joins base URL, path and query into a request builder for `method`.
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

/// The request for `method` at base URL, path and query, with `body` and its `Content-Type`
/// (an empty body and no `Content-Type` without one).
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
    let request = match body {
        Some(body) => builder
            .header(http::header::CONTENT_TYPE, body.content_type)
            .body(body.bytes)?,
        None => builder.body(Vec::new())?,
    };
    Ok(request)
}

/// A header value, rejected if it holds characters HTTP forbids (CR, LF, other controls).
pub fn header_value(name: &'static str, value: &str) -> Result<http::HeaderValue, RequestError> {
    http::HeaderValue::from_str(value).map_err(|_| RequestError::InvalidHeaderValue(name))
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

/// A request body and its media type.
#[derive(Debug, Clone, PartialEq, Eq)]
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

#[derive(Debug, Clone, PartialEq, Eq)]
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
            use base64::Engine as _;
            let pair = format!("{username}:{}", password.expose());
            let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
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

/// A ready HTTP client (cargo feature `client`): sends any operation with the configured base
/// URL, credentials, signer, timeout and user agent, and decodes its typed response.
#[cfg(feature = "client")]
pub mod client {
    use std::time::Duration;

    use super::{Auth, AuthError, Operation, RequestError, ResponseError};

    /// Why [`Client::send`] failed.
    #[derive(Debug, thiserror::Error)]
    #[non_exhaustive]
    pub enum Error {
        #[error(transparent)]
        Request(#[from] RequestError),
        #[error(transparent)]
        Auth(#[from] AuthError),
        /// The request could not be sent or the response not received.
        #[error("transport: {0}")]
        Transport(#[from] reqwest::Error),
        #[error(transparent)]
        Response(#[from] ResponseError),
    }

    /// Sends operations of one API. Cheap to clone; clones share connections.
    #[derive(Debug, Clone)]
    pub struct Client {
        http: reqwest::Client,
        base_url: String,
        auth: Auth,
    }

    /// Configures a [`Client`].
    #[derive(Debug)]
    pub struct ClientBuilder {
        base_url: String,
        auth: Auth,
        timeout: Option<Duration>,
        user_agent: String,
        headers: http::HeaderMap,
    }

    impl Client {
        /// A client for the API at `base_url` (a module's `DEFAULT_BASE_URL`, or a sandbox).
        pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
            ClientBuilder {
                base_url: base_url.into(),
                auth: Auth::new(),
                timeout: Some(Duration::from_secs(30)),
                user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"))
                    .to_owned(),
                headers: http::HeaderMap::new(),
            }
        }

        /// The base URL requests go to.
        pub fn base_url(&self) -> &str {
            &self.base_url
        }

        /// The request [`Client::send`] would send: built, authorized and signed.
        pub fn prepare<O: Operation>(
            &self,
            operation: &O,
        ) -> Result<http::Request<Vec<u8>>, Error> {
            let mut request = operation.to_request(&self.base_url)?;
            self.auth
                .authorize(&mut request, O::SECURITY, &self.base_url)?;
            Ok(request)
        }

        /// Sends `operation` and decodes the response into its typed response enum.
        pub async fn send<O: Operation>(&self, operation: &O) -> Result<O::Response, Error> {
            let request = reqwest::Request::try_from(self.prepare(operation)?)?;
            let response = self.http.execute(request).await?;
            let mut builder = http::Response::builder()
                .status(response.status())
                .version(response.version());
            if let Some(headers) = builder.headers_mut() {
                *headers = response.headers().clone();
            }
            let body = response.bytes().await?.to_vec();
            let response = builder.body(body).map_err(RequestError::from)?;
            Ok(O::from_response(response)?)
        }
    }

    impl ClientBuilder {
        /// Credentials and signer.
        pub fn auth(mut self, auth: Auth) -> Self {
            self.auth = auth;
            self
        }

        /// The time a whole request may take (30 s unless set); `None` waits forever.
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

        /// A header sent with every request.
        pub fn header(mut self, name: http::HeaderName, value: http::HeaderValue) -> Self {
            self.headers.insert(name, value);
            self
        }

        pub fn build(self) -> Result<Client, Error> {
            let mut http = reqwest::Client::builder()
                .user_agent(self.user_agent)
                .default_headers(self.headers);
            if let Some(timeout) = self.timeout {
                http = http.timeout(timeout);
            }
            Ok(Client {
                http: http.build()?,
                base_url: self.base_url,
                auth: self.auth,
            })
        }
    }
}
