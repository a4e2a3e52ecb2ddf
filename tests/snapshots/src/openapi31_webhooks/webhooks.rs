// @generated from fixtures/openapi31_webhooks.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Money sent to a bank account.
#[derive(Debug, Clone, PartialEq)]
pub struct Payout {
    /// The payout's ID.
    pub id: String,
}

runtime::decode! { Payout { id } }
