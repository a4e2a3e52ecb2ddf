//! The ready client, without a network: what it would send.

#![cfg(feature = "client")]

use runtime::client::{Client, Error};
use runtime::{
    Auth, AuthError, ByteStream, Decode, Operation, RequestError, ResponseError, SchemeKind,
    SecurityScheme,
};

const BEARER: SecurityScheme = SecurityScheme {
    name: "bearerAuth",
    kind: SchemeKind::Bearer,
};

/// `DELETE /things/{id}`, needing a bearer token.
struct DeleteThing {
    id: String,
}

/// The one documented response of [`DeleteThing`]: `204`.
struct Deleted;

impl Operation for DeleteThing {
    type Response = Deleted;
    const METHOD: &'static str = "DELETE";
    const PATH: &'static str = "/things/{id}";
    const SECURITY: &'static [&'static [SecurityScheme]] = &[&[BEARER]];

    fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/things/").parameter(
            "id",
            &self.id,
            runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        Ok(runtime::request_builder(Self::METHOD, base_url, &path, "")?.body(Vec::new())?)
    }
}

impl Decode for Deleted {
    fn decode(parts: &http::response::Parts, body: ByteStream) -> Result<Self, ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(Deleted),
            _ => Err(ResponseError::unexpected(parts, body)),
        }
    }
}

#[test]
fn prepared_request_is_built_and_authorized() {
    let client = Client::builder("https://api.example/v1")
        .auth(Auth::new().token(BEARER, "t0k"))
        .build()
        .unwrap();
    assert_eq!(client.base_url(), "https://api.example/v1");
    let request = client.prepare(&DeleteThing { id: "a b".into() }).unwrap();
    assert_eq!(request.method(), http::Method::DELETE);
    assert_eq!(request.uri(), "https://api.example/v1/things/a%20b");
    assert_eq!(request.headers()[http::header::AUTHORIZATION], "Bearer t0k");
    assert!(!format!("{client:?}").contains("t0k"));
}

#[test]
fn missing_credentials_fail_before_anything_is_sent() {
    let client = Client::builder("https://api.example").build().unwrap();
    assert!(matches!(
        client.prepare(&DeleteThing { id: "1".into() }),
        Err(Error::Auth(AuthError::MissingCredentials(_)))
    ));
    assert!(matches!(
        client.prepare(&DeleteThing { id: String::new() }),
        Err(Error::Request(RequestError::EmptyPathParameter("id")))
    ));
}
