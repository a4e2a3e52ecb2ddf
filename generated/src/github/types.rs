// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A GitHub user.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct SimpleUser {
    pub name: Option<String>,
    pub email: Option<String>,
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
    pub starred_at: Option<String>,
    pub user_view_type: Option<String>,
}

runtime::decode! {
    SimpleUser {
        name, email, login, id, node_id, avatar_url, gravatar_id, url, html_url, followers_url,
        following_url, gists_url, starred_url, subscriptions_url, organizations_url, repos_url,
        events_url, received_events_url, r#type = "type", site_admin, starred_at, user_view_type,
    }
}

/// Basic Error
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct BasicError {
    pub message: Option<String>,
    pub documentation_url: Option<String>,
    pub url: Option<String>,
    pub status: Option<String>,
}

runtime::decode! { BasicError { message, documentation_url, url, status } }

/// Scim Error
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct ScimError {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub message: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub documentation_url: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub detail: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    #[serde(rename = "scimType")]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub scim_type: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schemas: Option<Vec<String>>,
}

runtime::decode! {
    ScimError {
        message: nullable, documentation_url: nullable, detail: nullable, status,
        scim_type = "scimType": nullable, schemas,
    }
}

/// Validation Error
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct ValidationError {
    pub message: String,
    pub documentation_url: String,
    pub errors: Option<Vec<ValidationErrorErrorsItem>>,
}

runtime::decode! { ValidationError { message, documentation_url, errors } }

/// An item of the `errors` member of `ValidationError`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct ValidationErrorErrorsItem {
    pub resource: Option<String>,
    pub field: Option<String>,
    pub message: Option<String>,
    pub code: String,
    pub index: Option<i64>,
    pub value: Option<ValidationErrorErrorsItemValue>,
}

runtime::decode! { ValidationErrorErrorsItem { resource, field, message, code, index, value } }

/// The `value` member of `ValidationErrorErrorsItem`.
///
/// Decoding tries `List`, `Integer`, `String` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct NullableLicenseSimple {
    pub key: String,
    pub name: String,
    pub url: Option<String>,
    pub spdx_id: Option<String>,
    pub node_id: String,
    pub html_url: Option<String>,
}

runtime::decode! { NullableLicenseSimple { key, name, url, spdx_id, node_id, html_url } }

/// A repository on GitHub.
#[derive(Clone, PartialEq)]
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
    pub is_template: Option<bool>,
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
    pub has_discussions: Option<bool>,
    /// Whether pull requests are enabled.
    pub has_pull_requests: Option<bool>,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub pull_request_creation_policy: Option<RepositoryPullRequestCreationPolicy>,
    /// Whether the repository is archived.
    pub archived: bool,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    /// The repository visibility: public, private, or internal.
    pub visibility: Option<String>,
    pub pushed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether to allow rebase merges for pull requests.
    pub allow_rebase_merge: Option<bool>,
    pub temp_clone_token: Option<String>,
    /// Whether to allow squash merges for pull requests.
    pub allow_squash_merge: Option<bool>,
    /// Whether to allow Auto-merge to be used on pull requests.
    pub allow_auto_merge: Option<bool>,
    /// Whether to delete head branches when pull requests are merged
    pub delete_branch_on_merge: Option<bool>,
    /// Whether or not a pull request head branch that is behind its base branch can always be updated even if it is not required to be up to date before merging.
    pub allow_update_branch: Option<bool>,
    /// Whether a squash merge commit can use the pull request title as default. **This property is closing down. Please use `squash_merge_commit_title` instead.
    #[deprecated]
    pub use_squash_pr_title_as_default: Option<bool>,
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    pub squash_merge_commit_title: Option<RepositorySquashMergeCommitTitle>,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    pub squash_merge_commit_message: Option<RepositorySquashMergeCommitMessage>,
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    pub merge_commit_title: Option<RepositoryMergeCommitTitle>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    pub merge_commit_message: Option<RepositoryMergeCommitMessage>,
    /// Whether to allow merge commits for pull requests.
    pub allow_merge_commit: Option<bool>,
    /// Whether to allow forking this repo
    pub allow_forking: Option<bool>,
    /// Whether to require contributors to sign off on web-based commits
    pub web_commit_signoff_required: Option<bool>,
    pub open_issues: i64,
    pub watchers: i64,
    pub master_branch: Option<String>,
    pub starred_at: Option<String>,
    /// Whether anonymous git access is enabled for this repository
    pub anonymous_access_enabled: Option<bool>,
    /// The status of the code search index for this repository
    pub code_search_index_status: Option<RepositoryCodeSearchIndexStatus>,
}

runtime::decode! {
    #[allow(deprecated)]
    Repository {
        id, node_id, name, full_name, license, forks, permissions, owner, private, html_url,
        description, fork, url, archive_url, assignees_url, blobs_url, branches_url,
        collaborators_url, comments_url, commits_url, compare_url, contents_url, contributors_url,
        deployments_url, downloads_url, events_url, forks_url, git_commits_url, git_refs_url,
        git_tags_url, git_url, issue_comment_url, issue_events_url, issues_url, keys_url,
        labels_url, languages_url, merges_url, milestones_url, notifications_url, pulls_url,
        releases_url, ssh_url, stargazers_url, statuses_url, subscribers_url, subscription_url,
        tags_url, teams_url, trees_url, clone_url, mirror_url, hooks_url, svn_url, homepage,
        language, forks_count, stargazers_count, watchers_count, size, default_branch,
        open_issues_count, is_template, topics, has_issues, has_projects, has_wiki, has_pages,
        has_downloads, has_discussions, has_pull_requests, pull_request_creation_policy, archived,
        disabled, visibility, pushed_at, created_at, updated_at, allow_rebase_merge,
        temp_clone_token, allow_squash_merge, allow_auto_merge, delete_branch_on_merge,
        allow_update_branch, use_squash_pr_title_as_default, squash_merge_commit_title,
        squash_merge_commit_message, merge_commit_title, merge_commit_message, allow_merge_commit,
        allow_forking, web_commit_signoff_required, open_issues, watchers, master_branch,
        starred_at, anonymous_access_enabled, code_search_index_status,
    }
}

runtime::redacted_debug! {
    #[allow(deprecated)]
    Repository {
        id, node_id, name, full_name, license, forks, permissions, owner, private, html_url,
        description, fork, url, archive_url, assignees_url, blobs_url, branches_url,
        collaborators_url, comments_url, commits_url, compare_url, contents_url, contributors_url,
        deployments_url, downloads_url, events_url, forks_url, git_commits_url, git_refs_url,
        git_tags_url, git_url, issue_comment_url, issue_events_url, issues_url, keys_url,
        labels_url, languages_url, merges_url, milestones_url, notifications_url, pulls_url,
        releases_url, ssh_url, stargazers_url, statuses_url, subscribers_url, subscription_url,
        tags_url, teams_url, trees_url, clone_url, mirror_url, hooks_url, svn_url, homepage,
        language, forks_count, stargazers_count, watchers_count, size, default_branch,
        open_issues_count, is_template, topics, has_issues, has_projects, has_wiki, has_pages,
        has_downloads, has_discussions, has_pull_requests, pull_request_creation_policy, archived,
        disabled, visibility, pushed_at, created_at, updated_at, allow_rebase_merge,
        temp_clone_token: redacted, allow_squash_merge, allow_auto_merge, delete_branch_on_merge,
        allow_update_branch, use_squash_pr_title_as_default, squash_merge_commit_title,
        squash_merge_commit_message, merge_commit_title, merge_commit_message, allow_merge_commit,
        allow_forking, web_commit_signoff_required, open_issues, watchers, master_branch,
        starred_at, anonymous_access_enabled, code_search_index_status,
    }
}

/// The `permissions` member of `Repository`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct RepositoryPermissions {
    pub admin: bool,
    pub pull: bool,
    pub triage: Option<bool>,
    pub push: bool,
    pub maintain: Option<bool>,
}

runtime::decode! { RepositoryPermissions { admin, pull, triage, push, maintain } }

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
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct RepositoryCodeSearchIndexStatus {
    pub lexical_search_ok: Option<bool>,
    pub lexical_commit_sha: Option<String>,
}

runtime::decode! { RepositoryCodeSearchIndexStatus { lexical_search_ok, lexical_commit_sha } }

/// A collection of related issues and pull requests.
#[derive(Debug, Clone, PartialEq)]
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

runtime::decode! {
    NullableMilestone {
        url, html_url, labels_url, id, node_id, number, state, title, description, creator,
        open_issues, closed_issues, created_at, updated_at, closed_at, due_on,
    }
}

runtime::string_enum! {
    /// The state of the milestone.
    pub enum NullableMilestoneState {
        Open = "open",
        Closed = "closed",
        ..Unknown
    }
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

/// Same as [`IssueComment`].
pub type NullableIssueComment = IssueComment;

/// Same as [`TeamSimple`].
pub type NullableTeamSimple = TeamSimple;

/// Same as [`Repository`].
pub type NullableRepository = Repository;

/// Diff Entry
#[derive(Debug, Clone, PartialEq)]
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
    pub patch: Option<String>,
    pub previous_filename: Option<String>,
}

runtime::decode! {
    DiffEntry {
        sha, filename, status, additions, deletions, changes, blob_url, raw_url, contents_url,
        patch, previous_filename,
    }
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

/// Service unavailable
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct ServiceUnavailable {
    pub code: Option<String>,
    pub message: Option<String>,
    pub documentation_url: Option<String>,
}

runtime::decode! { ServiceUnavailable { code, message, documentation_url } }

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
