// @generated from fixtures/integer_enums.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /streams`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListStreams {
    /// Samples per second. (query parameter `rate`)
    pub rate: Option<SamplingRate>,
}

runtime::builder! {
    ListStreams() {
        rate: impl Into<SamplingRate>,
    }
}

runtime::responses! {
    ListStreams: Result<Vec<Stream>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListStreamsResponse {
        /// 200: The streams.
        200 => Ok(Vec<Stream> = json): Ok(body),
    }
}

impl runtime::Operation for ListStreams {
    type Response = ListStreamsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/streams";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/streams";
        let mut query = runtime::QueryBuilder::new();
        query.optional("rate", &self.rate, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
