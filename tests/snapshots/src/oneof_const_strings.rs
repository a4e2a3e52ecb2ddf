// @generated from fixtures/oneof_const_strings.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Budgets 1.0.0
//!
//! Generated from `fixtures/oneof_const_strings.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A spending limit.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Budget {
    /// What the budget applies to.
    pub budget_type: BudgetBudgetType,
    /// Where the budget holds; other scopes may be added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<BudgetScope>,
}

/// What the budget applies to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BudgetBudgetType {
    /// `ProductPricing`
    ProductPricing,
    /// `SkuPricing`
    SkuPricing,
    /// `BundlePricing`
    BundlePricing,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl BudgetBudgetType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProductPricing => "ProductPricing",
            Self::SkuPricing => "SkuPricing",
            Self::BundlePricing => "BundlePricing",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for BudgetBudgetType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ProductPricing" => Self::ProductPricing,
            "SkuPricing" => Self::SkuPricing,
            "BundlePricing" => Self::BundlePricing,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for BudgetBudgetType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for BudgetBudgetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for BudgetBudgetType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for BudgetBudgetType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Where the budget holds; other scopes may be added.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BudgetScope {
    /// `organization`
    Organization,
    /// `enterprise`
    Enterprise,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl BudgetScope {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Organization => "organization",
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for BudgetScope {
    fn from(value: String) -> Self {
        match value.as_str() {
            "organization" => Self::Organization,
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for BudgetScope {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for BudgetScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for BudgetScope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for BudgetScope {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
