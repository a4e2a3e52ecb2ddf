// @generated from fixtures/parameter_styles_query.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /charges`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCharges {
    /// query parameter `created`
    pub created: Option<ListChargesCreated>,
    /// query parameter `expand`
    pub expand: Option<Vec<String>>,
    /// query parameter `ids`
    pub ids: Option<Vec<i64>>,
    /// query parameter `filter`
    pub filter: Option<ListChargesFilter>,
    /// query parameter `words`
    pub words: Option<Vec<String>>,
    /// query parameter `sizes`
    pub sizes: Option<Vec<String>>,
    /// query parameter `next`
    pub next: Option<String>,
    /// query parameter `coordinates`
    pub coordinates: Option<ListChargesCoordinates>,
}

runtime::builder! {
    ListCharges() {
        created: impl Into<ListChargesCreated>,
        expand: impl Into<Vec<String>>,
        ids: impl Into<Vec<i64>>,
        filter: impl Into<ListChargesFilter>,
        words: impl Into<Vec<String>>,
        sizes: impl Into<Vec<String>>,
        next: impl Into<String>,
        coordinates: impl Into<ListChargesCoordinates>,
    }
}

runtime::responses! {
    ListCharges: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListChargesResponse {
        /// 204: Done.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ListCharges {
    type Response = ListChargesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/charges";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/charges";
        let mut query = runtime::QueryBuilder::new();
        query.optional("created", &self.created, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("ids", &self.ids, runtime::FORM)?;
        query.optional("filter", &self.filter, runtime::FORM_EXPLODE)?;
        query.optional("words", &self.words, runtime::SPACE_DELIMITED)?;
        query.optional("sizes", &self.sizes, runtime::PIPE_DELIMITED)?;
        query.optional("next", &self.next, runtime::FORM_EXPLODE.allow_reserved())?;
        query.optional("coordinates", &self.coordinates, runtime::Encoding::JSON)?;
        let query = query.finish();
        runtime::request(Self::METHOD, base_url, path, &query, None)
    }
}
