// @generated from fixtures/outcomes.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Job` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Job {
    pub id: String,
}

runtime::decode! { Job { id } }

/// The `Problem` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Problem {
    pub title: String,
}

runtime::decode! { Problem { title } }
