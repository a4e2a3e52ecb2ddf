// @generated from fixtures/openapi31_nullable_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Where a parcel was seen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Location {
    /// The city of the depot.
    pub city: String,
}

runtime::decode! { Location { city } }

/// The courier carrying a parcel, if any.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MaybeCourier {
    /// The courier's name.
    pub name: String,
}

runtime::decode! { MaybeCourier { name } }

/// A parcel on its way.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Parcel {
    /// Where the parcel was scanned last; `null` before the first scan.
    pub last_seen: Option<Location>,
    /// The courier carrying a parcel, if any.
    pub courier: Option<MaybeCourier>,
    /// Where the parcel goes; absent when it is to be collected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<Location>,
}

runtime::decode! { Parcel { last_seen, courier, destination } }
