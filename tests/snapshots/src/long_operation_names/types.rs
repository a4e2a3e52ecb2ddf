// @generated from fixtures/long_operation_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The promoted version.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PromoteAssistantVersionPublicOkBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version_id: Option<String>,
}

/// The deleted discount.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct DeleteCustomersSubscriptionsDiscountOkBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
}
