// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// As a [card issuer](https://stripe.com/docs/issuing), you can dispute transactions that the cardholder does not recognize, suspects to be fraudulent, or has other issues with.
///
/// Related guide: [Disputing Transactions](https://stripe.com/docs/issuing/purchases/disputes)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingDispute {
    /// Disputed amount. Usually the amount of the `transaction`, but can differ (usually because of currency fluctuation).
    pub amount: i64,
    /// List of balance transactions associated with the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub balance_transactions: Option<Option<Vec<BalanceTransaction>>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The currency the `transaction` was made in.
    pub currency: String,
    pub evidence: IssuingDisputeEvidence,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: IssuingDisputeObject,
    /// Current status of the dispute.
    pub status: IssuingDisputeStatus,
    /// The transaction being disputed.
    pub transaction: crate::runtime::Expandable<IssuingTransaction>,
}

crate::runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum IssuingDisputeObject {
        IssuingDispute = "issuing.dispute",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Current status of the dispute.
    pub enum IssuingDisputeStatus {
        Expired = "expired",
        Lost = "lost",
        Submitted = "submitted",
        Unsubmitted = "unsubmitted",
        Won = "won",
        ..Unknown
    }
}

/// The `issuing_dispute_canceled_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeCanceledEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub additional_documentation: Option<Option<crate::runtime::Expandable<File>>>,
    /// Date when order was canceled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub canceled_at: Option<Option<i64>>,
    /// Whether the cardholder was provided with a cancellation policy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cancellation_policy_provided: Option<Option<bool>>,
    /// Reason for canceling the order.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cancellation_reason: Option<Option<String>>,
    /// Date when the cardholder expected to receive the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub expected_at: Option<Option<i64>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub explanation: Option<Option<String>>,
    /// Description of the merchandise or service that was purchased.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub product_description: Option<Option<String>>,
    /// Whether the product was a merchandise or service.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub product_type: Option<Option<IssuingDisputeCanceledEvidenceProductType>>,
    /// Result of cardholder's attempt to return the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub return_status: Option<Option<IssuingDisputeCanceledEvidenceReturnStatus>>,
    /// Date when the product was returned or attempted to be returned.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub returned_at: Option<Option<i64>>,
}

crate::runtime::string_enum! {
    /// Whether the product was a merchandise or service.
    pub enum IssuingDisputeCanceledEvidenceProductType {
        Merchandise = "merchandise",
        Service = "service",
        ..Unknown
    }
}

crate::runtime::string_enum! {
    /// Result of cardholder's attempt to return the product.
    pub enum IssuingDisputeCanceledEvidenceReturnStatus {
        MerchantRejected = "merchant_rejected",
        Successful = "successful",
        ..Unknown
    }
}

/// The `issuing_dispute_duplicate_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeDuplicateEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub additional_documentation: Option<Option<crate::runtime::Expandable<File>>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the card statement showing that the product had already been paid for.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub card_statement: Option<Option<crate::runtime::Expandable<File>>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the receipt showing that the product had been paid for in cash.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cash_receipt: Option<Option<crate::runtime::Expandable<File>>>,
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Image of the front and back of the check that was used to pay for the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub check_image: Option<Option<crate::runtime::Expandable<File>>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub explanation: Option<Option<String>>,
    /// Transaction (e.g., ipi_...) that the disputed transaction is a duplicate of. Of the two or more transactions that are copies of each other, this is original undisputed one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub original_transaction: Option<Option<String>>,
}

/// The `issuing_dispute_evidence` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuingDisputeEvidence {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canceled: Option<IssuingDisputeCanceledEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate: Option<IssuingDisputeDuplicateEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fraudulent: Option<IssuingDisputeFraudulentEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchandise_not_as_described: Option<
        IssuingDisputeMerchandiseNotAsDescribedEvidence,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_received: Option<IssuingDisputeNotReceivedEvidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<IssuingDisputeOtherEvidence>,
    /// The reason for filing the dispute. Its value will match the field containing the evidence.
    pub reason: IssuingDisputeEvidenceReason,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_not_as_described: Option<IssuingDisputeServiceNotAsDescribedEvidence>,
}

crate::runtime::string_enum! {
    /// The reason for filing the dispute. Its value will match the field containing the evidence.
    pub enum IssuingDisputeEvidenceReason {
        Canceled = "canceled",
        Duplicate = "duplicate",
        Fraudulent = "fraudulent",
        MerchandiseNotAsDescribed = "merchandise_not_as_described",
        NotReceived = "not_received",
        Other = "other",
        ServiceNotAsDescribed = "service_not_as_described",
        ..Unknown
    }
}

/// The `issuing_dispute_fraudulent_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeFraudulentEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub additional_documentation: Option<Option<crate::runtime::Expandable<File>>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub explanation: Option<Option<String>>,
}

/// The `issuing_dispute_merchandise_not_as_described_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeMerchandiseNotAsDescribedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub additional_documentation: Option<Option<crate::runtime::Expandable<File>>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub explanation: Option<Option<String>>,
    /// Date when the product was received.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub received_at: Option<Option<i64>>,
    /// Description of the cardholder's attempt to return the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub return_description: Option<Option<String>>,
    /// Result of cardholder's attempt to return the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub return_status: Option<Option<IssuingNotAsDescribedEvidenceReturnStatus>>,
    /// Date when the product was returned or attempted to be returned.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub returned_at: Option<Option<i64>>,
}

/// The `issuing_dispute_not_received_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeNotReceivedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub additional_documentation: Option<Option<crate::runtime::Expandable<File>>>,
    /// Date when the cardholder expected to receive the product.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub expected_at: Option<Option<i64>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub explanation: Option<Option<String>>,
    /// Description of the merchandise or service that was purchased.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub product_description: Option<Option<String>>,
    /// Whether the product was a merchandise or service.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub product_type: Option<Option<IssuingDisputeNotReceivedEvidenceProductType>>,
}

crate::runtime::string_enum! {
    /// Whether the product was a merchandise or service.
    pub enum IssuingDisputeNotReceivedEvidenceProductType {
        Merchandise = "merchandise",
        Service = "service",
        ..Unknown
    }
}

/// The `issuing_dispute_other_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeOtherEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub additional_documentation: Option<Option<crate::runtime::Expandable<File>>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub explanation: Option<Option<String>>,
    /// Description of the merchandise or service that was purchased.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub product_description: Option<Option<String>>,
    /// Whether the product was a merchandise or service.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub product_type: Option<Option<IssuingDisputeOtherEvidenceProductType>>,
}

crate::runtime::string_enum! {
    /// Whether the product was a merchandise or service.
    pub enum IssuingDisputeOtherEvidenceProductType {
        Merchandise = "merchandise",
        Service = "service",
        ..Unknown
    }
}

/// The `issuing_dispute_service_not_as_described_evidence` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuingDisputeServiceNotAsDescribedEvidence {
    /// (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub additional_documentation: Option<Option<crate::runtime::Expandable<File>>>,
    /// Date when order was canceled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub canceled_at: Option<Option<i64>>,
    /// Reason for canceling the order.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub cancellation_reason: Option<Option<String>>,
    /// Explanation of why the cardholder is disputing this transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub explanation: Option<Option<String>>,
    /// Date when the product was received.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub received_at: Option<Option<i64>>,
}

impl crate::runtime::Identified for IssuingDispute {
    fn id(&self) -> &str {
        &self.id
    }
}
