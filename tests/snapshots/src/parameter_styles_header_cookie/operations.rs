// @generated from fixtures/parameter_styles_header_cookie.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `GET /profile`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadProfile {
    /// header parameter `X-Trace`
    pub x_trace: String,
    /// header parameter `X-Ids`
    pub x_ids: Option<Vec<i64>>,
    /// header parameter `X-Point`
    pub x_point: Option<ReadProfileXPoint>,
    /// header parameter `X-Context`
    pub x_context: Option<ReadProfileXContext>,
    /// cookie parameter `account_id`
    pub account_id: String,
    /// cookie parameter `features`
    pub features: Option<Vec<String>>,
    /// cookie parameter `prefs`
    pub prefs: Option<ReadProfilePrefs>,
}

runtime::builder! {
    ReadProfile(x_trace: impl Into<String>, account_id: impl Into<String>) {
        x_ids: impl Into<Vec<i64>>,
        x_point: impl Into<ReadProfileXPoint>,
        x_context: impl Into<ReadProfileXContext>,
        features: impl Into<Vec<String>>,
        prefs: impl Into<ReadProfilePrefs>,
    }
}

runtime::responses! {
    ReadProfile: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ReadProfileResponse {
        /// 204: Done.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ReadProfile {
    type Response = ReadProfileResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/profile";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/profile";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::HeaderName::from_static("x-trace"),
                runtime::header_parameter("X-Trace", &self.x_trace, runtime::SIMPLE)?,
            );
        if let Some(value) = &self.x_ids {
            headers
                .insert(
                    http::HeaderName::from_static("x-ids"),
                    runtime::header_parameter("X-Ids", value, runtime::SIMPLE)?,
                );
        }
        if let Some(value) = &self.x_point {
            headers
                .insert(
                    http::HeaderName::from_static("x-point"),
                    runtime::header_parameter("X-Point", value, runtime::SIMPLE_EXPLODE)?,
                );
        }
        if let Some(value) = &self.x_context {
            headers
                .insert(
                    http::HeaderName::from_static("x-context"),
                    runtime::header_parameter(
                        "X-Context",
                        value,
                        runtime::Encoding::JSON,
                    )?,
                );
        }
        let mut cookies = runtime::CookieBuilder::new();
        cookies.parameter("account_id", &self.account_id, runtime::FORM_EXPLODE)?;
        cookies.optional("features", &self.features, runtime::FORM)?;
        cookies.optional("prefs", &self.prefs, runtime::FORM_EXPLODE)?;
        if let Some(cookie) = cookies.finish()? {
            headers.insert(http::header::COOKIE, cookie);
        }
        Ok(request)
    }
}
