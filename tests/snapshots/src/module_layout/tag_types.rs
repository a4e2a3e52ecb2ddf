// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Used only under `Types`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Kind {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `GET /kinds`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListKinds {}

runtime::builder! {
    ListKinds() {}
}

/// The documented responses of [`ListKinds`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListKindsResponse {
    /// 200: The kinds of pet.
    Ok(Vec<Kind>),
}

impl runtime::Outcome for ListKindsResponse {
    type Success = Vec<Kind>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<Kind>, std::convert::Infallible> {
        match self {
            ListKindsResponse::Ok(body) => Ok(body),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ListKindsResponse::Ok(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
