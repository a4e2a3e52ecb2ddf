// @generated from fixtures/collision_schema_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Accounts 1.0.0
//!
//! Generated from `fixtures/collision_schema_names.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

#[allow(unused_imports)]
use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// The profile as the v1 API returns it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserProfileObject {
    /// Full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The profile as the v2 API returns it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserProfile {
    /// Name shown to others.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

/// A profile's public handle.
pub type UserProfileString = String;

/// Refers to each of the three, to show which name each got.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Holder {
    /// The profile as the v1 API returns it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub v1: Option<UserProfileObject>,
    /// The profile as the v2 API returns it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub v2: Option<UserProfile>,
    /// A profile's public handle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handle: Option<UserProfileString>,
}
