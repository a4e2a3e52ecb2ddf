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

/// The documented responses of [`CreateThing`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateThingResponse {
    /// 201: The thing was created.
    Created,
}

impl crate::runtime::Operation for CreateThing {
    type Response = CreateThingResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/things";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/things";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.dry_run {
            query.parameter("dryRun", value, crate::runtime::Style::Form.explode(true))?;
        }
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        crate::runtime::request(Self::METHOD, base_url, path, &query.finish(), body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                201 => CreateThingResponse::Created,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
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

/// The documented responses of [`ReplaceThing`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReplaceThingResponse {
    /// 200: The thing was created.
    Ok,
    /// 409: Another thing has this offset.
    Conflict(Offset),
}

impl crate::runtime::Operation for ReplaceThing {
    type Response = ReplaceThingResponse;

    const METHOD: &'static str = "PUT";

    const PATH: &'static str = "/things/{id}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/things/");
        path.parameter("id", &self.id, crate::runtime::Style::Simple.explode(false))?;
        let path = path.finish();
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.dry_run {
            query.parameter("dryRun", value, crate::runtime::Style::Form.explode(true))?;
        }
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            &query.finish(),
            body,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => ReplaceThingResponse::Ok,
                409 => {
                    ReplaceThingResponse::Conflict(
                        crate::runtime::json_body(parts, body)?,
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
