// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Groups of organization members that gives permissions on specified repositories.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Team {
    pub id: i64,
    pub node_id: String,
    pub name: String,
    pub slug: String,
    pub description: Option<String>,
    pub privacy: Option<String>,
    pub notification_setting: Option<String>,
    pub permission: String,
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
    pub access_source: Option<TeamAccessSource>,
    /// Unique identifier of the organization to which this team belongs
    pub organization_id: Option<i64>,
    /// Unique identifier of the enterprise to which this team belongs
    pub enterprise_id: Option<i64>,
    /// Groups of organization members that gives permissions on specified repositories.
    pub parent: Option<TeamSimple>,
}

runtime::decode! {
    Team {
        id, node_id, name, slug, description, privacy, notification_setting, permission,
        permissions, url, html_url, members_url, repositories_url, r#type = "type", access_source,
        organization_id, enterprise_id, parent,
    }
}

/// The `permissions` member of `Team`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct TeamPermissions {
    pub pull: bool,
    pub triage: bool,
    pub push: bool,
    pub maintain: bool,
    pub admin: bool,
}

runtime::decode! { TeamPermissions { pull, triage, push, maintain, admin } }

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
#[derive(Debug, Clone, PartialEq)]
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
    pub privacy: Option<String>,
    /// The notification setting the team has set
    pub notification_setting: Option<String>,
    pub html_url: String,
    pub repositories_url: String,
    pub slug: String,
    /// Distinguished Name (DN) that team maps to within LDAP environment
    pub ldap_dn: Option<String>,
    /// The ownership type of the team
    pub r#type: TeamType,
    /// Unique identifier of the organization to which this team belongs
    pub organization_id: Option<i64>,
    /// Unique identifier of the enterprise to which this team belongs
    pub enterprise_id: Option<i64>,
}

runtime::decode! {
    TeamSimple {
        id, node_id, url, members_url, name, description, permission, privacy, notification_setting,
        html_url, repositories_url, slug, ldap_dn, r#type = "type", organization_id, enterprise_id,
    }
}

/// Hypermedia Link
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Link {
    pub href: String,
}

runtime::decode! { Link { href } }

/// The status of auto merging a pull request.
#[derive(Debug, Clone, PartialEq)]
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

runtime::decode! { AutoMerge { enabled_by, merge_method, commit_title, commit_message } }

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
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct PullRequestStack {
    pub base: PullRequestStackBase,
    /// The total number of pull requests in the stack.
    pub size: Option<i64>,
    /// The one-based position of this pull request within the stack, where 1 is the bottom of the stack.
    pub position: Option<i64>,
    /// The ID of the stack that this pull request belongs to.
    pub id: Option<i64>,
    /// The number of the stack that this pull request belongs to.
    pub number: Option<i64>,
}

runtime::decode! { PullRequestStack { base, size, position, id, number } }

/// The `base` member of `PullRequestStack`.
#[derive(Debug, Clone, PartialEq)]
pub struct PullRequestStackBase {
    /// The base ref of the stack this pull request belongs to.
    pub r#ref: String,
    /// The base SHA of the stack this pull request belongs to.
    pub sha: String,
}

runtime::decode! { PullRequestStackBase { r#ref = "ref", sha } }

/// Pull Request Simple
#[derive(Debug, Clone, PartialEq)]
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
    pub active_lock_reason: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub merged_at: Option<chrono::DateTime<chrono::Utc>>,
    pub merge_commit_sha: Option<String>,
    /// A GitHub user.
    pub assignee: Option<SimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    pub requested_reviewers: Option<Vec<SimpleUser>>,
    pub requested_teams: Option<Vec<Team>>,
    pub head: PullRequestSimpleHead,
    pub base: PullRequestSimpleHead,
    pub links: PullRequestLinks,
    /// How the author is associated with the repository.
    pub author_association: AuthorAssociation,
    /// The status of auto merging a pull request.
    pub auto_merge: Option<AutoMerge>,
    /// The stack information associated with a pull request.
    pub stack: Option<PullRequestStack>,
    /// Indicates whether or not the pull request is a draft.
    pub draft: Option<bool>,
}

runtime::decode! {
    PullRequestSimple {
        url, id, node_id, html_url, diff_url, patch_url, issue_url, commits_url,
        review_comments_url, review_comment_url, comments_url, statuses_url, number, state, locked,
        title, user, body, labels, milestone, active_lock_reason, created_at, updated_at, closed_at,
        merged_at, merge_commit_sha, assignee, assignees, requested_reviewers, requested_teams,
        head, base, links = "_links", author_association, auto_merge, stack, draft,
    }
}

/// An item of the `labels` member of `PullRequestSimple`.
#[derive(Debug, Clone, PartialEq)]
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

runtime::decode! {
    PullRequestSimpleLabelsItem {
        id, node_id, url, name, description, color, default,
    }
}

/// The `head` member of `PullRequestSimple`.
#[derive(Debug, Clone, PartialEq)]
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

runtime::decode! { PullRequestSimpleHead { label, r#ref = "ref", repo, sha, user } }

/// Pull requests let you tell others about changes you've pushed to a repository on GitHub. Once a pull request is sent, interested parties can review the set of changes, discuss potential modifications, and even push follow-up commits if necessary.
#[derive(Debug, Clone, PartialEq)]
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
    pub active_lock_reason: Option<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub merged_at: Option<chrono::DateTime<chrono::Utc>>,
    pub merge_commit_sha: Option<String>,
    /// A GitHub user.
    pub assignee: Option<SimpleUser>,
    pub assignees: Option<Vec<SimpleUser>>,
    pub requested_reviewers: Option<Vec<SimpleUser>>,
    pub requested_teams: Option<Vec<TeamSimple>>,
    pub head: PullRequestHead,
    pub base: PullRequestHead,
    pub links: PullRequestLinks,
    /// How the author is associated with the repository.
    pub author_association: AuthorAssociation,
    /// The status of auto merging a pull request.
    pub auto_merge: Option<AutoMerge>,
    /// The stack information associated with a pull request.
    pub stack: Option<PullRequestStack>,
    /// Indicates whether or not the pull request is a draft.
    pub draft: Option<bool>,
    pub merged: bool,
    pub mergeable: Option<bool>,
    pub rebaseable: Option<bool>,
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

runtime::decode! {
    PullRequest {
        url, id, node_id, html_url, diff_url, patch_url, issue_url, commits_url,
        review_comments_url, review_comment_url, comments_url, statuses_url, number, state, locked,
        title, user, body, labels, milestone, active_lock_reason, created_at, updated_at, closed_at,
        merged_at, merge_commit_sha, assignee, assignees, requested_reviewers, requested_teams,
        head, base, links = "_links", author_association, auto_merge, stack, draft, merged,
        mergeable, rebaseable, mergeable_state, merged_by, comments, review_comments,
        maintainer_can_modify, commits, additions, deletions, changed_files,
    }
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
#[derive(Debug, Clone, PartialEq)]
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

runtime::decode! { PullRequestLabelsItem { id, node_id, url, name, description, color, default } }

/// The `head` member of `PullRequest`.
#[derive(Debug, Clone, PartialEq)]
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

runtime::decode! { PullRequestHead { label, r#ref = "ref", repo, sha, user } }

/// The `_links` member of `PullRequest`.
#[derive(Debug, Clone, PartialEq)]
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
    pub self_: Link,
}

runtime::decode! {
    PullRequestLinks {
        comments, commits, statuses, html, issue, review_comments, review_comment, self_ = "self",
    }
}

/// Pull Request Merge Result
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct PullRequestMergeResult {
    pub sha: String,
    pub merged: bool,
    pub message: String,
}

runtime::decode! { PullRequestMergeResult { sha, merged, message } }

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
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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

runtime::decode! {
    PullsCreateBody {
        title, head, head_repo, base, body, maintainer_can_modify, draft, issue,
    }
}

runtime::builder! {
    PullsCreateBody(head: impl Into<String>, base: impl Into<String>) {
        title: impl Into<String>,
        head_repo: impl Into<String>,
        body: impl Into<String>,
        maintainer_can_modify: bool,
        draft: bool,
        issue: i64,
    }
}

/// The request body of `PullsMerge`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
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

runtime::decode! { PullsMergeBody { commit_title, commit_message, sha, merge_method } }

runtime::builder! {
    PullsMergeBody() {
        commit_title: impl Into<String>,
        commit_message: impl Into<String>,
        sha: impl Into<String>,
        merge_method: impl Into<AutoMergeMergeMethod>,
    }
}

/// Method Not Allowed if merge cannot be performed
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct PullsMergeMethodNotAllowedBody {
    pub message: Option<String>,
    pub documentation_url: Option<String>,
}

runtime::decode! { PullsMergeMethodNotAllowedBody { message, documentation_url } }

/// Conflict if sha was provided and pull request head did not match
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct PullsMergeConflictBody {
    pub message: Option<String>,
    pub documentation_url: Option<String>,
}

runtime::decode! { PullsMergeConflictBody { message, documentation_url } }

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
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// Either `open`, `closed`, or `all` to filter by state. (query parameter `state`)
    pub state: Option<PullsListState>,
    /// Filter pulls by head user or head organization and branch name in the format of `user:ref-name` or `organization:ref-name`. For example: `github:new-script-format` or `octocat:test-branch`. (query parameter `head`)
    pub head: Option<String>,
    /// Filter pulls by base branch name. Example: `gh-pages`. (query parameter `base`)
    pub base: Option<String>,
    /// What to sort results by. `popularity` will sort by the number of comments. `long-running` will sort by date created and will limit the results to pull requests that have been open for more than a month and have had activity within the past month. (query parameter `sort`)
    pub sort: Option<PullsListSort>,
    /// The direction of the sort. Default: `desc` when sort is `created` or sort is not specified, otherwise `asc`. (query parameter `direction`)
    pub direction: Option<PullsListDirection>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `per_page`)
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `page`)
    pub page: Option<i64>,
}

runtime::builder! {
    PullsList(owner: impl Into<String>, repo: impl Into<String>) {
        state: impl Into<PullsListState>,
        head: impl Into<String>,
        base: impl Into<String>,
        sort: impl Into<PullsListSort>,
        direction: impl Into<PullsListDirection>,
        per_page: i64,
        page: i64,
    }
}

runtime::responses! {
    PullsList: Result<Vec<PullRequestSimple>, enum PullsListError>,
    #[derive(Clone, PartialEq)]
    pub enum PullsListResponse {
        /// 200: Response
        200 => Ok { headers: LinkHeaders, body: Vec<PullRequestSimple> = json }: Ok(body),
        /// 304: Not modified
        304 => NotModified: Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
    }
}

impl runtime::Operation for PullsList {
    type Response = PullsListResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls";

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
}

runtime::paginated!(PullsList: Ok { body } => PullRequestSimple, next: link);

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
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The request body. Sent as `application/json`.
    pub body: PullsCreateBody,
}

runtime::builder! {
    PullsCreate(
        owner: impl Into<String>,
        repo: impl Into<String>,
        body: impl Into<PullsCreateBody>,
    ) {}
}

runtime::responses! {
    PullsCreate: Result<PullRequest, enum PullsCreateError>,
    #[derive(Clone, PartialEq)]
    pub enum PullsCreateResponse {
        /// 201: Response
        201 => Created { headers: PullsCreateCreatedHeaders, body: PullRequest = json }: Ok(body),
        /// 403: Forbidden
        403 => Forbidden(BasicError = json): Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
    }
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
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the pull request. (path parameter `pull_number`)
    pub pull_number: i64,
}

runtime::builder! {
    PullsGet(owner: impl Into<String>, repo: impl Into<String>, pull_number: i64) {}
}

runtime::responses! {
    PullsGet: Result<PullRequest, enum PullsGetError>,
    #[derive(Clone, PartialEq)]
    pub enum PullsGetResponse {
        /// 200: Pass the appropriate [media type](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types) to fetch diff and patch formats.
        200 => Ok(PullRequest = json): Ok(body),
        /// 304: Not modified
        304 => NotModified: Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 406: Unacceptable
        406 => NotAcceptable(BasicError = json): Err,
        /// 500: Internal Error
        500 => InternalServerError(BasicError = json): Err,
        /// 503: Service unavailable
        503 => ServiceUnavailable(ServiceUnavailable = json): Err,
    }
}

impl runtime::Operation for PullsGet {
    type Response = PullsGetResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls/{pull_number}";

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
        path.literal("/pulls/");
        path.parameter("pull_number", &self.pull_number, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
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
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the pull request. (path parameter `pull_number`)
    pub pull_number: i64,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `per_page`)
    pub per_page: Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)." (query parameter `page`)
    pub page: Option<i64>,
}

runtime::builder! {
    PullsListFiles(owner: impl Into<String>, repo: impl Into<String>, pull_number: i64) {
        per_page: i64,
        page: i64,
    }
}

runtime::responses! {
    PullsListFiles: Result<Vec<DiffEntry>, enum PullsListFilesError>,
    #[derive(Clone, PartialEq)]
    pub enum PullsListFilesResponse {
        /// 200: Response
        200 => Ok { headers: LinkHeaders, body: Vec<DiffEntry> = json }: Ok(body),
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
        /// 500: Internal Error
        500 => InternalServerError(BasicError = json): Err,
        /// 503: Service unavailable
        503 => ServiceUnavailable(ServiceUnavailable = json): Err,
    }
}

impl runtime::Operation for PullsListFiles {
    type Response = PullsListFilesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls/{pull_number}/files";

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
}

runtime::paginated!(PullsListFiles: Ok { body } => DiffEntry, next: link);

/// Merge a pull request
///
/// Merges a pull request into the base branch.
/// This endpoint triggers [notifications](https://docs.github.com/github/managing-subscriptions-and-notifications-on-github/about-notifications). Creating content too quickly using this endpoint may result in secondary rate limiting. For more information, see "[Rate limits for the API](https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)" and "[Best practices for using the REST API](https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api)."
///
/// `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge`
#[derive(Debug, Clone, PartialEq)]
pub struct PullsMerge {
    /// The account owner of the repository. The name is not case sensitive. (path parameter `owner`)
    pub owner: String,
    /// The name of the repository without the `.git` extension. The name is not case sensitive. (path parameter `repo`)
    pub repo: String,
    /// The number that identifies the pull request. (path parameter `pull_number`)
    pub pull_number: i64,
    /// The request body. Sent as `application/json`.
    pub body: Option<Option<PullsMergeBody>>,
}

runtime::builder! {
    PullsMerge(owner: impl Into<String>, repo: impl Into<String>, pull_number: i64) {
        body: impl Into<Option<PullsMergeBody>>,
    }
}

runtime::responses! {
    PullsMerge: Result<PullRequestMergeResult, enum PullsMergeError>,
    #[derive(Clone, PartialEq)]
    pub enum PullsMergeResponse {
        /// 200: if merge was successful
        200 => Ok(PullRequestMergeResult = json): Ok(body),
        /// 403: Forbidden
        403 => Forbidden(BasicError = json): Err,
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
        /// 405: Method Not Allowed if merge cannot be performed
        405 => MethodNotAllowed(PullsMergeMethodNotAllowedBody = json): Err,
        /// 409: Conflict if sha was provided and pull request head did not match
        409 => Conflict(PullsMergeConflictBody = json): Err,
        /// 422: Validation failed, or the endpoint has been spammed.
        422 => UnprocessableEntity(ValidationError = json): Err,
    }
}

impl runtime::Operation for PullsMerge {
    type Response = PullsMergeResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/repos/{owner}/{repo}/pulls/{pull_number}/merge";

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
}
