// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Used only under `people`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Person {
    pub name: Option<String>,
    /// Reached under `pets` and under `people`.
    pub address: Option<Address>,
}

runtime::decode! { Person { name, address } }

/// `GET /pets/{petId}/owner`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOwner {
    /// path parameter `petId`
    pub pet_id: String,
}

runtime::builder! {
    GetOwner(pet_id: impl Into<String>) {}
}

runtime::responses! {
    GetOwner: Result<Person, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetOwnerResponse {
        /// 200: The pet's owner.
        200 => Ok(Person = json): Ok(body),
    }
}

impl runtime::Operation for GetOwner {
    type Response = GetOwnerResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets/{petId}/owner";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter("petId", &self.pet_id, runtime::SIMPLE)?;
        path.literal("/owner");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
