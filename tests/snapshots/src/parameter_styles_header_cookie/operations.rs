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

/// The documented responses of [`ReadProfile`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReadProfileResponse {
    /// 204: Done.
    NoContent,
}

impl crate::runtime::Operation for ReadProfile {
    type Response = ReadProfileResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/profile";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/profile";
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::HeaderName::from_static("x-trace"),
                crate::runtime::header_parameter(
                    "X-Trace",
                    &self.x_trace,
                    crate::runtime::Style::Simple.explode(false),
                )?,
            );
        if let Some(value) = &self.x_ids {
            headers
                .insert(
                    http::HeaderName::from_static("x-ids"),
                    crate::runtime::header_parameter(
                        "X-Ids",
                        value,
                        crate::runtime::Style::Simple.explode(false),
                    )?,
                );
        }
        if let Some(value) = &self.x_point {
            headers
                .insert(
                    http::HeaderName::from_static("x-point"),
                    crate::runtime::header_parameter(
                        "X-Point",
                        value,
                        crate::runtime::Style::Simple.explode(true),
                    )?,
                );
        }
        if let Some(value) = &self.x_context {
            headers
                .insert(
                    http::HeaderName::from_static("x-context"),
                    crate::runtime::header_parameter(
                        "X-Context",
                        value,
                        crate::runtime::Encoding::JSON,
                    )?,
                );
        }
        let mut cookies = crate::runtime::CookieBuilder::new();
        cookies
            .parameter(
                "account_id",
                &self.account_id,
                crate::runtime::Style::Form.explode(true),
            )?;
        if let Some(value) = &self.features {
            cookies
                .parameter(
                    "features",
                    value,
                    crate::runtime::Style::Form.explode(false),
                )?;
        }
        if let Some(value) = &self.prefs {
            cookies
                .parameter("prefs", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(cookie) = cookies.finish()? {
            headers.insert(http::header::COOKIE, cookie);
        }
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => ReadProfileResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
