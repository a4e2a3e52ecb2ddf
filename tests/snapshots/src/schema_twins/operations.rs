// @generated from fixtures/schema_twins.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /repos/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRepo {
    /// path parameter `id`
    pub id: i64,
    /// The order of the results. (query parameter `sort`)
    pub sort: Option<GetRepoSort>,
}

runtime::builder! {
    GetRepo(id: i64) {
        sort: impl Into<GetRepoSort>,
    }
}

runtime::responses! {
    GetRepo: Result<Repository, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetRepoResponse {
        /// 200: The repository.
        200 => Ok(Repository = json): Ok(body),
    }
}

impl runtime::Operation for GetRepo {
    type Response = GetRepoResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("sort", &self.sort, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// `GET /repos/{id}/forks`
#[derive(Debug, Clone, PartialEq)]
pub struct ListForks {
    /// path parameter `id`
    pub id: i64,
    /// The order of the results. (query parameter `sort`)
    pub sort: Option<GetRepoSort>,
    /// Which way the results go. (query parameter `direction`)
    pub direction: Option<ListForksDirection>,
}

runtime::builder! {
    ListForks(id: i64) {
        sort: impl Into<GetRepoSort>,
        direction: impl Into<ListForksDirection>,
    }
}

runtime::responses! {
    ListForks: Result<Vec<Repository>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListForksResponse {
        /// 200: The forks.
        200 => Ok(Vec<Repository> = json): Ok(body),
    }
}

impl runtime::Operation for ListForks {
    type Response = ListForksResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/repos/{id}/forks";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/repos/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        path.literal("/forks");
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.optional("sort", &self.sort, runtime::FORM_EXPLODE)?;
        query.optional("direction", &self.direction, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
