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

/// The documented responses of [`GetUser`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetUserResponse {
    /// 200: The user.
    Ok(GetUserOkBody),
}

impl crate::runtime::Operation for GetUser {
    type Response = GetUserResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/users/{username}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/users/");
        path.parameter(
            "username",
            &self.username,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => GetUserResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
