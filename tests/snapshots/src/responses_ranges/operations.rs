// @generated from fixtures/responses_ranges.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Resize an image
///
/// `POST /resize`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resize {}

runtime::builder! {
    Resize() {}
}

/// The documented responses of [`Resize`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ResizeResponse {
    /// 2XX: The image was resized.
    Success {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Resized,
    },
    /// 400: The request could not be read.
    BadRequest,
    /// 404: The source image was not found.
    NotFound,
    /// 4XX: The request was refused.
    ClientError {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Problem,
    },
    /// 5XX: The resizer failed.
    ServerError {
        /// The status the server sent.
        status: http::StatusCode,
    },
}

/// The documented error responses of [`Resize`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ResizeError {
    /// 400: The request could not be read.
    BadRequest,
    /// 404: The source image was not found.
    NotFound,
    /// 4XX: The request was refused.
    ClientError {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Problem,
    },
    /// 5XX: The resizer failed.
    ServerError {
        /// The status the server sent.
        status: http::StatusCode,
    },
}

impl runtime::Outcome for ResizeResponse {
    type Success = Resized;

    type Error = ResizeError;

    fn into_result(self) -> Result<Resized, ResizeError> {
        match self {
            ResizeResponse::Success { body, .. } => Ok(body),
            ResizeResponse::BadRequest => Err(ResizeError::BadRequest),
            ResizeResponse::NotFound => Err(ResizeError::NotFound),
            ResizeResponse::ClientError { status, body } => {
                Err(ResizeError::ClientError {
                    status,
                    body,
                })
            }
            ResizeResponse::ServerError { status } => {
                Err(ResizeError::ServerError { status })
            }
        }
    }
}

impl runtime::Operation for Resize {
    type Response = ResizeResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/resize";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/resize";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    #[allow(clippy::match_overlapping_arm)]
    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            400 => Ok(ResizeResponse::BadRequest),
            404 => Ok(ResizeResponse::NotFound),
            200..=299 => {
                Ok(ResizeResponse::Success {
                    status: parts.status,
                    body: runtime::json_body(parts, body)?,
                })
            }
            400..=499 => {
                Ok(ResizeResponse::ClientError {
                    status: parts.status,
                    body: runtime::json_body(parts, body)?,
                })
            }
            500..=599 => {
                Ok(ResizeResponse::ServerError {
                    status: parts.status,
                })
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
