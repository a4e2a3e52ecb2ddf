// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Prices define the unit cost, currency, and (optional) billing cycle for both recurring and one-time purchases of products.
/// [Products](https://stripe.com/docs/api#products) help you track inventory or provisioning, and prices help you track payment terms. Different physical goods or levels of service should be represented by products, and pricing options should be represented by prices. This approach lets you change prices without having to change your provisioning scheme.
///
/// For example, you might have a single "gold" product that has prices for $10/month, $100/year, and €9 once.
///
/// Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription), [create an invoice](https://stripe.com/docs/billing/invoices/create), and more about [products and prices](https://stripe.com/docs/products-prices/overview).
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    /// Whether the price can be used for new purchases.
    pub active: bool,
    /// Describes how to compute the price per period. Either `per_unit` or `tiered`. `per_unit` indicates that the fixed amount (specified in `unit_amount` or `unit_amount_decimal`) will be charged per unit in `quantity` (for prices with `usage_type=licensed`), or per unit of total usage (for prices with `usage_type=metered`). `tiered` indicates that the unit pricing will be computed using a tiering strategy as defined using the `tiers` and `tiers_mode` attributes.
    pub billing_scheme: PriceBillingScheme,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// A lookup key used to retrieve prices dynamically from a static string. This may be up to 200 characters.
    pub lookup_key: Option<String>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// A brief description of the price, hidden from customers.
    pub nickname: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: PriceObject,
    /// The ID of the product this price is associated with.
    pub product: runtime::Expandable<PriceProduct>,
    /// The recurring components of a price such as `interval` and `usage_type`.
    pub recurring: Option<Recurring>,
    /// Specifies whether the price is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. Once specified as either `inclusive` or `exclusive`, it cannot be changed.
    pub tax_behavior: Option<PriceTaxBehavior>,
    /// Each element represents a pricing tier. This parameter requires `billing_scheme` to be set to `tiered`. See also the documentation for `billing_scheme`.
    pub tiers: Option<Vec<PriceTier>>,
    /// Defines if the tiering price should be `graduated` or `volume` based. In `volume`-based tiering, the maximum quantity within a period determines the per unit price. In `graduated` tiering, pricing can change as the quantity grows.
    pub tiers_mode: Option<PriceTiersMode>,
    /// Apply a transformation to the reported usage or set quantity before computing the amount billed. Cannot be combined with `tiers`.
    pub transform_quantity: Option<TransformQuantity>,
    /// One of `one_time` or `recurring` depending on whether the price is for a one-time purchase or a recurring (subscription) purchase.
    pub r#type: PriceType,
    /// The unit amount in %s to be charged, represented as a whole integer if possible. Only set if `billing_scheme=per_unit`.
    pub unit_amount: Option<i64>,
    /// The unit amount in %s to be charged, represented as a decimal string with at most 12 decimal places. Only set if `billing_scheme=per_unit`.
    pub unit_amount_decimal: Option<String>,
}

runtime::decode! {
    Price {
        active, billing_scheme, created, currency, id, livemode, lookup_key, metadata, nickname,
        object, product, recurring, tax_behavior, tiers, tiers_mode, transform_quantity,
        r#type = "type", unit_amount, unit_amount_decimal,
    }
}

runtime::string_enum! {
    /// Describes how to compute the price per period. Either `per_unit` or `tiered`. `per_unit` indicates that the fixed amount (specified in `unit_amount` or `unit_amount_decimal`) will be charged per unit in `quantity` (for prices with `usage_type=licensed`), or per unit of total usage (for prices with `usage_type=metered`). `tiered` indicates that the unit pricing will be computed using a tiering strategy as defined using the `tiers` and `tiers_mode` attributes.
    pub enum PriceBillingScheme {
        PerUnit = "per_unit",
        Tiered = "tiered",
        ..Unknown
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum PriceObject {
        Price = "price",
        ..Unknown
    }
}

/// The ID of the product this price is associated with.
///
/// The object in full, when expanded.
///
/// Decoding tries `Product`, `DeletedProduct` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PriceProduct {
    /// The value is of type [`Product`].
    Product(Product),
    /// The value is of type [`DeletedProduct`].
    DeletedProduct(DeletedProduct),
}

runtime::string_enum! {
    /// Specifies whether the price is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. Once specified as either `inclusive` or `exclusive`, it cannot be changed.
    pub enum PriceTaxBehavior {
        Exclusive = "exclusive",
        Inclusive = "inclusive",
        Unspecified = "unspecified",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Defines if the tiering price should be `graduated` or `volume` based. In `volume`-based tiering, the maximum quantity within a period determines the per unit price. In `graduated` tiering, pricing can change as the quantity grows.
    pub enum PriceTiersMode {
        Graduated = "graduated",
        Volume = "volume",
        ..Unknown
    }
}

runtime::string_enum! {
    /// One of `one_time` or `recurring` depending on whether the price is for a one-time purchase or a recurring (subscription) purchase.
    pub enum PriceType {
        OneTime = "one_time",
        Recurring = "recurring",
        ..Unknown
    }
}

/// The `price_tier` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PriceTier {
    /// Price for the entire tier.
    pub flat_amount: Option<i64>,
    /// Same as `flat_amount`, but contains a decimal value with at most 12 decimal places.
    pub flat_amount_decimal: Option<String>,
    /// Per unit price for units relevant to the tier.
    pub unit_amount: Option<i64>,
    /// Same as `unit_amount`, but contains a decimal value with at most 12 decimal places.
    pub unit_amount_decimal: Option<String>,
    /// Up to and including to this quantity will be contained in the tier.
    pub up_to: Option<i64>,
}

runtime::decode! {
    PriceTier {
        flat_amount, flat_amount_decimal, unit_amount, unit_amount_decimal, up_to,
    }
}

/// Products describe the specific goods or services you offer to your customers.
/// For example, you might offer a Standard and Premium version of your goods or service; each version would be a separate Product.
/// They can be used in conjunction with [Prices](https://stripe.com/docs/api#prices) to configure pricing in Payment Links, Checkout, and Subscriptions.
///
/// Related guides: [Set up a subscription](https://stripe.com/docs/billing/subscriptions/set-up-subscription),
/// [share a Payment Link](https://stripe.com/docs/payments/payment-links/overview),
/// [accept payments with Checkout](https://stripe.com/docs/payments/accept-a-payment#create-product-prices-upfront),
/// and more about [Products and Prices](https://stripe.com/docs/products-prices/overview)
#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    /// Whether the product is currently available for purchase.
    pub active: bool,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The product's description, meant to be displayable to the customer. Use this field to optionally store a long form explanation of the product being sold for your own rendering purposes.
    pub description: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// A list of up to 8 URLs of images for this product, meant to be displayable to the customer.
    pub images: Vec<String>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: std::collections::BTreeMap<String, String>,
    /// The product's name, meant to be displayable to the customer.
    pub name: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ProductObject,
    /// The dimensions of this product for shipping purposes.
    pub package_dimensions: Option<PackageDimensions>,
    /// Whether this product is shipped (i.e., physical goods).
    pub shippable: Option<bool>,
    /// Extra information about a product which will appear on your customer's credit card statement. In the case that multiple products are billed at once, the first statement descriptor will be used.
    pub statement_descriptor: Option<String>,
    /// A [tax code](https://stripe.com/docs/tax/tax-codes) ID.
    pub tax_code: Option<runtime::Expandable<TaxCode>>,
    /// A label that represents units of this product in Stripe and on customers’ receipts and invoices. When set, this will be included in associated invoice line item descriptions.
    pub unit_label: Option<String>,
    /// Time at which the object was last updated. Measured in seconds since the Unix epoch.
    pub updated: i64,
    /// A URL of a publicly-accessible webpage for this product.
    pub url: Option<String>,
}

runtime::decode! {
    Product {
        active, created, description, id, images, livemode, metadata, name, object,
        package_dimensions, shippable, statement_descriptor, tax_code, unit_label, updated, url,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum ProductObject {
        Product = "product",
        ..Unknown
    }
}

/// A Promotion Code represents a customer-redeemable code for a coupon. It can be used to
/// create multiple codes for a single coupon.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct PromotionCode {
    /// Whether the promotion code is currently active. A promotion code is only active if the coupon is also valid.
    pub active: bool,
    /// The customer-facing code. Regardless of case, this code must be unique across all active promotion codes for each customer.
    pub code: String,
    /// A coupon contains information about a percent-off or amount-off discount you
    /// might want to apply to a customer. Coupons may be applied to [invoices](https://stripe.com/docs/api#invoices) or
    /// [orders](https://stripe.com/docs/api#create_order_legacy-coupon). Coupons do not work with conventional one-off [charges](https://stripe.com/docs/api#create_charge).
    pub coupon: Coupon,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// The customer that this promotion code can be used by.
    pub customer: Option<runtime::Expandable<PromotionCodeCustomer>>,
    /// Date at which the promotion code can no longer be redeemed.
    pub expires_at: Option<i64>,
    /// Unique identifier for the object.
    pub id: String,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Maximum number of times this promotion code can be redeemed.
    pub max_redemptions: Option<i64>,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: PromotionCodeObject,
    pub restrictions: PromotionCodesResourceRestrictions,
    /// Number of times this promotion code has been used.
    pub times_redeemed: i64,
}

runtime::decode! {
    PromotionCode {
        active, code, coupon, created, customer, expires_at, id, livemode, max_redemptions,
        metadata, object, restrictions, times_redeemed,
    }
}

/// The customer that this promotion code can be used by.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum PromotionCodeCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum PromotionCodeObject {
        PromotionCode = "promotion_code",
        ..Unknown
    }
}

/// The `promotion_codes_resource_restrictions` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct PromotionCodesResourceRestrictions {
    /// A Boolean indicating if the Promotion Code should only be redeemed for Customers without any successful payments or invoices
    pub first_time_transaction: bool,
    /// Minimum amount required to redeem this Promotion Code into a Coupon (e.g., a purchase must be $100 or more to work).
    pub minimum_amount: Option<i64>,
    /// Three-letter [ISO code](https://stripe.com/docs/currencies) for minimum_amount
    pub minimum_amount_currency: Option<String>,
}

runtime::decode! {
    PromotionCodesResourceRestrictions {
        first_time_transaction, minimum_amount, minimum_amount_currency,
    }
}

impl runtime::Identified for Price {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for PriceProduct {
    fn id(&self) -> &str {
        match self {
            Self::Product(value) => runtime::Identified::id(value),
            Self::DeletedProduct(value) => runtime::Identified::id(value),
        }
    }
}

impl runtime::Identified for Product {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for PromotionCode {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for PromotionCodeCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}
