// @generated from fixtures/openapi31_nullable_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Parcel tracking 1.0.0
//!
//! Generated from `fixtures/openapi31_nullable_refs.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

#[allow(unused_imports)]
use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Where a parcel was seen.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    /// The city of the depot.
    pub city: String,
}

/// The courier carrying a parcel, if any.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MaybeCourier {
    /// The courier's name.
    pub name: String,
}

/// A parcel on its way.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Parcel {
    /// Where the parcel was scanned last; `null` before the first scan.
    pub last_seen: Option<Location>,
    /// The courier carrying a parcel, if any.
    pub courier: Option<MaybeCourier>,
    /// Where the parcel goes; absent when it is to be collected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<Location>,
}
