// @generated from fixtures/request_body_ref.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Settings of an endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EndpointInput {
    /// Where events are posted.
    pub url: String,
    /// Event types to send; all when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
}

runtime::decode! { EndpointInput { url, events } }

runtime::builder! {
    EndpointInput(url: impl Into<String>) {
        events: impl Into<Vec<String>>,
    }
}
