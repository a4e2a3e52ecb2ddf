// @generated from fixtures/prelude_names.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List envelopes sent to some recipients
///
/// `GET /envelopes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEnvelopes {
    /// Recipients' addresses; repeated (`to=a&to=b`). (query parameter `to`)
    pub to: Option<Vec<String>>,
    /// Copied addresses; comma-joined (`cc=a,b`). (query parameter `cc`)
    pub cc: Option<Vec<String>>,
}

runtime::builder! {
    ListEnvelopes() {
        to: impl Into<Vec<String>>,
        cc: impl Into<Vec<String>>,
    }
}

runtime::responses! {
    ListEnvelopes: Result<Vec<Envelope>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListEnvelopesResponse {
        /// 200: The envelopes.
        200 => Ok(Vec<Envelope> = json): Ok(body),
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
}

/// Send an envelope
///
/// `POST /envelopes`
#[derive(Debug, Clone, PartialEq)]
pub struct SendEnvelope {
    /// The request body. Sent as `application/json`.
    pub body: Envelope,
}

runtime::builder! {
    SendEnvelope(body: impl Into<Envelope>) {}
}

runtime::responses! {
    SendEnvelope: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum SendEnvelopeResponse {
        /// 204: Sent.
        204 => NoContent: Ok(()),
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
}
