// @generated from fixtures/construction.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Store a widget
///
/// `PUT /owners/{owner}/widgets/{widget_id}`
#[derive(Debug, Clone, PartialEq)]
pub struct PutWidget {
    /// query parameter `limit`
    pub limit: i64,
    /// path parameter `owner`
    pub owner: String,
    /// query parameter `dryRun`
    pub dry_run: Option<bool>,
    /// header parameter `X-Request-Id`
    pub x_request_id: String,
    /// path parameter `widget_id`
    pub widget_id: i64,
    /// cookie parameter `theme`
    pub theme: Option<String>,
    /// The request body. Sent as `application/json`.
    pub body: Widget,
}

runtime::builder! {
    PutWidget(
        owner: impl Into<String>,
        widget_id: i64,
        limit: i64,
        x_request_id: impl Into<String>,
        body: impl Into<Widget>,
    ) {
        dry_run: bool,
        theme: impl Into<String>,
    }
}

runtime::responses! {
    PutWidget: Result<Receipt, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum PutWidgetResponse {
        /// 200: The stored widget.
        200 => Ok(Receipt = json): Ok(body),
    }
}

impl runtime::Operation for PutWidget {
    type Response = PutWidgetResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/owners/{owner}/widgets/{widget_id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/owners/");
        path.parameter("owner", &self.owner, runtime::SIMPLE)?;
        path.literal("/widgets/");
        path.parameter("widget_id", &self.widget_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
        query.parameter("limit", &self.limit, runtime::FORM_EXPLODE)?;
        query.optional("dryRun", &self.dry_run, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, &path, &query, body)?;
        runtime::accept(&mut request, "application/json");
        let headers = request.headers_mut();
        headers
            .insert(
                http::HeaderName::from_static("x-request-id"),
                runtime::header_parameter(
                    "X-Request-Id",
                    &self.x_request_id,
                    runtime::SIMPLE,
                )?,
            );
        let mut cookies = runtime::CookieBuilder::new();
        cookies.optional("theme", &self.theme, runtime::FORM_EXPLODE)?;
        if let Some(cookie) = cookies.finish()? {
            headers.insert(http::header::COOKIE, cookie);
        }
        Ok(request)
    }
}

/// List widgets
///
/// `GET /widgets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWidgets {
    /// query parameter `page`
    pub page: Option<i64>,
}

runtime::builder! {
    ListWidgets() {
        page: i64,
    }
}

runtime::responses! {
    ListWidgets: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListWidgetsResponse {
        /// 204: No widgets.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ListWidgets {
    type Response = ListWidgetsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/widgets";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/widgets";
        let mut query = runtime::QueryBuilder::new();
        query.optional("page", &self.page, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        runtime::request(Self::METHOD, base_url, path, &query, None)
    }
}

/// Change every widget
///
/// `PATCH /widgets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PatchWidgets {
    /// The request body. Sent as `application/json`.
    pub body: Option<PatchWidgetsBody>,
}

runtime::builder! {
    PatchWidgets() {
        body: impl Into<PatchWidgetsBody>,
    }
}

runtime::responses! {
    PatchWidgets: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum PatchWidgetsResponse {
        /// 204: Changed.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for PatchWidgets {
    type Response = PatchWidgetsResponse;

    const METHOD: &'static str = "PATCH";

    const PATH: &'static str = "/widgets";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/widgets";
        let body = match &self.body {
            Some(body) => {
                Some(
                    runtime::Body::json(
                        body,
                        http::HeaderValue::from_static("application/json"),
                    )?,
                )
            }
            None => None,
        };
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}

/// Upload a file
///
/// `POST /uploads`
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    /// The request body. Sent as `multipart/form-data` parts.
    pub body: UploadBody,
}

runtime::builder! {
    Upload(body: impl Into<UploadBody>) {}
}

/// The parts of the `multipart/form-data` request body of [`Upload`].
#[derive(Debug, Clone, PartialEq)]
pub struct UploadBody {
    /// The `file` file part.
    pub file: runtime::File,
    /// The `caption` part.
    pub caption: Option<String>,
}

impl UploadBody {
    /// The parts as a `multipart/form-data` body.
    pub fn to_body(&self) -> Result<runtime::Body, runtime::RequestError> {
        let mut form = runtime::Multipart::new();
        form.file("file", &self.file, "application/octet-stream");
        if let Some(value) = &self.caption {
            form.value("caption", value, runtime::PartEncoding::Default)?;
        }
        Ok(form.finish())
    }
}

runtime::builder! {
    UploadBody(file: impl Into<runtime::File>) {
        caption: impl Into<String>,
    }
}

runtime::responses! {
    Upload: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum UploadResponse {
        /// 204: Uploaded.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for Upload {
    type Response = UploadResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/uploads";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/uploads";
        let body = Some(UploadBody::to_body(&self.body)?);
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}
