// @generated from fixtures/swagger2_files/openapi.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /pets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FindPets {
    /// How many pets to return.
    ///
    /// query parameter `limit`
    pub limit: Option<i32>,
}

/// The documented responses of [`FindPets`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FindPetsResponse {
    /// 200: The pets.
    Ok(Vec<Pet>),
    /// Any other status: Something went wrong.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Error,
    },
}

impl crate::runtime::Operation for FindPets {
    type Response = FindPetsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/pets";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.limit {
            query.parameter("limit", value, crate::runtime::Style::Form.explode(true))?;
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
                200 => FindPetsResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => {
                    FindPetsResponse::Default {
                        status: parts.status,
                        body: crate::runtime::json_body(parts, body)?,
                    }
                }
            },
        )
    }
}

/// `POST /pets`
#[derive(Debug, Clone, PartialEq)]
pub struct AddPet {
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: Pet,
}

/// The documented responses of [`AddPet`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AddPetResponse {
    /// 200: The pet.
    Ok(Pet),
    /// Any other status: Something went wrong.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Error,
    },
}

impl crate::runtime::Operation for AddPet {
    type Response = AddPetResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/pets";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/pets";
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
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
                200 => AddPetResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => {
                    AddPetResponse::Default {
                        status: parts.status,
                        body: crate::runtime::json_body(parts, body)?,
                    }
                }
            },
        )
    }
}
