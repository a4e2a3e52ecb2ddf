// @generated from fixtures/outcomes.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Jobs 1.0.0
//!
//! Generated from `fixtures/outcomes.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// The `Job` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Job {
    pub id: String,
}

/// The `Problem` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Problem {
    pub title: String,
}

/// Get a job
///
/// `GET /jobs/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetJob {
    /// path parameter `id`
    pub id: String,
}

crate::runtime::builder! {
    GetJob(id: impl Into<String>) {}
}

/// The documented responses of [`GetJob`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetJobResponse {
    /// 200: The job.
    Ok(Job),
    /// 404: No such job.
    NotFound(Problem),
    /// 500: The server failed.
    InternalServerError,
}

/// The documented error responses of [`GetJob`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetJobError {
    /// 404: No such job.
    NotFound(Problem),
    /// 500: The server failed.
    InternalServerError,
}

impl crate::runtime::Outcome for GetJobResponse {
    type Success = Job;

    type Error = GetJobError;

    fn into_result(self) -> Result<Job, GetJobError> {
        match self {
            GetJobResponse::Ok(body) => Ok(body),
            GetJobResponse::NotFound(body) => Err(GetJobError::NotFound(body)),
            GetJobResponse::InternalServerError => Err(GetJobError::InternalServerError),
        }
    }
}

impl crate::runtime::Operation for GetJob {
    type Response = GetJobResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/jobs/{id}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/jobs/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
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
                200 => GetJobResponse::Ok(crate::runtime::json_body(parts, body)?),
                404 => GetJobResponse::NotFound(crate::runtime::json_body(parts, body)?),
                500 => GetJobResponse::InternalServerError,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// Delete a job
///
/// `DELETE /jobs/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteJob {
    /// path parameter `id`
    pub id: String,
}

crate::runtime::builder! {
    DeleteJob(id: impl Into<String>) {}
}

/// The documented responses of [`DeleteJob`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteJobResponse {
    /// 204: Deleted.
    NoContent,
}

impl crate::runtime::Outcome for DeleteJobResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            DeleteJobResponse::NoContent => Ok(()),
        }
    }
}

impl crate::runtime::Operation for DeleteJob {
    type Response = DeleteJobResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/jobs/{id}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/jobs/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
        let path = path.finish();
        crate::runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => DeleteJobResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// List jobs
///
/// `GET /jobs`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListJobs {}

crate::runtime::builder! {
    ListJobs() {}
}

/// The documented responses of [`ListJobs`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListJobsResponse {
    /// 200: The jobs.
    Ok {
        /// The response body.
        body: Vec<Job>,
        /// The headers the response documents.
        headers: ListJobsOkHeaders,
    },
}

/// The headers documented for the `200` response of `ListJobs`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListJobsOkHeaders {
    /// header `Link`
    pub link: Option<String>,
}

#[allow(deprecated)]
impl crate::runtime::FromHeaders for ListJobsOkHeaders {
    fn from_headers(
        headers: &http::HeaderMap,
    ) -> Result<Self, crate::runtime::HeaderError> {
        Ok(ListJobsOkHeaders {
            link: crate::runtime::header(headers, "link")?,
        })
    }
}

impl crate::runtime::Outcome for ListJobsResponse {
    type Success = Vec<Job>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<Job>, std::convert::Infallible> {
        match self {
            ListJobsResponse::Ok { body, .. } => Ok(body),
        }
    }
}

impl crate::runtime::Operation for ListJobs {
    type Response = ListJobsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/jobs";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/jobs";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
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
                200 => {
                    let headers = crate::runtime::response_headers(parts, &body)?;
                    ListJobsResponse::Ok {
                        body: crate::runtime::json_body(parts, body)?,
                        headers,
                    }
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// Start a job
///
/// `POST /jobs`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateJob {}

crate::runtime::builder! {
    CreateJob() {}
}

/// The documented responses of [`CreateJob`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateJobResponse {
    /// 201: Started.
    Created {
        /// The response body.
        body: Job,
        /// The headers the response documents.
        headers: CreateJobCreatedHeaders,
    },
    /// 202: Queued.
    Accepted,
    /// 4XX: Refused.
    ClientError {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Problem,
    },
    /// Any other status: Failed.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
    },
}

/// The headers documented for the `201` response of `CreateJob`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateJobCreatedHeaders {
    /// header `Location`
    pub location: Option<String>,
}

#[allow(deprecated)]
impl crate::runtime::FromHeaders for CreateJobCreatedHeaders {
    fn from_headers(
        headers: &http::HeaderMap,
    ) -> Result<Self, crate::runtime::HeaderError> {
        Ok(CreateJobCreatedHeaders {
            location: crate::runtime::header(headers, "location")?,
        })
    }
}

/// The successful responses of [`CreateJob`]: what `into_result` returns as `Ok`.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateJobSuccess {
    /// 201: Started.
    Created {
        /// The response body.
        body: Job,
        /// The headers the response documents.
        headers: CreateJobCreatedHeaders,
    },
    /// 202: Queued.
    Accepted,
}

/// The documented error responses of [`CreateJob`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateJobError {
    /// 4XX: Refused.
    ClientError {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: Problem,
    },
    /// Any other status: Failed.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
    },
}

impl crate::runtime::Outcome for CreateJobResponse {
    type Success = CreateJobSuccess;

    type Error = CreateJobError;

    fn into_result(self) -> Result<CreateJobSuccess, CreateJobError> {
        match self {
            CreateJobResponse::Created { body, headers } => {
                Ok(CreateJobSuccess::Created {
                    body,
                    headers,
                })
            }
            CreateJobResponse::Accepted => Ok(CreateJobSuccess::Accepted),
            CreateJobResponse::ClientError { status, body } => {
                Err(CreateJobError::ClientError {
                    status,
                    body,
                })
            }
            CreateJobResponse::Default { status } => {
                Err(CreateJobError::Default { status })
            }
        }
    }
}

impl crate::runtime::Operation for CreateJob {
    type Response = CreateJobResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/jobs";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/jobs";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
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
                201 => {
                    let headers = crate::runtime::response_headers(parts, &body)?;
                    CreateJobResponse::Created {
                        body: crate::runtime::json_body(parts, body)?,
                        headers,
                    }
                }
                202 => CreateJobResponse::Accepted,
                400..=499 => {
                    CreateJobResponse::ClientError {
                        status: parts.status,
                        body: crate::runtime::json_body(parts, body)?,
                    }
                }
                _ => {
                    CreateJobResponse::Default {
                        status: parts.status,
                    }
                }
            },
        )
    }
}

/// The service's status
///
/// `GET /status`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetStatus {}

crate::runtime::builder! {
    GetStatus() {}
}

/// The documented responses of [`GetStatus`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetStatusResponse {
    /// Any other status: The status, whatever the code.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: String,
    },
}

/// The documented error responses of [`GetStatus`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetStatusError {
    /// Any other status: The status, whatever the code.
    Default {
        /// The status the server sent.
        status: http::StatusCode,
        /// The response body.
        body: String,
    },
}

impl crate::runtime::Outcome for GetStatusResponse {
    type Success = String;

    type Error = GetStatusError;

    fn into_result(self) -> Result<String, GetStatusError> {
        match self {
            GetStatusResponse::Default { status, body, .. } if status.is_success() => {
                Ok(body)
            }
            GetStatusResponse::Default { status, body } => {
                Err(GetStatusError::Default {
                    status,
                    body,
                })
            }
        }
    }
}

impl crate::runtime::Operation for GetStatus {
    type Response = GetStatusResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/status";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/status";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(http::header::ACCEPT, http::HeaderValue::from_static("text/plain"));
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(GetStatusResponse::Default {
            status: parts.status,
            body: crate::runtime::text_body(parts, body)?,
        })
    }
}

/// Always refused
///
/// `GET /teapot`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrewCoffee {}

crate::runtime::builder! {
    BrewCoffee() {}
}

/// The documented responses of [`BrewCoffee`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BrewCoffeeResponse {
    /// 418: I'm a teapot.
    IMATeapot,
}

/// The documented error responses of [`BrewCoffee`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BrewCoffeeError {
    /// 418: I'm a teapot.
    IMATeapot,
}

impl crate::runtime::Outcome for BrewCoffeeResponse {
    type Success = std::convert::Infallible;

    type Error = BrewCoffeeError;

    fn into_result(self) -> Result<std::convert::Infallible, BrewCoffeeError> {
        match self {
            BrewCoffeeResponse::IMATeapot => Err(BrewCoffeeError::IMATeapot),
        }
    }
}

impl crate::runtime::Operation for BrewCoffee {
    type Response = BrewCoffeeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/teapot";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/teapot";
        crate::runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                418 => BrewCoffeeResponse::IMATeapot,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
