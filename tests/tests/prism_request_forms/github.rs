//! The GitHub requests of `prism_request_forms`, built by the module generated from the trimmed
//! GitHub document: one JSON line per request on stdout. Compiled by that test, in a crate of
//! its own (`src/main.rs`), never as part of the workspace.

use prism_github::github;
use prism_github::runtime::{Auth, Operation};
use serde_json::json;

fn emit<O: Operation>(name: &str, expect: &str, operation: &O) {
    let mut request = operation.to_request("http://localhost").unwrap();
    Auth::new()
        .authorize(&mut request, O::SECURITY, "http://localhost")
        .unwrap();
    common::print(name, expect, &request);
}

fn main() {
    // `workflow_id` is an integer or a file name: whatever its Rust type, it is built from JSON.
    for (name, id) in [
        ("GET workflow by id", json!(161_335)),
        ("GET workflow by file name", json!("main.yml")),
    ] {
        let operation = github::ActionsGetWorkflow {
            owner: "octo-org".into(),
            repo: "hello-world".into(),
            workflow_id: serde_json::from_value(id).unwrap(),
        };
        emit(name, "accepted", &operation);
    }
    // A text/plain body.
    let markdown = github::MarkdownRenderRaw {
        body: Some("Hello **world**".into()),
    };
    emit("POST /markdown/raw", "accepted", &markdown);
    // An application/octet-stream body.
    let asset = github::ReposUploadReleaseAsset {
        owner: "octo-org".into(),
        repo: "hello-world".into(),
        release_id: 1,
        name: "app.zip".into(),
        label: Some("App (zip)".into()),
        body: Some(b"PK\x03\x04 zip bytes".to_vec()),
    };
    emit("POST release asset", "accepted", &asset);
}

mod common;
