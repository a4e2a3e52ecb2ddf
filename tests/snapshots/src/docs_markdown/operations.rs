// @generated from fixtures/docs_markdown.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Send a message
///
/// Queues a message for delivery.
///
/// Example body:
///
/// ```json
/// {"to": "+15550100", "text": "hi"}
/// ```
///
/// | status | meaning |
/// |---|---|
/// | queued | accepted |
///
/// `POST /messages`
#[derive(Debug, Clone, PartialEq)]
pub struct SendMessage {
    /// The request body. Sent as `application/json`.
    pub body: Message,
}

runtime::builder! {
    SendMessage(body: impl Into<Message>) {}
}

runtime::responses! {
    SendMessage: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum SendMessageResponse {
        /// 202: Accepted.
        /// Delivery is reported by webhook.
        202 => Accepted: Ok(()),
    }
}

impl runtime::Operation for SendMessage {
    type Response = SendMessageResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/messages";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/messages";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}

/// Only a description, no summary.
///
/// `GET /messages/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessage {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
    GetMessage(id: impl Into<String>) {}
}

runtime::responses! {
    GetMessage: Result<Message, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetMessageResponse {
        /// 200: The message.
        200 => Ok(Message = json): Ok(body),
    }
}

impl runtime::Operation for GetMessage {
    type Response = GetMessageResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/messages/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/messages/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
