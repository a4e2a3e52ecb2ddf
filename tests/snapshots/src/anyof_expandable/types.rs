// @generated from fixtures/anyof_expandable.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A customer of the merchant.
#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    /// Unique identifier for the object.
    pub id: String,
    /// The object's type, `customer`.
    pub object: String,
    /// The customer's email address.
    pub email: Option<String>,
    /// The customer's latest charge.
    pub last_charge: Option<runtime::Expandable<Charge>>,
}

runtime::decode! { Customer { id, object, email, last_charge } }

/// A customer that was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletedCustomer {
    /// Unique identifier for the object.
    pub id: String,
    /// The object's type, `customer`.
    pub object: String,
    /// Always true for a deleted object.
    pub deleted: bool,
}

runtime::decode! { DeletedCustomer { id, object, deleted } }

/// A change to the merchant's balance.
#[derive(Debug, Clone, PartialEq)]
pub struct BalanceTransaction {
    /// Unique identifier for the object.
    pub id: String,
    /// Gross amount of the transaction, in cents.
    pub amount: i64,
}

runtime::decode! { BalanceTransaction { id, amount } }

/// A charge on a card.
#[derive(Debug, Clone, PartialEq)]
pub struct Charge {
    /// Unique identifier for the object.
    pub id: String,
    /// Amount charged, in cents.
    pub amount: i64,
    /// ID of the customer this charge is for if one exists.
    pub customer: Option<runtime::Expandable<ChargeCustomer>>,
    /// ID of the balance transaction that describes the impact of this charge on your account balance.
    pub balance_transaction: Option<runtime::Expandable<BalanceTransaction>>,
}

runtime::decode! { Charge { id, amount, customer, balance_transaction } }

/// ID of the customer this charge is for if one exists.
///
/// The object in full, when expanded.
///
/// Decoding tries `DeletedCustomer`, `Customer` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum ChargeCustomer {
    /// The value is of type [`DeletedCustomer`].
    DeletedCustomer(DeletedCustomer),
    /// The value is of type [`Customer`].
    Customer(Customer),
}

impl runtime::Identified for Customer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for DeletedCustomer {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for BalanceTransaction {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for Charge {
    fn id(&self) -> &str {
        &self.id
    }
}

impl runtime::Identified for ChargeCustomer {
    fn id(&self) -> &str {
        match self {
            Self::DeletedCustomer(value) => runtime::Identified::id(value),
            Self::Customer(value) => runtime::Identified::id(value),
        }
    }
}
