// @generated from fixtures/request_body_vendor_json.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Import` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct Import {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

runtime::decode! { Import { url } }

runtime::builder! {
    Import() {
        url: impl Into<String>,
    }
}

/// The request body of `CreateRepo`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct CreateRepoBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::decode! { CreateRepoBody { name } }

runtime::builder! {
    CreateRepoBody() {
        name: impl Into<String>,
    }
}
