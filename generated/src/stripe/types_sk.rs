// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Stores representations of [stock keeping units](http://en.wikipedia.org/wiki/Stock_keeping_unit).
/// SKUs describe specific product variations, taking into account any combination of: attributes,
/// currency, and cost. For example, a product may be a T-shirt, whereas a specific SKU represents
/// the `size: large`, `color: red` version of that shirt.
///
/// Can also be used to manage inventory.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Sku {
    /// Whether the SKU is available for purchase.
    pub active: bool,
    /// A dictionary of attributes and values for the attributes defined by the product. If, for example, a product's attributes are `["size", "gender"]`, a valid SKU has the following dictionary of attributes: `{"size": "Medium", "gender": "Unisex"}`.
    pub attributes: std::collections::BTreeMap<String, String>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Unique identifier for the object.
    pub id: String,
    /// The URL of an image for this SKU, meant to be displayable to the customer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub image: Option<Option<String>>,
    pub inventory: SkuInventory,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: SkuObject,
    /// The dimensions of this SKU for shipping purposes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub package_dimensions: Option<Option<PackageDimensions>>,
    /// The cost of the item as a positive integer in the smallest currency unit (that is, 100 cents to charge $1.00, or 100 to charge ¥100, Japanese Yen being a zero-decimal currency).
    pub price: i64,
    /// The ID of the product this SKU is associated with. The product must be currently active.
    pub product: crate::runtime::Expandable<Product>,
    /// Time at which the object was last updated. Measured in seconds since the Unix epoch.
    pub updated: i64,
}

crate::runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum SkuObject {
        Sku = "sku",
        ..Unknown
    }
}

/// The `sku_inventory` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SkuInventory {
    /// The count of inventory available. Will be present if and only if `type` is `finite`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub quantity: Option<Option<i64>>,
    /// Inventory type. Possible values are `finite`, `bucket` (not quantified), and `infinite`.
    pub r#type: String,
    /// An indicator of the inventory available. Possible values are `in_stock`, `limited`, and `out_of_stock`. Will be present if and only if `type` is `bucket`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub value: Option<Option<String>>,
}

impl crate::runtime::Identified for Sku {
    fn id(&self) -> &str {
        &self.id
    }
}
