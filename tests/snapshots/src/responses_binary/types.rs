// @generated from fixtures/responses_binary.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Still being written.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct GetExportAcceptedBody {
    pub progress: Option<f64>,
}

runtime::decode! { GetExportAcceptedBody { progress } }

/// The invoice as JSON, or rendered as a PDF.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct GetInvoiceOkBody {
    pub total: Option<i64>,
}

runtime::decode! { GetInvoiceOkBody { total } }
