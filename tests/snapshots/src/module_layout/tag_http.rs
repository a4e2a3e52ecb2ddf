// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /ping`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ping {}

runtime::builder! {
    Ping() {}
}

runtime::responses! {
    Ping: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum PingResponse {
        /// 204: Pong.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for Ping {
    type Response = PingResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/ping";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/ping";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }
}
