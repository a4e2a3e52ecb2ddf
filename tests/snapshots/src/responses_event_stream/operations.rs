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

/// The documented responses of [`StreamCompletion`].
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum StreamCompletionResponse {
    /// 200: The completion, a chunk per event.
    Ok(crate::runtime::EventStream<CompletionChunk>),
    /// 400: The prompt could not be read.
    BadRequest,
    /// 4XX: Refused, the reason as a stream of events.
    ClientError {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: crate::runtime::EventStream<String>,
    },
    /// 429: Too many requests.
    TooManyRequests(Error),
}

impl crate::runtime::Operation for StreamCompletion {
    type Response = StreamCompletionResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/chat/completions";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/chat/completions";
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            body,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("text/event-stream, application/json"),
            );
        Ok(request)
    }

    #[allow(clippy::match_overlapping_arm)]
    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => {
                    StreamCompletionResponse::Ok(crate::runtime::EventStream::json(body))
                }
                400 => StreamCompletionResponse::BadRequest,
                429 => {
                    StreamCompletionResponse::TooManyRequests(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                400..=499 => {
                    StreamCompletionResponse::ClientError {
                        status: parts.status,
                        body: crate::runtime::EventStream::text(body),
                    }
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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
    EventStream(crate::runtime::EventStream<String>),
}

impl crate::runtime::Operation for CreateMessage {
    type Response = CreateMessageResponse;

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
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            body,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json, text/event-stream"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => {
                    CreateMessageResponse::Ok(
                        match crate::runtime::MediaKind::of(parts) {
                            crate::runtime::MediaKind::EventStream => {
                                CreateMessageOkContent::EventStream(
                                    crate::runtime::EventStream::text(body),
                                )
                            }
                            _ => {
                                CreateMessageOkContent::Json(
                                    crate::runtime::json_body(parts, body)?,
                                )
                            }
                        },
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }

    fn streams(parts: &http::response::Parts) -> bool {
        match parts.status.as_u16() {
            200 => {
                crate::runtime::MediaKind::of(parts)
                    == crate::runtime::MediaKind::EventStream
            }
            _ => false,
        }
    }
}

/// Follow the log
///
/// `GET /logs/tail`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TailLogs {}

/// The documented responses of [`TailLogs`].
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum TailLogsResponse {
    /// 200: Log lines as they are written.
    Ok(crate::runtime::EventStream<String>),
}

impl crate::runtime::Operation for TailLogs {
    type Response = TailLogsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/logs/tail";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/logs/tail";
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
                http::HeaderValue::from_static("text/event-stream"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => TailLogsResponse::Ok(crate::runtime::EventStream::text(body)),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }

    fn streams(parts: &http::response::Parts) -> bool {
        matches!(parts.status.as_u16(), 200)
    }
}
