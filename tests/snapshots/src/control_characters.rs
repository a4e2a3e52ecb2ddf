// @generated from fixtures/control_characters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Control characters 1
//!
//! Reads one way and compiles another.
//!
//! Generated from `fixtures/control_characters.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// A note[31m in red.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Note {
    /// Its text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// List notes
///
/// `GET /notes`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListNotes {}

crate::runtime::builder! {
    ListNotes() {}
}

/// The documented responses of [`ListNotes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListNotesResponse {
    /// 200: The notes isolated.
    Ok(Note),
}

impl crate::runtime::Outcome for ListNotesResponse {
    type Success = Note;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Note, std::convert::Infallible> {
        match self {
            ListNotesResponse::Ok(body) => Ok(body),
        }
    }
}

impl crate::runtime::Operation for ListNotes {
    type Response = ListNotesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/notes";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/notes";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
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
                200 => ListNotesResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
