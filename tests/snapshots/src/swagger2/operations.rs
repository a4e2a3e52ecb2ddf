// @generated from fixtures/swagger2.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// List pets
///
/// `GET /pets`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPets {
    /// Species to list, any of them. (query parameter `species`)
    pub species: Option<Vec<String>>,
    /// query parameter `ids`
    pub ids: Option<Vec<i64>>,
    /// query parameter `tags`
    pub tags: Option<Vec<String>>,
    /// header parameter `X-Trace`
    pub x_trace: Option<Vec<String>>,
}

runtime::builder! {
    ListPets() {
        species: impl Into<Vec<String>>,
        ids: impl Into<Vec<i64>>,
        tags: impl Into<Vec<String>>,
        x_trace: impl Into<Vec<String>>,
    }
}

runtime::responses! {
    ListPets: Result<Vec<Pet>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum ListPetsResponse {
        /// 200: The pets.
        200 => Ok { headers: ListPetsOkHeaders, body: Vec<Pet> = json }: Ok(body),
    }
}

/// The headers documented for the `200` response of `ListPets`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsOkHeaders {
    /// How many pets there are. (header `X-Total`)
    pub x_total: Option<i64>,
}

impl runtime::FromHeaders for ListPetsOkHeaders {
    fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
        Ok(ListPetsOkHeaders {
            x_total: runtime::header(headers, "x-total")?,
        })
    }
}

impl runtime::Operation for ListPets {
    type Response = ListPetsResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/pets";
        let mut query = runtime::QueryBuilder::new();
        query.optional("species", &self.species, runtime::FORM_EXPLODE)?;
        query.optional("ids", &self.ids, runtime::FORM)?;
        query.optional("tags", &self.tags, runtime::PIPE_DELIMITED)?;
        let query = query.finish();
        let mut request = runtime::request(Self::METHOD, base_url, path, &query, None)?;
        runtime::accept(&mut request, "application/json");
        let headers = request.headers_mut();
        if let Some(value) = &self.x_trace {
            headers
                .insert(
                    http::HeaderName::from_static("x-trace"),
                    runtime::header_parameter("X-Trace", value, runtime::SIMPLE)?,
                );
        }
        Ok(request)
    }
}

/// `POST /pets`
#[derive(Debug, Clone, PartialEq)]
pub struct AddPet {
    /// The pet to record. Sent as `application/json`.
    pub body: Pet,
}

runtime::builder! {
    AddPet(body: impl Into<Pet>) {}
}

runtime::responses! {
    AddPet: Result<Pet, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum AddPetResponse {
        /// 201: Recorded.
        201 => Created(Pet = json): Ok(body),
    }
}

impl runtime::Operation for AddPet {
    type Response = AddPetResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/pets";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::ACCESS_CODE],
        &[security::BASIC],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/pets";
        let body = Some(
            runtime::Body::json(
                &self.body,
                http::HeaderValue::from_static("application/json"),
            )?,
        );
        let mut request = runtime::request(Self::METHOD, base_url, path, "", body)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// `GET /pets/{petId}`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPet {
    /// path parameter `petId`
    pub pet_id: i64,
}

runtime::builder! {
    GetPet(pet_id: i64) {}
}

runtime::responses! {
    GetPet: Result<GetPetOkContent, enum GetPetError>,
    #[derive(Clone, PartialEq)]
    pub enum GetPetResponse {
        /// 200: The pet.
        200 => Ok(GetPetOkContent = negotiated): Ok(body),
        /// 404: No such pet.
        404 => NotFound(GetPetNotFoundContent = negotiated): Err,
    }
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

impl GetPetOkContent {
    /// The body read as the kind its response's `Content-Type` names.
    pub(crate) fn from_body(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self, runtime::ResponseError> {
        Ok(
            match runtime::MediaKind::of(parts) {
                runtime::MediaKind::Text => {
                    GetPetOkContent::Text(runtime::text_body(parts, body)?)
                }
                _ => GetPetOkContent::Json(runtime::json_body(parts, body)?),
            },
        )
    }
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

impl GetPetNotFoundContent {
    /// The body read as the kind its response's `Content-Type` names.
    pub(crate) fn from_body(
        parts: &http::response::Parts,
        body: runtime::ByteStream,
    ) -> Result<Self, runtime::ResponseError> {
        Ok(
            match runtime::MediaKind::of(parts) {
                runtime::MediaKind::Text => {
                    GetPetNotFoundContent::Text(runtime::text_body(parts, body)?)
                }
                _ => GetPetNotFoundContent::Json(runtime::json_body(parts, body)?),
            },
        )
    }
}

impl runtime::Operation for GetPet {
    type Response = GetPetResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets/{petId}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter("petId", &self.pet_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json, application/xml");
        Ok(request)
    }
}

/// `DELETE /pets/{petId}`
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePet {
    /// path parameter `petId`
    pub pet_id: i64,
}

runtime::builder! {
    DeletePet(pet_id: i64) {}
}

runtime::responses! {
    DeletePet: Result<(), enum DeletePetError>,
    #[derive(Clone, PartialEq)]
    pub enum DeletePetResponse {
        /// 204: Removed.
        204 => NoContent: Ok(()),
        /// 404: No such pet.
        404 => NotFound(Error = json): Err,
    }
}

impl runtime::Operation for DeletePet {
    type Response = DeletePetResponse;

    const METHOD: &'static str = "DELETE";

    const PATH: &'static str = "/pets/{petId}";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter("petId", &self.pet_id, runtime::SIMPLE)?;
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "application/json");
        Ok(request)
    }
}

/// `GET /pets/{petId}/photo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPhoto {
    /// path parameter `petId`
    pub pet_id: i64,
}

runtime::builder! {
    GetPhoto(pet_id: i64) {}
}

runtime::responses! {
    GetPhoto: Result<Vec<u8>, std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum GetPhotoResponse {
        /// 200: The picture.
        200 => Ok(Vec<u8> = bytes): Ok(body),
    }
}

impl runtime::Operation for GetPhoto {
    type Response = GetPhotoResponse;

    const METHOD: &'static str = "GET";

    const PATH: &'static str = "/pets/{petId}/photo";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter("petId", &self.pet_id, runtime::SIMPLE)?;
        path.literal("/photo");
        let path = path.finish();
        let mut request = runtime::request(Self::METHOD, base_url, &path, "", None)?;
        runtime::accept(&mut request, "image/jpeg");
        Ok(request)
    }
}

/// `POST /pets/{petId}/photo`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhoto {
    /// path parameter `petId`
    pub pet_id: i64,
    /// The request body. Sent as `multipart/form-data` parts.
    pub body: UploadPhotoBody,
}

runtime::builder! {
    UploadPhoto(pet_id: i64, body: impl Into<UploadPhotoBody>) {}
}

/// The parts of the `multipart/form-data` request body of [`UploadPhoto`].
#[derive(Debug, Clone, PartialEq)]
pub struct UploadPhotoBody {
    /// The picture.
    ///
    /// The `photo` file part.
    pub photo: runtime::File,
    /// The `caption` part.
    pub caption: Option<String>,
}

impl UploadPhotoBody {
    /// The parts as a `multipart/form-data` body.
    pub fn to_body(&self) -> Result<runtime::Body, runtime::RequestError> {
        let mut form = runtime::Multipart::new();
        form.file("photo", &self.photo, "application/octet-stream");
        if let Some(value) = &self.caption {
            form.value("caption", value, runtime::PartEncoding::Default)?;
        }
        Ok(form.finish())
    }
}

runtime::builder! {
    UploadPhotoBody(photo: impl Into<runtime::File>) {
        caption: impl Into<String>,
    }
}

runtime::responses! {
    UploadPhoto: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum UploadPhotoResponse {
        /// 204: Stored.
        204 => NoContent: Ok(()),
    }
}

impl runtime::Operation for UploadPhoto {
    type Response = UploadPhotoResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/pets/{petId}/photo";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let mut path = runtime::PathBuilder::new();
        path.literal("/pets/");
        path.parameter("petId", &self.pet_id, runtime::SIMPLE)?;
        path.literal("/photo");
        let path = path.finish();
        let body = Some(UploadPhotoBody::to_body(&self.body)?);
        runtime::request(Self::METHOD, base_url, &path, "", body)
    }
}

/// `POST /visits`
#[derive(Debug, Clone, PartialEq)]
pub struct BookVisit {
    /// The request body. Sent as `application/x-www-form-urlencoded` fields.
    pub body: BookVisitBody,
}

runtime::builder! {
    BookVisit(body: impl Into<BookVisitBody>) {}
}

runtime::responses! {
    BookVisit: Result<(), std::convert::Infallible>,
    #[derive(Clone, PartialEq)]
    pub enum BookVisitResponse {
        /// 201: Booked.
        201 => Created: Ok(()),
    }
}

impl runtime::Operation for BookVisit {
    type Response = BookVisitResponse;

    const METHOD: &'static str = "POST";

    const PATH: &'static str = "/visits";

    const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[
        &[security::API_KEY],
    ];

    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
        let path = "/visits";
        let body = Some(
            runtime::Body::form(
                &self.body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[("slots", runtime::FORM)],
            )?,
        );
        runtime::request(Self::METHOD, base_url, path, "", body)
    }
}
