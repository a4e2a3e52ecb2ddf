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

runtime::responses! {
    GetJob: Result<Job, enum GetJobError>,
    #[derive(Clone, PartialEq)]
    pub enum GetJobResponse {
        /// 200: The job.
        200 => Ok(Job = json): Ok(body),
        /// 404: No such job.
        404 => NotFound(Problem = json): Err,
        /// 500: The server failed.
        500 => InternalServerError: Err,
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

runtime::responses! {
    DeleteJob: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum DeleteJobResponse {
        /// 204: Deleted.
        204 => NoContent: Ok(()),
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
}

/// List jobs
///
/// `GET /jobs`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListJobs {}

runtime::builder! {
    ListJobs() {}
}

runtime::responses! {
    ListJobs: Result<Vec<Job>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListJobsResponse {
        /// 200: The jobs.
        200 => Ok { headers: ListJobsOkHeaders, body: Vec<Job> = json }: Ok(body),
    }
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
}

/// Start a job
///
/// `POST /jobs`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateJob {}

runtime::builder! {
    CreateJob() {}
}

runtime::responses! {
    CreateJob: Result<enum CreateJobSuccess, enum CreateJobError>,
    #[derive(Clone, PartialEq)]
    pub enum CreateJobResponse {
        /// 201: Started.
        201 => Created { headers: CreateJobCreatedHeaders, body: Job = json }: Ok,
        /// 202: Queued.
        202 => Accepted: Ok,
        /// 4XX: Refused.
        400..=499 => ClientError { status, body: Problem = json }: Err,
        /// Any other status: Failed.
        _ => Default { status }: Err,
    }
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
}

/// The service's status
///
/// `GET /status`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetStatus {}

runtime::builder! {
    GetStatus() {}
}

runtime::responses! {
    GetStatus: Result<String, enum GetStatusError>,
    #[derive(Clone, PartialEq)]
    pub enum GetStatusResponse {
        /// Any other status: The status, whatever the code.
        _ => Default { status, body: String = text }: Ok(body) if success else Err,
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
}

/// Always refused
///
/// `GET /teapot`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrewCoffee {}

runtime::builder! {
    BrewCoffee() {}
}

runtime::responses! {
    BrewCoffee: Result<std::convert::Infallible, enum BrewCoffeeError>,
    #[derive(Clone, PartialEq)]
    pub enum BrewCoffeeResponse {
        /// 418: I'm a teapot.
        418 => IMATeapot: Err,
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
}
