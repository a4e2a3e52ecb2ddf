// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The request body of `PostRefunds`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PostRefundsBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Specifies which fields in the response should be expanded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<PostChargesBodyMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<PostRefundsBodyReason>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refund_application_fee: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reverse_transfer: Option<bool>,
}

runtime::decode! {
    PostRefundsBody {
        amount, charge, expand, metadata, payment_intent, reason, refund_application_fee,
        reverse_transfer,
    }
}

runtime::builder! {
    PostRefundsBody() {
        amount: i64,
        charge: impl Into<String>,
        expand: impl Into<Vec<String>>,
        metadata: impl Into<PostChargesBodyMetadata>,
        payment_intent: impl Into<String>,
        reason: impl Into<PostRefundsBodyReason>,
        refund_application_fee: bool,
        reverse_transfer: bool,
    }
}

runtime::string_enum! {
    /// The `reason` member of `PostRefundsBody`.
    pub enum PostRefundsBodyReason {
        Duplicate = "duplicate",
        Fraudulent = "fraudulent",
        RequestedByCustomer = "requested_by_customer",
        ..Unknown
    }
}
