// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

runtime::string_enum! {
    /// The `setup_future_usage` member of `PostPaymentIntentsFpxPaymentMethodOptionsParam`.
    pub enum PostFpxPaymentMethodOptionsParamSetupFutureUsage {
        None = "none",
        ..Unknown
    }
}
