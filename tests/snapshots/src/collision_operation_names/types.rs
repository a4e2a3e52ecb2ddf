// @generated from fixtures/collision_operation_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// What an invoice is made from.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateInvoice {
    /// The customer to bill.
    pub customer: String,
}

runtime::decode! { CreateInvoice { customer } }

runtime::builder! {
    CreateInvoice(customer: impl Into<String>) {}
}

/// The created invoice.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInvoiceResponse {
    /// The invoice's identifier.
    pub id: String,
}

runtime::decode! { CreateInvoiceResponse { id } }
