// @generated from fixtures/integer_enums.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /streams`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListStreams {
    /// Samples per second.
    ///
    /// query parameter `rate`
    pub rate: Option<SamplingRate>,
}

/// The documented responses of [`ListStreams`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListStreamsResponse {
    /// 200: The streams.
    Ok(Vec<Stream>),
}

impl crate::runtime::Operation for ListStreams {
    type Response = ListStreamsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/streams";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/streams";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.rate {
            query.parameter("rate", value, crate::runtime::Style::Form.explode(true))?;
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
                200 => ListStreamsResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
