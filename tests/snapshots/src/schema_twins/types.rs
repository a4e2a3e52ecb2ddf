// @generated from fixtures/schema_twins.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Same as [`User`].
///
/// A user, or nobody.
pub type NullableUser = User;

/// A user of the host.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// A user's handle.
    pub login: Login,
    /// Where the user lives.
    pub address: Option<UserAddress>,
}

runtime::decode! { User { login, address } }

/// Where the user lives.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct UserAddress {
    pub city: Option<String>,
}

runtime::decode! { UserAddress { city } }

/// A user's handle.
pub type Login = String;

/// A user's handle.
pub type Handle = String;

/// The `Repository` schema.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Repository {
    pub name: String,
    /// A user of the host.
    pub owner: User,
    /// A user, or nobody.
    pub last_pusher: Option<User>,
    /// A user's handle.
    pub handle: Option<Handle>,
    /// A repository, or none.
    pub parent: Option<Box<Repository>>,
    pub team: Option<Team>,
    pub other_team: Option<NullableTeam>,
}

runtime::decode! { Repository { name, owner, last_pusher, handle, parent, team, other_team } }

/// Same as [`Repository`].
///
/// A repository, or none.
pub type NullableRepository = Repository;

/// The `team` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Team {
    /// The team's short name.
    pub slug: Option<String>,
}

runtime::decode! { Team { slug } }

/// The `nullable-team` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NullableTeam {
    /// The team's name in URLs.
    pub slug: Option<String>,
}

runtime::decode! { NullableTeam { slug } }

runtime::string_enum! {
    /// The order of the results.
    pub enum GetRepoSort {
        Created = "created",
        Updated = "updated",
        ..Unknown
    }
}

runtime::string_enum! {
    /// Which way the results go.
    pub enum ListForksDirection {
        Created = "created",
        Updated = "updated",
        ..Unknown
    }
}
