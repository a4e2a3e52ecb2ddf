// @generated from fixtures/keyword_operations.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List the token types
///
/// `GET /types`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Type {}

runtime::builder! {
    Type() {}
}

runtime::responses! {
    Type: Result<Vec<String>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum TypeResponse {
        /// 200: The token types.
        200 => Ok(Vec<String> = json): Ok(body),
    }
}

impl runtime::Operation for Type {
    type Response = TypeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/types";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/types";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// Describe the calling account
///
/// `GET /self` (operationId `self`)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelfRequest {}

runtime::builder! {
    SelfRequest() {}
}

runtime::responses! {
    SelfRequest: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum SelfResponse {
        /// 204: The account is valid.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for SelfRequest {
    type Response = SelfResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/self";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/self";
        runtime::request(Self::METHOD, base_url, path, "", None)
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

runtime::builder! {
    Crate(crate_: impl Into<String>) {
        r#type: impl Into<String>,
        self_: bool,
    }
}

runtime::responses! {
    Crate: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CrateResponse {
        /// 204: The package exists.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for Crate {
    type Response = CrateResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/crates/{crate}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/crates/");
        path.parameter("crate", &self.crate_, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("type", &self.r#type, runtime::FORM_EXPLODE)?;
        query.optional("self", &self.self_, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        runtime::request(Self::METHOD, base_url, &path, &query, None)
    }
}

/// Match a pattern against a text
///
/// `POST /match`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Match {}

runtime::builder! {
    Match() {}
}

runtime::responses! {
    Match: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum MatchResponse {
        /// 204: The pattern matched.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for Match {
    type Response = MatchResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/match";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/match";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }
}
