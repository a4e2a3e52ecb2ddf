//! Helpers for the end-to-end tests: paths, spec documents and example bodies built from them.
//!
//! The README's examples are compiled (and the sans-IO one run) as this crate's doc tests.

#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeExamples;

pub mod snaptrade_signer;

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

pub mod actionlint;
pub mod corpus;
pub mod npm;
pub mod pages;
pub mod prism;
pub mod python_sdks;
pub mod recorder;
pub mod workspace;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// The files of module `module` among a generated crate's `files`, one after the other in path
/// order (`mod.rs` first): one text to look for items in, or to parse, wherever the module's
/// layout puts them.
pub fn module_source(files: &[generator::GeneratedFile], module: &str) -> String {
    let folder = format!("src/{module}/");
    let mut texts: Vec<(&str, &str)> = files
        .iter()
        .filter_map(|file| Some((file.path.strip_prefix(&folder)?, file.contents.as_str())))
        .collect();
    assert!(!texts.is_empty(), "no files of module `{module}`");
    texts.sort_by_key(|&(path, _)| (path != "mod.rs", path));
    texts.into_iter().map(|(_, text)| text).collect()
}

/// A vendor document from `specs/`, decoded by the generator's own loader.
pub fn spec(relative: &str) -> Value {
    let file = format!("specs/{relative}");
    let bytes = std::fs::read(root().join(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    generator::load::load(&file, &bytes).unwrap_or_else(|e| panic!("{e}"))
}

/// A vendor's document with its overlays applied, as `cargo xtask codegen` reads it (the other
/// vendors' documents are not read).
pub fn overlaid_spec(vendor: &str) -> Value {
    let module = xtask::read_vendor_module(&root(), vendor).unwrap_or_else(|e| panic!("{e:#}"));
    generator::load_with_overlays(&module.document, &module.overlays)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Follows a `#/...` JSON pointer reference within `document`.
fn resolve<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.trim_start_matches('#');
            let target = document
                .pointer(pointer)
                .unwrap_or_else(|| panic!("dangling {reference}"));
            resolve(document, target)
        }
        None => schema,
    }
}

/// A JSON value shaped like the schema at `pointer`, built from the document's own `example`s:
/// a schema's example where it has one, else an object of its properties' examples.
pub fn example(document: &Value, pointer: &str) -> Value {
    let schema = document
        .pointer(pointer)
        .unwrap_or_else(|| panic!("no schema at {pointer}"));
    example_of(document, schema)
}

fn example_of(document: &Value, schema: &Value) -> Value {
    let schema = resolve(document, schema);
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(Value::Object(properties)) = schema.get("properties") {
        let members: Map<String, Value> = properties
            .iter()
            .map(|(name, property)| (name.clone(), example_of(document, property)))
            .collect();
        return Value::Object(members);
    }
    if let Some(Value::Array(values)) = schema.get("enum") {
        if let Some(first) = values.first() {
            return first.clone();
        }
    }
    let kind = match schema.get("type") {
        Some(Value::Array(types)) => types.first().and_then(Value::as_str),
        Some(kind) => kind.as_str(),
        None => None,
    };
    match kind {
        Some("integer") => Value::from(7),
        Some("number") => Value::from(1.5),
        Some("boolean") => Value::Bool(true),
        Some("array") => Value::Array(
            schema
                .get("items")
                .map(|items| vec![example_of(document, items)])
                .unwrap_or_default(),
        ),
        _ => Value::String("text".to_owned()),
    }
}

/// A response with `status` and a JSON body.
pub fn json_response(status: u16, body: &Value) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(serde_json::to_vec(body).unwrap_or_default())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A response with `status` and raw bytes.
pub fn raw_response(status: u16, body: &[u8]) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .body(body.to_vec())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// `name: value` pairs of a request's headers, sorted, for exact comparison.
pub fn headers<B>(request: &http::Request<B>) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    pairs.sort();
    pairs
}

/// Sends `request` as it is (no credentials, no checks), and returns the response whatever its status.
pub fn send_raw(request: http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        // Loopback only, whatever proxy the environment names.
        .proxy(None)
        .timeout_global(Some(std::time::Duration::from_secs(30)))
        .build()
        .into();
    let (parts, body) = request.into_parts();
    let sent = if body.is_empty() {
        agent.run(http::Request::from_parts(parts, ()))
    } else {
        agent.run(http::Request::from_parts(parts, body))
    };
    let response = sent.unwrap_or_else(|e| panic!("{e}"));
    let (parts, mut body) = response.into_parts();
    let bytes = body.read_to_vec().unwrap_or_else(|e| panic!("{e}"));
    http::Response::from_parts(parts, bytes)
}
