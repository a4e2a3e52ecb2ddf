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

/// The documented responses of [`GetForecast`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetForecastResponse {
    /// 200: The forecast.
    Ok(Forecast),
    /// 202: The forecast is being computed.
    Accepted(GetForecastAcceptedBody),
    /// 300: Several places match.
    MultipleChoices(Vec<GetForecastMultipleChoicesBodyItem>),
    /// 429: Too many requests; the body says when to retry.
    TooManyRequests(i64),
}

/// The successful responses of [`GetForecast`]: what `into_result` returns as `Ok`.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetForecastSuccess {
    /// 200: The forecast.
    Ok(Forecast),
    /// 202: The forecast is being computed.
    Accepted(GetForecastAcceptedBody),
}

/// The documented error responses of [`GetForecast`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetForecastError {
    /// 300: Several places match.
    MultipleChoices(Vec<GetForecastMultipleChoicesBodyItem>),
    /// 429: Too many requests; the body says when to retry.
    TooManyRequests(i64),
}

impl runtime::Outcome for GetForecastResponse {
    type Success = GetForecastSuccess;

    type Error = GetForecastError;

    fn into_result(self) -> Result<GetForecastSuccess, GetForecastError> {
        match self {
            GetForecastResponse::Ok(body) => Ok(GetForecastSuccess::Ok(body)),
            GetForecastResponse::Accepted(body) => Ok(GetForecastSuccess::Accepted(body)),
            GetForecastResponse::MultipleChoices(body) => {
                Err(GetForecastError::MultipleChoices(body))
            }
            GetForecastResponse::TooManyRequests(body) => {
                Err(GetForecastError::TooManyRequests(body))
            }
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetForecastResponse::Ok(runtime::json_body(parts, body)?)),
            202 => Ok(GetForecastResponse::Accepted(runtime::json_body(parts, body)?)),
            300 => {
                Ok(
                    GetForecastResponse::MultipleChoices(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            429 => {
                Ok(
                    GetForecastResponse::TooManyRequests(
                        runtime::json_body(parts, body)?,
                    ),
                )
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
