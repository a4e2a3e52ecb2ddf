// @generated from specs/telnyx/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Telnyx External Connects API 2.0.0
//!
//! API for External connects.
//!
//! Generated from `specs/telnyx/openapi.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.telnyx.com/v2";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.telnyx.com/v2"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `bearerAuth`: a bearer token in `Authorization`.
    pub const BEARER_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "bearerAuth",
        kind: crate::runtime::SchemeKind::Bearer,
    };
}

/// External Connection
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalConnection {
    /// Uniquely identifies the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ExternalVoiceIntegrationsIntId>,
    /// Identifies the type of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_type: Option<String>,
    /// Specifies whether the connection can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<ConnectionActive>,
    /// If the credential associated with this service is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_active: Option<CredentialActive>,
    /// The service that will be consuming this connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_sip_connection: Option<ExternalSipConnection>,
    /// Tags associated with the connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The URL where webhooks related to this connection will be sent. Must include a scheme, such as 'https'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_event_url: Option<String>,
    /// The failover URL where webhooks related to this connection will be sent if sending to the primary URL fails. Must include a scheme, such as 'https'.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub webhook_event_failover_url: Option<Option<String>>,
    /// Determines which webhook format will be used, Telnyx API v1 or v2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_api_version: Option<ExternalConnectionWebhookApiVersion>,
    /// Specifies how many seconds to wait before timing out a webhook.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub webhook_timeout_secs: Option<Option<i64>>,
    /// The `inbound` member (not described in the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbound: Option<ExternalConnectionInbound>,
    /// The `outbound` member (not described in the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbound: Option<ExternalConnectionOutbound>,
    /// ISO 8601 formatted date indicating when the resource was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// ISO 8601 formatted date indicating when the resource was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

/// Determines which webhook format will be used, Telnyx API v1 or v2.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExternalConnectionWebhookApiVersion {
    /// `1`
    V1,
    /// `2`
    V2,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl ExternalConnectionWebhookApiVersion {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "1",
            Self::V2 => "2",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for ExternalConnectionWebhookApiVersion {
    fn from(value: String) -> Self {
        match value.as_str() {
            "1" => Self::V1,
            "2" => Self::V2,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for ExternalConnectionWebhookApiVersion {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for ExternalConnectionWebhookApiVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for ExternalConnectionWebhookApiVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ExternalConnectionWebhookApiVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The `inbound` member of `ExternalConnection`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalConnectionInbound {
    /// When set, this will limit the number of concurrent inbound calls to phone numbers associated with this connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_limit: Option<i64>,
}

/// The `outbound` member of `ExternalConnection`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalConnectionOutbound {
    /// When set, this will limit the number of concurrent outbound calls to phone numbers associated with this connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_limit: Option<i64>,
    /// Identifies the associated outbound voice profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbound_voice_profile_id: Option<
        ExternalVoiceIntegrationsOutboundVoiceProfileId,
    >,
}

/// Uniquely identifies the resource.
pub type ExternalVoiceIntegrationsIntId = String;

/// Specifies whether the connection can be used.
pub type ConnectionActive = bool;

/// If the credential associated with this service is active.
pub type CredentialActive = bool;

/// The service that will be consuming this connection.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExternalSipConnection {
    /// `zoom`
    Zoom,
    /// `operator_connect`
    OperatorConnect,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl ExternalSipConnection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zoom => "zoom",
            Self::OperatorConnect => "operator_connect",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for ExternalSipConnection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "zoom" => Self::Zoom,
            "operator_connect" => Self::OperatorConnect,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for ExternalSipConnection {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for ExternalSipConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for ExternalSipConnection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ExternalSipConnection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Identifies the associated outbound voice profile.
pub type ExternalVoiceIntegrationsOutboundVoiceProfileId = String;

/// External Connection Response
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ExternalConnectionResponse {
    /// External Connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<ExternalConnection>,
}

/// Deletes an External Connection
///
/// Permanently deletes an External Connection. Deletion may be prevented if the application is in use by phone numbers, is active, or if it is an Operator Connect connection. To remove an Operator Connect integration please contact Telnyx support.
///
/// `DELETE /external_connections/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteExternalConnection {
    /// Identifies the resource.
    ///
    /// path parameter `id`
    pub id: String,
}

/// The documented responses of [`DeleteExternalConnection`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteExternalConnectionResponse {
    /// 200: Successful response
    Ok(ExternalConnectionResponse),
    /// 401: Unauthorized
    Unauthorized,
    /// 404: Resource not found
    NotFound,
    /// 422: Bad request
    UnprocessableEntity,
}

#[allow(deprecated)]
impl crate::runtime::Operation for DeleteExternalConnection {
    type Response = DeleteExternalConnectionResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/external_connections/{id}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/external_connections/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
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
                200 => {
                    DeleteExternalConnectionResponse::Ok(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                401 => DeleteExternalConnectionResponse::Unauthorized,
                404 => DeleteExternalConnectionResponse::NotFound,
                422 => DeleteExternalConnectionResponse::UnprocessableEntity,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
