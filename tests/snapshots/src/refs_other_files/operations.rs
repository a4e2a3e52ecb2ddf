// @generated from fixtures/refs_other_files/openapi.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /groups`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroups {}

runtime::builder! {
    ListGroups() {}
}

/// The documented responses of [`ListGroups`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListGroupsResponse {
    /// 200: The groups.
    Ok(ListGroupsOkBody),
    /// 400: The request is malformed.
    BadRequest(CommonError),
    /// 401: No valid credentials.
    Unauthorized(CommonError),
}

/// The documented error responses of [`ListGroups`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListGroupsError {
    /// 400: The request is malformed.
    BadRequest(CommonError),
    /// 401: No valid credentials.
    Unauthorized(CommonError),
}

impl runtime::Outcome for ListGroupsResponse {
    type Success = ListGroupsOkBody;

    type Error = ListGroupsError;

    fn into_result(self) -> Result<ListGroupsOkBody, ListGroupsError> {
        match self {
            ListGroupsResponse::Ok(body) => Ok(body),
            ListGroupsResponse::BadRequest(body) => {
                Err(ListGroupsError::BadRequest(body))
            }
            ListGroupsResponse::Unauthorized(body) => {
                Err(ListGroupsError::Unauthorized(body))
            }
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListGroupsResponse::Ok(runtime::json_body(parts, body)?)),
            400 => Ok(ListGroupsResponse::BadRequest(runtime::json_body(parts, body)?)),
            401 => Ok(ListGroupsResponse::Unauthorized(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

/// The documented responses of [`GetGroup`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetGroupResponse {
    /// 200: The group.
    Ok(Group),
    /// 404: There is no such thing.
    NotFound,
}

/// The documented error responses of [`GetGroup`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetGroupError {
    /// 404: There is no such thing.
    NotFound,
}

impl runtime::Outcome for GetGroupResponse {
    type Success = Group;

    type Error = GetGroupError;

    fn into_result(self) -> Result<Group, GetGroupError> {
        match self {
            GetGroupResponse::Ok(body) => Ok(body),
            GetGroupResponse::NotFound => Err(GetGroupError::NotFound),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetGroupResponse::Ok(runtime::json_body(parts, body)?)),
            404 => Ok(GetGroupResponse::NotFound),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
