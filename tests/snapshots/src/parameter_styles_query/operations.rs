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

/// The documented responses of [`ListCharges`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListChargesResponse {
    /// 204: Done.
    NoContent,
}

impl crate::runtime::Operation for ListCharges {
    type Response = ListChargesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/charges";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/charges";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.created {
            query
                .parameter(
                    "created",
                    value,
                    crate::runtime::Style::DeepObject.explode(true),
                )?;
        }
        if let Some(value) = &self.expand {
            query
                .parameter(
                    "expand",
                    value,
                    crate::runtime::Style::DeepObject.explode(true),
                )?;
        }
        if let Some(value) = &self.ids {
            query.parameter("ids", value, crate::runtime::Style::Form.explode(false))?;
        }
        if let Some(value) = &self.filter {
            query.parameter("filter", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.words {
            query
                .parameter(
                    "words",
                    value,
                    crate::runtime::Style::SpaceDelimited.explode(false),
                )?;
        }
        if let Some(value) = &self.sizes {
            query
                .parameter(
                    "sizes",
                    value,
                    crate::runtime::Style::PipeDelimited.explode(false),
                )?;
        }
        if let Some(value) = &self.next {
            query
                .parameter(
                    "next",
                    value,
                    crate::runtime::Style::Form.explode(true).allow_reserved(),
                )?;
        }
        if let Some(value) = &self.coordinates {
            query.parameter("coordinates", value, crate::runtime::Encoding::JSON)?;
        }
        crate::runtime::request(Self::METHOD, base_url, path, &query.finish(), None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => ListChargesResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
