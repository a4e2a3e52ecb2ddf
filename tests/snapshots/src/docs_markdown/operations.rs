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

/// The documented responses of [`SendMessage`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SendMessageResponse {
    /// 202: Accepted.
    /// Delivery is reported by webhook.
    Accepted,
}

impl crate::runtime::Operation for SendMessage {
    type Response = SendMessageResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/messages";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/messages";
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                202 => SendMessageResponse::Accepted,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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

/// The documented responses of [`GetMessage`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetMessageResponse {
    /// 200: The message.
    Ok(Message),
}

impl crate::runtime::Operation for GetMessage {
    type Response = GetMessageResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/messages/{id}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/messages/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
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
                200 => GetMessageResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
