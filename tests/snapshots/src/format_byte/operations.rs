// @generated from fixtures/format_byte.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `PUT /blobs/{name}`
#[derive(Debug, Clone, PartialEq)]
pub struct PutBlob {
    /// path parameter `name`
    pub name: String,
    /// The SHA-256 of the content.
    ///
    /// query parameter `checksum`
    pub checksum: Option<Vec<u8>>,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Content,
}

/// The documented responses of [`PutBlob`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PutBlobResponse {
    /// 200: The stored content.
    Ok(Content),
}

impl crate::runtime::Operation for PutBlob {
    type Response = PutBlobResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/blobs/{name}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/blobs/");
        path.parameter(
            "name",
            &self.name,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.checksum {
            query
                .parameter(
                    "checksum",
                    &crate::runtime::base64::Encoded(value),
                    crate::runtime::Style::Form.explode(true),
                )?;
        }
        let body = Some(
            crate::runtime::Body::json(
                &crate::runtime::base64::Encoded(&self.body),
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            &query.finish(),
            body,
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
                    PutBlobResponse::Ok(
                        crate::runtime::json_body::<
                            crate::runtime::base64::Decoded<Content>,
                        >(parts, body)?
                            .0,
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
