// @generated from fixtures/oneof_const_strings.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A spending limit.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Budget {
    /// What the budget applies to.
    pub budget_type: BudgetBudgetType,
    /// Where the budget holds; other scopes may be added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<BudgetScope>,
}

runtime::decode! { Budget { budget_type, scope } }

runtime::string_enum! {
    /// What the budget applies to.
    pub enum BudgetBudgetType {
        ProductPricing = "ProductPricing",
        SkuPricing = "SkuPricing",
        BundlePricing = "BundlePricing",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Where the budget holds; other scopes may be added.
    pub enum BudgetScope {
        Organization = "organization",
        Enterprise = "enterprise",
        ..Unknown
    }
}
