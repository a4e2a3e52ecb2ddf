// @generated from fixtures/oneof_discriminator_mapping.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Accounts 1.0.0
//!
//! Generated from `fixtures/oneof_discriminator_mapping.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// What anyone can see of a user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicUser {
    /// The user's handle.
    pub login: String,
    /// The user's number.
    pub id: i64,
    /// Which view this is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_view_type: Option<String>,
}

/// What a user sees of themselves.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PrivateUser {
    /// The user's handle.
    pub login: String,
    /// The user's number.
    pub id: i64,
    /// Which view this is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_view_type: Option<String>,
    /// How many private repositories the user owns.
    pub private_repos: i64,
    /// Whether two-factor authentication is on.
    pub two_factor: bool,
}

/// The user.
///
/// The member `user_view_type` selects the variant: `private` → `PrivateUser`; `public` → `PublicUser`. A value with another `user_view_type` is kept whole in `Unknown`; a value without it is tried as `PrivateUser`, `PublicUser` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum GetUserOkBody {
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

impl serde::Serialize for GetUserOkBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::PrivateUser(value) => serde::Serialize::serialize(value, serializer),
            Self::PublicUser(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for GetUserOkBody {
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

/// Get a user
///
/// The private view is returned for the authenticated user, the public one otherwise.
///
/// `GET /users/{username}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUser {
    /// The handle of the user.
    ///
    /// path parameter `username`
    pub username: String,
}

runtime::builder! {
    GetUser(username: impl Into<String>) {}
}

/// The documented responses of [`GetUser`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetUserResponse {
    /// 200: The user.
    Ok(GetUserOkBody),
}

impl runtime::Outcome for GetUserResponse {
    type Success = GetUserOkBody;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<GetUserOkBody, std::convert::Infallible> {
        match self {
            GetUserResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for GetUser {
    type Response = GetUserResponse;

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
            200 => Ok(GetUserResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
