// @generated from fixtures/nullable_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A user of the tracker.
#[derive(Debug, Clone, PartialEq)]
pub struct NullableUser {
    /// The user's handle.
    pub login: String,
    /// The user's number.
    pub id: i64,
}

runtime::decode! { NullableUser { login, id } }

/// A collection of issues due together.
#[derive(Debug, Clone, PartialEq)]
pub struct NullableMilestone {
    /// What the milestone is called.
    pub title: String,
}

runtime::decode! { NullableMilestone { title } }

/// A problem or request, as the tracker reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// The issue's number in its repository.
    pub number: i64,
    /// A user of the tracker.
    pub assignee: Option<NullableUser>,
    /// A collection of issues due together.
    pub milestone: Option<NullableMilestone>,
    /// A user of the tracker.
    pub closed_by: Option<NullableUser>,
    /// Who reviews the fix; `null` until someone is asked.
    pub reviewer: Option<NullableUser>,
    /// Labels, sent as names or as label objects.
    pub labels: Vec<IssueLabelsItem>,
    /// Everyone the issue is assigned to; deleted accounts are `null`.
    pub assignees: Vec<Option<NullableUser>>,
    /// Who reacted, by reaction; `null` for deleted accounts.
    pub reactions: Option<std::collections::BTreeMap<String, Option<NullableUser>>>,
}

runtime::decode! {
    Issue {
        number, assignee, milestone, closed_by, reviewer, labels, assignees, reactions,
    }
}

/// Labels, sent as names or as label objects.
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssueLabelsItem {
    /// The value is of type [`IssueLabelsItemObject`].
    Object(IssueLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssueLabelsItem`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssueLabelsItemObject {
    /// The label's name.
    pub name: Option<String>,
    /// Its colour, as six hex digits.
    pub color: Option<String>,
}

runtime::decode! { IssueLabelsItemObject { name, color } }
