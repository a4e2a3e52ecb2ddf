//! Request bodies and parameter styles of real vendor documents, validated by Prism.
//!
//! For each vendor, the test reads the document from `../shared/corpus/` in place, writes a
//! trimmed copy holding only the operations it calls (see [`tests::corpus::trimmed`]) to a
//! temporary folder, generates a crate from that copy, and builds and runs a small program
//! (`prism_request_forms/<vendor>.rs`) that builds the requests with the generated code and
//! prints them. Each request then goes to Prism, started on the same trimmed copy with request
//! validation on: those meant to be valid must get a 2xx without violations, those meant to be
//! invalid must be refused.
//!
//! - Stripe: `POST /v1/customers` (form body, nested `metadata[…]`, `expand[…]`),
//!   `GET /v1/charges` (`deepObject` query `created[gte]`, `expand[…]`), `POST /v1/files`
//!   (multipart, `deepObject` parts);
//! - GitHub: `GET …/workflows/{workflow_id}` with an integer and with a file name,
//!   `POST /markdown/raw` (`text/plain`), a release asset upload (`application/octet-stream`),
//!   `GET /notifications` with `format: date-time` query parameters (`since`, `before`);
//! - Telnyx: `POST /ai/audio/transcriptions` (multipart: a file, text and a JSON part).
//!
//! The generated crates are built in `target/prism-forms/` (dependencies are compiled there once
//! and reused), offline, against the workspace's `Cargo.lock`.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;
use generator::{CrateInput, Document, ModuleInput};
use serde_json::Value;
use tests::prism::Prism;

/// GitHub's `workflow_id` is `oneOf: [integer, string]`. Every integer in a path is also a
/// string, so a validator that coerces path text to integers, as Prism does, finds both members
/// matching and refuses `…/workflows/161335`. The overlay says what the document means (either
/// may match), as an overlay in `specs/` would.
const GITHUB_WORKFLOW_ID_OVERLAY: &str = r#"
overlay: 1.0.0
info: {title: workflow_id is an integer or a file name, version: 1.0.0}
actions:
  - target: $.components.parameters['workflow-id'].schema.oneOf
    remove: true
  - target: $.components.parameters['workflow-id'].schema
    update:
      anyOf: [{type: integer}, {type: string}]
"#;

/// One request the program printed.
struct Recorded {
    name: String,
    expect: String,
    request: http::Request<Vec<u8>>,
}

/// A vendor document trimmed to `operations`, written to `dir`.
fn trimmed_copy(
    dir: &Path,
    vendor: &str,
    document: &str,
    overlays: &[&str],
    operations: &[(&str, &str)],
) -> PathBuf {
    let document = tests::corpus::document(document, overlays);
    let trimmed = tests::corpus::trimmed(&document, operations);
    let path = dir.join(format!("{vendor}.json"));
    std::fs::write(&path, serde_json::to_vec_pretty(&trimmed).unwrap()).unwrap();
    path
}

/// Generates the crate `prism-<vendor>` from `spec` with the request program of `vendor` as its
/// binary, builds it, runs it and reads the requests it prints.
fn recorded_requests(dir: &Path, vendor: &str, spec: &Path) -> Vec<Recorded> {
    let input = CrateInput {
        package: format!("prism-{vendor}"),
        description: format!("The trimmed {vendor} document, for the Prism request tests."),
        source: format!("{vendor}.json"),
        command: "cargo test -p tests --test end_to_end -- prism_request_forms::".to_owned(),
        standalone: true,
        modules_on_by_default: true,
        modules: vec![ModuleInput {
            module: vendor.to_owned(),
            document: Document {
                file: format!("{vendor}.json"),
                bytes: std::fs::read(spec).unwrap(),
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Default::default(),
            pagination: None,
            root: None,
        }],
    };
    let files = xtask::generate_files(&input, false).unwrap();
    let out = dir.join(format!("prism-{vendor}"));
    xtask::write(&out, &files).unwrap();
    let programs = tests::root().join("tests/tests/prism_request_forms");
    std::fs::copy(
        programs.join(format!("{vendor}.rs")),
        out.join("src/main.rs"),
    )
    .unwrap();
    std::fs::copy(programs.join("common.rs"), out.join("src/common.rs")).unwrap();
    std::fs::copy(tests::root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();

    let target = tests::root().join("target/prism-forms");
    let build = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--offline", "--manifest-path"])
        .arg(out.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "the {vendor} crate does not build:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let run = Command::new(target.join(format!("debug/prism-{vendor}")))
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "the {vendor} program failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|line| recorded(&serde_json::from_str(line).unwrap()))
        .collect()
}

fn recorded(line: &Value) -> Recorded {
    let text = |key: &str| line[key].as_str().unwrap().to_owned();
    let mut builder = http::Request::builder()
        .method(text("method").as_str())
        .uri(text("path"));
    for pair in line["headers"].as_array().unwrap() {
        builder = builder.header(pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
    }
    let body = base64::engine::general_purpose::STANDARD
        .decode(text("body"))
        .unwrap();
    Recorded {
        name: text("name"),
        expect: text("expect"),
        request: builder.body(body).unwrap(),
    }
}

/// Sends every request to Prism and checks that it is accepted or refused as expected.
fn send_all(prism: &Prism, requests: Vec<Recorded>) {
    assert!(!requests.is_empty());
    for Recorded {
        name,
        expect,
        request,
    } in requests
    {
        let (mut parts, body) = request.into_parts();
        let path = parts.uri.path_and_query().unwrap().as_str().to_owned();
        parts.uri = prism.url(&path).parse().unwrap();
        let response = tests::send_raw(http::Request::from_parts(parts, body));
        let violations = response.headers().get("sl-violations");
        let summary = format!(
            "{name}: {} {path}\n{violations:?}\n{}\n--- Prism's log\n{}",
            response.status(),
            String::from_utf8_lossy(response.body()),
            prism.output()
        );
        match expect.as_str() {
            "accepted" => assert!(
                response.status().is_success() && violations.is_none(),
                "not accepted: {summary}"
            ),
            _ => assert!(
                response.status().is_client_error(),
                "not refused: {summary}"
            ),
        }
    }
}

#[test]
fn stripe_form_bodies_deep_object_queries_and_multipart() {
    let dir = tempfile::tempdir().unwrap();
    let operations = [
        ("post", "/v1/customers"),
        ("get", "/v1/charges"),
        ("post", "/v1/files"),
    ];
    let spec = trimmed_copy(dir.path(), "stripe", "stripe/spec3.json", &[], &operations);
    let requests = recorded_requests(dir.path(), "stripe", &spec);
    let prism = Prism::start(&spec);
    send_all(&prism, requests);
}

#[test]
fn github_composed_path_parameter_text_and_binary_bodies() {
    let dir = tempfile::tempdir().unwrap();
    let operations = [
        (
            "get",
            "/repos/{owner}/{repo}/actions/workflows/{workflow_id}",
        ),
        ("post", "/markdown/raw"),
        ("post", "/repos/{owner}/{repo}/releases/{release_id}/assets"),
        ("get", "/notifications"),
    ];
    let spec = trimmed_copy(
        dir.path(),
        "github",
        "github/api.github.com.octokit-23.0.2.json",
        &[GITHUB_WORKFLOW_ID_OVERLAY],
        &operations,
    );
    let requests = recorded_requests(dir.path(), "github", &spec);
    let prism = Prism::start(&spec);
    send_all(&prism, requests);
}

#[test]
fn telnyx_multipart_upload() {
    let dir = tempfile::tempdir().unwrap();
    let operations = [("post", "/ai/audio/transcriptions")];
    let spec = trimmed_copy(
        dir.path(),
        "telnyx",
        "vendors/telnyx/spec3.json",
        &[],
        &operations,
    );
    let requests = recorded_requests(dir.path(), "telnyx", &spec);
    let prism = Prism::start(&spec);
    send_all(&prism, requests);
}
