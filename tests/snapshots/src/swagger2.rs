// @generated from fixtures/swagger2.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! Pet clinic 2.0.0
//!
//! Appointments and records of a veterinary clinic.
//!
//! Generated from `fixtures/swagger2.yaml`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://clinic.example.com/v2";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://clinic.example.com/v2"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `basic`: HTTP basic authentication.
    ///
    /// Staff login.
    pub const BASIC: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "basic",
        kind: crate::runtime::SchemeKind::Basic,
    };

    /// `apiKey`: an API key in the `X-Clinic-Key` header.
    pub const API_KEY: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "apiKey",
        kind: crate::runtime::SchemeKind::ApiKeyHeader("X-Clinic-Key"),
    };

    /// `implicit`: a bearer token in `Authorization`.
    pub const IMPLICIT: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "implicit",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `password`: a bearer token in `Authorization`.
    pub const PASSWORD: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "password",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `application`: a bearer token in `Authorization`.
    pub const APPLICATION: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "application",
        kind: crate::runtime::SchemeKind::Bearer,
    };

    /// `accessCode`: a bearer token in `Authorization`.
    pub const ACCESS_CODE: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "accessCode",
        kind: crate::runtime::SchemeKind::Bearer,
    };
}

/// A patient.
///
/// The member `kind` selects the variant: `Dog` → `Dog`. A value with another `kind` is kept whole in `Unknown`; a value without it is tried as `Dog` in this order, and kept in `Unknown` when none matches.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
pub enum Pet {
    /// A [`Dog`].
    ///
    /// `kind`: `Dog`.
    Dog(Dog),
    /// A value whose `kind` this code does not know, or that no variant matches, kept as received.
    Unknown(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(value) => serde::Serialize::serialize(value, serializer),
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let tag = value
            .get("kind")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("Dog") => {
                <Dog as serde::Deserialize>::deserialize(&value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            Some(_) => Ok(Self::Unknown(value)),
            None => {
                if let Ok(decoded) = <Dog as serde::Deserialize>::deserialize(&value) {
                    return Ok(Self::Dog(decoded));
                }
                Ok(Self::Unknown(value))
            }
        }
    }
}

/// The `Owner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Owner {
    pub name: String,
}

crate::runtime::builder! {
    Owner(name: impl Into<String>) {}
}

/// A dog.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Dog {
    pub id: i64,
    pub kind: String,
    pub name: String,
    /// The microchip number, null when the pet has none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub chip: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub owner: Option<Option<Owner>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breed: Option<String>,
}

crate::runtime::builder! {
    Dog(id: i64, kind: impl Into<String>, name: impl Into<String>) {
        chip: impl Into<Option<String>>,
        owner: impl Into<Option<Owner>>,
        breed: impl Into<String>,
    }
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Error {
    pub message: String,
}

/// The request body of `BookVisit`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct BookVisitBody {
    #[serde(rename = "petId")]
    pub pet_id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasons: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slots: Option<Vec<String>>,
}

crate::runtime::builder! {
    BookVisitBody(pet_id: i64) {
        reasons: impl Into<Vec<String>>,
        slots: impl Into<Vec<String>>,
    }
}

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

crate::runtime::builder! {
    ListPets() {
        species: impl Into<Vec<String>>,
        ids: impl Into<Vec<i64>>,
        tags: impl Into<Vec<String>>,
        x_trace: impl Into<Vec<String>>,
    }
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

impl crate::runtime::Outcome for ListPetsResponse {
    type Success = Vec<Pet>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<Pet>, std::convert::Infallible> {
        match self {
            ListPetsResponse::Ok { body, .. } => Ok(body),
        }
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

crate::runtime::builder! {
    AddPet(body: impl Into<Pet>) {}
}

/// The documented responses of [`AddPet`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum AddPetResponse {
    /// 201: Recorded.
    Created(Pet),
}

impl crate::runtime::Outcome for AddPetResponse {
    type Success = Pet;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Pet, std::convert::Infallible> {
        match self {
            AddPetResponse::Created(body) => Ok(body),
        }
    }
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

crate::runtime::builder! {
    GetPet(pet_id: i64) {}
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

/// The documented error responses of [`GetPet`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPetError {
    /// 404: No such pet.
    NotFound(GetPetNotFoundContent),
}

impl crate::runtime::Outcome for GetPetResponse {
    type Success = GetPetOkContent;

    type Error = GetPetError;

    fn into_result(self) -> Result<GetPetOkContent, GetPetError> {
        match self {
            GetPetResponse::Ok(body) => Ok(body),
            GetPetResponse::NotFound(body) => Err(GetPetError::NotFound(body)),
        }
    }
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

crate::runtime::builder! {
    DeletePet(pet_id: i64) {}
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

/// The documented error responses of [`DeletePet`]: what `into_result` returns as errors.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeletePetError {
    /// 404: No such pet.
    NotFound(Error),
}

impl crate::runtime::Outcome for DeletePetResponse {
    type Success = ();

    type Error = DeletePetError;

    fn into_result(self) -> Result<(), DeletePetError> {
        match self {
            DeletePetResponse::NoContent => Ok(()),
            DeletePetResponse::NotFound(body) => Err(DeletePetError::NotFound(body)),
        }
    }
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

crate::runtime::builder! {
    GetPhoto(pet_id: i64) {}
}

/// The documented responses of [`GetPhoto`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPhotoResponse {
    /// 200: The picture.
    Ok(Vec<u8>),
}

impl crate::runtime::Outcome for GetPhotoResponse {
    type Success = Vec<u8>;

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<Vec<u8>, std::convert::Infallible> {
        match self {
            GetPhotoResponse::Ok(body) => Ok(body),
        }
    }
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

crate::runtime::builder! {
    UploadPhoto(pet_id: i64, body: impl Into<UploadPhotoBody>) {}
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

crate::runtime::builder! {
    UploadPhotoBody(photo: impl Into<crate::runtime::File>) {
        caption: impl Into<String>,
    }
}

/// The documented responses of [`UploadPhoto`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UploadPhotoResponse {
    /// 204: Stored.
    NoContent,
}

impl crate::runtime::Outcome for UploadPhotoResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            UploadPhotoResponse::NoContent => Ok(()),
        }
    }
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

crate::runtime::builder! {
    BookVisit(body: impl Into<BookVisitBody>) {}
}

/// The documented responses of [`BookVisit`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum BookVisitResponse {
    /// 201: Booked.
    Created,
}

impl crate::runtime::Outcome for BookVisitResponse {
    type Success = ();

    type Error = std::convert::Infallible;

    fn into_result(self) -> Result<(), std::convert::Infallible> {
        match self {
            BookVisitResponse::Created => Ok(()),
        }
    }
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
