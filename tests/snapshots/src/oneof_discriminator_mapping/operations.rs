// @generated from fixtures/oneof_discriminator_mapping.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Get a user
///
/// The private view is returned for the authenticated user, the public one otherwise.
///
/// `GET /users/{username}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUser {
    /// The handle of the user. (path parameter `username`)
    pub username: String,
}

runtime::builder! {
    GetUser(username: impl Into<String>) {}
}

runtime::responses! {
    GetUser: Result<GetUserOkBody, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetUserResponse {
        /// 200: The user.
        200 => Ok(GetUserOkBody = json): Ok(body),
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
}
