// @generated from fixtures/responses_json.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Weather 1.0.0
//!
//! Generated from `fixtures/responses_json.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

use crate::runtime;

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Temperatures for the coming days.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Forecast {
    /// One temperature per day, in degrees Celsius.
    pub days: Vec<f64>,
}

/// The forecast is being computed.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GetForecastAcceptedBody {
    /// Seconds to wait before asking again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<i64>,
}

/// Several places match.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GetForecastMultipleChoicesBodyItem {
    /// A matching place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

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
