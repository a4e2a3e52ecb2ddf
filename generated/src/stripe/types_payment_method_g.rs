// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_giropay` schema.
pub type PaymentMethodGiropay = serde_json::Map<String, serde_json::Value>;

/// The `payment_method_grabpay` schema.
pub type PaymentMethodGrabpay = serde_json::Map<String, serde_json::Value>;
