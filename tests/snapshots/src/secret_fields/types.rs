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
    /// A key of the API, as issued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key: Option<ApiKey>,
    /// Which identity provider checks the credentials, such as `github`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

runtime::decode! { Credentials { username, passphrase, api_key, key } }

runtime::redacted_debug! { Credentials { username, passphrase: redacted, api_key: redacted, key } }

runtime::builder! {
    Credentials(username: impl Into<String>, passphrase: impl Into<String>) {
        api_key: impl Into<ApiKey>,
        key: impl Into<String>,
    }
}

/// A logged-in session.
#[derive(Clone, PartialEq)]
pub struct Session {
    /// Bearer token for later calls.
    pub access_token: String,
    /// Exchanged for a new access token when it expires.
    pub refresh_token: Option<String>,
    /// Seconds until the access token expires.
    pub expires_in: Option<i64>,
    /// How the token is sent, such as `bearer`.
    pub token_type: Option<String>,
    /// Whether pushed secrets are scanned for.
    pub secret_scanning: Option<SessionSecretScanning>,
    /// Members beyond the documented ones.
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

runtime::decode! {
    Session {
        access_token, refresh_token, expires_in, token_type, secret_scanning,
        ..additional_properties,
    }
}

runtime::redacted_debug! {
    Session {
        access_token: redacted, refresh_token: redacted, expires_in, token_type, secret_scanning,
        additional_properties,
    }
}

/// Whether pushed secrets are scanned for.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SessionSecretScanning {
    pub status: Option<SessionSecretScanningStatus>,
}

runtime::decode! { SessionSecretScanning { status } }

runtime::string_enum! {
    /// The `status` member of `SessionSecretScanning`.
    pub enum SessionSecretScanningStatus {
        Enabled = "enabled",
        Disabled = "disabled",
        ..Unknown
    }
}

/// A key of the API, as issued.
pub type ApiKey = String;
