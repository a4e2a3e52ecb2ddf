// @generated from fixtures/secret_fields.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Identity 1.0.0
//!
//! Generated from `fixtures/secret_fields.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// What a user logs in with.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Credentials {
    /// The user's login name.
    pub username: String,
    /// The user's passphrase.
    pub passphrase: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("passphrase", &runtime::Redacted)
            .finish()
    }
}

runtime::builder! {
    Credentials(username: impl Into<String>, passphrase: impl Into<String>) {}
}

/// A logged-in session.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Session {
    /// Bearer token for later calls.
    pub access_token: String,
    /// Exchanged for a new access token when it expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Seconds until the access token expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// Members beyond the documented ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("access_token", &runtime::Redacted)
            .field("refresh_token", &runtime::Redacted)
            .field("expires_in", &self.expires_in)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}

/// Exchange credentials for a token
///
/// `POST /login`
#[derive(Clone, PartialEq)]
pub struct Login {
    /// The application's secret.
    ///
    /// query parameter `client_secret` (secret: redacted in `Debug` output)
    pub client_secret: String,
    /// A name for the device logging in.
    ///
    /// query parameter `device`
    pub device: Option<String>,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Credentials,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Login")
            .field("client_secret", &runtime::Redacted)
            .field("device", &self.device)
            .field("body", &self.body)
            .finish()
    }
}

runtime::builder! {
    Login(client_secret: impl Into<String>, body: impl Into<Credentials>) {
        device: impl Into<String>,
    }
}

/// The documented responses of [`Login`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LoginResponse {
    /// 200: A session.
    Ok(Session),
}

impl runtime::Outcome for LoginResponse {
    type Success = Session;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Session, std::convert::Infallible> {
        match self {
            LoginResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for Login {
    type Response = LoginResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/login";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/login";
        let mut query = runtime::QueryBuilder::new();
        query.parameter("client_secret", &self.client_secret, runtime::FORM_EXPLODE)?;
        query.optional("device", &self.device, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(LoginResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
