// @generated from fixtures/numbers_out_of_range.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /counters`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCounters {
    /// Only counters above this value.
    ///
    /// query parameter `above`
    pub above: Option<i64>,
}

/// The documented responses of [`ListCounters`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListCountersResponse {
    /// 200: The counters.
    Ok(Vec<Counter>),
}

impl crate::runtime::Operation for ListCounters {
    type Response = ListCountersResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/counters";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/counters";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.above {
            query.parameter("above", value, crate::runtime::Style::Form.explode(true))?;
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
                200 => ListCountersResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
