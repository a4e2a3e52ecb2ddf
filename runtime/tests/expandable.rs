//! `Expandable`: an object sent as its id or in full, read either way.

use runtime::{Expandable, Identified};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct Customer {
    id: String,
    email: Option<String>,
}

impl Identified for Customer {
    fn id(&self) -> &str {
        &self.id
    }
}

#[test]
fn an_id_or_an_object_decodes_and_encodes_back() {
    let id: Expandable<Customer> = serde_json::from_str(r#""cus_1""#).unwrap();
    assert_eq!(id, Expandable::Id("cus_1".to_owned()));
    assert_eq!(
        (id.as_id(), id.as_object(), id.id()),
        (Some("cus_1"), None, "cus_1")
    );
    assert_eq!(serde_json::to_string(&id).unwrap(), r#""cus_1""#);

    let text = r#"{"id":"cus_2","email":null}"#;
    let object: Expandable<Customer> = serde_json::from_str(text).unwrap();
    assert_eq!(object.as_id(), None);
    assert_eq!(object.id(), "cus_2");
    assert_eq!(object.as_object().map(|c| c.email.clone()), Some(None));
    assert_eq!(serde_json::to_string(&object).unwrap(), text);
    assert_eq!(object.into_object().map(|c| c.id), Some("cus_2".to_owned()));
}

#[test]
fn anything_else_is_an_error() {
    for text in ["42", "null", r#"{"email":"a@example.com"}"#] {
        assert!(
            serde_json::from_str::<Expandable<Customer>>(text).is_err(),
            "{text}"
        );
    }
}
