// @generated from fixtures/json_media_types.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Create a note
///
/// `POST /notes`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNote {
    /// The request body. Sent as `application/vnd.notes.v1+json`.
    pub body: LegacyNote,
}

runtime::builder! {
    CreateNote(body: impl Into<LegacyNote>) {}
}

runtime::responses! {
    CreateNote: Result<Note, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateNoteResponse {
        /// 201: The note as stored.
        201 => Created(Note = json): Ok(body),
    }
}

impl runtime::Operation for CreateNote {
    type Response = CreateNoteResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/notes";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/notes";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/vnd.notes.v1+json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "text/json, application/vnd.notes+json");
        Ok(request)
    }
}
