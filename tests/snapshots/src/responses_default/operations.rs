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

/// The documented error responses of [`Translate`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TranslateError {
    /// Any other status: An error.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Error,
    },
}

impl runtime::Outcome for TranslateResponse {
    type Success = TranslateOkBody;

    type Error = TranslateError;

    fn into_result(self) -> Result<TranslateOkBody, TranslateError> {
        match self {
            TranslateResponse::Ok(body) => Ok(body),
            TranslateResponse::Default { status, body } => {
                Err(TranslateError::Default {
                    status,
                    body,
                })
            }
        }
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

runtime::builder! {
    ListLanguages() {}
}

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

/// The documented error responses of [`ListLanguages`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListLanguagesError {
    /// Any other status: The languages, whatever the status.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Vec<String>,
    },
}

impl runtime::Outcome for ListLanguagesResponse {
    type Success = Vec<String>;

    type Error = ListLanguagesError;

    fn into_result(self) -> Result<Vec<String>, ListLanguagesError> {
        match self {
            ListLanguagesResponse::Default {
                status,
                body,
                ..
            } if status.is_success() => Ok(body),
            ListLanguagesResponse::Default { status, body } => {
                Err(ListLanguagesError::Default {
                    status,
                    body,
                })
            }
        }
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

runtime::builder! {
    Ping() {}
}

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

/// The documented error responses of [`Ping`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PingError {
    /// Any other status: Any answer means the service is up.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
    },
}

impl runtime::Outcome for PingResponse {
    type Success = ();

    type Error = PingError;

    fn into_result(self) -> Result<(), PingError> {
        match self {
            PingResponse::Default { status, .. } if status.is_success() => Ok(()),
            PingResponse::Default { status } => Err(PingError::Default { status }),
        }
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

    fn decode(
        parts: &http::response::Parts,
        _body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        Ok(PingResponse::Default {
            status: parts.status,
        })
    }
}
