// @generated from fixtures/responses_no_content.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// End the current session
///
/// `DELETE /sessions/current`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Logout {}

runtime::builder! {
    Logout() {}
}

runtime::responses! {
    Logout: Result<(), enum LogoutError>,
    #[derive(Clone, PartialEq)]
    pub enum LogoutResponse {
        /// 204: The session ended.
        204 => NoContent: Ok(()),
        /// 401: There was no session.
        401 => Unauthorized: Err,
        /// 404
        404 => NotFound: Err,
    }
}

impl runtime::Operation for Logout {
    type Response = LogoutResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/sessions/current";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/sessions/current";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }
}
