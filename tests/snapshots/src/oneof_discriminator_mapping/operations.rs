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
