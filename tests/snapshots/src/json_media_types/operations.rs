// @generated from fixtures/json_media_types.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Create a note
///
/// `POST /notes`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNote {
    /// The request body.
    ///
    /// Sent as `application/vnd.notes.v1+json`.
    pub body: LegacyNote,
}

/// The documented responses of [`CreateNote`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateNoteResponse {
    /// 201: The note as stored.
    Created(Note),
}

impl crate::runtime::Operation for CreateNote {
    type Response = CreateNoteResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/notes";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/notes";
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/vnd.notes.v1+json"),
            )?,
        );
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            body,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("text/json, application/vnd.notes+json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                201 => {
                    CreateNoteResponse::Created(crate::runtime::json_body(parts, body)?)
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
