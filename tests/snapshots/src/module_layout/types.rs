// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Reached under `pets` and under `people`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Address {
    pub city: Option<String>,
}

runtime::decode! { Address { city } }

/// Used only by an untagged operation.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Status {
    pub up: Option<bool>,
}

runtime::decode! { Status { up } }

/// Used by no operation.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct Unused {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

runtime::decode! { Unused { note } }
