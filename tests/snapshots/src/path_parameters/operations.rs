// @generated from fixtures/path_parameters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Download a file at a revision
///
/// `GET /orgs/{org}/repos/{repoId}/revisions/{revision}/files/{format}/{path}.raw`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFileRevision {
    /// The organisation's slug. (path parameter `org`)
    pub org: String,
    /// The repository's numeric ID. (path parameter `repoId`)
    pub repo_id: i64,
    /// The revision's ID. (path parameter `revision`)
    pub revision: uuid::Uuid,
    /// Line endings to convert to. (path parameter `format`)
    pub format: GetFileRevisionFormat,
    /// The file's path, as one segment. (path parameter `path`)
    pub path: String,
}

runtime::builder! {
    GetFileRevision(
        org: impl Into<String>,
        repo_id: i64,
        revision: impl Into<uuid::Uuid>,
        format: impl Into<GetFileRevisionFormat>,
        path: impl Into<String>,
    ) {}
}

runtime::responses! {
    GetFileRevision: Result<Vec<u8>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetFileRevisionResponse {
        /// 200: The file's bytes.
        200 => Ok(Vec<u8> = bytes): Ok(body),
    }
}

impl runtime::Operation for GetFileRevision {
    type Response = GetFileRevisionResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/orgs/{org}/repos/{repoId}/revisions/{revision}/files/{format}/{path}.raw";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/orgs/");
        path.parameter("org", &self.org, runtime::SIMPLE)?;
        path.literal("/repos/");
        path.parameter("repoId", &self.repo_id, runtime::SIMPLE)?;
        path.literal("/revisions/");
        path.parameter("revision", &self.revision, runtime::SIMPLE)?;
        path.literal("/files/");
        path.parameter("format", &self.format, runtime::SIMPLE)?;
        path.literal("/");
        path.parameter("path", &self.path, runtime::SIMPLE)?;
        path.literal(".raw");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/octet-stream");
        Ok(request)
    }
}
