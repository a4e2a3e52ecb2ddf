// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// payment_method_options_mandate_options_param
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PostIntentPaymentMethodOptionsParamMandateOptions {}

runtime::decode! { PostIntentPaymentMethodOptionsParamMandateOptions {} }

runtime::builder! {
    PostIntentPaymentMethodOptionsParamMandateOptions() {}
}

runtime::string_enum! {
    /// Indicates that you intend to make future payments with this PaymentIntent's payment method.
    ///
    /// Providing this parameter will [attach the payment method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer, if present, after the PaymentIntent is confirmed and any required actions from the user are complete. If no Customer was provided, the payment method can still be [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the transaction completes.
    ///
    /// When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize your payment flow and comply with regional legislation and network rules, such as [SCA](https://stripe.com/docs/strong-customer-authentication).
    ///
    /// If `setup_future_usage` is already set and you are performing a request using a publishable key, you may only update the value from `on_session` to `off_session`.
    pub enum PostIntentsIntentConfirmBodySetupFutureUsage {
        Empty = "",
        OffSession = "off_session",
        OnSession = "on_session",
        ..Unknown
    }
}
