// @generated from fixtures/path_parameters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Repository files 1.0.0
//!
//! Generated from `fixtures/path_parameters.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &[];

/// Line endings to convert to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetFileRevisionFormat {
    /// `unix`
    Unix,
    /// `dos`
    Dos,
    /// A value this code does not know yet; the text is kept as received.
    Unknown(String),
}

#[allow(deprecated)]
impl GetFileRevisionFormat {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unix => "unix",
            Self::Dos => "dos",
            Self::Unknown(value) => value,
        }
    }
}

#[allow(deprecated)]
impl From<String> for GetFileRevisionFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unix" => Self::Unix,
            "dos" => Self::Dos,
            _ => Self::Unknown(value),
        }
    }
}

#[allow(deprecated)]
impl From<&str> for GetFileRevisionFormat {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

#[allow(deprecated)]
impl std::fmt::Display for GetFileRevisionFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[allow(deprecated)]
impl serde::Serialize for GetFileRevisionFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetFileRevisionFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

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

#[allow(deprecated)]
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
