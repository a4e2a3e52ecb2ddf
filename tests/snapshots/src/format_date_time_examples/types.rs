// @generated from fixtures/format_date_time_examples.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Instance` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct Instance {
    /// Local time without an offset, as this vendor sends it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billed_on: Option<String>,
    /// Python's `str(datetime)`, a space before the time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub deleted: Option<Option<chrono::DateTime<chrono::Utc>>>,
}

runtime::decode! { Instance { created, billed_on, updated, deleted: nullable } }
