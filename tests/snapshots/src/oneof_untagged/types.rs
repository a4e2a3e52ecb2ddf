// @generated from fixtures/oneof_untagged.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A short form of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The run's number.
    pub id: i64,
}

runtime::decode! { Summary { id } }

/// The full form of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    /// The run's number.
    pub id: i64,
    /// Where the run is.
    pub status: String,
    /// How many steps it has.
    pub steps: i64,
}

runtime::decode! { Detail { id, status, steps } }

/// A workflow and its last run.
#[derive(Debug, Clone, PartialEq)]
pub struct Workflow {
    /// The last run, in short or in full.
    pub last_run: WorkflowLastRun,
    /// Minutes, a fraction of them, or a duration such as `1h`.
    pub timeout: WorkflowTimeout,
    /// Inputs, each a name or a list of names.
    pub inputs: Option<Vec<WorkflowInputsItem>>,
}

runtime::decode! { Workflow { last_run, timeout, inputs } }

/// The last run, in short or in full.
///
/// Decoding tries `Detail`, `Summary` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum WorkflowLastRun {
    /// The value is of type [`Detail`].
    Detail(Detail),
    /// The value is of type [`Summary`].
    Summary(Summary),
}

/// Minutes, a fraction of them, or a duration such as `1h`.
///
/// Decoding tries `Integer`, `Number`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowInputsItemNamedInput {
    /// The input's name.
    pub name: Option<String>,
}

runtime::decode! { WorkflowInputsItemNamedInput { name } }

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
