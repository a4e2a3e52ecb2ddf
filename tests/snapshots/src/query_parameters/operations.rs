// @generated from fixtures/query_parameters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Search the catalogue
///
/// `GET /products`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchProducts {
    /// Words to search for. (query parameter `q`)
    pub q: String,
    /// Only products with every tag; repeated (`tag=a&tag=b`). (query parameter `tag`)
    pub tag: Option<Vec<String>>,
    /// Only these products, comma-separated (`ids=1,2`). (query parameter `ids`)
    pub ids: Option<Vec<i64>>,
    /// Only products that can ship now. (query parameter `in_stock`)
    pub in_stock: Option<bool>,
    /// Sizes to include, comma-separated. (query parameter `sizes`)
    pub sizes: Vec<String>,
}

runtime::builder! {
    SearchProducts(q: impl Into<String>, sizes: impl Into<Vec<String>>) {
        tag: impl Into<Vec<String>>,
        ids: impl Into<Vec<i64>>,
        in_stock: bool,
    }
}

runtime::responses! {
    SearchProducts: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum SearchProductsResponse {
        /// 204: Results are ready.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for SearchProducts {
    type Response = SearchProductsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/products";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/products";
        let mut query = runtime::QueryBuilder::new();
        query.parameter("q", &self.q, runtime::FORM_EXPLODE)?;
        query.optional("tag", &self.tag, runtime::FORM_EXPLODE)?;
        query.optional("ids", &self.ids, runtime::FORM)?;
        query.optional("in_stock", &self.in_stock, runtime::FORM_EXPLODE)?;
        query.parameter("sizes", &self.sizes, runtime::FORM)?;
        let query = query.finish();
        runtime::request(Self::METHOD, base_url, path, &query, None)
    }
}
