// @generated from specs/github/api.github.com.octokit-23.0.2.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Public User
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct PublicUser {
    pub login: String,
    pub id: i64,
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
    pub notification_email: Option<String>,
    pub hireable: Option<bool>,
    pub bio: Option<String>,
    pub twitter_username: Option<String>,
    pub public_repos: i64,
    pub public_gists: i64,
    pub followers: i64,
    pub following: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub plan: Option<PublicUserPlan>,
    pub private_gists: Option<i64>,
    pub total_private_repos: Option<i64>,
    pub owned_private_repos: Option<i64>,
    pub disk_usage: Option<i64>,
    pub collaborators: Option<i64>,
}

runtime::decode! {
    PublicUser {
        login, id, user_view_type, node_id, avatar_url, gravatar_id, url, html_url, followers_url,
        following_url, gists_url, starred_url, subscriptions_url, organizations_url, repos_url,
        events_url, received_events_url, r#type = "type", site_admin, name, company, blog, location,
        email, notification_email, hireable, bio, twitter_username, public_repos, public_gists,
        followers, following, created_at, updated_at, plan, private_gists, total_private_repos,
        owned_private_repos, disk_usage, collaborators,
    }
}

/// The `plan` member of `PublicUser`.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct PublicUserPlan {
    pub collaborators: i64,
    pub name: String,
    pub space: i64,
    pub private_repos: i64,
}

runtime::decode! { PublicUserPlan { collaborators, name, space, private_repos } }

/// Private User
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct PrivateUser {
    pub login: String,
    pub id: i64,
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
    pub notification_email: Option<String>,
    pub hireable: Option<bool>,
    pub bio: Option<String>,
    pub twitter_username: Option<String>,
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
    pub plan: Option<PublicUserPlan>,
    pub business_plus: Option<bool>,
    pub ldap_dn: Option<String>,
}

runtime::decode! {
    PrivateUser {
        login, id, user_view_type, node_id, avatar_url, gravatar_id, url, html_url, followers_url,
        following_url, gists_url, starred_url, subscriptions_url, organizations_url, repos_url,
        events_url, received_events_url, r#type = "type", site_admin, name, company, blog, location,
        email, notification_email, hireable, bio, twitter_username, public_repos, public_gists,
        followers, following, created_at, updated_at, private_gists, total_private_repos,
        owned_private_repos, disk_usage, collaborators, two_factor_authentication, plan,
        business_plus, ldap_dn,
    }
}

/// Response
///
/// The member `user_view_type` selects the variant: `private` → `PrivateUser`; `public` → `PublicUser`. A value with another `user_view_type` is kept whole in `Unknown`; a value without it is tried as `PrivateUser`, `PublicUser` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum UsersGetByUsernameOkBody {
    /// The value is of type [`PrivateUser`].
    ///
    /// `user_view_type`: `private`.
    PrivateUser(PrivateUser),
    /// The value is of type [`PublicUser`].
    ///
    /// `user_view_type`: `public`.
    PublicUser(PublicUser),
    /// A value whose `user_view_type` this code does not know, or that no variant matches, kept as received.
    Unknown(serde_json::Value),
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

/// Get the authenticated user
///
/// OAuth app tokens and personal access tokens (classic) need the `user` scope in order for the response to include private profile information.
///
/// `GET /user`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsersGetAuthenticated {}

runtime::builder! {
    UsersGetAuthenticated() {}
}

runtime::responses! {
    UsersGetAuthenticated: Result<UsersGetByUsernameOkBody, enum UsersGetAuthenticatedError>,
    #[derive(Clone, PartialEq)]
    pub enum UsersGetAuthenticatedResponse {
        /// 200: Response
        200 => Ok(UsersGetByUsernameOkBody = json): Ok(body),
        /// 304: Not modified
        304 => NotModified: Err,
        /// 401: Requires authentication
        401 => Unauthorized(BasicError = json): Err,
        /// 403: Forbidden
        403 => Forbidden(BasicError = json): Err,
    }
}

impl runtime::Operation for UsersGetAuthenticated {
    type Response = UsersGetAuthenticatedResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/user";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER],
        &[],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/user";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
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
    /// The handle for the GitHub user account. (path parameter `username`)
    pub username: String,
}

runtime::builder! {
    UsersGetByUsername(username: impl Into<String>) {}
}

runtime::responses! {
    UsersGetByUsername: Result<UsersGetByUsernameOkBody, enum UsersGetByUsernameError>,
    #[derive(Clone, PartialEq)]
    pub enum UsersGetByUsernameResponse {
        /// 200: Response
        200 => Ok(UsersGetByUsernameOkBody = json): Ok(body),
        /// 404: Resource not found
        404 => NotFound(BasicError = json): Err,
    }
}

impl runtime::Operation for UsersGetByUsername {
    type Response = UsersGetByUsernameResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/users/{username}";

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
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
