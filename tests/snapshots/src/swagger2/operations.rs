// @generated from fixtures/swagger2.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List pets
///
/// `GET /pets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPets {
    /// Species to list, any of them.
    ///
    /// query parameter `species`
    pub species: Option<Vec<String>>,
    /// query parameter `ids`
    pub ids: Option<Vec<i64>>,
    /// query parameter `tags`
    pub tags: Option<Vec<String>>,
    /// header parameter `X-Trace`
    pub x_trace: Option<Vec<String>>,
}

/// The documented responses of [`ListPets`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListPetsResponse {
    /// 200: The pets.
    Ok {
        /// The response body.
        body: Vec<Pet>,
        /// The headers the response documents.
        headers: ListPetsOkHeaders,
    },
}

/// The headers documented for the `200` response of `ListPets`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsOkHeaders {
    /// How many pets there are.
    ///
    /// header `X-Total`
    pub x_total: Option<i64>,
}

#[allow(deprecated)]
impl crate::runtime::FromHeaders for ListPetsOkHeaders {
    fn from_headers(
        headers: &http::HeaderMap,
    ) -> Result<Self, crate::runtime::HeaderError> {
        Ok(ListPetsOkHeaders {
            x_total: crate::runtime::header(headers, "x-total")?,
        })
    }
}

impl crate::runtime::Operation for ListPets {
    type Response = ListPetsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/pets";
        let mut query = crate::runtime::QueryBuilder::new();
        if let Some(value) = &self.species {
            query
                .parameter("species", value, crate::runtime::Style::Form.explode(true))?;
        }
        if let Some(value) = &self.ids {
            query.parameter("ids", value, crate::runtime::Style::Form.explode(false))?;
        }
        if let Some(value) = &self.tags {
            query
                .parameter(
                    "tags",
                    value,
                    crate::runtime::Style::PipeDelimited.explode(false),
                )?;
        }
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            &query.finish(),
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json"),
            );
        if let Some(value) = &self.x_trace {
            headers
                .insert(
                    http::HeaderName::from_static("x-trace"),
                    crate::runtime::header_parameter(
                        "X-Trace",
                        value,
                        crate::runtime::Style::Simple.explode(false),
                    )?,
                );
        }
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => {
                    let headers = crate::runtime::response_headers(parts, &body)?;
                    ListPetsResponse::Ok {
                        body: crate::runtime::json_body(parts, body)?,
                        headers,
                    }
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `POST /pets`
#[derive(Debug, Clone, PartialEq)]
pub struct AddPet {
    /// The pet to record.
    ///
    /// Sent as `application/json`.
    pub body: Pet,
}

/// The documented responses of [`AddPet`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AddPetResponse {
    /// 201: Recorded.
    Created(Pet),
}

impl crate::runtime::Operation for AddPet {
    type Response = AddPetResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/pets";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[
        &[security::ACCESS_CODE],
        &[security::BASIC],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/pets";
        let body = Some(
            crate::runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            path,
            "",
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
                201 => AddPetResponse::Created(crate::runtime::json_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `GET /pets/{petId}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPet {
    /// path parameter `petId`
    pub pet_id: i64,
}

/// The documented responses of [`GetPet`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPetResponse {
    /// 200: The pet.
    Ok(GetPetOkContent),
    /// 404: No such pet.
    NotFound(GetPetNotFoundContent),
}

/// The body of the `200` response of `GetPet`.
///
/// Its kind is the one the response's `Content-Type` names.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPetOkContent {
    /// `application/json`
    Json(Pet),
    /// `application/xml`
    Text(String),
}

/// The body of the `404` response of `GetPet`.
///
/// Its kind is the one the response's `Content-Type` names.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPetNotFoundContent {
    /// `application/json`
    Json(Error),
    /// `application/xml`
    Text(String),
}

impl crate::runtime::Operation for GetPet {
    type Response = GetPetResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets/{petId}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter(
            "petId",
            &self.pet_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(
                http::header::ACCEPT,
                http::HeaderValue::from_static("application/json, application/xml"),
            );
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => {
                    GetPetResponse::Ok(
                        match crate::runtime::MediaKind::of(parts) {
                            crate::runtime::MediaKind::Text => {
                                GetPetOkContent::Text(
                                    crate::runtime::text_body(parts, body)?,
                                )
                            }
                            _ => {
                                GetPetOkContent::Json(
                                    crate::runtime::json_body(parts, body)?,
                                )
                            }
                        },
                    )
                }
                404 => {
                    GetPetResponse::NotFound(
                        match crate::runtime::MediaKind::of(parts) {
                            crate::runtime::MediaKind::Text => {
                                GetPetNotFoundContent::Text(
                                    crate::runtime::text_body(parts, body)?,
                                )
                            }
                            _ => {
                                GetPetNotFoundContent::Json(
                                    crate::runtime::json_body(parts, body)?,
                                )
                            }
                        },
                    )
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `DELETE /pets/{petId}`
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePet {
    /// path parameter `petId`
    pub pet_id: i64,
}

/// The documented responses of [`DeletePet`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeletePetResponse {
    /// 204: Removed.
    NoContent,
    /// 404: No such pet.
    NotFound(Error),
}

impl crate::runtime::Operation for DeletePet {
    type Response = DeletePetResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/pets/{petId}";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter(
            "petId",
            &self.pet_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
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
                204 => DeletePetResponse::NoContent,
                404 => {
                    DeletePetResponse::NotFound(crate::runtime::json_body(parts, body)?)
                }
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `GET /pets/{petId}/photo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPhoto {
    /// path parameter `petId`
    pub pet_id: i64,
}

/// The documented responses of [`GetPhoto`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPhotoResponse {
    /// 200: The picture.
    Ok(Vec<u8>),
}

impl crate::runtime::Operation for GetPhoto {
    type Response = GetPhotoResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets/{petId}/photo";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter(
            "petId",
            &self.pet_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/photo");
        let path = path.finish();
        let mut request = crate::runtime::request(
            Self::METHOD,
            base_url,
            &path,
            "",
            None,
        )?;
        let headers = request.headers_mut();
        headers
            .insert(http::header::ACCEPT, http::HeaderValue::from_static("image/jpeg"));
        Ok(request)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                200 => GetPhotoResponse::Ok(crate::runtime::bytes_body(parts, body)?),
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `POST /pets/{petId}/photo`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhoto {
    /// path parameter `petId`
    pub pet_id: i64,
    /// The request body.
    ///
    /// Sent as `multipart/form-data` parts.
    pub body: UploadPhotoBody,
}

/// The parts of the `multipart/form-data` request body of [`UploadPhoto`].
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhotoBody {
    /// The picture.
    ///
    /// The `photo` file part.
    pub photo: crate::runtime::File,
    /// The `caption` part.
    pub caption: Option<String>,
}

impl UploadPhotoBody {
    /// The parts as a `multipart/form-data` body.
    pub fn to_body(&self) -> Result<crate::runtime::Body, crate::runtime::RequestError> {
        let mut form = crate::runtime::Multipart::new();
        form.file("photo", &self.photo, "application/octet-stream");
        if let Some(value) = &self.caption {
            form.value("caption", value, crate::runtime::PartEncoding::Default)?;
        }
        Ok(form.finish())
    }
}

/// The documented responses of [`UploadPhoto`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UploadPhotoResponse {
    /// 204: Stored.
    NoContent,
}

impl crate::runtime::Operation for UploadPhoto {
    type Response = UploadPhotoResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/pets/{petId}/photo";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let mut path = crate::runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter(
            "petId",
            &self.pet_id,
            crate::runtime::Style::Simple.explode(false),
        )?;
        path.literal("/photo");
        let path = path.finish();
        let body = Some(UploadPhotoBody::to_body(&self.body)?);
        crate::runtime::request(Self::METHOD, base_url, &path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                204 => UploadPhotoResponse::NoContent,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}

/// `POST /visits`
#[derive(Debug, Clone, PartialEq)]
pub struct BookVisit {
    /// The request body.
    ///
    /// Sent as `application/x-www-form-urlencoded` fields.
    pub body: BookVisitBody,
}

/// The documented responses of [`BookVisit`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BookVisitResponse {
    /// 201: Booked.
    Created,
}

impl crate::runtime::Operation for BookVisit {
    type Response = BookVisitResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/visits";

    const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
        let path = "/visits";
        let body = Some(
            crate::runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[("slots", crate::runtime::Style::Form.explode(false))],
            )?,
        );
        crate::runtime::request(Self::METHOD, base_url, path, "", body)
    }

    fn decode(
        parts: &http::response::Parts,
        body: crate::runtime::ByteStream,
    ) -> Result<Self::Response, crate::runtime::ResponseError> {
        Ok(
            match parts.status.as_u16() {
                201 => BookVisitResponse::Created,
                _ => return Err(crate::runtime::ResponseError::unexpected(parts, body)),
            },
        )
    }
}
