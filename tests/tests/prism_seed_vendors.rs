//! Every seed operation through the ready client against Prism, a mock server driven by the same
//! document (with our overlays) that validates each request, security included, and answers
//! with the status asked for in its `Prefer: code=NNN` header.

use std::path::PathBuf;

use generated::runtime::client::Client;
use generated::runtime::{Auth, Operation};
use generated::{hooked, snaptrade, supermemory, symphony, telnyx};
use tests::prism::Prism;
use tests::snaptrade_signer::SnapTradeSigner;

/// Starts Prism on a vendor's document with its overlays applied, as the generator reads it.
fn prism(vendor: &str) -> (Prism, tempfile::TempDir) {
    let spec = tests::overlaid_spec(vendor);
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join(format!("{vendor}.json"));
    std::fs::write(&path, serde_json::to_vec_pretty(&spec).unwrap()).unwrap();
    (Prism::start(&path), dir)
}

/// A client for `base_url` that asks Prism for `status` (or lets it choose).
fn client(base_url: &str, auth: Auth, status: Option<u16>) -> Client {
    let mut builder = Client::builder(base_url).auth(auth);
    if let Some(status) = status {
        let prefer = http::HeaderValue::try_from(format!("code={status}")).unwrap();
        builder = builder.header(http::HeaderName::from_static("prefer"), prefer);
    }
    builder.build().unwrap()
}

/// A status to ask for, and whether the decoded response is the variant documented for it.
type Expectation<R> = (u16, fn(&R) -> bool);

/// Sends `operation` asking for each status and checks the variant it decodes into.
async fn each_status<O>(
    prism: &Prism,
    base_url: &str,
    auth: &Auth,
    operation: &O,
    expected: &[Expectation<O::Response>],
) where
    O: Operation,
    O::Response: std::fmt::Debug,
{
    for (status, matches) in expected {
        let response = client(base_url, auth.clone(), Some(*status))
            .send(operation)
            .await
            .unwrap_or_else(|e| panic!("status {status}: {e}\n{}", prism.output()));
        assert_eq!(response.status(), *status);
        assert!(matches(&response), "status {status}: {response:?}");
    }
}

#[tokio::test]
async fn telnyx_against_prism() {
    use telnyx::DeleteExternalConnectionResponse as R;
    let (prism, _dir) = prism("telnyx");
    let base = prism.base_url().to_owned();
    let auth = Auth::new().token(telnyx::security::BEARER_AUTH, "KEY0123");
    let operation = telnyx::DeleteExternalConnection {
        id: "1293384261075731499".to_owned(),
    };
    // Prism answers the example of the document, typed.
    let response = client(&base, auth.clone(), None)
        .send(&operation)
        .await
        .unwrap();
    let R::Ok(body) = &*response else {
        panic!("{response:?}\n{}", prism.output())
    };
    assert_eq!(
        body.data
            .as_ref()
            .and_then(|d| d.external_sip_connection.clone()),
        Some(telnyx::ExternalSipConnection::Zoom)
    );
    each_status(
        &prism,
        &base,
        &auth,
        &operation,
        &[
            (200, |r| matches!(r, R::Ok(_))),
            (401, |r| matches!(r, R::Unauthorized)),
            (404, |r| matches!(r, R::NotFound)),
            (422, |r| matches!(r, R::UnprocessableEntity)),
        ],
    )
    .await;
    // Without the credential Prism's security validation refuses the request.
    let unauthorized = Client::builder(&base).build().unwrap();
    let request = unauthorized.prepare(&operation);
    assert!(
        request.is_err(),
        "missing credentials are caught before sending"
    );
}

#[tokio::test]
async fn supermemory_against_prism() {
    use supermemory::DeleteConnectionByIdResponse as R;
    let (prism, _dir) = prism("supermemory");
    let base = prism.base_url().to_owned();
    let auth = Auth::new().token(supermemory::security::BEARER_AUTH, "sm-token");
    let operation = supermemory::DeleteConnectionById {
        connection_id: "conn_123".to_owned(),
    };
    each_status(
        &prism,
        &base,
        &auth,
        &operation,
        &[
            (
                200,
                |r| matches!(r, R::Ok(b) if b.id == "<string>" && b.provider == "<string>"),
            ),
            (401, |r| matches!(r, R::Unauthorized)),
            (404, |r| matches!(r, R::NotFound)),
            (500, |r| matches!(r, R::InternalServerError)),
        ],
    )
    .await;
}

#[tokio::test]
async fn hooked_against_prism() {
    use hooked::DisconnectIntegrationResponse as R;
    let (prism, _dir) = prism("hooked");
    let base = prism.base_url().to_owned();
    let auth = Auth::new().token(hooked::security::API_KEY_AUTH, "hk-key");
    let operation = hooked::DisconnectIntegration {
        integration_id: "int_yt_abc123".to_owned(),
    };
    each_status(
        &prism,
        &base,
        &auth,
        &operation,
        &[
            (200, |r| {
                matches!(r, R::Ok(b) if b.data.as_ref().and_then(|d| d.r#type.as_deref()) == Some("youtube"))
            }),
            (403, |r| matches!(r, R::Forbidden(e) if e.code.as_deref() == Some("forbidden"))),
            (404, |r| matches!(r, R::NotFound(e) if e.code.as_deref() == Some("not_found"))),
        ],
    )
    .await;
}

#[tokio::test]
async fn symphony_against_prism() {
    use symphony::PostV1ConnectionUserByUidRemoveResponse as R;
    let (prism, _dir) = prism("symphony");
    let base = prism.base_url().to_owned();
    let operation = symphony::PostV1ConnectionUserByUidRemove {
        session_token: "session".to_owned(),
        uid: 7_215_545_078_229,
    };
    each_status(
        &prism,
        &base,
        &Auth::new(),
        &operation,
        &[
            (200, |r| matches!(r, R::Ok(b) if b.format == Some(symphony::SuccessResponseFormat::Text))),
            (400, |r| matches!(r, R::BadRequest(_))),
            (401, |r| matches!(r, R::Unauthorized(_))),
            (403, |r| matches!(r, R::Forbidden(_))),
            (404, |r| matches!(r, R::NotFound(_))),
            (500, |r| matches!(r, R::InternalServerError(_))),
        ],
    )
    .await;
}

#[tokio::test]
async fn snaptrade_against_prism() {
    use snaptrade::ConnectionsDeleteConnectionResponse as R;
    let (prism, _dir) = prism("snaptrade");
    let base = prism.base_url().to_owned();
    let auth = Auth::new().signer(SnapTradeSigner::new("PARTNER_CLIENT_ID", "CONSUMER_KEY"));
    let operation = snaptrade::ConnectionsDeleteConnection {
        connection_id: "87b24961-b51e-4db8-9226-f198f6518a89".parse().unwrap(),
        user_id: "snaptrade-user-123".to_owned(),
        user_secret: "adf2aa34-8219-40f7-a6b3-60156985cc61".to_owned(),
    };
    each_status(
        &prism,
        &base,
        &auth,
        &operation,
        &[
            (200, |r| {
                matches!(r, R::Ok(b) if b.connection_id.as_deref() == Some("0b3ebefb-ed47-43df-cd8f-729a4420b5cf"))
            }),
            (400, |r| matches!(r, R::BadRequest)),
            (404, |r| matches!(r, R::NotFound)),
            (503, |r| matches!(r, R::Default { status } if *status == 503)),
        ],
    )
    .await;
}

/// Prism's validation is on: a request that breaks the document is refused, so the passing
/// tests above mean our requests conform.
#[tokio::test]
async fn prism_refuses_requests_that_break_the_document() {
    let (prism, _dir) = prism("snaptrade");
    // Without the signer, the partner credentials are missing.
    let request = snaptrade::ConnectionsDeleteConnection {
        connection_id: "87b24961-b51e-4db8-9226-f198f6518a89".parse().unwrap(),
        user_id: "u".to_owned(),
        user_secret: "s".to_owned(),
    }
    .to_request(prism.base_url())
    .unwrap();
    let response = tokio::task::spawn_blocking(move || tests::send_raw(request))
        .await
        .unwrap();
    assert_eq!(response.status(), 401, "{}", prism.output());
}
