// @generated from fixtures/secret_fields.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// What a user logs in with.
#[derive(Clone, PartialEq, serde::Serialize)]
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
#[derive(Clone, PartialEq, serde::Deserialize)]
pub struct Session {
    /// Bearer token for later calls.
    pub access_token: String,
    /// Exchanged for a new access token when it expires.
    pub refresh_token: Option<String>,
    /// Seconds until the access token expires.
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
