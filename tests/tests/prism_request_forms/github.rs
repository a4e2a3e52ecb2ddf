//! The GitHub requests of `prism_request_forms`, built by the module generated from the trimmed
//! GitHub document: one JSON line per request on stdout. Compiled by that test, in a crate of
//! its own (`src/main.rs`), never as part of the workspace.

use prism_github::github;
use prism_github::runtime::chrono::{TimeZone, Utc};
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
    // `format: date-time` query parameters, written in RFC 3339.
    let notifications = github::ActivityListNotificationsForAuthenticatedUser {
        since: Utc.with_ymd_and_hms(2024, 5, 31, 12, 0, 0).single(),
        before: Utc.with_ymd_and_hms(2024, 6, 1, 8, 30, 15).single(),
        ..Default::default()
    };
    emit("GET notifications since", "accepted", &notifications);
    // The same query with a value that is not RFC 3339: Prism refuses it, so it checks formats.
    let mut request = notifications.to_request("http://localhost").unwrap();
    *request.uri_mut() = "http://localhost/notifications?since=2024-05-31%2012%3A00"
        .parse()
        .unwrap();
    common::print("GET notifications since, not RFC 3339", "refused", &request);
}

mod common;
