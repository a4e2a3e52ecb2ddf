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

/// The documented responses of [`ListEnvelopes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListEnvelopesResponse {
    /// 200: The envelopes.
    Ok(Vec<Envelope>),
}

impl crate::runtime::Operation for ListEnvelopes {
    type Response = ListEnvelopesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/envelopes";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/envelopes";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.to {
            query.parameter("to", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.cc {
            query.parameter("cc", value, crate::runtime::Style::Form.explode(false))?;
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
                200 => ListEnvelopesResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
