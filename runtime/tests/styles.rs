//! Parameter styles: one test per row of the "Style Examples" table of the OpenAPI
//! Specification's Parameter Object (3.1.1, which corrects the 3.0.3/3.1.0 table in its `label`
//! rows and percent-encodes `|`, `[` and `]`), for a parameter `color` that is undefined,
//! `"blue"`, `["blue", "black", "brown"]` or `{"R": 100, "G": 200, "B": 150}`. Then what the
//! table leaves open: nesting in `deepObject`, `allowReserved`, JSON text, cookies.

use runtime::{
    CookieBuilder, Encoding, PathBuilder, QueryBuilder, RequestError, Style, header_parameter,
};
use serde::Serialize;
use serde_json::{Value, json};

/// The object of the table, as a struct: its members keep their order whatever map type
/// `serde_json` uses.
#[derive(Serialize)]
#[allow(non_snake_case)]
struct Rgb {
    R: u8,
    G: u8,
    B: u8,
}

const RGB: Rgb = Rgb {
    R: 100,
    G: 200,
    B: 150,
};

/// The undefined, string, array and object columns of a row, in that order.
struct Row {
    undefined: &'static str,
    string: &'static str,
    array: &'static str,
    object: &'static str,
}

fn path(value: &impl Serialize, encoding: Encoding) -> Result<String, RequestError> {
    let mut path = PathBuilder::new();
    path.parameter("color", value, encoding)?;
    Ok(path.finish())
}

fn query(value: &impl Serialize, encoding: Encoding) -> String {
    let mut query = QueryBuilder::new();
    query.parameter("color", value, encoding).unwrap();
    query.finish()
}

fn header(value: &impl Serialize, encoding: Encoding) -> String {
    let value = header_parameter("color", value, encoding).unwrap();
    value.to_str().unwrap().to_owned()
}

/// Checks a path row: every column as `PathBuilder` writes it.
fn path_row(encoding: Encoding, row: &Row) {
    if row.undefined == "." {
        // `label` of an undefined value is `.`: alone in a segment, URL parsers would remove it.
        assert!(matches!(
            path(&Value::Null, encoding),
            Err(RequestError::DotPathParameter("color"))
        ));
    } else {
        assert_eq!(path(&Value::Null, encoding).unwrap(), row.undefined);
    }
    assert_eq!(path(&"blue", encoding).unwrap(), row.string);
    assert_eq!(
        path(&["blue", "black", "brown"], encoding).unwrap(),
        row.array
    );
    assert_eq!(path(&RGB, encoding).unwrap(), row.object);
}

/// Checks the columns of a query row that the table fills in.
fn query_row(encoding: Encoding, row: &Row) {
    let columns = [
        (query(&Value::Null, encoding), row.undefined),
        (query(&"blue", encoding), row.string),
        (query(&["blue", "black", "brown"], encoding), row.array),
        (query(&RGB, encoding), row.object),
    ];
    for (written, expected) in columns {
        if expected != "n/a" {
            assert_eq!(written, expected);
        }
    }
}

#[test]
fn matrix_not_exploded() {
    path_row(
        Style::Matrix.explode(false),
        &Row {
            undefined: ";color",
            string: ";color=blue",
            array: ";color=blue,black,brown",
            object: ";color=R,100,G,200,B,150",
        },
    );
}

#[test]
fn matrix_exploded() {
    path_row(
        Style::Matrix.explode(true),
        &Row {
            undefined: ";color",
            string: ";color=blue",
            array: ";color=blue;color=black;color=brown",
            object: ";R=100;G=200;B=150",
        },
    );
}

#[test]
fn label_not_exploded() {
    path_row(
        Style::Label.explode(false),
        &Row {
            undefined: ".",
            string: ".blue",
            array: ".blue,black,brown",
            object: ".R,100,G,200,B,150",
        },
    );
}

#[test]
fn label_exploded() {
    path_row(
        Style::Label.explode(true),
        &Row {
            undefined: ".",
            string: ".blue",
            array: ".blue.black.brown",
            object: ".R=100.G=200.B=150",
        },
    );
}

/// `simple` is the style of path and header parameters. An empty path segment would change the
/// resource, so the undefined value is an error in a path and an empty header value.
fn simple_row(explode: bool, row: &Row) {
    let encoding = Style::Simple.explode(explode);
    assert!(matches!(
        path(&Value::Null, encoding),
        Err(RequestError::EmptyPathParameter("color"))
    ));
    assert_eq!(header(&Value::Null, encoding), row.undefined);
    let columns = [
        (json!("blue"), row.string),
        (json!(["blue", "black", "brown"]), row.array),
        (serde_json::to_value(RGB).unwrap(), row.object),
    ];
    for (value, expected) in columns {
        assert_eq!(path(&value, encoding).unwrap(), expected);
        assert_eq!(header(&value, encoding), expected);
    }
}

#[test]
fn simple_not_exploded() {
    simple_row(
        false,
        &Row {
            undefined: "",
            string: "blue",
            array: "blue,black,brown",
            object: "R,100,G,200,B,150",
        },
    );
}

#[test]
fn simple_exploded() {
    simple_row(
        true,
        &Row {
            undefined: "",
            string: "blue",
            array: "blue,black,brown",
            object: "R=100,G=200,B=150",
        },
    );
}

#[test]
fn form_not_exploded() {
    query_row(
        Style::Form.explode(false),
        &Row {
            undefined: "color=",
            string: "color=blue",
            array: "color=blue,black,brown",
            object: "color=R,100,G,200,B,150",
        },
    );
}

#[test]
fn form_exploded() {
    query_row(
        Style::Form.explode(true),
        &Row {
            undefined: "color=",
            string: "color=blue",
            array: "color=blue&color=black&color=brown",
            object: "R=100&G=200&B=150",
        },
    );
}

#[test]
fn space_delimited() {
    query_row(
        Style::SpaceDelimited.explode(false),
        &Row {
            undefined: "n/a",
            string: "n/a",
            array: "color=blue%20black%20brown",
            object: "color=R%20100%20G%20200%20B%20150",
        },
    );
}

#[test]
fn pipe_delimited() {
    query_row(
        Style::PipeDelimited.explode(false),
        &Row {
            undefined: "n/a",
            string: "n/a",
            array: "color=blue%7Cblack%7Cbrown",
            object: "color=R%7C100%7CG%7C200%7CB%7C150",
        },
    );
}

#[test]
fn deep_object() {
    query_row(
        Style::DeepObject.explode(true),
        &Row {
            undefined: "n/a",
            string: "n/a",
            array: "n/a",
            object: "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
        },
    );
}

// ----- Beyond the table ------------------------------------------------------------------------

#[test]
fn deep_objects_nest_and_number_array_items_as_stripe_does() {
    let mut query = QueryBuilder::new();
    let deep = Style::DeepObject.explode(true);
    query
        .parameter("created", &json!({"gte": 1_700_000_000, "lt": null}), deep)
        .unwrap()
        .parameter("expand", &["data.customer", "data.invoice"], deep)
        .unwrap()
        .parameter(
            "items",
            &json!([{"price": "p_1", "tax": {"rates": ["a b"]}}]),
            deep,
        )
        .unwrap()
        // A primitive (Stripe's `created` is an integer or a range object).
        .parameter("since", &5, deep)
        .unwrap();
    assert_eq!(
        query.finish(),
        "created%5Bgte%5D=1700000000\
         &expand%5B0%5D=data.customer&expand%5B1%5D=data.invoice\
         &items%5B0%5D%5Bprice%5D=p_1&items%5B0%5D%5Btax%5D%5Brates%5D%5B0%5D=a%20b\
         &since=5"
    );
}

#[test]
fn values_are_escaped_but_delimiters_are_not() {
    let items = ["a,b", "c&d", "é"];
    assert_eq!(
        query(&items, Style::Form.explode(false)),
        "color=a%2Cb,c%26d,%C3%A9"
    );
    assert_eq!(
        query(&items, Style::Form.explode(true)),
        "color=a%2Cb&color=c%26d&color=%C3%A9"
    );
    assert_eq!(
        path(&items, Style::Label.explode(true)).unwrap(),
        ".a%2Cb.c%26d.%C3%A9"
    );
    // Dot segments are refused; dots inside a longer value stay inside the segment.
    assert!(matches!(
        path(&"..", Style::Simple.explode(false)),
        Err(RequestError::DotPathParameter("color"))
    ));
    assert_eq!(
        path(&"../admin", Style::Simple.explode(false)).unwrap(),
        "..%2Fadmin"
    );
}

#[test]
fn allow_reserved_keeps_reserved_characters_but_not_the_fragment() {
    let value = "a/b?c=d&e:f#g h";
    assert_eq!(
        query(&value, Style::Form.explode(true)),
        "color=a%2Fb%3Fc%3Dd%26e%3Af%23g%20h"
    );
    assert_eq!(
        query(&value, Style::Form.explode(true).allow_reserved()),
        "color=a/b?c=d&e:f%23g%20h"
    );
}

#[test]
fn content_parameters_are_json_text() {
    let coordinates = json!({"lat": 1.5, "long": -2});
    assert_eq!(
        query(&coordinates, Encoding::JSON),
        "color=%7B%22lat%22%3A1.5%2C%22long%22%3A-2%7D"
    );
    assert_eq!(
        header(&coordinates, Encoding::JSON),
        r#"{"lat":1.5,"long":-2}"#
    );
}

#[test]
fn scalars_enums_and_unions_go_through_serde() {
    #[derive(Serialize)]
    #[serde(untagged)]
    enum WorkflowId {
        Id(i64),
        FileName(String),
    }
    let simple = Style::Simple.explode(false);
    assert_eq!(path(&WorkflowId::Id(161_335), simple).unwrap(), "161335");
    assert_eq!(
        path(&WorkflowId::FileName("main.yml".into()), simple).unwrap(),
        "main.yml"
    );
    assert_eq!(query(&true, Style::Form.explode(true)), "color=true");
    assert_eq!(query(&2.5, Style::Form.explode(true)), "color=2.5");
    // Items of a list that are null are left out; an empty list is an empty value unexploded
    // and nothing exploded.
    assert_eq!(
        query(&json!(["a", null, "b"]), Style::Form.explode(false)),
        "color=a,b"
    );
    assert_eq!(query(&json!([]), Style::Form.explode(false)), "color=");
    assert_eq!(query(&json!([]), Style::Form.explode(true)), "");
}

#[test]
fn cookies_are_form_pairs_joined_by_semicolons() {
    let mut cookies = CookieBuilder::new();
    assert_eq!(CookieBuilder::new().finish().unwrap(), None);
    cookies
        .parameter("account", &"a b;c", Style::Form.explode(true))
        .unwrap()
        .parameter("ids", &[1, 2], Style::Form.explode(false))
        .unwrap()
        .parameter("tags", &["x", "y"], Style::Form.explode(true))
        .unwrap();
    assert_eq!(
        cookies.finish().unwrap().unwrap(),
        "account=a%20b%3Bc; ids=1,2; tags=x; tags=y"
    );
}

#[test]
fn header_parameters_reject_line_breaks() {
    assert!(matches!(
        header_parameter("x-note", &"a\r\nb", Style::Simple.explode(false)),
        Err(RequestError::InvalidHeaderValue("x-note"))
    ));
}

#[test]
fn optional_parameters_are_left_out_when_absent() {
    let mut query = QueryBuilder::new();
    query
        .optional("state", &Some("open"), runtime::FORM_EXPLODE)
        .unwrap()
        .optional("labels", &None::<Vec<&str>>, runtime::FORM)
        .unwrap()
        .optional("ids", &Some([1, 2]), runtime::FORM)
        .unwrap()
        // Present but `null` is a value, written as the style writes an undefined one.
        .optional("milestone", &Some(None::<u8>), runtime::FORM_EXPLODE)
        .unwrap();
    assert_eq!(query.finish(), "state=open&ids=1,2&milestone=");
    let mut cookies = CookieBuilder::new();
    cookies
        .optional("session", &None::<String>, runtime::FORM_EXPLODE)
        .unwrap();
    assert_eq!(cookies.finish().unwrap(), None);
    cookies = CookieBuilder::new();
    cookies
        .optional("session", &Some("s"), runtime::FORM_EXPLODE)
        .unwrap();
    assert_eq!(cookies.finish().unwrap().unwrap(), "session=s");
}

#[test]
fn named_encodings_are_their_style_and_explode() {
    let named = [
        (runtime::SIMPLE, Style::Simple, false),
        (runtime::SIMPLE_EXPLODE, Style::Simple, true),
        (runtime::FORM, Style::Form, false),
        (runtime::FORM_EXPLODE, Style::Form, true),
        (runtime::LABEL, Style::Label, false),
        (runtime::LABEL_EXPLODE, Style::Label, true),
        (runtime::MATRIX, Style::Matrix, false),
        (runtime::MATRIX_EXPLODE, Style::Matrix, true),
        (runtime::SPACE_DELIMITED, Style::SpaceDelimited, false),
        (
            runtime::SPACE_DELIMITED_EXPLODE,
            Style::SpaceDelimited,
            true,
        ),
        (runtime::PIPE_DELIMITED, Style::PipeDelimited, false),
        (runtime::PIPE_DELIMITED_EXPLODE, Style::PipeDelimited, true),
        (runtime::DEEP_OBJECT, Style::DeepObject, false),
        (runtime::DEEP_OBJECT_EXPLODE, Style::DeepObject, true),
    ];
    for (encoding, style, explode) in named {
        assert_eq!(encoding, style.explode(explode), "{style:?} {explode}");
    }
}
