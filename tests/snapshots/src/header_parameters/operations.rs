// @generated from fixtures/header_parameters.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List audit events
///
/// `GET /events`
#[derive(Clone, PartialEq)]
pub struct ListEvents {
    /// Echoed back in the response, for tracing. (header parameter `X-Request-ID`)
    pub x_request_id: String,
    /// How many events per page. (header parameter `X-Page-Size`)
    pub x_page_size: Option<i32>,
    /// Members to include, comma-separated. (header parameter `X-Fields`)
    pub x_fields: Option<Vec<String>>,
    /// The session the events are read in. (header parameter `X-Session-Token`; secret: redacted in `Debug` output)
    pub x_session_token: String,
}

runtime::redacted_debug! {
    ListEvents {
        x_request_id, x_page_size, x_fields, x_session_token: redacted,
    }
}

runtime::builder! {
    ListEvents(x_request_id: impl Into<String>, x_session_token: impl Into<String>) {
        x_page_size: i32,
        x_fields: impl Into<Vec<String>>,
    }
}

runtime::responses! {
    ListEvents: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListEventsResponse {
        /// 204: Events were listed.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for ListEvents {
    type Response = ListEventsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/events";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/events";
        let mut request = runtime::request(Self::METHOD, base_url, path, "", None)?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::HeaderName::from_static("x-request-id"),
                runtime::header_parameter(
                    "X-Request-ID",
                    &self.x_request_id,
                    runtime::SIMPLE,
                )?,
            );
        if let Some(value) = &self.x_page_size {
            headers
                .insert(
                    http::HeaderName::from_static("x-page-size"),
                    runtime::header_parameter("X-Page-Size", value, runtime::SIMPLE)?,
                );
        }
        if let Some(value) = &self.x_fields {
            headers
                .insert(
                    http::HeaderName::from_static("x-fields"),
                    runtime::header_parameter("X-Fields", value, runtime::SIMPLE)?,
                );
        }
        headers
            .insert(
                http::HeaderName::from_static("x-session-token"),
                runtime::secret_header_parameter(
                    "X-Session-Token",
                    &self.x_session_token,
                    runtime::SIMPLE,
                )?,
            );
        Ok(request)
    }
}
