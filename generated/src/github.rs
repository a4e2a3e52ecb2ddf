// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.

//! GitHub's official OpenAPI spec + Octokit extension 23.0.2
//!
//! OpenAPI specs from https://github.com/github/rest-api-description with the 'x-octokit' extension required by the Octokit SDKs
//!
//! Generated from `specs/github/api.github.com.octokit-23.0.2.json`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.github.com";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.github.com"];

/// A GitHub user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SimpleUser {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub name: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub email: Option<Option<String>>,
    pub login: String,
    pub id: i64,
    pub node_id: String,
    pub avatar_url: String,
    pub gravatar_id: Option<String>,
    pub url: String,
    pub html_url: String,
    pub followers_url: String,
    pub following_url: String,
    pub gists_url: String,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub organizations_url: String,
    pub repos_url: String,
    pub events_url: String,
    pub received_events_url: String,
    pub r#type: String,
    pub site_admin: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starred_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_view_type: Option<String>,
}

/// Basic Error
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct BasicError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// An enterprise on GitHub.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Enterprise {
    /// A short description of the enterprise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub description: Option<Option<String>>,
    pub html_url: String,
    /// The enterprise's website URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub website_url: Option<Option<String>>,
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

/// Scim Error
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ScimError {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub message: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub documentation_url: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub detail: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    #[serde(rename = "scimType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub scim_type: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schemas: Option<Vec<String>>,
}

/// Validation Error
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ValidationError {
    pub message: String,
    pub documentation_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ValidationErrorErrorsItem>>,
}

/// An item of the `errors` member of `ValidationError`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ValidationErrorErrorsItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub value: Option<Option<ValidationErrorErrorsItemValue>>,
}

/// The `value` member of `ValidationErrorErrorsItem`.
///
/// Decoding tries `List`, `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum ValidationErrorErrorsItemValue {
    /// The value is a JSON array.
    List(Vec<String>),
    /// The value is a JSON integer.
    Integer(i64),
    /// The value is a JSON string.
    String(String),
}

/// Same as [`SimpleUser`].
pub type NullableSimpleUser = SimpleUser;

/// License Simple
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct NullableLicenseSimple {
    pub key: String,
    pub name: String,
    pub url: Option<String>,
    pub spdx_id: Option<String>,
    pub node_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}

impl std::fmt::Debug for NullableLicenseSimple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NullableLicenseSimple")
            .field("key", &runtime::Redacted)
            .field("name", &self.name)
            .field("url", &self.url)
            .field("spdx_id", &self.spdx_id)
            .field("node_id", &self.node_id)
            .field("html_url", &self.html_url)
            .finish()
    }
}

/// A repository on GitHub.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Repository {
    /// Unique identifier of the repository
    pub id: i64,
    pub node_id: String,
    /// The name of the repository.
    pub name: String,
    pub full_name: String,
    /// License Simple
    pub license: Option<NullableLicenseSimple>,
    pub forks: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<RepositoryPermissions>,
    /// A GitHub user.
    pub owner: SimpleUser,
    /// Whether the repository is private or public.
    pub private: bool,
    pub html_url: String,
    pub description: Option<String>,
    pub fork: bool,
    pub url: String,
    pub archive_url: String,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub deployments_url: String,
    pub downloads_url: String,
    pub events_url: String,
    pub forks_url: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    pub git_url: String,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub languages_url: String,
    pub merges_url: String,
    pub milestones_url: String,
    pub notifications_url: String,
    pub pulls_url: String,
    pub releases_url: String,
    pub ssh_url: String,
    pub stargazers_url: String,
    pub statuses_url: String,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub trees_url: String,
    pub clone_url: String,
    pub mirror_url: Option<String>,
    pub hooks_url: String,
    pub svn_url: String,
    pub homepage: Option<String>,
    pub language: Option<String>,
    pub forks_count: i64,
    pub stargazers_count: i64,
    pub watchers_count: i64,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: i64,
    /// The default branch of the repository.
    pub default_branch: String,
    pub open_issues_count: i64,
    /// Whether this repository acts as a template that can be used to generate new repositories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_template: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    /// Whether issues are enabled.
    pub has_issues: bool,
    /// Whether projects are enabled.
    pub has_projects: bool,
    /// Whether the wiki is enabled.
    pub has_wiki: bool,
    pub has_pages: bool,
    /// Whether downloads are enabled.
    #[deprecated]
    pub has_downloads: bool,
    /// Whether discussions are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_discussions: Option<bool>,
    /// Whether pull requests are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_pull_requests: Option<bool>,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_request_creation_policy: Option<RepositoryPullRequestCreationPolicy>,
    /// Whether the repository is archived.
    pub archived: bool,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    /// The repository visibility: public, private, or internal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    pub pushed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether to allow rebase merges for pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_rebase_merge: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temp_clone_token: Option<String>,
    /// Whether to allow squash merges for pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_squash_merge: Option<bool>,
    /// Whether to allow Auto-merge to be used on pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_auto_merge: Option<bool>,
    /// Whether to delete head branches when pull requests are merged
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_branch_on_merge: Option<bool>,
    /// Whether or not a pull request head branch that is behind its base branch can always be updated even if it is not required to be up to date before merging.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_update_branch: Option<bool>,
    /// Whether a squash merge commit can use the pull request title as default. **This property is closing down. Please use `squash_merge_commit_title` instead.
    #[deprecated]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_squash_pr_title_as_default: Option<bool>,
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_merge_commit_title: Option<RepositorySquashMergeCommitTitle>,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_merge_commit_message: Option<RepositorySquashMergeCommitMessage>,
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_title: Option<RepositoryMergeCommitTitle>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_message: Option<RepositoryMergeCommitMessage>,
    /// Whether to allow merge commits for pull requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_merge_commit: Option<bool>,
    /// Whether to allow forking this repo
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_forking: Option<bool>,
    /// Whether to require contributors to sign off on web-based commits
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_commit_signoff_required: Option<bool>,
    pub open_issues: i64,
    pub watchers: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub master_branch: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starred_at: Option<String>,
    /// Whether anonymous git access is enabled for this repository
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anonymous_access_enabled: Option<bool>,
    /// The status of the code search index for this repository
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_search_index_status: Option<RepositoryCodeSearchIndexStatus>,
}

#[allow(deprecated)]
impl std::fmt::Debug for Repository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Repository")
            .field("id", &self.id)
            .field("node_id", &self.node_id)
            .field("name", &self.name)
            .field("full_name", &self.full_name)
            .field("license", &self.license)
            .field("forks", &self.forks)
            .field("permissions", &self.permissions)
            .field("owner", &self.owner)
            .field("private", &self.private)
            .field("html_url", &self.html_url)
            .field("description", &self.description)
            .field("fork", &self.fork)
            .field("url", &self.url)
            .field("archive_url", &self.archive_url)
            .field("assignees_url", &self.assignees_url)
            .field("blobs_url", &self.blobs_url)
            .field("branches_url", &self.branches_url)
            .field("collaborators_url", &self.collaborators_url)
            .field("comments_url", &self.comments_url)
            .field("commits_url", &self.commits_url)
            .field("compare_url", &self.compare_url)
            .field("contents_url", &self.contents_url)
            .field("contributors_url", &self.contributors_url)
            .field("deployments_url", &self.deployments_url)
            .field("downloads_url", &self.downloads_url)
            .field("events_url", &self.events_url)
            .field("forks_url", &self.forks_url)
            .field("git_commits_url", &self.git_commits_url)
            .field("git_refs_url", &self.git_refs_url)
            .field("git_tags_url", &self.git_tags_url)
            .field("git_url", &self.git_url)
            .field("issue_comment_url", &self.issue_comment_url)
            .field("issue_events_url", &self.issue_events_url)
            .field("issues_url", &self.issues_url)
            .field("keys_url", &self.keys_url)
            .field("labels_url", &self.labels_url)
            .field("languages_url", &self.languages_url)
            .field("merges_url", &self.merges_url)
            .field("milestones_url", &self.milestones_url)
            .field("notifications_url", &self.notifications_url)
            .field("pulls_url", &self.pulls_url)
            .field("releases_url", &self.releases_url)
            .field("ssh_url", &self.ssh_url)
            .field("stargazers_url", &self.stargazers_url)
            .field("statuses_url", &self.statuses_url)
            .field("subscribers_url", &self.subscribers_url)
            .field("subscription_url", &self.subscription_url)
            .field("tags_url", &self.tags_url)
            .field("teams_url", &self.teams_url)
            .field("trees_url", &self.trees_url)
            .field("clone_url", &self.clone_url)
            .field("mirror_url", &self.mirror_url)
            .field("hooks_url", &self.hooks_url)
            .field("svn_url", &self.svn_url)
            .field("homepage", &self.homepage)
            .field("language", &self.language)
            .field("forks_count", &self.forks_count)
            .field("stargazers_count", &self.stargazers_count)
            .field("watchers_count", &self.watchers_count)
            .field("size", &self.size)
            .field("default_branch", &self.default_branch)
            .field("open_issues_count", &self.open_issues_count)
            .field("is_template", &self.is_template)
            .field("topics", &self.topics)
            .field("has_issues", &self.has_issues)
            .field("has_projects", &self.has_projects)
            .field("has_wiki", &self.has_wiki)
            .field("has_pages", &self.has_pages)
            .field("has_downloads", &self.has_downloads)
            .field("has_discussions", &self.has_discussions)
            .field("has_pull_requests", &self.has_pull_requests)
            .field("pull_request_creation_policy", &self.pull_request_creation_policy)
            .field("archived", &self.archived)
            .field("disabled", &self.disabled)
            .field("visibility", &self.visibility)
            .field("pushed_at", &self.pushed_at)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("allow_rebase_merge", &self.allow_rebase_merge)
            .field("temp_clone_token", &runtime::Redacted)
            .field("allow_squash_merge", &self.allow_squash_merge)
            .field("allow_auto_merge", &self.allow_auto_merge)
            .field("delete_branch_on_merge", &self.delete_branch_on_merge)
            .field("allow_update_branch", &self.allow_update_branch)
            .field(
                "use_squash_pr_title_as_default",
                &self.use_squash_pr_title_as_default,
            )
            .field("squash_merge_commit_title", &self.squash_merge_commit_title)
            .field("squash_merge_commit_message", &self.squash_merge_commit_message)
            .field("merge_commit_title", &self.merge_commit_title)
            .field("merge_commit_message", &self.merge_commit_message)
            .field("allow_merge_commit", &self.allow_merge_commit)
            .field("allow_forking", &self.allow_forking)
            .field("web_commit_signoff_required", &self.web_commit_signoff_required)
            .field("open_issues", &self.open_issues)
            .field("watchers", &self.watchers)
            .field("master_branch", &self.master_branch)
            .field("starred_at", &self.starred_at)
            .field("anonymous_access_enabled", &self.anonymous_access_enabled)
            .field("code_search_index_status", &self.code_search_index_status)
            .finish()
    }
}

/// The `permissions` member of `Repository`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct RepositoryPermissions {
    pub admin: bool,
    pub pull: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triage: Option<bool>,
    pub push: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintain: Option<bool>,
}

runtime::string_enum! {
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub enum RepositoryPullRequestCreationPolicy {
        All = "all",
        CollaboratorsOnly = "collaborators_only",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    pub enum RepositorySquashMergeCommitTitle {
        PrTitle = "PR_TITLE",
        CommitOrPrTitle = "COMMIT_OR_PR_TITLE",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    pub enum RepositorySquashMergeCommitMessage {
        PrBody = "PR_BODY",
        CommitMessages = "COMMIT_MESSAGES",
        Blank = "BLANK",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    pub enum RepositoryMergeCommitTitle {
        PrTitle = "PR_TITLE",
        MergeMessage = "MERGE_MESSAGE",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    pub enum RepositoryMergeCommitMessage {
        PrBody = "PR_BODY",
        PrTitle = "PR_TITLE",
        Blank = "BLANK",
        ..Unknown
    }
}

/// The status of the code search index for this repository
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct RepositoryCodeSearchIndexStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lexical_search_ok: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lexical_commit_sha: Option<String>,
}

/// Code Of Conduct
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CodeOfConduct {
    pub key: String,
    pub name: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    pub html_url: Option<String>,
}

impl std::fmt::Debug for CodeOfConduct {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeOfConduct")
            .field("key", &runtime::Redacted)
            .field("name", &self.name)
            .field("url", &self.url)
            .field("body", &self.body)
            .field("html_url", &self.html_url)
            .finish()
    }
}

/// Color-coded labels help you categorize and filter your issues (just like labels in Gmail).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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

/// A collection of related issues and pull requests.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct NullableMilestone {
    pub url: String,
    pub html_url: String,
    pub labels_url: String,
    pub id: i64,
    pub node_id: String,
    /// The number of the milestone.
    pub number: i64,
    /// The state of the milestone.
    pub state: NullableMilestoneState,
    /// The title of the milestone.
    pub title: String,
    pub description: Option<String>,
    /// A GitHub user.
    pub creator: Option<SimpleUser>,
    pub open_issues: i64,
    pub closed_issues: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub due_on: Option<chrono::DateTime<chrono::Utc>>,
}

runtime::string_enum! {
    /// The state of the milestone.
    pub enum NullableMilestoneState {
        Open = "open",
        Closed = "closed",
        ..Unknown
    }
}

/// The type assigned to the issue. This is only present for issues in repositories where issue types are supported.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub color: Option<Option<IssueTypeColor>>,
    /// The time the issue type created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time the issue type last updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The enabled state of the issue type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct NullableIntegration {
    /// Unique identifier of the GitHub app
    pub id: i64,
    /// The slug name of the GitHub app
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    pub node_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub installations_count: Option<i64>,
}

/// The `owner` member of `NullableIntegration`.
///
/// Decoding tries `SimpleUser`, `Enterprise` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum NullableIntegrationOwner {
    /// A [`SimpleUser`].
    SimpleUser(SimpleUser),
    /// A [`Enterprise`].
    Enterprise(Enterprise),
}

/// The set of permissions for the GitHub app
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct NullableIntegrationPermissions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issues: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checks: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contents: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deployments: Option<String>,
    /// Members beyond the documented ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

runtime::string_enum! {
    /// How the author is associated with the repository.
    pub enum AuthorAssociation {
        Collaborator = "COLLABORATOR",
        Contributor = "CONTRIBUTOR",
        FirstTimer = "FIRST_TIMER",
        FirstTimeContributor = "FIRST_TIME_CONTRIBUTOR",
        Mannequin = "MANNEQUIN",
        Member = "MEMBER",
        None = "NONE",
        Owner = "OWNER",
        ..Unknown
    }
}

/// Reaction Rollup
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ReactionRollup {
    pub url: String,
    pub total_count: i64,
    #[serde(rename = "+1")]
    pub n1: i64,
    #[serde(rename = "-1")]
    pub n1_2: i64,
    pub laugh: i64,
    pub confused: i64,
    pub heart: i64,
    pub hooray: i64,
    pub eyes: i64,
    pub rocket: i64,
}

/// Sub-issues Summary
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SubIssuesSummary {
    pub total: i64,
    pub completed: i64,
    pub percent_completed: i64,
}

/// Context around who pinned an issue comment and when it was pinned.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct NullablePinnedIssueComment {
    pub pinned_at: chrono::DateTime<chrono::Utc>,
    /// A GitHub user.
    pub pinned_by: Option<SimpleUser>,
}

/// Details about why an issue comment was minimized.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NullableIssueCommentMinimized {
    /// The reason the comment was minimized.
    pub reason: Option<String>,
}

/// Same as [`IssueComment`].
pub type NullableIssueComment = IssueComment;

/// Issue Dependencies Summary
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssueDependenciesSummary {
    pub blocked_by: i64,
    pub blocking: i64,
    pub total_blocked_by: i64,
    pub total_blocking: i64,
}

/// A value assigned to an issue field
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssueFieldValue {
    /// Unique identifier for the issue field.
    pub issue_field_id: i64,
    /// The human-readable name of the issue field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_field_name: Option<String>,
    pub node_id: String,
    /// The data type of the issue field
    pub data_type: IssueFieldValueDataType,
    /// The value of the issue field
    pub value: Option<IssueFieldValueValue>,
    /// Details about the selected option (only present for single_select fields)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub single_select_option: Option<Option<IssueFieldValueSingleSelectOption>>,
    /// Details about the selected options
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub multi_select_options: Option<Option<Vec<IssueFieldValueMultiSelectOptionsItem>>>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssueFieldValueSingleSelectOption {
    /// Unique identifier for the option.
    pub id: i64,
    /// The name of the option
    pub name: String,
    /// The color of the option
    pub color: String,
}

/// Details about the selected options
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssueFieldValueMultiSelectOptionsItem {
    /// Unique identifier for the option.
    pub id: i64,
    /// The name of the option
    pub name: String,
    /// The color of the option
    pub color: String,
}

/// Issues are a great way to keep track of tasks, enhancements, and bugs for your projects.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub state_reason: Option<Option<IssueStateReason>>,
    /// Title of the issue
    pub title: String,
    /// Contents of the issue
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub body: Option<Option<String>>,
    /// A GitHub user.
    pub user: Option<SimpleUser>,
    /// Labels to associate with this issue; pass one or more label names to replace the set of labels on this issue; send an empty array to clear all labels from the issue; note that the labels are silently dropped for users without push access to the repository
    pub labels: Vec<IssueLabelsItem>,
    /// A GitHub user.
    pub assignee: Option<SimpleUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<SimpleUser>>,
    /// A collection of related issues and pull requests.
    pub milestone: Option<NullableMilestone>,
    pub locked: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub active_lock_reason: Option<Option<String>>,
    pub comments: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_request: Option<IssuePullRequest>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// A GitHub user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub closed_by: Option<Option<SimpleUser>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline_url: Option<String>,
    /// The type assigned to the issue. This is only present for issues in repositories where issue types are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub r#type: Option<Option<IssueType>>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository: Option<Repository>,
    /// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub performed_via_github_app: Option<Option<NullableIntegration>>,
    /// How the author is associated with the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_association: Option<AuthorAssociation>,
    /// Reaction Rollup
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<ReactionRollup>,
    /// Sub-issues Summary
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_issues_summary: Option<SubIssuesSummary>,
    /// URL to get the parent issue of this issue, if it is a sub-issue
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub parent_issue_url: Option<Option<String>>,
    /// Comments provide a way for people to collaborate on an issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub pinned_comment: Option<Option<IssueComment>>,
    /// Issue Dependencies Summary
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_dependencies_summary: Option<IssueDependenciesSummary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_field_values: Option<Vec<IssueFieldValue>>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssueLabelsItem {
    /// A [`IssueLabelsItemObject`].
    Object(IssueLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssueLabelsItem`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssueLabelsItemObject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub description: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub color: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
}

/// The `pull_request` member of `Issue`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuePullRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub merged_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    pub diff_url: Option<String>,
    pub html_url: Option<String>,
    pub patch_url: Option<String>,
    pub url: Option<String>,
}

/// Comments provide a way for people to collaborate on an issue.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssueComment {
    /// Unique identifier of the issue comment
    pub id: i64,
    pub node_id: String,
    /// URL for the issue comment
    pub url: String,
    /// Contents of the issue comment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<String>,
    pub html_url: String,
    /// A GitHub user.
    pub user: Option<SimpleUser>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub issue_url: String,
    /// How the author is associated with the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_association: Option<AuthorAssociation>,
    /// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub performed_via_github_app: Option<Option<NullableIntegration>>,
    /// Reaction Rollup
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<ReactionRollup>,
    /// Context around who pinned an issue comment and when it was pinned.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub pin: Option<Option<NullablePinnedIssueComment>>,
    /// Details about why an issue comment was minimized.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub minimized: Option<Option<NullableIssueCommentMinimized>>,
}

/// Public User
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PublicUser {
    pub login: String,
    pub id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_view_type: Option<String>,
    pub node_id: String,
    pub avatar_url: String,
    pub gravatar_id: Option<String>,
    pub url: String,
    pub html_url: String,
    pub followers_url: String,
    pub following_url: String,
    pub gists_url: String,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub organizations_url: String,
    pub repos_url: String,
    pub events_url: String,
    pub received_events_url: String,
    pub r#type: String,
    pub site_admin: bool,
    pub name: Option<String>,
    pub company: Option<String>,
    pub blog: Option<String>,
    pub location: Option<String>,
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub notification_email: Option<Option<String>>,
    pub hireable: Option<bool>,
    pub bio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub twitter_username: Option<Option<String>>,
    pub public_repos: i64,
    pub public_gists: i64,
    pub followers: i64,
    pub following: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PublicUserPlan>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_gists: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_private_repos: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owned_private_repos: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk_usage: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collaborators: Option<i64>,
}

/// The `plan` member of `PublicUser`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PublicUserPlan {
    pub collaborators: i64,
    pub name: String,
    pub space: i64,
    pub private_repos: i64,
}

/// The `security-and-analysis` schema.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SecurityAndAnalysis {
    /// Enable or disable GitHub Advanced Security for the repository.
    ///
    /// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advanced_security: Option<SecurityAndAnalysisAdvancedSecurity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_security: Option<SecurityAndAnalysisCodeSecurity>,
    /// Enable or disable Dependabot security updates for the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dependabot_security_updates: Option<
        SecurityAndAnalysisDependabotSecurityUpdates,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning: Option<SecurityAndAnalysisCodeSecurity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_push_protection: Option<SecurityAndAnalysisCodeSecurity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_non_provider_patterns: Option<SecurityAndAnalysisCodeSecurity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_ai_detection: Option<SecurityAndAnalysisCodeSecurity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_delegated_alert_dismissal: Option<
        SecurityAndAnalysisCodeSecurity,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_delegated_bypass: Option<SecurityAndAnalysisCodeSecurity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_scanning_delegated_bypass_options: Option<
        SecuritySecretScanningDelegatedBypassOptions,
    >,
}

impl std::fmt::Debug for SecurityAndAnalysis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecurityAndAnalysis")
            .field("advanced_security", &self.advanced_security)
            .field("code_security", &self.code_security)
            .field("dependabot_security_updates", &self.dependabot_security_updates)
            .field("secret_scanning", &runtime::Redacted)
            .field("secret_scanning_push_protection", &runtime::Redacted)
            .field("secret_scanning_non_provider_patterns", &runtime::Redacted)
            .field("secret_scanning_ai_detection", &runtime::Redacted)
            .field("secret_scanning_delegated_alert_dismissal", &runtime::Redacted)
            .field("secret_scanning_delegated_bypass", &runtime::Redacted)
            .field("secret_scanning_delegated_bypass_options", &runtime::Redacted)
            .finish()
    }
}

/// Enable or disable GitHub Advanced Security for the repository.
///
/// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SecurityAndAnalysisAdvancedSecurity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SecurityAndAnalysisStatus>,
}

/// The `code_security` member of `SecurityAndAnalysis`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SecurityAndAnalysisCodeSecurity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SecurityAndAnalysisStatus>,
}

/// Enable or disable Dependabot security updates for the repository.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SecurityAndAnalysisDependabotSecurityUpdates {
    /// The enablement status of Dependabot security updates for the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SecurityAndAnalysisDependabotSecurityUpdatesStatus>,
}

runtime::string_enum! {
    /// The enablement status of Dependabot security updates for the repository.
    pub enum SecurityAndAnalysisDependabotSecurityUpdatesStatus {
        Enabled = "enabled",
        Disabled = "disabled",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The `status` member of `SecurityAndAnalysisSecretScanningPushProtection`.
    pub enum SecurityAndAnalysisStatus {
        Enabled = "enabled",
        Disabled = "disabled",
        ..Unknown
    }
}

/// The `secret_scanning_delegated_bypass_options` member of `SecurityAndAnalysis`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SecuritySecretScanningDelegatedBypassOptions {
    /// The bypass reviewers for secret scanning delegated bypass
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<Vec<SecurityAndAnalysisReviewersItem>>,
}

/// The bypass reviewers for secret scanning delegated bypass
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SecurityAndAnalysisReviewersItem {
    /// The ID of the team or role selected as a bypass reviewer
    pub reviewer_id: i64,
    /// The type of the bypass reviewer
    pub reviewer_type: SecurityAndAnalysisReviewersItemReviewerType,
    /// The bypass mode for the reviewer
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<SecurityAndAnalysisReviewersItemMode>,
}

runtime::string_enum! {
    /// The type of the bypass reviewer
    pub enum SecurityAndAnalysisReviewersItemReviewerType {
        Team = "TEAM",
        Role = "ROLE",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The bypass mode for the reviewer
    pub enum SecurityAndAnalysisReviewersItemMode {
        Always = "ALWAYS",
        Exempt = "EXEMPT",
        ..Unknown
    }
}

/// Minimal Repository
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct MinimalRepository {
    pub id: i64,
    pub node_id: String,
    pub name: String,
    pub full_name: String,
    /// A GitHub user.
    pub owner: SimpleUser,
    pub private: bool,
    pub html_url: String,
    pub description: Option<String>,
    pub fork: bool,
    pub url: String,
    pub archive_url: String,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub deployments_url: String,
    pub downloads_url: String,
    pub events_url: String,
    pub forks_url: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub git_url: Option<String>,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub languages_url: String,
    pub merges_url: String,
    pub milestones_url: String,
    pub notifications_url: String,
    pub pulls_url: String,
    pub releases_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ssh_url: Option<String>,
    pub stargazers_url: String,
    pub statuses_url: String,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub trees_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clone_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub mirror_url: Option<Option<String>>,
    pub hooks_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub svn_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub homepage: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub language: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forks_count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stargazers_count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub watchers_count: Option<i64>,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_branch: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_issues_count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_template: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_issues: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_projects: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_wiki: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_pages: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_downloads: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_discussions: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_pull_requests: Option<bool>,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_request_creation_policy: Option<RepositoryPullRequestCreationPolicy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub pushed_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub created_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub updated_at: Option<Option<chrono::DateTime<chrono::Utc>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<MinimalRepositoryPermissions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temp_clone_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_branch_on_merge: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscribers_count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_count: Option<i64>,
    /// Code Of Conduct
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_of_conduct: Option<CodeOfConduct>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub license: Option<Option<MinimalRepositoryLicense>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forks: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_issues: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub watchers: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_forking: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_commit_signoff_required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub security_and_analysis: Option<Option<SecurityAndAnalysis>>,
    /// The custom properties that were defined for the repository. The keys are the custom property names, and the values are the corresponding custom property values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_properties: Option<serde_json::Map<String, serde_json::Value>>,
}

impl std::fmt::Debug for MinimalRepository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MinimalRepository")
            .field("id", &self.id)
            .field("node_id", &self.node_id)
            .field("name", &self.name)
            .field("full_name", &self.full_name)
            .field("owner", &self.owner)
            .field("private", &self.private)
            .field("html_url", &self.html_url)
            .field("description", &self.description)
            .field("fork", &self.fork)
            .field("url", &self.url)
            .field("archive_url", &self.archive_url)
            .field("assignees_url", &self.assignees_url)
            .field("blobs_url", &self.blobs_url)
            .field("branches_url", &self.branches_url)
            .field("collaborators_url", &self.collaborators_url)
            .field("comments_url", &self.comments_url)
            .field("commits_url", &self.commits_url)
            .field("compare_url", &self.compare_url)
            .field("contents_url", &self.contents_url)
            .field("contributors_url", &self.contributors_url)
            .field("deployments_url", &self.deployments_url)
            .field("downloads_url", &self.downloads_url)
            .field("events_url", &self.events_url)
            .field("forks_url", &self.forks_url)
            .field("git_commits_url", &self.git_commits_url)
            .field("git_refs_url", &self.git_refs_url)
            .field("git_tags_url", &self.git_tags_url)
            .field("git_url", &self.git_url)
            .field("issue_comment_url", &self.issue_comment_url)
            .field("issue_events_url", &self.issue_events_url)
            .field("issues_url", &self.issues_url)
            .field("keys_url", &self.keys_url)
            .field("labels_url", &self.labels_url)
            .field("languages_url", &self.languages_url)
            .field("merges_url", &self.merges_url)
            .field("milestones_url", &self.milestones_url)
            .field("notifications_url", &self.notifications_url)
            .field("pulls_url", &self.pulls_url)
            .field("releases_url", &self.releases_url)
            .field("ssh_url", &self.ssh_url)
            .field("stargazers_url", &self.stargazers_url)
            .field("statuses_url", &self.statuses_url)
            .field("subscribers_url", &self.subscribers_url)
            .field("subscription_url", &self.subscription_url)
            .field("tags_url", &self.tags_url)
            .field("teams_url", &self.teams_url)
            .field("trees_url", &self.trees_url)
            .field("clone_url", &self.clone_url)
            .field("mirror_url", &self.mirror_url)
            .field("hooks_url", &self.hooks_url)
            .field("svn_url", &self.svn_url)
            .field("homepage", &self.homepage)
            .field("language", &self.language)
            .field("forks_count", &self.forks_count)
            .field("stargazers_count", &self.stargazers_count)
            .field("watchers_count", &self.watchers_count)
            .field("size", &self.size)
            .field("default_branch", &self.default_branch)
            .field("open_issues_count", &self.open_issues_count)
            .field("is_template", &self.is_template)
            .field("topics", &self.topics)
            .field("has_issues", &self.has_issues)
            .field("has_projects", &self.has_projects)
            .field("has_wiki", &self.has_wiki)
            .field("has_pages", &self.has_pages)
            .field("has_downloads", &self.has_downloads)
            .field("has_discussions", &self.has_discussions)
            .field("has_pull_requests", &self.has_pull_requests)
            .field("pull_request_creation_policy", &self.pull_request_creation_policy)
            .field("archived", &self.archived)
            .field("disabled", &self.disabled)
            .field("visibility", &self.visibility)
            .field("pushed_at", &self.pushed_at)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("permissions", &self.permissions)
            .field("role_name", &self.role_name)
            .field("temp_clone_token", &runtime::Redacted)
            .field("delete_branch_on_merge", &self.delete_branch_on_merge)
            .field("subscribers_count", &self.subscribers_count)
            .field("network_count", &self.network_count)
            .field("code_of_conduct", &self.code_of_conduct)
            .field("license", &self.license)
            .field("forks", &self.forks)
            .field("open_issues", &self.open_issues)
            .field("watchers", &self.watchers)
            .field("allow_forking", &self.allow_forking)
            .field("web_commit_signoff_required", &self.web_commit_signoff_required)
            .field("security_and_analysis", &self.security_and_analysis)
            .field("custom_properties", &self.custom_properties)
            .finish()
    }
}

/// The `permissions` member of `MinimalRepository`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct MinimalRepositoryPermissions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintain: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub push: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triage: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull: Option<bool>,
}

/// The `license` member of `MinimalRepository`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct MinimalRepositoryLicense {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spdx_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub url: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

impl std::fmt::Debug for MinimalRepositoryLicense {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MinimalRepositoryLicense")
            .field("key", &runtime::Redacted)
            .field("name", &self.name)
            .field("spdx_id", &self.spdx_id)
            .field("url", &self.url)
            .field("node_id", &self.node_id)
            .finish()
    }
}

/// An object without any properties.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EmptyObject {}

/// Same as [`TeamSimple`].
pub type NullableTeamSimple = TeamSimple;

/// Groups of organization members that gives permissions on specified repositories.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Team {
    pub id: i64,
    pub node_id: String,
    pub name: String,
    pub slug: String,
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_setting: Option<String>,
    pub permission: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<TeamPermissions>,
    pub url: String,
    pub html_url: String,
    pub members_url: String,
    pub repositories_url: String,
    /// The ownership type of the team
    pub r#type: TeamType,
    /// How the team's access to the repository was granted. This property is only
    /// present when the team is returned in a repository context, such as
    /// `GET /repos/{owner}/{repo}/teams`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_source: Option<TeamAccessSource>,
    /// Unique identifier of the organization to which this team belongs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<i64>,
    /// Unique identifier of the enterprise to which this team belongs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_id: Option<i64>,
    /// Groups of organization members that gives permissions on specified repositories.
    pub parent: Option<TeamSimple>,
}

/// The `permissions` member of `Team`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct TeamPermissions {
    pub pull: bool,
    pub triage: bool,
    pub push: bool,
    pub maintain: bool,
    pub admin: bool,
}

runtime::string_enum! {
    /// The ownership type of the team
    pub enum TeamType {
        Enterprise = "enterprise",
        Organization = "organization",
        ..Unknown
    }
}

runtime::string_enum! {
    /// How the team's access to the repository was granted. This property is only
    /// present when the team is returned in a repository context, such as
    /// `GET /repos/{owner}/{repo}/teams`.
    pub enum TeamAccessSource {
        Direct = "direct",
        Organization = "organization",
        Enterprise = "enterprise",
        ..Unknown
    }
}

/// Groups of organization members that gives permissions on specified repositories.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct TeamSimple {
    /// Unique identifier of the team
    pub id: i64,
    pub node_id: String,
    /// URL for the team
    pub url: String,
    pub members_url: String,
    /// Name of the team
    pub name: String,
    /// Description of the team
    pub description: Option<String>,
    /// Permission that the team will have for its repositories
    pub permission: String,
    /// The level of privacy this team should have
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy: Option<String>,
    /// The notification setting the team has set
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification_setting: Option<String>,
    pub html_url: String,
    pub repositories_url: String,
    pub slug: String,
    /// Distinguished Name (DN) that team maps to within LDAP environment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ldap_dn: Option<String>,
    /// The ownership type of the team
    pub r#type: TeamType,
    /// Unique identifier of the organization to which this team belongs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<i64>,
    /// Unique identifier of the enterprise to which this team belongs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enterprise_id: Option<i64>,
}

/// Hypermedia Link
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Link {
    pub href: String,
}

/// The status of auto merging a pull request.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AutoMerge {
    /// A GitHub user.
    pub enabled_by: SimpleUser,
    /// The merge method to use.
    pub merge_method: AutoMergeMergeMethod,
    /// Title for the merge commit message.
    pub commit_title: String,
    /// Commit message for the merge commit.
    pub commit_message: String,
}

runtime::string_enum! {
    /// The merge method to use.
    pub enum AutoMergeMergeMethod {
        Merge = "merge",
        Squash = "squash",
        Rebase = "rebase",
        ..Unknown
    }
}

/// The stack information associated with a pull request.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullRequestStack {
    pub base: PullRequestStackBase,
    /// The total number of pull requests in the stack.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The one-based position of this pull request within the stack, where 1 is the bottom of the stack.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// The ID of the stack that this pull request belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The number of the stack that this pull request belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
}

/// The `base` member of `PullRequestStack`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PullRequestStackBase {
    /// The base ref of the stack this pull request belongs to.
    pub r#ref: String,
    /// The base SHA of the stack this pull request belongs to.
    pub sha: String,
}

/// Pull Request Simple
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullRequestSimple {
    pub url: String,
    pub id: i64,
    pub node_id: String,
    pub html_url: String,
    pub diff_url: String,
    pub patch_url: String,
    pub issue_url: String,
    pub commits_url: String,
    pub review_comments_url: String,
    pub review_comment_url: String,
    pub comments_url: String,
    pub statuses_url: String,
    pub number: i64,
    pub state: String,
    pub locked: bool,
    pub title: String,
    /// A GitHub user.
    pub user: Option<SimpleUser>,
    pub body: Option<String>,
    pub labels: Vec<PullRequestSimpleLabelsItem>,
    /// A collection of related issues and pull requests.
    pub milestone: Option<NullableMilestone>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub active_lock_reason: Option<Option<String>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub merged_at: Option<chrono::DateTime<chrono::Utc>>,
    pub merge_commit_sha: Option<String>,
    /// A GitHub user.
    pub assignee: Option<SimpleUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<SimpleUser>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_reviewers: Option<Vec<SimpleUser>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_teams: Option<Vec<Team>>,
    pub head: PullRequestSimpleHead,
    pub base: PullRequestSimpleHead,
    #[serde(rename = "_links")]
    pub links: PullRequestLinks,
    /// How the author is associated with the repository.
    pub author_association: AuthorAssociation,
    /// The status of auto merging a pull request.
    pub auto_merge: Option<AutoMerge>,
    /// The stack information associated with a pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub stack: Option<Option<PullRequestStack>>,
    /// Indicates whether or not the pull request is a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
}

/// An item of the `labels` member of `PullRequestSimple`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullRequestSimpleLabelsItem {
    pub id: i64,
    pub node_id: String,
    pub url: String,
    pub name: String,
    pub description: String,
    pub color: String,
    pub default: bool,
}

/// The `head` member of `PullRequestSimple`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullRequestSimpleHead {
    pub label: String,
    pub r#ref: String,
    /// A repository on GitHub.
    pub repo: Repository,
    pub sha: String,
    /// A GitHub user.
    pub user: Option<SimpleUser>,
}

/// Same as [`Repository`].
pub type NullableRepository = Repository;

/// Code of Conduct Simple
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CodeOfConductSimple {
    pub url: String,
    pub key: String,
    pub name: String,
    pub html_url: Option<String>,
}

impl std::fmt::Debug for CodeOfConductSimple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeOfConductSimple")
            .field("url", &self.url)
            .field("key", &runtime::Redacted)
            .field("name", &self.name)
            .field("html_url", &self.html_url)
            .finish()
    }
}

/// Full Repository
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct FullRepository {
    pub id: i64,
    pub node_id: String,
    pub name: String,
    pub full_name: String,
    /// A GitHub user.
    pub owner: SimpleUser,
    pub private: bool,
    pub html_url: String,
    pub description: Option<String>,
    pub fork: bool,
    pub url: String,
    pub archive_url: String,
    pub assignees_url: String,
    pub blobs_url: String,
    pub branches_url: String,
    pub collaborators_url: String,
    pub comments_url: String,
    pub commits_url: String,
    pub compare_url: String,
    pub contents_url: String,
    pub contributors_url: String,
    pub deployments_url: String,
    pub downloads_url: String,
    pub events_url: String,
    pub forks_url: String,
    pub git_commits_url: String,
    pub git_refs_url: String,
    pub git_tags_url: String,
    pub git_url: String,
    pub issue_comment_url: String,
    pub issue_events_url: String,
    pub issues_url: String,
    pub keys_url: String,
    pub labels_url: String,
    pub languages_url: String,
    pub merges_url: String,
    pub milestones_url: String,
    pub notifications_url: String,
    pub pulls_url: String,
    pub releases_url: String,
    pub ssh_url: String,
    pub stargazers_url: String,
    pub statuses_url: String,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub trees_url: String,
    pub clone_url: String,
    pub mirror_url: Option<String>,
    pub hooks_url: String,
    pub svn_url: String,
    pub homepage: Option<String>,
    pub language: Option<String>,
    pub forks_count: i64,
    pub stargazers_count: i64,
    pub watchers_count: i64,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: i64,
    pub default_branch: String,
    pub open_issues_count: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_template: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topics: Option<Vec<String>>,
    pub has_issues: bool,
    pub has_projects: bool,
    pub has_wiki: bool,
    pub has_pages: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_downloads: Option<bool>,
    pub has_discussions: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_pull_requests: Option<bool>,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_request_creation_policy: Option<RepositoryPullRequestCreationPolicy>,
    pub archived: bool,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    /// The repository visibility: public, private, or internal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    pub pushed_at: chrono::DateTime<chrono::Utc>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<FullRepositoryPermissions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_rebase_merge: Option<bool>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub template_repository: Option<Option<Repository>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub temp_clone_token: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_squash_merge: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_auto_merge: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_branch_on_merge: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_merge_commit: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_update_branch: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_squash_pr_title_as_default: Option<bool>,
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_merge_commit_title: Option<RepositorySquashMergeCommitTitle>,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub squash_merge_commit_message: Option<RepositorySquashMergeCommitMessage>,
    /// The default value for a merge commit title.
    ///
    ///   - `PR_TITLE` - default to the pull request's title.
    ///   - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_title: Option<FullRepositoryMergeCommitTitle>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_commit_message: Option<RepositoryMergeCommitMessage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_forking: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_commit_signoff_required: Option<bool>,
    pub subscribers_count: i64,
    pub network_count: i64,
    /// License Simple
    pub license: Option<NullableLicenseSimple>,
    /// A GitHub user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub organization: Option<Option<SimpleUser>>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Repository>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Repository>,
    pub forks: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub master_branch: Option<String>,
    pub open_issues: i64,
    pub watchers: i64,
    /// Whether anonymous git access is allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anonymous_access_enabled: Option<bool>,
    /// Code of Conduct Simple
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_of_conduct: Option<CodeOfConductSimple>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub security_and_analysis: Option<Option<SecurityAndAnalysis>>,
    /// The custom properties that were defined for the repository. The keys are the custom property names, and the values are the corresponding custom property values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_properties: Option<serde_json::Map<String, serde_json::Value>>,
}

impl std::fmt::Debug for FullRepository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FullRepository")
            .field("id", &self.id)
            .field("node_id", &self.node_id)
            .field("name", &self.name)
            .field("full_name", &self.full_name)
            .field("owner", &self.owner)
            .field("private", &self.private)
            .field("html_url", &self.html_url)
            .field("description", &self.description)
            .field("fork", &self.fork)
            .field("url", &self.url)
            .field("archive_url", &self.archive_url)
            .field("assignees_url", &self.assignees_url)
            .field("blobs_url", &self.blobs_url)
            .field("branches_url", &self.branches_url)
            .field("collaborators_url", &self.collaborators_url)
            .field("comments_url", &self.comments_url)
            .field("commits_url", &self.commits_url)
            .field("compare_url", &self.compare_url)
            .field("contents_url", &self.contents_url)
            .field("contributors_url", &self.contributors_url)
            .field("deployments_url", &self.deployments_url)
            .field("downloads_url", &self.downloads_url)
            .field("events_url", &self.events_url)
            .field("forks_url", &self.forks_url)
            .field("git_commits_url", &self.git_commits_url)
            .field("git_refs_url", &self.git_refs_url)
            .field("git_tags_url", &self.git_tags_url)
            .field("git_url", &self.git_url)
            .field("issue_comment_url", &self.issue_comment_url)
            .field("issue_events_url", &self.issue_events_url)
            .field("issues_url", &self.issues_url)
            .field("keys_url", &self.keys_url)
            .field("labels_url", &self.labels_url)
            .field("languages_url", &self.languages_url)
            .field("merges_url", &self.merges_url)
            .field("milestones_url", &self.milestones_url)
            .field("notifications_url", &self.notifications_url)
            .field("pulls_url", &self.pulls_url)
            .field("releases_url", &self.releases_url)
            .field("ssh_url", &self.ssh_url)
            .field("stargazers_url", &self.stargazers_url)
            .field("statuses_url", &self.statuses_url)
            .field("subscribers_url", &self.subscribers_url)
            .field("subscription_url", &self.subscription_url)
            .field("tags_url", &self.tags_url)
            .field("teams_url", &self.teams_url)
            .field("trees_url", &self.trees_url)
            .field("clone_url", &self.clone_url)
            .field("mirror_url", &self.mirror_url)
            .field("hooks_url", &self.hooks_url)
            .field("svn_url", &self.svn_url)
            .field("homepage", &self.homepage)
            .field("language", &self.language)
            .field("forks_count", &self.forks_count)
            .field("stargazers_count", &self.stargazers_count)
            .field("watchers_count", &self.watchers_count)
            .field("size", &self.size)
            .field("default_branch", &self.default_branch)
            .field("open_issues_count", &self.open_issues_count)
            .field("is_template", &self.is_template)
            .field("topics", &self.topics)
            .field("has_issues", &self.has_issues)
            .field("has_projects", &self.has_projects)
            .field("has_wiki", &self.has_wiki)
            .field("has_pages", &self.has_pages)
            .field("has_downloads", &self.has_downloads)
            .field("has_discussions", &self.has_discussions)
            .field("has_pull_requests", &self.has_pull_requests)
            .field("pull_request_creation_policy", &self.pull_request_creation_policy)
            .field("archived", &self.archived)
            .field("disabled", &self.disabled)
            .field("visibility", &self.visibility)
            .field("pushed_at", &self.pushed_at)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("permissions", &self.permissions)
            .field("allow_rebase_merge", &self.allow_rebase_merge)
            .field("template_repository", &self.template_repository)
            .field("temp_clone_token", &runtime::Redacted)
            .field("allow_squash_merge", &self.allow_squash_merge)
            .field("allow_auto_merge", &self.allow_auto_merge)
            .field("delete_branch_on_merge", &self.delete_branch_on_merge)
            .field("allow_merge_commit", &self.allow_merge_commit)
            .field("allow_update_branch", &self.allow_update_branch)
            .field(
                "use_squash_pr_title_as_default",
                &self.use_squash_pr_title_as_default,
            )
            .field("squash_merge_commit_title", &self.squash_merge_commit_title)
            .field("squash_merge_commit_message", &self.squash_merge_commit_message)
            .field("merge_commit_title", &self.merge_commit_title)
            .field("merge_commit_message", &self.merge_commit_message)
            .field("allow_forking", &self.allow_forking)
            .field("web_commit_signoff_required", &self.web_commit_signoff_required)
            .field("subscribers_count", &self.subscribers_count)
            .field("network_count", &self.network_count)
            .field("license", &self.license)
            .field("organization", &self.organization)
            .field("parent", &self.parent)
            .field("source", &self.source)
            .field("forks", &self.forks)
            .field("master_branch", &self.master_branch)
            .field("open_issues", &self.open_issues)
            .field("watchers", &self.watchers)
            .field("anonymous_access_enabled", &self.anonymous_access_enabled)
            .field("code_of_conduct", &self.code_of_conduct)
            .field("security_and_analysis", &self.security_and_analysis)
            .field("custom_properties", &self.custom_properties)
            .finish()
    }
}

/// The `permissions` member of `FullRepository`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct FullRepositoryPermissions {
    pub admin: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintain: Option<bool>,
    pub push: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triage: Option<bool>,
    pub pull: bool,
}

runtime::string_enum! {
    /// The default value for a merge commit title.
    ///
    ///   - `PR_TITLE` - default to the pull request's title.
    ///   - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    pub enum FullRepositoryMergeCommitTitle {
        PrTitle = "PR_TITLE",
        MergeMessage = "MERGE_MESSAGE",
        ..Unknown
    }
}

/// Metaproperties for Git author/committer information.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct NullableGitUser {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Verification
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Verification {
    pub verified: bool,
    pub reason: String,
    pub payload: Option<String>,
    pub signature: Option<String>,
    pub verified_at: Option<String>,
}

/// Diff Entry
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct DiffEntry {
    pub sha: Option<String>,
    pub filename: String,
    pub status: DiffEntryStatus,
    pub additions: i64,
    pub deletions: i64,
    pub changes: i64,
    pub blob_url: String,
    pub raw_url: String,
    pub contents_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patch: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_filename: Option<String>,
}

runtime::string_enum! {
    /// The `status` member of `DiffEntry`.
    pub enum DiffEntryStatus {
        Added = "added",
        Removed = "removed",
        Modified = "modified",
        Renamed = "renamed",
        Copied = "copied",
        Changed = "changed",
        Unchanged = "unchanged",
        ..Unknown
    }
}

/// Commit
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Commit {
    pub url: String,
    pub sha: String,
    pub node_id: String,
    pub html_url: String,
    pub comments_url: String,
    pub commit: CommitCommit,
    pub author: Option<CommitAuthor>,
    pub committer: Option<CommitAuthor>,
    pub parents: Vec<CommitParentsItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stats: Option<CommitStats>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<DiffEntry>>,
}

/// The `commit` member of `Commit`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CommitCommit {
    pub url: String,
    /// Metaproperties for Git author/committer information.
    pub author: Option<NullableGitUser>,
    /// Metaproperties for Git author/committer information.
    pub committer: Option<NullableGitUser>,
    pub message: String,
    pub comment_count: i64,
    pub tree: CommitCommitTree,
    /// Verification
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
}

/// The `tree` member of `CommitCommit`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CommitCommitTree {
    pub sha: String,
    pub url: String,
}

/// The `author` member of `Commit`.
///
/// Decoding tries `SimpleUser`, `EmptyObject` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum CommitAuthor {
    /// A [`SimpleUser`].
    SimpleUser(SimpleUser),
    /// A [`EmptyObject`].
    EmptyObject(EmptyObject),
}

/// An item of the `parents` member of `Commit`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CommitParentsItem {
    pub sha: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html_url: Option<String>,
}

/// The `stats` member of `Commit`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CommitStats {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additions: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletions: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// Pull requests let you tell others about changes you've pushed to a repository on GitHub. Once a pull request is sent, interested parties can review the set of changes, discuss potential modifications, and even push follow-up commits if necessary.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullRequest {
    pub url: String,
    pub id: i64,
    pub node_id: String,
    pub html_url: String,
    pub diff_url: String,
    pub patch_url: String,
    pub issue_url: String,
    pub commits_url: String,
    pub review_comments_url: String,
    pub review_comment_url: String,
    pub comments_url: String,
    pub statuses_url: String,
    /// Number uniquely identifying the pull request within its repository.
    pub number: i64,
    /// State of this Pull Request. Either `open` or `closed`.
    pub state: PullRequestState,
    pub locked: bool,
    /// The title of the pull request.
    pub title: String,
    /// A GitHub user.
    pub user: SimpleUser,
    pub body: Option<String>,
    pub labels: Vec<PullRequestLabelsItem>,
    /// A collection of related issues and pull requests.
    pub milestone: Option<NullableMilestone>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub active_lock_reason: Option<Option<String>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub merged_at: Option<chrono::DateTime<chrono::Utc>>,
    pub merge_commit_sha: Option<String>,
    /// A GitHub user.
    pub assignee: Option<SimpleUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<SimpleUser>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_reviewers: Option<Vec<SimpleUser>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_teams: Option<Vec<TeamSimple>>,
    pub head: PullRequestHead,
    pub base: PullRequestHead,
    #[serde(rename = "_links")]
    pub links: PullRequestLinks,
    /// How the author is associated with the repository.
    pub author_association: AuthorAssociation,
    /// The status of auto merging a pull request.
    pub auto_merge: Option<AutoMerge>,
    /// The stack information associated with a pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub stack: Option<Option<PullRequestStack>>,
    /// Indicates whether or not the pull request is a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    pub merged: bool,
    pub mergeable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub rebaseable: Option<Option<bool>>,
    pub mergeable_state: String,
    /// A GitHub user.
    pub merged_by: Option<SimpleUser>,
    pub comments: i64,
    pub review_comments: i64,
    /// Indicates whether maintainers can modify the pull request.
    pub maintainer_can_modify: bool,
    pub commits: i64,
    pub additions: i64,
    pub deletions: i64,
    pub changed_files: i64,
}

runtime::string_enum! {
    /// State of this Pull Request. Either `open` or `closed`.
    pub enum PullRequestState {
        Open = "open",
        Closed = "closed",
        ..Unknown
    }
}

/// An item of the `labels` member of `PullRequest`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullRequestLabelsItem {
    pub id: i64,
    pub node_id: String,
    pub url: String,
    pub name: String,
    pub description: Option<String>,
    pub color: String,
    pub default: bool,
}

/// The `head` member of `PullRequest`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullRequestHead {
    pub label: String,
    pub r#ref: String,
    /// A repository on GitHub.
    pub repo: Repository,
    pub sha: String,
    /// A GitHub user.
    pub user: SimpleUser,
}

/// The `_links` member of `PullRequest`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PullRequestLinks {
    /// Hypermedia Link
    pub comments: Link,
    /// Hypermedia Link
    pub commits: Link,
    /// Hypermedia Link
    pub statuses: Link,
    /// Hypermedia Link
    pub html: Link,
    /// Hypermedia Link
    pub issue: Link,
    /// Hypermedia Link
    pub review_comments: Link,
    /// Hypermedia Link
    pub review_comment: Link,
    /// Hypermedia Link
    #[serde(rename = "self")]
    pub self_: Link,
}

/// Pull Request Merge Result
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullRequestMergeResult {
    pub sha: String,
    pub merged: bool,
    pub message: String,
}

/// Private User
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PrivateUser {
    pub login: String,
    pub id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_view_type: Option<String>,
    pub node_id: String,
    pub avatar_url: String,
    pub gravatar_id: Option<String>,
    pub url: String,
    pub html_url: String,
    pub followers_url: String,
    pub following_url: String,
    pub gists_url: String,
    pub starred_url: String,
    pub subscriptions_url: String,
    pub organizations_url: String,
    pub repos_url: String,
    pub events_url: String,
    pub received_events_url: String,
    pub r#type: String,
    pub site_admin: bool,
    pub name: Option<String>,
    pub company: Option<String>,
    pub blog: Option<String>,
    pub location: Option<String>,
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub notification_email: Option<Option<String>>,
    pub hireable: Option<bool>,
    pub bio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub twitter_username: Option<Option<String>>,
    pub public_repos: i64,
    pub public_gists: i64,
    pub followers: i64,
    pub following: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub private_gists: i64,
    pub total_private_repos: i64,
    pub owned_private_repos: i64,
    pub disk_usage: i64,
    pub collaborators: i64,
    pub two_factor_authentication: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PublicUserPlan>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_plus: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ldap_dn: Option<String>,
}

runtime::string_enum! {
    /// Specifies the types of repositories you want returned.
    pub enum ReposListForOrgType {
        All = "all",
        Public = "public",
        Private = "private",
        Forks = "forks",
        Sources = "sources",
        Member = "member",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The property to sort the results by.
    pub enum ReposListForOrgSort {
        Created = "created",
        Updated = "updated",
        Pushed = "pushed",
        FullName = "full_name",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The order to sort by. Default: `asc` when using `full_name`, otherwise `desc`.
    pub enum ReposListForOrgDirection {
        Asc = "asc",
        Desc = "desc",
        ..Unknown
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesCreateBody {
    /// The title of the issue.
    pub title: IssuesCreateBodyTitle,
    /// The contents of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Login for the user that this issue should be assigned to. _NOTE: Only users with push access can set the assignee for new issues. The assignee is silently dropped otherwise. **This field is closing down.**_
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub assignee: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
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
    #[serde(default, with = "runtime::nullable")]
    pub r#type: Option<Option<String>>,
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
    /// A [`IssuesCreateBodyLabelsItemObject`].
    Object(IssuesCreateBodyLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssuesCreateBodyLabelsItem`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesCreateBodyLabelsItemObject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub description: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub color: Option<Option<String>>,
}

/// An array of issue field values to set on this issue. Each field value must include the field ID and the value to set. Issue fields are only available for organization-owned repositories with the feature enabled. Field values are silently dropped otherwise.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuesCreateBodyIssueFieldValuesItem {
    /// The ID of the issue field to set
    pub field_id: i64,
    /// The value to set for the field. For multi-select fields, provide an array of option names.
    pub value: IssuesCreateBodyIssueFieldValuesItemValue,
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

/// Service unavailable
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ServiceUnavailable {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
}

/// The request body of `IssuesUpdate`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateBody {
    /// The title of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub title: Option<Option<IssuesCreateBodyTitle>>,
    /// The contents of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub body: Option<Option<String>>,
    /// Username to assign to this issue. **This field is closing down.**
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub assignee: Option<Option<String>>,
    /// The open or closed state of the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<IssuesUpdateBodyState>,
    /// The reason for the state change. Ignored unless `state` is changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub state_reason: Option<Option<IssuesUpdateBodyStateReason>>,
    /// The ID of the issue to mark as the canonical duplicate when `state_reason` is `duplicate`. The issue must exist and be accessible to the authenticated user. Ignored when `state_reason` is not `duplicate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_issue_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
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
    #[serde(default, with = "runtime::nullable")]
    pub r#type: Option<Option<IssuesUpdateBodyType>>,
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
    /// A [`IssuesUpdateBodyLabelsItemObject`].
    Object(IssuesUpdateBodyLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssuesUpdateBodyLabelsItem`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateBodyLabelsItemObject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub description: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
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
    /// A [`IssuesUpdateBodyAssigneesItemObject`].
    Object(IssuesUpdateBodyAssigneesItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssuesUpdateBodyAssigneesItem`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuesUpdateBodyTypeObject {
    /// The name of the issue type to associate with this issue, or `null` to remove the current issue type.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub state_reason: Option<Option<IssueStateReason>>,
    /// Title of the issue
    pub title: String,
    /// Contents of the issue
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub body: Option<Option<String>>,
    /// A GitHub user.
    pub user: Option<SimpleUser>,
    /// Labels to associate with this issue; pass one or more label names to replace the set of labels on this issue; send an empty array to clear all labels from the issue; note that the labels are silently dropped for users without push access to the repository
    pub labels: Vec<IssueLabelsItem>,
    /// A GitHub user.
    pub assignee: Option<SimpleUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<SimpleUser>>,
    /// A collection of related issues and pull requests.
    pub milestone: Option<NullableMilestone>,
    pub locked: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub active_lock_reason: Option<Option<String>>,
    pub comments: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_request: Option<IssuePullRequest>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// A GitHub user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub closed_by: Option<Option<SimpleUser>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeline_url: Option<String>,
    /// The type assigned to the issue. This is only present for issues in repositories where issue types are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub r#type: Option<Option<IssueType>>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository: Option<Repository>,
    /// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub performed_via_github_app: Option<Option<NullableIntegration>>,
    /// How the author is associated with the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_association: Option<AuthorAssociation>,
    /// Reaction Rollup
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reactions: Option<ReactionRollup>,
    /// Sub-issues Summary
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_issues_summary: Option<SubIssuesSummary>,
    /// URL to get the parent issue of this issue, if it is a sub-issue
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub parent_issue_url: Option<Option<String>>,
    /// Comments provide a way for people to collaborate on an issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(default, with = "runtime::nullable")]
    pub pinned_comment: Option<Option<IssueComment>>,
    /// Issue Dependencies Summary
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_dependencies_summary: Option<IssueDependenciesSummary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_field_values: Option<Vec<IssueFieldValue>>,
    /// Pending suggestions for each suggestible field (`type`,
    /// `issue_field_values`, `labels`, `assignees`, `state`) the
    /// request touched. Omitted for fields not in the request or
    /// with no pending or ignored suggestions. Items tagged
    /// `ignored` are echoes of the current request's inputs that
    /// were not persisted as pending suggestions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<IssuesUpdateOkBodySuggestions>,
}

/// Pending suggestions for each suggestible field (`type`,
/// `issue_field_values`, `labels`, `assignees`, `state`) the
/// request touched. Omitted for fields not in the request or
/// with no pending or ignored suggestions. Items tagged
/// `ignored` are echoes of the current request's inputs that
/// were not persisted as pending suggestions.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Vec<IssuesUpdateOkBodySuggestionsTypeItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_field_values: Option<
        Vec<IssuesUpdateOkBodySuggestionsIssueFieldValuesItem>,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<IssuesUpdateOkBodySuggestionsLabelsItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<IssuesUpdateOkBodySuggestionsAssigneesItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<Vec<IssuesUpdateOkBodySuggestionsStateItem>>,
}

/// An item of the `type` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsTypeItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

/// An item of the `issue_field_values` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsIssueFieldValuesItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<IssuesUpdateSuggestionsIssueFieldValuesItemValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

/// The `value` member of `IssuesUpdateOkBodySuggestionsIssueFieldValuesItem`.
///
/// Decoding tries `List`, `Number`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsLabelsItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

/// An item of the `assignees` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsAssigneesItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

/// An item of the `state` member of `IssuesUpdateOkBodySuggestions`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct IssuesUpdateOkBodySuggestionsStateItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_issue_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggest: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<IssuesUpdateIssueFieldValuesItemConfidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored_reason: Option<IssuesUpdateIssueFieldValuesItemIgnoredReason>,
}

/// The request body of `IssuesCreateComment`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuesCreateCommentBody {
    /// The contents of the comment.
    pub body: String,
}

/// The request body of `IssuesAddLabels`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuesAddLabelsBody {
    /// The labels to add to the issue's existing labels. You can also pass an `array` of labels directly, but GitHub recommends passing an object with the `labels` key. To replace all of the labels for an issue, use "[Set labels for an issue](https://docs.github.com/rest/issues/labels#set-labels-for-an-issue)."
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<IssuesAddLabelsBodyLabelsItem>>,
}

/// The labels to add to the issue's existing labels. You can also pass an `array` of labels directly, but GitHub recommends passing an object with the `labels` key. To replace all of the labels for an issue, use "[Set labels for an issue](https://docs.github.com/rest/issues/labels#set-labels-for-an-issue)."
///
/// Decoding tries `Object`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum IssuesAddLabelsBodyLabelsItem {
    /// A [`IssuesAddLabelsBodyLabelsItemObject`].
    Object(IssuesAddLabelsBodyLabelsItemObject),
    /// The value is a JSON string.
    String(String),
}

/// The `Object` variant of `IssuesAddLabelsBodyLabelsItem`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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

/// The request body of `IssuesLock`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct IssuesLockBody {
    /// The reason for locking the issue or pull request conversation. Lock will fail if you don't use one of these reasons:
    ///  * `off-topic`
    ///  * `too heated`
    ///  * `resolved`
    ///  * `spam`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_reason: Option<IssuesLockBodyLockReason>,
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

runtime::string_enum! {
    /// Either `open`, `closed`, or `all` to filter by state.
    pub enum PullsListState {
        Open = "open",
        Closed = "closed",
        All = "all",
        ..Unknown
    }
}

runtime::string_enum! {
    /// What to sort results by. `popularity` will sort by the number of comments. `long-running` will sort by date created and will limit the results to pull requests that have been open for more than a month and have had activity within the past month.
    pub enum PullsListSort {
        Created = "created",
        Updated = "updated",
        Popularity = "popularity",
        LongRunning = "long-running",
        ..Unknown
    }
}

runtime::string_enum! {
    /// The direction of the sort. Default: `desc` when sort is `created` or sort is not specified, otherwise `asc`.
    pub enum PullsListDirection {
        Asc = "asc",
        Desc = "desc",
        ..Unknown
    }
}

/// The request body of `PullsCreate`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PullsCreateBody {
    /// The title of the new pull request. Required unless `issue` is specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The name of the branch where your changes are implemented. For cross-repository pull requests in the same network, namespace `head` with a user like this: `username:branch`.
    pub head: String,
    /// The name of the repository where the changes in the pull request were made. This field is required for cross-repository pull requests if both repositories are owned by the same organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head_repo: Option<String>,
    /// The name of the branch you want the changes pulled into. This should be an existing branch on the current repository. You cannot submit a pull request to one repository that requests a merge to a base of another repository.
    pub base: String,
    /// The contents of the pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Indicates whether [maintainers can modify](https://docs.github.com/articles/allowing-changes-to-a-pull-request-branch-created-from-a-fork/) the pull request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintainer_can_modify: Option<bool>,
    /// Indicates whether the pull request is a draft. See "[Draft Pull Requests](https://docs.github.com/articles/about-pull-requests#draft-pull-requests)" in the GitHub Help documentation to learn more.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<bool>,
    /// An issue in the repository to convert to a pull request. The issue title, body, and comments will become the title, body, and comments on the new pull request. Required unless `title` is specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue: Option<i64>,
}

/// The request body of `PullsMerge`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PullsMergeBody {
    /// Title for the automatic commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_title: Option<String>,
    /// Extra detail to append to automatic commit message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit_message: Option<String>,
    /// SHA that pull request head must match to allow merge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha: Option<String>,
    /// The merge method to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge_method: Option<AutoMergeMergeMethod>,
}

/// Method Not Allowed if merge cannot be performed
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullsMergeMethodNotAllowedBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
}

/// Conflict if sha was provided and pull request head did not match
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct PullsMergeConflictBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
}

/// Response
///
/// The member `user_view_type` selects the variant: `private` → `PrivateUser`; `public` → `PublicUser`. A value with another `user_view_type` is kept whole in `Unknown`; a value without it is tried as `PrivateUser`, `PublicUser` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum UsersGetByUsernameOkBody {
    /// A [`PrivateUser`].
    ///
    /// `user_view_type`: `private`.
    PrivateUser(PrivateUser),
    /// A [`PublicUser`].
    ///
    /// `user_view_type`: `public`.
    PublicUser(PublicUser),
    /// A value whose `user_view_type` this code does not know, or that no variant matches, kept as received.
    Unknown(serde_json::Value),
}

impl serde::Serialize for UsersGetByUsernameOkBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::PrivateUser(value) => serde::Serialize::serialize(value, serializer),
            Self::PublicUser(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for UsersGetByUsernameOkBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("user_view_type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("private") => {
                <PrivateUser as serde::Deserialize>::deserialize(&value)
                    .map(Self::PrivateUser)
                    .map_err(serde::de::Error::custom)
            }
            Some("public") => {
                <PublicUser as serde::Deserialize>::deserialize(&value)
                    .map(Self::PublicUser)
                    .map_err(serde::de::Error::custom)
            }
            Some(_) => Ok(Self::Unknown(value)),
            None => {
                if let Ok(decoded) = <PrivateUser as serde::Deserialize>::deserialize(
                    &value,
                ) {
                    return Ok(Self::PrivateUser(decoded));
                }
                if let Ok(decoded) = <PublicUser as serde::Deserialize>::deserialize(
                    &value,
                ) {
                    return Ok(Self::PublicUser(decoded));
                }
                Ok(Self::Unknown(value))
            }
        }
    }
}

runtime::string_enum! {
    /// Limit results to repositories of the specified type.
    pub enum ReposListForUserType {
        All = "all",
        Owner = "owner",
        Member = "member",
        ..Unknown
    }
}

/// List organization repositories
///
/// Lists repositories for the specified organization.
///
/// > [!NOTE]
/// > In order to see the `security_and_analysis` block for a repository you must have admin permissions for the repository or be an owner or security manager for the organization that owns the repository. For more information, see "[Managing security managers in your organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
///
/// `GET /orgs/{org}/repos`
#[derive(Debug, Clone, PartialEq)]
pub struct ReposListForOrg {
    /// The organization name. The name is not case sensitive.
    ///
    /// path parameter `org`
    pub org: String,
    /// Specifies the types of repositories you want returned.
    ///
    /// query parameter `type`
    pub r#type: Option<ReposListForOrgType>,
    /// The property to sort the results by.
    ///
    /// query parameter `sort`
    pub sort: Option<ReposListForOrgSort>,
    /// The order to sort by. Default: `asc` when using `full_name`, otherwise `desc`.
    ///
    /// query parameter `direction`
    pub direction: Option<ReposListForOrgDirection>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `per_page`
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `page`
    pub page: Option<i64>,
}

/// The documented responses of [`ReposListForOrg`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReposListForOrgResponse {
    /// 200: Response
    Ok {
        /// The response body.
        body: Vec<MinimalRepository>,
        /// The headers the response documents.
        headers: LinkHeaders,
    },
}

/// The headers of a response that documents the `link` header alone.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkHeaders {
    /// header `Link`
    pub link: Option<String>,
}

impl runtime::FromHeaders for LinkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(LinkHeaders {
            link: runtime::header(headers, "link")?,
        })
    }
}

impl runtime::Operation for ReposListForOrg {
    type Response = ReposListForOrgResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/orgs/{org}/repos";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/orgs/");
        path.parameter("org", &self.org, runtime::SIMPLE)?;
        path.literal("/repos");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("type", &self.r#type, runtime::FORM_EXPLODE)?;
        query.optional("sort", &self.sort, runtime::FORM_EXPLODE)?;
        query.optional("direction", &self.direction, runtime::FORM_EXPLODE)?;
        query.optional("per_page", &self.per_page, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(ReposListForOrgResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Get a repository
///
/// The `parent` and `source` objects are present when the repository is a fork. `parent` is the repository this repository was forked from, `source` is the ultimate source for the network.
///
/// > [!NOTE]
/// > - In order to see the `security_and_analysis` block for a repository you must have admin permissions for the repository or be an owner or security manager for the organization that owns the repository. For more information, see "[Managing security managers in your organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
/// > - To view merge-related settings, you must have the `contents:read` and `contents:write` permissions.
///
/// `GET /repos/{owner}/{repo}`
#[derive(Debug, Clone, PartialEq)]
pub struct ReposGet {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
}

/// The documented responses of [`ReposGet`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReposGetResponse {
    /// 200: Response
    Ok(FullRepository),
    /// 301: Moved permanently
    MovedPermanently(BasicError),
    /// 403: Forbidden
    Forbidden(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
}

impl runtime::Operation for ReposGet {
    type Response = ReposGetResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ReposGetResponse::Ok(runtime::json_body(parts, body)?)),
            301 => {
                Ok(ReposGetResponse::MovedPermanently(runtime::json_body(parts, body)?))
            }
            403 => Ok(ReposGetResponse::Forbidden(runtime::json_body(parts, body)?)),
            404 => Ok(ReposGetResponse::NotFound(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// List commits
///
/// **Signature verification object**
///
/// The response will include a `verification` object that describes the result of verifying the commit's signature. The following fields are included in the `verification` object:
///
/// | Name | Type | Description |
/// | ---- | ---- | ----------- |
/// | `verified` | `boolean` | Indicates whether GitHub considers the signature in this commit to be verified. |
/// | `reason` | `string` | The reason for verified value. Possible values and their meanings are enumerated in table below. |
/// | `signature` | `string` | The signature that was extracted from the commit. |
/// | `payload` | `string` | The value that was signed. |
/// | `verified_at` | `string` | The date the signature was verified by GitHub. |
///
/// These are the possible values for `reason` in the `verification` object:
///
/// | Value | Description |
/// | ----- | ----------- |
/// | `expired_key` | The key that made the signature is expired. |
/// | `not_signing_key` | The "signing" flag is not among the usage flags in the GPG key that made the signature. |
/// | `gpgverify_error` | There was an error communicating with the signature verification service. |
/// | `gpgverify_unavailable` | The signature verification service is currently unavailable. |
/// | `unsigned` | The object does not include a signature. |
/// | `unknown_signature_type` | A non-PGP signature was found in the commit. |
/// | `no_user` | No user was associated with the `committer` email address in the commit. |
/// | `unverified_email` | The `committer` email address in the commit was associated with a user, but the email address is not verified on their account. |
/// | `bad_email` | The `committer` email address in the commit is not included in the identities of the PGP key that made the signature. |
/// | `unknown_key` | The key that made the signature has not been registered with any user's account. |
/// | `malformed_signature` | There was an error parsing the signature. |
/// | `invalid` | The signature could not be cryptographically verified using the key whose key-id was found in the signature. |
/// | `valid` | None of the above errors applied, so the signature is considered to be verified. |
///
/// `GET /repos/{owner}/{repo}/commits`
#[derive(Debug, Clone, PartialEq)]
pub struct ReposListCommits {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// SHA or branch to start listing commits from. Default: the repository’s default branch (usually `main`).
    ///
    /// query parameter `sha`
    pub sha: Option<String>,
    /// Only commits containing this file path will be returned.
    ///
    /// query parameter `path`
    pub path: Option<String>,
    /// GitHub username or email address to use to filter by commit author.
    ///
    /// query parameter `author`
    pub author: Option<String>,
    /// GitHub username or email address to use to filter by commit committer.
    ///
    /// query parameter `committer`
    pub committer: Option<String>,
    /// Only show results that were last updated after the given time. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`. Due to limitations of Git, timestamps must be between 1970-01-01 and 2099-12-31 (inclusive) or unexpected results may be returned.
    ///
    /// query parameter `since`
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Only commits before this date will be returned. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`. Due to limitations of Git, timestamps must be between 1970-01-01 and 2099-12-31 (inclusive) or unexpected results may be returned.
    ///
    /// query parameter `until`
    pub until: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `per_page`
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `page`
    pub page: Option<i64>,
}

/// The documented responses of [`ReposListCommits`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReposListCommitsResponse {
    /// 200: Response
    Ok {
        /// The response body.
        body: Vec<Commit>,
        /// The headers the response documents.
        headers: LinkHeaders,
    },
    /// 400: Bad Request
    BadRequest(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
    /// 409: Conflict
    Conflict(BasicError),
    /// 500: Internal Error
    InternalServerError(BasicError),
}

impl runtime::Operation for ReposListCommits {
    type Response = ReposListCommitsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/commits";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/commits");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("sha", &self.sha, runtime::FORM_EXPLODE)?;
        query.optional("path", &self.path, runtime::FORM_EXPLODE)?;
        query.optional("author", &self.author, runtime::FORM_EXPLODE)?;
        query.optional("committer", &self.committer, runtime::FORM_EXPLODE)?;
        query.optional("since", &self.since, runtime::FORM_EXPLODE)?;
        query.optional("until", &self.until, runtime::FORM_EXPLODE)?;
        query.optional("per_page", &self.per_page, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json, application/scim+json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(ReposListCommitsResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            400 => {
                Ok(
                    ReposListCommitsResponse::BadRequest(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            404 => {
                Ok(ReposListCommitsResponse::NotFound(runtime::json_body(parts, body)?))
            }
            409 => {
                Ok(ReposListCommitsResponse::Conflict(runtime::json_body(parts, body)?))
            }
            500 => {
                Ok(
                    ReposListCommitsResponse::InternalServerError(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// If an `integer` is passed, it should refer to a milestone by its `number` field. If the string `*` is passed, issues with any milestone are accepted. If the string `none` is passed, issues without milestones are returned.
    ///
    /// query parameter `milestone`
    pub milestone: Option<String>,
    /// Indicates the state of the issues to return.
    ///
    /// query parameter `state`
    pub state: Option<IssuesListForRepoState>,
    /// Can be the name of a user. Pass in `none` for issues with no assigned user, and `*` for issues assigned to any user.
    ///
    /// query parameter `assignee`
    pub assignee: Option<String>,
    /// Can be the name of an issue type. If the string `*` is passed, issues with any type are accepted. If the string `none` is passed, issues without type are returned.
    ///
    /// query parameter `type`
    pub r#type: Option<String>,
    /// The user that created the issue.
    ///
    /// query parameter `creator`
    pub creator: Option<String>,
    /// A user that's mentioned in the issue.
    ///
    /// query parameter `mentioned`
    pub mentioned: Option<String>,
    /// A comma-separated list of issue field filters in `field_slug:value` format.
    /// Only issues matching all specified field values are returned.
    /// Requires issue fields to be enabled for the repository. Issue fields are
    /// not available for user-owned repositories, and field availability for
    /// organization-owned public repositories depends on the organization's
    /// visibility settings. For example, `priority:Urgent,severity:High` filters
    /// issues where the `priority` field is `Urgent` AND the `severity` field is
    /// `High`.
    ///
    /// query parameter `issue_field_values`
    pub issue_field_values: Option<String>,
    /// A list of comma separated label names. Example: `bug,ui,@high`
    ///
    /// query parameter `labels`
    pub labels: Option<String>,
    /// What to sort results by.
    ///
    /// query parameter `sort`
    pub sort: Option<IssuesListForRepoSort>,
    /// The direction to sort the results by.
    ///
    /// query parameter `direction`
    pub direction: Option<IssuesListForRepoDirection>,
    /// Only show results that were last updated after the given time. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`.
    ///
    /// query parameter `since`
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `per_page`
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `page`
    pub page: Option<i64>,
}

/// The documented responses of [`IssuesListForRepo`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesListForRepoResponse {
    /// 200: Response
    Ok {
        /// The response body.
        body: Vec<Issue>,
        /// The headers the response documents.
        headers: LinkHeaders,
    },
    /// 301: Moved permanently
    MovedPermanently(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
}

impl runtime::Operation for IssuesListForRepo {
    type Response = IssuesListForRepoResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues";

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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(IssuesListForRepoResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            301 => {
                Ok(
                    IssuesListForRepoResponse::MovedPermanently(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            404 => {
                Ok(IssuesListForRepoResponse::NotFound(runtime::json_body(parts, body)?))
            }
            422 => {
                Ok(
                    IssuesListForRepoResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

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
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: IssuesCreateBody,
}

/// The documented responses of [`IssuesCreate`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesCreateResponse {
    /// 201: Response
    Created {
        /// The response body.
        body: Issue,
        /// The headers the response documents.
        headers: IssuesCreateCreatedHeaders,
    },
    /// 400: Bad Request
    BadRequest(BasicError),
    /// 403: Forbidden
    Forbidden(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
    /// 410: Gone
    Gone(BasicError),
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
    /// 503: Service unavailable
    ServiceUnavailable(ServiceUnavailable),
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            201 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(IssuesCreateResponse::Created {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            400 => Ok(IssuesCreateResponse::BadRequest(runtime::json_body(parts, body)?)),
            403 => Ok(IssuesCreateResponse::Forbidden(runtime::json_body(parts, body)?)),
            404 => Ok(IssuesCreateResponse::NotFound(runtime::json_body(parts, body)?)),
            410 => Ok(IssuesCreateResponse::Gone(runtime::json_body(parts, body)?)),
            422 => {
                Ok(
                    IssuesCreateResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            503 => {
                Ok(
                    IssuesCreateResponse::ServiceUnavailable(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the issue.
    ///
    /// path parameter `issue_number`
    pub issue_number: i64,
}

/// The documented responses of [`IssuesGet`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesGetResponse {
    /// 200: Response
    Ok(Issue),
    /// 301: Moved permanently
    MovedPermanently(BasicError),
    /// 304: Not modified
    NotModified,
    /// 404: Resource not found
    NotFound(BasicError),
    /// 410: Gone
    Gone(BasicError),
}

impl runtime::Operation for IssuesGet {
    type Response = IssuesGetResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}";

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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(IssuesGetResponse::Ok(runtime::json_body(parts, body)?)),
            301 => {
                Ok(IssuesGetResponse::MovedPermanently(runtime::json_body(parts, body)?))
            }
            304 => Ok(IssuesGetResponse::NotModified),
            404 => Ok(IssuesGetResponse::NotFound(runtime::json_body(parts, body)?)),
            410 => Ok(IssuesGetResponse::Gone(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the issue.
    ///
    /// path parameter `issue_number`
    pub issue_number: i64,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Option<IssuesUpdateBody>,
}

/// The documented responses of [`IssuesUpdate`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesUpdateResponse {
    /// 200: Response
    Ok(IssuesUpdateOkBody),
    /// 301: Moved permanently
    MovedPermanently(BasicError),
    /// 403: Forbidden
    Forbidden(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
    /// 410: Gone
    Gone(BasicError),
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
    /// 503: Service unavailable
    ServiceUnavailable(ServiceUnavailable),
}

impl runtime::Operation for IssuesUpdate {
    type Response = IssuesUpdateResponse;

    const METHOD: &'static str = "PATCH";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}";

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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(IssuesUpdateResponse::Ok(runtime::json_body(parts, body)?)),
            301 => {
                Ok(
                    IssuesUpdateResponse::MovedPermanently(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            403 => Ok(IssuesUpdateResponse::Forbidden(runtime::json_body(parts, body)?)),
            404 => Ok(IssuesUpdateResponse::NotFound(runtime::json_body(parts, body)?)),
            410 => Ok(IssuesUpdateResponse::Gone(runtime::json_body(parts, body)?)),
            422 => {
                Ok(
                    IssuesUpdateResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            503 => {
                Ok(
                    IssuesUpdateResponse::ServiceUnavailable(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the issue.
    ///
    /// path parameter `issue_number`
    pub issue_number: i64,
    /// Only show results that were last updated after the given time. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`.
    ///
    /// query parameter `since`
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `per_page`
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `page`
    pub page: Option<i64>,
}

/// The documented responses of [`IssuesListComments`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesListCommentsResponse {
    /// 200: Response
    Ok {
        /// The response body.
        body: Vec<IssueComment>,
        /// The headers the response documents.
        headers: LinkHeaders,
    },
    /// 404: Resource not found
    NotFound(BasicError),
    /// 410: Gone
    Gone(BasicError),
}

impl runtime::Operation for IssuesListComments {
    type Response = IssuesListCommentsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}/comments";

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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(IssuesListCommentsResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            404 => {
                Ok(
                    IssuesListCommentsResponse::NotFound(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            410 => Ok(IssuesListCommentsResponse::Gone(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

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
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the issue.
    ///
    /// path parameter `issue_number`
    pub issue_number: i64,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: IssuesCreateCommentBody,
}

/// The documented responses of [`IssuesCreateComment`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesCreateCommentResponse {
    /// 201: Response
    Created {
        /// The response body.
        body: IssueComment,
        /// The headers the response documents.
        headers: IssuesCreateCommentCreatedHeaders,
    },
    /// 403: Forbidden
    Forbidden(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
    /// 410: Gone
    Gone(BasicError),
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            201 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(IssuesCreateCommentResponse::Created {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            403 => {
                Ok(
                    IssuesCreateCommentResponse::Forbidden(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            404 => {
                Ok(
                    IssuesCreateCommentResponse::NotFound(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            410 => {
                Ok(IssuesCreateCommentResponse::Gone(runtime::json_body(parts, body)?))
            }
            422 => {
                Ok(
                    IssuesCreateCommentResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Add labels to an issue
///
/// Adds labels to an issue.
///
/// `POST /repos/{owner}/{repo}/issues/{issue_number}/labels`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesAddLabels {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the issue.
    ///
    /// path parameter `issue_number`
    pub issue_number: i64,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Option<IssuesAddLabelsBody>,
}

/// The documented responses of [`IssuesAddLabels`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesAddLabelsResponse {
    /// 200: Response
    Ok(Vec<Label>),
    /// 301: Moved permanently
    MovedPermanently(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
    /// 410: Gone
    Gone(BasicError),
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
}

impl runtime::Operation for IssuesAddLabels {
    type Response = IssuesAddLabelsResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}/labels";

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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(IssuesAddLabelsResponse::Ok(runtime::json_body(parts, body)?)),
            301 => {
                Ok(
                    IssuesAddLabelsResponse::MovedPermanently(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            404 => {
                Ok(IssuesAddLabelsResponse::NotFound(runtime::json_body(parts, body)?))
            }
            410 => Ok(IssuesAddLabelsResponse::Gone(runtime::json_body(parts, body)?)),
            422 => {
                Ok(
                    IssuesAddLabelsResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the issue.
    ///
    /// path parameter `issue_number`
    pub issue_number: i64,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Option<Option<IssuesLockBody>>,
}

/// The documented responses of [`IssuesLock`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesLockResponse {
    /// 204: Response
    NoContent,
    /// 403: Forbidden
    Forbidden(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
    /// 410: Gone
    Gone(BasicError),
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
}

impl runtime::Operation for IssuesLock {
    type Response = IssuesLockResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/repos/{owner}/{repo}/issues/{issue_number}/lock";

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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(IssuesLockResponse::NoContent),
            403 => Ok(IssuesLockResponse::Forbidden(runtime::json_body(parts, body)?)),
            404 => Ok(IssuesLockResponse::NotFound(runtime::json_body(parts, body)?)),
            410 => Ok(IssuesLockResponse::Gone(runtime::json_body(parts, body)?)),
            422 => {
                Ok(
                    IssuesLockResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// List labels for a repository
///
/// Lists all labels for a repository.
///
/// `GET /repos/{owner}/{repo}/labels`
#[derive(Debug, Clone, PartialEq)]
pub struct IssuesListLabelsForRepo {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `per_page`
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `page`
    pub page: Option<i64>,
}

/// The documented responses of [`IssuesListLabelsForRepo`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum IssuesListLabelsForRepoResponse {
    /// 200: Response
    Ok {
        /// The response body.
        body: Vec<Label>,
        /// The headers the response documents.
        headers: LinkHeaders,
    },
    /// 404: Resource not found
    NotFound(BasicError),
}

impl runtime::Operation for IssuesListLabelsForRepo {
    type Response = IssuesListLabelsForRepoResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/labels";

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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(IssuesListLabelsForRepoResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            404 => {
                Ok(
                    IssuesListLabelsForRepoResponse::NotFound(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// List pull requests
///
/// Lists pull requests in a specified repository.
///
/// Draft pull requests are available in public repositories with GitHub
/// Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing
/// plans, and in public and private repositories with GitHub Team and GitHub Enterprise
/// Cloud. For more information, see [GitHub's products](https://docs.github.com/github/getting-started-with-github/githubs-products)
/// in the GitHub Help documentation.
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `GET /repos/{owner}/{repo}/pulls`
#[derive(Debug, Clone, PartialEq)]
pub struct PullsList {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// Either `open`, `closed`, or `all` to filter by state.
    ///
    /// query parameter `state`
    pub state: Option<PullsListState>,
    /// Filter pulls by head user or head organization and branch name in the format of `user:ref-name` or `organization:ref-name`. For example: `github:new-script-format` or `octocat:test-branch`.
    ///
    /// query parameter `head`
    pub head: Option<String>,
    /// Filter pulls by base branch name. Example: `gh-pages`.
    ///
    /// query parameter `base`
    pub base: Option<String>,
    /// What to sort results by. `popularity` will sort by the number of comments. `long-running` will sort by date created and will limit the results to pull requests that have been open for more than a month and have had activity within the past month.
    ///
    /// query parameter `sort`
    pub sort: Option<PullsListSort>,
    /// The direction of the sort. Default: `desc` when sort is `created` or sort is not specified, otherwise `asc`.
    ///
    /// query parameter `direction`
    pub direction: Option<PullsListDirection>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `per_page`
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `page`
    pub page: Option<i64>,
}

/// The documented responses of [`PullsList`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PullsListResponse {
    /// 200: Response
    Ok {
        /// The response body.
        body: Vec<PullRequestSimple>,
        /// The headers the response documents.
        headers: LinkHeaders,
    },
    /// 304: Not modified
    NotModified,
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
}

impl runtime::Operation for PullsList {
    type Response = PullsListResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/pulls");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("state", &self.state, runtime::FORM_EXPLODE)?;
        query.optional("head", &self.head, runtime::FORM_EXPLODE)?;
        query.optional("base", &self.base, runtime::FORM_EXPLODE)?;
        query.optional("sort", &self.sort, runtime::FORM_EXPLODE)?;
        query.optional("direction", &self.direction, runtime::FORM_EXPLODE)?;
        query.optional("per_page", &self.per_page, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(PullsListResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            304 => Ok(PullsListResponse::NotModified),
            422 => {
                Ok(
                    PullsListResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Create a pull request
///
/// Draft pull requests are available in public repositories with GitHub Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing plans, and in public and private repositories with GitHub Team and GitHub Enterprise Cloud. For more information, see [GitHub's products](https://docs.github.com/github/getting-started-with-github/githubs-products) in the GitHub Help documentation.
///
/// To open or update a pull request in a public repository, you must have write access to the head or the source branch. For organization-owned repositories, you must be a member of the organization that owns the repository to open or update a pull request.
///
/// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)" and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `POST /repos/{owner}/{repo}/pulls`
#[derive(Debug, Clone, PartialEq)]
pub struct PullsCreate {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: PullsCreateBody,
}

/// The documented responses of [`PullsCreate`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PullsCreateResponse {
    /// 201: Response
    Created {
        /// The response body.
        body: PullRequest,
        /// The headers the response documents.
        headers: PullsCreateCreatedHeaders,
    },
    /// 403: Forbidden
    Forbidden(BasicError),
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
}

/// The headers documented for the `201` response of `PullsCreate`.
#[derive(Debug, Clone, PartialEq)]
pub struct PullsCreateCreatedHeaders {
    /// header `Location`
    pub location: Option<String>,
}

impl runtime::FromHeaders for PullsCreateCreatedHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(PullsCreateCreatedHeaders {
            location: runtime::header(headers, "location")?,
        })
    }
}

impl runtime::Operation for PullsCreate {
    type Response = PullsCreateResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/pulls");
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            201 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(PullsCreateResponse::Created {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            403 => Ok(PullsCreateResponse::Forbidden(runtime::json_body(parts, body)?)),
            422 => {
                Ok(
                    PullsCreateResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Get a pull request
///
/// Draft pull requests are available in public repositories with GitHub Free and GitHub Free for organizations, GitHub Pro, and legacy per-repository billing plans, and in public and private repositories with GitHub Team and GitHub Enterprise Cloud. For more information, see [GitHub's products](https://docs.github.com/github/getting-started-with-github/githubs-products) in the GitHub Help documentation.
///
/// Lists details of a pull request by providing its number.
///
/// When you get, [create](https://docs.github.com/rest/pulls/pulls/#create-a-pull-request), or [edit](https://docs.github.com/rest/pulls/pulls#update-a-pull-request) a pull request, GitHub creates a merge commit to test whether the pull request can be automatically merged into the base branch. This test commit is not added to the base branch or the head branch. You can review the status of the test commit using the `mergeable` key. For more information, see "[Checking mergeability of pull requests](https://docs.github.com/rest/guides/getting-started-with-the-git-database-api#checking-mergeability-of-pull-requests)".
///
/// The value of the `mergeable` attribute can be `true`, `false`, or `null`. If the value is `null`, then GitHub has started a background job to compute the mergeability. After giving the job time to complete, resubmit the request. When the job finishes, you will see a non-`null` value for the `mergeable` attribute in the response. If `mergeable` is `true`, then `merge_commit_sha` will be the SHA of the _test_ merge commit.
///
/// The value of the `merge_commit_sha` attribute changes depending on the state of the pull request. Before merging a pull request, the `merge_commit_sha` attribute holds the SHA of the _test_ merge commit. After merging a pull request, the `merge_commit_sha` attribute changes depending on how you merged the pull request:
///
/// *   If merged as a [merge commit](https://docs.github.com/articles/about-merge-methods-on-github/), `merge_commit_sha` represents the SHA of the merge commit.
/// *   If merged via a [squash](https://docs.github.com/articles/about-merge-methods-on-github/#squashing-your-merge-commits), `merge_commit_sha` represents the SHA of the squashed commit on the base branch.
/// *   If [rebased](https://docs.github.com/articles/about-merge-methods-on-github/#rebasing-and-merging-your-commits), `merge_commit_sha` represents the commit that the base branch was updated to.
///
/// Pass the appropriate [media type](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types) to fetch diff and patch formats.
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
/// - **`application/vnd.github.diff`**: For more information, see "[git-diff](https://git-scm.com/docs/git-diff)" in the Git documentation. If a diff is corrupt, contact us through the [GitHub Support portal](https://support.github.com/). Include the repository name and pull request ID in your message.
///
/// `GET /repos/{owner}/{repo}/pulls/{pull_number}`
#[derive(Debug, Clone, PartialEq)]
pub struct PullsGet {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the pull request.
    ///
    /// path parameter `pull_number`
    pub pull_number: i64,
}

/// The documented responses of [`PullsGet`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PullsGetResponse {
    /// 200: Pass the appropriate [media type](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types) to fetch diff and patch formats.
    Ok(PullRequest),
    /// 304: Not modified
    NotModified,
    /// 404: Resource not found
    NotFound(BasicError),
    /// 406: Unacceptable
    NotAcceptable(BasicError),
    /// 500: Internal Error
    InternalServerError(BasicError),
    /// 503: Service unavailable
    ServiceUnavailable(ServiceUnavailable),
}

impl runtime::Operation for PullsGet {
    type Response = PullsGetResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls/{pull_number}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/pulls/");
        path.parameter("pull_number", &self.pull_number, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(PullsGetResponse::Ok(runtime::json_body(parts, body)?)),
            304 => Ok(PullsGetResponse::NotModified),
            404 => Ok(PullsGetResponse::NotFound(runtime::json_body(parts, body)?)),
            406 => Ok(PullsGetResponse::NotAcceptable(runtime::json_body(parts, body)?)),
            500 => {
                Ok(
                    PullsGetResponse::InternalServerError(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            503 => {
                Ok(
                    PullsGetResponse::ServiceUnavailable(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// List pull requests files
///
/// Lists the files in a specified pull request.
///
/// > [!NOTE]
/// > Responses include a maximum of 3000 files. The paginated response returns 30 files per page by default.
///
/// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
///
/// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
/// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
/// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
/// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
///
/// `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`
#[derive(Debug, Clone, PartialEq)]
pub struct PullsListFiles {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the pull request.
    ///
    /// path parameter `pull_number`
    pub pull_number: i64,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `per_page`
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `page`
    pub page: Option<i64>,
}

/// The documented responses of [`PullsListFiles`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PullsListFilesResponse {
    /// 200: Response
    Ok {
        /// The response body.
        body: Vec<DiffEntry>,
        /// The headers the response documents.
        headers: LinkHeaders,
    },
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
    /// 500: Internal Error
    InternalServerError(BasicError),
    /// 503: Service unavailable
    ServiceUnavailable(ServiceUnavailable),
}

impl runtime::Operation for PullsListFiles {
    type Response = PullsListFilesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls/{pull_number}/files";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/pulls/");
        path.parameter("pull_number", &self.pull_number, runtime::SIMPLE)?;
        path.literal("/files");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("per_page", &self.per_page, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(PullsListFilesResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            422 => {
                Ok(
                    PullsListFilesResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            500 => {
                Ok(
                    PullsListFilesResponse::InternalServerError(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            503 => {
                Ok(
                    PullsListFilesResponse::ServiceUnavailable(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Merge a pull request
///
/// Merges a pull request into the base branch.
/// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)" and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
///
/// `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge`
#[derive(Debug, Clone, PartialEq)]
pub struct PullsMerge {
    /// The account owner of the repository. The name is not case sensitive.
    ///
    /// path parameter `owner`
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive.
    ///
    /// path parameter `repo`
    pub repo: String,
    /// The number that identifies the pull request.
    ///
    /// path parameter `pull_number`
    pub pull_number: i64,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Option<Option<PullsMergeBody>>,
}

/// The documented responses of [`PullsMerge`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PullsMergeResponse {
    /// 200: if merge was successful
    Ok(PullRequestMergeResult),
    /// 403: Forbidden
    Forbidden(BasicError),
    /// 404: Resource not found
    NotFound(BasicError),
    /// 405: Method Not Allowed if merge cannot be performed
    MethodNotAllowed(PullsMergeMethodNotAllowedBody),
    /// 409: Conflict if sha was provided and pull request head did not match
    Conflict(PullsMergeConflictBody),
    /// 422: Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(ValidationError),
}

impl runtime::Operation for PullsMerge {
    type Response = PullsMergeResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls/{pull_number}/merge";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/pulls/");
        path.parameter("pull_number", &self.pull_number, runtime::SIMPLE)?;
        path.literal("/merge");
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(PullsMergeResponse::Ok(runtime::json_body(parts, body)?)),
            403 => Ok(PullsMergeResponse::Forbidden(runtime::json_body(parts, body)?)),
            404 => Ok(PullsMergeResponse::NotFound(runtime::json_body(parts, body)?)),
            405 => {
                Ok(
                    PullsMergeResponse::MethodNotAllowed(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            409 => Ok(PullsMergeResponse::Conflict(runtime::json_body(parts, body)?)),
            422 => {
                Ok(
                    PullsMergeResponse::UnprocessableEntity(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Get the authenticated user
///
/// OAuth app tokens and personal access tokens (classic) need the `user` scope in order for the response to include private profile information.
///
/// `GET /user`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsersGetAuthenticated {}

/// The documented responses of [`UsersGetAuthenticated`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UsersGetAuthenticatedResponse {
    /// 200: Response
    Ok(UsersGetByUsernameOkBody),
    /// 304: Not modified
    NotModified,
    /// 401: Requires authentication
    Unauthorized(BasicError),
    /// 403: Forbidden
    Forbidden(BasicError),
}

impl runtime::Operation for UsersGetAuthenticated {
    type Response = UsersGetAuthenticatedResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/user";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/user";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(UsersGetAuthenticatedResponse::Ok(runtime::json_body(parts, body)?))
            }
            304 => Ok(UsersGetAuthenticatedResponse::NotModified),
            401 => {
                Ok(
                    UsersGetAuthenticatedResponse::Unauthorized(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            403 => {
                Ok(
                    UsersGetAuthenticatedResponse::Forbidden(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Get a user
///
/// Provides publicly available information about someone with a GitHub account.
///
/// If you are requesting information about an [Enterprise Managed User](https://docs.github.com/enterprise-cloud@latest/admin/managing-iam/understanding-iam-for-enterprises/about-enterprise-managed-users), or a GitHub App bot that is installed in an organization that uses Enterprise Managed Users, your requests must be authenticated as a user or GitHub App that has access to the organization to view that account's information. If you are not authorized, the request will return a `404 Not Found` status.
///
/// The `email` key in the following response is the publicly visible email address from your GitHub [profile page](https://github.com/settings/profile). When setting up your profile, you can select a primary email address to be public which provides an email entry for this endpoint. If you do not set a public email address for `email`, then it will have a value of `null`. You only see publicly visible email addresses when authenticated with GitHub. For more information, see [Authentication](https://docs.github.com/rest/guides/getting-started-with-the-rest-api#authentication).
///
/// The Emails API enables you to list all of your email addresses, and toggle a primary email to be visible publicly. For more information, see [Emails API](https://docs.github.com/rest/users/emails).
///
/// `GET /users/{username}`
#[derive(Debug, Clone, PartialEq)]
pub struct UsersGetByUsername {
    /// The handle for the GitHub user account.
    ///
    /// path parameter `username`
    pub username: String,
}

/// The documented responses of [`UsersGetByUsername`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UsersGetByUsernameResponse {
    /// 200: Response
    Ok(UsersGetByUsernameOkBody),
    /// 404: Resource not found
    NotFound(BasicError),
}

impl runtime::Operation for UsersGetByUsername {
    type Response = UsersGetByUsernameResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/users/{username}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/users/");
        path.parameter("username", &self.username, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(UsersGetByUsernameResponse::Ok(runtime::json_body(parts, body)?)),
            404 => {
                Ok(
                    UsersGetByUsernameResponse::NotFound(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// List repositories for a user
///
/// Lists public repositories for the specified user.
///
/// `GET /users/{username}/repos`
#[derive(Debug, Clone, PartialEq)]
pub struct ReposListForUser {
    /// The handle for the GitHub user account.
    ///
    /// path parameter `username`
    pub username: String,
    /// Limit results to repositories of the specified type.
    ///
    /// query parameter `type`
    pub r#type: Option<ReposListForUserType>,
    /// The property to sort the results by.
    ///
    /// query parameter `sort`
    pub sort: Option<ReposListForOrgSort>,
    /// The order to sort by. Default: `asc` when using `full_name`, otherwise `desc`.
    ///
    /// query parameter `direction`
    pub direction: Option<ReposListForOrgDirection>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `per_page`
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    ///
    /// query parameter `page`
    pub page: Option<i64>,
}

/// The documented responses of [`ReposListForUser`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReposListForUserResponse {
    /// 200: Response
    Ok {
        /// The response body.
        body: Vec<MinimalRepository>,
        /// The headers the response documents.
        headers: LinkHeaders,
    },
}

impl runtime::Operation for ReposListForUser {
    type Response = ReposListForUserResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/users/{username}/repos";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/users/");
        path.parameter("username", &self.username, runtime::SIMPLE)?;
        path.literal("/repos");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("type", &self.r#type, runtime::FORM_EXPLODE)?;
        query.optional("sort", &self.sort, runtime::FORM_EXPLODE)?;
        query.optional("direction", &self.direction, runtime::FORM_EXPLODE)?;
        query.optional("per_page", &self.per_page, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(ReposListForUserResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
