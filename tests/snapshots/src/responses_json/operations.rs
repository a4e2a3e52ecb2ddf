// @generated from fixtures/responses_json.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Forecast for a place
///
/// `GET /forecast`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetForecast {}

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

impl crate::runtime::Operation for GetForecast {
    type Response = GetForecastResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/forecast";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/forecast";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
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
                200 => GetForecastResponse::Ok(crate::runtime::json_body(parts, body)?),
                202 => {
                    GetForecastResponse::Accepted(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                300 => {
                    GetForecastResponse::MultipleChoices(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                429 => {
                    GetForecastResponse::TooManyRequests(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
