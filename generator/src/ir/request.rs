//! How a request carries its values: parameter styles, and the kinds of request body with what
//! each needs to be written.

use super::{Ident, MediaType, Type};

/// An OpenAPI parameter `style`. Which apply where is the document's business; the runtime
/// writes each as the specification's style examples show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Matrix,
    Label,
    Form,
    Simple,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

impl Style {
    /// As the document spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Matrix => "matrix",
            Style::Label => "label",
            Style::Form => "form",
            Style::Simple => "simple",
            Style::SpaceDelimited => "spaceDelimited",
            Style::PipeDelimited => "pipeDelimited",
            Style::DeepObject => "deepObject",
        }
    }
}

/// How a parameter value or form field is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// In a style, exploded or not; `allow_reserved` keeps RFC 3986's reserved characters
    /// unencoded (query parameters and form fields).
    Style {
        style: Style,
        explode: bool,
        allow_reserved: bool,
    },
    /// As JSON text: a parameter described by `content` of a JSON media type, or a form field
    /// whose `contentType` is JSON.
    Json,
}

impl Encoding {
    /// `style` with OpenAPI's default `explode` (true for `form` only).
    pub fn default_for(style: Style) -> Self {
        Encoding::Style {
            style,
            explode: style == Style::Form,
            allow_reserved: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// The media type chosen among the body's `content`, as the document writes it; for a
    /// `multipart/form-data` body the runtime adds the boundary, and for [`BodyContent::File`]
    /// it is a range such as `*/*` and the file's own type is sent.
    pub media_type: MediaType,
    pub content: BodyContent,
    pub required: bool,
    pub docs: Option<String>,
}

impl RequestBody {
    /// The types the body is made of.
    pub fn types(&self) -> Vec<&Type> {
        match &self.content {
            BodyContent::Json(ty) | BodyContent::Form { ty, .. } => vec![ty],
            BodyContent::Multipart(Some(parts)) => parts
                .parts
                .iter()
                .filter_map(|part| match &part.kind {
                    PartKind::Value(ty) => Some(ty),
                    PartKind::File | PartKind::Files => None,
                })
                .collect(),
            BodyContent::Multipart(None)
            | BodyContent::Text
            | BodyContent::Bytes
            | BodyContent::File => Vec::new(),
        }
    }

    /// [`RequestBody::types`], to change them.
    pub fn types_mut(&mut self) -> Vec<&mut Type> {
        match &mut self.content {
            BodyContent::Json(ty) | BodyContent::Form { ty, .. } => vec![ty],
            BodyContent::Multipart(Some(parts)) => parts
                .parts
                .iter_mut()
                .filter_map(|part| match &mut part.kind {
                    PartKind::Value(ty) => Some(ty),
                    PartKind::File | PartKind::Files => None,
                })
                .collect(),
            BodyContent::Multipart(None)
            | BodyContent::Text
            | BodyContent::Bytes
            | BodyContent::File => Vec::new(),
        }
    }
}

/// What a request body holds, and how it is written.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyContent {
    /// JSON of this type (`application/json`, `*+json`, vendor JSON types).
    Json(Type),
    /// `application/x-www-form-urlencoded` fields: the members of this type, each in the
    /// encoding listed for it, else `form` style exploded.
    Form {
        ty: Type,
        encodings: Vec<(String, Encoding)>,
    },
    /// `multipart/form-data`: a struct of parts defined beside the operation, or, when the
    /// schema names no properties, the runtime's part builder for the caller to fill.
    Multipart(Option<MultipartBody>),
    /// Text (`text/*`, and XML, whose schema is not typed): a `String`.
    Text,
    /// Bytes of the media type: `Vec<u8>`.
    Bytes,
    /// Bytes of a media type range (`*/*`, `image/*`): a runtime `File`, whose own media type
    /// is sent.
    File,
}

/// The parts of a `multipart/form-data` body, one per property of its schema.
#[derive(Debug, Clone, PartialEq)]
pub struct MultipartBody {
    /// The struct holding the parts.
    pub name: Ident,
    pub parts: Vec<Part>,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub field: Ident,
    pub wire_name: String,
    pub kind: PartKind,
    pub required: bool,
    pub encoding: PartEncoding,
    pub deprecated: bool,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PartKind {
    /// A file part (a binary string): a runtime `File`.
    File,
    /// A file part per item of an array of binary strings.
    Files,
    /// A value of this type, written as the part's encoding says.
    Value(Type),
}

/// How a part's value is written, from the `encoding` entry of its property.
#[derive(Debug, Clone, PartialEq)]
pub enum PartEncoding {
    /// OpenAPI's defaults: text for a primitive, JSON for an object, a part per array item;
    /// files as `application/octet-stream`.
    Default,
    /// `contentType`: the media type of the part (the first of a list).
    ContentType(MediaType),
    /// `style`: text parts named and valued like form fields in this encoding.
    Style(Encoding),
}
