// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `email_sent` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailSent {
    /// The timestamp when the email was sent.
    pub email_sent_at: i64,
    /// The recipient's email address.
    pub email_sent_to: String,
}

runtime::decode! { EmailSent { email_sent_at, email_sent_to } }

/// An error response from the Stripe API
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Error {
    pub error: ApiErrors,
}

runtime::decode! { Error { error } }
