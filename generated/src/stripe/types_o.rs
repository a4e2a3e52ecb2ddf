// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Same as [`MandateMultiUse`].
pub type OfflineAcceptance = MandateMultiUse;

/// The `online_acceptance` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OnlineAcceptance {
    /// The IP address from which the Mandate was accepted by the customer.
    pub ip_address: Option<String>,
    /// The user agent of the browser from which the Mandate was accepted by the customer.
    pub user_agent: Option<String>,
}

runtime::decode! { OnlineAcceptance { ip_address, user_agent } }

/// Order objects are created to handle end customers' purchases of previously
/// defined [products](https://stripe.com/docs/api#products). You can create, retrieve, and pay individual orders, as well
/// as list all orders. Orders are identified by a unique, random ID.
///
/// Related guide: [Tax, Shipping, and Inventory](https://stripe.com/docs/orders-legacy).
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    /// A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the order.
    pub amount: i64,
    /// The total amount that was returned to the customer.
    pub amount_returned: Option<i64>,
    /// ID of the Connect Application that created the order.
    pub application: Option<String>,
    /// A fee in cents that will be applied to the order and transferred to the application owner’s Stripe account. The request must be made with an OAuth key or the Stripe-Account header in order to take an application fee. For more information, see the application fees documentation.
    pub application_fee: Option<i64>,
    /// The ID of the payment used to pay for the order. Present if the order status is `paid`, `fulfilled`, or `refunded`.
    pub charge: Option<runtime::Expandable<Charge>>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// The customer used for the order.
    pub customer: Option<runtime::Expandable<OrderCustomer>>,
    /// The email address of the customer placing the order.
    pub email: Option<String>,
    /// External coupon code to load for this order.
    pub external_coupon_code: Option<String>,
    /// Unique identifier for the object.
    pub id: String,
    /// List of items constituting the order. An order can have up to 25 items.
    pub items: Vec<OrderItem>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: OrderObject,
    /// A list of returns that have taken place for this order.
    pub returns: Option<OrderReturns>,
    /// The shipping method that is currently selected for this order, if any. If present, it is equal to one of the `id`s of shipping methods in the `shipping_methods` array. At order creation time, if there are multiple shipping methods, Stripe will automatically selected the first method.
    pub selected_shipping_method: Option<String>,
    /// The shipping address for the order. Present if the order is for goods to be shipped.
    pub shipping: Option<Shipping>,
    /// A list of supported shipping methods for this order. The desired shipping method can be specified either by updating the order, or when paying it.
    pub shipping_methods: Option<Vec<ShippingMethod>>,
    /// Current order status. One of `created`, `paid`, `canceled`, `fulfilled`, or `returned`. More details in the [Orders Guide](https://stripe.com/docs/orders/guide#understanding-order-statuses).
    pub status: String,
    /// The timestamps at which the order status was updated.
    pub status_transitions: Option<StatusTransitions>,
    /// Time at which the object was last updated. Measured in seconds since the Unix epoch.
    pub updated: Option<i64>,
    /// The user's order ID if it is different from the Stripe order ID.
    pub upstream_id: Option<String>,
}

runtime::decode! {
    Order {
        amount, amount_returned, application, application_fee, charge, created, currency, customer,
        email, external_coupon_code, id, items, livemode, metadata, object, returns,
        selected_shipping_method, shipping, shipping_methods, status, status_transitions, updated,
        upstream_id,
    }
}

/// The customer used for the order.
///
/// The object in full, when expanded.
///
/// Decoding tries `Customer`, `DeletedCustomer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum OrderCustomer {
    /// The value is of type [`Customer`].
    Customer(Customer),
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum OrderObject {
        Order = "order",
        ..Unknown
    }
}

/// A list of returns that have taken place for this order.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderReturns {
    /// Details about each object.
    pub data: Vec<OrderReturn>,
    /// True if this list has another page of items after this one that can be fetched.
    pub has_more: bool,
    /// String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
    pub object: FileLinksObject,
    /// The URL where this list can be accessed.
    pub url: String,
}

runtime::decode! { OrderReturns { data, has_more, object, url } }

/// A representation of the constituent items of any given order. Can be used to
/// represent [SKUs](https://stripe.com/docs/api#skus), shipping costs, or taxes owed on the order.
///
/// Related guide: [Orders](https://stripe.com/docs/orders/guide).
#[derive(Debug, Clone, PartialEq)]
pub struct OrderItem {
    /// A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the line item.
    pub amount: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Description of the line item, meant to be displayable to the user (e.g., `"Express shipping"`).
    pub description: String,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: OrderItemObject,
    /// The ID of the associated object for this line item. Expandable if not null (e.g., expandable to a SKU).
    pub parent: Option<runtime::Expandable<Sku>>,
    /// A positive integer representing the number of instances of `parent` that are included in this order item. Applicable/present only if `type` is `sku`.
    pub quantity: Option<i64>,
    /// The type of line item. One of `sku`, `tax`, `shipping`, or `discount`.
    pub r#type: String,
}

runtime::decode! {
    OrderItem {
        amount, currency, description, object, parent, quantity, r#type = "type",
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum OrderItemObject {
        OrderItem = "order_item",
        ..Unknown
    }
}

/// A return represents the full or partial return of a number of [order items](https://stripe.com/docs/api#order_items).
/// Returns always belong to an order, and may optionally contain a refund.
///
/// Related guide: [Handling Returns](https://stripe.com/docs/orders/guide#handling-returns).
#[derive(Debug, Clone, PartialEq)]
pub struct OrderReturn {
    /// A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount for the returned line item.
    pub amount: i64,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    pub created: i64,
    /// Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
    pub currency: String,
    /// Unique identifier for the object.
    pub id: String,
    /// The items included in this order return.
    pub items: Vec<OrderItem>,
    /// Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode.
    pub livemode: bool,
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: OrderReturnObject,
    /// The order that this return includes items from.
    pub order: Option<runtime::Expandable<Order>>,
    /// The ID of the refund issued for this return.
    pub refund: Option<runtime::Expandable<Refund>>,
}

runtime::decode! {
    OrderReturn {
        amount, created, currency, id, items, livemode, object, order, refund,
    }
}

runtime::string_enum! {
    /// String representing the object's type. Objects of the same type share the same value.
    pub enum OrderReturnObject {
        OrderReturn = "order_return",
        ..Unknown
    }
}

impl runtime::Identified for Order {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for OrderCustomer {
    fn id(&self) -> &str {
        match self {
            Self::Customer(value) => runtime::Identified::id(value),
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
        }
    }
}
