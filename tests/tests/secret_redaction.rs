//! No secret in any error or debug line: secrets of every kind are planted in the seed vendors'
//! calls, every error path and `Debug` output the client has is provoked, and each output
//! (`Display`, `Debug`, `{:#?}` and the whole `source()` chain) is searched for them.
//!
//! | case | secrets planted |
//! |---|---|
//! | base URL that is not a URI (`RequestError::InvalidUri`) | query parameter, base URL user info |
//! | connection refused (`Error::Transport`) | query parameter, signer key and signature, bearer, default header |
//! | timeout (`Error::Transport`) | secret header parameter, default header, query API key |
//! | undocumented status (`ResponseError`) | API key header, `set-cookie`, body |
//! | body not matching the schema (`ResponseError`) | bearer, `set-cookie`, body value |
//! | header parameter with CR/LF (`RequestError::InvalidHeaderValue`) | secret header parameter |
//! | credential with CR/LF (`AuthError::InvalidCredential`) | bearer |
//! | missing credentials (`AuthError::MissingCredentials`) | a credential of another scheme |
//! | `Client` and `ClientBuilder` `Debug` | bearer, signer key, default header, base URL user info |
//! | prepared requests through `Redact` | every request secret |
//! | prepared requests, `http`'s own `Debug` | header secrets (marked sensitive) |

use std::time::Duration;

use generated::runtime::client::{Client, Error as ClientError};
use generated::runtime::{Auth, AuthError, Redact, RequestError, Signer};
use generated::{hooked, snaptrade, symphony, telnyx};
use tests::snaptrade_signer::SnapTradeSigner;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

const BEARER: &str = "PLANTED-bearer-7f3a";
const API_KEY: &str = "PLANTED-apikey-91c2";
const USER_SECRET: &str = "PLANTED-usersecret-55d0";
const CONSUMER_KEY: &str = "PLANTED-consumer-0b1e";
const SESSION: &str = "PLANTED-session-c4a9";
const MANUAL_AUTH: &str = "PLANTED-manual-auth-3e8d";
const USERINFO: &str = "PLANTED-userinfo-a1b2";
const SET_COOKIE: &str = "PLANTED-cookie-6d6d";
const BODY: &str = "PLANTED-body-8e8e";
const QUERY_KEY: &str = "PLANTED-querykey-2f2f";

/// Everything an error or value prints: `Display`, `Debug`, pretty `Debug`, and the `Display`
/// and `Debug` of every error in its `source()` chain.
fn printed(error: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut out = vec![
        error.to_string(),
        format!("{error:?}"),
        format!("{error:#?}"),
    ];
    let mut source = error.source();
    while let Some(error) = source {
        out.push(error.to_string());
        out.push(format!("{error:?}"));
        source = error.source();
    }
    out
}

fn debug(value: &impl std::fmt::Debug) -> Vec<String> {
    vec![format!("{value:?}"), format!("{value:#?}")]
}

fn snaptrade_operation() -> snaptrade::ConnectionsDeleteConnection {
    snaptrade::ConnectionsDeleteConnection {
        connection_id: "87b24961-b51e-4db8-9226-f198f6518a89".parse().unwrap(),
        user_id: "snaptrade-user-123".to_owned(),
        user_secret: USER_SECRET.to_owned(),
    }
}

fn symphony_operation(session_token: &str) -> symphony::PostV1ConnectionUserByUidRemove {
    symphony::PostV1ConnectionUserByUidRemove {
        session_token: session_token.to_owned(),
        uid: 42,
    }
}

fn signer() -> SnapTradeSigner {
    SnapTradeSigner::new("PARTNER_CLIENT_ID", CONSUMER_KEY).at(1_700_000_000)
}

/// The `Signature` the signer writes for the SnapTrade operation at `base_url`.
fn signature(base_url: &str) -> String {
    let mut request = snaptrade_operation_request(base_url);
    signer().sign(&mut request, base_url).unwrap();
    request.headers()["signature"].to_str().unwrap().to_owned()
}

fn snaptrade_operation_request(base_url: &str) -> http::Request<Vec<u8>> {
    use generated::runtime::Operation as _;
    snaptrade_operation().to_request(base_url).unwrap()
}

fn manual_header() -> http::HeaderValue {
    http::HeaderValue::from_str(&format!("token {MANUAL_AUTH}")).unwrap()
}

/// One row of the table: what was printed, and the secrets that must not be in it.
struct Case {
    name: &'static str,
    planted: Vec<String>,
    outputs: Vec<String>,
}

async fn server(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

async fn cases() -> Vec<Case> {
    let mut cases = Vec::new();

    // A base URL that is not a URI: the error names the URI, redacted.
    let client = Client::builder(format!("https://me:{USERINFO}@api snaptrade.com"))
        .auth(Auth::new().signer(signer()))
        .build()
        .unwrap();
    let error = client.send(&snaptrade_operation()).await.unwrap_err();
    assert!(
        matches!(error, ClientError::Request(RequestError::InvalidUri { .. })),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("userSecret=<redacted>"),
        "{error}"
    );
    cases.push(Case {
        name: "invalid base URL",
        planted: vec![USER_SECRET.into(), USERINFO.into()],
        outputs: printed(&error),
    });

    // Connection refused, with a query secret, a signature and headers.
    let base_url = format!("http://127.0.0.1:{}", closed_port());
    let client = Client::builder(&base_url)
        .auth(
            Auth::new()
                .token(telnyx::security::BEARER_AUTH, BEARER)
                .signer(signer()),
        )
        .header(http::header::AUTHORIZATION, manual_header())
        .build()
        .unwrap();
    let error = client.send(&snaptrade_operation()).await.unwrap_err();
    assert!(matches!(error, ClientError::Transport(_)), "{error:?}");
    let mut outputs = printed(&error);
    let error = client
        .send(&telnyx::DeleteExternalConnection { id: "1".into() })
        .await
        .unwrap_err();
    assert!(matches!(error, ClientError::Transport(_)), "{error:?}");
    outputs.extend(printed(&error));
    cases.push(Case {
        name: "connection refused",
        planted: vec![
            USER_SECRET.into(),
            CONSUMER_KEY.into(),
            signature(&base_url),
            BEARER.into(),
            MANUAL_AUTH.into(),
        ],
        outputs,
    });

    // A timeout, with a secret header parameter and a query API key in the base URL.
    let slow = server(ResponseTemplate::new(200).set_delay(Duration::from_secs(5))).await;
    let client = Client::builder(format!("{}/pod?api_key={QUERY_KEY}", slow.uri()))
        .header(http::header::AUTHORIZATION, manual_header())
        .timeout(Some(Duration::from_millis(200)))
        .build()
        .unwrap();
    let error = client.send(&symphony_operation(SESSION)).await;
    // `?` in the base URL makes the path part of the query: still a request, still a timeout or
    // a decoding error; either way nothing secret may show.
    let error = error.unwrap_err();
    cases.push(Case {
        name: "timeout",
        planted: vec![SESSION.into(), MANUAL_AUTH.into(), QUERY_KEY.into()],
        outputs: printed(&error),
    });
    let client = Client::builder(format!("{}/pod", slow.uri()))
        .timeout(Some(Duration::from_millis(200)))
        .build()
        .unwrap();
    let error = client.send(&symphony_operation(SESSION)).await.unwrap_err();
    assert!(
        matches!(error, ClientError::Transport(ref e) if e.is_timeout()),
        "{error:?}"
    );
    cases.push(Case {
        name: "timeout (plain base URL)",
        planted: vec![SESSION.into()],
        outputs: printed(&error),
    });

    // An undocumented status, with a cookie and a body the server sent.
    let teapot = server(
        ResponseTemplate::new(418)
            .insert_header("set-cookie", format!("sid={SET_COOKIE}; HttpOnly").as_str())
            .set_body_string(format!("{{\"token\": \"{BODY}\"}}")),
    )
    .await;
    let client = Client::builder(teapot.uri())
        .auth(Auth::new().token(hooked::security::API_KEY_AUTH, API_KEY))
        .build()
        .unwrap();
    let error = client
        .send(&hooked::DisconnectIntegration {
            integration_id: "int_1".into(),
        })
        .await
        .unwrap_err();
    assert!(matches!(error, ClientError::Response(_)), "{error:?}");
    cases.push(Case {
        name: "undocumented status",
        planted: vec![API_KEY.into(), SET_COOKIE.into(), BODY.into()],
        outputs: printed(&error),
    });

    // A body that does not match the schema: serde's message would quote the value.
    let wrong = server(
        ResponseTemplate::new(200)
            .insert_header("set-cookie", format!("sid={SET_COOKIE}").as_str())
            .set_body_string(format!("{{\"data\": \"{BODY}\"}}")),
    )
    .await;
    let client = Client::builder(wrong.uri())
        .auth(Auth::new().token(telnyx::security::BEARER_AUTH, BEARER))
        .build()
        .unwrap();
    let error = client
        .send(&telnyx::DeleteExternalConnection { id: "1".into() })
        .await
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("invalid type: string <redacted>"),
        "{error}"
    );
    cases.push(Case {
        name: "body not matching the schema",
        planted: vec![BEARER.into(), SET_COOKIE.into(), BODY.into()],
        outputs: printed(&error),
    });

    // A secret header parameter that HTTP refuses.
    let client = Client::builder("https://acme.symphony.com/pod")
        .build()
        .unwrap();
    let error = client
        .send(&symphony_operation(&format!(
            "{SESSION}\r\nX-Injected: yes"
        )))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            ClientError::Request(RequestError::InvalidHeaderValue("sessionToken"))
        ),
        "{error:?}"
    );
    cases.push(Case {
        name: "header parameter with CR/LF",
        planted: vec![SESSION.into()],
        outputs: printed(&error),
    });

    // A credential that HTTP refuses, and credentials for another scheme only.
    let client = Client::builder("https://api.telnyx.com/v2")
        .auth(Auth::new().token(telnyx::security::BEARER_AUTH, format!("{BEARER}\n")))
        .build()
        .unwrap();
    let error = client
        .send(&telnyx::DeleteExternalConnection { id: "1".into() })
        .await
        .unwrap_err();
    assert!(
        matches!(error, ClientError::Auth(AuthError::InvalidCredential(_))),
        "{error:?}"
    );
    cases.push(Case {
        name: "credential with CR/LF",
        planted: vec![BEARER.into()],
        outputs: printed(&error),
    });
    let client = Client::builder("https://api.telnyx.com/v2")
        .auth(Auth::new().token(hooked::security::API_KEY_AUTH, API_KEY))
        .build()
        .unwrap();
    let error = client
        .send(&telnyx::DeleteExternalConnection { id: "1".into() })
        .await
        .unwrap_err();
    assert!(
        matches!(error, ClientError::Auth(AuthError::MissingCredentials(_))),
        "{error:?}"
    );
    cases.push(Case {
        name: "missing credentials",
        planted: vec![API_KEY.into()],
        outputs: printed(&error),
    });

    // The client and its builder.
    let builder = Client::builder(format!("https://me:{USERINFO}@api.telnyx.com/v2"))
        .auth(
            Auth::new()
                .token(telnyx::security::BEARER_AUTH, BEARER)
                .signer(signer()),
        )
        .header(http::header::AUTHORIZATION, manual_header());
    let mut outputs = debug(&builder);
    let client = builder.build().unwrap();
    outputs.extend(debug(&client));
    cases.push(Case {
        name: "client and builder Debug",
        planted: vec![
            BEARER.into(),
            CONSUMER_KEY.into(),
            MANUAL_AUTH.into(),
            USERINFO.into(),
        ],
        outputs,
    });

    // Prepared requests: through `Redact`, and (header secrets only) `http`'s own `Debug`.
    let base_url = "https://api.snaptrade.com";
    let all = Auth::new()
        .token(telnyx::security::BEARER_AUTH, BEARER)
        .token(hooked::security::API_KEY_AUTH, API_KEY)
        .signer(signer());
    let client = Client::builder(base_url).auth(all).build().unwrap();
    let snaptrade = client.prepare(&snaptrade_operation()).unwrap();
    let symphony = client.prepare(&symphony_operation(SESSION)).unwrap();
    let telnyx = client
        .prepare(&telnyx::DeleteExternalConnection { id: "1".into() })
        .unwrap();
    let hooked = client
        .prepare(&hooked::DisconnectIntegration {
            integration_id: "int_1".into(),
        })
        .unwrap();
    let mut outputs = Vec::new();
    for request in [&snaptrade, &symphony, &telnyx, &hooked] {
        outputs.extend(debug(&Redact(request)));
        outputs.push(Redact(request.uri()).to_string());
    }
    outputs.extend(debug(&snaptrade_operation()));
    outputs.extend(debug(&symphony_operation(SESSION)));
    cases.push(Case {
        name: "prepared requests through Redact",
        planted: vec![
            USER_SECRET.into(),
            signature(base_url),
            SESSION.into(),
            BEARER.into(),
            API_KEY.into(),
        ],
        outputs,
    });
    let mut outputs = Vec::new();
    for request in [&symphony, &telnyx, &hooked, &snaptrade] {
        outputs.extend(debug(request.headers()));
    }
    cases.push(Case {
        name: "prepared requests' headers, http's own Debug",
        planted: vec![
            signature(base_url),
            SESSION.into(),
            BEARER.into(),
            API_KEY.into(),
        ],
        outputs,
    });
    // `http`'s `Debug` of a request prints its URI as it is: the query is only redacted through
    // `Redact`. The search works: it finds the secret there.
    assert!(format!("{snaptrade:?}").contains(USER_SECRET));

    cases
}

#[tokio::test]
async fn no_planted_secret_is_printed_by_any_error_or_debug_path() {
    let cases = cases().await;
    assert_eq!(cases.len(), 12);
    let mut leaks = Vec::new();
    for case in &cases {
        assert!(!case.outputs.is_empty(), "{}", case.name);
        for secret in &case.planted {
            assert!(!secret.is_empty(), "{}", case.name);
            for output in &case.outputs {
                if output.contains(secret.as_str()) {
                    leaks.push(format!("{}: {secret} in {output}", case.name));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}

/// The generator marks parameters secret, and the runtime redacts query parameters and headers,
/// by one rule: both agree on every parameter name of the vendors' documents and on a list of
/// names either could get wrong.
#[test]
fn the_generator_and_the_runtime_share_the_name_rule() {
    let mut names: Vec<String> = [
        "userSecret",
        "sessionToken",
        "X-API-Key",
        "apiKey",
        "Proxy-Authorization",
        "Set-Cookie",
        "X-Auth-Token",
        "Signature",
        "keyboard",
        "author",
        "userId",
        "credential_active",
        "idempotency_key",
    ]
    .map(str::to_owned)
    .to_vec();
    for vendor in [
        "github",
        "hooked",
        "snaptrade",
        "stripe",
        "supermemory",
        "symphony",
        "telnyx",
    ] {
        let document = tests::overlaid_spec(vendor);
        collect_parameter_names(&document, &mut names);
    }
    assert!(names.len() > 13, "{names:?}");
    for name in &names {
        assert_eq!(
            generator::names::looks_secret_on_the_wire(name),
            generated::runtime::is_sensitive_name(name),
            "{name}"
        );
    }
}

fn collect_parameter_names(value: &serde_json::Value, names: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(members) => {
            if let (Some(serde_json::Value::String(name)), Some(_)) =
                (members.get("name"), members.get("in"))
            {
                names.push(name.clone());
            }
            for member in members.values() {
                collect_parameter_names(member, names);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                collect_parameter_names(item, names);
            }
        }
        _ => {}
    }
}
