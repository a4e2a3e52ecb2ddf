// @generated from fixtures/numbers_out_of_range.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /counters`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCounters {
    /// Only counters above this value. (query parameter `above`)
    pub above: Option<i64>,
}

runtime::builder! {
    ListCounters() {
        above: i64,
    }
}

runtime::responses! {
    ListCounters: Result<Vec<Counter>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListCountersResponse {
        /// 200: The counters.
        200 => Ok(Vec<Counter> = json): Ok(body),
    }
}

impl runtime::Operation for ListCounters {
    type Response = ListCountersResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/counters";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/counters";
        let mut query = runtime::QueryBuilder::new();
        query.optional("above", &self.above, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
