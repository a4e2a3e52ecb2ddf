// @generated from fixtures/format_byte.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `PUT /blobs/{name}`
#[derive(Debug, Clone, PartialEq)]
pub struct PutBlob {
    /// path parameter `name`
    pub name: String,
    /// The SHA-256 of the content. (query parameter `checksum`)
    pub checksum: Option<Vec<u8>>,
    /// The request body. Sent as `application/json`.
    pub body: Content,
}

runtime::builder! {
    PutBlob(name: impl Into<String>, body: impl Into<Content>) {
        checksum: impl Into<Vec<u8>>,
    }
}

runtime::responses! {
    PutBlob: Result<Content, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum PutBlobResponse {
        /// 200: The stored content.
        200 => Ok(Content = base64): Ok(body),
    }
}

impl runtime::Operation for PutBlob {
    type Response = PutBlobResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/blobs/{name}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/blobs/");
        path.parameter("name", &self.name, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        if let Some(value) = &self.checksum {
            query
                .parameter(
                    "checksum",
                    &runtime::base64::Encoded(value),
                    runtime::FORM_EXPLODE,
                )?;
        }
        let query = query.finish();
        let body = Some(
            runtime::Body::json(
                &runtime::base64::Encoded(&self.body),
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
