//! The programs the README shows (GitHub: list issues and comment on one; Stripe: create a
//! customer), run against loopback servers: what they send, and what `into_result` hands them.
//! Each program is a file of `client_programs/`, which the README must show as it is.

#[path = "client_programs/github.rs"]
mod github;
#[path = "client_programs/stripe.rs"]
mod stripe;

use std::fs;

use generated::github::{IssuesListForRepo, IssuesListForRepoError};
use generated::runtime::ApiError;
use generated::runtime::client::Client;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The value of example `name` of GitHub's description: real responses, as GitHub documents them.
fn github_example(name: &str) -> Value {
    let text =
        fs::read_to_string(tests::root().join("specs/github/api.github.com.octokit-23.0.2.json"))
            .unwrap();
    let document: Value = serde_json::from_str(&text).unwrap();
    document["components"]["examples"][name]["value"].clone()
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

async fn github_server(comment_status: u16, comment_body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/repos/octocat/Hello-World/issues"))
        .respond_with(ResponseTemplate::new(200).set_body_json(github_example("issue-items")))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/repos/octocat/Hello-World/issues/1347/comments"))
        .respond_with(ResponseTemplate::new(comment_status).set_body_json(comment_body))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn github_lists_issues_and_comments_with_the_bearer_token() {
    let server = github_server(201, github_example("issue-comment")).await;
    let url = github::thank_first_reporter(&server.uri(), "ghp_token123")
        .await
        .unwrap();
    assert_eq!(
        url.as_deref(),
        Some("https://github.com/octocat/Hello-World/issues/1347#issuecomment-1")
    );
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2, "{requests:?}");
    for request in &requests {
        assert_eq!(
            header(request, "authorization"),
            Some("Bearer ghp_token123")
        );
    }
    assert_eq!(requests[0].url.query(), Some("state=open&per_page=100"));
    let sent: Value = serde_json::from_slice(&requests[1].body).unwrap();
    assert_eq!(sent, json!({"body": "Thanks for the report!"}));
}

#[tokio::test]
async fn github_without_a_token_sends_no_authorization() {
    let server = github_server(201, github_example("issue-comment")).await;
    let client = Client::builder(server.uri()).build().unwrap();
    let list = IssuesListForRepo::new("octocat", "Hello-World");
    let issues = client.send(&list).await.unwrap().into_result().unwrap();
    assert_eq!(issues[0].number, 1347);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(header(&requests[0], "authorization"), None);
}

#[tokio::test]
async fn github_documented_errors_arrive_typed() {
    let gone = json!({"message": "Gone", "documentation_url": "https://docs.github.com"});
    let server = github_server(410, gone).await;
    assert_eq!(
        github::thank_first_reporter(&server.uri(), "ghp_token123")
            .await
            .unwrap(),
        None
    );

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"message": "Not Found"})))
        .mount(&server)
        .await;
    let error = github::thank_first_reporter(&server.uri(), "ghp_token123")
        .await
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "documented error response with status 404 Not Found"
    );
    let error = error
        .downcast_ref::<ApiError<IssuesListForRepoError>>()
        .unwrap();
    match &error.body {
        IssuesListForRepoError::NotFound(body) => {
            assert_eq!(body.message.as_deref(), Some("Not Found"))
        }
        other => panic!("{other:?}"),
    }
}

async fn stripe_server(status: u16, body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn stripe_creates_a_customer_from_form_fields() {
    let customer =
        json!({"id": "cus_123", "object": "customer", "created": 1_700_000_000, "livemode": false});
    let server = stripe_server(200, customer).await;
    let id = stripe::create_customer(&server.uri(), "sk_test_123")
        .await
        .unwrap();
    assert_eq!(id, "cus_123");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        header(&requests[0], "authorization"),
        Some("Bearer sk_test_123")
    );
    assert_eq!(
        header(&requests[0], "content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        std::str::from_utf8(&requests[0].body).unwrap(),
        "email=jenny.rosen%40example.com&name=Jenny%20Rosen"
    );
}

#[tokio::test]
async fn stripe_refusals_carry_the_status_and_message() {
    let error = json!({"error": {"type": "invalid_request_error", "message": "Invalid email address: jenny"}});
    let server = stripe_server(400, error).await;
    let refused = stripe::create_customer(&server.uri(), "sk_test_123")
        .await
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        "400 Bad Request: Invalid email address: jenny"
    );
}

#[test]
fn the_readme_shows_the_programs_as_they_are() {
    let readme = fs::read_to_string(tests::root().join("README.md")).unwrap();
    let programs = [
        ("github", include_str!("client_programs/github.rs")),
        ("stripe", include_str!("client_programs/stripe.rs")),
    ];
    for (name, program) in programs {
        assert!(
            readme.contains(program),
            "README.md must show tests/tests/client_programs/{name}.rs as it is:\n{program}"
        );
    }
}
