// @generated from fixtures/numbers_out_of_range.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A named count.
#[derive(Debug, Clone, PartialEq)]
pub struct Counter {
    /// The counter's name.
    pub name: String,
    /// The current count.
    pub value: i64,
}

runtime::decode! { Counter { name, value } }
