//! What `Debug` and `Display` output leave out: the name rule, URIs, headers, bodies.

use runtime::{Body, Redact, is_sensitive_name, redact_uri};

#[test]
fn names_that_say_secret() {
    for name in [
        "userSecret",
        "sessionToken",
        "x-api-key",
        "X-API-Key",
        "APIKey",
        "apiKey",
        "api_key",
        "key",
        "access_token",
        "client_secret",
        "password",
        "Authorization",
        "Proxy-Authorization",
        "Set-Cookie",
        "cookie",
        "Signature",
        "session",
        "credentials[password]",
        "auth",
        "X-Auth-Token",
        "X-Amz-Credential",
        "credentials",
    ] {
        assert!(is_sensitive_name(name), "{name}");
    }
    for name in [
        "userId",
        "clientId",
        "timestamp",
        "keyboard",
        "monkey",
        "author",
        "tokenizer_mode",
        "content-type",
        "sessions_count_per_day",
    ] {
        assert!(!is_sensitive_name(name), "{name}");
    }
}

#[test]
fn uris_lose_user_info_and_secret_query_values() {
    assert_eq!(
        redact_uri("https://api.snaptrade.com/connection/1?userId=u1&userSecret=s3&clientId=c"),
        "https://api.snaptrade.com/connection/1?userId=u1&userSecret=<redacted>&clientId=c"
    );
    assert_eq!(
        redact_uri("https://me:pa55@h.example/a?x=1#frag"),
        "https://<redacted>@h.example/a?x=1#frag"
    );
    // Encoded names are decoded before the rule applies; repeated names are all redacted.
    assert_eq!(
        redact_uri("/a?api%5Fkey=1&api_key=2&q=api_key"),
        "/a?api%5Fkey=<redacted>&api_key=<redacted>&q=api_key"
    );
    assert_eq!(
        redact_uri("not a url?token=t"),
        "not a url?token=<redacted>"
    );
    assert_eq!(redact_uri("https://h.example"), "https://h.example");
}

#[test]
fn requests_show_no_secret_header_query_or_body() {
    let mut sensitive = http::HeaderValue::from_static("marked");
    sensitive.set_sensitive(true);
    let request = http::Request::builder()
        .method("POST")
        .uri("https://h.example/a?userSecret=s3cr3t&page=2")
        .header("authorization", "Bearer t0k3n")
        .header("x-custom", sensitive)
        .header("cookie", "sid=c00kie")
        .header("content-type", "application/json")
        .header("x-request-id", "r-1")
        .body(br#"{"password":"pw"}"#.to_vec())
        .unwrap();
    let printed = format!("{:?}", Redact(&request));
    for secret in ["s3cr3t", "t0k3n", "marked", "c00kie", "pw"] {
        assert!(!printed.contains(secret), "{secret} in {printed}");
    }
    for kept in [
        "page=2",
        "x-request-id",
        "r-1",
        "<17 bytes of application/json>",
    ] {
        assert!(printed.contains(kept), "{kept} not in {printed}");
    }
    assert_eq!(
        Redact(request.uri()).to_string(),
        "https://h.example/a?userSecret=<redacted>&page=2"
    );
}

#[test]
fn responses_show_no_set_cookie_or_body() {
    let response = http::Response::builder()
        .status(500)
        .header("set-cookie", "sid=c00kie")
        .header("www-authenticate", "Bearer")
        .body(b"token=abc".to_vec())
        .unwrap();
    let printed = format!("{:?}", Redact(&response));
    assert!(
        !printed.contains("c00kie") && !printed.contains("abc"),
        "{printed}"
    );
    assert!(printed.contains("<9 bytes>"), "{printed}");
}

#[test]
fn bodies_show_their_length_and_media_type() {
    let body = Body::text("secret text", http::HeaderValue::from_static("text/plain"));
    assert_eq!(format!("{body:?}"), "Body(<11 bytes of text/plain>)");
}
