// @generated from fixtures/secret_fields.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Exchange credentials for a token
///
/// `POST /login`
#[derive(Clone, PartialEq)]
pub struct Login {
    /// The application's secret.
    ///
    /// query parameter `client_secret` (secret: redacted in `Debug` output)
    pub client_secret: String,
    /// A name for the device logging in.
    ///
    /// query parameter `device`
    pub device: Option<String>,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Credentials,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Login")
            .field("client_secret", &crate::runtime::Redacted)
            .field("device", &self.device)
            .field("body", &self.body)
            .finish()
    }
}

/// The documented responses of [`Login`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum LoginResponse {
    /// 200: A session.
    Ok(Session),
}

impl crate::runtime::Operation for Login {
    type Response = LoginResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/login";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/login";
        let mut query = crate::runtime::QueryBuilder::new();
        query
            .parameter(
                "client_secret",
                &self.client_secret,
                crate::runtime::Style::Form.explode(true),
            )?;
        if let Some(value) = &self.device {
            query.parameter("device", value, crate::runtime::Style::Form.explode(true))?;
        }
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            &query.finish(),
            body,
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
                200 => LoginResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
