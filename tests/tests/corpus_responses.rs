//! What real vendors' responses generate, from `../shared/corpus/` trimmed to the operations
//! looked at: Telnyx's Anthropic-compatible endpoint streams its completion as Server-Sent
//! Events (or answers JSON), GitHub documents `Link` and rate-limit headers, Telnyx an
//! `Idempotent-Replayed` header.

use generator::{CrateInput, Document, ModuleInput};
use tests::corpus;

/// The module generated from `document`, trimmed to `operations` with their responses whole.
fn module(relative: &str, operations: &[(&str, &str)]) -> String {
    let document = corpus::document(relative, &[]);
    let trimmed = corpus::trimmed_with_responses(&document, operations);
    let input = CrateInput {
        package: "corpus-responses".to_owned(),
        description: "Responses of corpus documents.".to_owned(),
        source: relative.to_owned(),
        command: "cargo test -p tests --test end_to_end -- corpus_responses::".to_owned(),
        standalone: true,
        modules_on_by_default: true,
        modules: vec![ModuleInput {
            module: "vendor".to_owned(),
            document: Document {
                file: relative.to_owned(),
                bytes: serde_json::to_vec(&trimmed).expect("JSON"),
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Default::default(),
            pagination: None,
            root: None,
        }],
    };
    let files = generator::generate(&input).unwrap_or_else(|errors| panic!("{errors:?}"));
    tests::module_source(&files.files, "vendor")
}

/// `text` with runs of whitespace as single spaces, so that layout does not matter.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn telnyx_streams_anthropic_messages_as_events_or_answers_json() {
    let code = squeezed(&module(
        "vendors/telnyx/spec3.yml",
        &[
            ("post", "/ai/anthropic/v1/messages"),
            ("post", "/email_messages"),
        ],
    ));
    for expected in [
        "pub enum CreateAnthropicMessageResponse { /// 200: Successful Response 200 => Ok(CreateAnthropicMessageOkContent = negotiated): Ok(body),",
        "Json(serde_json::Map<String, serde_json::Value>), /// `text/event-stream` EventStream(runtime::EventStream<String>),",
        "runtime::MediaKind::EventStream => { CreateAnthropicMessageOkContent::EventStream( runtime::EventStream::text(body), ) }",
        "fn streams(parts: &http::response::Parts) -> bool { match parts.status.as_u16() { 200 => runtime::MediaKind::of(parts) == runtime::MediaKind::EventStream,",
        "pub idempotent_replayed: Option<bool>,",
        "idempotent_replayed: runtime::header(headers, \"idempotent-replayed\")?,",
    ] {
        assert!(code.contains(expected), "missing: {expected}");
    }
}

#[test]
fn github_documents_link_and_rate_limit_headers() {
    let code = squeezed(&module(
        "github/api.github.com.octokit-23.0.2.json",
        &[
            ("get", "/repos/{owner}/{repo}/issues"),
            ("get", "/rate_limit"),
        ],
    ));
    for expected in [
        "200 => Ok { headers: LinkHeaders, body: Vec<Issue> = json }: Ok(body),",
        "pub struct LinkHeaders { /// header `Link` pub link: Option<String>, }",
        "pub struct RateLimitGetOkHeaders { /// header `X-RateLimit-Limit` pub x_rate_limit_limit: Option<i64>, /// header `X-RateLimit-Remaining` pub x_rate_limit_remaining: Option<i64>, /// header `X-RateLimit-Reset` pub x_rate_limit_reset: Option<i64>, }",
    ] {
        assert!(code.contains(expected), "missing: {expected}");
    }
}
