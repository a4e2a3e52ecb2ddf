// @generated from fixtures/request_body_binary.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The request body of `RequestUsageReport`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct RequestUsageReportBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
}

runtime::decode! { RequestUsageReportBody { start_date } }

runtime::builder! {
    RequestUsageReportBody() {
        start_date: impl Into<String>,
    }
}
