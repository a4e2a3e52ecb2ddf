// @generated from fixtures/control_characters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List notes
///
/// `GET /notes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListNotes {}

runtime::builder! {
    ListNotes() {}
}

/// The documented responses of [`ListNotes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListNotesResponse {
    /// 200: The notes isolated.
    Ok(Note),
}

impl runtime::Outcome for ListNotesResponse {
    type Success = Note;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Note, std::convert::Infallible> {
        match self {
            ListNotesResponse::Ok(body) => Ok(body),
        }
    }
}

impl runtime::Operation for ListNotes {
    type Response = ListNotesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/notes";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/notes";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListNotesResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
