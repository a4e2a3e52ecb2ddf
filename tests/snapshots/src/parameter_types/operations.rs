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
    /// The unit readings are converted to. (query parameter `unit`)
    pub unit: Option<Unit>,
    /// Readings of these qualities only. (query parameter `quality`)
    pub quality: Option<Vec<ListReadingsQualityItem>>,
    /// query parameter `limit`
    pub limit: Option<i32>,
    /// Readings after this sequence number. (query parameter `after`)
    pub after: Option<i64>,
    /// An integer without a format. (query parameter `page`)
    pub page: Option<i64>,
    /// Smallest value to include. (query parameter `min`)
    pub min: Option<f32>,
    /// Largest value to include. (query parameter `max`)
    pub max: Option<f64>,
    /// Whether to apply the latest calibration. (header parameter `calibrated`)
    pub calibrated: Option<bool>,
    /// Readings from these batches, comma-separated. (query parameter `batch`)
    pub batch: Option<Vec<uuid::Uuid>>,
}

runtime::builder! {
    ListReadings(sensor_id: impl Into<uuid::Uuid>) {
        unit: impl Into<Unit>,
        quality: impl Into<Vec<ListReadingsQualityItem>>,
        limit: i32,
        after: i64,
        page: i64,
        min: f32,
        max: f64,
        calibrated: bool,
        batch: impl Into<Vec<uuid::Uuid>>,
    }
}

runtime::responses! {
    ListReadings: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListReadingsResponse {
        /// 204: Readings were listed.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ListReadings {
    type Response = ListReadingsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/sensors/{sensorId}/readings";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/sensors/");
        path.parameter("sensorId", &self.sensor_id, runtime::SIMPLE)?;
        path.literal("/readings");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("unit", &self.unit, runtime::FORM_EXPLODE)?;
        query.optional("quality", &self.quality, runtime::FORM_EXPLODE)?;
        query.optional("limit", &self.limit, runtime::FORM_EXPLODE)?;
        query.optional("after", &self.after, runtime::FORM_EXPLODE)?;
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        query.optional("min", &self.min, runtime::FORM_EXPLODE)?;
        query.optional("max", &self.max, runtime::FORM_EXPLODE)?;
        query.optional("batch", &self.batch, runtime::FORM)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        let headers = request.headers_mut();
        if let Some(value) = &self.calibrated {
            headers
                .insert(
                    http::HeaderName::from_static("calibrated"),
                    runtime::header_parameter("calibrated", value, runtime::SIMPLE)?,
                );
        }
        Ok(request)
    }
}
