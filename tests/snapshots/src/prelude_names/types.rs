// @generated from fixtures/prelude_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A configurable option.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Option2 {
    /// The option's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

runtime::builder! {
    Option2() {
        name: impl Into<String>,
    }
}

/// The outcome of a check.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Result2 {
    /// Whether the check passed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
}

runtime::builder! {
    Result2() {
        passed: bool,
    }
}

/// A localized string.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct String2 {
    /// The text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

runtime::builder! {
    String2() {
        text: impl Into<String>,
    }
}

/// A two-dimensional vector.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Vec2 {
    /// Horizontal component.
    pub x: f64,
    /// Vertical component.
    pub y: f64,
}

runtime::builder! {
    Vec2(x: f64, y: f64) {}
}

/// A shipping box.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Box2 {
    /// Volume in litres.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<f64>,
}

runtime::builder! {
    Box2() {
        volume: f64,
    }
}

/// The sender of a message.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct From2 {
    /// Sender's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

runtime::builder! {
    From2() {
        address: impl Into<String>,
    }
}

/// A recipient list.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ToString2 {
    /// Recipients' addresses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<String>>,
}

runtime::builder! {
    ToString2() {
        addresses: impl Into<Vec<String>>,
    }
}

/// Where a message is forwarded.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Into2 {
    /// The mailbox forwarded into.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailbox: Option<String>,
}

runtime::builder! {
    Into2() {
        mailbox: impl Into<String>,
    }
}

/// Default settings of an account.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Default {
    /// The default locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Envelope {
    /// A configurable option.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option: Option<Option2>,
    /// The outcome of a check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Result2>,
    /// A localized string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub string: Option<String2>,
    /// A two-dimensional vector.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vec: Option<Vec2>,
    /// A shipping box.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#box: Option<Box2>,
    /// The sender of a message.
    pub from: From2,
    /// A recipient list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<ToString2>,
    /// Default settings of an account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<Default>,
    /// Where a message is forwarded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub into: Option<Into2>,
    /// How soon an envelope is delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
}

runtime::builder! {
    Envelope(from: impl Into<From2>) {
        option: impl Into<Option2>,
        result: impl Into<Result2>,
        string: impl Into<String2>,
        vec: impl Into<Vec2>,
        r#box: impl Into<Box2>,
        to: impl Into<ToString2>,
        priority: impl Into<Priority>,
        [with_default] default: impl Into<Default>,
        [with_into] into: impl Into<Into2>,
    }
}
