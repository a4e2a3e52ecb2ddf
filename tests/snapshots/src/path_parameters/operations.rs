// @generated from fixtures/path_parameters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Download a file at a revision
///
/// `GET /orgs/{org}/repos/{repoId}/revisions/{revision}/files/{format}/{path}.raw`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFileRevision {
    /// The organisation's slug.
    ///
    /// path parameter `org`
    pub org: String,
    /// The repository's numeric ID.
    ///
    /// path parameter `repoId`
    pub repo_id: i64,
    /// The revision's ID.
    ///
    /// path parameter `revision`
    pub revision: uuid::Uuid,
    /// Line endings to convert to.
    ///
    /// path parameter `format`
    pub format: GetFileRevisionFormat,
    /// The file's path, as one segment.
    ///
    /// path parameter `path`
    pub path: String,
}

/// The documented responses of [`GetFileRevision`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetFileRevisionResponse {
    /// 200: The file's bytes.
    Ok(Vec<u8>),
}

impl crate::runtime::Operation for GetFileRevision {
    type Response = GetFileRevisionResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/orgs/{org}/repos/{repoId}/revisions/{revision}/files/{format}/{path}.raw";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/orgs/");
        path.parameter("org", &self.org, crate::runtime::Style::Simple.explode(false))?;
        path.literal("/repos/");
        path.parameter(
            "repoId",
            &self.repo_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/revisions/");
        path.parameter(
            "revision",
            &self.revision,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/files/");
        path.parameter(
            "format",
            &self.format,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/");
        path.parameter(
            "path",
            &self.path,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal(".raw");
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
                http::HeaderValue::from_static("application/octet-stream"),
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
                    GetFileRevisionResponse::Ok(crate::runtime::bytes_body(parts, body)?)
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
