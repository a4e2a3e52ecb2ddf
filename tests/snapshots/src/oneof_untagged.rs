// @generated from fixtures/oneof_untagged.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Workflows 1.0.0
//!
//! Generated from `fixtures/oneof_untagged.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A short form of a run.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// The run's number.
    pub id: i64,
}

/// The full form of a run.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Detail {
    /// The run's number.
    pub id: i64,
    /// Where the run is.
    pub status: String,
    /// How many steps it has.
    pub steps: i64,
}

/// A workflow and its last run.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Workflow {
    /// The last run, in short or in full.
    pub last_run: WorkflowLastRun,
    /// Minutes, a fraction of them, or a duration such as `1h`.
    pub timeout: WorkflowTimeout,
    /// Inputs, each a name or a list of names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs: Option<Vec<WorkflowInputsItem>>,
}

/// The last run, in short or in full.
///
/// Decoding tries `Detail`, `Summary` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum WorkflowLastRun {
    /// A [`Detail`].
    Detail(Detail),
    /// A [`Summary`].
    Summary(Summary),
}

/// Minutes, a fraction of them, or a duration such as `1h`.
///
/// Decoding tries `Integer`, `Number`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum WorkflowTimeout {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is a JSON number.
    Number(f64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for WorkflowTimeout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::Number(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// Inputs, each a name or a list of names.
///
/// Decoding tries `NamedInput`, `List`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum WorkflowInputsItem {
    /// Named input
    NamedInput(WorkflowInputsItemNamedInput),
    /// The value is a JSON array.
    List(Vec<String>),
    /// The value is a JSON string.
    String(String),
}

/// Named input
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WorkflowInputsItemNamedInput {
    /// The input's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The workflow's number or its file name.
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

/// Get a workflow
///
/// `GET /workflows/{workflow_id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkflow {
    /// The workflow's number or its file name.
    ///
    /// path parameter `workflow_id`
    pub workflow_id: GetWorkflowWorkflowId,
}

runtime::builder! {
    GetWorkflow(workflow_id: impl Into<GetWorkflowWorkflowId>) {}
}

/// The documented responses of [`GetWorkflow`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetWorkflowResponse {
    /// 200: The workflow.
    Ok(Workflow),
}

impl runtime::Outcome for GetWorkflowResponse {
    type Success = Workflow;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Workflow, std::convert::Infallible> {
        match self {
            GetWorkflowResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for GetWorkflow {
    type Response = GetWorkflowResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/workflows/{workflow_id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/workflows/");
        path.parameter("workflow_id", &self.workflow_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetWorkflowResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
