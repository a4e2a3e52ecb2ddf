// @generated from fixtures/parameter_styles_query.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `created` parameter of `ListCharges`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct ListChargesCreated {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gte: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lt: Option<i64>,
}

runtime::decode! { ListChargesCreated { gte, lt } }

runtime::builder! {
    ListChargesCreated() {
        gte: i64,
        lt: i64,
    }
}

/// The `filter` parameter of `ListCharges`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct ListChargesFilter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

runtime::decode! { ListChargesFilter { status } }

runtime::builder! {
    ListChargesFilter() {
        status: impl Into<String>,
    }
}

/// The `coordinates` parameter of `ListCharges`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct ListChargesCoordinates {
    pub lat: f64,
    pub long: f64,
}

runtime::decode! { ListChargesCoordinates { lat, long } }

runtime::builder! {
    ListChargesCoordinates(lat: f64, long: f64) {}
}
