// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Used only under `Types`.
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(missing_docs)]
pub struct Kind {
    pub name: Option<String>,
}

runtime::decode! { Kind { name } }

/// `GET /kinds`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListKinds {}

runtime::builder! {
    ListKinds() {}
}

runtime::responses! {
    ListKinds: Result<Vec<Kind>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListKindsResponse {
        /// 200: The kinds of pet.
        200 => Ok(Vec<Kind> = json): Ok(body),
    }
}

impl runtime::Operation for ListKinds {
    type Response = ListKindsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/kinds";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/kinds";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
