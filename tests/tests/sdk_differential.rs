//! Our client against the vendors' official Python SDKs (pinned in
//! `tests/python-sdks/requirements.txt`, installed by the test into a virtual environment under the
//! target directory): each seed page's call is made by the SDK and by the generated client against
//! loopback recorders, and the two requests must be equal on the wire: method, raw path and query
//! (in order: SnapTrade signs it), credential headers, `Content-Type`, `Content-Length` and body.
//! Where the two differ on purpose, the difference is listed with its reason, and the list must be
//! exact, so that it cannot go stale.
//!
//! Hooked publishes no SDK (its page shows plain `requests`), so it is not here.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use generated::runtime::client::{Client, Error as ClientError};
use generated::runtime::{Auth, RequestError};
use generated::{snaptrade, supermemory, symphony, telnyx};
use serde_json::{Value, json};
use tests::python_sdks;
use tests::recorder::{Recorded, Recorder};
use tests::snaptrade_signer::SnapTradeSigner;

/// The headers compared; the others (user agents, `Accept-Encoding`, SDK telemetry) say who sent
/// the request, not what it asks.
const COMPARED: &[&str] = &[
    "authorization",
    "x-api-key",
    "signature",
    "sessiontoken",
    "content-type",
    "content-length",
];

/// A header the SDK sends and we do not, on purpose.
struct Difference {
    header: &'static str,
    theirs: &'static str,
    why: &'static str,
}

const STAINLESS_CONTENT_TYPE: Difference = Difference {
    header: "content-type",
    theirs: "application/json",
    why: "Stainless-built SDKs send `Content-Type: application/json` on every request, also \
          without a body; we send a media type only with a body",
};

const OPENAPI_GENERATOR_CONTENT_TYPE: Difference = Difference {
    header: "content-type",
    theirs: "application/json",
    why: "the BDK's OpenAPI Generator client sends `Content-Type: application/json` on a POST \
          without a body; we send a media type only with a body",
};

/// The seed pages' values.
const TELNYX_KEY: &str = "KEY0123-telnyx";
const TELNYX_ID: &str = "1293384261075731499";
const SUPERMEMORY_KEY: &str = "sm_key-0123";
const SUPERMEMORY_ID: &str = "conn_123";
const SNAPTRADE_CLIENT_ID: &str = "PARTNER_CLIENT_ID";
const SNAPTRADE_CONSUMER_KEY: &str = "CONSUMER_KEY";
const SNAPTRADE_CONNECTION: &str = "87b24961-b51e-4db8-9226-f198f6518a89";
const SNAPTRADE_USER: &str = "snaptrade-user-123";
const SNAPTRADE_SECRET: &str = "adf2aa34-8219-40f7-a6b3-60156985cc61";
const SYMPHONY_SESSION: &str = "session-token-0123";
const SYMPHONY_UID: i64 = 7215545078229;

/// One call, made by the SDK and by us.
struct Call {
    name: &'static str,
    vendor: &'static str,
    /// The path the base URL adds to the recorder's address (`/v2`, `/api/v1`, `/pod`).
    prefix: &'static str,
    args: Value,
    /// `None` when both must refuse the call without sending anything.
    expected: Option<&'static [Difference]>,
}

fn calls() -> Vec<Call> {
    let snaptrade_args = json!({
        "client_id": SNAPTRADE_CLIENT_ID,
        "consumer_key": SNAPTRADE_CONSUMER_KEY,
        "connection_id": SNAPTRADE_CONNECTION,
        "user_id": SNAPTRADE_USER,
        "user_secret": SNAPTRADE_SECRET,
    });
    vec![
        Call {
            name: "telnyx delete external connection",
            vendor: "telnyx",
            prefix: "/v2",
            args: json!({"api_key": TELNYX_KEY, "id": TELNYX_ID}),
            expected: Some(&[STAINLESS_CONTENT_TYPE]),
        },
        Call {
            name: "telnyx refuses the id ..",
            vendor: "telnyx",
            prefix: "/v2",
            args: json!({"api_key": TELNYX_KEY, "id": ".."}),
            expected: None,
        },
        Call {
            name: "telnyx refuses the id .",
            vendor: "telnyx",
            prefix: "/v2",
            args: json!({"api_key": TELNYX_KEY, "id": "."}),
            expected: None,
        },
        Call {
            name: "supermemory delete connection",
            vendor: "supermemory",
            prefix: "",
            args: json!({"api_key": SUPERMEMORY_KEY, "connection_id": SUPERMEMORY_ID}),
            expected: Some(&[STAINLESS_CONTENT_TYPE]),
        },
        Call {
            name: "supermemory refuses the id ..",
            vendor: "supermemory",
            prefix: "",
            args: json!({"api_key": SUPERMEMORY_KEY, "connection_id": ".."}),
            expected: None,
        },
        Call {
            name: "snaptrade delete connection, canonical server",
            vendor: "snaptrade",
            prefix: "",
            args: snaptrade_args.clone(),
            expected: Some(&[]),
        },
        Call {
            name: "snaptrade delete connection, legacy /api/v1 server",
            vendor: "snaptrade",
            prefix: "/api/v1",
            args: snaptrade_args,
            expected: Some(&[]),
        },
        Call {
            name: "symphony remove connection",
            vendor: "symphony",
            prefix: "/pod",
            args: json!({"session_token": SYMPHONY_SESSION, "uid": SYMPHONY_UID}),
            expected: Some(&[OPENAPI_GENERATOR_CONTENT_TYPE]),
        },
    ]
}

/// Runs the calls with the SDKs, each against its own recorder: per call, the SDK's error (if
/// any) and the requests it sent.
fn sdk_requests(calls: &[Call]) -> Vec<(Option<String>, Vec<Recorded>)> {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("python-sdks/venv");
    let python = python_sdks::ensure_installed(&venv);
    let recorders: Vec<Recorder> = calls.iter().map(|_| Recorder::start(200, "{}")).collect();
    let input: Vec<Value> = calls
        .iter()
        .zip(&recorders)
        .map(|(call, recorder)| {
            json!({
                "name": call.name,
                "vendor": call.vendor,
                "base_url": format!("{}{}", recorder.base_url(), call.prefix),
                "args": call.args,
            })
        })
        .collect();
    let mut child = Command::new(python)
        .arg(python_sdks::dir().join("calls.py"))
        // Loopback only, whatever proxy the environment names.
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("ALL_PROXY")
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .env_remove("all_proxy")
        .env("NO_PROXY", "127.0.0.1,localhost")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the environment's python runs");
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(Value::Array(input).to_string().as_bytes())
            .expect("writing the calls to calls.py");
    }
    let output = child.wait_with_output().expect("calls.py finishes");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "calls.py failed: {}\n{stdout}",
        String::from_utf8_lossy(&output.stderr)
    );
    let outcomes: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect();
    assert_eq!(outcomes.len(), calls.len(), "{stdout}");
    outcomes
        .iter()
        .zip(calls)
        .zip(&recorders)
        .map(|((outcome, call), recorder)| {
            assert_eq!(outcome["name"], call.name);
            let error = outcome["error"].as_str().map(str::to_owned);
            (error, recorder.take())
        })
        .collect()
}

/// Makes `call` with the generated client against a new recorder; `timestamp` is the one the
/// SDK signed with (SnapTrade), so that both sign the same request.
async fn our_request(
    call: &Call,
    timestamp: Option<u64>,
) -> (Result<(), ClientError>, Vec<Recorded>) {
    let recorder = Recorder::start(200, "{}");
    let base_url = format!("{}{}", recorder.base_url(), call.prefix);
    let args = &call.args;
    let text = |key: &str| args[key].as_str().unwrap_or_default().to_owned();
    let client = |auth: Auth| Client::builder(&base_url).auth(auth).build().unwrap();
    // The answer (`{}`) need not decode: only what was sent is compared.
    let sent = |result: Result<(), ClientError>| match result {
        Err(ClientError::Response(_)) => Ok(()),
        other => other,
    };
    let result = match call.vendor {
        "telnyx" => {
            let auth = Auth::new().token(telnyx::security::BEARER_AUTH, text("api_key"));
            let operation = telnyx::DeleteExternalConnection { id: text("id") };
            sent(client(auth).send(&operation).await.map(drop))
        }
        "supermemory" => {
            let auth = Auth::new().token(supermemory::security::BEARER_AUTH, text("api_key"));
            let operation = supermemory::DeleteConnectionById {
                connection_id: text("connection_id"),
            };
            sent(client(auth).send(&operation).await.map(drop))
        }
        "snaptrade" => {
            let signer = SnapTradeSigner::new(text("client_id"), text("consumer_key"))
                .at(timestamp.expect("the SDK's request has a timestamp"));
            let operation = snaptrade::ConnectionsDeleteConnection {
                connection_id: text("connection_id").parse().unwrap(),
                user_id: text("user_id"),
                user_secret: text("user_secret"),
            };
            sent(
                client(Auth::new().signer(signer))
                    .send(&operation)
                    .await
                    .map(drop),
            )
        }
        "symphony" => {
            let operation = symphony::PostV1ConnectionUserByUidRemove {
                session_token: text("session_token"),
                uid: args["uid"].as_i64().unwrap_or_default(),
            };
            sent(client(Auth::new()).send(&operation).await.map(drop))
        }
        other => panic!("no such vendor: {other}"),
    };
    (result, recorder.take())
}

/// The `timestamp` query parameter of a request target.
fn timestamp(target: &str) -> Option<u64> {
    let query = target.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("timestamp="))
        .and_then(|value| value.parse().ok())
}

/// The compared headers of a request, for the test's output.
fn compared(request: &Recorded) -> Vec<&(String, String)> {
    request
        .headers
        .iter()
        .filter(|(name, _)| COMPARED.contains(&name.as_str()))
        .collect()
}

/// What differs between the SDK's request and ours; empty when they are equal.
fn differences(theirs: &Recorded, ours: &Recorded, expected: &[Difference]) -> Vec<String> {
    let mut found = Vec::new();
    if theirs.method != ours.method {
        found.push(format!(
            "method: theirs {} ours {}",
            theirs.method, ours.method
        ));
    }
    if theirs.target != ours.target {
        found.push(format!(
            "target: theirs {} ours {}",
            theirs.target, ours.target
        ));
    }
    if theirs.body != ours.body {
        found.push(format!(
            "body: theirs {:?} ours {:?}",
            String::from_utf8_lossy(&theirs.body),
            String::from_utf8_lossy(&ours.body)
        ));
    }
    for header in COMPARED {
        let (their_values, our_values) = (theirs.header(header), ours.header(header));
        if their_values == our_values {
            continue;
        }
        let explained = expected.iter().any(|difference| {
            difference.header == *header
                && their_values == [difference.theirs]
                && our_values.is_empty()
        });
        if !explained {
            found.push(format!(
                "{header}: theirs {their_values:?} ours {our_values:?}"
            ));
        }
    }
    // Every listed difference must still occur.
    for difference in expected {
        if theirs.header(difference.header) != [difference.theirs]
            || !ours.header(difference.header).is_empty()
        {
            found.push(format!(
                "listed difference no longer occurs: {} {:?} ({})",
                difference.header, difference.theirs, difference.why
            ));
        }
    }
    found
}

#[tokio::test]
async fn our_requests_equal_the_official_python_sdks() {
    let calls = calls();
    let sdk = sdk_requests(&calls);
    let mut failures = Vec::new();
    for (call, (their_error, theirs)) in calls.iter().zip(sdk) {
        let stamp = theirs
            .first()
            .and_then(|request| timestamp(&request.target));
        let (our_result, ours) = our_request(call, stamp).await;
        match call.expected {
            None => {
                // Both refuse, and nothing reaches the server.
                let their_refusal = their_error.as_deref().unwrap_or("");
                if !their_refusal.contains("dot-segment") || !theirs.is_empty() {
                    failures.push(format!(
                        "{}: the SDK did not refuse: {their_error:?}, sent {theirs:?}",
                        call.name
                    ));
                }
                if !matches!(
                    our_result,
                    Err(ClientError::Request(RequestError::DotPathParameter(_)))
                ) || !ours.is_empty()
                {
                    failures.push(format!(
                        "{}: we did not refuse: {our_result:?}, sent {ours:?}",
                        call.name
                    ));
                }
            }
            Some(expected) => {
                let ([theirs], [ours]) = (theirs.as_slice(), ours.as_slice()) else {
                    failures.push(format!(
                        "{}: one request each expected; the SDK sent {theirs:?} ({their_error:?}), \
                         we sent {ours:?} ({our_result:?})",
                        call.name
                    ));
                    continue;
                };
                eprintln!(
                    "{}:\n  theirs {} {} {:?}\n  ours   {} {} {:?}",
                    call.name,
                    theirs.method,
                    theirs.target,
                    compared(theirs),
                    ours.method,
                    ours.target,
                    compared(ours)
                );
                if let Err(error) = our_result {
                    failures.push(format!("{}: our client failed: {error}", call.name));
                }
                for difference in differences(theirs, ours, expected) {
                    failures.push(format!("{}: {difference}", call.name));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_difference_in_the_target_or_a_header_is_found() {
    let request = Recorded {
        method: "DELETE".to_owned(),
        target: "/v2/external_connections/1".to_owned(),
        headers: vec![
            ("authorization".to_owned(), "Bearer k".to_owned()),
            ("content-type".to_owned(), "application/json".to_owned()),
        ],
        body: Vec::new(),
    };
    assert!(differences(&request, &request, &[]).is_empty());
    let mut ours = request.clone();
    ours.target = "/v2/external_connections/2".to_owned();
    ours.headers.remove(1);
    let found = differences(&request, &ours, &[]);
    assert_eq!(found.len(), 2, "{found:?}");
    // An explained difference is accepted; a listed one that does not occur is reported.
    assert_eq!(
        differences(&request, &ours, &[STAINLESS_CONTENT_TYPE]).len(),
        1
    );
    assert_eq!(
        differences(&request, &request, &[STAINLESS_CONTENT_TYPE]).len(),
        1
    );
}
