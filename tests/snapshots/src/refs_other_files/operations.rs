// @generated from fixtures/refs_other_files/openapi.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /groups`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroups {}

runtime::builder! {
    ListGroups() {}
}

runtime::responses! {
    ListGroups: Result<ListGroupsOkBody, enum ListGroupsError>,
    #[derive(Clone, PartialEq)]
    pub enum ListGroupsResponse {
        /// 200: The groups.
        200 => Ok(ListGroupsOkBody = json): Ok(body),
        /// 400: The request is malformed.
        400 => BadRequest(CommonError = json): Err,
        /// 401: No valid credentials.
        401 => Unauthorized(CommonError = json): Err,
    }
}

impl runtime::Operation for ListGroups {
    type Response = ListGroupsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/groups";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/groups";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// `GET /groups/{groupId}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroup {
    /// path parameter `groupId`
    pub group_id: String,
}

runtime::builder! {
    GetGroup(group_id: impl Into<String>) {}
}

runtime::responses! {
    GetGroup: Result<Group, enum GetGroupError>,
    #[derive(Clone, PartialEq)]
    pub enum GetGroupResponse {
        /// 200: The group.
        200 => Ok(Group = json): Ok(body),
        /// 404: There is no such thing.
        404 => NotFound: Err,
    }
}

impl runtime::Operation for GetGroup {
    type Response = GetGroupResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/groups/{groupId}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/groups/");
        path.parameter("groupId", &self.group_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
