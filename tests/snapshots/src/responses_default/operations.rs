// @generated from fixtures/responses_default.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Translate a text
///
/// `POST /translate`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Translate {}

runtime::builder! {
    Translate() {}
}

runtime::responses! {
    Translate: Result<TranslateOkBody, enum TranslateError>,
    #[derive(Clone, PartialEq)]
    pub enum TranslateResponse {
        /// 200: The translation.
        200 => Ok(TranslateOkBody = json): Ok(body),
        /// Any other status: An error.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for Translate {
    type Response = TranslateResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/translate";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/translate";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// List supported languages
///
/// `GET /languages`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLanguages {}

runtime::builder! {
    ListLanguages() {}
}

runtime::responses! {
    ListLanguages: Result<Vec<String>, enum ListLanguagesError>,
    #[derive(Clone, PartialEq)]
    pub enum ListLanguagesResponse {
        /// Any other status: The languages, whatever the status.
        _ => Default { status, body: Vec<String> = json }: Ok(body) if success else Err,
    }
}

impl runtime::Operation for ListLanguages {
    type Response = ListLanguagesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/languages";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/languages";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// Check the service
///
/// `GET /ping`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ping {}

runtime::builder! {
    Ping() {}
}

runtime::responses! {
    Ping: Result<(), enum PingError>,
    #[derive(Clone, PartialEq)]
    pub enum PingResponse {
        /// Any other status: Any answer means the service is up.
        _ => Default { status }: Ok(()) if success else Err,
    }
}

impl runtime::Operation for Ping {
    type Response = PingResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/ping";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/ping";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }
}
