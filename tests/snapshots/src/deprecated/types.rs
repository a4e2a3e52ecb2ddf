// @generated from fixtures/deprecated.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A person in the address book.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// Full name.
    pub name: String,
    /// Fax number; no longer shown anywhere.
    #[deprecated]
    pub fax: Option<String>,
}

runtime::decode! { #[allow(deprecated)] Contact { name, fax } }

/// A contact in the format of version 3.
///
/// **Deprecated** by the vendor.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LegacyContact {
    /// Full name.
    pub full_name: Option<String>,
}

runtime::decode! { LegacyContact { full_name } }
