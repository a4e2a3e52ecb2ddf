// @generated from fixtures/oneof_discriminator_mapping.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// What anyone can see of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicUser {
    /// The user's handle.
    pub login: String,
    /// The user's number.
    pub id: i64,
    /// Which view this is.
    pub user_view_type: Option<String>,
}

runtime::decode! { PublicUser { login, id, user_view_type } }

/// What a user sees of themselves.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivateUser {
    /// The user's handle.
    pub login: String,
    /// The user's number.
    pub id: i64,
    /// Which view this is.
    pub user_view_type: Option<String>,
    /// How many private repositories the user owns.
    pub private_repos: i64,
    /// Whether two-factor authentication is on.
    pub two_factor: bool,
}

runtime::decode! { PrivateUser { login, id, user_view_type, private_repos, two_factor } }

/// The user.
///
/// The member `user_view_type` selects the variant: `private` → `PrivateUser`; `public` → `PublicUser`. A value with another `user_view_type` is kept whole in `Unknown`; a value without it is tried as `PrivateUser`, `PublicUser` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum GetUserOkBody {
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
