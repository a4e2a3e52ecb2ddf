// @generated from fixtures/outcomes.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Get a job
///
/// `GET /jobs/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetJob {
    /// path parameter `id`
    pub id: String,
}

runtime::builder! {
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

impl runtime::Outcome for GetJobResponse {
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

impl runtime::Operation for GetJob {
    type Response = GetJobResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/jobs/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/jobs/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(GetJobResponse::Ok(runtime::json_body(parts, body)?)),
            404 => Ok(GetJobResponse::NotFound(runtime::json_body(parts, body)?)),
            500 => Ok(GetJobResponse::InternalServerError),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
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

runtime::builder! {
    DeleteJob(id: impl Into<String>) {}
}

/// The documented responses of [`DeleteJob`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteJobResponse {
    /// 204: Deleted.
    NoContent,
}

impl runtime::Outcome for DeleteJobResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            DeleteJobResponse::NoContent => Ok(()),
        }
    }
}

impl runtime::Operation for DeleteJob {
    type Response = DeleteJobResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/jobs/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/jobs/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        runtime::request(Self::METHOD, base_url, &path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            204 => Ok(DeleteJobResponse::NoContent),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// List jobs
///
/// `GET /jobs`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListJobs {}

runtime::builder! {
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

impl runtime::FromHeaders for ListJobsOkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(ListJobsOkHeaders {
            link: runtime::header(headers, "link")?,
        })
    }
}

impl runtime::Outcome for ListJobsResponse {
    type Success = Vec<Job>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<Job>, std::convert::Infallible> {
        match self {
            ListJobsResponse::Ok { body, .. } => Ok(body),
        }
    }
}

impl runtime::Operation for ListJobs {
    type Response = ListJobsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/jobs";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/jobs";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(ListJobsResponse::Ok {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// Start a job
///
/// `POST /jobs`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateJob {}

runtime::builder! {
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

impl runtime::FromHeaders for CreateJobCreatedHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(CreateJobCreatedHeaders {
            location: runtime::header(headers, "location")?,
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

impl runtime::Outcome for CreateJobResponse {
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

impl runtime::Operation for CreateJob {
    type Response = CreateJobResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/jobs";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/jobs";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            201 => {
                let headers = runtime::response_headers(parts, &body)?;
                Ok(CreateJobResponse::Created {
                    body: runtime::json_body(parts, body)?,
                    headers,
                })
            }
            202 => Ok(CreateJobResponse::Accepted),
            400..=499 => {
                Ok(CreateJobResponse::ClientError {
                    status: parts.status,
                    body: runtime::json_body(parts, body)?,
                })
            }
            _ => {
                Ok(CreateJobResponse::Default {
                    status: parts.status,
                })
            }
        }
    }
}

/// The service's status
///
/// `GET /status`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetStatus {}

runtime::builder! {
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

impl runtime::Outcome for GetStatusResponse {
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

impl runtime::Operation for GetStatus {
    type Response = GetStatusResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/status";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/status";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        runtime::accept(&mut request, "text/plain");
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        Ok(GetStatusResponse::Default {
            status: parts.status,
            body: runtime::text_body(parts, body)?,
        })
    }
}

/// Always refused
///
/// `GET /teapot`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrewCoffee {}

runtime::builder! {
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

impl runtime::Outcome for BrewCoffeeResponse {
    type Success = std::convert::Infallible;

    type Error = BrewCoffeeError;

    fn into_result(self) -> Result<std::convert::Infallible, BrewCoffeeError> {
        match self {
            BrewCoffeeResponse::IMATeapot => Err(BrewCoffeeError::IMATeapot),
        }
    }
}

impl runtime::Operation for BrewCoffee {
    type Response = BrewCoffeeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/teapot";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/teapot";
        runtime::request(Self::METHOD, base_url, path, "", None)
    }

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            418 => Ok(BrewCoffeeResponse::IMATeapot),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
