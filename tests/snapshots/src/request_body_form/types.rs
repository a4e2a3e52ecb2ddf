// @generated from fixtures/request_body_form.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The request body of `CreateCustomer`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct CreateCustomerBody {
    pub name: String,
    /// Key-value pairs, sent as `metadata[key]=value`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<CreateCustomerBodyAddress>,
    /// Sent as `items[0][price]=…`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<CreateCustomerBodyItemsItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expand: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preferred_locales: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<CreateCustomerBodySettings>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
}

runtime::decode! {
    CreateCustomerBody {
        name, metadata, address, items, expand, preferred_locales, tags, settings, return_url,
    }
}

runtime::builder! {
    CreateCustomerBody(name: impl Into<String>) {
        metadata: impl Into<std::collections::BTreeMap<String, String>>,
        address: impl Into<CreateCustomerBodyAddress>,
        expand: impl Into<Vec<String>>,
        preferred_locales: impl Into<Vec<String>>,
        tags: impl Into<Vec<String>>,
        settings: impl Into<CreateCustomerBodySettings>,
        return_url: impl Into<String>,
        [with_items] items: impl Into<Vec<CreateCustomerBodyItemsItem>>,
    }
}

/// The `address` member of `CreateCustomerBody`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct CreateCustomerBodyAddress {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
}

runtime::decode! { CreateCustomerBodyAddress { city, line1 } }

runtime::builder! {
    CreateCustomerBodyAddress() {
        city: impl Into<String>,
        line1: impl Into<String>,
    }
}

/// Sent as `items[0][price]=…`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct CreateCustomerBodyItemsItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

runtime::decode! { CreateCustomerBodyItemsItem { price, quantity } }

runtime::builder! {
    CreateCustomerBodyItemsItem() {
        price: impl Into<String>,
        quantity: i64,
    }
}

/// The `settings` member of `CreateCustomerBody`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct CreateCustomerBodySettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
}

runtime::decode! { CreateCustomerBodySettings { theme } }

runtime::builder! {
    CreateCustomerBodySettings() {
        theme: impl Into<String>,
    }
}
