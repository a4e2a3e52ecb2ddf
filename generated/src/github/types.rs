// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A GitHub user.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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

/// Basic Error
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct BasicError {
    pub message: Option<String>,
    pub documentation_url: Option<String>,
    pub url: Option<String>,
    pub status: Option<String>,
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
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ValidationError {
    pub message: String,
    pub documentation_url: String,
    pub errors: Option<Vec<ValidationErrorErrorsItem>>,
}

/// An item of the `errors` member of `ValidationError`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ValidationErrorErrorsItem {
    pub resource: Option<String>,
    pub field: Option<String>,
    pub message: Option<String>,
    pub code: String,
    pub index: Option<i64>,
    pub value: Option<ValidationErrorErrorsItemValue>,
}

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
#[derive(Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct NullableLicenseSimple {
    pub key: String,
    pub name: String,
    pub url: Option<String>,
    pub spdx_id: Option<String>,
    pub node_id: String,
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
#[derive(Clone, PartialEq, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct RepositoryPermissions {
    pub admin: bool,
    pub pull: bool,
    pub triage: Option<bool>,
    pub push: bool,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct RepositoryCodeSearchIndexStatus {
    pub lexical_search_ok: Option<bool>,
    pub lexical_commit_sha: Option<String>,
}

/// A collection of related issues and pull requests.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct ServiceUnavailable {
    pub code: Option<String>,
    pub message: Option<String>,
    pub documentation_url: Option<String>,
}
