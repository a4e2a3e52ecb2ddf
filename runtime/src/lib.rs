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
    /// The HTTP method.
    const METHOD: http::Method;
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
