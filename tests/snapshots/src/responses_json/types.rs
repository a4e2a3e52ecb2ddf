// @generated from fixtures/responses_json.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Temperatures for the coming days.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Forecast {
    /// One temperature per day, in degrees Celsius.
    pub days: Vec<f64>,
}

/// The forecast is being computed.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct GetForecastAcceptedBody {
    /// Seconds to wait before asking again.
    pub retry_after: Option<i64>,
}

/// Several places match.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct GetForecastMultipleChoicesBodyItem {
    /// A matching place.
    pub name: Option<String>,
}
