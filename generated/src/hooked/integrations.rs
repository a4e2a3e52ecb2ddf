// @generated from specs/hooked/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The result of disconnecting an integration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisconnectIntegrationResult {
    /// Whether the request was successful
    pub success: Option<bool>,
    /// Status message
    pub message: Option<String>,
    /// The disconnected integration.
    pub data: Option<DisconnectIntegrationResultData>,
}

runtime::decode! { DisconnectIntegrationResult { success, message, data } }

/// The disconnected integration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisconnectIntegrationResultData {
    /// ID of the disconnected integration
    pub id: Option<String>,
    /// Platform type that was disconnected
    pub r#type: Option<String>,
    /// Confirmation of deletion (always `true`)
    pub deleted: Option<bool>,
}

runtime::decode! { DisconnectIntegrationResultData { id, r#type = "type", deleted } }

/// An error, as the page's error examples show it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// A machine-readable error code, such as `not_found` or `forbidden`.
    pub code: Option<String>,
    /// A human-readable explanation.
    pub message: Option<String>,
    /// Further details; which members appear depends on the error.
    pub details: Option<serde_json::Map<String, serde_json::Value>>,
}

runtime::decode! { Error { code, message, details } }

/// Disconnect Integration
///
/// Remove a connected social media platform
///
/// `DELETE /v1/integration/{integrationId}`
#[derive(Debug, Clone, PartialEq)]
pub struct DisconnectIntegration {
    /// Integration ID (path parameter `integrationId`)
    pub integration_id: String,
}

runtime::builder! {
    DisconnectIntegration(integration_id: impl Into<String>) {}
}

runtime::responses! {
    DisconnectIntegration: Result<DisconnectIntegrationResult, enum DisconnectIntegrationError>,
    #[derive(Clone, PartialEq)]
    pub enum DisconnectIntegrationResponse {
        /// 200: Integration disconnected successfully
        200 => Ok(DisconnectIntegrationResult = json): Ok(body),
        /// 403: The integration does not belong to your team.
        403 => Forbidden(Error = json): Err,
        /// 404: The integration was not found.
        404 => NotFound(Error = json): Err,
    }
}

impl runtime::Operation for DisconnectIntegration {
    type Response = DisconnectIntegrationResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/v1/integration/{integrationId}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::API_KEY_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/integration/");
        path.parameter("integrationId", &self.integration_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
