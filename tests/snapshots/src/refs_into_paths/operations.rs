// @generated from fixtures/refs_into_paths.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `POST /things`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateThing {
    /// Validate only. (query parameter `dryRun`)
    pub dry_run: Option<bool>,
    /// The request body. Sent as `application/json`.
    pub body: CreateThingBody,
}

runtime::builder! {
    CreateThing(body: impl Into<CreateThingBody>) {
        dry_run: bool,
    }
}

runtime::responses! {
    CreateThing: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum CreateThingResponse {
        /// 201: The thing was created.
        201 => Created: Ok(()),
    }
}

impl runtime::Operation for CreateThing {
    type Response = CreateThingResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/things";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/things";
        let mut query = runtime::QueryBuilder::new();
        query.optional("dryRun", &self.dry_run, runtime::FORM_EXPLODE)?;
        let query = query.finish();
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, &query, body)
    }
}

/// `PUT /things/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceThing {
    /// path parameter `id`
    pub id: String,
    /// Validate only. (query parameter `dryRun`)
    pub dry_run: Option<bool>,
    /// The request body. Sent as `application/json`.
    pub body: CreateThingBody,
}

runtime::builder! {
    ReplaceThing(id: impl Into<String>, body: impl Into<CreateThingBody>) {
        dry_run: bool,
    }
}

runtime::responses! {
    ReplaceThing: Result<(), enum ReplaceThingError>,
    #[derive(Clone, PartialEq)]
    pub enum ReplaceThingResponse {
        /// 200: The thing was created.
        200 => Ok: Ok(()),
        /// 409: Another thing has this offset.
        409 => Conflict(Offset = json): Err,
    }
}

impl runtime::Operation for ReplaceThing {
    type Response = ReplaceThingResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/things/{id}";

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/things/");
        path.parameter("id", &self.id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut query = runtime::QueryBuilder::new();
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
        Ok(request)
    }
}
