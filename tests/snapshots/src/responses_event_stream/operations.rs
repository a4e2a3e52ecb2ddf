// @generated from fixtures/responses_event_stream.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Stream a completion
///
/// `POST /chat/completions`
#[derive(Debug, Clone, PartialEq)]
pub struct StreamCompletion {
    /// The request body. Sent as `application/json`.
    pub body: StreamCompletionBody,
}

runtime::builder! {
    StreamCompletion(body: impl Into<StreamCompletionBody>) {}
}

runtime::responses! {
    StreamCompletion: Result<runtime::EventStream<CompletionChunk>, enum StreamCompletionError>,
    pub enum StreamCompletionResponse {
        /// 200: The completion, a chunk per event.
        200 => Ok(runtime::EventStream<CompletionChunk> = sse_json): Ok(body),
        /// 400: The prompt could not be read.
        400 => BadRequest: Err,
        /// 429: Too many requests.
        429 => TooManyRequests(Error = json): Err,
        /// 4XX: Refused, the reason as a stream of events.
        400..=499 => ClientError { status, body: runtime::EventStream<String> = sse_text }: Err,
    }
}

impl runtime::Operation for StreamCompletion {
    type Response = StreamCompletionResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/chat/completions";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/chat/completions";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "text/event-stream, application/json");
        Ok(request)
    }

    #[allow(clippy::match_overlapping_arm)]
    fn streams(parts: &http::response::Parts) -> bool {
        match parts.status.as_u16() {
            200 => true,
            400 => false,
            429 => false,
            400..=499 => true,
            _ => false,
        }
    }
}

/// Create a message, whole or streamed
///
/// When `stream` is true, the response is a text/event-stream of events.
///
/// `POST /messages`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMessage {
    /// The request body. Sent as `application/json`.
    pub body: CreateMessageBody,
}

runtime::builder! {
    CreateMessage(body: impl Into<CreateMessageBody>) {}
}

runtime::responses! {
    CreateMessage: Result<CreateMessageOkContent, std::convert::Infallible>,
    pub enum CreateMessageResponse {
        /// 200: Successful Response
        200 => Ok(CreateMessageOkContent = negotiated): Ok(body),
    }
}

/// The body of the `200` response of `CreateMessage`.
///
/// Its kind is the one the response's `Content-Type` names.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreateMessageOkContent {
    /// `application/json`
    Json(serde_json::Map<String, serde_json::Value>),
    /// `text/event-stream`
    EventStream(runtime::EventStream<String>),
}

impl CreateMessageOkContent {
    /// The body read as the kind its response's `Content-Type` names.
    pub(crate) fn from_body(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self, runtime::ResponseError> {
        Ok(
            match runtime::MediaKind::of(parts) {
                runtime::MediaKind::EventStream => {
                    CreateMessageOkContent::EventStream(runtime::EventStream::text(body))
                }
                _ => CreateMessageOkContent::Json(runtime::json_body(parts, body)?),
            },
        )
    }
}

impl runtime::Operation for CreateMessage {
    type Response = CreateMessageResponse;

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
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json, text/event-stream");
        Ok(request)
    }

    fn streams(parts: &http::response::Parts) -> bool {
        match parts.status.as_u16() {
            200 => runtime::MediaKind::of(parts) == runtime::MediaKind::EventStream,
            _ => false,
        }
    }
}

/// Follow the log
///
/// `GET /logs/tail`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TailLogs {}

runtime::builder! {
    TailLogs() {}
}

runtime::responses! {
    TailLogs: Result<runtime::EventStream<String>, std::convert::Infallible>,
    pub enum TailLogsResponse {
        /// 200: Log lines as they are written.
        200 => Ok(runtime::EventStream<String> = sse_text): Ok(body),
    }
}

impl runtime::Operation for TailLogs {
    type Response = TailLogsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/logs/tail";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/logs/tail";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "text/event-stream");
        Ok(request)
    }

    fn streams(parts: &http::response::Parts) -> bool {
        matches!(parts.status.as_u16(), 200)
    }
}
