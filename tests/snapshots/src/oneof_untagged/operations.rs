// @generated from fixtures/oneof_untagged.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Get a workflow
///
/// `GET /workflows/{workflow_id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkflow {
    /// The workflow's number or its file name. (path parameter `workflow_id`)
    pub workflow_id: GetWorkflowWorkflowId,
}

runtime::builder! {
    GetWorkflow(workflow_id: impl Into<GetWorkflowWorkflowId>) {}
}

runtime::responses! {
    GetWorkflow: Result<Workflow, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetWorkflowResponse {
        /// 200: The workflow.
        200 => Ok(Workflow = json): Ok(body),
    }
}

impl runtime::Operation for GetWorkflow {
    type Response = GetWorkflowResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/workflows/{workflow_id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/workflows/");
        path.parameter("workflow_id", &self.workflow_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
