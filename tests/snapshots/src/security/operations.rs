// @generated from fixtures/security.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /secrets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSecrets {}

runtime::builder! {
    ListSecrets() {}
}

runtime::responses! {
    ListSecrets: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListSecretsResponse {
        /// 204: The secrets exist.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ListSecrets {
    type Response = ListSecretsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/secrets";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::TOKEN],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/secrets";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }
}
