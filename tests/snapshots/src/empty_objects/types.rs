// @generated from fixtures/empty_objects.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Same as [`EmptyObject`].
///
/// Konbini payments carry no details.
pub type PaymentMethodKonbini = EmptyObject;

/// An object without any properties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmptyObject {}

runtime::decode! { EmptyObject {} }

/// Anything the caller keeps with the payment method.
pub type Metadata = serde_json::Map<String, serde_json::Value>;

/// The headers received, by name.
pub type Headers = serde_json::Map<String, serde_json::Value>;

/// The `PaymentMethod` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct PaymentMethod {
    pub id: String,
    /// Konbini payments carry no details.
    pub konbini: EmptyObject,
    /// An object without any properties.
    pub acknowledgement: Option<EmptyObject>,
    /// Anything the caller keeps with the payment method.
    pub metadata: Option<Metadata>,
    /// The headers received, by name.
    pub headers: Option<Headers>,
    /// Who sees the payment method.
    pub visibility: Option<PaymentMethodVisibility>,
    /// Other names of the payment method.
    pub aliases: Option<Vec<String>>,
    /// The payment method as its network sent it.
    pub payload: Option<String>,
}

runtime::decode! {
    PaymentMethod {
        id, konbini, acknowledgement, metadata, headers, visibility, aliases, payload,
    }
}

runtime::string_enum! {
    /// Who sees the payment method.
    pub enum PaymentMethodVisibility {
        Public = "public",
        Private = "private",
        ..Unknown
    }
}

/// The request body of `CreatePaymentMethod`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CreatePaymentMethodBody {
    /// Pay at a convenience store; nothing to say beyond choosing it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub konbini: Option<CreatePaymentMethodBodyKonbini>,
}

runtime::decode! { CreatePaymentMethodBody { konbini } }

runtime::builder! {
    CreatePaymentMethodBody() {
        konbini: impl Into<CreatePaymentMethodBodyKonbini>,
    }
}

/// Pay at a convenience store; nothing to say beyond choosing it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CreatePaymentMethodBodyKonbini {}

runtime::decode! { CreatePaymentMethodBodyKonbini {} }

runtime::builder! {
    CreatePaymentMethodBodyKonbini() {}
}
