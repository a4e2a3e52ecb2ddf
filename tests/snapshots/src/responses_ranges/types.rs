// @generated from fixtures/responses_ranges.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Where the resized image is.
#[derive(Debug, Clone, PartialEq)]
pub struct Resized {
    /// URL of the resized image.
    pub url: String,
}

runtime::decode! { Resized { url } }

/// Why a request was refused.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// A human-readable explanation.
    pub detail: Option<String>,
}

runtime::decode! { Problem { detail } }
