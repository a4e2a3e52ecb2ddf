//! Decoding responses through an operation written the way the generator writes them: documented
//! statuses decode, everything else is an error that keeps what the server sent.

use std::error::Error as _;

use runtime::{Operation, RequestError, ResponseError, ResponseErrorKind, SecurityScheme};

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Pet {
    id: u64,
    name: String,
}

#[derive(Debug, PartialEq)]
enum GetPetResponse {
    Ok(Pet),
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

    fn from_response(response: http::Response<Vec<u8>>) -> Result<GetPetResponse, ResponseError> {
        let status = response.status();
        let (parts, body) = response.into_parts();
        Ok(match status.as_u16() {
            200 => GetPetResponse::Ok(runtime::json_body(parts, body)?),
            404 => GetPetResponse::NotFound,
            _ => return Err(ResponseError::unexpected(parts, body)),
        })
    }
}

fn response(status: u16, body: &[u8]) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(status)
        .header("x-request-id", "r-1")
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
    let GetPetResponse::Ok(pet) = decoded else {
        panic!("{decoded:?}")
    };
    assert_eq!((pet.id, pet.name.as_str()), (7, "Rex"));
    assert_eq!(
        GetPet::from_response(response(404, b"not json at all")).unwrap(),
        GetPetResponse::NotFound
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
    assert!(error.source().is_some());
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

/// A field that may be absent, `null` or set, as the generator declares it.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Patch {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "runtime::double_option"
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
