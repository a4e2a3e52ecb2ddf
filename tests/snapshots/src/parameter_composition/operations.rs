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
    /// The ID of the workflow, or its file name. (path parameter `workflow_id`)
    pub workflow_id: GetWorkflowWorkflowId,
}

runtime::builder! {
    GetWorkflow(
        owner: impl Into<String>,
        repo: impl Into<String>,
        workflow_id: impl Into<GetWorkflowWorkflowId>,
    ) {}
}

runtime::responses! {
    GetWorkflow: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetWorkflowResponse {
        /// 204: Done.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for GetWorkflow {
    type Response = GetWorkflowResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{owner}/{repo}/actions/workflows/{workflow_id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("repo", &self.repo, runtime::SIMPLE)?;
        path.literal("/actions/workflows/");
        path.parameter("workflow_id", &self.workflow_id, runtime::SIMPLE)?;
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }
}
