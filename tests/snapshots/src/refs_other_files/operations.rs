// @generated from fixtures/refs_other_files/openapi.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /groups`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroups {}

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

impl crate::runtime::Operation for ListGroups {
    type Response = ListGroupsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/groups";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/groups";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => ListGroupsResponse::Ok(crate::runtime::json_body(parts, body)?),
                400 => {
                    ListGroupsResponse::BadRequest(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                401 => {
                    ListGroupsResponse::Unauthorized(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `GET /groups/{groupId}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroup {
    /// path parameter `groupId`
    pub group_id: String,
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

impl crate::runtime::Operation for GetGroup {
    type Response = GetGroupResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/groups/{groupId}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/groups/");
        path.parameter(
            "groupId",
            &self.group_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => GetGroupResponse::Ok(crate::runtime::json_body(parts, body)?),
                404 => GetGroupResponse::NotFound,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
