//! Every seed operation through the ready client against a loopback recording server: the exact
//! method, path, query and credentials that reach the wire, and the typed responses that come back.

use std::process::Command;
use std::time::Duration;

use generated::runtime::client::{Client, Error as ClientError};
use generated::runtime::{Auth, AuthError, Credential, RequestError};
use generated::{hooked, snaptrade, supermemory, symphony, telnyx};
use serde_json::json;
use tests::recorder::Recorder;
use tests::snaptrade_signer::SnapTradeSigner;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A server that answers every request with `status` and `body`, and records it.
async fn recording_server(status: u16, body: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    server
}

async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 1, "{requests:?}");
    requests.remove(0)
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// base64(HMAC-SHA256(key, message)) of the compact key-sorted JSON, computed by Python's
/// standard library: an implementation independent of the one under test.
fn python_signature(key: &str, path: &str, query: &str) -> String {
    let script = "import base64, hashlib, hmac, json, sys\n\
                  key, path, query = sys.argv[1:4]\n\
                  message = json.dumps({'content': None, 'path': path, 'query': query}, \
                  separators=(',', ':'), sort_keys=True)\n\
                  digest = hmac.new(key.encode(), message.encode(), hashlib.sha256).digest()\n\
                  print(base64.b64encode(digest).decode())";
    let output = Command::new("python3")
        .args(["-c", script, key, path, query])
        .output()
        .expect("python3 runs (it is part of the machine's toolchain)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

#[tokio::test]
async fn snaptrade_request_is_signed_on_both_server_forms() {
    // The canonical root (`DEFAULT_BASE_URL`) and the legacy `/api/v1` prefix: the signature
    // covers the path below the base URL, the same on both.
    for prefix in ["", "/api/v1"] {
        let server =
            recording_server(200, json!({"detail": "queued", "connection_id": "c-1"})).await;
        let base_url = format!("{}{prefix}", server.uri());
        let signer = SnapTradeSigner::new("PARTNER_CLIENT_ID", "CONSUMER_KEY").at(1_700_000_000);
        let client = Client::builder(&base_url)
            .auth(Auth::new().signer(signer))
            .build()
            .unwrap();
        let operation = snaptrade::ConnectionsDeleteConnection {
            connection_id: "87b24961-b51e-4db8-9226-f198f6518a89".parse().unwrap(),
            user_id: "snaptrade-user-123".to_owned(),
            user_secret: "adf2aa34-8219-40f7-a6b3-60156985cc61".to_owned(),
        };
        let response = client.send(&operation).await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/json");
        assert_eq!(
            response.into_inner(),
            snaptrade::ConnectionsDeleteConnectionResponse::Ok(
                snaptrade::DeleteConnectionConfirmation {
                    detail: Some("queued".to_owned()),
                    connection_id: Some("c-1".to_owned()),
                }
            )
        );

        let request = only_request(&server).await;
        assert_eq!(request.method.as_str(), "DELETE");
        assert_eq!(
            request.url.path(),
            format!("{prefix}/connection/87b24961-b51e-4db8-9226-f198f6518a89")
        );
        let query = "userId=snaptrade-user-123&userSecret=adf2aa34-8219-40f7-a6b3-60156985cc61\
                     &clientId=PARTNER_CLIENT_ID&timestamp=1700000000";
        assert_eq!(request.url.query(), Some(query));
        let expected = python_signature(
            "CONSUMER_KEY",
            "/connection/87b24961-b51e-4db8-9226-f198f6518a89",
            query,
        );
        assert_eq!(
            header(&request, "signature"),
            Some(expected.as_str()),
            "{prefix:?}"
        );
    }
}

#[tokio::test]
async fn dot_segment_ids_are_refused_before_anything_is_sent() {
    // WHATWG URL parsers (reqwest's `url`) read `%2E%2E` as `..`: `DELETE
    // …/external_connections/..` would become an authenticated `DELETE /v2/`.
    let server = recording_server(200, json!({"data": {}})).await;
    let client = Client::builder(format!("{}/v2", server.uri()))
        .auth(Auth::new().token(telnyx::security::BEARER_AUTH, "KEY0123"))
        .build()
        .unwrap();
    for id in ["..", ".", "%2E%2E", "%2e", ".%2E", "%252e%252e"] {
        let error = client
            .send(&telnyx::DeleteExternalConnection { id: id.to_owned() })
            .await
            .unwrap_err();
        assert!(
            matches!(
                error,
                ClientError::Request(RequestError::DotPathParameter("id"))
            ),
            "{id:?}: {error}"
        );
        assert!(error.to_string().contains("`.` or `..`"), "{error}");
    }
    let received = server.received_requests().await.unwrap_or_default();
    assert!(received.is_empty(), "{received:?}");
    // A value with dots inside is an ordinary id.
    client
        .send(&telnyx::DeleteExternalConnection {
            id: "a..b".to_owned(),
        })
        .await
        .unwrap();
    assert_eq!(
        only_request(&server).await.url.path(),
        "/v2/external_connections/a..b"
    );
}

#[tokio::test]
async fn bodiless_post_says_content_length_zero() {
    // Symphony's remove-connection is a POST without a body; some proxies answer 411 to one
    // without `Content-Length`. The byte-exact recorder sees what the client wrote.
    let recorder = Recorder::start(200, r#"{"format": "TEXT", "message": "ok"}"#);
    let client = Client::builder(format!("{}/pod", recorder.base_url()))
        .build()
        .unwrap();
    client
        .send(&symphony::PostV1ConnectionUserByUidRemove {
            session_token: "sess-1".to_owned(),
            uid: 42,
        })
        .await
        .unwrap();
    let requests = recorder.take();
    let [request] = requests.as_slice() else {
        panic!("{requests:?}")
    };
    assert_eq!(request.method, "POST");
    assert_eq!(request.header("content-length"), ["0"]);
    assert!(request.header("content-type").is_empty());
    assert!(request.header("transfer-encoding").is_empty());
    assert!(request.body.is_empty());
}

#[test]
fn snaptrade_signature_for_fixed_inputs() {
    let signer = SnapTradeSigner::new("id", "secret-key");
    let ours = signer
        .signature("/accounts", "clientId=id&timestamp=1", b"")
        .unwrap();
    assert_eq!(
        ours,
        python_signature("secret-key", "/accounts", "clientId=id&timestamp=1")
    );
    // A body is part of what is signed, with its keys sorted.
    let with_body = signer
        .signature("/a", "q=1", br#"{"b": 1, "a": {"d": 2, "c": 3}}"#)
        .unwrap();
    let same_body_reordered = signer
        .signature("/a", "q=1", br#"{"a": {"c": 3, "d": 2}, "b": 1}"#)
        .unwrap();
    assert_eq!(with_body, same_body_reordered);
    assert_ne!(with_body, signer.signature("/a", "q=1", b"").unwrap());
}

#[tokio::test]
async fn supermemory_sends_bearer_token() {
    let server = recording_server(200, json!({"id": "c1", "provider": "notion"})).await;
    let client = Client::builder(server.uri())
        .auth(Auth::new().token(supermemory::security::BEARER_AUTH, "sm-token"))
        .user_agent("seed-tests/1")
        .build()
        .unwrap();
    let response = client
        .send(&supermemory::DeleteConnectionById {
            connection_id: "c1".to_owned(),
        })
        .await
        .unwrap();
    assert!(
        matches!(*response, supermemory::DeleteConnectionByIdResponse::Ok(ref b) if b.provider == "notion")
    );
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(request.url.path(), "/v3/connections/c1");
    assert_eq!(request.url.query(), None);
    assert_eq!(header(&request, "authorization"), Some("Bearer sm-token"));
    assert_eq!(header(&request, "user-agent"), Some("seed-tests/1"));
    assert_eq!(header(&request, "accept"), Some("application/json"));
}

#[tokio::test]
async fn hooked_sends_api_key_header() {
    let server = recording_server(
        404,
        json!({"code": "not_found", "message": "Integration not found", "details": {}}),
    )
    .await;
    let client = Client::builder(server.uri())
        .auth(Auth::new().token(hooked::security::API_KEY_AUTH, "hk-key"))
        .build()
        .unwrap();
    let response = client
        .send(&hooked::DisconnectIntegration {
            integration_id: "int_yt_abc123".to_owned(),
        })
        .await
        .unwrap();
    assert!(
        matches!(*response, hooked::DisconnectIntegrationResponse::NotFound(ref e) if e.code.as_deref() == Some("not_found"))
    );
    assert_eq!(response.status(), 404);
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(request.url.path(), "/v1/integration/int_yt_abc123");
    assert_eq!(header(&request, "x-api-key"), Some("hk-key"));
    assert_eq!(header(&request, "authorization"), None);
}

#[tokio::test]
async fn telnyx_sends_bearer_token() {
    let server = recording_server(200, json!({"data": {"id": "1", "active": true}})).await;
    let client = Client::builder(format!("{}/v2", server.uri()))
        .auth(Auth::new().token(telnyx::security::BEARER_AUTH, "KEY0123"))
        .build()
        .unwrap();
    let response = client
        .send(&telnyx::DeleteExternalConnection {
            id: "1293384261075731499".to_owned(),
        })
        .await
        .unwrap();
    let telnyx::DeleteExternalConnectionResponse::Ok(body) = response.into_inner() else {
        panic!("not the 200 variant")
    };
    assert_eq!(body.data.and_then(|d| d.active), Some(true));
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.url.path(),
        "/v2/external_connections/1293384261075731499"
    );
    assert_eq!(header(&request, "authorization"), Some("Bearer KEY0123"));
}

#[tokio::test]
async fn symphony_session_token_is_a_header_parameter() {
    let server = recording_server(400, json!({"code": 400, "message": "not connected"})).await;
    let client = Client::builder(format!("{}/pod", server.uri()))
        .build()
        .unwrap();
    let response = client
        .send(&symphony::PostV1ConnectionUserByUidRemove {
            session_token: "sess-1".to_owned(),
            uid: 42,
        })
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(
        response.into_inner(),
        symphony::PostV1ConnectionUserByUidRemoveResponse::BadRequest(symphony::Error {
            code: Some(400),
            message: Some("not connected".to_owned())
        })
    );
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/pod/v1/connection/user/42/remove");
    assert_eq!(header(&request, "sessiontoken"), Some("sess-1"));
    assert_eq!(header(&request, "authorization"), None);
}

#[tokio::test]
async fn missing_credentials_fail_before_sending() {
    let server = recording_server(200, json!({})).await;
    let client = Client::builder(server.uri()).build().unwrap();
    let error = client
        .send(&telnyx::DeleteExternalConnection { id: "1".to_owned() })
        .await
        .unwrap_err();
    assert!(
        matches!(error, ClientError::Auth(AuthError::MissingCredentials(ref s)) if s == "bearerAuth"),
        "{error}"
    );
    // A basic credential for a bearer scheme is refused too.
    let client = Client::builder(server.uri())
        .auth(Auth::new().with(
            telnyx::security::BEARER_AUTH,
            Credential::Basic {
                username: "u".to_owned(),
                password: "p".into(),
            },
        ))
        .build()
        .unwrap();
    let error = client
        .send(&telnyx::DeleteExternalConnection { id: "1".to_owned() })
        .await
        .unwrap_err();
    assert!(
        matches!(error, ClientError::Auth(AuthError::WrongCredential(_))),
        "{error}"
    );
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty()
    );
}

#[tokio::test]
async fn timeout_is_applied() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let client = Client::builder(format!("{}/pod", server.uri()))
        .timeout(Some(Duration::from_millis(200)))
        .build()
        .unwrap();
    let error = client
        .send(&symphony::PostV1ConnectionUserByUidRemove {
            session_token: "s".to_owned(),
            uid: 1,
        })
        .await
        .unwrap_err();
    assert!(
        matches!(error, ClientError::Transport(ref e) if e.is_timeout()),
        "{error}"
    );
}

#[test]
fn client_debug_output_has_no_secrets() {
    let client = Client::builder("https://api.telnyx.com/v2")
        .auth(
            Auth::new()
                .token(telnyx::security::BEARER_AUTH, "KEY-very-secret")
                .signer(SnapTradeSigner::new("id", "consumer-very-secret")),
        )
        .build()
        .unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains("very-secret"), "{debug}");
    assert!(debug.contains("bearerAuth"), "{debug}");
}
