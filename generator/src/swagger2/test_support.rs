//! What the unit tests of every rule family share: a schema, an operation or a whole document
//! converted, and warnings reduced to what an assertion compares.

use serde_json::{Value, json};

use super::convert;
use crate::diagnostic::Warning;

pub(super) fn convert_document(input: Value) -> (Value, Vec<Warning>) {
    let converted = convert("f.yaml", None, input, &[]).unwrap_or_else(|error| panic!("{error}"));
    (converted.document, converted.warnings)
}

/// Converts `input` as `definitions.S` of a 2.0 document; the result is
/// `components.schemas.S`.
pub(super) fn schema_rule(input: Value) -> (Value, Vec<Warning>) {
    let (document, warnings) = convert_document(json!({
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "definitions": {"S": input}
    }));
    (document["components"]["schemas"]["S"].clone(), warnings)
}

/// Converts `input` as the `GET /a` operation of a 2.0 document with `defaults` at the top
/// (`consumes`, `produces`, …); the result is that operation in the 3.0 document.
pub(super) fn operation_rule(defaults: Value, input: Value) -> (Value, Vec<Warning>) {
    let mut document = json!({
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": input}}
    });
    if let (Value::Object(document), Value::Object(defaults)) = (&mut document, defaults) {
        document.extend(defaults);
    }
    let (document, warnings) = convert_document(document);
    (document["paths"]["/a"]["get"].clone(), warnings)
}

/// (pointer, kind) of each warning, to compare in one assertion.
pub(super) fn found(warnings: &[Warning]) -> Vec<(String, &'static str)> {
    warnings
        .iter()
        .map(|w| (w.location.pointer.clone(), w.kind))
        .collect()
}

/// The 2.0 pointer of `suffix` under the schema of [`schema_rule`].
pub(super) fn at(suffix: &str) -> String {
    format!("/definitions/S{suffix}")
}

/// The 2.0 pointer of `suffix` under the operation of [`operation_rule`].
pub(super) fn op(suffix: &str) -> String {
    format!("/paths/~1a/get{suffix}")
}
