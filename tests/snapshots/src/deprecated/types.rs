// @generated from fixtures/deprecated.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A person in the address book.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Contact {
    /// Full name.
    pub name: String,
    /// Fax number; no longer shown anywhere.
    #[deprecated]
    pub fax: Option<String>,
}

/// A contact in the format of version 3.
///
/// **Deprecated** by the vendor.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct LegacyContact {
    /// Full name.
    pub full_name: Option<String>,
}
