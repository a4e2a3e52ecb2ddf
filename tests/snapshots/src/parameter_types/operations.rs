// @generated from fixtures/parameter_types.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

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
