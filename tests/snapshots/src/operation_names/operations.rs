// @generated from fixtures/operation_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List a channel's members (no operationId)
///
/// `GET /channels/{channelId}/members`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChannelsByChannelIdMembers {
    /// path parameter `channelId`
    pub channel_id: String,
}

runtime::builder! {
    GetChannelsByChannelIdMembers(channel_id: impl Into<String>) {}
}

runtime::responses! {
    GetChannelsByChannelIdMembers: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetChannelsByChannelIdMembersResponse {
        /// 204: Members were listed.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for GetChannelsByChannelIdMembers {
    type Response = GetChannelsByChannelIdMembersResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/channels/{channelId}/members";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/channels/");
        path.parameter("channelId", &self.channel_id, runtime::SIMPLE)?;
        path.literal("/members");
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }
}

/// Add a member
///
/// `POST /channels/{channelId}/members`
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelsMembersAdd {
    /// path parameter `channelId`
    pub channel_id: String,
}

runtime::builder! {
    ChannelsMembersAdd(channel_id: impl Into<String>) {}
}

runtime::responses! {
    ChannelsMembersAdd: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ChannelsMembersAddResponse {
        /// 204: The member was added.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ChannelsMembersAdd {
    type Response = ChannelsMembersAddResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/channels/{channelId}/members";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/channels/");
        path.parameter("channelId", &self.channel_id, runtime::SIMPLE)?;
        path.literal("/members");
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }
}

/// Verify a second factor
///
/// `POST /2fa`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct T2faVerify {}

runtime::builder! {
    T2faVerify() {}
}

runtime::responses! {
    T2faVerify: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum T2faVerifyResponse {
        /// 204: The code is valid.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for T2faVerify {
    type Response = T2faVerifyResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/2fa";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/2fa";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }
}
