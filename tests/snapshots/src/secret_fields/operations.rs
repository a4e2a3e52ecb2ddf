// @generated from fixtures/secret_fields.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Exchange credentials for a token
///
/// `POST /login`
#[derive(Clone, PartialEq)]
pub struct Login {
    /// The application's secret. (query parameter `client_secret`; secret: redacted in `Debug` output)
    pub client_secret: String,
    /// A name for the device logging in. (query parameter `device`)
    pub device: Option<String>,
    /// The request body. Sent as `application/json`.
    pub body: Credentials,
}

runtime::redacted_debug! { Login { client_secret: redacted, device, body } }

runtime::builder! {
    Login(client_secret: impl Into<String>, body: impl Into<Credentials>) {
        device: impl Into<String>,
    }
}

runtime::responses! {
    Login: Result<Session, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum LoginResponse {
        /// 200: A session.
        200 => Ok(Session = json): Ok(body),
    }
}

impl runtime::Operation for Login {
    type Response = LoginResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/login";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/login";
        let mut query = runtime::QueryBuilder::new();
        query.parameter("client_secret", &self.client_secret, runtime::FORM_EXPLODE)?;
        query.optional("device", &self.device, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
