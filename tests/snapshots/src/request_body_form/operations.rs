// @generated from fixtures/request_body_form.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Create a customer
///
/// `POST /customers`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCustomer {
    /// The request body.
    ///
    /// Sent as `application/x-www-form-urlencoded` fields.
    pub body: CreateCustomerBody,
}

/// The documented responses of [`CreateCustomer`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateCustomerResponse {
    /// 200: The customer.
    Ok,
}

impl crate::runtime::Operation for CreateCustomer {
    type Response = CreateCustomerResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/customers";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/customers";
        let body = Some(
            crate::runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[
                    ("metadata", crate::runtime::Style::DeepObject.explode(true)),
                    ("address", crate::runtime::Style::DeepObject.explode(true)),
                    ("items", crate::runtime::Style::DeepObject.explode(true)),
                    ("expand", crate::runtime::Style::DeepObject.explode(true)),
                    ("tags", crate::runtime::Style::Form.explode(false)),
                    ("settings", crate::runtime::Encoding::JSON),
                    (
                        "return_url",
                        crate::runtime::Style::Form.explode(true).allow_reserved(),
                    ),
                ],
            )?,
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => CreateCustomerResponse::Ok,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
