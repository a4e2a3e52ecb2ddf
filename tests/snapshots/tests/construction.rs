//! `new` and the setters build the same values as struct literals: required members in order,
//! optional ones unset until set, `const` members and additional members filled in.

use std::collections::BTreeMap;

use snapshots::construction::{
    ListWidgets, PatchWidgets, PatchWidgetsBody, PutWidget, Upload, UploadBody, Widget, WidgetKind,
};
use snapshots::runtime::{File, Operation};

const BASE: &str = "https://api.example";

#[test]
fn an_operation_from_new_and_setters_is_its_literal() {
    let built = PutWidget::new(
        "acme",
        7,
        10,
        "req-1",
        Widget::new("gear", 3).tags(["a", "b"].map(String::from)),
    )
    .dry_run(true);
    let literal = PutWidget {
        owner: "acme".to_owned(),
        widget_id: 7,
        limit: 10,
        x_request_id: "req-1".to_owned(),
        dry_run: Some(true),
        theme: None,
        body: Widget {
            kind: WidgetKind,
            name: "gear".to_owned(),
            size: Some(3),
            tags: Some(vec!["a".to_owned(), "b".to_owned()]),
            note: None,
            parent: None,
            new: None,
            clone: None,
            r#type: None,
            #[allow(deprecated)]
            legacy_code: None,
            additional_properties: BTreeMap::new(),
        },
    };
    assert_eq!(built, literal);
    let request = built.to_request(BASE).unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example/owners/acme/widgets/7?limit=10&dryRun=true"
    );
    assert_eq!(request.headers()["x-request-id"], "req-1");
    assert_eq!(request.headers().get("cookie"), None);
    assert_eq!(
        std::str::from_utf8(request.body()).unwrap(),
        r#"{"kind":"widget","name":"gear","size":3,"tags":["a","b"]}"#
    );
}

#[test]
fn setters_store_nullable_boxed_keyword_and_renamed_members() {
    let parent = Widget::new("root", None::<i64>);
    let widget = Widget::new("gear", None::<i64>)
        .note(None::<String>)
        .parent(parent.clone())
        .r#type("spur")
        .with_new(true)
        .with_clone("gear-0");
    assert_eq!(widget.size, None);
    assert_eq!(widget.note, Some(None), "set to null, not left out");
    assert_eq!(widget.parent, Some(Box::new(parent)));
    assert_eq!(widget.r#type.as_deref(), Some("spur"));
    assert_eq!(widget.new, Some(true));
    assert_eq!(widget.clone, Some("gear-0".to_owned()));
    let json = serde_json::to_value(&widget).unwrap();
    assert_eq!(json["note"], serde_json::Value::Null);
    assert_eq!(json["new"], true);
    assert_eq!(json["clone"], "gear-0");
}

#[test]
fn deprecated_members_still_have_setters() {
    #[allow(deprecated)]
    let widget = Widget::new("gear", 1).legacy_code("G-1");
    #[allow(deprecated)]
    let code = widget.legacy_code;
    assert_eq!(code.as_deref(), Some("G-1"));
}

#[test]
fn without_required_members_new_is_default() {
    assert_eq!(ListWidgets::new(), ListWidgets::default());
    assert_eq!(ListWidgets::new().page(2).page, Some(2));
    assert_eq!(PatchWidgetsBody::new(), PatchWidgetsBody::default());
    let operation = PatchWidgets::new().body(PatchWidgetsBody::new().color("red"));
    let request = operation.to_request(BASE).unwrap();
    assert_eq!(request.body().as_slice(), br#"{"color":"red"}"#);
}

#[test]
fn multipart_parts_from_new_and_setters() {
    let parts = UploadBody::new(File::new(b"png".to_vec()).name("a.png")).caption("A");
    assert_eq!(parts.caption.as_deref(), Some("A"));
    let request = Upload::new(parts).to_request(BASE).unwrap();
    let body = String::from_utf8_lossy(request.body()).into_owned();
    assert!(body.contains("name=\"caption\"\r\n\r\nA\r\n"), "{body}");
}
