// @generated from fixtures/request_body_form.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Create a customer
///
/// `POST /customers`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCustomer {
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: CreateCustomerBody,
}

runtime::builder! {
    CreateCustomer(body: impl Into<CreateCustomerBody>) {}
}

runtime::responses! {
    CreateCustomer: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateCustomerResponse {
        /// 200: The customer.
        200 => Ok: Ok(()),
    }
}

impl runtime::Operation for CreateCustomer {
    type Response = CreateCustomerResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/customers";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/customers";
        let body = Some(
            runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[
                    ("metadata", runtime::DEEP_OBJECT_EXPLODE),
                    ("address", runtime::DEEP_OBJECT_EXPLODE),
                    ("items", runtime::DEEP_OBJECT_EXPLODE),
                    ("expand", runtime::DEEP_OBJECT_EXPLODE),
                    ("tags", runtime::FORM),
                    ("settings", runtime::Encoding::JSON),
                    ("return_url", runtime::FORM_EXPLODE.allow_reserved()),
                ],
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}
