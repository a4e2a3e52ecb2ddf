// @generated from fixtures/integer_enums.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Media streams 1.0.0
//!
//! Generated from `fixtures/integer_enums.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Samples per second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SamplingRate {
    /// `8000`
    V8000,
    /// `16000`
    V16000,
    /// `48000`
    V48000,
    /// A value this code does not know yet, kept as received.
    Unknown(i64),
}

#[allow(deprecated)]
impl SamplingRate {
    /// The value as it appears on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::V8000 => 8000,
            Self::V16000 => 16000,
            Self::V48000 => 48000,
            Self::Unknown(value) => *value,
        }
    }
}

#[allow(deprecated)]
impl From<i64> for SamplingRate {
    fn from(value: i64) -> Self {
        match value {
            8000 => Self::V8000,
            16000 => Self::V16000,
            48000 => Self::V48000,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl std::fmt::Display for SamplingRate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_i64())
    }
}

#[allow(deprecated)]
impl serde::Serialize for SamplingRate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for SamplingRate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

/// The `Priority` schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    /// `-1`
    Low,
    /// `0`
    Normal,
    /// `1`
    High,
    /// A value this code does not know yet, kept as received.
    Unknown(i64),
}

#[allow(deprecated)]
impl Priority {
    /// The value as it appears on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Low => -1,
            Self::Normal => 0,
            Self::High => 1,
            Self::Unknown(value) => *value,
        }
    }
}

#[allow(deprecated)]
impl From<i64> for Priority {
    fn from(value: i64) -> Self {
        match value {
            -1 => Self::Low,
            0 => Self::Normal,
            1 => Self::High,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl std::fmt::Display for Priority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_i64())
    }
}

#[allow(deprecated)]
impl serde::Serialize for Priority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Priority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

/// The `Direction` schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    /// `1`
    Inbound,
    /// `2`
    Outbound,
    /// A value this code does not know yet, kept as received.
    Unknown(i64),
}

#[allow(deprecated)]
impl Direction {
    /// The value as it appears on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::Inbound => 1,
            Self::Outbound => 2,
            Self::Unknown(value) => *value,
        }
    }
}

#[allow(deprecated)]
impl From<i64> for Direction {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Inbound,
            2 => Self::Outbound,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl std::fmt::Display for Direction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_i64())
    }
}

#[allow(deprecated)]
impl serde::Serialize for Direction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Direction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

/// The `Stream` schema.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Stream {
    /// Samples per second.
    pub rate: SamplingRate,
    /// The `priority` member (not described in the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// The `direction` member (not described in the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The `key_length` member (not described in the document).
    pub key_length: Option<StreamKeyLength>,
    /// The `channels` member (not described in the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<StreamChannels>,
}

#[allow(deprecated)]
impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream")
            .field("rate", &self.rate)
            .field("priority", &self.priority)
            .field("direction", &self.direction)
            .field("key_length", &crate::runtime::Redacted)
            .field("channels", &self.channels)
            .finish()
    }
}

/// The `key_length` member of `Stream`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StreamKeyLength {
    /// `2048`
    V2048,
    /// A value this code does not know yet, kept as received.
    Unknown(i64),
}

#[allow(deprecated)]
impl StreamKeyLength {
    /// The value as it appears on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::V2048 => 2048,
            Self::Unknown(value) => *value,
        }
    }
}

#[allow(deprecated)]
impl From<i64> for StreamKeyLength {
    fn from(value: i64) -> Self {
        match value {
            2048 => Self::V2048,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl std::fmt::Display for StreamKeyLength {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_i64())
    }
}

#[allow(deprecated)]
impl serde::Serialize for StreamKeyLength {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for StreamKeyLength {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

/// The `channels` member of `Stream`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StreamChannels {
    /// `1`
    V1,
    /// `2`
    V2,
    /// A value this code does not know yet, kept as received.
    Unknown(i64),
}

#[allow(deprecated)]
impl StreamChannels {
    /// The value as it appears on the wire.
    pub fn as_i64(&self) -> i64 {
        match self {
            Self::V1 => 1,
            Self::V2 => 2,
            Self::Unknown(value) => *value,
        }
    }
}

#[allow(deprecated)]
impl From<i64> for StreamChannels {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::V1,
            2 => Self::V2,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl std::fmt::Display for StreamChannels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_i64())
    }
}

#[allow(deprecated)]
impl serde::Serialize for StreamChannels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.as_i64())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for StreamChannels {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
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

/// The documented responses of [`ListStreams`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListStreamsResponse {
    /// 200: The streams.
    Ok(Vec<Stream>),
}

#[allow(deprecated)]
impl crate::runtime::Operation for ListStreams {
    type Response = ListStreamsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/streams";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/streams";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.rate {
            query.parameter("rate", value, crate::runtime::Style::Form.explode(true))?;
        }
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            &query.finish(),
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
                200 => ListStreamsResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
