// @generated from fixtures/module_layout.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Used only under `people`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Person {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Reached under `pets` and under `people`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
}

/// `GET /pets/{petId}/owner`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOwner {
    /// path parameter `petId`
    pub pet_id: String,
}

/// The documented responses of [`GetOwner`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetOwnerResponse {
    /// 200: The pet's owner.
    Ok(Person),
}

impl crate::runtime::Operation for GetOwner {
    type Response = GetOwnerResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets/{petId}/owner";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter(
            "petId",
            &self.pet_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/owner");
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
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
                200 => GetOwnerResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
