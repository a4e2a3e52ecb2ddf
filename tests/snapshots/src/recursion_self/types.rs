// @generated from fixtures/recursion_self.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A product category; categories nest.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Category {
    /// Display name.
    pub name: String,
    /// A product category; categories nest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<Category>>,
    /// Direct subcategories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Category>>,
    /// The same category under other names, by locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<std::collections::BTreeMap<String, Category>>,
}

runtime::decode! { Category { name, parent, children, aliases } }
