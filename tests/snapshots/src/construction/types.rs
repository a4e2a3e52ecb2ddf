// @generated from fixtures/construction.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A widget.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct Widget {
    pub kind: WidgetKind,
    pub name: String,
    pub size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub note: Option<Option<String>>,
    /// A widget.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<Widget>>,
    /// Whether the widget is new.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<bool>,
    /// The widget this one copies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[deprecated]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legacy_code: Option<String>,
    /// Members beyond the documented ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

runtime::decode! {
    #[allow(deprecated)]
    Widget {
        kind, name, size, tags, note: nullable, parent, new, clone, r#type = "type", legacy_code,
        ..additional_properties,
    }
}

runtime::builder! {
    #[allow(deprecated)]
    Widget(name: impl Into<String>, size: impl Into<Option<i64>>) {
        tags: impl Into<Vec<String>>,
        note: impl Into<Option<String>>,
        parent: impl Into<Box<Widget>>,
        r#type: impl Into<String>,
        #[deprecated]
        legacy_code: impl Into<String>,
        [with_new] new: bool,
        [with_clone] clone: impl Into<String>,
        ..kind,
        ..additional_properties,
    }
}

/// The `kind` member of `Widget`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct WidgetKind;

impl WidgetKind {
    /// The one value of this type, as it appears on the wire.
    pub const VALUE: &'static str = "widget";
}

impl std::fmt::Display for WidgetKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(Self::VALUE)
    }
}

impl serde::Serialize for WidgetKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> serde::Deserialize<'de> for WidgetKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        if value == Self::VALUE {
            Ok(Self)
        } else {
            Err(
                serde::de::Error::invalid_value(
                    serde::de::Unexpected::Str(&value),
                    &"the string `widget`",
                ),
            )
        }
    }
}

/// Only ever received.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Receipt {
    pub id: String,
    pub note: Option<String>,
}

runtime::decode! { Receipt { id, note } }

/// The request body of `PatchWidgets`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct PatchWidgetsBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

runtime::decode! { PatchWidgetsBody { color } }

runtime::builder! {
    PatchWidgetsBody() {
        color: impl Into<String>,
    }
}
