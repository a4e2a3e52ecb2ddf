// @generated from fixtures/parameter_composition.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Workflows 1.0.0
//!
//! Generated from `fixtures/parameter_composition.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// The ID of the workflow, or its file name.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum GetWorkflowWorkflowId {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for GetWorkflowWorkflowId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// `GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkflow {
    /// path parameter `owner`
    pub owner: String,
    /// path parameter `repo`
    pub repo: String,
    /// The ID of the workflow, or its file name.
    ///
    /// path parameter `workflow_id`
    pub workflow_id: GetWorkflowWorkflowId,
}

runtime::builder! {
    GetWorkflow(
        owner: impl Into<String>,
        repo: impl Into<String>,
        workflow_id: impl Into<GetWorkflowWorkflowId>,
    ) {}
}

/// The documented responses of [`GetWorkflow`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetWorkflowResponse {
    /// 204: Done.
    NoContent,
}

impl runtime::Outcome for GetWorkflowResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            GetWorkflowResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for GetWorkflow {
    type Response = GetWorkflowResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/actions/workflows/{workflow_id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/actions/workflows/");
        path.parameter("workflow_id", &self.workflow_id, runtime::SIMPLE)?;
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(GetWorkflowResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
