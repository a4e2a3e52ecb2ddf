// @generated from fixtures/refs_other_files/openapi.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A group of people.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The group's identifier.
    pub id: String,
    /// Who owns a group.
    pub owner: Option<Owner>,
}

runtime::decode! { Group { id, owner } }

/// This document's own error, unrelated to common.yaml's.
pub type Error = String;

/// Where a page is in a list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pagination {
    /// Cursor of the next page.
    pub next: Option<String>,
}

runtime::decode! { Pagination { next } }

/// Who owns a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Owner {
    /// The owner's user identifier.
    pub user_id: String,
}

runtime::decode! { Owner { user_id = "userId" } }

/// What went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct CommonError {
    /// The error code.
    pub code: i64,
    /// A description for people.
    pub message: Option<String>,
}

runtime::decode! { CommonError { code, message } }

/// The groups.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct ListGroupsOkBody {
    pub data: Option<Vec<Group>>,
    /// Where a page is in a list.
    pub pagination: Option<Pagination>,
}

runtime::decode! { ListGroupsOkBody { data, pagination } }
