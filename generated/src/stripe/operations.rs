// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// <p>Returns a list of charges you’ve previously created. The charges are returned in sorted order, with the most recent charges appearing first.</p>
///
/// `GET /v1/charges`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCharges {
    /// query parameter `created`
    pub created: Option<GetChargesCreated>,
    /// Only return charges for the customer specified by this customer ID. (query parameter `customer`)
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list. (query parameter `ending_before`)
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10. (query parameter `limit`)
    pub limit: Option<i64>,
    /// Only return charges that were created by the PaymentIntent specified by this PaymentIntent ID. (query parameter `payment_intent`)
    pub payment_intent: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list. (query parameter `starting_after`)
    pub starting_after: Option<String>,
    /// Only return charges for this transfer group. (query parameter `transfer_group`)
    pub transfer_group: Option<String>,
}

runtime::builder! {
    GetCharges() {
        created: impl Into<GetChargesCreated>,
        customer: impl Into<String>,
        ending_before: impl Into<String>,
        expand: impl Into<Vec<String>>,
        limit: i64,
        payment_intent: impl Into<String>,
        starting_after: impl Into<String>,
        transfer_group: impl Into<String>,
    }
}

runtime::responses! {
    GetCharges: Result<GetChargesOkBody, enum GetChargesError>,
    #[derive(Clone, PartialEq)]
    pub enum GetChargesResponse {
        /// 200: Successful response.
        200 => Ok(GetChargesOkBody = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetCharges {
    type Response = GetChargesResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/charges";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/charges";
        let mut query = runtime::QueryBuilder::new();
        query.optional("created", &self.created, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("customer", &self.customer, runtime::FORM_EXPLODE)?;
        query.optional("ending_before", &self.ending_before, runtime::FORM_EXPLODE)?;
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("limit", &self.limit, runtime::FORM_EXPLODE)?;
        query.optional("payment_intent", &self.payment_intent, runtime::FORM_EXPLODE)?;
        query.optional("starting_after", &self.starting_after, runtime::FORM_EXPLODE)?;
        query.optional("transfer_group", &self.transfer_group, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

runtime::paginated!(
    GetCharges: Ok(body.data) => Charge,
    next: starting_after = Some(last.id) if has_more
);

/// <p>To charge a credit card or other payment source, you create a <code>Charge</code> object. If your API key is in test mode, the supplied payment source (e.g., card) won’t actually be charged, although everything else will occur as if in live mode. (Stripe assumes that the charge would have completed successfully).</p>
///
/// `POST /v1/charges`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostCharges {
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: Option<PostChargesBody>,
}

runtime::builder! {
    PostCharges() {
        body: impl Into<PostChargesBody>,
    }
}

runtime::responses! {
    PostCharges: Result<Charge, enum PostChargesError>,
    #[derive(Clone, PartialEq)]
    pub enum PostChargesResponse {
        /// 200: Successful response.
        200 => Ok(Charge = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostCharges {
    type Response = PostChargesResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/charges";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/charges";
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::form(
                        body,
                        http::HeaderValue::from_static(
                            "application/x-www-form-urlencoded",
                        ),
                        &[
                            ("card", runtime::DEEP_OBJECT_EXPLODE),
                            ("destination", runtime::DEEP_OBJECT_EXPLODE),
                            ("expand", runtime::DEEP_OBJECT_EXPLODE),
                            ("metadata", runtime::DEEP_OBJECT_EXPLODE),
                            ("shipping", runtime::DEEP_OBJECT_EXPLODE),
                            ("transfer_data", runtime::DEEP_OBJECT_EXPLODE),
                        ],
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Retrieves the details of a charge that has previously been created. Supply the unique charge ID that was returned from your previous request, and Stripe will return the corresponding charge information. The same information is returned when creating or refunding the charge.</p>
///
/// `GET /v1/charges/{charge}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChargesCharge {
    /// path parameter `charge`
    pub charge: String,
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
}

runtime::builder! {
    GetChargesCharge(charge: impl Into<String>) {
        expand: impl Into<Vec<String>>,
    }
}

runtime::responses! {
    GetChargesCharge: Result<Charge, enum GetChargesChargeError>,
    #[derive(Clone, PartialEq)]
    pub enum GetChargesChargeResponse {
        /// 200: Successful response.
        200 => Ok(Charge = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetChargesCharge {
    type Response = GetChargesChargeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/charges/{charge}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/charges/");
        path.parameter("charge", &self.charge, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Capture the payment of an existing, uncaptured, charge. This is the second half of the two-step payment flow, where first you <a href="#create_charge">created a charge</a> with the capture option set to false.</p>
///
/// <p>Uncaptured payments expire a set number of days after they are created (<a href="/docs/charges/placing-a-hold">7 by default</a>). If they are not captured by that point in time, they will be marked as refunded and will no longer be capturable.</p>
///
/// `POST /v1/charges/{charge}/capture`
#[derive(Debug, Clone, PartialEq)]
pub struct PostChargesChargeCapture {
    /// path parameter `charge`
    pub charge: String,
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: Option<PostChargesChargeCaptureBody>,
}

runtime::builder! {
    PostChargesChargeCapture(charge: impl Into<String>) {
        body: impl Into<PostChargesChargeCaptureBody>,
    }
}

runtime::responses! {
    PostChargesChargeCapture: Result<Charge, enum PostChargesChargeCaptureError>,
    #[derive(Clone, PartialEq)]
    pub enum PostChargesChargeCaptureResponse {
        /// 200: Successful response.
        200 => Ok(Charge = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostChargesChargeCapture {
    type Response = PostChargesChargeCaptureResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/charges/{charge}/capture";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/charges/");
        path.parameter("charge", &self.charge, runtime::SIMPLE)?;
        path.literal("/capture");
        let path = path.finish();
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::form(
                        body,
                        http::HeaderValue::from_static(
                            "application/x-www-form-urlencoded",
                        ),
                        &[
                            ("expand", runtime::DEEP_OBJECT_EXPLODE),
                            ("transfer_data", runtime::DEEP_OBJECT_EXPLODE),
                        ],
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Returns a list of your customers. The customers are returned sorted by creation date, with the most recent customers appearing first.</p>
///
/// `GET /v1/customers`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCustomers {
    /// query parameter `created`
    pub created: Option<GetChargesCreated>,
    /// A case-sensitive filter on the list based on the customer's `email` field. The value must be a string. (query parameter `email`)
    pub email: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list. (query parameter `ending_before`)
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10. (query parameter `limit`)
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list. (query parameter `starting_after`)
    pub starting_after: Option<String>,
    /// Provides a list of customers that are associated with the specified test clock. The response will not include customers with test clocks if this parameter is not set. (query parameter `test_clock`)
    pub test_clock: Option<String>,
}

runtime::builder! {
    GetCustomers() {
        created: impl Into<GetChargesCreated>,
        email: impl Into<String>,
        ending_before: impl Into<String>,
        expand: impl Into<Vec<String>>,
        limit: i64,
        starting_after: impl Into<String>,
        test_clock: impl Into<String>,
    }
}

runtime::responses! {
    GetCustomers: Result<GetCustomersOkBody, enum GetCustomersError>,
    #[derive(Clone, PartialEq)]
    pub enum GetCustomersResponse {
        /// 200: Successful response.
        200 => Ok(GetCustomersOkBody = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetCustomers {
    type Response = GetCustomersResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/customers";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/customers";
        let mut query = runtime::QueryBuilder::new();
        query.optional("created", &self.created, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("email", &self.email, runtime::FORM_EXPLODE)?;
        query.optional("ending_before", &self.ending_before, runtime::FORM_EXPLODE)?;
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("limit", &self.limit, runtime::FORM_EXPLODE)?;
        query.optional("starting_after", &self.starting_after, runtime::FORM_EXPLODE)?;
        query.optional("test_clock", &self.test_clock, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

runtime::paginated!(
    GetCustomers: Ok(body.data) => Customer,
    next: starting_after = Some(last.id) if has_more
);

/// <p>Creates a new customer object.</p>
///
/// `POST /v1/customers`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostCustomers {
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: Option<PostCustomersBody>,
}

runtime::builder! {
    PostCustomers() {
        body: impl Into<PostCustomersBody>,
    }
}

runtime::responses! {
    PostCustomers: Result<Customer, enum PostCustomersError>,
    #[derive(Clone, PartialEq)]
    pub enum PostCustomersResponse {
        /// 200: Successful response.
        200 => Ok(Customer = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostCustomers {
    type Response = PostCustomersResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/customers";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/customers";
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::form(
                        body,
                        http::HeaderValue::from_static(
                            "application/x-www-form-urlencoded",
                        ),
                        &[
                            ("address", runtime::DEEP_OBJECT_EXPLODE),
                            ("expand", runtime::DEEP_OBJECT_EXPLODE),
                            ("invoice_settings", runtime::DEEP_OBJECT_EXPLODE),
                            ("metadata", runtime::DEEP_OBJECT_EXPLODE),
                            ("preferred_locales", runtime::DEEP_OBJECT_EXPLODE),
                            ("shipping", runtime::DEEP_OBJECT_EXPLODE),
                            ("tax", runtime::DEEP_OBJECT_EXPLODE),
                            ("tax_id_data", runtime::DEEP_OBJECT_EXPLODE),
                        ],
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Retrieves a Customer object.</p>
///
/// `GET /v1/customers/{customer}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomersCustomer {
    /// path parameter `customer`
    pub customer: String,
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
}

runtime::builder! {
    GetCustomersCustomer(customer: impl Into<String>) {
        expand: impl Into<Vec<String>>,
    }
}

runtime::responses! {
    GetCustomersCustomer: Result<GetCustomersCustomerOkBody, enum GetCustomersCustomerError>,
    #[derive(Clone, PartialEq)]
    pub enum GetCustomersCustomerResponse {
        /// 200: Successful response.
        200 => Ok(GetCustomersCustomerOkBody = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetCustomersCustomer {
    type Response = GetCustomersCustomerResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/customers/{customer}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/customers/");
        path.parameter("customer", &self.customer, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Updates the specified customer by setting the values of the parameters passed. Any parameters not provided will be left unchanged. For example, if you pass the <strong>source</strong> parameter, that becomes the customer’s active source (e.g., a card) to be used for all charges in the future. When you update a customer to a new valid card source by passing the <strong>source</strong> parameter: for each of the customer’s current subscriptions, if the subscription bills automatically and is in the <code>past_due</code> state, then the latest open invoice for the subscription with automatic collection enabled will be retried. This retry will not count as an automatic retry, and will not affect the next regularly scheduled payment for the invoice. Changing the <strong>default_source</strong> for a customer will not trigger this behavior.</p>
///
/// <p>This request accepts mostly the same arguments as the customer creation call.</p>
///
/// `POST /v1/customers/{customer}`
#[derive(Debug, Clone, PartialEq)]
pub struct PostCustomersCustomer {
    /// path parameter `customer`
    pub customer: String,
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: Option<PostCustomersCustomerBody>,
}

runtime::builder! {
    PostCustomersCustomer(customer: impl Into<String>) {
        body: impl Into<PostCustomersCustomerBody>,
    }
}

runtime::responses! {
    PostCustomersCustomer: Result<Customer, enum PostCustomersCustomerError>,
    #[derive(Clone, PartialEq)]
    pub enum PostCustomersCustomerResponse {
        /// 200: Successful response.
        200 => Ok(Customer = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostCustomersCustomer {
    type Response = PostCustomersCustomerResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/customers/{customer}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/customers/");
        path.parameter("customer", &self.customer, runtime::SIMPLE)?;
        let path = path.finish();
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::form(
                        body,
                        http::HeaderValue::from_static(
                            "application/x-www-form-urlencoded",
                        ),
                        &[
                            ("address", runtime::DEEP_OBJECT_EXPLODE),
                            ("bank_account", runtime::DEEP_OBJECT_EXPLODE),
                            ("card", runtime::DEEP_OBJECT_EXPLODE),
                            ("expand", runtime::DEEP_OBJECT_EXPLODE),
                            ("invoice_settings", runtime::DEEP_OBJECT_EXPLODE),
                            ("metadata", runtime::DEEP_OBJECT_EXPLODE),
                            ("preferred_locales", runtime::DEEP_OBJECT_EXPLODE),
                            ("shipping", runtime::DEEP_OBJECT_EXPLODE),
                            ("tax", runtime::DEEP_OBJECT_EXPLODE),
                            ("trial_end", runtime::DEEP_OBJECT_EXPLODE),
                        ],
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Permanently deletes a customer. It cannot be undone. Also immediately cancels any active subscriptions on the customer.</p>
///
/// `DELETE /v1/customers/{customer}`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteCustomersCustomer {
    /// path parameter `customer`
    pub customer: String,
}

runtime::builder! {
    DeleteCustomersCustomer(customer: impl Into<String>) {}
}

runtime::responses! {
    DeleteCustomersCustomer: Result<DeletedCustomer, enum DeleteCustomersCustomerError>,
    #[derive(Clone, PartialEq)]
    pub enum DeleteCustomersCustomerResponse {
        /// 200: Successful response.
        200 => Ok(DeletedCustomer = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for DeleteCustomersCustomer {
    type Response = DeleteCustomersCustomerResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/v1/customers/{customer}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/customers/");
        path.parameter("customer", &self.customer, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Returns a list of PaymentIntents.</p>
///
/// `GET /v1/payment_intents`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPaymentIntents {
    /// A filter on the list, based on the object `created` field. The value can be a string with an integer Unix timestamp, or it can be a dictionary with a number of different query options. (query parameter `created`)
    pub created: Option<GetPaymentIntentsCreated>,
    /// Only return PaymentIntents for the customer specified by this customer ID. (query parameter `customer`)
    pub customer: Option<String>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list. (query parameter `ending_before`)
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10. (query parameter `limit`)
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list. (query parameter `starting_after`)
    pub starting_after: Option<String>,
}

runtime::builder! {
    GetPaymentIntents() {
        created: impl Into<GetPaymentIntentsCreated>,
        customer: impl Into<String>,
        ending_before: impl Into<String>,
        expand: impl Into<Vec<String>>,
        limit: i64,
        starting_after: impl Into<String>,
    }
}

runtime::responses! {
    GetPaymentIntents: Result<GetPaymentIntentsOkBody, enum GetPaymentIntentsError>,
    #[derive(Clone, PartialEq)]
    pub enum GetPaymentIntentsResponse {
        /// 200: Successful response.
        200 => Ok(GetPaymentIntentsOkBody = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetPaymentIntents {
    type Response = GetPaymentIntentsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/payment_intents";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/payment_intents";
        let mut query = runtime::QueryBuilder::new();
        query.optional("created", &self.created, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("customer", &self.customer, runtime::FORM_EXPLODE)?;
        query.optional("ending_before", &self.ending_before, runtime::FORM_EXPLODE)?;
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("limit", &self.limit, runtime::FORM_EXPLODE)?;
        query.optional("starting_after", &self.starting_after, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

runtime::paginated!(
    GetPaymentIntents: Ok(body.data) => PaymentIntent,
    next: starting_after = Some(last.id) if has_more
);

/// <p>Creates a PaymentIntent object.</p>
///
/// <p>After the PaymentIntent is created, attach a payment method and <a href="/docs/api/payment_intents/confirm">confirm</a>
/// to continue the payment. You can read more about the different payment flows
/// available via the Payment Intents API <a href="/docs/payments/payment-intents">here</a>.</p>
///
/// <p>When <code>confirm=true</code> is used during creation, it is equivalent to creating
/// and confirming the PaymentIntent in the same call. You may use any parameters
/// available in the <a href="/docs/api/payment_intents/confirm">confirm API</a> when <code>confirm=true</code>
/// is supplied.</p>
///
/// `POST /v1/payment_intents`
#[derive(Debug, Clone, PartialEq)]
pub struct PostPaymentIntents {
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: PostPaymentIntentsBody,
}

runtime::builder! {
    PostPaymentIntents(body: impl Into<PostPaymentIntentsBody>) {}
}

runtime::responses! {
    PostPaymentIntents: Result<PaymentIntent, enum PostPaymentIntentsError>,
    #[derive(Clone, PartialEq)]
    pub enum PostPaymentIntentsResponse {
        /// 200: Successful response.
        200 => Ok(PaymentIntent = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostPaymentIntents {
    type Response = PostPaymentIntentsResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/payment_intents";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/payment_intents";
        let body = Some(
            runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[
                    ("automatic_payment_methods", runtime::DEEP_OBJECT_EXPLODE),
                    ("expand", runtime::DEEP_OBJECT_EXPLODE),
                    ("mandate_data", runtime::DEEP_OBJECT_EXPLODE),
                    ("metadata", runtime::DEEP_OBJECT_EXPLODE),
                    ("off_session", runtime::DEEP_OBJECT_EXPLODE),
                    ("payment_method_data", runtime::DEEP_OBJECT_EXPLODE),
                    ("payment_method_options", runtime::DEEP_OBJECT_EXPLODE),
                    ("payment_method_types", runtime::DEEP_OBJECT_EXPLODE),
                    ("shipping", runtime::DEEP_OBJECT_EXPLODE),
                    ("transfer_data", runtime::DEEP_OBJECT_EXPLODE),
                ],
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Retrieves the details of a PaymentIntent that has previously been created. </p>
///
/// <p>Client-side retrieval using a publishable key is allowed when the <code>client_secret</code> is provided in the query string. </p>
///
/// <p>When retrieved with a publishable key, only a subset of properties will be returned. Please refer to the <a href="#payment_intent_object">payment intent</a> object reference for more details.</p>
///
/// `GET /v1/payment_intents/{intent}`
#[derive(Clone, PartialEq)]
pub struct GetPaymentIntentsIntent {
    /// The client secret of the PaymentIntent. Required if a publishable key is used to retrieve the source. (query parameter `client_secret`; secret: redacted in `Debug` output)
    pub client_secret: Option<String>,
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
    /// path parameter `intent`
    pub intent: String,
}

runtime::redacted_debug! { GetPaymentIntentsIntent { client_secret: redacted, expand, intent } }

runtime::builder! {
    GetPaymentIntentsIntent(intent: impl Into<String>) {
        client_secret: impl Into<String>,
        expand: impl Into<Vec<String>>,
    }
}

runtime::responses! {
    GetPaymentIntentsIntent: Result<PaymentIntent, enum GetPaymentIntentsIntentError>,
    #[derive(Clone, PartialEq)]
    pub enum GetPaymentIntentsIntentResponse {
        /// 200: Successful response.
        200 => Ok(PaymentIntent = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetPaymentIntentsIntent {
    type Response = GetPaymentIntentsIntentResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/payment_intents/{intent}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/payment_intents/");
        path.parameter("intent", &self.intent, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("client_secret", &self.client_secret, runtime::FORM_EXPLODE)?;
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>A PaymentIntent object can be canceled when it is in one of these statuses: <code>requires_payment_method</code>, <code>requires_capture</code>, <code>requires_confirmation</code>, <code>requires_action</code>, or <code>processing</code>. </p>
///
/// <p>Once canceled, no additional charges will be made by the PaymentIntent and any operations on the PaymentIntent will fail with an error. For PaymentIntents with <code>status=’requires_capture’</code>, the remaining <code>amount_capturable</code> will automatically be refunded. </p>
///
/// <p>You cannot cancel the PaymentIntent for a Checkout Session. <a href="/docs/api/checkout/sessions/expire">Expire the Checkout Session</a> instead</p>
///
/// `POST /v1/payment_intents/{intent}/cancel`
#[derive(Debug, Clone, PartialEq)]
pub struct PostPaymentIntentsIntentCancel {
    /// path parameter `intent`
    pub intent: String,
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: Option<PostPaymentIntentsIntentCancelBody>,
}

runtime::builder! {
    PostPaymentIntentsIntentCancel(intent: impl Into<String>) {
        body: impl Into<PostPaymentIntentsIntentCancelBody>,
    }
}

runtime::responses! {
    PostPaymentIntentsIntentCancel: Result<PaymentIntent, enum PostPaymentIntentsIntentCancelError>,
    #[derive(Clone, PartialEq)]
    pub enum PostPaymentIntentsIntentCancelResponse {
        /// 200: Successful response.
        200 => Ok(PaymentIntent = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostPaymentIntentsIntentCancel {
    type Response = PostPaymentIntentsIntentCancelResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/payment_intents/{intent}/cancel";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/payment_intents/");
        path.parameter("intent", &self.intent, runtime::SIMPLE)?;
        path.literal("/cancel");
        let path = path.finish();
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::form(
                        body,
                        http::HeaderValue::from_static(
                            "application/x-www-form-urlencoded",
                        ),
                        &[("expand", runtime::DEEP_OBJECT_EXPLODE)],
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Confirm that your customer intends to pay with current or provided
/// payment method. Upon confirmation, the PaymentIntent will attempt to initiate
/// a payment.</p>
///
/// <p>If the selected payment method requires additional authentication steps, the
/// PaymentIntent will transition to the <code>requires_action</code> status and
/// suggest additional actions via <code>next_action</code>. If payment fails,
/// the PaymentIntent will transition to the <code>requires_payment_method</code> status. If
/// payment succeeds, the PaymentIntent will transition to the <code>succeeded</code>
/// status (or <code>requires_capture</code>, if <code>capture_method</code> is set to <code>manual</code>).</p>
///
/// <p>If the <code>confirmation_method</code> is <code>automatic</code>, payment may be attempted
/// using our <a href="/docs/stripe-js/reference#stripe-handle-card-payment">client SDKs</a>
/// and the PaymentIntent’s <a href="#payment_intent_object-client_secret">client_secret</a>.
/// After <code>next_action</code>s are handled by the client, no additional
/// confirmation is required to complete the payment.</p>
///
/// <p>If the <code>confirmation_method</code> is <code>manual</code>, all payment attempts must be
/// initiated using a secret key.
/// If any actions are required for the payment, the PaymentIntent will
/// return to the <code>requires_confirmation</code> state
/// after those actions are completed. Your server needs to then
/// explicitly re-confirm the PaymentIntent to initiate the next payment
/// attempt. Read the <a href="/docs/payments/payment-intents/web-manual">expanded documentation</a>
/// to learn more about manual confirmation.</p>
///
/// `POST /v1/payment_intents/{intent}/confirm`
#[derive(Debug, Clone, PartialEq)]
pub struct PostPaymentIntentsIntentConfirm {
    /// path parameter `intent`
    pub intent: String,
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: Option<PostPaymentIntentsIntentConfirmBody>,
}

runtime::builder! {
    PostPaymentIntentsIntentConfirm(intent: impl Into<String>) {
        body: impl Into<PostPaymentIntentsIntentConfirmBody>,
    }
}

runtime::responses! {
    PostPaymentIntentsIntentConfirm: Result<PaymentIntent, enum PostPaymentIntentsIntentConfirmError>,
    #[derive(Clone, PartialEq)]
    pub enum PostPaymentIntentsIntentConfirmResponse {
        /// 200: Successful response.
        200 => Ok(PaymentIntent = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostPaymentIntentsIntentConfirm {
    type Response = PostPaymentIntentsIntentConfirmResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/payment_intents/{intent}/confirm";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/payment_intents/");
        path.parameter("intent", &self.intent, runtime::SIMPLE)?;
        path.literal("/confirm");
        let path = path.finish();
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::form(
                        body,
                        http::HeaderValue::from_static(
                            "application/x-www-form-urlencoded",
                        ),
                        &[
                            ("expand", runtime::DEEP_OBJECT_EXPLODE),
                            ("mandate_data", runtime::DEEP_OBJECT_EXPLODE),
                            ("off_session", runtime::DEEP_OBJECT_EXPLODE),
                            ("payment_method_data", runtime::DEEP_OBJECT_EXPLODE),
                            ("payment_method_options", runtime::DEEP_OBJECT_EXPLODE),
                            ("payment_method_types", runtime::DEEP_OBJECT_EXPLODE),
                            ("receipt_email", runtime::DEEP_OBJECT_EXPLODE),
                            ("shipping", runtime::DEEP_OBJECT_EXPLODE),
                        ],
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Returns a list of all refunds you’ve previously created. The refunds are returned in sorted order, with the most recent refunds appearing first. For convenience, the 10 most recent refunds are always available by default on the charge object.</p>
///
/// `GET /v1/refunds`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRefunds {
    /// Only return refunds for the charge specified by this charge ID. (query parameter `charge`)
    pub charge: Option<String>,
    /// query parameter `created`
    pub created: Option<GetChargesCreated>,
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list. (query parameter `ending_before`)
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10. (query parameter `limit`)
    pub limit: Option<i64>,
    /// Only return refunds for the PaymentIntent specified by this ID. (query parameter `payment_intent`)
    pub payment_intent: Option<String>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list. (query parameter `starting_after`)
    pub starting_after: Option<String>,
}

runtime::builder! {
    GetRefunds() {
        charge: impl Into<String>,
        created: impl Into<GetChargesCreated>,
        ending_before: impl Into<String>,
        expand: impl Into<Vec<String>>,
        limit: i64,
        payment_intent: impl Into<String>,
        starting_after: impl Into<String>,
    }
}

runtime::responses! {
    GetRefunds: Result<GetRefundsOkBody, enum GetRefundsError>,
    #[derive(Clone, PartialEq)]
    pub enum GetRefundsResponse {
        /// 200: Successful response.
        200 => Ok(GetRefundsOkBody = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetRefunds {
    type Response = GetRefundsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/refunds";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/refunds";
        let mut query = runtime::QueryBuilder::new();
        query.optional("charge", &self.charge, runtime::FORM_EXPLODE)?;
        query.optional("created", &self.created, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("ending_before", &self.ending_before, runtime::FORM_EXPLODE)?;
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("limit", &self.limit, runtime::FORM_EXPLODE)?;
        query.optional("payment_intent", &self.payment_intent, runtime::FORM_EXPLODE)?;
        query.optional("starting_after", &self.starting_after, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

runtime::paginated!(
    GetRefunds: Ok(body.data) => Refund,
    next: starting_after = Some(last.id) if has_more
);

/// <p>Create a refund.</p>
///
/// `POST /v1/refunds`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostRefunds {
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: Option<PostRefundsBody>,
}

runtime::builder! {
    PostRefunds() {
        body: impl Into<PostRefundsBody>,
    }
}

runtime::responses! {
    PostRefunds: Result<Refund, enum PostRefundsError>,
    #[derive(Clone, PartialEq)]
    pub enum PostRefundsResponse {
        /// 200: Successful response.
        200 => Ok(Refund = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostRefunds {
    type Response = PostRefundsResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/refunds";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/refunds";
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::form(
                        body,
                        http::HeaderValue::from_static(
                            "application/x-www-form-urlencoded",
                        ),
                        &[
                            ("expand", runtime::DEEP_OBJECT_EXPLODE),
                            ("metadata", runtime::DEEP_OBJECT_EXPLODE),
                        ],
                    )?,
                )
            }
            None => None,
        };
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Retrieves the details of an existing refund.</p>
///
/// `GET /v1/refunds/{refund}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRefundsRefund {
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
    /// path parameter `refund`
    pub refund: String,
}

runtime::builder! {
    GetRefundsRefund(refund: impl Into<String>) {
        expand: impl Into<Vec<String>>,
    }
}

runtime::responses! {
    GetRefundsRefund: Result<Refund, enum GetRefundsRefundError>,
    #[derive(Clone, PartialEq)]
    pub enum GetRefundsRefundResponse {
        /// 200: Successful response.
        200 => Ok(Refund = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetRefundsRefund {
    type Response = GetRefundsRefundResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/refunds/{refund}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/refunds/");
        path.parameter("refund", &self.refund, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>Returns a list of your webhook endpoints.</p>
///
/// `GET /v1/webhook_endpoints`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWebhookEndpoints {
    /// A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list. (query parameter `ending_before`)
    pub ending_before: Option<String>,
    /// Specifies which fields in the response should be expanded. (query parameter `expand`)
    pub expand: Option<Vec<String>>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10. (query parameter `limit`)
    pub limit: Option<i64>,
    /// A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list. (query parameter `starting_after`)
    pub starting_after: Option<String>,
}

runtime::builder! {
    GetWebhookEndpoints() {
        ending_before: impl Into<String>,
        expand: impl Into<Vec<String>>,
        limit: i64,
        starting_after: impl Into<String>,
    }
}

runtime::responses! {
    GetWebhookEndpoints: Result<GetWebhookEndpointsOkBody, enum GetWebhookEndpointsError>,
    #[derive(Clone, PartialEq)]
    pub enum GetWebhookEndpointsResponse {
        /// 200: Successful response.
        200 => Ok(GetWebhookEndpointsOkBody = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for GetWebhookEndpoints {
    type Response = GetWebhookEndpointsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/v1/webhook_endpoints";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/webhook_endpoints";
        let mut query = runtime::QueryBuilder::new();
        query.optional("ending_before", &self.ending_before, runtime::FORM_EXPLODE)?;
        query.optional("expand", &self.expand, runtime::DEEP_OBJECT_EXPLODE)?;
        query.optional("limit", &self.limit, runtime::FORM_EXPLODE)?;
        query.optional("starting_after", &self.starting_after, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

runtime::paginated!(
    GetWebhookEndpoints: Ok(body.data) => WebhookEndpoint,
    next: starting_after = Some(last.id) if has_more
);

/// <p>A webhook endpoint must have a <code>url</code> and a list of <code>enabled_events</code>. You may optionally specify the Boolean <code>connect</code> parameter. If set to true, then a Connect webhook endpoint that notifies the specified <code>url</code> about events from all connected accounts is created; otherwise an account webhook endpoint that notifies the specified <code>url</code> only about events from your account is created. You can also create webhook endpoints in the <a href="https://dashboard.stripe.com/account/webhooks">webhooks settings</a> section of the Dashboard.</p>
///
/// `POST /v1/webhook_endpoints`
#[derive(Debug, Clone, PartialEq)]
pub struct PostWebhookEndpoints {
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: PostWebhookEndpointsBody,
}

runtime::builder! {
    PostWebhookEndpoints(body: impl Into<PostWebhookEndpointsBody>) {}
}

runtime::responses! {
    PostWebhookEndpoints: Result<WebhookEndpoint, enum PostWebhookEndpointsError>,
    #[derive(Clone, PartialEq)]
    pub enum PostWebhookEndpointsResponse {
        /// 200: Successful response.
        200 => Ok(WebhookEndpoint = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for PostWebhookEndpoints {
    type Response = PostWebhookEndpointsResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/v1/webhook_endpoints";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/v1/webhook_endpoints";
        let body = Some(
            runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[
                    ("enabled_events", runtime::DEEP_OBJECT_EXPLODE),
                    ("expand", runtime::DEEP_OBJECT_EXPLODE),
                    ("metadata", runtime::DEEP_OBJECT_EXPLODE),
                ],
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// <p>You can also delete webhook endpoints via the <a href="https://dashboard.stripe.com/account/webhooks">webhook endpoint management</a> page of the Stripe dashboard.</p>
///
/// `DELETE /v1/webhook_endpoints/{webhook_endpoint}`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteWebhookEndpointsWebhookEndpoint {
    /// path parameter `webhook_endpoint`
    pub webhook_endpoint: String,
}

runtime::builder! {
    DeleteWebhookEndpointsWebhookEndpoint(webhook_endpoint: impl Into<String>) {}
}

runtime::responses! {
    DeleteWebhookEndpointsWebhookEndpoint: Result<DeletedWebhookEndpoint, enum DeleteWebhookEndpointsWebhookEndpointError>,
    #[derive(Clone, PartialEq)]
    pub enum DeleteWebhookEndpointsWebhookEndpointResponse {
        /// 200: Successful response.
        200 => Ok(DeletedWebhookEndpoint = json): Ok(body),
        /// Any other status: Error response.
        _ => Default { status, body: Error = json }: Err,
    }
}

impl runtime::Operation for DeleteWebhookEndpointsWebhookEndpoint {
    type Response = DeleteWebhookEndpointsWebhookEndpointResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/v1/webhook_endpoints/{webhook_endpoint}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::BASIC_AUTH],
        &[security::BEARER_AUTH],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/v1/webhook_endpoints/");
        path.parameter("webhook_endpoint", &self.webhook_endpoint, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
