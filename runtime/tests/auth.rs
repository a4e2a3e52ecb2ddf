//! Credentials: where each kind of scheme puts its credential, which alternative is chosen, the
//! signer, and that secrets stay out of `Debug` output.

use runtime::{Auth, AuthError, Credential, Redacted, SchemeKind, Secret, SecurityScheme, Signer};

const BEARER: SecurityScheme = SecurityScheme {
    name: "bearerAuth",
    kind: SchemeKind::Bearer,
};
const BASIC: SecurityScheme = SecurityScheme {
    name: "basic",
    kind: SchemeKind::Basic,
};
const HEADER_KEY: SecurityScheme = SecurityScheme {
    name: "headerKey",
    kind: SchemeKind::ApiKeyHeader("X-Api-Key"),
};
const QUERY_KEY: SecurityScheme = SecurityScheme {
    name: "key",
    kind: SchemeKind::ApiKeyQuery("api key"),
};
const COOKIE_KEY: SecurityScheme = SecurityScheme {
    name: "cookieKey",
    kind: SchemeKind::ApiKeyCookie("sid"),
};

fn request() -> http::Request<Vec<u8>> {
    http::Request::builder()
        .uri("https://h.example/a?x=1")
        .body(Vec::new())
        .unwrap()
}

/// The request after `auth` authorized it for `requirements`.
fn authorized(
    auth: &Auth,
    requirements: &[&[SecurityScheme]],
) -> Result<http::Request<Vec<u8>>, AuthError> {
    let mut request = request();
    auth.authorize(&mut request, requirements, "https://h.example")?;
    Ok(request)
}

fn basic(username: &str, password: &str) -> Credential {
    Credential::Basic {
        username: username.into(),
        password: password.into(),
    }
}

#[test]
fn secret_debug_is_redacted() {
    let secret = Secret::new("hunter2");
    assert_eq!(format!("{secret:?}"), "<redacted>");
    assert_eq!(format!("{:?}", Redacted), "<redacted>");
    assert_eq!(secret.expose(), "hunter2");
    assert_eq!(Secret::from("hunter2"), Secret::from("hunter2".to_owned()));
    assert!(!format!("{:?}", basic("u", "hunter2")).contains("hunter2"));
    assert!(!format!("{:?}", Credential::Token(secret)).contains("hunter2"));
    let auth = Auth::new()
        .token(BEARER, "hunter2")
        .with(BASIC, basic("u", "hunter2"));
    let debug = format!("{auth:?}");
    assert!(!debug.contains("hunter2"), "{debug}");
    assert!(debug.contains("bearerAuth"), "{debug}");
}

#[test]
fn bearer_token_goes_in_the_authorization_header() {
    let request = authorized(&Auth::new().token(BEARER, "t0k"), &[&[BEARER]]).unwrap();
    let value = &request.headers()[http::header::AUTHORIZATION];
    assert_eq!(value, "Bearer t0k");
    assert!(value.is_sensitive());
    assert_eq!(request.uri(), "https://h.example/a?x=1");
}

#[test]
fn basic_credentials_are_base64_encoded() {
    let auth = Auth::new().with(BASIC, basic("aladdin", "opensesame"));
    let request = authorized(&auth, &[&[BASIC]]).unwrap();
    let value = &request.headers()[http::header::AUTHORIZATION];
    assert_eq!(value, "Basic YWxhZGRpbjpvcGVuc2VzYW1l");
    assert!(value.is_sensitive());
}

#[test]
fn api_key_goes_in_its_header() {
    let request = authorized(&Auth::new().token(HEADER_KEY, "k1"), &[&[HEADER_KEY]]).unwrap();
    assert_eq!(request.headers()["x-api-key"], "k1");
    assert!(request.headers()["x-api-key"].is_sensitive());
}

#[test]
fn api_key_goes_in_the_query_encoded() {
    let request = authorized(&Auth::new().token(QUERY_KEY, "k&1"), &[&[QUERY_KEY]]).unwrap();
    assert_eq!(request.uri(), "https://h.example/a?x=1&api%20key=k%261");
    assert!(request.headers().is_empty());
}

#[test]
fn api_key_goes_in_a_cookie_beside_existing_ones() {
    let request = authorized(&Auth::new().token(COOKIE_KEY, "a b;c"), &[&[COOKIE_KEY]]).unwrap();
    assert_eq!(request.headers()[http::header::COOKIE], "sid=a%20b%3Bc");
    let mut request = request_with_cookie("theme=dark");
    Auth::new()
        .token(COOKIE_KEY, "s1")
        .authorize(&mut request, &[&[COOKIE_KEY]], "")
        .unwrap();
    assert_eq!(
        request.headers()[http::header::COOKIE],
        "theme=dark; sid=s1"
    );
}

fn request_with_cookie(cookie: &str) -> http::Request<Vec<u8>> {
    let mut request = request();
    request.headers_mut().insert(
        http::header::COOKIE,
        http::HeaderValue::from_str(cookie).unwrap(),
    );
    request
}

#[test]
fn first_satisfiable_alternative_is_applied() {
    let auth = Auth::new().token(QUERY_KEY, "k");
    let request = authorized(&auth, &[&[BEARER], &[QUERY_KEY]]).unwrap();
    assert_eq!(request.uri(), "https://h.example/a?x=1&api%20key=k");
    assert!(request.headers().is_empty());
}

#[test]
fn every_scheme_of_the_chosen_alternative_is_applied() {
    let auth = Auth::new()
        .token(BEARER, "t")
        .token(HEADER_KEY, "k")
        .token(QUERY_KEY, "q");
    let request = authorized(&auth, &[&[BEARER, HEADER_KEY]]).unwrap();
    assert_eq!(request.headers()[http::header::AUTHORIZATION], "Bearer t");
    assert_eq!(request.headers()["x-api-key"], "k");
    // A credential the chosen alternative does not name is not sent.
    assert_eq!(request.uri(), "https://h.example/a?x=1");
}

#[test]
fn a_later_credential_replaces_an_earlier_one() {
    let auth = Auth::new().token(BEARER, "old").token(BEARER, "new");
    let request = authorized(&auth, &[&[BEARER]]).unwrap();
    assert_eq!(request.headers()[http::header::AUTHORIZATION], "Bearer new");
}

#[test]
fn missing_credentials_name_the_alternatives() {
    let error = authorized(&Auth::new(), &[&[BEARER], &[QUERY_KEY, BASIC]]).unwrap_err();
    assert!(matches!(error, AuthError::MissingCredentials(_)));
    assert_eq!(
        error.to_string(),
        "no credentials for any of the accepted ways to authenticate: bearerAuth or key + basic"
    );
    // Half of an alternative is not enough.
    let auth = Auth::new().token(QUERY_KEY, "k");
    assert!(matches!(
        authorized(&auth, &[&[QUERY_KEY, BASIC]]),
        Err(AuthError::MissingCredentials(_))
    ));
}

#[test]
fn no_requirements_need_no_credentials() {
    assert_eq!(
        authorized(&Auth::new(), &[]).unwrap().uri(),
        "https://h.example/a?x=1"
    );
    // An empty alternative (`security: [{}, …]`) makes authentication optional.
    assert!(authorized(&Auth::new(), &[&[BEARER], &[]]).is_ok());
}

#[test]
fn wrong_kind_of_credential_is_refused() {
    let error = authorized(&Auth::new().token(BASIC, "x"), &[&[BASIC]]).unwrap_err();
    assert!(matches!(error, AuthError::WrongCredential("basic")));
    let auth = Auth::new().with(BEARER, basic("u", "p"));
    assert!(matches!(
        authorized(&auth, &[&[BEARER]]),
        Err(AuthError::WrongCredential("bearerAuth"))
    ));
}

#[test]
fn credential_that_is_not_a_header_value_is_refused() {
    for (scheme, name) in [(BEARER, "bearerAuth"), (HEADER_KEY, "headerKey")] {
        let error = authorized(&Auth::new().token(scheme, "a\nb"), &[&[scheme]]).unwrap_err();
        assert!(
            matches!(error, AuthError::InvalidCredential(n) if n == name),
            "{error:?}"
        );
    }
    // Basic credentials and cookie keys are encoded, so a line break cannot reach a header.
    let auth = Auth::new()
        .with(BASIC, basic("u", "p\r\nX: y"))
        .token(COOKIE_KEY, "c\r\nX: y");
    let request = authorized(&auth, &[&[BASIC, COOKIE_KEY]]).unwrap();
    assert_eq!(
        request.headers()[http::header::AUTHORIZATION],
        "Basic dTpwDQpYOiB5"
    );
    assert_eq!(
        request.headers()[http::header::COOKIE],
        "sid=c%0D%0AX%3A%20y"
    );
}

/// Writes `X-Signature` over the request as it stands, and stands in for `signed`.
struct TestSigner;

impl Signer for TestSigner {
    fn schemes(&self) -> &[&str] {
        &["signed"]
    }

    fn sign(
        &self,
        request: &mut http::Request<Vec<u8>>,
        base_url: &str,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let bearer = request
            .headers()
            .get(http::header::AUTHORIZATION)
            .map_or("none", |v| v.to_str().unwrap_or("?"));
        let signature = format!("{base_url} {bearer}");
        request
            .headers_mut()
            .insert("x-signature", http::HeaderValue::from_str(&signature)?);
        Ok(())
    }
}

const SIGNED: SecurityScheme = SecurityScheme {
    name: "signed",
    kind: SchemeKind::ApiKeyHeader("X-Signed"),
};

#[test]
fn signer_runs_after_credentials_and_stands_in_for_its_schemes() {
    let auth = Auth::new().token(BEARER, "t").signer(TestSigner);
    let request = authorized(&auth, &[&[BEARER, SIGNED]]).unwrap();
    assert_eq!(
        request.headers()["x-signature"],
        "https://h.example Bearer t"
    );
    // The signer writes its scheme's value itself: no static credential is sent for it.
    assert!(request.headers().get("x-signed").is_none());
    // It also signs requests that need no credentials.
    let request = authorized(&Auth::new().signer(TestSigner), &[]).unwrap();
    assert_eq!(request.headers()["x-signature"], "https://h.example none");
    assert!(format!("{auth:?}").contains("signer: true"));
}

struct FailingSigner;

impl Signer for FailingSigner {
    fn sign(
        &self,
        _: &mut http::Request<Vec<u8>>,
        _: &str,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        Err("clock unavailable".into())
    }
}

#[test]
fn signer_failure_is_an_auth_error() {
    let error = authorized(&Auth::new().signer(FailingSigner), &[]).unwrap_err();
    assert!(matches!(error, AuthError::Signing(_)));
    assert_eq!(error.to_string(), "signing failed: clock unavailable");
}
