//! Request bodies: form fields (`application/x-www-form-urlencoded`) with their encodings,
//! `multipart/form-data` parts, text, bytes and files.

use runtime::{Body, Encoding, File, Multipart, PartEncoding, RequestError, Style};
use serde::Serialize;
use serde_json::json;

fn content_type(value: &'static str) -> http::HeaderValue {
    http::HeaderValue::from_static(value)
}

const FORM: &str = "application/x-www-form-urlencoded";

#[derive(Serialize)]
struct Customer {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    metadata: std::collections::BTreeMap<String, String>,
    expand: Vec<String>,
    preferred_locales: Vec<String>,
    address: serde_json::Value,
}

fn customer() -> Customer {
    Customer {
        name: "Jane Doe".into(),
        email: None,
        metadata: [("order_id".to_owned(), "6735".to_owned())].into(),
        expand: vec!["tax".into(), "sources".into()],
        preferred_locales: vec!["en".into(), "fr".into()],
        address: json!({"city": "Paris", "line1": null}),
    }
}

#[test]
fn form_fields_follow_their_encodings_else_form_exploded() {
    let deep = Style::DeepObject.explode(true);
    let body = Body::form(
        &customer(),
        content_type(FORM),
        &[("metadata", deep), ("expand", deep), ("address", deep)],
    )
    .unwrap();
    assert_eq!(body.content_type, FORM);
    assert_eq!(
        String::from_utf8(body.bytes).unwrap(),
        "name=Jane%20Doe\
         &metadata%5Border_id%5D=6735\
         &expand%5B0%5D=tax&expand%5B1%5D=sources\
         &preferred_locales=en&preferred_locales=fr\
         &address%5Bcity%5D=Paris"
    );
}

#[test]
fn form_fields_can_be_json_text_or_keep_reserved_characters() {
    let value = json!({"filter": {"a": [1, 2]}, "url": "https://x.example/?q=1", "gone": null});
    let body = Body::form(
        &value,
        content_type(FORM),
        &[
            ("filter", Encoding::JSON),
            ("url", Style::Form.explode(true).allow_reserved()),
        ],
    )
    .unwrap();
    assert_eq!(
        String::from_utf8(body.bytes).unwrap(),
        "filter=%7B%22a%22%3A%5B1%2C2%5D%7D&url=https://x.example/?q=1&gone="
    );
}

#[test]
fn a_form_body_is_an_object() {
    assert!(matches!(
        Body::form(&[1, 2], content_type(FORM), &[]),
        Err(RequestError::FormNotAnObject)
    ));
}

/// One part of a multipart body: its headers (lowercased names) and bytes.
#[derive(Debug, PartialEq)]
struct Part {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Splits a `multipart/form-data` body at the boundary its content type names.
fn parse_multipart(body: &Body) -> Vec<Part> {
    let content_type = body.content_type.to_str().unwrap();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap();
    let delimiter = format!("--{boundary}");
    let text = body.bytes.as_slice();
    let mut parts = Vec::new();
    let mut rest = text
        .strip_prefix(format!("{delimiter}\r\n").as_bytes())
        .unwrap();
    let separator = format!("\r\n{delimiter}");
    loop {
        let end = rest
            .windows(separator.len())
            .position(|w| w == separator.as_bytes())
            .unwrap();
        let (part, after) = rest.split_at(end);
        let split = part.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let headers = std::str::from_utf8(&part[..split])
            .unwrap()
            .split("\r\n")
            .map(|line| {
                let (name, value) = line.split_once(": ").unwrap();
                (name.to_ascii_lowercase(), value.to_owned())
            })
            .collect();
        parts.push(Part {
            headers,
            body: part[split + 4..].to_vec(),
        });
        let after = &after[separator.len()..];
        if after == b"--\r\n" {
            return parts;
        }
        rest = after.strip_prefix(b"\r\n").unwrap();
    }
}

fn part(disposition: &str, content_type: Option<&str>, body: &[u8]) -> Part {
    let mut headers = vec![("content-disposition".to_owned(), disposition.to_owned())];
    if let Some(content_type) = content_type {
        headers.push(("content-type".to_owned(), content_type.to_owned()));
    }
    Part {
        headers,
        body: body.to_vec(),
    }
}

#[test]
fn multipart_parts_for_files_text_arrays_objects_and_styles() {
    let mut form = Multipart::new();
    let photo = File::new(b"\x89PNG\r\n\x1a\n".to_vec())
        .name("cat \"1\".png")
        .content_type("image/png");
    form.file("photo", &photo, "application/octet-stream").file(
        "raw",
        &File::new(b"abc".to_vec()),
        "application/pdf",
    );
    form.value("title", &"Hello", PartEncoding::Default)
        .unwrap()
        .value("count", &3, PartEncoding::Default)
        .unwrap()
        .value("tags", &["a", "b"], PartEncoding::Default)
        .unwrap()
        .value("meta", &json!({"k": 1}), PartEncoding::Default)
        .unwrap()
        .value("note", &Option::<String>::None, PartEncoding::Default)
        .unwrap()
        .value("doc", &"<a/>", PartEncoding::ContentType("application/xml"))
        .unwrap()
        .value(
            "link",
            &json!({"create": true, "metadata": {"a": "b"}}),
            PartEncoding::Style(Style::DeepObject.explode(true)),
        )
        .unwrap();
    let body = form.finish();
    assert_eq!(
        body.content_type,
        "multipart/form-data; boundary=----runtime-boundary-0"
    );
    assert_eq!(
        parse_multipart(&body),
        [
            part(
                r#"form-data; name="photo"; filename="cat %221%22.png""#,
                Some("image/png"),
                b"\x89PNG\r\n\x1a\n"
            ),
            part(
                r#"form-data; name="raw"; filename="raw""#,
                Some("application/pdf"),
                b"abc"
            ),
            part(r#"form-data; name="title""#, None, b"Hello"),
            part(r#"form-data; name="count""#, None, b"3"),
            part(r#"form-data; name="tags""#, None, b"a"),
            part(r#"form-data; name="tags""#, None, b"b"),
            part(
                r#"form-data; name="meta""#,
                Some("application/json"),
                br#"{"k":1}"#
            ),
            part(r#"form-data; name="doc""#, Some("application/xml"), b"<a/>"),
            part(r#"form-data; name="link[create]""#, None, b"true"),
            part(r#"form-data; name="link[metadata][a]""#, None, b"b"),
        ]
    );
}

#[test]
fn the_boundary_is_one_no_part_contains() {
    let mut form = Multipart::new();
    form.value(
        "text",
        &"----runtime-boundary-0 and ----runtime-boundary-1",
        PartEncoding::Default,
    )
    .unwrap();
    let body = form.finish();
    assert_eq!(
        body.content_type,
        "multipart/form-data; boundary=----runtime-boundary-2"
    );
    assert_eq!(parse_multipart(&body).len(), 1);
}

#[test]
fn text_bytes_and_files() {
    let text = Body::text("Hello **world**", content_type("text/plain"));
    assert_eq!(text.bytes, b"Hello **world**");
    let bytes = Body::bytes(&[0, 1, 2], content_type("application/octet-stream"));
    assert_eq!(bytes.bytes, [0, 1, 2]);
    let file = Body::file(&File::new(b"x".to_vec()).content_type("image/gif")).unwrap();
    assert_eq!(file.content_type, "image/gif");
    let unknown = Body::file(&File::new(b"x".to_vec())).unwrap();
    assert_eq!(unknown.content_type, "application/octet-stream");
    assert!(matches!(
        Body::file(&File::new(Vec::new()).content_type("a\nb")),
        Err(RequestError::InvalidHeaderValue(_))
    ));
}

#[test]
fn a_file_debug_shows_its_size_not_its_bytes() {
    let file = File::new(vec![7; 1000]).name("a.bin");
    assert_eq!(
        format!("{file:?}"),
        r#"File { name: Some("a.bin"), content_type: None, bytes: <1000 bytes> }"#
    );
}
