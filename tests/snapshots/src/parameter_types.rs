// @generated from fixtures/parameter_types.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Sensor readings 1.0.0
//!
//! Generated from `fixtures/parameter_types.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A unit of temperature.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// `celsius`
    Celsius,
    /// `fahrenheit`
    Fahrenheit,
    /// `kelvin`
    Kelvin,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl Unit {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Celsius => "celsius",
            Self::Fahrenheit => "fahrenheit",
            Self::Kelvin => "kelvin",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for Unit {
    fn from(value: String) -> Self {
        match value.as_str() {
            "celsius" => Self::Celsius,
            "fahrenheit" => Self::Fahrenheit,
            "kelvin" => Self::Kelvin,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for Unit {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Readings of these qualities only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListReadingsQualityItem {
    /// `good`
    Good,
    /// `suspect`
    Suspect,
    /// `bad`
    Bad,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl ListReadingsQualityItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Good => "good",
            Self::Suspect => "suspect",
            Self::Bad => "bad",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for ListReadingsQualityItem {
    fn from(value: String) -> Self {
        match value.as_str() {
            "good" => Self::Good,
            "suspect" => Self::Suspect,
            "bad" => Self::Bad,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for ListReadingsQualityItem {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for ListReadingsQualityItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for ListReadingsQualityItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ListReadingsQualityItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// List a sensor's readings
///
/// `GET /sensors/{sensorId}/readings`
#[derive(Debug, Clone, PartialEq)]
pub struct ListReadings {
    /// path parameter `sensorId`
    pub sensor_id: uuid::Uuid,
    /// The unit readings are converted to.
    ///
    /// query parameter `unit`
    pub unit: Option<Unit>,
    /// Readings of these qualities only.
    ///
    /// query parameter `quality`
    pub quality: Option<Vec<ListReadingsQualityItem>>,
    /// query parameter `limit`
    pub limit: Option<i32>,
    /// Readings after this sequence number.
    ///
    /// query parameter `after`
    pub after: Option<i64>,
    /// An integer without a format.
    ///
    /// query parameter `page`
    pub page: Option<i64>,
    /// Smallest value to include.
    ///
    /// query parameter `min`
    pub min: Option<f32>,
    /// Largest value to include.
    ///
    /// query parameter `max`
    pub max: Option<f64>,
    /// Whether to apply the latest calibration.
    ///
    /// header parameter `calibrated`
    pub calibrated: Option<bool>,
    /// Readings from these batches, comma-separated.
    ///
    /// query parameter `batch`
    pub batch: Option<Vec<uuid::Uuid>>,
}

/// The documented responses of [`ListReadings`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListReadingsResponse {
    /// 204: Readings were listed.
    NoContent,
}

#[allow(deprecated)]
impl crate::runtime::Operation for ListReadings {
    type Response = ListReadingsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/sensors/{sensorId}/readings";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/sensors/");
        path.parameter(
            "sensorId",
            &self.sensor_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/readings");
        let path = path.finish();
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.unit {
            query.parameter("unit", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.quality {
            query
                .parameter("quality", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.limit {
            query.parameter("limit", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.after {
            query.parameter("after", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.page {
            query.parameter("page", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.min {
            query.parameter("min", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.max {
            query.parameter("max", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.batch {
            query.parameter("batch", value, crate::runtime::Style::Form.explode(false))?;
        }
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            &query.finish(),
            None,
        )?;
        let headers = request.headers_mut();
        if let Some(value) = &self.calibrated {
            headers
                .insert(
                    http::HeaderName::from_static("calibrated"),
                    crate::runtime::header_parameter(
                        "calibrated",
                        value,
                        crate::runtime::Style::Simple.explode(false),
                    )?,
                );
        }
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => ListReadingsResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
