// @generated from fixtures/keyword_operations.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List the token types
///
/// `GET /types`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Type {}

/// The documented responses of [`Type`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TypeResponse {
    /// 200: The token types.
    Ok(Vec<String>),
}

impl crate::runtime::Operation for Type {
    type Response = TypeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/types";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/types";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
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
                200 => TypeResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// Describe the calling account
///
/// `GET /self`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Self2 {}

/// The documented responses of [`Self2`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Self2Response {
    /// 204: The account is valid.
    NoContent,
}

impl crate::runtime::Operation for Self2 {
    type Response = Self2Response;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/self";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/self";
        crate::runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => Self2Response::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// Fetch a package of grammars
///
/// `GET /crates/{crate}`
#[derive(Debug, Clone, PartialEq)]
pub struct Crate {
    /// path parameter `crate`
    pub crate_: String,
    /// query parameter `type`
    pub r#type: Option<String>,
    /// query parameter `self`
    pub self_: Option<bool>,
}

/// The documented responses of [`Crate`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CrateResponse {
    /// 204: The package exists.
    NoContent,
}

impl crate::runtime::Operation for Crate {
    type Response = CrateResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/crates/{crate}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/crates/");
        path.parameter(
            "crate",
            &self.crate_,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.r#type {
            query.parameter("type", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.self_ {
            query.parameter("self", value, crate::runtime::Style::Form.explode(true))?;
        }
        crate::runtime::request(Self::METHOD, base_url, &path, &query.finish(), None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => CrateResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// Match a pattern against a text
///
/// `POST /match`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Match {}

/// The documented responses of [`Match`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum MatchResponse {
    /// 204: The pattern matched.
    NoContent,
}

impl crate::runtime::Operation for Match {
    type Response = MatchResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/match";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/match";
        crate::runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => MatchResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
