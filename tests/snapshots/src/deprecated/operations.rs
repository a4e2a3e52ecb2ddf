// @generated from fixtures/deprecated.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List contacts
///
/// `GET /contacts`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListContacts {
    /// Use `cursor` instead.
    ///
    /// query parameter `page`
    #[deprecated]
    pub page: Option<i64>,
    /// Where the previous page ended.
    ///
    /// query parameter `cursor`
    pub cursor: Option<String>,
}

/// The documented responses of [`ListContacts`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListContactsResponse {
    /// 200: A page of contacts.
    Ok(Vec<Contact>),
}

#[allow(deprecated)]
impl crate::runtime::Operation for ListContacts {
    type Response = ListContactsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/contacts";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/contacts";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.page {
            query.parameter("page", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.cursor {
            query.parameter("cursor", value, crate::runtime::Style::Form.explode(true))?;
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
                200 => ListContactsResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// Export every contact
///
/// Replaced by paging through `listContacts`.
///
/// `GET /contacts/export`
#[deprecated]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportContacts {}

/// The documented responses of [`ExportContacts`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ExportContactsResponse {
    /// 200: Every contact.
    Ok(Vec<LegacyContact>),
}

#[allow(deprecated)]
impl crate::runtime::Operation for ExportContacts {
    type Response = ExportContactsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/contacts/export";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/contacts/export";
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
                200 => {
                    ExportContactsResponse::Ok(crate::runtime::json_body(parts, body)?)
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
