// @generated from fixtures/request_body_optional.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Start a build
///
/// Without a body, the default branch is built.
///
/// `POST /builds`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartBuild {
    /// The request body. Sent as `application/json`.
    pub body: Option<BuildOptions>,
}

runtime::builder! {
    StartBuild() {
        body: impl Into<BuildOptions>,
    }
}

runtime::responses! {
    StartBuild: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum StartBuildResponse {
        /// 204: The build was queued.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for StartBuild {
    type Response = StartBuildResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/builds";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/builds";
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::json(
                        body,
                        http::HeaderValue::from_static("application/json"),
                    )?,
                )
            }
            None => None,
        };
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}

/// Attach arbitrary JSON to the latest build
///
/// `POST /builds/annotations`
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotateBuilds {
    /// The request body. Sent as `application/json`.
    pub body: serde_json::Value,
}

runtime::builder! {
    AnnotateBuilds(body: impl Into<serde_json::Value>) {}
}

runtime::responses! {
    AnnotateBuilds: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum AnnotateBuildsResponse {
        /// 204: The annotation was stored.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for AnnotateBuilds {
    type Response = AnnotateBuildsResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/builds/annotations";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/builds/annotations";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}
