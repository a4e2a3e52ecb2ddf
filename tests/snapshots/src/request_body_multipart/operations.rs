// @generated from fixtures/request_body_multipart.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Upload a file with its details
///
/// `POST /media`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadMedia {
    /// The request body. Sent as `multipart/form-data` parts.
    pub body: UploadMediaBody,
}

runtime::builder! {
    UploadMedia(body: impl Into<UploadMediaBody>) {}
}

/// The parts of the `multipart/form-data` request body of [`UploadMedia`].
#[derive(Debug, Clone, PartialEq)]
pub struct UploadMediaBody {
    /// The file.
    ///
    /// The `media` file part.
    pub media: runtime::File,
    /// The `thumbnails` file parts, one per file.
    pub thumbnails: Option<Vec<runtime::File>>,
    /// The `title` part.
    pub title: String,
    /// The `ttl_secs` part.
    pub ttl_secs: Option<i64>,
    /// The `tags` part.
    pub tags: Option<Vec<String>>,
    /// The `details` part.
    pub details: Option<UploadMediaBodyDetails>,
    /// The `link_data` part.
    pub link_data: Option<UploadMediaBodyLinkData>,
    /// A PDF, by its encoding's content type.
    ///
    /// The `signature` file part.
    pub signature: Option<runtime::File>,
}

impl UploadMediaBody {
    /// The parts as a `multipart/form-data` body.
    pub fn to_body(&self) -> Result<runtime::Body, runtime::RequestError> {
        let mut form = runtime::Multipart::new();
        form.file("media", &self.media, "image/png");
        if let Some(value) = &self.thumbnails {
            for file in value {
                form.file("thumbnails", file, "application/octet-stream");
            }
        }
        form.value("title", &self.title, runtime::PartEncoding::Default)?;
        if let Some(value) = &self.ttl_secs {
            form.value("ttl_secs", value, runtime::PartEncoding::Default)?;
        }
        if let Some(value) = &self.tags {
            form.value("tags", value, runtime::PartEncoding::Default)?;
        }
        if let Some(value) = &self.details {
            form.value("details", value, runtime::PartEncoding::Default)?;
        }
        if let Some(value) = &self.link_data {
            form.value(
                "link_data",
                value,
                runtime::PartEncoding::Style(runtime::DEEP_OBJECT_EXPLODE),
            )?;
        }
        if let Some(value) = &self.signature {
            form.file("signature", value, "application/pdf");
        }
        Ok(form.finish())
    }
}

runtime::builder! {
    UploadMediaBody(media: impl Into<runtime::File>, title: impl Into<String>) {
        thumbnails: impl Into<Vec<runtime::File>>,
        ttl_secs: i64,
        tags: impl Into<Vec<String>>,
        details: impl Into<UploadMediaBodyDetails>,
        link_data: impl Into<UploadMediaBodyLinkData>,
        signature: impl Into<runtime::File>,
    }
}

runtime::responses! {
    UploadMedia: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum UploadMediaResponse {
        /// 201: Stored.
        201 => Created: Ok(()),
    }
}

impl runtime::Operation for UploadMedia {
    type Response = UploadMediaResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/media";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/media";
        let body = Some(UploadMediaBody::to_body(&self.body)?);
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}

/// Replace a file (optional body, schema by reference)
///
/// `PUT /media/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceMedia {
    /// path parameter `id`
    pub id: String,
    /// The request body. Sent as `multipart/form-data` parts.
    pub body: Option<ReplaceMediaBody>,
}

runtime::builder! {
    ReplaceMedia(id: impl Into<String>) {
        body: impl Into<ReplaceMediaBody>,
    }
}

/// The parts of the `multipart/form-data` request body of [`ReplaceMedia`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceMediaBody {
    /// The `file` file part.
    pub file: runtime::File,
    /// The `kind` part.
    pub kind: Option<UploadKind>,
}

impl ReplaceMediaBody {
    /// The parts as a `multipart/form-data` body.
    pub fn to_body(&self) -> Result<runtime::Body, runtime::RequestError> {
        let mut form = runtime::Multipart::new();
        form.file("file", &self.file, "application/octet-stream");
        if let Some(value) = &self.kind {
            form.value("kind", value, runtime::PartEncoding::Default)?;
        }
        Ok(form.finish())
    }
}

runtime::builder! {
    ReplaceMediaBody(file: impl Into<runtime::File>) {
        kind: impl Into<UploadKind>,
    }
}

runtime::responses! {
    ReplaceMedia: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ReplaceMediaResponse {
        /// 204: Replaced.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ReplaceMedia {
    type Response = ReplaceMediaResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/media/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/media/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let body = match &self.body {
            Some(body) => Some(ReplaceMediaBody::to_body(body)?),
            None => None,
        };
        runtime::request(Self::METHOD, base_url, &path, "", body)
    }
}

/// Parts the schema does not name
///
/// `POST /media/raw`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRawParts {
    /// The request body. Sent as `multipart/form-data` parts.
    pub body: runtime::Multipart,
}

runtime::builder! {
    UploadRawParts(body: impl Into<runtime::Multipart>) {}
}

runtime::responses! {
    UploadRawParts: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum UploadRawPartsResponse {
        /// 204: Stored.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for UploadRawParts {
    type Response = UploadRawPartsResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/media/raw";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/media/raw";
        let body = Some(runtime::Multipart::finish(&self.body));
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}
