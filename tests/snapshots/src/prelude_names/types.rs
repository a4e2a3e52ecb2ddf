// @generated from fixtures/prelude_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A configurable option.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct OptionObject {
    /// The option's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::decode! { OptionObject { name } }

runtime::builder! {
    OptionObject() {
        name: impl Into<String>,
    }
}

/// The outcome of a check.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ResultObject {
    /// Whether the check passed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
}

runtime::decode! { ResultObject { passed } }

runtime::builder! {
    ResultObject() {
        passed: bool,
    }
}

/// A localized string.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct StringObject {
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

runtime::decode! { StringObject { text } }

runtime::builder! {
    StringObject() {
        text: impl Into<String>,
    }
}

/// A two-dimensional vector.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct VecObject {
    /// Horizontal component.
    pub x: f64,
    /// Vertical component.
    pub y: f64,
}

runtime::decode! { VecObject { x, y } }

runtime::builder! {
    VecObject(x: f64, y: f64) {}
}

/// A shipping box.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct BoxObject {
    /// Volume in litres.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<f64>,
}

runtime::decode! { BoxObject { volume } }

runtime::builder! {
    BoxObject() {
        volume: f64,
    }
}

/// The sender of a message.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct FromObject {
    /// Sender's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

runtime::decode! { FromObject { address } }

runtime::builder! {
    FromObject() {
        address: impl Into<String>,
    }
}

/// A recipient list.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ToStringObject {
    /// Recipients' addresses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<String>>,
}

runtime::decode! { ToStringObject { addresses } }

runtime::builder! {
    ToStringObject() {
        addresses: impl Into<Vec<String>>,
    }
}

/// Where a message is forwarded.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct IntoObject {
    /// The mailbox forwarded into.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailbox: Option<String>,
}

runtime::decode! { IntoObject { mailbox } }

runtime::builder! {
    IntoObject() {
        mailbox: impl Into<String>,
    }
}

/// Default settings of an account.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Default {
    /// The default locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

runtime::decode! { Default { locale } }

runtime::builder! {
    Default() {
        locale: impl Into<String>,
    }
}

runtime::string_enum! {
    /// How soon an envelope is delivered.
    pub enum Priority {
        Normal = "normal",
        Urgent = "urgent",
        ..Unknown
    }
}

/// Uses every schema above.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Envelope {
    /// A configurable option.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option: Option<OptionObject>,
    /// The outcome of a check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<ResultObject>,
    /// A localized string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub string: Option<StringObject>,
    /// A two-dimensional vector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vec: Option<VecObject>,
    /// A shipping box.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#box: Option<BoxObject>,
    /// The sender of a message.
    pub from: FromObject,
    /// A recipient list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<ToStringObject>,
    /// Default settings of an account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<Default>,
    /// Where a message is forwarded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub into: Option<IntoObject>,
    /// How soon an envelope is delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
}

runtime::decode! {
    Envelope {
        option, result, string, vec, r#box = "box", from, to, default, into, priority,
    }
}

runtime::builder! {
    Envelope(from: impl Into<FromObject>) {
        option: impl Into<OptionObject>,
        result: impl Into<ResultObject>,
        string: impl Into<StringObject>,
        vec: impl Into<VecObject>,
        r#box: impl Into<BoxObject>,
        to: impl Into<ToStringObject>,
        priority: impl Into<Priority>,
        [with_default] default: impl Into<Default>,
        [with_into] into: impl Into<IntoObject>,
    }
}
