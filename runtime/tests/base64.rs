//! `runtime::base64`: bytes as base64 text, through `#[serde(with)]` on fields of any shape and
//! through `Encoded` / `Decoded` elsewhere.

use std::collections::BTreeMap;

use runtime::base64::{self, Decoded, Encoded};
use serde_json::json;

#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Shapes {
    #[serde(with = "runtime::base64")]
    plain: Vec<u8>,
    #[serde(with = "runtime::base64")]
    nullable: Option<Vec<u8>>,
    #[serde(with = "runtime::base64")]
    list: Vec<Option<Vec<u8>>>,
    #[serde(with = "runtime::base64")]
    map: BTreeMap<String, Vec<Vec<u8>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "runtime::base64::nullable"
    )]
    absent_or_null: Option<Option<Vec<u8>>>,
}

#[test]
fn every_shape_round_trips() {
    let input = json!({
        "plain": "AAEC",
        "nullable": null,
        "list": ["/w==", null],
        "map": {"k": ["", "YQ=="]},
        "absent_or_null": null,
    });
    let shapes: Shapes = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(shapes.plain, [0, 1, 2]);
    assert_eq!(shapes.list, [Some(vec![255]), None]);
    assert_eq!(shapes.map["k"], [b"".to_vec(), b"a".to_vec()]);
    assert_eq!(shapes.absent_or_null, Some(None));
    assert_eq!(serde_json::to_value(&shapes).unwrap(), input);

    let mut without = input.clone();
    without.as_object_mut().unwrap().remove("absent_or_null");
    let shapes: Shapes = serde_json::from_value(without.clone()).unwrap();
    assert_eq!(shapes.absent_or_null, None);
    assert_eq!(serde_json::to_value(&shapes).unwrap(), without);
}

#[test]
fn both_alphabets_are_read_padded_or_not() {
    for text in ["+/+/", "-_-_", "+/8=", "+/8", "-_8"] {
        assert!(base64::decode(text).is_ok(), "{text}");
    }
    assert_eq!(
        base64::decode("-_8").unwrap(),
        base64::decode("+/8=").unwrap()
    );
    assert_eq!(base64::encode(&[0xfb, 0xff]), "+/8=");
    for text in ["a", "not base64!", "+/-_", "YQ==="] {
        assert!(base64::decode(text).is_err(), "{text}");
    }
}

#[test]
fn values_outside_fields_go_through_the_wrappers() {
    let bytes = vec![Some(b"hi".to_vec())];
    assert_eq!(
        serde_json::to_value(Encoded(&bytes)).unwrap(),
        json!(["aGk="])
    );
    let Decoded(decoded): Decoded<Vec<Option<Vec<u8>>>> =
        serde_json::from_value(json!(["aGk=", null])).unwrap();
    assert_eq!(decoded, [Some(b"hi".to_vec()), None]);
    assert!(serde_json::from_value::<Decoded<Vec<u8>>>(json!([104, 105])).is_err());
}
