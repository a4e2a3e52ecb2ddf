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
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Message,
}

runtime::builder! {
    SendMessage(body: impl Into<Message>) {}
}

/// The documented responses of [`SendMessage`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SendMessageResponse {
    /// 202: Accepted.
    /// Delivery is reported by webhook.
    Accepted,
}

impl runtime::Outcome for SendMessageResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            SendMessageResponse::Accepted => Ok(()),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            202 => Ok(SendMessageResponse::Accepted),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

/// The documented responses of [`GetMessage`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetMessageResponse {
    /// 200: The message.
    Ok(Message),
}

impl runtime::Outcome for GetMessageResponse {
    type Success = Message;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Message, std::convert::Infallible> {
        match self {
            GetMessageResponse::Ok(body) => Ok(body),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetMessageResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
