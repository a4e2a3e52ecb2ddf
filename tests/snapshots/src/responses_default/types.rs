// @generated from fixtures/responses_default.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// An error.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// What went wrong.
    pub message: String,
}

runtime::decode! { Error { message } }

/// The translation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranslateOkBody {
    /// The translated text.
    pub text: Option<String>,
}

runtime::decode! { TranslateOkBody { text } }
