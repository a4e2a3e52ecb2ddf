// @generated from fixtures/primitive_aliases.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Identifies an account.
pub type AccountId = uuid::Uuid;

/// The `Owner` schema.
pub type Owner = AccountId;

/// An amount in cents.
pub type Cents = i64;

/// Position of an entry in its ledger.
pub type Sequence = i32;

/// An interest rate.
pub type Rate = f32;

/// A running balance.
pub type Balance = f64;

/// When an entry was posted.
pub type Posted = chrono::DateTime<chrono::Utc>;

/// Whether an entry is reconciled.
pub type Flag = bool;

/// Any JSON value.
pub type Anything = serde_json::Value;
