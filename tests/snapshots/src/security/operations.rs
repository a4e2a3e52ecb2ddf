// @generated from fixtures/security.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /secrets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSecrets {}

runtime::builder! {
    ListSecrets() {}
}

/// The documented responses of [`ListSecrets`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListSecretsResponse {
    /// 204: The secrets exist.
    NoContent,
}

impl runtime::Outcome for ListSecretsResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            ListSecretsResponse::NoContent => Ok(()),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(ListSecretsResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
