// @generated from fixtures/prelude_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List envelopes sent to some recipients
///
/// `GET /envelopes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEnvelopes {
    /// Recipients' addresses; repeated (`to=a&to=b`).
    ///
    /// query parameter `to`
    pub to: Option<Vec<String>>,
    /// Copied addresses; comma-joined (`cc=a,b`).
    ///
    /// query parameter `cc`
    pub cc: Option<Vec<String>>,
}

runtime::builder! {
    ListEnvelopes() {
        to: impl Into<Vec<String>>,
        cc: impl Into<Vec<String>>,
    }
}

/// The documented responses of [`ListEnvelopes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListEnvelopesResponse {
    /// 200: The envelopes.
    Ok(Vec<Envelope>),
}

impl runtime::Outcome for ListEnvelopesResponse {
    type Success = Vec<Envelope>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<Envelope>, std::convert::Infallible> {
        match self {
            ListEnvelopesResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for ListEnvelopes {
    type Response = ListEnvelopesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/envelopes";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/envelopes";
        let mut query = runtime::QueryBuilder::new();
        query.optional("to", &self.to, runtime::FORM_EXPLODE)?;
        query.optional("cc", &self.cc, runtime::FORM)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListEnvelopesResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Send an envelope
///
/// `POST /envelopes`
#[derive(Debug, Clone, PartialEq)]
pub struct SendEnvelope {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Envelope,
}

runtime::builder! {
    SendEnvelope(body: impl Into<Envelope>) {}
}

/// The documented responses of [`SendEnvelope`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SendEnvelopeResponse {
    /// 204: Sent.
    NoContent,
}

impl runtime::Outcome for SendEnvelopeResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            SendEnvelopeResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for SendEnvelope {
    type Response = SendEnvelopeResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/envelopes";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/envelopes";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(SendEnvelopeResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
