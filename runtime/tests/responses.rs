//! Decoding responses through an operation written the way the generator writes them: documented
//! statuses decode, everything else is an error that keeps what the server sent.

use std::error::Error as _;

use runtime::{
    ByteStream, Decode, FromHeaders, HeaderError, Operation, RequestError, ResponseError,
    ResponseErrorKind, SecurityScheme,
};

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
struct Pet {
    id: u64,
    name: String,
}

/// The headers the `200` response documents: a required rate limit and an optional list.
#[derive(Debug, Clone, PartialEq)]
struct GetPetOkHeaders {
    rate_limit: i64,
    tags: Option<Vec<String>>,
}

impl FromHeaders for GetPetOkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, HeaderError> {
        Ok(GetPetOkHeaders {
            rate_limit: runtime::required_header(
                runtime::header(headers, "x-rate-limit")?,
                "x-rate-limit",
            )?,
            tags: runtime::header_list(headers, "x-tags")?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
enum GetPetResponse {
    Ok { body: Pet, headers: GetPetOkHeaders },
    NotFound,
}

struct GetPet {
    id: String,
}

impl Operation for GetPet {
    type Response = GetPetResponse;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/pets/{id}";
    const SECURITY: &'static [&'static [SecurityScheme]] = &[];

    fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/pets/")
            .parameter("id", &self.id, runtime::Style::Simple.explode(false))?;
        let path = path.finish();
        Ok(runtime::request_builder(Self::METHOD, base_url, &path, "")?.body(Vec::new())?)
    }
}

impl Decode for GetPetResponse {
    fn decode(parts: &http::response::Parts, body: ByteStream) -> Result<Self, ResponseError> {
        Ok(match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                GetPetResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                }
            }
            404 => GetPetResponse::NotFound,
            _ => return Err(ResponseError::unexpected(parts, body)),
        })
    }
}

fn response(status: u16, body: &[u8]) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .header("x-request-id", "r-1")
        .header("x-rate-limit", "5000")
        .body(body.to_vec())
        .unwrap()
}

#[test]
fn operation_builds_its_request() {
    let request = GetPet { id: "a/b".into() }
        .to_request("https://pets.example/v1/")
        .unwrap();
    assert_eq!(request.method(), http::Method::GET);
    assert_eq!(request.uri(), "https://pets.example/v1/pets/a%2Fb");
    assert!(matches!(
        GetPet { id: String::new() }.to_request("https://pets.example"),
        Err(RequestError::EmptyPathParameter("id"))
    ));
}

#[test]
fn documented_status_decodes_its_body() {
    let decoded = GetPet::from_response(response(200, br#"{"id": 7, "name": "Rex"}"#)).unwrap();
    assert_eq!(decoded.status(), http::StatusCode::OK);
    assert_eq!(decoded.headers()["x-request-id"], "r-1");
    let GetPetResponse::Ok { body: pet, headers } = decoded.into_inner() else {
        panic!("not the 200 variant")
    };
    assert_eq!((pet.id, pet.name.as_str()), (7, "Rex"));
    assert_eq!(
        headers,
        GetPetOkHeaders {
            rate_limit: 5000,
            tags: None
        }
    );
    let not_found = GetPet::from_response(response(404, b"not json at all")).unwrap();
    assert_eq!(not_found.status(), http::StatusCode::NOT_FOUND);
    assert_eq!(*not_found, GetPetResponse::NotFound);
    let (parts, value) = not_found.into_parts();
    assert_eq!(
        (
            parts.status,
            parts.headers["x-rate-limit"].to_str().unwrap()
        ),
        (http::StatusCode::NOT_FOUND, "5000")
    );
    assert_eq!(value, GetPetResponse::NotFound);
}

#[test]
fn documented_headers_are_typed_and_a_bad_one_is_an_error_naming_it() {
    let with = |name: &str, value: &[u8]| {
        let mut response = response(200, br#"{"id": 7, "name": "Rex"}"#);
        let value = http::HeaderValue::from_bytes(value).unwrap();
        response.headers_mut().append(
            http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            value,
        );
        GetPet::from_response(response)
    };
    // A list, repeated lines joined as HTTP reads them.
    let mut twice = response(200, br#"{"id": 7, "name": "Rex"}"#);
    twice
        .headers_mut()
        .append("x-tags", "a, b".parse().unwrap());
    twice.headers_mut().append("x-tags", "c".parse().unwrap());
    match GetPet::from_response(twice).unwrap().into_inner() {
        GetPetResponse::Ok { headers, .. } => assert_eq!(
            headers.tags,
            Some(vec!["a".to_owned(), "b".to_owned(), "c".to_owned()])
        ),
        other => panic!("{other:?}"),
    }
    // A second, contradicting rate limit makes the value `5000, 7`: not an integer.
    let error = with("x-rate-limit", b"7").unwrap_err();
    let ResponseErrorKind::InvalidHeader(header) = &error.kind else {
        panic!("{error:?}")
    };
    assert_eq!(header.name, "x-rate-limit");
    assert!(error.to_string().contains("`x-rate-limit`"), "{error}");
    assert_eq!(
        error.body, br#"{"id": 7, "name": "Rex"}"#,
        "the body is kept"
    );
    assert!(error.source().is_some());
    let error = with("x-tags", b"caf\xC3").unwrap_err();
    assert!(matches!(error.kind, ResponseErrorKind::InvalidHeader(_)));
    // A required header that is missing.
    let mut missing = response(200, br#"{"id": 7, "name": "Rex"}"#);
    missing.headers_mut().remove("x-rate-limit");
    let error = GetPet::from_response(missing).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("`x-rate-limit` is required but missing"),
        "{error}"
    );
}

#[test]
fn undocumented_status_keeps_status_headers_and_bytes() {
    let error = GetPet::from_response(response(418, b"\xFFteapot")).unwrap_err();
    assert!(matches!(error.kind, ResponseErrorKind::UnexpectedStatus));
    assert_eq!(error.status, http::StatusCode::IM_A_TEAPOT);
    assert_eq!(error.headers["x-request-id"], "r-1");
    assert_eq!(error.body, b"\xFFteapot");
    assert_eq!(
        error.to_string(),
        "undocumented response status 418 I'm a teapot"
    );
    assert!(error.source().is_none());
}

#[test]
fn body_not_matching_the_schema_keeps_the_bytes() {
    let body = br#"{"id": "seven", "name": "Rex"}"#;
    let error = GetPet::from_response(response(200, body)).unwrap_err();
    assert!(matches!(error.kind, ResponseErrorKind::InvalidBody(_)));
    assert_eq!(error.status, http::StatusCode::OK);
    assert_eq!(error.headers["x-request-id"], "r-1");
    assert_eq!(error.body, body);
    assert!(
        error
            .to_string()
            .starts_with("response body for status 200 OK does not match the documented schema"),
        "{error}"
    );
    // serde's message quotes the body's values; the error shows it with strings redacted, and
    // does not chain it as its source.
    assert!(
        error
            .to_string()
            .contains("invalid type: string <redacted>, expected"),
        "{error}"
    );
    assert!(!format!("{error} {error:?}").contains("seven"), "{error:?}");
    assert!(error.source().is_none());
}

/// A small deterministic generator of arbitrary bytes, so the test needs no extra dependency.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn no_byte_sequence_makes_decoding_panic() {
    let mut bodies: Vec<Vec<u8>> = [
        &b""[..],
        b"null",
        b"{",
        b"{\"id\": 7",
        b"{\"id\": 18446744073709551616, \"name\": \"x\"}",
        b"{\"id\": 7, \"name\": \"\\ud800\"}",
        b"\xEF\xBB\xBF{}",
        b"\xC3\x28",
    ]
    .iter()
    .map(|body| body.to_vec())
    .collect();
    // Nesting deeper than any stack would allow unchecked.
    bodies.push(vec![b'['; 100_000]);
    bodies.push(b"{\"id\":".repeat(50_000));
    let mut state = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2_000 {
        let length = (xorshift(&mut state) % 64) as usize;
        bodies.push((0..length).map(|_| xorshift(&mut state) as u8).collect());
    }
    for body in bodies {
        for status in [200, 404, 500, 599] {
            match GetPet::from_response(response(status, &body)) {
                Ok(_) => {}
                Err(error) => assert_eq!(error.body, body),
            }
        }
    }
}

#[test]
fn response_converts_to_and_from_its_parts() {
    let decoded = GetPet::from_response(response(404, b"")).unwrap();
    let mapped = decoded
        .clone()
        .map(|value| value == GetPetResponse::NotFound);
    assert!(*mapped);
    assert_eq!(mapped.headers(), decoded.headers());
    let http: http::Response<GetPetResponse> = decoded.into();
    assert_eq!(http.status(), 404);
    assert_eq!(http.headers()["x-request-id"], "r-1");
    assert_eq!(http.into_body(), GetPetResponse::NotFound);
}

#[test]
fn text_and_bytes_bodies() {
    let (parts, ()) = http::Response::new(()).into_parts();
    assert_eq!(
        runtime::text_body(&parts, ByteStream::from(b"caf\xC3\xA9".to_vec())).unwrap(),
        "caf\u{e9}"
    );
    let error = runtime::text_body(&parts, ByteStream::from(b"\xFF".to_vec())).unwrap_err();
    assert!(matches!(error.kind, ResponseErrorKind::InvalidText(_)));
    assert_eq!(error.body, b"\xFF");
    assert_eq!(
        runtime::bytes_body(&parts, ByteStream::from(vec![0, 1])).unwrap(),
        [0, 1]
    );
}

#[test]
fn media_kinds_of_content_types() {
    for (content_type, kind) in [
        (
            Some("application/json; charset=utf-8"),
            runtime::MediaKind::Json,
        ),
        (Some("application/problem+json"), runtime::MediaKind::Json),
        (Some("Text/Event-Stream"), runtime::MediaKind::EventStream),
        (Some("text/csv"), runtime::MediaKind::Text),
        (Some("application/atom+xml"), runtime::MediaKind::Text),
        (Some("application/pdf"), runtime::MediaKind::Other),
        (None, runtime::MediaKind::Other),
    ] {
        let mut response = http::Response::new(());
        if let Some(content_type) = content_type {
            response
                .headers_mut()
                .insert("content-type", content_type.parse().unwrap());
        }
        let (parts, ()) = response.into_parts();
        assert_eq!(runtime::MediaKind::of(&parts), kind, "{content_type:?}");
    }
}

/// A field that may be absent, `null` or set, as the generator declares it.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Patch {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "runtime::nullable"
    )]
    nickname: Option<Option<String>>,
}

#[test]
fn absent_and_null_stay_different() {
    for (json, value) in [
        ("{}", None),
        (r#"{"nickname":null}"#, Some(None)),
        (r#"{"nickname":"Rex"}"#, Some(Some("Rex".to_owned()))),
    ] {
        let decoded: Patch = serde_json::from_str(json).unwrap();
        assert_eq!(decoded, Patch { nickname: value }, "{json}");
        assert_eq!(serde_json::to_string(&decoded).unwrap(), json);
    }
}

#[test]
fn a_response_shows_its_headers_without_credentials() {
    let response = http::Response::builder()
        .status(200)
        .header("set-cookie", "session=planted-cookie-value")
        .header("x-api-key", "planted-key-value")
        .header("x-rate-limit", "60")
        .body(())
        .expect("a valid response head");
    let (parts, ()) = response.into_parts();
    let shown = format!("{:?}", runtime::Response::new(parts, "body"));
    assert!(!shown.contains("planted"), "{shown}");
    assert!(
        shown.contains("x-rate-limit") && shown.contains("\"60\""),
        "{shown}"
    );
}
