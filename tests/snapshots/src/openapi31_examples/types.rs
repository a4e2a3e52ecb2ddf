// @generated from fixtures/openapi31_examples.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// An exchange rate.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Rate {
    /// The currency pair.
    pub pair: String,
    /// Units of the quote currency per unit of the base.
    pub value: f64,
}

runtime::decode! { Rate { pair, value } }
