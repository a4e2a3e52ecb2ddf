// @generated from fixtures/security_schemes.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Read the account balance
///
/// Any one of the schemes authorizes this call.
///
/// `GET /balance`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetBalance {}

runtime::builder! {
    GetBalance() {}
}

runtime::responses! {
    GetBalance: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetBalanceResponse {
        /// 204: The balance was read.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for GetBalance {
    type Response = GetBalanceResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/balance";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BEARER_AUTH],
        &[security::BASIC_AUTH],
        &[security::API_KEY_HEADER],
        &[security::API_KEY_QUERY],
        &[security::SESSION_COOKIE],
        &[security::OAUTH],
        &[security::OIDC],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/balance";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }
}
