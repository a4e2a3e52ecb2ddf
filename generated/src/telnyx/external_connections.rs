// @generated from specs/telnyx/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// External Connection
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct ExternalConnection {
    /// Uniquely identifies the resource.
    pub id: Option<ExternalVoiceIntegrationsIntId>,
    /// Identifies the type of the resource.
    pub record_type: Option<String>,
    /// Specifies whether the connection can be used.
    pub active: Option<ConnectionActive>,
    /// If the credential associated with this service is active.
    pub credential_active: Option<CredentialActive>,
    /// The service that will be consuming this connection.
    pub external_sip_connection: Option<ExternalSipConnection>,
    /// Tags associated with the connection.
    pub tags: Option<Vec<String>>,
    /// The URL where webhooks related to this connection will be sent. Must include a scheme, such as 'https'.
    pub webhook_event_url: Option<String>,
    /// The failover URL where webhooks related to this connection will be sent if sending to the primary URL fails. Must include a scheme, such as 'https'.
    pub webhook_event_failover_url: Option<String>,
    /// Determines which webhook format will be used, Telnyx API v1 or v2.
    pub webhook_api_version: Option<ExternalConnectionWebhookApiVersion>,
    /// Specifies how many seconds to wait before timing out a webhook.
    pub webhook_timeout_secs: Option<i64>,
    pub inbound: Option<ExternalConnectionInbound>,
    pub outbound: Option<ExternalConnectionOutbound>,
    /// ISO 8601 formatted date indicating when the resource was created.
    pub created_at: Option<String>,
    /// ISO 8601 formatted date indicating when the resource was updated.
    pub updated_at: Option<String>,
}

runtime::decode! {
    ExternalConnection {
        id, record_type, active, credential_active, external_sip_connection, tags,
        webhook_event_url, webhook_event_failover_url, webhook_api_version, webhook_timeout_secs,
        inbound, outbound, created_at, updated_at,
    }
}

runtime::string_enum! {
    /// Determines which webhook format will be used, Telnyx API v1 or v2.
    pub enum ExternalConnectionWebhookApiVersion {
        V1 = "1",
        V2 = "2",
        ..Unknown
    }
}

/// The `inbound` member of `ExternalConnection`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternalConnectionInbound {
    /// When set, this will limit the number of concurrent inbound calls to phone numbers associated with this connection.
    pub channel_limit: Option<i64>,
}

runtime::decode! { ExternalConnectionInbound { channel_limit } }

/// The `outbound` member of `ExternalConnection`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternalConnectionOutbound {
    /// When set, this will limit the number of concurrent outbound calls to phone numbers associated with this connection.
    pub channel_limit: Option<i64>,
    /// Identifies the associated outbound voice profile.
    pub outbound_voice_profile_id: Option<
        ExternalVoiceIntegrationsOutboundVoiceProfileId,
    >,
}

runtime::decode! { ExternalConnectionOutbound { channel_limit, outbound_voice_profile_id } }

/// Uniquely identifies the resource.
pub type ExternalVoiceIntegrationsIntId = String;

/// Specifies whether the connection can be used.
pub type ConnectionActive = bool;

/// If the credential associated with this service is active.
pub type CredentialActive = bool;

runtime::string_enum! {
    /// The service that will be consuming this connection.
    pub enum ExternalSipConnection {
        Zoom = "zoom",
        OperatorConnect = "operator_connect",
        ..Unknown
    }
}

/// Identifies the associated outbound voice profile.
pub type ExternalVoiceIntegrationsOutboundVoiceProfileId = String;

/// External Connection Response
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternalConnectionResponse {
    /// External Connection
    pub data: Option<ExternalConnection>,
}

runtime::decode! { ExternalConnectionResponse { data } }

/// Deletes an External Connection
///
/// Permanently deletes an External Connection. Deletion may be prevented if the application is in use by phone numbers, is active, or if it is an Operator Connect connection. To remove an Operator Connect integration please contact Telnyx support.
///
/// `DELETE /external_connections/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteExternalConnection {
    /// Identifies the resource. (path parameter `id`)
    pub id: String,
}

runtime::builder! {
    DeleteExternalConnection(id: impl Into<String>) {}
}

runtime::responses! {
    DeleteExternalConnection: Result<ExternalConnectionResponse, enum DeleteExternalConnectionError>,
    #[derive(Clone, PartialEq)]
    pub enum DeleteExternalConnectionResponse {
        /// 200: Successful response
        200 => Ok(ExternalConnectionResponse = json): Ok(body),
        /// 401: Unauthorized
        401 => Unauthorized: Err,
        /// 404: Resource not found
        404 => NotFound: Err,
        /// 422: Bad request
        422 => UnprocessableEntity: Err,
    }
}

impl runtime::Operation for DeleteExternalConnection {
    type Response = DeleteExternalConnectionResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/external_connections/{id}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/external_connections/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
