// @generated from fixtures/deprecated.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List contacts
///
/// `GET /contacts`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListContacts {
    /// Use `cursor` instead. (query parameter `page`)
    #[deprecated]
    pub page: Option<i64>,
    /// Where the previous page ended. (query parameter `cursor`)
    pub cursor: Option<String>,
}

runtime::builder! {
    #[allow(deprecated)]
    ListContacts() {
        #[deprecated]
        page: i64,
        cursor: impl Into<String>,
    }
}

runtime::responses! {
    ListContacts: Result<Vec<Contact>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListContactsResponse {
        /// 200: A page of contacts.
        200 => Ok(Vec<Contact> = json): Ok(body),
    }
}

#[allow(deprecated)]
impl runtime::Operation for ListContacts {
    type Response = ListContactsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/contacts";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/contacts";
        let mut query = runtime::QueryBuilder::new();
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        query.optional("cursor", &self.cursor, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
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

runtime::builder! {
    #[allow(deprecated)]
    ExportContacts() {}
}

runtime::responses! {
    ExportContacts: Result<Vec<LegacyContact>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ExportContactsResponse {
        /// 200: Every contact.
        200 => Ok(Vec<LegacyContact> = json): Ok(body),
    }
}

#[allow(deprecated)]
impl runtime::Operation for ExportContacts {
    type Response = ExportContactsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/contacts/export";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/contacts/export";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
