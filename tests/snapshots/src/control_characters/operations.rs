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

runtime::responses! {
    ListNotes: Result<Note, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListNotesResponse {
        /// 200: The notes isolated.
        200 => Ok(Note = json): Ok(body),
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
}
