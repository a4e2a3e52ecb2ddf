//! The requests the generated fixture code builds: parameters in every style, and every kind of
//! request body, byte for byte.

use std::collections::BTreeMap;

use snapshots::runtime::{File, Operation};
use snapshots::{
    parameter_composition, parameter_styles_header_cookie, parameter_styles_path,
    parameter_styles_query, request_body_binary, request_body_form, request_body_multipart,
    request_body_text, request_body_vendor_json,
};

const BASE: &str = "https://api.example";

fn header<'a>(request: &'a http::Request<Vec<u8>>, name: &str) -> Option<&'a str> {
    request.headers().get(name).map(|v| v.to_str().unwrap())
}

fn body_text(request: &http::Request<Vec<u8>>) -> &str {
    std::str::from_utf8(request.body()).unwrap()
}

#[test]
fn path_parameters_in_each_style() {
    let rgb = || parameter_styles_path::Rgb {
        r: Some(100),
        g: Some(200),
        b: Some(150),
    };
    let colors = || vec!["blue".to_owned(), "black".to_owned()];
    let simple = parameter_styles_path::SimpleStyle {
        color: "blue".into(),
        colors: colors(),
        rgb: rgb(),
    };
    assert_eq!(
        simple.to_request(BASE).unwrap().uri(),
        "https://api.example/simple/blue/blue,black/R=100,G=200,B=150"
    );
    let label = parameter_styles_path::LabelStyle {
        color: "blue".into(),
        colors: colors(),
        rgb: rgb(),
    };
    assert_eq!(
        label.to_request(BASE).unwrap().uri(),
        "https://api.example/label.blue/.blue.black.R,100,G,200,B,150"
    );
    let matrix = parameter_styles_path::MatrixStyle {
        color: "blue".into(),
        colors: colors(),
        rgb: rgb(),
    };
    assert_eq!(
        matrix.to_request(BASE).unwrap().uri(),
        "https://api.example/matrix;color=blue;colors=blue;colors=black;rgb=R,100,G,200,B,150"
    );
}

#[test]
fn query_parameters_in_each_style() {
    let operation = parameter_styles_query::ListCharges {
        created: Some(parameter_styles_query::ListChargesCreated {
            gte: Some(1_700_000_000),
            lt: None,
        }),
        expand: Some(vec!["data.customer".into(), "data.invoice".into()]),
        ids: Some(vec![1, 2]),
        filter: Some(parameter_styles_query::ListChargesFilter {
            status: Some("paid".into()),
        }),
        words: Some(vec!["a".into(), "b".into()]),
        sizes: Some(vec!["S".into(), "M".into()]),
        next: Some("/charges?page=2".into()),
        coordinates: Some(parameter_styles_query::ListChargesCoordinates {
            lat: 1.5,
            long: 2.0,
        }),
    };
    let request = operation.to_request(BASE).unwrap();
    assert_eq!(
        request.uri().query().unwrap(),
        "created%5Bgte%5D=1700000000\
         &expand%5B0%5D=data.customer&expand%5B1%5D=data.invoice\
         &ids=1,2\
         &status=paid\
         &words=a%20b\
         &sizes=S%7CM\
         &next=/charges?page=2\
         &coordinates=%7B%22lat%22%3A1.5%2C%22long%22%3A2.0%7D"
    );
    let none = parameter_styles_query::ListCharges::default();
    assert_eq!(none.to_request(BASE).unwrap().uri().query(), None);
}

#[test]
fn header_and_cookie_parameters() {
    let operation = parameter_styles_header_cookie::ReadProfile {
        x_trace: "t-1".into(),
        x_ids: Some(vec![3, 4]),
        x_point: Some(parameter_styles_header_cookie::ReadProfileXPoint {
            x: Some(1),
            y: Some(2),
        }),
        x_context: Some(parameter_styles_header_cookie::ReadProfileXContext {
            tenant: Some("acme".into()),
        }),
        account_id: "a 1".into(),
        features: Some(vec!["a".into(), "b".into()]),
        prefs: Some(parameter_styles_header_cookie::ReadProfilePrefs {
            theme: Some("dark".into()),
        }),
    };
    let request = operation.to_request(BASE).unwrap();
    assert_eq!(header(&request, "x-trace"), Some("t-1"));
    assert_eq!(header(&request, "x-ids"), Some("3,4"));
    assert_eq!(header(&request, "x-point"), Some("x=1,y=2"));
    assert_eq!(header(&request, "x-context"), Some(r#"{"tenant":"acme"}"#));
    assert_eq!(
        header(&request, "cookie"),
        Some("account_id=a%201; features=a,b; theme=dark")
    );
}

#[test]
fn a_composed_path_parameter_is_written_through_its_serialization() {
    use parameter_composition::GetWorkflowWorkflowId as WorkflowId;
    let operation = |workflow_id: WorkflowId| parameter_composition::GetWorkflow {
        owner: "octo".into(),
        repo: "hello".into(),
        workflow_id,
    };
    let by_id = operation(WorkflowId::Integer(161_335))
        .to_request(BASE)
        .unwrap();
    assert_eq!(
        by_id.uri(),
        "https://api.example/repos/octo/hello/actions/workflows/161335"
    );
    let by_name = operation(WorkflowId::String("main.yml".to_owned()))
        .to_request(BASE)
        .unwrap();
    assert_eq!(
        by_name.uri(),
        "https://api.example/repos/octo/hello/actions/workflows/main.yml"
    );
}

#[test]
fn form_body_with_nested_fields() {
    let operation = request_body_form::CreateCustomer {
        body: request_body_form::CreateCustomerBody {
            name: "Jane Doe".into(),
            metadata: Some(BTreeMap::from([("order_id".into(), "6735".into())])),
            address: Some(request_body_form::CreateCustomerBodyAddress {
                city: Some("Paris".into()),
                line1: None,
            }),
            items: Some(vec![request_body_form::CreateCustomerBodyItemsItem {
                price: Some("price_1".into()),
                quantity: Some(2),
            }]),
            expand: Some(vec!["tax".into()]),
            preferred_locales: Some(vec!["en".into(), "fr".into()]),
            tags: Some(vec!["a".into(), "b".into()]),
            settings: Some(request_body_form::CreateCustomerBodySettings {
                theme: Some("dark".into()),
            }),
            return_url: Some("https://shop.example/done?x=1".into()),
        },
    };
    let request = operation.to_request(BASE).unwrap();
    assert_eq!(
        header(&request, "content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        body_text(&request),
        "name=Jane%20Doe\
         &metadata%5Border_id%5D=6735\
         &address%5Bcity%5D=Paris\
         &items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2\
         &expand%5B0%5D=tax\
         &preferred_locales=en&preferred_locales=fr\
         &tags=a,b\
         &settings=%7B%22theme%22%3A%22dark%22%7D\
         &return_url=https://shop.example/done?x=1"
    );
}

/// The parts of a multipart body: (content-disposition, content-type, body).
fn parts(request: &http::Request<Vec<u8>>) -> Vec<(String, Option<String>, Vec<u8>)> {
    let content_type = header(request, "content-type").unwrap();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap();
    let body = request.body();
    let delimiter = format!("--{boundary}");
    let text = String::from_utf8_lossy(body).into_owned();
    assert!(text.ends_with(&format!("{delimiter}--\r\n")), "{text}");
    text.split(&delimiter)
        .skip(1)
        .filter(|part| *part != "--\r\n")
        .map(|part| {
            let part = part.strip_prefix("\r\n").unwrap();
            let part = part.strip_suffix("\r\n").unwrap();
            let (head, content) = part.split_once("\r\n\r\n").unwrap();
            let mut disposition = String::new();
            let mut part_type = None;
            for line in head.split("\r\n") {
                match line.split_once(": ").unwrap() {
                    ("Content-Disposition", value) => disposition = value.to_owned(),
                    ("Content-Type", value) => part_type = Some(value.to_owned()),
                    other => panic!("unexpected part header {other:?}"),
                }
            }
            (disposition, part_type, content.as_bytes().to_vec())
        })
        .collect()
}

#[test]
fn multipart_body_with_files_text_and_arrays() {
    let operation = request_body_multipart::UploadMedia {
        body: request_body_multipart::UploadMediaBody {
            media: File::new(b"PNG".to_vec()).name("cat.png"),
            thumbnails: Some(vec![
                File::new(b"t1".to_vec())
                    .name("t1.jpg")
                    .content_type("image/jpeg"),
                File::new(b"t2".to_vec()),
            ]),
            title: "A cat".into(),
            ttl_secs: Some(60),
            tags: Some(vec!["cat".into(), "cute".into()]),
            details: Some(request_body_multipart::UploadMediaBodyDetails {
                author: Some("Ann".into()),
            }),
            link_data: Some(request_body_multipart::UploadMediaBodyLinkData { create: Some(true) }),
            signature: None,
        },
    };
    let request = operation.to_request(BASE).unwrap();
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        parts(&request),
        [
            (
                r#"form-data; name="media"; filename="cat.png""#.to_owned(),
                some("image/png"),
                b"PNG".to_vec()
            ),
            (
                r#"form-data; name="thumbnails"; filename="t1.jpg""#.to_owned(),
                some("image/jpeg"),
                b"t1".to_vec()
            ),
            (
                r#"form-data; name="thumbnails"; filename="thumbnails""#.to_owned(),
                some("application/octet-stream"),
                b"t2".to_vec()
            ),
            (
                r#"form-data; name="title""#.to_owned(),
                None,
                b"A cat".to_vec()
            ),
            (
                r#"form-data; name="ttl_secs""#.to_owned(),
                None,
                b"60".to_vec()
            ),
            (
                r#"form-data; name="tags""#.to_owned(),
                None,
                b"cat".to_vec()
            ),
            (
                r#"form-data; name="tags""#.to_owned(),
                None,
                b"cute".to_vec()
            ),
            (
                r#"form-data; name="details""#.to_owned(),
                some("application/json"),
                br#"{"author":"Ann"}"#.to_vec()
            ),
            (
                r#"form-data; name="link_data[create]""#.to_owned(),
                None,
                b"true".to_vec()
            ),
        ]
    );
    // An optional multipart body that is absent sends nothing.
    let replace = request_body_multipart::ReplaceMedia {
        id: "m1".into(),
        body: None,
    };
    let request = replace.to_request(BASE).unwrap();
    assert!(request.body().is_empty());
    assert_eq!(header(&request, "content-type"), None);
}

#[test]
fn text_bytes_files_and_vendor_json() {
    let markdown = request_body_text::RenderRaw {
        body: Some("Hello **world**".into()),
    };
    let request = markdown.to_request(BASE).unwrap();
    assert_eq!(header(&request, "content-type"), Some("text/plain"));
    assert_eq!(body_text(&request), "Hello **world**");
    let empty = request_body_text::RenderRaw { body: None };
    assert!(empty.to_request(BASE).unwrap().body().is_empty());

    let asset = request_body_binary::UploadReleaseAsset {
        release_id: 7,
        name: "app.zip".into(),
        body: Some(vec![0x50, 0x4b, 0x03, 0x04]),
    };
    let request = asset.to_request(BASE).unwrap();
    assert_eq!(
        header(&request, "content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(request.body(), &[0x50, 0x4b, 0x03, 0x04]);
    let blob = request_body_binary::StoreBlob {
        body: File::new(b"GIF89a".to_vec()).content_type("image/gif"),
    };
    let request = blob.to_request(BASE).unwrap();
    assert_eq!(header(&request, "content-type"), Some("image/gif"));

    let repo = request_body_vendor_json::CreateRepo {
        body: request_body_vendor_json::CreateRepoBody {
            name: Some("hello".into()),
        },
    };
    let request = repo.to_request(BASE).unwrap();
    assert_eq!(
        header(&request, "content-type"),
        Some("application/vnd.github+json")
    );
    assert_eq!(body_text(&request), r#"{"name":"hello"}"#);
}
