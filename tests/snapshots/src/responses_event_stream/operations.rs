// @generated from fixtures/responses_event_stream.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Stream a completion
///
/// `POST /chat/completions`
#[derive(Debug, Clone, PartialEq)]
pub struct StreamCompletion {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: StreamCompletionBody,
}

runtime::builder! {
    StreamCompletion(body: impl Into<StreamCompletionBody>) {}
}

/// The documented responses of [`StreamCompletion`].
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum StreamCompletionResponse {
    /// 200: The completion, a chunk per event.
    Ok(runtime::EventStream<CompletionChunk>),
    /// 400: The prompt could not be read.
    BadRequest,
    /// 4XX: Refused, the reason as a stream of events.
    ClientError {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: runtime::EventStream<String>,
    },
    /// 429: Too many requests.
    TooManyRequests(Error),
}

/// The documented error responses of [`StreamCompletion`]: what `into_result` returns as errors.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum StreamCompletionError {
    /// 400: The prompt could not be read.
    BadRequest,
    /// 4XX: Refused, the reason as a stream of events.
    ClientError {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: runtime::EventStream<String>,
    },
    /// 429: Too many requests.
    TooManyRequests(Error),
}

impl runtime::Outcome for StreamCompletionResponse {
    type Success = runtime::EventStream<CompletionChunk>;

    type Error = StreamCompletionError;

    fn into_result(
        self,
    ) -> Result<runtime::EventStream<CompletionChunk>, StreamCompletionError> {
        match self {
            StreamCompletionResponse::Ok(body) => Ok(body),
            StreamCompletionResponse::BadRequest => {
                Err(StreamCompletionError::BadRequest)
            }
            StreamCompletionResponse::ClientError { status, body } => {
                Err(StreamCompletionError::ClientError {
                    status,
                    body,
                })
            }
            StreamCompletionResponse::TooManyRequests(body) => {
                Err(StreamCompletionError::TooManyRequests(body))
            }
        }
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
    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(StreamCompletionResponse::Ok(runtime::EventStream::json(body))),
            400 => Ok(StreamCompletionResponse::BadRequest),
            429 => {
                Ok(
                    StreamCompletionResponse::TooManyRequests(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            400..=499 => {
                Ok(StreamCompletionResponse::ClientError {
                    status: parts.status,
                    body: runtime::EventStream::text(body),
                })
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: CreateMessageBody,
}

runtime::builder! {
    CreateMessage(body: impl Into<CreateMessageBody>) {}
}

/// The documented responses of [`CreateMessage`].
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum CreateMessageResponse {
    /// 200: Successful Response
    Ok(CreateMessageOkContent),
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

impl runtime::Outcome for CreateMessageResponse {
    type Success = CreateMessageOkContent;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<CreateMessageOkContent, std::convert::Infallible> {
        match self {
            CreateMessageResponse::Ok(body) => Ok(body),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                Ok(
                    CreateMessageResponse::Ok(
                        match runtime::MediaKind::of(parts) {
                            runtime::MediaKind::EventStream => {
                                CreateMessageOkContent::EventStream(
                                    runtime::EventStream::text(body),
                                )
                            }
                            _ => {
                                CreateMessageOkContent::Json(
                                    runtime::json_body(parts, body)?,
                                )
                            }
                        },
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

/// The documented responses of [`TailLogs`].
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum TailLogsResponse {
    /// 200: Log lines as they are written.
    Ok(runtime::EventStream<String>),
}

impl runtime::Outcome for TailLogsResponse {
    type Success = runtime::EventStream<String>;

    type Error = std::convert::Infallible;

    fn into_result(
        self,
    ) -> Result<runtime::EventStream<String>, std::convert::Infallible> {
        match self {
            TailLogsResponse::Ok(body) => Ok(body),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(TailLogsResponse::Ok(runtime::EventStream::text(body))),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }

    fn streams(parts: &http::response::Parts) -> bool {
        matches!(parts.status.as_u16(), 200)
    }
}
