// @generated from fixtures/swagger2_files/openapi.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /pets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FindPets {
    /// How many pets to return. (query parameter `limit`)
    pub limit: Option<i32>,
}

runtime::builder! {
    FindPets() {
        limit: i32,
    }
}

runtime::responses! {
    FindPets: Result<Vec<Pet>, enum FindPetsError>,
    #[derive(Clone, PartialEq)]
    pub enum FindPetsResponse {
        /// 200: The pets.
        200 => Ok(Vec<Pet> = json): Ok(body),
        /// Any other status: Something went wrong.
        _ => Default { status, body: Error = json }: Err,
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
}

/// `POST /pets`
#[derive(Debug, Clone, PartialEq)]
pub struct AddPet {
    /// The request body. Sent as `application/json`.
    pub body: Pet,
}

runtime::builder! {
    AddPet(body: impl Into<Pet>) {}
}

runtime::responses! {
    AddPet: Result<Pet, enum AddPetError>,
    #[derive(Clone, PartialEq)]
    pub enum AddPetResponse {
        /// 200: The pet.
        200 => Ok(Pet = json): Ok(body),
        /// Any other status: Something went wrong.
        _ => Default { status, body: Error = json }: Err,
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
}
