// @generated from specs/hooked/openapi.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Hooked API 1.0.0
//!
//! AI Video Generation API
//!
//! Generated from `specs/hooked/openapi.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]

/// The first server the document lists: the base URL requests go to by default.
pub const DEFAULT_BASE_URL: &str = "https://api.hooked.so";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.hooked.so"];

/// Disconnect Integration
///
/// Remove a connected social media platform
///
///`DELETE /v1/integration/{integrationId}`
#[derive(Debug, Clone, PartialEq)]
pub struct DisconnectIntegration {
    /// Integration ID
    ///
    /// path parameter `integrationId`
    pub integration_id: String,
}

/// The documented responses of [`DisconnectIntegration`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DisconnectIntegrationResponse {
    /// 200: Integration disconnected successfully
    Ok,
}

#[allow(deprecated)]
impl crate::runtime::Operation for DisconnectIntegration {
    type Response = DisconnectIntegrationResponse;

    const METHOD: http::Method = http::Method::DELETE;

    const PATH: &'static str = "/v1/integration/{integrationId}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/v1/integration/");
        path.parameter("integrationId", &self.integration_id)?;
        let path = path.finish();
        Ok(crate::runtime::request_builder(Self::METHOD, base_url, &path, "")?.body(Vec::new())?)
    }

    fn from_response(
        response: http::Response<Vec<u8>>,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        let status = response.status();
        let (parts, body) = response.into_parts();
        Ok(match status.as_u16() {
            200 => DisconnectIntegrationResponse::Ok,
            _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
        })
    }
}
