// @generated from fixtures/recursion_mutual.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Org chart 1.0.0
//!
//! Generated from `fixtures/recursion_mutual.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

#[allow(unused_imports)]
use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A person in the organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Employee {
    /// Full name.
    pub name: String,
    /// A team and its lead.
    pub team: Box<Team>,
}

/// A team and its lead.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Team {
    /// A person in the organisation.
    pub lead: Box<Employee>,
    /// The budget the team draws from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<Box<TeamBudget>>,
}

/// The budget the team draws from.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TeamBudget {
    /// A department, which owns budgets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Box<Department>>,
}

/// A department, which owns budgets.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Department {
    /// A team and its lead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head_team: Option<Box<Team>>,
}
