// @generated from fixtures/responses_default.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Translate a text
///
/// `POST /translate`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Translate {}

/// The documented responses of [`Translate`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TranslateResponse {
    /// 200: The translation.
    Ok(TranslateOkBody),
    /// Any other status: An error.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Error,
    },
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(TranslateResponse::Ok(runtime::json_body(parts, body)?)),
            _ => {
                Ok(TranslateResponse::Default {
                    status: parts.status,
                    body: runtime::json_body(parts, body)?,
                })
            }
        }
    }
}

/// List supported languages
///
/// `GET /languages`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLanguages {}

/// The documented responses of [`ListLanguages`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListLanguagesResponse {
    /// Any other status: The languages, whatever the status.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Vec<String>,
    },
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        Ok(ListLanguagesResponse::Default {
            status: parts.status,
            body: runtime::json_body(parts, body)?,
        })
    }
}

/// Check the service
///
/// `GET /ping`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ping {}

/// The documented responses of [`Ping`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PingResponse {
    /// Any other status: Any answer means the service is up.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
    },
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

    fn decode(
        parts: &http::response::Parts,
        _body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        Ok(PingResponse::Default {
            status: parts.status,
        })
    }
}
