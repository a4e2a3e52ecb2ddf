// @generated from fixtures/anyof_expandable.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Retrieve a charge
///
/// `GET /charges/{charge}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCharge {
    /// The charge's id.
    ///
    /// path parameter `charge`
    pub charge: String,
}

/// The documented responses of [`GetCharge`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetChargeResponse {
    /// 200: The charge.
    Ok(Charge),
}

impl crate::runtime::Operation for GetCharge {
    type Response = GetChargeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/charges/{charge}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/charges/");
        path.parameter(
            "charge",
            &self.charge,
            crate::runtime::Style::Simple.explode(false),
        )?;
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
                200 => GetChargeResponse::Ok(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
