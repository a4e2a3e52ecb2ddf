// @generated from fixtures/anyof_expandable.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// Retrieve a charge
///
/// `GET /charges/{charge}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCharge {
    /// The charge's id. (path parameter `charge`)
    pub charge: String,
}

runtime::builder! {
    GetCharge(charge: impl Into<String>) {}
}

runtime::responses! {
    GetCharge: Result<Charge, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetChargeResponse {
        /// 200: The charge.
        200 => Ok(Charge = json): Ok(body),
    }
}

impl runtime::Operation for GetCharge {
    type Response = GetChargeResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/charges/{charge}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/charges/");
        path.parameter("charge", &self.charge, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}
