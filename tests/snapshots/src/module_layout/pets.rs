// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A pet; only the operations tagged `pets` use it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Pet {
    pub name: String,
    /// Reached only through `Pet`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<Tag>,
    /// Reached under `pets` and under `people`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home: Option<Address>,
}

crate::runtime::string_enum! {
    /// Reached only through `Pet`.
    pub enum Tag {
        Cat = "cat",
        Dog = "dog",
        ..Unknown
    }
}

/// `GET /pets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPets {}

/// The documented responses of [`ListPets`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListPetsResponse {
    /// 200: The pets.
    Ok(Vec<Pet>),
}

impl crate::runtime::Operation for ListPets {
    type Response = ListPetsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/pets";
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
                200 => ListPetsResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
