// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Code Of Conduct
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct CodeOfConduct {
    pub key: String,
    pub name: String,
    pub url: String,
    pub body: Option<String>,
    pub html_url: Option<String>,
}

runtime::decode! { CodeOfConduct { key, name, url, body, html_url } }

/// The `security-and-analysis` schema.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SecurityAndAnalysis {
    /// Enable or disable GitHub Advanced Security for the repository.
    ///
    /// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
    pub advanced_security: Option<SecurityAndAnalysisAdvancedSecurity>,
    pub code_security: Option<SecurityAndAnalysisCodeSecurity>,
    /// Enable or disable Dependabot security updates for the repository.
    pub dependabot_security_updates: Option<
        SecurityAndAnalysisDependabotSecurityUpdates,
    >,
    pub secret_scanning: Option<SecurityAndAnalysisCodeSecurity>,
    pub secret_scanning_push_protection: Option<SecurityAndAnalysisCodeSecurity>,
    pub secret_scanning_non_provider_patterns: Option<SecurityAndAnalysisCodeSecurity>,
    pub secret_scanning_ai_detection: Option<SecurityAndAnalysisCodeSecurity>,
    pub secret_scanning_delegated_alert_dismissal: Option<
        SecurityAndAnalysisCodeSecurity,
    >,
    pub secret_scanning_delegated_bypass: Option<SecurityAndAnalysisCodeSecurity>,
    pub secret_scanning_delegated_bypass_options: Option<
        SecuritySecretScanningDelegatedBypassOptions,
    >,
}

runtime::decode! {
    SecurityAndAnalysis {
        advanced_security, code_security, dependabot_security_updates, secret_scanning,
        secret_scanning_push_protection, secret_scanning_non_provider_patterns,
        secret_scanning_ai_detection, secret_scanning_delegated_alert_dismissal,
        secret_scanning_delegated_bypass, secret_scanning_delegated_bypass_options,
    }
}

/// Enable or disable GitHub Advanced Security for the repository.
///
/// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SecurityAndAnalysisAdvancedSecurity {
    pub status: Option<SecurityAndAnalysisStatus>,
}

runtime::decode! { SecurityAndAnalysisAdvancedSecurity { status } }

/// The `code_security` member of `SecurityAndAnalysis`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct SecurityAndAnalysisCodeSecurity {
    pub status: Option<SecurityAndAnalysisStatus>,
}

runtime::decode! { SecurityAndAnalysisCodeSecurity { status } }

/// Enable or disable Dependabot security updates for the repository.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SecurityAndAnalysisDependabotSecurityUpdates {
    /// The enablement status of Dependabot security updates for the repository.
    pub status: Option<SecurityAndAnalysisDependabotSecurityUpdatesStatus>,
}

runtime::decode! { SecurityAndAnalysisDependabotSecurityUpdates { status } }

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SecuritySecretScanningDelegatedBypassOptions {
    /// The bypass reviewers for secret scanning delegated bypass
    pub reviewers: Option<Vec<SecurityAndAnalysisReviewersItem>>,
}

runtime::decode! { SecuritySecretScanningDelegatedBypassOptions { reviewers } }

/// The bypass reviewers for secret scanning delegated bypass
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityAndAnalysisReviewersItem {
    /// The ID of the team or role selected as a bypass reviewer
    pub reviewer_id: i64,
    /// The type of the bypass reviewer
    pub reviewer_type: SecurityAndAnalysisReviewersItemReviewerType,
    /// The bypass mode for the reviewer
    pub mode: Option<SecurityAndAnalysisReviewersItemMode>,
}

runtime::decode! { SecurityAndAnalysisReviewersItem { reviewer_id, reviewer_type, mode } }

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
#[derive(Clone, PartialEq)]
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
    pub ssh_url: Option<String>,
    pub stargazers_url: String,
    pub statuses_url: String,
    pub subscribers_url: String,
    pub subscription_url: String,
    pub tags_url: String,
    pub teams_url: String,
    pub trees_url: String,
    pub clone_url: Option<String>,
    pub mirror_url: Option<String>,
    pub hooks_url: String,
    pub svn_url: Option<String>,
    pub homepage: Option<String>,
    pub language: Option<String>,
    pub forks_count: Option<i64>,
    pub stargazers_count: Option<i64>,
    pub watchers_count: Option<i64>,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: Option<i64>,
    pub default_branch: Option<String>,
    pub open_issues_count: Option<i64>,
    pub is_template: Option<bool>,
    pub topics: Option<Vec<String>>,
    pub has_issues: Option<bool>,
    pub has_projects: Option<bool>,
    pub has_wiki: Option<bool>,
    pub has_pages: Option<bool>,
    pub has_downloads: Option<bool>,
    pub has_discussions: Option<bool>,
    pub has_pull_requests: Option<bool>,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub pull_request_creation_policy: Option<RepositoryPullRequestCreationPolicy>,
    pub archived: Option<bool>,
    pub disabled: Option<bool>,
    pub visibility: Option<String>,
    pub pushed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    pub permissions: Option<MinimalRepositoryPermissions>,
    pub role_name: Option<String>,
    pub temp_clone_token: Option<String>,
    pub delete_branch_on_merge: Option<bool>,
    pub subscribers_count: Option<i64>,
    pub network_count: Option<i64>,
    /// Code Of Conduct
    pub code_of_conduct: Option<CodeOfConduct>,
    pub license: Option<MinimalRepositoryLicense>,
    pub forks: Option<i64>,
    pub open_issues: Option<i64>,
    pub watchers: Option<i64>,
    pub allow_forking: Option<bool>,
    pub web_commit_signoff_required: Option<bool>,
    pub security_and_analysis: Option<SecurityAndAnalysis>,
    /// The custom properties that were defined for the repository. The keys are the custom property names, and the values are the corresponding custom property values.
    pub custom_properties: Option<serde_json::Map<String, serde_json::Value>>,
}

runtime::decode! {
    MinimalRepository {
        id, node_id, name, full_name, owner, private, html_url, description, fork, url, archive_url,
        assignees_url, blobs_url, branches_url, collaborators_url, comments_url, commits_url,
        compare_url, contents_url, contributors_url, deployments_url, downloads_url, events_url,
        forks_url, git_commits_url, git_refs_url, git_tags_url, git_url, issue_comment_url,
        issue_events_url, issues_url, keys_url, labels_url, languages_url, merges_url,
        milestones_url, notifications_url, pulls_url, releases_url, ssh_url, stargazers_url,
        statuses_url, subscribers_url, subscription_url, tags_url, teams_url, trees_url, clone_url,
        mirror_url, hooks_url, svn_url, homepage, language, forks_count, stargazers_count,
        watchers_count, size, default_branch, open_issues_count, is_template, topics, has_issues,
        has_projects, has_wiki, has_pages, has_downloads, has_discussions, has_pull_requests,
        pull_request_creation_policy, archived, disabled, visibility, pushed_at, created_at,
        updated_at, permissions, role_name, temp_clone_token, delete_branch_on_merge,
        subscribers_count, network_count, code_of_conduct, license, forks, open_issues, watchers,
        allow_forking, web_commit_signoff_required, security_and_analysis, custom_properties,
    }
}

runtime::redacted_debug! {
    MinimalRepository {
        id, node_id, name, full_name, owner, private, html_url, description, fork, url, archive_url,
        assignees_url, blobs_url, branches_url, collaborators_url, comments_url, commits_url,
        compare_url, contents_url, contributors_url, deployments_url, downloads_url, events_url,
        forks_url, git_commits_url, git_refs_url, git_tags_url, git_url, issue_comment_url,
        issue_events_url, issues_url, keys_url, labels_url, languages_url, merges_url,
        milestones_url, notifications_url, pulls_url, releases_url, ssh_url, stargazers_url,
        statuses_url, subscribers_url, subscription_url, tags_url, teams_url, trees_url, clone_url,
        mirror_url, hooks_url, svn_url, homepage, language, forks_count, stargazers_count,
        watchers_count, size, default_branch, open_issues_count, is_template, topics, has_issues,
        has_projects, has_wiki, has_pages, has_downloads, has_discussions, has_pull_requests,
        pull_request_creation_policy, archived, disabled, visibility, pushed_at, created_at,
        updated_at, permissions, role_name, temp_clone_token: redacted, delete_branch_on_merge,
        subscribers_count, network_count, code_of_conduct, license, forks, open_issues, watchers,
        allow_forking, web_commit_signoff_required, security_and_analysis, custom_properties,
    }
}

/// The `permissions` member of `MinimalRepository`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct MinimalRepositoryPermissions {
    pub admin: Option<bool>,
    pub maintain: Option<bool>,
    pub push: Option<bool>,
    pub triage: Option<bool>,
    pub pull: Option<bool>,
}

runtime::decode! { MinimalRepositoryPermissions { admin, maintain, push, triage, pull } }

/// The `license` member of `MinimalRepository`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct MinimalRepositoryLicense {
    pub key: Option<String>,
    pub name: Option<String>,
    pub spdx_id: Option<String>,
    pub url: Option<String>,
    pub node_id: Option<String>,
}

runtime::decode! { MinimalRepositoryLicense { key, name, spdx_id, url, node_id } }

/// An object without any properties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmptyObject {}

runtime::decode! { EmptyObject {} }

/// Code of Conduct Simple
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct CodeOfConductSimple {
    pub url: String,
    pub key: String,
    pub name: String,
    pub html_url: Option<String>,
}

runtime::decode! { CodeOfConductSimple { url, key, name, html_url } }

/// Full Repository
#[derive(Clone, PartialEq)]
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
    pub is_template: Option<bool>,
    pub topics: Option<Vec<String>>,
    pub has_issues: bool,
    pub has_projects: bool,
    pub has_wiki: bool,
    pub has_pages: bool,
    pub has_downloads: Option<bool>,
    pub has_discussions: bool,
    pub has_pull_requests: Option<bool>,
    /// The policy controlling who can create pull requests: all or collaborators_only.
    pub pull_request_creation_policy: Option<RepositoryPullRequestCreationPolicy>,
    pub archived: bool,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    /// The repository visibility: public, private, or internal.
    pub visibility: Option<String>,
    pub pushed_at: chrono::DateTime<chrono::Utc>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub permissions: Option<FullRepositoryPermissions>,
    pub allow_rebase_merge: Option<bool>,
    /// A repository on GitHub.
    pub template_repository: Option<Repository>,
    pub temp_clone_token: Option<String>,
    pub allow_squash_merge: Option<bool>,
    pub allow_auto_merge: Option<bool>,
    pub delete_branch_on_merge: Option<bool>,
    pub allow_merge_commit: Option<bool>,
    pub allow_update_branch: Option<bool>,
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
    ///   - `PR_TITLE` - default to the pull request's title.
    ///   - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    pub merge_commit_title: Option<FullRepositoryMergeCommitTitle>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    pub merge_commit_message: Option<RepositoryMergeCommitMessage>,
    pub allow_forking: Option<bool>,
    pub web_commit_signoff_required: Option<bool>,
    pub subscribers_count: i64,
    pub network_count: i64,
    /// License Simple
    pub license: Option<NullableLicenseSimple>,
    /// A GitHub user.
    pub organization: Option<SimpleUser>,
    /// A repository on GitHub.
    pub parent: Option<Repository>,
    /// A repository on GitHub.
    pub source: Option<Repository>,
    pub forks: i64,
    pub master_branch: Option<String>,
    pub open_issues: i64,
    pub watchers: i64,
    /// Whether anonymous git access is allowed.
    pub anonymous_access_enabled: Option<bool>,
    /// Code of Conduct Simple
    pub code_of_conduct: Option<CodeOfConductSimple>,
    pub security_and_analysis: Option<SecurityAndAnalysis>,
    /// The custom properties that were defined for the repository. The keys are the custom property names, and the values are the corresponding custom property values.
    pub custom_properties: Option<serde_json::Map<String, serde_json::Value>>,
}

runtime::decode! {
    FullRepository {
        id, node_id, name, full_name, owner, private, html_url, description, fork, url, archive_url,
        assignees_url, blobs_url, branches_url, collaborators_url, comments_url, commits_url,
        compare_url, contents_url, contributors_url, deployments_url, downloads_url, events_url,
        forks_url, git_commits_url, git_refs_url, git_tags_url, git_url, issue_comment_url,
        issue_events_url, issues_url, keys_url, labels_url, languages_url, merges_url,
        milestones_url, notifications_url, pulls_url, releases_url, ssh_url, stargazers_url,
        statuses_url, subscribers_url, subscription_url, tags_url, teams_url, trees_url, clone_url,
        mirror_url, hooks_url, svn_url, homepage, language, forks_count, stargazers_count,
        watchers_count, size, default_branch, open_issues_count, is_template, topics, has_issues,
        has_projects, has_wiki, has_pages, has_downloads, has_discussions, has_pull_requests,
        pull_request_creation_policy, archived, disabled, visibility, pushed_at, created_at,
        updated_at, permissions, allow_rebase_merge, template_repository, temp_clone_token,
        allow_squash_merge, allow_auto_merge, delete_branch_on_merge, allow_merge_commit,
        allow_update_branch, use_squash_pr_title_as_default, squash_merge_commit_title,
        squash_merge_commit_message, merge_commit_title, merge_commit_message, allow_forking,
        web_commit_signoff_required, subscribers_count, network_count, license, organization,
        parent, source, forks, master_branch, open_issues, watchers, anonymous_access_enabled,
        code_of_conduct, security_and_analysis, custom_properties,
    }
}

runtime::redacted_debug! {
    FullRepository {
        id, node_id, name, full_name, owner, private, html_url, description, fork, url, archive_url,
        assignees_url, blobs_url, branches_url, collaborators_url, comments_url, commits_url,
        compare_url, contents_url, contributors_url, deployments_url, downloads_url, events_url,
        forks_url, git_commits_url, git_refs_url, git_tags_url, git_url, issue_comment_url,
        issue_events_url, issues_url, keys_url, labels_url, languages_url, merges_url,
        milestones_url, notifications_url, pulls_url, releases_url, ssh_url, stargazers_url,
        statuses_url, subscribers_url, subscription_url, tags_url, teams_url, trees_url, clone_url,
        mirror_url, hooks_url, svn_url, homepage, language, forks_count, stargazers_count,
        watchers_count, size, default_branch, open_issues_count, is_template, topics, has_issues,
        has_projects, has_wiki, has_pages, has_downloads, has_discussions, has_pull_requests,
        pull_request_creation_policy, archived, disabled, visibility, pushed_at, created_at,
        updated_at, permissions, allow_rebase_merge, template_repository,
        temp_clone_token: redacted, allow_squash_merge, allow_auto_merge, delete_branch_on_merge,
        allow_merge_commit, allow_update_branch, use_squash_pr_title_as_default,
        squash_merge_commit_title, squash_merge_commit_message, merge_commit_title,
        merge_commit_message, allow_forking, web_commit_signoff_required, subscribers_count,
        network_count, license, organization, parent, source, forks, master_branch, open_issues,
        watchers, anonymous_access_enabled, code_of_conduct, security_and_analysis,
        custom_properties,
    }
}

/// The `permissions` member of `FullRepository`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct FullRepositoryPermissions {
    pub admin: bool,
    pub maintain: Option<bool>,
    pub push: bool,
    pub triage: Option<bool>,
    pub pull: bool,
}

runtime::decode! { FullRepositoryPermissions { admin, maintain, push, triage, pull } }

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
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct NullableGitUser {
    pub name: Option<String>,
    pub email: Option<String>,
    pub date: Option<String>,
}

runtime::decode! { NullableGitUser { name, email, date } }

/// Verification
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Verification {
    pub verified: bool,
    pub reason: String,
    pub payload: Option<String>,
    pub signature: Option<String>,
    pub verified_at: Option<String>,
}

runtime::decode! { Verification { verified, reason, payload, signature, verified_at } }

/// Commit
#[derive(Debug, Clone, PartialEq)]
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
    pub stats: Option<CommitStats>,
    pub files: Option<Vec<DiffEntry>>,
}

runtime::decode! {
    Commit {
        url, sha, node_id, html_url, comments_url, commit, author, committer, parents, stats, files,
    }
}

/// The `commit` member of `Commit`.
#[derive(Debug, Clone, PartialEq)]
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
    pub verification: Option<Verification>,
}

runtime::decode! {
    CommitCommit {
        url, author, committer, message, comment_count, tree, verification,
    }
}

/// The `tree` member of `CommitCommit`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct CommitCommitTree {
    pub sha: String,
    pub url: String,
}

runtime::decode! { CommitCommitTree { sha, url } }

/// The `author` member of `Commit`.
///
/// Decoding tries `SimpleUser`, `EmptyObject` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum CommitAuthor {
    /// The value is of type [`SimpleUser`].
    SimpleUser(SimpleUser),
    /// The value is of type [`EmptyObject`].
    EmptyObject(EmptyObject),
}

/// An item of the `parents` member of `Commit`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct CommitParentsItem {
    pub sha: String,
    pub url: String,
    pub html_url: Option<String>,
}

runtime::decode! { CommitParentsItem { sha, url, html_url } }

/// The `stats` member of `Commit`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct CommitStats {
    pub additions: Option<i64>,
    pub deletions: Option<i64>,
    pub total: Option<i64>,
}

runtime::decode! { CommitStats { additions, deletions, total } }

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
    /// The organization name. The name is not case sensitive. (path parameter `org`)
    pub org: String,
    /// Specifies the types of repositories you want returned. (query parameter `type`)
    pub r#type: Option<ReposListForOrgType>,
    /// The property to sort the results by. (query parameter `sort`)
    pub sort: Option<ReposListForOrgSort>,
    /// The order to sort by. Default: `asc` when using `full_name`, otherwise `desc`. (query parameter `direction`)
    pub direction: Option<ReposListForOrgDirection>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `per_page`)
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `page`)
    pub page: Option<i64>,
}

runtime::builder! {
    ReposListForOrg(org: impl Into<String>) {
        r#type: impl Into<ReposListForOrgType>,
        sort: impl Into<ReposListForOrgSort>,
        direction: impl Into<ReposListForOrgDirection>,
        per_page: i64,
        page: i64,
    }
}

runtime::responses! {
    ReposListForOrg: Result<Vec<MinimalRepository>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ReposListForOrgResponse {
        /// 200: Response
        200 => Ok { headers: LinkHeaders, body: Vec<MinimalRepository> = json }: Ok(body),
    }
}

impl runtime::Operation for ReposListForOrg {
    type Response = ReposListForOrgResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/orgs/{org}/repos";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

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
}

runtime::paginated!(ReposListForOrg: Ok { body } => MinimalRepository, next: link);

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
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
}

runtime::builder! {
    ReposGet(owner: impl Into<String>, repo: impl Into<String>) {}
}

runtime::responses! {
    ReposGet: Result<FullRepository, enum ReposGetError>,
    #[derive(Clone, PartialEq)]
    pub enum ReposGetResponse {
        /// 200: Response
        200 => Ok(FullRepository = json): Ok(body),
        /// 301: Moved permanently
        301 => MovedPermanently(BasicError = json): Err,
        /// 403: Forbidden
        403 => Forbidden(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
    }
}

impl runtime::Operation for ReposGet {
    type Response = ReposGetResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}";

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
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
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
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// SHA or branch to start listing commits from. Default: the repository’s default branch (usually `main`). (query parameter `sha`)
    pub sha: Option<String>,
    /// Only commits containing this file path will be returned. (query parameter `path`)
    pub path: Option<String>,
    /// GitHub username or email address to use to filter by commit author. (query parameter `author`)
    pub author: Option<String>,
    /// GitHub username or email address to use to filter by commit committer. (query parameter `committer`)
    pub committer: Option<String>,
    /// Only show results that were last updated after the given time. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`. Due to limitations of Git, timestamps must be between 1970-01-01 and 2099-12-31 (inclusive) or unexpected results may be returned. (query parameter `since`)
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Only commits before this date will be returned. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`. Due to limitations of Git, timestamps must be between 1970-01-01 and 2099-12-31 (inclusive) or unexpected results may be returned. (query parameter `until`)
    pub until: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `per_page`)
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `page`)
    pub page: Option<i64>,
}

runtime::builder! {
    ReposListCommits(owner: impl Into<String>, repo: impl Into<String>) {
        sha: impl Into<String>,
        path: impl Into<String>,
        author: impl Into<String>,
        committer: impl Into<String>,
        since: impl Into<chrono::DateTime<chrono::Utc>>,
        until: impl Into<chrono::DateTime<chrono::Utc>>,
        per_page: i64,
        page: i64,
    }
}

runtime::responses! {
    ReposListCommits: Result<Vec<Commit>, enum ReposListCommitsError>,
    #[derive(Clone, PartialEq)]
    pub enum ReposListCommitsResponse {
        /// 200: Response
        200 => Ok { headers: LinkHeaders, body: Vec<Commit> = json }: Ok(body),
        /// 400: Bad Request
        400 => BadRequest(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 409: Conflict
        409 => Conflict(BasicError = json): Err,
        /// 500: Internal Error
        500 => InternalServerError(BasicError = json): Err,
    }
}

impl runtime::Operation for ReposListCommits {
    type Response = ReposListCommitsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/commits";

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
}

runtime::paginated!(ReposListCommits: Ok { body } => Commit, next: link);

/// List repositories for a user
///
/// Lists public repositories for the specified user.
///
/// `GET /users/{username}/repos`
#[derive(Debug, Clone, PartialEq)]
pub struct ReposListForUser {
    /// The handle for the GitHub user account. (path parameter `username`)
    pub username: String,
    /// Limit results to repositories of the specified type. (query parameter `type`)
    pub r#type: Option<ReposListForUserType>,
    /// The property to sort the results by. (query parameter `sort`)
    pub sort: Option<ReposListForOrgSort>,
    /// The order to sort by. Default: `asc` when using `full_name`, otherwise `desc`. (query parameter `direction`)
    pub direction: Option<ReposListForOrgDirection>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `per_page`)
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `page`)
    pub page: Option<i64>,
}

runtime::builder! {
    ReposListForUser(username: impl Into<String>) {
        r#type: impl Into<ReposListForUserType>,
        sort: impl Into<ReposListForOrgSort>,
        direction: impl Into<ReposListForOrgDirection>,
        per_page: i64,
        page: i64,
    }
}

runtime::responses! {
    ReposListForUser: Result<Vec<MinimalRepository>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ReposListForUserResponse {
        /// 200: Response
        200 => Ok { headers: LinkHeaders, body: Vec<MinimalRepository> = json }: Ok(body),
    }
}

impl runtime::Operation for ReposListForUser {
    type Response = ReposListForUserResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/users/{username}/repos";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

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
}

runtime::paginated!(ReposListForUser: Ok { body } => MinimalRepository, next: link);
