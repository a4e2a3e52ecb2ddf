// @generated from fixtures/parameter_refs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List messages
///
/// `GET /mailboxes/{mailboxId}/messages`
#[derive(Debug, Clone, PartialEq)]
pub struct ListMessages {
    /// The mailbox's ID. (path parameter `mailboxId`)
    pub mailbox_id: String,
    /// How many items to return at most. (query parameter `limit`)
    pub limit: Option<i32>,
    /// The folder to read (operation level, replaces the path-level one). (query parameter `folder`)
    pub folder: String,
}

runtime::builder! {
    ListMessages(mailbox_id: impl Into<String>, folder: impl Into<String>) {
        limit: i32,
    }
}

runtime::responses! {
    ListMessages: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListMessagesResponse {
        /// 204: Messages were listed.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ListMessages {
    type Response = ListMessagesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/mailboxes/{mailboxId}/messages";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/mailboxes/");
        path.parameter("mailboxId", &self.mailbox_id, runtime::SIMPLE)?;
        path.literal("/messages");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("limit", &self.limit, runtime::FORM_EXPLODE)?;
        query.parameter("folder", &self.folder, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        runtime::request(Self::METHOD, base_url, &path, &query, None)
    }
}

/// Delete every message
///
/// `DELETE /mailboxes/{mailboxId}/messages`
#[derive(Debug, Clone, PartialEq)]
pub struct EmptyMailbox {
    /// The mailbox's ID. (path parameter `mailboxId`)
    pub mailbox_id: String,
    /// The folder to read (path level). (query parameter `folder`)
    pub folder: Option<String>,
}

runtime::builder! {
    EmptyMailbox(mailbox_id: impl Into<String>) {
        folder: impl Into<String>,
    }
}

runtime::responses! {
    EmptyMailbox: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum EmptyMailboxResponse {
        /// 204: The mailbox is empty.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for EmptyMailbox {
    type Response = EmptyMailboxResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/mailboxes/{mailboxId}/messages";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/mailboxes/");
        path.parameter("mailboxId", &self.mailbox_id, runtime::SIMPLE)?;
        path.literal("/messages");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("folder", &self.folder, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        runtime::request(Self::METHOD, base_url, &path, &query, None)
    }
}
