// @generated from fixtures/refs_into_paths.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// `POST /things`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateThing {
    /// Validate only.
    ///
    /// query parameter `dryRun`
    pub dry_run: Option<bool>,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: CreateThingBody,
}

runtime::builder! {
    CreateThing(body: impl Into<CreateThingBody>) {
        dry_run: bool,
    }
}

/// The documented responses of [`CreateThing`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateThingResponse {
    /// 201: The thing was created.
    Created,
}

impl runtime::Outcome for CreateThingResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            CreateThingResponse::Created => Ok(()),
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            201 => Ok(CreateThingResponse::Created),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}

/// `PUT /things/{id}`
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceThing {
    /// path parameter `id`
    pub id: String,
    /// Validate only.
    ///
    /// query parameter `dryRun`
    pub dry_run: Option<bool>,
    /// The request body.
    ///
    /// Sent as `application/json`.
    pub body: CreateThingBody,
}

runtime::builder! {
    ReplaceThing(id: impl Into<String>, body: impl Into<CreateThingBody>) {
        dry_run: bool,
    }
}

/// The documented responses of [`ReplaceThing`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReplaceThingResponse {
    /// 200: The thing was created.
    Ok,
    /// 409: Another thing has this offset.
    Conflict(Offset),
}

/// The documented error responses of [`ReplaceThing`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReplaceThingError {
    /// 409: Another thing has this offset.
    Conflict(Offset),
}

impl runtime::Outcome for ReplaceThingResponse {
    type Success = ();

    type Error = ReplaceThingError;

    fn into_result(self) -> Result<(), ReplaceThingError> {
        match self {
            ReplaceThingResponse::Ok => Ok(()),
            ReplaceThingResponse::Conflict(body) => {
                Err(ReplaceThingError::Conflict(body))
            }
        }
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

    fn decode(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self::Response, runtime::ResponseError> {
        match parts.status.as_u16() {
            200 => Ok(ReplaceThingResponse::Ok),
            409 => Ok(ReplaceThingResponse::Conflict(runtime::json_body(parts, body)?)),
            _ => Err(runtime::ResponseError::unexpected(parts, body)),
        }
    }
}
