// @generated from fixtures/responses_json.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Forecast for a place
///
/// `GET /forecast`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetForecast {}

runtime::builder! {
    GetForecast() {}
}

runtime::responses! {
    GetForecast: Result<enum GetForecastSuccess, enum GetForecastError>,
    #[derive(Clone, PartialEq)]
    pub enum GetForecastResponse {
        /// 200: The forecast.
        200 => Ok(Forecast = json): Ok,
        /// 202: The forecast is being computed.
        202 => Accepted(GetForecastAcceptedBody = json): Ok,
        /// 300: Several places match.
        300 => MultipleChoices(Vec<GetForecastMultipleChoicesBodyItem> = json): Err,
        /// 429: Too many requests; the body says when to retry.
        429 => TooManyRequests(i64 = json): Err,
    }
}

impl runtime::Operation for GetForecast {
    type Response = GetForecastResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/forecast";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/forecast";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
