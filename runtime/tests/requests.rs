//! Building requests: path segments, query strings, header values and the full URI.

use runtime::{
    Body, PathBuilder, QueryBuilder, RequestError, Style, append_query, header_value, request,
    request_builder,
};

const SIMPLE: runtime::Encoding = Style::Simple.explode(false);

fn path(value: &str) -> Result<String, RequestError> {
    let mut path = PathBuilder::new();
    path.literal("/items/").parameter("id", value, SIMPLE)?;
    Ok(path.finish())
}

#[test]
fn path_parameters_are_whole_segments() {
    assert_eq!(path("a b/c?d#e%f").unwrap(), "/items/a%20b%2Fc%3Fd%23e%25f");
    assert_eq!(path("/").unwrap(), "/items/%2F");
    assert_eq!(path("?x=1&y=2").unwrap(), "/items/%3Fx%3D1%26y%3D2");
    assert_eq!(path("ü€").unwrap(), "/items/%C3%BC%E2%82%AC");
    // Unreserved characters stay as they are.
    assert_eq!(path("Az09-._~").unwrap(), "/items/Az09-._~");
}

#[test]
fn dot_segments_cannot_climb() {
    // `..` and `.` would be removed by URL parsers (`%2E%2E` too: the WHATWG URL standard
    // decodes it), so they are refused in every spelling, also encoded twice.
    for value in [
        "..",
        ".",
        "%2e",
        "%2E",
        "%2e%2E",
        ".%2e",
        "%2E.",
        "%252e",
        "%252E%252e",
        "%25252e",
    ] {
        let error = path(value).unwrap_err();
        assert!(
            matches!(error, RequestError::DotPathParameter("id")),
            "{value:?}: {error}"
        );
    }
    assert_eq!(
        path("..").unwrap_err().to_string(),
        "path parameter `id` is `.` or `..` (or a percent-encoded spelling of one), which would \
         make the request name another resource"
    );
    // Dots inside a longer value are text.
    for (value, encoded) in [
        ("../admin", "/items/..%2Fadmin"),
        ("...", "/items/..."),
        ("a..", "/items/a.."),
        ("%2e%2e%2e", "/items/%252e%252e%252e"),
    ] {
        assert_eq!(path(value).unwrap(), encoded, "{value:?}");
    }
}

#[test]
fn dot_segments_made_of_several_parameters_are_refused() {
    // `label` style starts with `.`: a value of `.` makes `..`, an empty one `.`.
    let label = Style::Label.explode(false);
    for value in [".", ""] {
        let mut path = PathBuilder::new();
        let error = path
            .literal("/items/")
            .parameter("id", value, label)
            .unwrap_err();
        assert!(
            matches!(error, RequestError::DotPathParameter("id")),
            "{value:?}"
        );
    }
    // Two parameters that are each fine can make `..` together (`{a}{b}`, both `.`… refused
    // already) or a literal can: the finished path is checked again when the URI is built.
    let mut path = PathBuilder::new();
    path.literal("/items/")
        .parameter("a", "x", SIMPLE)
        .unwrap()
        .literal("/..");
    let error =
        request_builder(http::Method::GET, "https://h.example", &path.finish(), "").unwrap_err();
    assert!(matches!(error, RequestError::DotSegment), "{error}");
    for path in ["/a/%2E%2e/b", "/a/./b", "/.."] {
        assert!(
            matches!(
                request_builder(http::Method::DELETE, "https://h.example", path, ""),
                Err(RequestError::DotSegment)
            ),
            "{path}"
        );
    }
}

#[test]
fn empty_path_parameter_is_rejected() {
    let error = path("").unwrap_err();
    assert!(matches!(error, RequestError::EmptyPathParameter("id")));
    assert_eq!(error.to_string(), "path parameter `id` is empty");
}

#[test]
fn literals_and_parameters_alternate() {
    let mut path = PathBuilder::new();
    path.literal("/users/")
        .parameter("user", "u 1", SIMPLE)
        .unwrap()
        .literal("/posts/")
        .parameter("post", &7, SIMPLE)
        .unwrap();
    assert_eq!(path.finish(), "/users/u%201/posts/7");
}

#[test]
fn query_pairs_are_encoded() {
    let mut query = QueryBuilder::new();
    query
        .pair("a b", "x&y=z")
        .pair("q", "ü")
        .pair("plus", "1+1")
        .pair("empty", "")
        .pair("reserved", "/?#%");
    assert_eq!(
        query.finish(),
        "a%20b=x%26y%3Dz&q=%C3%BC&plus=1%2B1&empty=&reserved=%2F%3F%23%25"
    );
    assert_eq!(QueryBuilder::new().finish(), "");
}

#[test]
fn repeated_names_are_kept_in_order() {
    let mut query = QueryBuilder::new();
    query.pair("tag", "b").pair("tag", "a");
    assert_eq!(query.finish(), "tag=b&tag=a");
}

#[test]
fn header_values_reject_line_breaks() {
    assert_eq!(header_value("h", "ok value").unwrap(), "ok value");
    for value in ["evil\r\nInjected: yes", "a\nb", "a\rb", "nul\0"] {
        assert!(
            matches!(
                header_value("h", value),
                Err(RequestError::InvalidHeaderValue("h"))
            ),
            "{value:?}"
        );
    }
}

#[test]
fn base_url_path_and_query_are_joined() {
    let uri = |base: &str, path: &str, query: &str| {
        request_builder(http::Method::GET, base, path, query)
            .unwrap()
            .body(())
            .unwrap()
            .uri()
            .to_string()
    };
    assert_eq!(
        uri("https://h.example/v2/", "/a", "b=1"),
        "https://h.example/v2/a?b=1"
    );
    assert_eq!(
        uri("https://h.example/v2", "/a", ""),
        "https://h.example/v2/a"
    );
}

#[test]
fn invalid_uri_is_an_error_naming_it() {
    let Err(RequestError::InvalidUri { uri, .. }) =
        request_builder(http::Method::GET, "not a url", "/a", "")
    else {
        panic!("an invalid URI was accepted");
    };
    assert_eq!(uri, "not a url/a");
}

#[test]
fn append_query_keeps_the_existing_query() {
    let mut request = http::Request::builder()
        .uri("https://h.example/a?x=1")
        .body(())
        .unwrap();
    append_query(&mut request, "k y", "v&w").unwrap();
    assert_eq!(request.uri(), "https://h.example/a?x=1&k%20y=v%26w");
    let mut request = http::Request::builder()
        .uri("https://h.example/a")
        .body(())
        .unwrap();
    append_query(&mut request, "k", "v").unwrap();
    assert_eq!(request.uri(), "https://h.example/a?k=v");
}

#[test]
fn a_body_sets_the_content_type_and_no_body_sets_none() {
    let json = http::HeaderValue::from_static("application/json");
    let body = Body::json(&serde_json::json!({"a": 1}), json).unwrap();
    let with = request(
        http::Method::POST,
        "https://h.example",
        "/a",
        "",
        Some(body),
    )
    .unwrap();
    assert_eq!(with.headers()["content-type"], "application/json");
    assert_eq!(with.body(), br#"{"a":1}"#);
    let without = request(http::Method::POST, "https://h.example", "/a", "", None).unwrap();
    assert!(without.headers().get("content-type").is_none());
    assert!(without.body().is_empty());
}

#[test]
fn bodiless_post_put_and_patch_say_content_length_zero() {
    for method in [http::Method::POST, http::Method::PUT, http::Method::PATCH] {
        let request = request(method.clone(), "https://h.example", "/a", "", None).unwrap();
        assert_eq!(request.headers()["content-length"], "0", "{method}");
        assert!(request.headers().get("content-type").is_none());
    }
    // Methods without a body say nothing; a body's length is the sender's to write.
    for method in [http::Method::GET, http::Method::DELETE, http::Method::HEAD] {
        let request = request(method.clone(), "https://h.example", "/a", "", None).unwrap();
        assert!(
            request.headers().get("content-length").is_none(),
            "{method}"
        );
    }
    let body = Body::text("hi", http::HeaderValue::from_static("text/plain"));
    let with = request(
        http::Method::POST,
        "https://h.example",
        "/a",
        "",
        Some(body),
    )
    .unwrap();
    assert!(with.headers().get("content-length").is_none());
}

/// OpenAPI 3.2's `in: querystring`: the whole query string from one value.
#[test]
fn a_whole_query_string_is_written_from_form_fields_json_or_text() {
    let mut query = QueryBuilder::new();
    query
        .form(
            &serde_json::json!({"q": "a b", "tags": ["x", "y"], "ids": [1, 2]}),
            &[("ids", Style::Form.explode(false))],
        )
        .unwrap();
    assert_eq!(query.finish(), "q=a%20b&tags=x&tags=y&ids=1,2");

    let mut query = QueryBuilder::new();
    query.json(&serde_json::json!({"a": [1, "b c"]})).unwrap();
    assert_eq!(query.finish(), "%7B%22a%22%3A%5B1%2C%22b%20c%22%5D%7D");

    let mut query = QueryBuilder::new();
    query.text("where=a%3Db&x=ü #1");
    assert_eq!(query.finish(), "where=a%3Db&x=%C3%BC%20%231");

    let mut query = QueryBuilder::new();
    assert!(matches!(
        query.form(&"not an object", &[]),
        Err(RequestError::FormNotAnObject)
    ));
    query.text("");
    assert_eq!(query.finish(), "");
}

#[test]
fn requests_take_methods_by_name_or_as_http_methods() {
    for method in ["QUERY", "COPY"] {
        let built = request(method, "https://api.example.com", "/a", "", None).unwrap();
        assert_eq!(built.method().as_str(), method);
    }
    let built = request(http::Method::GET, "https://api.example.com", "/a", "", None).unwrap();
    assert_eq!(built.method(), http::Method::GET);
    assert!(request("NOT A METHOD", "https://api.example.com", "/a", "", None).is_err());
}
