// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// An enterprise on GitHub.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Enterprise {
    /// A short description of the enterprise.
    pub description: Option<String>,
    pub html_url: String,
    /// The enterprise's website URL.
    pub website_url: Option<String>,
    /// Unique identifier of the enterprise
    pub id: i64,
    pub node_id: String,
    /// The name of the enterprise.
    pub name: String,
    /// The slug url identifier for the enterprise.
    pub slug: String,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub avatar_url: String,
}

runtime::decode! {
    Enterprise {
        description, html_url, website_url, id, node_id, name, slug, created_at, updated_at,
        avatar_url,
    }
}

/// Color-coded labels help you categorize and filter your issues (just like labels in Gmail).
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Label {
    /// Unique identifier for the label.
    pub id: i64,
    pub node_id: String,
    /// URL for the label
    pub url: String,
    /// The name of the label.
    pub name: String,
    /// Optional description of the label, such as its purpose.
    pub description: Option<String>,
    /// 6-character hex code, without the leading #, identifying the color
    pub color: String,
    /// Whether this label comes by default in a new repository.
    pub default: bool,
}

runtime::decode! { Label { id, node_id, url, name, description, color, default } }

/// The type assigned to the issue. This is only present for issues in repositories where issue types are supported.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueType {
    /// The unique identifier of the issue type.
    pub id: i64,
    /// The node identifier of the issue type.
    pub node_id: String,
    /// The name of the issue type.
    pub name: String,
    /// The description of the issue type.
    pub description: Option<String>,
    /// The color of the issue type.
    pub color: Option<IssueTypeColor>,
    /// The time the issue type created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time the issue type last updated.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The enabled state of the issue type.
    pub is_enabled: Option<bool>,
}

runtime::decode! {
    IssueType {
        id, node_id, name, description, color, created_at, updated_at, is_enabled,
    }
}

runtime::string_enum! {
    /// The color of the issue type.
    pub enum IssueTypeColor {
        Gray = "gray",
        Blue = "blue",
        Green = "green",
        Yellow = "yellow",
        Orange = "orange",
        Red = "red",
        Pink = "pink",
        Purple = "purple",
        ..Unknown
    }
}

/// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct NullableIntegration {
    /// Unique identifier of the GitHub app
    pub id: i64,
    /// The slug name of the GitHub app
    pub slug: Option<String>,
    pub node_id: String,
    pub client_id: Option<String>,
    pub owner: NullableIntegrationOwner,
    /// The name of the GitHub app
    pub name: String,
    pub description: Option<String>,
    pub external_url: String,
    pub html_url: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The set of permissions for the GitHub app
    pub permissions: NullableIntegrationPermissions,
    /// The list of events for the GitHub app. Note that the `installation_target`, `security_advisory`, and `meta` events are not included because they are global events and not specific to an installation.
    pub events: Vec<String>,
    /// The number of installations associated with the GitHub app. Only returned when the integration is requesting details about itself.
    pub installations_count: Option<i64>,
}

runtime::decode! {
    NullableIntegration {
        id, slug, node_id, client_id, owner, name, description, external_url, html_url, created_at,
        updated_at, permissions, events, installations_count,
    }
}

/// The `owner` member of `NullableIntegration`.
///
/// Decoding tries `SimpleUser`, `Enterprise` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum NullableIntegrationOwner {
    /// The value is of type [`SimpleUser`].
    SimpleUser(SimpleUser),
    /// The value is of type [`Enterprise`].
    Enterprise(Enterprise),
}

/// The set of permissions for the GitHub app
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct NullableIntegrationPermissions {
    pub issues: Option<String>,
    pub checks: Option<String>,
    pub metadata: Option<String>,
    pub contents: Option<String>,
    pub deployments: Option<String>,
    /// Members beyond the documented ones.
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

runtime::decode! {
    NullableIntegrationPermissions {
        issues, checks, metadata, contents, deployments, ..additional_properties,
    }
}

/// Reaction Rollup
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct ReactionRollup {
    pub url: String,
    pub total_count: i64,
    pub plus_1: i64,
    pub minus_1: i64,
    pub laugh: i64,
    pub confused: i64,
    pub heart: i64,
    pub hooray: i64,
    pub eyes: i64,
    pub rocket: i64,
}

runtime::decode! {
    ReactionRollup {
        url, total_count, plus_1 = "+1", minus_1 = "-1", laugh, confused, heart, hooray, eyes,
        rocket,
    }
}

/// Sub-issues Summary
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SubIssuesSummary {
    pub total: i64,
    pub completed: i64,
    pub percent_completed: i64,
}

runtime::decode! { SubIssuesSummary { total, completed, percent_completed } }

/// Context around who pinned an issue comment and when it was pinned.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct NullablePinnedIssueComment {
    pub pinned_at: chrono::DateTime<chrono::Utc>,
    /// A GitHub user.
    pub pinned_by: Option<SimpleUser>,
}

runtime::decode! { NullablePinnedIssueComment { pinned_at, pinned_by } }

/// Details about why an issue comment was minimized.
#[derive(Debug, Clone, PartialEq)]
pub struct NullableIssueCommentMinimized {
    /// The reason the comment was minimized.
    pub reason: Option<String>,
}

runtime::decode! { NullableIssueCommentMinimized { reason } }

/// Issue Dependencies Summary
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssueDependenciesSummary {
    pub blocked_by: i64,
    pub blocking: i64,
    pub total_blocked_by: i64,
    pub total_blocking: i64,
}

runtime::decode! {
    IssueDependenciesSummary {
        blocked_by, blocking, total_blocked_by, total_blocking,
    }
}

/// A value assigned to an issue field
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssueFieldValue {
    /// Unique identifier for the issue field.
    pub issue_field_id: i64,
    /// The human-readable name of the issue field.
    pub issue_field_name: Option<String>,
    pub node_id: String,
    /// The data type of the issue field
    pub data_type: IssueFieldValueDataType,
    /// The value of the issue field
    pub value: Option<IssueFieldValueValue>,
    /// Details about the selected option (only present for single_select fields)
    pub single_select_option: Option<IssueFieldValueSingleSelectOption>,
    /// Details about the selected options
    pub multi_select_options: Option<Vec<IssueFieldValueMultiSelectOptionsItem>>,
}

runtime::decode! {
    IssueFieldValue {
        issue_field_id, issue_field_name, node_id, data_type, value, single_select_option,
        multi_select_options,
    }
}

runtime::string_enum! {
    /// The data type of the issue field
    pub enum IssueFieldValueDataType {
        Text = "text",
        SingleSelect = "single_select",
        MultiSelect = "multi_select",
        Number = "number",
        Date = "date",
        ..Unknown
    }
}

/// The value of the issue field
///
/// Decoding tries `Integer`, `Number`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssueFieldValueValue {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is a JSON number.
    Number(f64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for IssueFieldValueValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::Number(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// Details about the selected option (only present for single_select fields)
#[derive(Debug, Clone, PartialEq)]
pub struct IssueFieldValueSingleSelectOption {
    /// Unique identifier for the option.
    pub id: i64,
    /// The name of the option
    pub name: String,
    /// The color of the option
    pub color: String,
}

runtime::decode! { IssueFieldValueSingleSelectOption { id, name, color } }

/// Details about the selected options
#[derive(Debug, Clone, PartialEq)]
pub struct IssueFieldValueMultiSelectOptionsItem {
    /// Unique identifier for the option.
    pub id: i64,
    /// The name of the option
    pub name: String,
    /// The color of the option
    pub color: String,
}

runtime::decode! { IssueFieldValueMultiSelectOptionsItem { id, name, color } }

/// Issues are a great way to keep track of tasks, enhancements, and bugs for your projects.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Issue {
    pub id: i64,
    pub node_id: String,
    /// URL for the issue
    pub url: String,
    pub repository_url: String,
    pub labels_url: String,
    pub comments_url: String,
    pub events_url: String,
    pub html_url: String,
    /// Number uniquely identifying the issue within its repository
    pub number: i64,
    /// State of the issue; either 'open' or 'closed'
    pub state: String,
    /// The reason for the current state
    pub state_reason: Option<IssueStateReason>,
    /// Title of the issue
    pub title: String,
    /// Contents of the issue
    pub body: Option<String>,
    /// A GitHub user.
    pub user: Option<SimpleUser>,
    /// Labels to associate with this issue; pass one or more label names to replace the set of labels on this issue; send an empty array to clear all labels from the issue; note that the labels are silently dropped for users without push access to the repository
    pub labels: Vec<IssueLabelsItem>,
    /// A GitHub user.
    pub assignee: Option<SimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    /// A collection of related issues and pull requests.
    pub milestone: Option<NullableMilestone>,
    pub locked: bool,
    pub active_lock_reason: Option<String>,
    pub comments: i64,
    pub pull_request: Option<IssuePullRequest>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub draft: Option<bool>,
    /// A GitHub user.
    pub closed_by: Option<SimpleUser>,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    pub timeline_url: Option<String>,
    /// The type assigned to the issue. This is only present for issues in repositories where issue types are supported.
    pub r#type: Option<IssueType>,
    /// A repository on GitHub.
    pub repository: Option<Repository>,
    /// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
    pub performed_via_github_app: Option<NullableIntegration>,
    /// How the author is associated with the repository.
    pub author_association: Option<AuthorAssociation>,
    /// Reaction Rollup
    pub reactions: Option<ReactionRollup>,
    /// Sub-issues Summary
    pub sub_issues_summary: Option<SubIssuesSummary>,
    /// URL to get the parent issue of this issue, if it is a sub-issue
    pub parent_issue_url: Option<String>,
    /// Comments provide a way for people to collaborate on an issue.
    pub pinned_comment: Option<IssueComment>,
    /// Issue Dependencies Summary
    pub issue_dependencies_summary: Option<IssueDependenciesSummary>,
    pub issue_field_values: Option<Vec<IssueFieldValue>>,
}

runtime::decode! {
    Issue {
        id, node_id, url, repository_url, labels_url, comments_url, events_url, html_url, number,
        state, state_reason, title, body, user, labels, assignee, assignees, milestone, locked,
        active_lock_reason, comments, pull_request, closed_at, created_at, updated_at, draft,
        closed_by, body_html, body_text, timeline_url, r#type = "type", repository,
        performed_via_github_app, author_association, reactions, sub_issues_summary,
        parent_issue_url, pinned_comment, issue_dependencies_summary, issue_field_values,
    }
}

runtime::string_enum! {
    /// The reason for the current state
    pub enum IssueStateReason {
        Completed = "completed",
        Reopened = "reopened",
        NotPlanned = "not_planned",
        Duplicate = "duplicate",
        ..Unknown
    }
}

/// Labels to associate with this issue; pass one or more label names to replace the set of labels on this issue; send an empty array to clear all labels from the issue; note that the labels are silently dropped for users without push access to the repository
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
#[allow(missing_docs)]
pub struct IssueLabelsItemObject {
    pub id: Option<i64>,
    pub node_id: Option<String>,
    pub url: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub color: Option<String>,
    pub default: Option<bool>,
}

runtime::decode! { IssueLabelsItemObject { id, node_id, url, name, description, color, default } }

/// The `pull_request` member of `Issue`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuePullRequest {
    pub merged_at: Option<chrono::DateTime<chrono::Utc>>,
    pub diff_url: Option<String>,
    pub html_url: Option<String>,
    pub patch_url: Option<String>,
    pub url: Option<String>,
}

runtime::decode! { IssuePullRequest { merged_at, diff_url, html_url, patch_url, url } }

/// Comments provide a way for people to collaborate on an issue.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssueComment {
    /// Unique identifier of the issue comment
    pub id: i64,
    pub node_id: String,
    /// URL for the issue comment
    pub url: String,
    /// Contents of the issue comment
    pub body: Option<String>,
    pub body_text: Option<String>,
    pub body_html: Option<String>,
    pub html_url: String,
    /// A GitHub user.
    pub user: Option<SimpleUser>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub issue_url: String,
    /// How the author is associated with the repository.
    pub author_association: Option<AuthorAssociation>,
    /// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
    pub performed_via_github_app: Option<NullableIntegration>,
    /// Reaction Rollup
    pub reactions: Option<ReactionRollup>,
    /// Context around who pinned an issue comment and when it was pinned.
    pub pin: Option<NullablePinnedIssueComment>,
    /// Details about why an issue comment was minimized.
    pub minimized: Option<NullableIssueCommentMinimized>,
}

runtime::decode! {
    IssueComment {
        id, node_id, url, body, body_text, body_html, html_url, user, created_at, updated_at,
        issue_url, author_association, performed_via_github_app, reactions, pin, minimized,
    }
}

runtime::string_enum! {
    /// Indicates the state of the issues to return.
    pub enum IssuesListForRepoState {
        Open = "open",
        Closed = "closed",
        All = "all",
        ..Unknown
    }
}

runtime::string_enum! {
    /// What to sort results by.
    pub enum IssuesListForRepoSort {
        Created = "created",
        Updated = "updated",
        Comments = "comments",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The direction to sort the results by.
    pub enum IssuesListForRepoDirection {
        Asc = "asc",
        Desc = "desc",
        ..Unknown
    }
}

/// The request body of `IssuesCreate`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct IssuesCreateBody {
    /// The title of the issue.
    pub title: IssuesCreateBodyTitle,
    /// The contents of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Login for the user that this issue should be assigned to. _NOTE: Only users with push access can set the assignee for new issues. The assignee is silently dropped otherwise. **This field is closing down.**_
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub assignee: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub milestone: Option<Option<IssuesCreateBodyMilestone>>,
    /// Labels to associate with this issue. _NOTE: Only users with push access can set labels for new issues. Labels are silently dropped otherwise._
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<IssuesCreateBodyLabelsItem>>,
    /// Logins for Users to assign to this issue. _NOTE: Only users with push access can set assignees for new issues. Assignees are silently dropped otherwise._
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<String>>,
    /// An array of issue field values to set on this issue. Each field value must include the field ID and the value to set. Issue fields are only available for organization-owned repositories with the feature enabled. Field values are silently dropped otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_field_values: Option<Vec<IssuesCreateBodyIssueFieldValuesItem>>,
    /// The name of the issue type to associate with this issue. _NOTE: Only users with push access can set the type for new issues. The type is silently dropped otherwise._
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub r#type: Option<Option<String>>,
}

runtime::decode! {
    IssuesCreateBody {
        title, body, assignee: nullable, milestone: nullable, labels, assignees, issue_field_values,
        r#type = "type": nullable,
    }
}

runtime::builder! {
    IssuesCreateBody(title: impl Into<IssuesCreateBodyTitle>) {
        body: impl Into<String>,
        assignee: impl Into<Option<String>>,
        milestone: impl Into<Option<IssuesCreateBodyMilestone>>,
        labels: impl Into<Vec<IssuesCreateBodyLabelsItem>>,
        assignees: impl Into<Vec<String>>,
        issue_field_values: impl Into<Vec<IssuesCreateBodyIssueFieldValuesItem>>,
        r#type: impl Into<Option<String>>,
    }
}

/// The title of the issue.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesCreateBodyTitle {
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for IssuesCreateBodyTitle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// The `milestone` member of `IssuesCreateBody`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesCreateBodyMilestone {
    /// The `number` of the milestone to associate this issue with. _NOTE: Only users with push access can set the milestone for new issues. The milestone is silently dropped otherwise._
    Integer(i64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for IssuesCreateBodyMilestone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// Labels to associate with this issue. _NOTE: Only users with push access can set labels for new issues. Labels are silently dropped otherwise._
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesCreateBodyLabelsItem {
    /// The value is of type [`IssuesCreateBodyLabelsItemObject`].
    Object(IssuesCreateBodyLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssuesCreateBodyLabelsItem`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct IssuesCreateBodyLabelsItemObject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub description: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub color: Option<Option<String>>,
}

runtime::decode! {
    IssuesCreateBodyLabelsItemObject {
        id, name, description: nullable, color: nullable,
    }
}

runtime::builder! {
    IssuesCreateBodyLabelsItemObject() {
        id: i64,
        name: impl Into<String>,
        description: impl Into<Option<String>>,
        color: impl Into<Option<String>>,
    }
}

/// An array of issue field values to set on this issue. Each field value must include the field ID and the value to set. Issue fields are only available for organization-owned repositories with the feature enabled. Field values are silently dropped otherwise.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IssuesCreateBodyIssueFieldValuesItem {
    /// The ID of the issue field to set
    pub field_id: i64,
    /// The value to set for the field. For multi-select fields, provide an array of option names.
    pub value: IssuesCreateBodyIssueFieldValuesItemValue,
}

runtime::decode! { IssuesCreateBodyIssueFieldValuesItem { field_id, value } }

runtime::builder! {
    IssuesCreateBodyIssueFieldValuesItem(
        field_id: i64,
        value: impl Into<IssuesCreateBodyIssueFieldValuesItemValue>,
    ) {}
}

/// The value to set for the field. For multi-select fields, provide an array of option names.
///
/// Decoding tries `List`, `Number`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesCreateBodyIssueFieldValuesItemValue {
    /// The value is a JSON array.
    List(Vec<String>),
    /// The value is a JSON number.
    Number(f64),
    /// The value is a JSON string.
    String(String),
}

/// The request body of `IssuesUpdate`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateBody {
    /// The title of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub title: Option<Option<IssuesCreateBodyTitle>>,
    /// The contents of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub body: Option<Option<String>>,
    /// Username to assign to this issue. **This field is closing down.**
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub assignee: Option<Option<String>>,
    /// The open or closed state of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<IssuesUpdateBodyState>,
    /// The reason for the state change. Ignored unless `state` is changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub state_reason: Option<Option<IssuesUpdateBodyStateReason>>,
    /// The ID of the issue to mark as the canonical duplicate when `state_reason` is `duplicate`. The issue must exist and be accessible to the authenticated user. Ignored when `state_reason` is not `duplicate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_issue_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub milestone: Option<Option<IssuesUpdateBodyMilestone>>,
    /// Labels to associate with this issue. Pass one or more labels to _replace_ the set of labels on this issue. Send an empty array (`[]`) to clear all labels from the issue. Only users with push access can set labels for issues. Without push access to the repository, label changes are silently dropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<IssuesUpdateBodyLabelsItem>>,
    /// Usernames to assign to this issue. Pass one or more user logins to _replace_ the set of assignees on this issue. Send an empty array (`[]`) to clear all assignees from the issue. Only users with push access can set assignees for new issues. Without push access to the repository, assignee changes are silently dropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<IssuesUpdateBodyAssigneesItem>>,
    /// An array of issue field values to set on this issue. Each field value must include the field ID and the value to set. Only users with push access can set field values for issues
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_field_values: Option<Vec<IssuesUpdateBodyIssueFieldValuesItem>>,
    /// The issue type to associate with this issue. Only users with push access can set the type for issues. Without push access to the repository, type changes are silently dropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub r#type: Option<Option<IssuesUpdateBodyType>>,
}

runtime::decode! {
    IssuesUpdateBody {
        title: nullable, body: nullable, assignee: nullable, state, state_reason: nullable,
        duplicate_issue_id, milestone: nullable, labels, assignees, issue_field_values,
        r#type = "type": nullable,
    }
}

runtime::builder! {
    IssuesUpdateBody() {
        title: impl Into<Option<IssuesCreateBodyTitle>>,
        body: impl Into<Option<String>>,
        assignee: impl Into<Option<String>>,
        state: impl Into<IssuesUpdateBodyState>,
        state_reason: impl Into<Option<IssuesUpdateBodyStateReason>>,
        duplicate_issue_id: i64,
        milestone: impl Into<Option<IssuesUpdateBodyMilestone>>,
        labels: impl Into<Vec<IssuesUpdateBodyLabelsItem>>,
        assignees: impl Into<Vec<IssuesUpdateBodyAssigneesItem>>,
        issue_field_values: impl Into<Vec<IssuesUpdateBodyIssueFieldValuesItem>>,
        r#type: impl Into<Option<IssuesUpdateBodyType>>,
    }
}

runtime::string_enum! {
    /// The open or closed state of the issue.
    pub enum IssuesUpdateBodyState {
        Open = "open",
        Closed = "closed",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The reason for the state change. Ignored unless `state` is changed.
    pub enum IssuesUpdateBodyStateReason {
        Completed = "completed",
        NotPlanned = "not_planned",
        Duplicate = "duplicate",
        Reopened = "reopened",
        ..Unknown
    }
}

/// The `milestone` member of `IssuesUpdateBody`.
///
/// Decoding tries `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesUpdateBodyMilestone {
    /// The `number` of the milestone to associate this issue with or use `null` to remove the current milestone. Only users with push access can set the milestone for issues. Without push access to the repository, milestone changes are silently dropped.
    Integer(i64),
    /// The value is a JSON string.
    String(String),
}

impl std::fmt::Display for IssuesUpdateBodyMilestone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(value) => std::fmt::Display::fmt(value, f),
            Self::String(value) => std::fmt::Display::fmt(value, f),
        }
    }
}

/// Labels to associate with this issue. Pass one or more labels to _replace_ the set of labels on this issue. Send an empty array (`[]`) to clear all labels from the issue. Only users with push access can set labels for issues. Without push access to the repository, label changes are silently dropped.
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesUpdateBodyLabelsItem {
    /// The value is of type [`IssuesUpdateBodyLabelsItemObject`].
    Object(IssuesUpdateBodyLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssuesUpdateBodyLabelsItem`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateBodyLabelsItemObject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub description: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub color: Option<Option<String>>,
    /// Optional reasoning for selecting this label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the change is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    /// The confidence level for this label choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyLabelsItemObjectConfidence>,
}

runtime::decode! {
    IssuesUpdateBodyLabelsItemObject {
        id, name, description: nullable, color: nullable, rationale, suggest, confidence,
    }
}

runtime::builder! {
    IssuesUpdateBodyLabelsItemObject() {
        id: i64,
        name: impl Into<String>,
        description: impl Into<Option<String>>,
        color: impl Into<Option<String>>,
        rationale: impl Into<String>,
        suggest: bool,
        confidence: impl Into<IssuesUpdateBodyLabelsItemObjectConfidence>,
    }
}

runtime::string_enum! {
    /// The confidence level for this label choice.
    pub enum IssuesUpdateBodyLabelsItemObjectConfidence {
        Low = "low",
        Medium = "medium",
        High = "high",
        ..Unknown
    }
}

/// Usernames to assign to this issue. Pass one or more user logins to _replace_ the set of assignees on this issue. Send an empty array (`[]`) to clear all assignees from the issue. Only users with push access can set assignees for new issues. Without push access to the repository, assignee changes are silently dropped.
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesUpdateBodyAssigneesItem {
    /// The value is of type [`IssuesUpdateBodyAssigneesItemObject`].
    Object(IssuesUpdateBodyAssigneesItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssuesUpdateBodyAssigneesItem`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateBodyAssigneesItemObject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    /// Optional reasoning for selecting this assignee.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the change is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    /// The confidence level for this assignee choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyAssigneesItemObjectConfidence>,
}

runtime::decode! { IssuesUpdateBodyAssigneesItemObject { login, rationale, suggest, confidence } }

runtime::builder! {
    IssuesUpdateBodyAssigneesItemObject() {
        login: impl Into<String>,
        rationale: impl Into<String>,
        suggest: bool,
        confidence: impl Into<IssuesUpdateBodyAssigneesItemObjectConfidence>,
    }
}

runtime::string_enum! {
    /// The confidence level for this assignee choice.
    pub enum IssuesUpdateBodyAssigneesItemObjectConfidence {
        Low = "low",
        Medium = "medium",
        High = "high",
        ..Unknown
    }
}

/// An array of issue field values to set on this issue. Each field value must include the field ID and the value to set. Only users with push access can set field values for issues
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IssuesUpdateBodyIssueFieldValuesItem {
    /// The ID of the issue field to set
    pub field_id: i64,
    /// The value to set for the field. For multi-select fields, provide an array of option names.
    pub value: IssuesCreateBodyIssueFieldValuesItemValue,
    /// Optional reasoning for setting this field value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the change is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    /// The confidence level for this field value choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyIssueFieldValuesItemConfidence>,
}

runtime::decode! {
    IssuesUpdateBodyIssueFieldValuesItem {
        field_id, value, rationale, suggest, confidence,
    }
}

runtime::builder! {
    IssuesUpdateBodyIssueFieldValuesItem(
        field_id: i64,
        value: impl Into<IssuesCreateBodyIssueFieldValuesItemValue>,
    ) {
        rationale: impl Into<String>,
        suggest: bool,
        confidence: impl Into<IssuesUpdateBodyIssueFieldValuesItemConfidence>,
    }
}

runtime::string_enum! {
    /// The confidence level for this field value choice.
    pub enum IssuesUpdateBodyIssueFieldValuesItemConfidence {
        Low = "low",
        Medium = "medium",
        High = "high",
        ..Unknown
    }
}

/// The issue type to associate with this issue. Only users with push access can set the type for issues. Without push access to the repository, type changes are silently dropped.
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesUpdateBodyType {
    /// The issue type with optional metadata.
    Object(IssuesUpdateBodyTypeObject),
    /// The name of the issue type.
    String(String),
}

/// The issue type with optional metadata.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct IssuesUpdateBodyTypeObject {
    /// The name of the issue type to associate with this issue, or `null` to remove the current issue type.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub value: Option<Option<String>>,
    /// Optional reasoning for selecting this type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the change is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    /// The confidence level for this type choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyTypeObjectConfidence>,
}

runtime::decode! { IssuesUpdateBodyTypeObject { value: nullable, rationale, suggest, confidence } }

runtime::builder! {
    IssuesUpdateBodyTypeObject() {
        value: impl Into<Option<String>>,
        rationale: impl Into<String>,
        suggest: bool,
        confidence: impl Into<IssuesUpdateBodyTypeObjectConfidence>,
    }
}

runtime::string_enum! {
    /// The confidence level for this type choice.
    pub enum IssuesUpdateBodyTypeObjectConfidence {
        Low = "low",
        Medium = "medium",
        High = "high",
        ..Unknown
    }
}

/// Response
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBody {
    pub id: i64,
    pub node_id: String,
    /// URL for the issue
    pub url: String,
    pub repository_url: String,
    pub labels_url: String,
    pub comments_url: String,
    pub events_url: String,
    pub html_url: String,
    /// Number uniquely identifying the issue within its repository
    pub number: i64,
    /// State of the issue; either 'open' or 'closed'
    pub state: String,
    /// The reason for the current state
    pub state_reason: Option<IssueStateReason>,
    /// Title of the issue
    pub title: String,
    /// Contents of the issue
    pub body: Option<String>,
    /// A GitHub user.
    pub user: Option<SimpleUser>,
    /// Labels to associate with this issue; pass one or more label names to replace the set of labels on this issue; send an empty array to clear all labels from the issue; note that the labels are silently dropped for users without push access to the repository
    pub labels: Vec<IssueLabelsItem>,
    /// A GitHub user.
    pub assignee: Option<SimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    /// A collection of related issues and pull requests.
    pub milestone: Option<NullableMilestone>,
    pub locked: bool,
    pub active_lock_reason: Option<String>,
    pub comments: i64,
    pub pull_request: Option<IssuePullRequest>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub draft: Option<bool>,
    /// A GitHub user.
    pub closed_by: Option<SimpleUser>,
    pub body_html: Option<String>,
    pub body_text: Option<String>,
    pub timeline_url: Option<String>,
    /// The type assigned to the issue. This is only present for issues in repositories where issue types are supported.
    pub r#type: Option<IssueType>,
    /// A repository on GitHub.
    pub repository: Option<Repository>,
    /// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
    pub performed_via_github_app: Option<NullableIntegration>,
    /// How the author is associated with the repository.
    pub author_association: Option<AuthorAssociation>,
    /// Reaction Rollup
    pub reactions: Option<ReactionRollup>,
    /// Sub-issues Summary
    pub sub_issues_summary: Option<SubIssuesSummary>,
    /// URL to get the parent issue of this issue, if it is a sub-issue
    pub parent_issue_url: Option<String>,
    /// Comments provide a way for people to collaborate on an issue.
    pub pinned_comment: Option<IssueComment>,
    /// Issue Dependencies Summary
    pub issue_dependencies_summary: Option<IssueDependenciesSummary>,
    pub issue_field_values: Option<Vec<IssueFieldValue>>,
    /// Pending suggestions for each suggestible field (`type`,
    /// `issue_field_values`, `labels`, `assignees`, `state`) the
    /// request touched. Omitted for fields not in the request or
    /// with no pending or ignored suggestions. Items tagged
    /// `ignored` are echoes of the current request's inputs that
    /// were not persisted as pending suggestions.
    pub suggestions: Option<IssuesUpdateOkBodySuggestions>,
}

runtime::decode! {
    IssuesUpdateOkBody {
        id, node_id, url, repository_url, labels_url, comments_url, events_url, html_url, number,
        state, state_reason, title, body, user, labels, assignee, assignees, milestone, locked,
        active_lock_reason, comments, pull_request, closed_at, created_at, updated_at, draft,
        closed_by, body_html, body_text, timeline_url, r#type = "type", repository,
        performed_via_github_app, author_association, reactions, sub_issues_summary,
        parent_issue_url, pinned_comment, issue_dependencies_summary, issue_field_values,
        suggestions,
    }
}

/// Pending suggestions for each suggestible field (`type`,
/// `issue_field_values`, `labels`, `assignees`, `state`) the
/// request touched. Omitted for fields not in the request or
/// with no pending or ignored suggestions. Items tagged
/// `ignored` are echoes of the current request's inputs that
/// were not persisted as pending suggestions.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestions {
    pub r#type: Option<Vec<IssuesUpdateOkBodySuggestionsTypeItem>>,
    pub issue_field_values: Option<
        Vec<IssuesUpdateOkBodySuggestionsIssueFieldValuesItem>,
    >,
    pub labels: Option<Vec<IssuesUpdateOkBodySuggestionsLabelsItem>>,
    pub assignees: Option<Vec<IssuesUpdateOkBodySuggestionsAssigneesItem>>,
    pub state: Option<Vec<IssuesUpdateOkBodySuggestionsStateItem>>,
}

runtime::decode! {
    IssuesUpdateOkBodySuggestions {
        r#type = "type", issue_field_values, labels, assignees, state,
    }
}

/// An item of the `type` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsTypeItem {
    pub value: Option<String>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

runtime::decode! {
    IssuesUpdateOkBodySuggestionsTypeItem {
        value, rationale, suggest, confidence, ignored, ignored_reason,
    }
}

/// An item of the `issue_field_values` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsIssueFieldValuesItem {
    pub field_id: Option<i64>,
    pub value: Option<IssuesUpdateSuggestionsIssueFieldValuesItemValue>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

runtime::decode! {
    IssuesUpdateOkBodySuggestionsIssueFieldValuesItem {
        field_id, value, rationale, suggest, confidence, ignored, ignored_reason,
    }
}

/// The `value` member of `IssuesUpdateOkBodySuggestionsIssueFieldValuesItem`.
///
/// Decoding tries `List`, `Number`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesUpdateSuggestionsIssueFieldValuesItemValue {
    /// The value is a JSON array.
    List(Vec<String>),
    /// The value is a JSON number.
    Number(f64),
    /// The value is a JSON string.
    String(String),
}

runtime::string_enum! {
    /// The `confidence` member of `IssuesUpdateOkBodySuggestionsIssueFieldValuesItem`.
    pub enum IssuesUpdateIssueFieldValuesItemConfidence {
        Low = "low",
        Medium = "medium",
        High = "high",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `ignored_reason` member of `IssuesUpdateOkBodySuggestionsIssueFieldValuesItem`.
    pub enum IssuesUpdateIssueFieldValuesItemIgnoredReason {
        AlreadyApplied = "already_applied",
        IssueAlreadyClosed = "issue_already_closed",
        ..Unknown
    }
}

/// An item of the `labels` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsLabelsItem {
    pub name: Option<String>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

runtime::decode! {
    IssuesUpdateOkBodySuggestionsLabelsItem {
        name, rationale, suggest, confidence, ignored, ignored_reason,
    }
}

/// An item of the `assignees` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsAssigneesItem {
    pub login: Option<String>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

runtime::decode! {
    IssuesUpdateOkBodySuggestionsAssigneesItem {
        login, rationale, suggest, confidence, ignored, ignored_reason,
    }
}

/// An item of the `state` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsStateItem {
    pub value: Option<String>,
    pub state_reason: Option<String>,
    pub duplicate_issue_id: Option<i64>,
    pub rationale: Option<String>,
    pub suggest: Option<bool>,
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    pub ignored: Option<bool>,
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

runtime::decode! {
    IssuesUpdateOkBodySuggestionsStateItem {
        value, state_reason, duplicate_issue_id, rationale, suggest, confidence, ignored,
        ignored_reason,
    }
}

/// The request body of `IssuesCreateComment`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IssuesCreateCommentBody {
    /// The contents of the comment.
    pub body: String,
}

runtime::decode! { IssuesCreateCommentBody { body } }

runtime::builder! {
    IssuesCreateCommentBody(body: impl Into<String>) {}
}

/// The request body of `IssuesAddLabels`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct IssuesAddLabelsBody {
    /// The labels to add to the issue's existing labels. You can also pass an `array` of labels directly, but GitHub recommends passing an object with the `labels` key. To replace all of the labels for an issue, use "[Set labels for an issue](https://docs.github.com/rest/issues/labels#set-labels-for-an-issue)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<IssuesAddLabelsBodyLabelsItem>>,
}

runtime::decode! { IssuesAddLabelsBody { labels } }

runtime::builder! {
    IssuesAddLabelsBody() {
        labels: impl Into<Vec<IssuesAddLabelsBodyLabelsItem>>,
    }
}

/// The labels to add to the issue's existing labels. You can also pass an `array` of labels directly, but GitHub recommends passing an object with the `labels` key. To replace all of the labels for an issue, use "[Set labels for an issue](https://docs.github.com/rest/issues/labels#set-labels-for-an-issue)."
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesAddLabelsBodyLabelsItem {
    /// The value is of type [`IssuesAddLabelsBodyLabelsItemObject`].
    Object(IssuesAddLabelsBodyLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssuesAddLabelsBodyLabelsItem`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IssuesAddLabelsBodyLabelsItemObject {
    /// The name of the label to add.
    pub name: String,
    /// Optional reasoning for adding this label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// If `true`, the label is stored as a pending suggestion for human review rather than applied directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    /// The confidence level for this label choice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateBodyLabelsItemObjectConfidence>,
}

runtime::decode! { IssuesAddLabelsBodyLabelsItemObject { name, rationale, suggest, confidence } }

runtime::builder! {
    IssuesAddLabelsBodyLabelsItemObject(name: impl Into<String>) {
        rationale: impl Into<String>,
        suggest: bool,
        confidence: impl Into<IssuesUpdateBodyLabelsItemObjectConfidence>,
    }
}

/// The request body of `IssuesLock`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct IssuesLockBody {
    /// The reason for locking the issue or pull request conversation. Lock will fail if you don't use one of these reasons:
    ///  * `off-topic`
    ///  * `too heated`
    ///  * `resolved`
    ///  * `spam`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_reason: Option<IssuesLockBodyLockReason>,
}

runtime::decode! { IssuesLockBody { lock_reason } }

runtime::builder! {
    IssuesLockBody() {
        lock_reason: impl Into<IssuesLockBodyLockReason>,
    }
}

runtime::string_enum! {
    /// The reason for locking the issue or pull request conversation. Lock will fail if you don't use one of these reasons:
    ///  * `off-topic`
    ///  * `too heated`
    ///  * `resolved`
    ///  * `spam`
    pub enum IssuesLockBodyLockReason {
        OffTopic = "off-topic",
        TooHeated = "too heated",
        Resolved = "resolved",
        Spam = "spam",
        ..Unknown
    }
}

/// List repository issues
///
/// List issues in a repository. Only open issues will be listed.
///
/// > [!NOTE]
/// > GitHub's REST API considers every pull request an issue, but not every issue is a pull request. For this reason, "Issues" endpoints may return both issues and pull requests in the response. You can identify pull requests by the `pull_request` key. Be aware that the `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find out the pull request id, use the "[List pull requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `GET /repos/{owner}/{repo}/issues`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesListForRepo {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// If an `integer` is passed, it should refer to a milestone by its `number` field. If the string `*` is passed, issues with any milestone are accepted. If the string `none` is passed, issues without milestones are returned. (query parameter `milestone`)
    pub milestone: Option<String>,
    /// Indicates the state of the issues to return. (query parameter `state`)
    pub state: Option<IssuesListForRepoState>,
    /// Can be the name of a user. Pass in `none` for issues with no assigned user, and `*` for issues assigned to any user. (query parameter `assignee`)
    pub assignee: Option<String>,
    /// Can be the name of an issue type. If the string `*` is passed, issues with any type are accepted. If the string `none` is passed, issues without type are returned. (query parameter `type`)
    pub r#type: Option<String>,
    /// The user that created the issue. (query parameter `creator`)
    pub creator: Option<String>,
    /// A user that's mentioned in the issue. (query parameter `mentioned`)
    pub mentioned: Option<String>,
    /// A comma-separated list of issue field filters in `field_slug:value` format.
    /// Only issues matching all specified field values are returned.
    /// Requires issue fields to be enabled for the repository. Issue fields are
    /// not available for user-owned repositories, and field availability for
    /// organization-owned public repositories depends on the organization's
    /// visibility settings. For example, `priority:Urgent,severity:High` filters
    /// issues where the `priority` field is `Urgent` AND the `severity` field is
    /// `High`. (query parameter `issue_field_values`)
    pub issue_field_values: Option<String>,
    /// A list of comma separated label names. Example: `bug,ui,@high` (query parameter `labels`)
    pub labels: Option<String>,
    /// What to sort results by. (query parameter `sort`)
    pub sort: Option<IssuesListForRepoSort>,
    /// The direction to sort the results by. (query parameter `direction`)
    pub direction: Option<IssuesListForRepoDirection>,
    /// Only show results that were last updated after the given time. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`. (query parameter `since`)
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `per_page`)
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `page`)
    pub page: Option<i64>,
}

runtime::builder! {
    IssuesListForRepo(owner: impl Into<String>, repo: impl Into<String>) {
        milestone: impl Into<String>,
        state: impl Into<IssuesListForRepoState>,
        assignee: impl Into<String>,
        r#type: impl Into<String>,
        creator: impl Into<String>,
        mentioned: impl Into<String>,
        issue_field_values: impl Into<String>,
        labels: impl Into<String>,
        sort: impl Into<IssuesListForRepoSort>,
        direction: impl Into<IssuesListForRepoDirection>,
        since: impl Into<chrono::DateTime<chrono::Utc>>,
        per_page: i64,
        page: i64,
    }
}

runtime::responses! {
    IssuesListForRepo: Result<Vec<Issue>, enum IssuesListForRepoError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesListForRepoResponse {
        /// 200: Response
        200 => Ok { headers: LinkHeaders, body: Vec<Issue> = json }: Ok(body),
        /// 301: Moved permanently
        301 => MovedPermanently(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
    }
}

impl runtime::Operation for IssuesListForRepo {
    type Response = IssuesListForRepoResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("milestone", &self.milestone, runtime::FORM_EXPLODE)?;
        query.optional("state", &self.state, runtime::FORM_EXPLODE)?;
        query.optional("assignee", &self.assignee, runtime::FORM_EXPLODE)?;
        query.optional("type", &self.r#type, runtime::FORM_EXPLODE)?;
        query.optional("creator", &self.creator, runtime::FORM_EXPLODE)?;
        query.optional("mentioned", &self.mentioned, runtime::FORM_EXPLODE)?;
        query
            .optional(
                "issue_field_values",
                &self.issue_field_values,
                runtime::FORM_EXPLODE,
            )?;
        query.optional("labels", &self.labels, runtime::FORM_EXPLODE)?;
        query.optional("sort", &self.sort, runtime::FORM_EXPLODE)?;
        query.optional("direction", &self.direction, runtime::FORM_EXPLODE)?;
        query.optional("since", &self.since, runtime::FORM_EXPLODE)?;
        query.optional("per_page", &self.per_page, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

runtime::paginated!(IssuesListForRepo: Ok { body } => Issue, next: link);

/// Create an issue
///
/// Any user with pull access to a repository can create an issue. If [issues are disabled in the repository](https://docs.github.com/articles/disabling-issues/), the API returns a `410 Gone` status.
///
/// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)"
/// and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `POST /repos/{owner}/{repo}/issues`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesCreate {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The request body. Sent as `application/json`.
    pub body: IssuesCreateBody,
}

runtime::builder! {
    IssuesCreate(
        owner: impl Into<String>,
        repo: impl Into<String>,
        body: impl Into<IssuesCreateBody>,
    ) {}
}

runtime::responses! {
    IssuesCreate: Result<Issue, enum IssuesCreateError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesCreateResponse {
        /// 201: Response
        201 => Created { headers: IssuesCreateCreatedHeaders, body: Issue = json }: Ok(body),
        /// 400: Bad Request
        400 => BadRequest(BasicError = json): Err,
        /// 403: Forbidden
        403 => Forbidden(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 410: Gone
        410 => Gone(BasicError = json): Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
        /// 503: Service unavailable
        503 => ServiceUnavailable(ServiceUnavailable = json): Err,
    }
}

/// The headers documented for the `201` response of `IssuesCreate`.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesCreateCreatedHeaders {
    /// header `Location`
    pub location: Option<String>,
}

impl runtime::FromHeaders for IssuesCreateCreatedHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(IssuesCreateCreatedHeaders {
            location: runtime::header(headers, "location")?,
        })
    }
}

impl runtime::Operation for IssuesCreate {
    type Response = IssuesCreateResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues");
        let path = path.finish();
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json, application/scim+json");
        Ok(request)
    }
}

/// Get an issue
///
/// The API returns a [`301 Moved Permanently` status](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects) if the issue was
/// [transferred](https://docs.github.com/articles/transferring-an-issue-to-another-repository/) to another repository. If
/// the issue was transferred to or deleted from a repository where the authenticated user lacks read access, the API
/// returns a `404 Not Found` status. If the issue was deleted from a repository where the authenticated user has read
/// access, the API returns a `410 Gone` status. To receive webhook events for transferred and deleted issues, subscribe
/// to the [`issues`](https://docs.github.com/webhooks/event-payloads/#issues) webhook.
///
/// > [!NOTE]
/// > GitHub's REST API considers every pull request an issue, but not every issue is a pull request. For this reason, "Issues" endpoints may return both issues and pull requests in the response. You can identify pull requests by the `pull_request` key. Be aware that the `id` of a pull request returned from "Issues" endpoints will be an _issue id_. To find out the pull request id, use the "[List pull requests](https://docs.github.com/rest/pulls/pulls#list-pull-requests)" endpoint.
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `GET /repos/{owner}/{repo}/issues/{issue_number}`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesGet {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the issue. (path parameter `issue_number`)
    pub issue_number: i64,
}

runtime::builder! {
    IssuesGet(owner: impl Into<String>, repo: impl Into<String>, issue_number: i64) {}
}

runtime::responses! {
    IssuesGet: Result<Issue, enum IssuesGetError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesGetResponse {
        /// 200: Response
        200 => Ok(Issue = json): Ok(body),
        /// 301: Moved permanently
        301 => MovedPermanently(BasicError = json): Err,
        /// 304: Not modified
        304 => NotModified: Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 410: Gone
        410 => Gone(BasicError = json): Err,
    }
}

impl runtime::Operation for IssuesGet {
    type Response = IssuesGetResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues/");
        path.parameter("issue_number", &self.issue_number, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// Update an issue
///
/// Issue owners and users with push access or Triage role can edit an issue.
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `PATCH /repos/{owner}/{repo}/issues/{issue_number}`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesUpdate {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the issue. (path parameter `issue_number`)
    pub issue_number: i64,
    /// The request body. Sent as `application/json`.
    pub body: Option<IssuesUpdateBody>,
}

runtime::builder! {
    IssuesUpdate(owner: impl Into<String>, repo: impl Into<String>, issue_number: i64) {
        body: impl Into<IssuesUpdateBody>,
    }
}

runtime::responses! {
    IssuesUpdate: Result<IssuesUpdateOkBody, enum IssuesUpdateError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesUpdateResponse {
        /// 200: Response
        200 => Ok(IssuesUpdateOkBody = json): Ok(body),
        /// 301: Moved permanently
        301 => MovedPermanently(BasicError = json): Err,
        /// 403: Forbidden
        403 => Forbidden(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 410: Gone
        410 => Gone(BasicError = json): Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
        /// 503: Service unavailable
        503 => ServiceUnavailable(ServiceUnavailable = json): Err,
    }
}

impl runtime::Operation for IssuesUpdate {
    type Response = IssuesUpdateResponse;

    const METHOD: &'static str = "PATCH";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues/");
        path.parameter("issue_number", &self.issue_number, runtime::SIMPLE)?;
        let path = path.finish();
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::json(
                        body,
                        http::HeaderValue::from_static("application/json"),
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// List issue comments
///
/// You can use the REST API to list comments on issues and pull requests. Every pull request is an issue, but not every issue is a pull request.
///
/// Issue comments are ordered by ascending ID.
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `GET /repos/{owner}/{repo}/issues/{issue_number}/comments`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesListComments {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the issue. (path parameter `issue_number`)
    pub issue_number: i64,
    /// Only show results that were last updated after the given time. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`. (query parameter `since`)
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `per_page`)
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `page`)
    pub page: Option<i64>,
}

runtime::builder! {
    IssuesListComments(owner: impl Into<String>, repo: impl Into<String>, issue_number: i64) {
        since: impl Into<chrono::DateTime<chrono::Utc>>,
        per_page: i64,
        page: i64,
    }
}

runtime::responses! {
    IssuesListComments: Result<Vec<IssueComment>, enum IssuesListCommentsError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesListCommentsResponse {
        /// 200: Response
        200 => Ok { headers: LinkHeaders, body: Vec<IssueComment> = json }: Ok(body),
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 410: Gone
        410 => Gone(BasicError = json): Err,
    }
}

impl runtime::Operation for IssuesListComments {
    type Response = IssuesListCommentsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}/comments";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues/");
        path.parameter("issue_number", &self.issue_number, runtime::SIMPLE)?;
        path.literal("/comments");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("since", &self.since, runtime::FORM_EXPLODE)?;
        query.optional("per_page", &self.per_page, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

runtime::paginated!(IssuesListComments: Ok { body } => IssueComment, next: link);

/// Create an issue comment
///
/// You can use the REST API to create comments on issues and pull requests. Every pull request is an issue, but not every issue is a pull request.
///
/// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications).
/// Creating content too quickly using this endpoint may result in secondary rate limiting.
/// For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)"
/// and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesCreateComment {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the issue. (path parameter `issue_number`)
    pub issue_number: i64,
    /// The request body. Sent as `application/json`.
    pub body: IssuesCreateCommentBody,
}

runtime::builder! {
    IssuesCreateComment(
        owner: impl Into<String>,
        repo: impl Into<String>,
        issue_number: i64,
        body: impl Into<IssuesCreateCommentBody>,
    ) {}
}

runtime::responses! {
    IssuesCreateComment: Result<IssueComment, enum IssuesCreateCommentError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesCreateCommentResponse {
        /// 201: Response
        201 => Created { headers: IssuesCreateCommentCreatedHeaders, body: IssueComment = json }: Ok(body),
        /// 403: Forbidden
        403 => Forbidden(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 410: Gone
        410 => Gone(BasicError = json): Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
    }
}

/// The headers documented for the `201` response of `IssuesCreateComment`.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesCreateCommentCreatedHeaders {
    /// header `Location`
    pub location: Option<String>,
}

impl runtime::FromHeaders for IssuesCreateCommentCreatedHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(IssuesCreateCommentCreatedHeaders {
            location: runtime::header(headers, "location")?,
        })
    }
}

impl runtime::Operation for IssuesCreateComment {
    type Response = IssuesCreateCommentResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}/comments";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues/");
        path.parameter("issue_number", &self.issue_number, runtime::SIMPLE)?;
        path.literal("/comments");
        let path = path.finish();
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// Add labels to an issue
///
/// Adds labels to an issue.
///
/// `POST /repos/{owner}/{repo}/issues/{issue_number}/labels`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesAddLabels {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the issue. (path parameter `issue_number`)
    pub issue_number: i64,
    /// The request body. Sent as `application/json`.
    pub body: Option<IssuesAddLabelsBody>,
}

runtime::builder! {
    IssuesAddLabels(owner: impl Into<String>, repo: impl Into<String>, issue_number: i64) {
        body: impl Into<IssuesAddLabelsBody>,
    }
}

runtime::responses! {
    IssuesAddLabels: Result<Vec<Label>, enum IssuesAddLabelsError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesAddLabelsResponse {
        /// 200: Response
        200 => Ok(Vec<Label> = json): Ok(body),
        /// 301: Moved permanently
        301 => MovedPermanently(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 410: Gone
        410 => Gone(BasicError = json): Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
    }
}

impl runtime::Operation for IssuesAddLabels {
    type Response = IssuesAddLabelsResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}/labels";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues/");
        path.parameter("issue_number", &self.issue_number, runtime::SIMPLE)?;
        path.literal("/labels");
        let path = path.finish();
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::json(
                        body,
                        http::HeaderValue::from_static("application/json"),
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// Lock an issue
///
/// Users with push access can lock an issue or pull request's conversation.
///
/// Note that, if you choose not to pass any parameters, you'll need to set `Content-Length` to zero when calling out to this endpoint. For more information, see "[HTTP method](https://docs.github.com/rest/guides/getting-started-with-the-rest-api#http-method)."
///
/// `PUT /repos/{owner}/{repo}/issues/{issue_number}/lock`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesLock {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the issue. (path parameter `issue_number`)
    pub issue_number: i64,
    /// The request body. Sent as `application/json`.
    pub body: Option<Option<IssuesLockBody>>,
}

runtime::builder! {
    IssuesLock(owner: impl Into<String>, repo: impl Into<String>, issue_number: i64) {
        body: impl Into<Option<IssuesLockBody>>,
    }
}

runtime::responses! {
    IssuesLock: Result<(), enum IssuesLockError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesLockResponse {
        /// 204: Response
        204 => NoContent: Ok(()),
        /// 403: Forbidden
        403 => Forbidden(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 410: Gone
        410 => Gone(BasicError = json): Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
    }
}

impl runtime::Operation for IssuesLock {
    type Response = IssuesLockResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}/lock";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/issues/");
        path.parameter("issue_number", &self.issue_number, runtime::SIMPLE)?;
        path.literal("/lock");
        let path = path.finish();
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::json(
                        body,
                        http::HeaderValue::from_static("application/json"),
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// List labels for a repository
///
/// Lists all labels for a repository.
///
/// `GET /repos/{owner}/{repo}/labels`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesListLabelsForRepo {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `per_page`)
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `page`)
    pub page: Option<i64>,
}

runtime::builder! {
    IssuesListLabelsForRepo(owner: impl Into<String>, repo: impl Into<String>) {
        per_page: i64,
        page: i64,
    }
}

runtime::responses! {
    IssuesListLabelsForRepo: Result<Vec<Label>, enum IssuesListLabelsForRepoError>,
    #[derive(Clone, PartialEq)]
    pub enum IssuesListLabelsForRepoResponse {
        /// 200: Response
        200 => Ok { headers: LinkHeaders, body: Vec<Label> = json }: Ok(body),
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
    }
}

impl runtime::Operation for IssuesListLabelsForRepo {
    type Response = IssuesListLabelsForRepoResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/labels";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/labels");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("per_page", &self.per_page, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

runtime::paginated!(IssuesListLabelsForRepo: Ok { body } => Label, next: link);
