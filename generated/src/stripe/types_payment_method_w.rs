// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `payment_method_wechat_pay` schema.
pub type PaymentMethodWechatPay = serde_json::Map<String, serde_json::Value>;
