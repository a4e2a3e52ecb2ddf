// @generated from fixtures/long_operation_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The promoted version.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct PromoteAssistantVersionPublicOkBody {
    pub version_id: Option<String>,
}

runtime::decode! { PromoteAssistantVersionPublicOkBody { version_id } }

/// The deleted discount.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct DeleteCustomersSubscriptionsDiscountOkBody {
    pub deleted: Option<bool>,
}

runtime::decode! { DeleteCustomersSubscriptionsDiscountOkBody { deleted } }
