//! Each seed vendor's operation, built from the vendor page's example values and decoded from
//! bodies shaped like the spec's examples.

use generated::runtime::{Operation, RequestError, ResponseErrorKind};
use generated::{hooked, snaptrade, supermemory, symphony, telnyx};
use serde_json::{Value, json};
use tests::{example, headers, json_response, raw_response, spec};

fn accept_json() -> Vec<(String, String)> {
    vec![("accept".to_owned(), "application/json".to_owned())]
}

// ----- SnapTrade ---------------------------------------------------------------------------

fn snaptrade_operation() -> snaptrade::ConnectionsDeleteConnection {
    snaptrade::ConnectionsDeleteConnection {
        connection_id: "87b24961-b51e-4db8-9226-f198f6518a89".parse().unwrap(),
        user_id: "snaptrade-user-123".to_owned(),
        user_secret: "adf2aa34-8219-40f7-a6b3-60156985cc61".to_owned(),
    }
}

#[test]
fn snaptrade_request() {
    // The vendor's extract lists no server; our overlay adds the full document's canonical root
    // (the page's `/api/v1` prefix is legacy, and deprecated).
    assert_eq!(snaptrade::SERVERS, ["https://api.snaptrade.com"]);
    let request = snaptrade_operation()
        .to_request(snaptrade::DEFAULT_BASE_URL)
        .unwrap();
    assert_eq!(request.method(), http::Method::DELETE);
    assert_eq!(
        request.uri().to_string(),
        "https://api.snaptrade.com/connection/87b24961-b51e-4db8-9226-f198f6518a89\
         ?userId=snaptrade-user-123&userSecret=adf2aa34-8219-40f7-a6b3-60156985cc61"
    );
    assert_eq!(headers(&request), accept_json());
    assert!(request.body().is_empty());
}

#[test]
fn snaptrade_secret_is_not_in_debug_output() {
    let debug = format!("{:?}", snaptrade_operation());
    assert!(debug.contains("snaptrade-user-123"), "{debug}");
    assert!(!debug.contains("adf2aa34"), "{debug}");
    assert!(debug.contains("<redacted>"), "{debug}");
}

#[test]
fn snaptrade_responses() {
    use snaptrade::ConnectionsDeleteConnectionResponse as R;
    let doc = spec("snaptrade/openapi.yaml");
    let ok = example(
        &doc,
        "/paths/~1connection~1{connectionId}/delete/responses/200/content/application~1json/schema",
    );
    // The overlay moved the vendor's inline schema to DeleteConnectionConfirmation.
    let _: Option<snaptrade::DeleteConnectionConfirmation> = None;
    let decoded = snaptrade::ConnectionsDeleteConnection::from_response(json_response(200, &ok))
        .unwrap()
        .into_inner();
    let R::Ok(body) = decoded else {
        panic!("{decoded:?}")
    };
    assert_eq!(
        body.connection_id.as_deref(),
        Some("0b3ebefb-ed47-43df-cd8f-729a4420b5cf")
    );
    assert_eq!(body.detail.as_deref(), ok["detail"].as_str());
    let decode = |status| {
        snaptrade::ConnectionsDeleteConnection::from_response(raw_response(status, b""))
            .unwrap()
            .into_inner()
    };
    assert_eq!(decode(400), R::BadRequest);
    assert_eq!(decode(404), R::NotFound);
    assert_eq!(
        decode(503),
        R::Default {
            status: http::StatusCode::SERVICE_UNAVAILABLE
        }
    );
}

// ----- supermemory -------------------------------------------------------------------------

#[test]
fn supermemory_request() {
    let operation = supermemory::DeleteConnectionById {
        connection_id: "conn_123".to_owned(),
    };
    let request = operation.to_request(supermemory::DEFAULT_BASE_URL).unwrap();
    assert_eq!(request.method(), http::Method::DELETE);
    assert_eq!(
        request.uri().to_string(),
        "https://api.supermemory.ai/v3/connections/conn_123"
    );
    assert_eq!(headers(&request), accept_json());
}

#[test]
fn supermemory_responses() {
    use supermemory::DeleteConnectionByIdResponse as R;
    let doc = spec("supermemory/openapi.yaml");
    let ok = doc
        .pointer("/paths/~1v3~1connections~1{connectionId}/delete/responses/200/content/application~1json/example")
        .cloned()
        .unwrap();
    let R::Ok(body) = supermemory::DeleteConnectionById::from_response(json_response(200, &ok))
        .unwrap()
        .into_inner()
    else {
        panic!("not Ok")
    };
    assert_eq!(
        (body.id.as_str(), body.provider.as_str()),
        ("<string>", "<string>")
    );
    for (status, expected) in [
        (401, R::Unauthorized),
        (404, R::NotFound),
        (500, R::InternalServerError),
    ] {
        let decoded = supermemory::DeleteConnectionById::from_response(raw_response(status, b"{}"))
            .unwrap()
            .into_inner();
        assert_eq!(decoded, expected);
    }
}

#[test]
fn supermemory_missing_required_field_is_an_error_that_keeps_the_body() {
    let body = br#"{"id": "c1"}"#;
    let error =
        supermemory::DeleteConnectionById::from_response(raw_response(200, body)).unwrap_err();
    assert!(
        matches!(error.kind, ResponseErrorKind::InvalidBody(_)),
        "{error}"
    );
    assert_eq!(error.status, 200);
    assert_eq!(&error.body, body);
}

#[test]
fn undocumented_status_is_an_error_that_keeps_the_body() {
    let error =
        supermemory::DeleteConnectionById::from_response(raw_response(418, b"teapot")).unwrap_err();
    assert!(matches!(error.kind, ResponseErrorKind::UnexpectedStatus));
    assert_eq!(error.body, b"teapot");
}

#[test]
fn garbage_bodies_never_panic() {
    let bodies: [&[u8]; 6] = [
        b"",
        b"\xff\xfe",
        b"null",
        b"[1,2",
        b"{\"data\": 5}",
        b"{\"code\": \"x\"}",
    ];
    for body in &bodies[..5] {
        let error =
            telnyx::DeleteExternalConnection::from_response(raw_response(200, body)).unwrap_err();
        assert_eq!(&error.body, body);
    }
    // Unknown members are ignored, as vendors add fields; wrong types are not.
    for body in [&bodies[..4], &bodies[5..]].concat() {
        let error =
            symphony::PostV1ConnectionUserByUidRemove::from_response(raw_response(403, body))
                .unwrap_err();
        assert_eq!(error.status, 403);
    }
}

// ----- Hooked ------------------------------------------------------------------------------

#[test]
fn hooked_request() {
    let operation = hooked::DisconnectIntegration {
        integration_id: "int_yt_abc123".to_owned(),
    };
    let request = operation.to_request(hooked::DEFAULT_BASE_URL).unwrap();
    assert_eq!(request.method(), http::Method::DELETE);
    assert_eq!(
        request.uri().to_string(),
        "https://api.hooked.so/v1/integration/int_yt_abc123"
    );
    // JSON is accepted because our overlay documents the bodies the vendor's page shows.
    assert_eq!(headers(&request), accept_json());
}

/// The examples the overlay copied from the vendor's page, decoded into typed bodies.
#[test]
fn hooked_responses() {
    use hooked::DisconnectIntegrationResponse as R;
    let doc = tests::overlaid_spec("hooked");
    let responses = "/paths/~1v1~1integration~1{integrationId}/delete/responses";
    let example = |status: &str| {
        doc.pointer(&format!(
            "{responses}/{status}/content/application~1json/example"
        ))
        .cloned()
        .unwrap()
    };
    let ok = example("200");
    let decoded = hooked::DisconnectIntegration::from_response(json_response(200, &ok))
        .unwrap()
        .into_inner();
    let R::Ok(body) = decoded else {
        panic!("{decoded:?}")
    };
    assert_eq!(body.success, Some(true));
    let data = body.data.clone().unwrap();
    assert_eq!(
        (data.id.as_deref(), data.r#type.as_deref(), data.deleted),
        (Some("int_yt_abc123"), Some("youtube"), Some(true))
    );
    assert_eq!(body.message.as_deref(), ok["message"].as_str());

    let not_found = example("404");
    let decoded = hooked::DisconnectIntegration::from_response(json_response(404, &not_found))
        .unwrap()
        .into_inner();
    let R::NotFound(error) = decoded else {
        panic!("{decoded:?}")
    };
    assert_eq!(error.code.as_deref(), Some("not_found"));
    assert_eq!(
        error.details.as_ref().and_then(|d| d.get("resource_type")),
        Some(&json!("Integration"))
    );
    let forbidden = example("403");
    let decoded = hooked::DisconnectIntegration::from_response(json_response(403, &forbidden))
        .unwrap()
        .into_inner();
    assert!(
        matches!(decoded, R::Forbidden(ref e) if e.code.as_deref() == Some("forbidden")),
        "{decoded:?}"
    );
}

// ----- Telnyx ------------------------------------------------------------------------------

#[test]
fn telnyx_request() {
    let operation = telnyx::DeleteExternalConnection {
        id: "1293384261075731499".to_owned(),
    };
    let request = operation.to_request(telnyx::DEFAULT_BASE_URL).unwrap();
    assert_eq!(request.method(), http::Method::DELETE);
    assert_eq!(
        request.uri().to_string(),
        "https://api.telnyx.com/v2/external_connections/1293384261075731499"
    );
    assert_eq!(headers(&request), accept_json());
}

#[test]
fn telnyx_external_connection_example_round_trips() {
    let doc = spec("telnyx/openapi.yaml");
    let example = doc
        .pointer("/components/schemas/ExternalConnection/example")
        .cloned()
        .unwrap();
    let connection: telnyx::ExternalConnection = serde_json::from_value(example.clone()).unwrap();
    assert_eq!(
        connection.external_sip_connection,
        Some(telnyx::ExternalSipConnection::Zoom)
    );
    assert_eq!(connection.id.as_deref(), Some("1930241863466354012"));
    assert_eq!(
        connection.record_type.as_deref(),
        Some("external_connection")
    );
    assert_eq!(
        connection.updated_at.as_deref(),
        Some("2022-06-29T19:39:47Z")
    );
    let outbound = connection.outbound.clone().unwrap();
    assert_eq!(
        outbound.outbound_voice_profile_id.as_deref(),
        Some("1911630617284445511")
    );

    let body = json!({ "data": example });
    let decoded = telnyx::DeleteExternalConnection::from_response(json_response(200, &body))
        .unwrap()
        .into_inner();
    assert_eq!(
        decoded,
        telnyx::DeleteExternalConnectionResponse::Ok(telnyx::ExternalConnectionResponse {
            data: Some(connection)
        })
    );
}

#[test]
fn telnyx_reads_an_absent_or_null_member_as_none() {
    // Only ever received: absent and `null` tell the reader the same.
    let absent: telnyx::ExternalConnection = serde_json::from_value(json!({})).unwrap();
    let null: telnyx::ExternalConnection =
        serde_json::from_value(json!({"webhook_timeout_secs": null})).unwrap();
    let set: telnyx::ExternalConnection =
        serde_json::from_value(json!({"webhook_timeout_secs": 25})).unwrap();
    assert_eq!(absent.webhook_timeout_secs, None);
    assert_eq!(null.webhook_timeout_secs, None);
    assert_eq!(set.webhook_timeout_secs, Some(25));
}

#[test]
fn telnyx_enums_keep_values_added_later() {
    let connection: telnyx::ExternalConnection = serde_json::from_value(
        json!({"external_sip_connection": "teams", "webhook_api_version": "2"}),
    )
    .unwrap();
    assert_eq!(
        connection.external_sip_connection,
        Some(telnyx::ExternalSipConnection::Unknown("teams".to_owned()))
    );
    assert_eq!(
        connection.webhook_api_version,
        Some(telnyx::ExternalConnectionWebhookApiVersion::V2)
    );
    assert_eq!(
        connection
            .external_sip_connection
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("teams")
    );
}

#[test]
fn telnyx_other_statuses() {
    use telnyx::DeleteExternalConnectionResponse as R;
    for (status, expected) in [
        (401, R::Unauthorized),
        (404, R::NotFound),
        (422, R::UnprocessableEntity),
    ] {
        let decoded = telnyx::DeleteExternalConnection::from_response(raw_response(
            status,
            br#"{"errors": []}"#,
        ))
        .unwrap()
        .into_inner();
        assert_eq!(decoded, expected);
    }
}

// ----- Symphony ----------------------------------------------------------------------------

fn symphony_operation() -> symphony::PostV1ConnectionUserByUidRemove {
    symphony::PostV1ConnectionUserByUidRemove {
        session_token: "session-token-value".to_owned(),
        uid: 7_215_545_078_229_i64,
    }
}

#[test]
fn symphony_request() {
    let request = symphony_operation()
        .to_request(symphony::DEFAULT_BASE_URL)
        .unwrap();
    assert_eq!(request.method(), http::Method::POST);
    assert_eq!(
        request.uri().to_string(),
        "http://yourpodURL.symphony.com/pod/v1/connection/user/7215545078229/remove"
    );
    assert_eq!(
        headers(&request),
        vec![
            ("accept".to_owned(), "application/json".to_owned()),
            // A POST without a body says so, as the vendors' SDKs do.
            ("content-length".to_owned(), "0".to_owned()),
            ("sessiontoken".to_owned(), "session-token-value".to_owned()),
        ]
    );
    // The session token is a secret: redacted in the operation's `Debug`, and marked sensitive
    // in the request's headers, so `http`'s own `Debug` of the request does not show it either.
    assert!(request.headers()["sessiontoken"].is_sensitive());
    for debug in [
        format!("{:?}", symphony_operation()),
        format!("{request:?}"),
    ] {
        assert!(!debug.contains("session-token-value"), "{debug}");
    }
}

#[test]
fn symphony_header_injection_is_rejected() {
    let mut operation = symphony_operation();
    operation.session_token = "token\r\nX-Injected: yes".to_owned();
    let error = operation
        .to_request(symphony::DEFAULT_BASE_URL)
        .unwrap_err();
    assert!(
        matches!(error, RequestError::InvalidHeaderValue("sessionToken")),
        "{error}"
    );
}

#[test]
fn symphony_responses() {
    use symphony::PostV1ConnectionUserByUidRemoveResponse as R;
    let doc = spec("symphony/openapi.json");
    let ok = example(&doc, "/components/schemas/SuccessResponse");
    let decoded = symphony::PostV1ConnectionUserByUidRemove::from_response(json_response(200, &ok))
        .unwrap()
        .into_inner();
    assert_eq!(
        decoded,
        R::Ok(symphony::SuccessResponse {
            format: Some(symphony::SuccessResponseFormat::Text),
            message: Some("text".to_owned()),
        })
    );
    let error = example(&doc, "/components/schemas/Error");
    let expected = symphony::Error {
        code: Some(7),
        message: Some("text".to_owned()),
    };
    type Variant = fn(symphony::Error) -> R;
    let cases: [(u16, Variant); 5] = [
        (400, R::BadRequest),
        (401, R::Unauthorized),
        (403, R::Forbidden),
        (404, R::NotFound),
        (500, R::InternalServerError),
    ];
    for (status, variant) in cases {
        let decoded =
            symphony::PostV1ConnectionUserByUidRemove::from_response(json_response(status, &error))
                .unwrap()
                .into_inner();
        assert_eq!(decoded, variant(expected.clone()), "status {status}");
    }
}

// ----- every vendor ------------------------------------------------------------------------

#[test]
fn path_parameters_cannot_change_the_path() {
    for (id, encoded) in [
        ("a b/c?d", "a%20b%2Fc%3Fd"),
        ("../admin", "..%2Fadmin"),
        ("x#frag", "x%23frag"),
    ] {
        let operation = telnyx::DeleteExternalConnection { id: id.to_owned() };
        let request = operation.to_request(telnyx::DEFAULT_BASE_URL).unwrap();
        assert_eq!(
            request.uri().path(),
            format!("/v2/external_connections/{encoded}")
        );
        assert_eq!(request.uri().query(), None);
    }
    // `.` and `..` would be removed by URL parsers, in any spelling: refused.
    for id in ["..", ".", "%2E%2E", "%2e"] {
        let operation = telnyx::DeleteExternalConnection { id: id.to_owned() };
        assert!(
            matches!(
                operation.to_request(telnyx::DEFAULT_BASE_URL),
                Err(RequestError::DotPathParameter("id"))
            ),
            "{id:?}"
        );
    }
    let empty = telnyx::DeleteExternalConnection { id: String::new() };
    assert!(matches!(
        empty.to_request(telnyx::DEFAULT_BASE_URL),
        Err(RequestError::EmptyPathParameter("id"))
    ));
}

#[test]
fn operations_expose_method_and_path_template() {
    assert_eq!(
        telnyx::DeleteExternalConnection::METHOD,
        http::Method::DELETE
    );
    assert_eq!(
        symphony::PostV1ConnectionUserByUidRemove::PATH,
        "/v1/connection/user/{uid}/remove"
    );
    let _: Value = json!(hooked::DisconnectIntegration::PATH);
}
