// @generated from fixtures/openapi32.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// The `Search` schema.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[allow(missing_docs)]
pub struct Search {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(with = "runtime::nullable")]
    pub limit: Option<Option<i64>>,
}

runtime::decode! { Search { text, limit: nullable } }

runtime::builder! {
    Search() {
        text: impl Into<String>,
        limit: impl Into<Option<i64>>,
    }
}

/// Search with a query in the body
///
/// `QUERY /products`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchProducts {
    /// The request body. Sent as `application/json`.
    pub body: Search,
}

runtime::builder! {
    SearchProducts(body: impl Into<Search>) {}
}

runtime::responses! {
    SearchProducts: Result<Page, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum SearchProductsResponse {
        /// 200: The matching products.
        200 => Ok(Page = json): Ok(body),
    }
}

impl runtime::Operation for SearchProducts {
    type Response = SearchProductsResponse;

    const METHOD: &'static str = "QUERY";

    const PATH: &'static str = "/products";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/products";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
