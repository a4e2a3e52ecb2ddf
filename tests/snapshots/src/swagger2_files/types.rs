// @generated from fixtures/swagger2_files/openapi.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Pet` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Pet {
    pub id: i64,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub tag: Option<Option<String>>,
}

runtime::decode! { Pet { id, name, tag: nullable } }

runtime::builder! {
    Pet(id: i64, name: impl Into<String>) {
        tag: impl Into<Option<String>>,
    }
}

/// Something went wrong.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Error {
    pub code: i32,
    pub message: Option<String>,
}

runtime::decode! { Error { code, message } }
