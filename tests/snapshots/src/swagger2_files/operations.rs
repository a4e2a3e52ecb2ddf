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

runtime::builder! {
    FindPets() {
        limit: i32,
    }
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

/// The documented error responses of [`FindPets`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FindPetsError {
    /// Any other status: Something went wrong.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Error,
    },
}

impl runtime::Outcome for FindPetsResponse {
    type Success = Vec<Pet>;

    type Error = FindPetsError;

    fn into_result(self) -> Result<Vec<Pet>, FindPetsError> {
        match self {
            FindPetsResponse::Ok(body) => Ok(body),
            FindPetsResponse::Default { status, body } => {
                Err(FindPetsError::Default {
                    status,
                    body,
                })
            }
        }
    }
}

impl runtime::Operation for FindPets {
    type Response = FindPetsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/pets";
        let mut query = runtime::QueryBuilder::new();
        query.optional("limit", &self.limit, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(FindPetsResponse::Ok(runtime::json_body(parts, body)?)),
            _ => {
                Ok(FindPetsResponse::Default {
                    status: parts.status,
                    body: runtime::json_body(parts, body)?,
                })
            }
        }
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

runtime::builder! {
    AddPet(body: impl Into<Pet>) {}
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

/// The documented error responses of [`AddPet`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AddPetError {
    /// Any other status: Something went wrong.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Error,
    },
}

impl runtime::Outcome for AddPetResponse {
    type Success = Pet;

    type Error = AddPetError;

    fn into_result(self) -> Result<Pet, AddPetError> {
        match self {
            AddPetResponse::Ok(body) => Ok(body),
            AddPetResponse::Default { status, body } => {
                Err(AddPetError::Default {
                    status,
                    body,
                })
            }
        }
    }
}

impl runtime::Operation for AddPet {
    type Response = AddPetResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/pets";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/pets";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(AddPetResponse::Ok(runtime::json_body(parts, body)?)),
            _ => {
                Ok(AddPetResponse::Default {
                    status: parts.status,
                    body: runtime::json_body(parts, body)?,
                })
            }
        }
    }
}
