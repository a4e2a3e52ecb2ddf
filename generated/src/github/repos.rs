// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Code Of Conduct
#[derive(Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CodeOfConduct {
    pub key: String,
    pub name: String,
    pub url: String,
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

/// The `security-and-analysis` schema.
#[derive(Clone, PartialEq, Default, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SecurityAndAnalysisAdvancedSecurity {
    pub status: Option<SecurityAndAnalysisStatus>,
}

/// The `code_security` member of `SecurityAndAnalysis`.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct SecurityAndAnalysisCodeSecurity {
    pub status: Option<SecurityAndAnalysisStatus>,
}

/// Enable or disable Dependabot security updates for the repository.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct SecurityAndAnalysisDependabotSecurityUpdates {
    /// The enablement status of Dependabot security updates for the repository.
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
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct SecuritySecretScanningDelegatedBypassOptions {
    /// The bypass reviewers for secret scanning delegated bypass
    pub reviewers: Option<Vec<SecurityAndAnalysisReviewersItem>>,
}

/// The bypass reviewers for secret scanning delegated bypass
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct SecurityAndAnalysisReviewersItem {
    /// The ID of the team or role selected as a bypass reviewer
    pub reviewer_id: i64,
    /// The type of the bypass reviewer
    pub reviewer_type: SecurityAndAnalysisReviewersItemReviewerType,
    /// The bypass mode for the reviewer
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
#[derive(Clone, PartialEq, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct MinimalRepositoryPermissions {
    pub admin: Option<bool>,
    pub maintain: Option<bool>,
    pub push: Option<bool>,
    pub triage: Option<bool>,
    pub pull: Option<bool>,
}

/// The `license` member of `MinimalRepository`.
#[derive(Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct MinimalRepositoryLicense {
    pub key: Option<String>,
    pub name: Option<String>,
    pub spdx_id: Option<String>,
    pub url: Option<String>,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct EmptyObject {}

/// Code of Conduct Simple
#[derive(Clone, PartialEq, serde::Deserialize)]
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
#[derive(Clone, PartialEq, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct FullRepositoryPermissions {
    pub admin: bool,
    pub maintain: Option<bool>,
    pub push: bool,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct NullableGitUser {
    pub name: Option<String>,
    pub email: Option<String>,
    pub date: Option<String>,
}

/// Verification
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Verification {
    pub verified: bool,
    pub reason: String,
    pub payload: Option<String>,
    pub signature: Option<String>,
    pub verified_at: Option<String>,
}

/// Commit
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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

/// The `commit` member of `Commit`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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

/// The `tree` member of `CommitCommit`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CommitCommitTree {
    pub sha: String,
    pub url: String,
}

/// The `author` member of `Commit`.
///
/// Decoding tries `SimpleUser`, `EmptyObject` in this order and keeps the first that matches: objects that require more non-null members come first, integers before numbers, strings last.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum CommitAuthor {
    /// A [`SimpleUser`].
    SimpleUser(SimpleUser),
    /// A [`EmptyObject`].
    EmptyObject(EmptyObject),
}

/// An item of the `parents` member of `Commit`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CommitParentsItem {
    pub sha: String,
    pub url: String,
    pub html_url: Option<String>,
}

/// The `stats` member of `Commit`.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[allow(missing_docs)]
pub struct CommitStats {
    pub additions: Option<i64>,
    pub deletions: Option<i64>,
    pub total: Option<i64>,
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        ReposListForOrgResponse::decode(parts, body)
    }
}

impl runtime::Paginated for ReposListForOrg {
    type Item = MinimalRepository;

    fn items(
        response: ReposListForOrgResponse,
    ) -> Result<Vec<MinimalRepository>, ReposListForOrgResponse> {
        let ReposListForOrgResponse::Ok { body, .. } = response;
        Ok(body)
    }

    fn next_page(
        &self,
        page: &runtime::Response<ReposListForOrgResponse>,
    ) -> Option<runtime::NextPage<Self>> {
        runtime::NextPage::from_link(page.headers())
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        ReposGetResponse::decode(parts, body)
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        ReposListCommitsResponse::decode(parts, body)
    }
}

impl runtime::Paginated for ReposListCommits {
    type Item = Commit;

    fn items(
        response: ReposListCommitsResponse,
    ) -> Result<Vec<Commit>, ReposListCommitsResponse> {
        match response {
            ReposListCommitsResponse::Ok { body, .. } => Ok(body),
            other => Err(other),
        }
    }

    fn next_page(
        &self,
        page: &runtime::Response<ReposListCommitsResponse>,
    ) -> Option<runtime::NextPage<Self>> {
        match **page {
            ReposListCommitsResponse::Ok { .. } => {
                runtime::NextPage::from_link(page.headers())
            }
            _ => None,
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        ReposListForUserResponse::decode(parts, body)
    }
}

impl runtime::Paginated for ReposListForUser {
    type Item = MinimalRepository;

    fn items(
        response: ReposListForUserResponse,
    ) -> Result<Vec<MinimalRepository>, ReposListForUserResponse> {
        let ReposListForUserResponse::Ok { body, .. } = response;
        Ok(body)
    }

    fn next_page(
        &self,
        page: &runtime::Response<ReposListForUserResponse>,
    ) -> Option<runtime::NextPage<Self>> {
        runtime::NextPage::from_link(page.headers())
    }
}
