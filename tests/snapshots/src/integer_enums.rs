// @generated from fixtures/integer_enums.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Media streams 1.0.0
//!
//! Generated from `fixtures/integer_enums.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

runtime::integer_enum! {
    /// Samples per second.
    pub enum SamplingRate {
        V8000 = 8000,
        V16000 = 16000,
        V48000 = 48000,
        ..Unknown
    }
}

runtime::integer_enum! {
    /// The `Priority` schema.
    pub enum Priority {
        Low = -1,
        Normal = 0,
        High = 1,
        ..Unknown
    }
}

runtime::integer_enum! {
    /// The `Direction` schema.
    pub enum Direction {
        Inbound = 1,
        Outbound = 2,
        ..Unknown
    }
}

/// The `Stream` schema.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Stream {
    /// Samples per second.
    pub rate: SamplingRate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    pub key_length: Option<StreamKeyLength>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channels: Option<StreamChannels>,
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream")
            .field("rate", &self.rate)
            .field("priority", &self.priority)
            .field("direction", &self.direction)
            .field("key_length", &runtime::Redacted)
            .field("channels", &self.channels)
            .finish()
    }
}

runtime::integer_enum! {
    /// The `key_length` member of `Stream`.
    pub enum StreamKeyLength {
        V2048 = 2048,
        ..Unknown
    }
}

runtime::integer_enum! {
    /// The `channels` member of `Stream`.
    pub enum StreamChannels {
        V1 = 1,
        V2 = 2,
        ..Unknown
    }
}

/// `GET /streams`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListStreams {
    /// Samples per second.
    ///
    /// query parameter `rate`
    pub rate: Option<SamplingRate>,
}

runtime::builder! {
    ListStreams() {
        rate: impl Into<SamplingRate>,
    }
}

/// The documented responses of [`ListStreams`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListStreamsResponse {
    /// 200: The streams.
    Ok(Vec<Stream>),
}

impl runtime::Outcome for ListStreamsResponse {
    type Success = Vec<Stream>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<Stream>, std::convert::Infallible> {
        match self {
            ListStreamsResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for ListStreams {
    type Response = ListStreamsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/streams";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/streams";
        let mut query = runtime::QueryBuilder::new();
        query.optional("rate", &self.rate, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListStreamsResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
