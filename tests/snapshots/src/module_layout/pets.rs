// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A pet; only the operations tagged `pets` use it.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub struct Pet {
    pub name: String,
    /// Reached only through `Pet`.
    pub tag: Option<Tag>,
    /// Reached under `pets` and under `people`.
    pub home: Option<Address>,
}

runtime::decode! { Pet { name, tag, home } }

runtime::string_enum! {
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

runtime::builder! {
    ListPets() {}
}

runtime::responses! {
    ListPets: Result<Vec<Pet>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListPetsResponse {
        /// 200: The pets.
        200 => Ok(Vec<Pet> = json): Ok(body),
    }
}

impl runtime::Operation for ListPets {
    type Response = ListPetsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/pets";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
