// @generated from fixtures/parameter_composition.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkflow {
    /// path parameter `owner`
    pub owner: String,
    /// path parameter `repo`
    pub repo: String,
    /// The ID of the workflow, or its file name.
    ///
    /// path parameter `workflow_id`
    pub workflow_id: GetWorkflowWorkflowId,
}

/// The documented responses of [`GetWorkflow`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetWorkflowResponse {
    /// 204: Done.
    NoContent,
}

impl crate::runtime::Operation for GetWorkflow {
    type Response = GetWorkflowResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/actions/workflows/{workflow_id}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter(
            "owner",
            &self.owner,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/");
        path.parameter(
            "repo",
            &self.repo,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/actions/workflows/");
        path.parameter(
            "workflow_id",
            &self.workflow_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        crate::runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => GetWorkflowResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
