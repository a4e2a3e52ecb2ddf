// @generated from fixtures/empty_objects.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /payment_methods`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPaymentMethods {}

runtime::builder! {
    ListPaymentMethods() {}
}

runtime::responses! {
    ListPaymentMethods: Result<Vec<PaymentMethod>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListPaymentMethodsResponse {
        /// 200: The payment methods.
        200 => Ok(Vec<PaymentMethod> = json): Ok(body),
    }
}

impl runtime::Operation for ListPaymentMethods {
    type Response = ListPaymentMethodsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/payment_methods";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/payment_methods";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// `POST /payment_methods`
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePaymentMethod {
    /// The request body. Sent as `application/json`.
    pub body: CreatePaymentMethodBody,
}

runtime::builder! {
    CreatePaymentMethod(body: impl Into<CreatePaymentMethodBody>) {}
}

runtime::responses! {
    CreatePaymentMethod: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreatePaymentMethodResponse {
        /// 204: Created.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for CreatePaymentMethod {
    type Response = CreatePaymentMethodResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/payment_methods";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/payment_methods";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}
