// @generated from fixtures/oneof_null_member.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A colour theme.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Theme {
    /// The theme's name.
    pub name: String,
}

runtime::decode! { Theme { name } }

/// A user's settings.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Settings {
    /// The chosen theme, or `null` for the default.
    pub theme: Option<Theme>,
    /// A number of items, `unlimited`, or `null` when not set.
    pub limit: Option<SettingsLimit>,
    /// A second choice of theme, or its name; `null` to clear it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub fallback: Option<Option<SettingsFallback>>,
}

runtime::decode! { Settings { theme, limit, fallback: nullable } }

/// A number of items, `unlimited`, or `null` when not set.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SettingsLimit {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for SettingsLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// A second choice of theme, or its name; `null` to clear it.
///
/// Decoding tries `Theme`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum SettingsFallback {
    /// The value is of type [`Theme`].
    Theme(Theme),
    /// The value is a JSON string.
    String(String),
}
