//! What the unit tests of every rule family share: a schema or a whole document run through
//! normalization, and warnings reduced to what an assertion compares.

use serde_json::{Value, json};

use super::normalize;
use crate::diagnostic::Warning;
use crate::dialect::Dialect;

/// Normalizes `input` as `components.schemas.S` of a 3.1 document.
pub(super) fn schema_rule(input: Value) -> (Value, Vec<Warning>) {
    let (document, warnings) = document_rule(json!({
        "openapi": "3.1.0",
        "components": {"schemas": {"S": input}}
    }));
    (document["components"]["schemas"]["S"].clone(), warnings)
}

pub(super) fn document_rule(input: Value) -> (Value, Vec<Warning>) {
    let normalized = normalize("f.yaml", Dialect::V3_1, input);
    (normalized.document, normalized.warnings)
}

/// (pointer, kind) of each warning, to compare in one assertion.
pub(super) fn found(warnings: &[Warning]) -> Vec<(&str, &str)> {
    warnings
        .iter()
        .map(|w| (w.location.pointer.as_str(), w.kind))
        .collect()
}

const S: &str = "/components/schemas/S";

pub(super) fn at(suffix: &str) -> String {
    format!("{S}{suffix}")
}
