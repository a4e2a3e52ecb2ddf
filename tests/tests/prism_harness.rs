//! The Prism harness: Prism installs, starts on the seed vendors' documents and answers as they
//! describe, including the error responses `--errors` makes for requests that break them. The
//! expectations are what Prism 5.16.0 returns; a Prism update that changes them fails here first.

use std::path::Path;

use serde_json::{Value, json};
use tests::prism::Prism;
use tests::send_raw as send;

/// `method url` with `headers` and no body.
fn request(method: &str, url: &str, headers: &[(&str, &str)]) -> http::Request<Vec<u8>> {
    let mut builder = http::Request::builder().method(method).uri(url);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Vec::new()).unwrap_or_else(|e| panic!("{e}"))
}

fn header<'a>(response: &'a http::Response<Vec<u8>>, name: &str) -> Option<&'a str> {
    response
        .headers()
        .get(name)
        .map(|value| value.to_str().unwrap_or_else(|e| panic!("{name}: {e}")))
}

/// The `sl-violations` header Prism adds to a request that broke the document, decoded.
fn violations(response: &http::Response<Vec<u8>>) -> Option<Value> {
    header(response, "sl-violations")
        .map(|text| serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}")))
}

fn json_body(response: &http::Response<Vec<u8>>) -> Value {
    serde_json::from_slice(response.body()).unwrap_or_else(|e| {
        panic!(
            "{e}: {:?}",
            String::from_utf8_lossy(response.body()).into_owned()
        )
    })
}

/// Asserts `response`'s status, with Prism's log in the message.
fn assert_status(prism: &Prism, response: &http::Response<Vec<u8>>, status: u16) {
    assert_eq!(
        response.status().as_u16(),
        status,
        "{response:?}\n{}\n--- Prism's log\n{}",
        String::from_utf8_lossy(response.body()),
        prism.output()
    );
}

// ----- Telnyx (OpenAPI 3.1.0, bearer security on the whole document) -----------------------

#[test]
fn telnyx() {
    let prism = Prism::start(Path::new("specs/telnyx/openapi.yaml"));
    assert!(prism.base_url().starts_with("http://127.0.0.1:"));
    assert_eq!(
        prism.base_url(),
        format!("http://127.0.0.1:{}", prism.port())
    );
    let url = prism.url("/external_connections/123");
    let bearer = ("Authorization", "Bearer x");

    // Credentials given: the 200 response, its body the schema's own `example`.
    let ok = send(request("DELETE", &url, &[bearer]));
    assert_status(&prism, &ok, 200);
    assert_eq!(header(&ok, "content-type"), Some("application/json"));
    assert_eq!(violations(&ok), None);
    assert_eq!(
        json_body(&ok),
        json!({"data": {
            "id": "1930241863466354012",
            "record_type": "external_connection",
            "external_sip_connection": "zoom",
            "credential_active": false,
            "active": false,
            "created_at": "2022-06-29T19:23:59Z",
            "updated_at": "2022-06-29T19:39:47Z",
            "outbound": {"outbound_voice_profile_id": "1911630617284445511"}
        }})
    );

    // No credentials: the document's 401, which has no body, and the violation in a header.
    let unauthorized = send(request("DELETE", &url, &[]));
    assert_status(&prism, &unauthorized, 401);
    assert_eq!(
        violations(&unauthorized),
        Some(json!([{
            "location": ["request"],
            "severity": "Error",
            "code": 401,
            "message": "Invalid security scheme used"
        }]))
    );
    assert_eq!(header(&unauthorized, "www-authenticate"), None);
    assert!(unauthorized.body().is_empty());

    // `Prefer: code=` picks a documented response; the 404 has no body either.
    let not_found = send(request("DELETE", &url, &[bearer, ("Prefer", "code=404")]));
    assert_status(&prism, &not_found, 404);
    assert_eq!(violations(&not_found), None);
    assert_eq!(header(&not_found, "content-type"), None);
    assert!(not_found.body().is_empty());

    let unprocessable = send(request("DELETE", &url, &[bearer, ("Prefer", "code=422")]));
    assert_status(&prism, &unprocessable, 422);
    assert!(unprocessable.body().is_empty());

    // The log tells which response Prism chose.
    assert!(
        prism
            .output()
            .contains("Responding with the requested status code 404"),
        "{}",
        prism.output()
    );
}

// ----- Symphony (OpenAPI 3.1.1, a required header and an int64 path parameter) -------------

#[test]
fn symphony() {
    let prism = Prism::start(Path::new("specs/symphony/openapi.json"));
    let url = |uid: &str| prism.url(&format!("/v1/connection/user/{uid}/remove"));
    let token = ("sessionToken", "t");
    // The body Prism builds from the `Error` schema: `code` at the int32 minimum.
    let error_body = json!({"code": -2147483648_i64, "message": "string"});

    // Valid: the 200 response, its body built from the schema (first enum value, "string").
    let ok = send(request("POST", &url("123"), &[token]));
    assert_status(&prism, &ok, 200);
    assert_eq!(header(&ok, "content-type"), Some("application/json"));
    assert_eq!(violations(&ok), None);
    assert_eq!(
        json_body(&ok),
        json!({"format": "TEXT", "message": "string"})
    );

    // A uid that is no integer: the operation documents 400 and no 422, so Prism answers 400.
    let bad_uid = send(request("POST", &url("abc"), &[token]));
    assert_status(&prism, &bad_uid, 400);
    assert_eq!(
        violations(&bad_uid),
        Some(json!([{
            "location": ["request", "path", "uid"],
            "severity": "Error",
            "code": "type",
            "message": "Request path parameter uid must be integer"
        }]))
    );
    assert_eq!(json_body(&bad_uid), error_body);

    // No sessionToken: the same 400, naming the header in lower case.
    let no_token = send(request("POST", &url("123"), &[]));
    assert_status(&prism, &no_token, 400);
    assert_eq!(
        violations(&no_token),
        Some(json!([{
            "location": ["request", "header"],
            "severity": "Error",
            "code": "required",
            "message": "Request header must have required property 'sessiontoken'"
        }]))
    );
    assert_eq!(json_body(&no_token), error_body);

    let not_found = send(request(
        "POST",
        &url("123"),
        &[token, ("Prefer", "code=404")],
    ));
    assert_status(&prism, &not_found, 404);
    assert_eq!(json_body(&not_found), error_body);

    // A status the operation does not document, with no `default`: Prism's own 404.
    let teapot = send(request(
        "POST",
        &url("123"),
        &[token, ("Prefer", "code=418")],
    ));
    assert_status(&prism, &teapot, 404);
    assert_eq!(
        header(&teapot, "content-type"),
        Some("application/problem+json")
    );
    assert_eq!(
        json_body(&teapot)["detail"],
        "Requested status code 418 is not defined in the document."
    );

    // A method or path the document does not have.
    let get = send(request("GET", &url("123"), &[token]));
    assert_status(&prism, &get, 405);
    let unknown = send(request("POST", &prism.url("/v1/nothing"), &[token]));
    assert_status(&prism, &unknown, 404);
    assert_eq!(
        header(&unknown, "content-type"),
        Some("application/problem+json")
    );
}

// ----- What later tests rely on: `default`, 3.1 type lists, schema-breaking examples ---------

const PROBE: &str = r#"openapi: 3.1.1
info: {title: probe, version: "1"}
paths:
  /things:
    get:
      parameters:
        - {name: limit, in: query, schema: {type: [integer, 'null']}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [name, size]
                properties:
                  name: {type: [string, 'null']}
                  size: {type: [integer, 'null'], minimum: 3}
        default:
          description: anything else
          content:
            application/json:
              schema: {type: object, properties: {error: {type: string}}}
  /broken:
    get:
      responses:
        '200':
          description: an example that breaks its own schema
          content:
            application/json:
              schema: {type: object, properties: {count: {type: integer}}}
              example: {count: many}
"#;

#[test]
fn default_responses_type_lists_and_broken_examples() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("probe.yaml");
    std::fs::write(&spec, PROBE).unwrap();
    let prism = Prism::start(&spec);

    // A 3.1 type list: the body takes its first type; a `null`-able parameter is still checked.
    let ok = send(request("GET", &prism.url("/things?limit=5"), &[]));
    assert_status(&prism, &ok, 200);
    assert_eq!(json_body(&ok), json!({"name": "string", "size": 3}));

    // A request that breaks the document, with no 422 or 400 documented: a 422 from `default`.
    let bad_limit = send(request("GET", &prism.url("/things?limit=x"), &[]));
    assert_status(&prism, &bad_limit, 422);
    assert_eq!(
        violations(&bad_limit),
        Some(json!([{
            "location": ["request", "query", "limit"],
            "severity": "Error",
            "code": "type",
            "message": "Request query parameter limit must be integer,null"
        }]))
    );
    assert_eq!(json_body(&bad_limit), json!({"error": "string"}));

    // `Prefer: code=` for a status only `default` covers: that status, with `default`'s body.
    let unavailable = send(request(
        "GET",
        &prism.url("/things"),
        &[("Prefer", "code=503")],
    ));
    assert_status(&prism, &unavailable, 503);
    assert_eq!(json_body(&unavailable), json!({"error": "string"}));

    // An example that breaks its schema: with `--errors`, a 500 naming the violation.
    let broken = send(request("GET", &prism.url("/broken"), &[]));
    assert_status(&prism, &broken, 500);
    assert_eq!(
        header(&broken, "content-type"),
        Some("application/problem+json")
    );
    let body = json_body(&broken);
    assert_eq!(
        body["validation"][0]["location"],
        json!(["response", "body", "count"]),
        "{body}"
    );
}

#[test]
fn unreadable_document_panics_with_prism_output() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("broken.yaml");
    std::fs::write(&spec, "openapi: [this is not\n").unwrap();
    let panic = std::panic::catch_unwind(|| Prism::start(&spec)).unwrap_err();
    let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("Prism exited"), "{message}");
    assert!(message.contains("Error parsing"), "{message}");
}
