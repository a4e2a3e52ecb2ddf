// @generated from fixtures/responses_json.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Temperatures for the coming days.
#[derive(Debug, Clone, PartialEq)]
pub struct Forecast {
    /// One temperature per day, in degrees Celsius.
    pub days: Vec<f64>,
}

runtime::decode! { Forecast { days } }

/// The forecast is being computed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetForecastAcceptedBody {
    /// Seconds to wait before asking again.
    pub retry_after: Option<i64>,
}

runtime::decode! { GetForecastAcceptedBody { retry_after } }

/// Several places match.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetForecastMultipleChoicesBodyItem {
    /// A matching place.
    pub name: Option<String>,
}

runtime::decode! { GetForecastMultipleChoicesBodyItem { name } }
