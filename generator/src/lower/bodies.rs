//! Request bodies: the media type chosen among a body's `content`, and what it holds — JSON,
//! form fields with their `encoding`, multipart parts, text or bytes.

use indexmap::IndexMap;
use openapiv3::{
    Components, MediaType as OaMediaType, ReferenceOr, Schema, SchemaKind, StringFormat,
    Type as OaType, VariantOrUnknownOrEmpty,
};

use super::inline::Inline;
use super::operations::{OperationError, Skip};
use super::schemas::no_members;
use super::{Lowerer, refs};
use crate::diagnostic::push_token;
use crate::ir::{
    BodyContent, Encoding, MediaType, MultipartBody, Part, PartEncoding, PartKind, RequestBody,
    Style, Type, TypeId, TypeKind,
};
use crate::names::{self, Scope};

/// Warning kind: a body or parameter is sent as text or bytes the caller writes, because its
/// media type is not one the generator can write from the schema.
pub(super) const UNTYPED_BODY: &str = "untyped-body";

/// What a media type says about how a body is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Json,
    Form,
    Multipart,
    Text,
    Xml,
    Bytes,
    /// A range such as `*/*` or `image/*`.
    Range,
}

/// The media type without parameters, lowercased.
pub(super) fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Whether the media type is JSON: `application/json`, `*+json`, or `…/json`.
pub(super) fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence.ends_with("+json") || essence.ends_with("/json")
}

fn kind(media_type: &str) -> Kind {
    let essence = essence(media_type);
    if is_json(&essence) {
        Kind::Json
    } else if essence == "application/x-www-form-urlencoded" {
        Kind::Form
    } else if essence == "multipart/form-data" {
        Kind::Multipart
    } else if essence.ends_with("/xml") || essence.ends_with("+xml") {
        Kind::Xml
    } else if essence.starts_with("text/") && !essence.contains('*') {
        Kind::Text
    } else if essence.contains('*') {
        Kind::Range
    } else {
        Kind::Bytes
    }
}

/// The media type a body is sent as: JSON first, then form fields, multipart, text, XML,
/// other types, and ranges last; the document's order among equals.
fn chosen(content: &IndexMap<String, OaMediaType>) -> Option<(&str, &OaMediaType)> {
    content
        .iter()
        .min_by_key(|(media_type, _)| kind(media_type))
        .map(|(media_type, media)| (media_type.as_str(), media))
}

impl<'a> Lowerer<'a> {
    /// The request body of operation `name`; `None` when its `content` is empty.
    pub(super) fn request_body(
        &mut self,
        name: &str,
        body: &'a ReferenceOr<openapiv3::RequestBody>,
        pointer: &str,
    ) -> Result<Option<RequestBody>, OperationError> {
        let at = push_token(pointer, "requestBody");
        let body = self.item(body, &at)?;
        let Some((key, media)) = chosen(&body.content) else {
            self.warn(
                &at,
                UNTYPED_BODY,
                "the request body lists no media type: the operation sends no body",
            );
            return Ok(None);
        };
        // An optional body that can only be `{}` says nothing that a request without one
        // does not (Stripe gives every `GET` and `DELETE` such a form body).
        if !body.required && self.has_no_members(media.schema.as_ref()) {
            return Ok(None);
        }
        let content_pointer = push_token(&push_token(&at, "content"), key);
        let media_type = MediaType::parse(key).map_err(|why| {
            let reason = format!("request body media type {key:?} cannot be sent: {why}");
            Skip::new(&content_pointer, reason)
        })?;
        let site = BodySite {
            operation: name,
            pointer: &content_pointer,
            media_type: key,
            media,
            description: body.description.as_deref(),
        };
        let (media_type, content) = match kind(key) {
            Kind::Json => (media_type, BodyContent::Json(self.body_type(&site)?)),
            Kind::Form => (media_type, self.form(&site)?),
            Kind::Multipart => (media_type, self.multipart(&site)?),
            Kind::Text | Kind::Xml => (media_type, self.text(&site)),
            Kind::Bytes => (media_type, BodyContent::Bytes),
            Kind::Range if self.is_structured(media.schema.as_ref()) => {
                let json = MediaType::parse("application/json")
                    .map_err(|why| self.error(&content_pointer, why))?;
                (json, BodyContent::Json(self.body_type(&site)?))
            }
            Kind::Range => (media_type, BodyContent::File),
        };
        Ok(Some(RequestBody {
            media_type,
            content,
            required: body.required,
            docs: body.description.clone(),
        }))
    }

    /// The type of a JSON or form body: its schema's, any JSON value without one.
    fn body_type(&mut self, site: &BodySite) -> Result<Type, OperationError> {
        Ok(match &site.media.schema {
            Some(schema) => {
                let inline = Inline::new(
                    vec![site.operation.to_owned(), "Body".to_owned()],
                    format!("the request body of `{}`", site.operation),
                )
                .described_by(site.description);
                self.schema_or_ref(schema, &push_token(site.pointer, "schema"), &inline)?
            }
            None => Type::Json,
        })
    }

    /// `application/x-www-form-urlencoded`: typed like JSON, each field in its encoding.
    fn form(&mut self, site: &BodySite) -> Result<BodyContent, OperationError> {
        let ty = self.body_type(site)?;
        let encodings = self.form_encodings(site.media, site.pointer);
        Ok(BodyContent::Form { ty, encodings })
    }

    /// The encodings of the fields of a form media type (at `pointer`) that differ from the
    /// default (`form` style, exploded).
    pub(super) fn form_encodings(
        &mut self,
        media: &OaMediaType,
        pointer: &str,
    ) -> Vec<(String, Encoding)> {
        let mut encodings = Vec::new();
        for (field, encoding) in &media.encoding {
            let at = push_token(&push_token(pointer, "encoding"), field);
            self.encoding_headers(encoding, &at);
            let written = match (&encoding.style, &encoding.content_type) {
                (None, Some(content_type)) if is_json(content_type) => Encoding::Json,
                (style, _) => Encoding::Style {
                    style: style.as_ref().map_or(Style::Form, style_of),
                    explode: encoding.explode,
                    allow_reserved: encoding.allow_reserved,
                },
            };
            if written != Encoding::default_for(Style::Form) {
                encodings.push((field.clone(), written));
            }
        }
        encodings
    }

    /// Text (`text/*`) and XML: the caller writes the text; a schema that is not a string is
    /// not typed, with a warning.
    fn text(&mut self, site: &BodySite) -> BodyContent {
        let schema = site
            .media
            .schema
            .as_ref()
            .and_then(|schema| resolved(self.components, schema));
        let is_string =
            |schema: &Schema| matches!(schema.schema_kind, SchemaKind::Type(OaType::String(_)));
        if kind(site.media_type) == Kind::Xml || schema.is_some_and(|s| !is_string(s)) {
            self.warn(
                &push_token(site.pointer, "schema"),
                UNTYPED_BODY,
                format!(
                    "a {} request body is not written from its schema: the body is its text \
                     (String)",
                    site.media_type
                ),
            );
        }
        BodyContent::Text
    }

    /// Warns that an encoding's `headers` are not sent.
    fn encoding_headers(&mut self, encoding: &openapiv3::Encoding, pointer: &str) {
        if !encoding.headers.is_empty() {
            self.warn(
                &push_token(pointer, "headers"),
                UNTYPED_BODY,
                "headers of an `encoding` entry are not sent",
            );
        }
    }

    /// `multipart/form-data`: a part per property of the schema, files as runtime `File`s.
    fn multipart(&mut self, site: &BodySite) -> Result<BodyContent, OperationError> {
        let schema_pointer = push_token(site.pointer, "schema");
        let (schema, component) = match &site.media.schema {
            Some(ReferenceOr::Item(schema)) => (Some(schema), None),
            Some(ReferenceOr::Reference { reference }) => {
                let resolved = refs::resolve::<Schema>(self.components, reference)
                    .map_err(|message| self.error(&schema_pointer, message))?;
                (
                    Some(resolved.item),
                    self.schema_ids.get(resolved.name).copied(),
                )
            }
            None => (None, None),
        };
        let Some((properties, required)) = schema.and_then(object_properties) else {
            self.warn(
                &schema_pointer,
                UNTYPED_BODY,
                "a multipart body whose schema names no properties: the caller builds the parts \
                 (runtime::Multipart)",
            );
            return Ok(BodyContent::Multipart(None));
        };
        let name = self.names.claim(&format!("{}Body", site.operation));
        let known = component
            .map(|id| self.component_fields(id))
            .unwrap_or_default();
        let properties_pointer = push_token(&schema_pointer, "properties");
        let mut fields = Scope::default();
        let mut parts = Vec::with_capacity(properties.len());
        for (wire_name, property) in properties {
            let pointer = push_token(&properties_pointer, wire_name);
            let encoding = site.media.encoding.get(wire_name);
            let encoding_pointer = push_token(&push_token(site.pointer, "encoding"), wire_name);
            let content_type = encoding.and_then(|e| e.content_type.as_deref());
            let file = resolved(self.components, property)
                .and_then(|schema| file_kind(self.components, schema, content_type));
            let kind = match file {
                Some(kind) => kind,
                None => match known.iter().find(|(wire, _)| wire == wire_name) {
                    Some((_, ty)) => PartKind::Value(ty.clone()),
                    None => {
                        let inline = Inline::new(
                            vec![
                                site.operation.to_owned(),
                                "Body".to_owned(),
                                names::type_name(wire_name),
                            ],
                            format!("the `{wire_name}` part of `{name}`"),
                        );
                        PartKind::Value(self.schema_or_ref(property, &pointer, &inline)?)
                    }
                },
            };
            let encoding = match encoding {
                Some(encoding) => self.part_encoding(encoding, &encoding_pointer),
                None => PartEncoding::Default,
            };
            let inline = match property {
                ReferenceOr::Item(schema) => Some(&**schema),
                ReferenceOr::Reference { .. } => None,
            };
            let docs = inline
                .and_then(|schema| schema.schema_data.description.as_deref())
                .filter(|d| !d.trim().is_empty())
                .map(str::to_owned)
                .or_else(|| match &kind {
                    PartKind::Value(Type::Named(id)) => {
                        self.def(*id).and_then(|def| def.docs.clone())
                    }
                    _ => None,
                });
            parts.push(Part {
                field: fields.claim(&names::field_name(wire_name)),
                wire_name: wire_name.clone(),
                kind,
                required: required.contains(wire_name),
                encoding,
                deprecated: inline.is_some_and(|schema| schema.schema_data.deprecated),
                docs,
            });
        }
        let docs = schema.and_then(|s| s.schema_data.description.clone());
        Ok(BodyContent::Multipart(Some(MultipartBody {
            name,
            parts,
            docs,
        })))
    }

    /// How a part is written, from its `encoding` entry: a style wins over a content type.
    fn part_encoding(&mut self, encoding: &openapiv3::Encoding, pointer: &str) -> PartEncoding {
        self.encoding_headers(encoding, pointer);
        if let Some(style) = &encoding.style {
            return PartEncoding::Style(Encoding::Style {
                style: style_of(style),
                explode: encoding.explode,
                allow_reserved: encoding.allow_reserved,
            });
        }
        let Some(content_type) = &encoding.content_type else {
            return PartEncoding::Default;
        };
        // A list (`image/png, image/jpeg`) or a range names no single type to send; the first
        // of a list is sent unless the file says otherwise.
        let first = content_type.split(',').next().unwrap_or("").trim();
        match MediaType::parse(first) {
            Ok(media_type) if !first.contains('*') => PartEncoding::ContentType(media_type),
            _ => PartEncoding::Default,
        }
    }

    /// The member types of a component struct, by wire name, for the parts of a body that
    /// refers to it.
    fn component_fields(&self, id: TypeId) -> Vec<(String, Type)> {
        match self.def(id).map(|def| &def.kind) {
            Some(TypeKind::Struct { fields, .. }) => fields
                .iter()
                .map(|field| (field.wire_name.clone(), field.ty.clone()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Whether a body of a media type range holds structured data (an object, an array or a
    /// composition), which is then sent as JSON.
    /// Whether the schema is an object that the document says has no members at all.
    fn has_no_members(&self, schema: Option<&ReferenceOr<Schema>>) -> bool {
        schema
            .and_then(|schema| resolved(self.components, schema))
            .is_some_and(|schema| no_members(&schema.schema_data))
    }

    pub(super) fn is_structured(&self, schema: Option<&ReferenceOr<Schema>>) -> bool {
        let Some(schema) = schema.and_then(|schema| resolved(self.components, schema)) else {
            return false;
        };
        match &schema.schema_kind {
            SchemaKind::Type(OaType::Object(_) | OaType::Array(_)) => true,
            SchemaKind::Any(any) => !any.properties.is_empty() || any.typ.is_some(),
            SchemaKind::Type(_) | SchemaKind::Not { .. } => false,
            SchemaKind::AllOf { .. } | SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => true,
        }
    }
}

/// Where a body's chosen media type stands, and what the document says of it.
struct BodySite<'s> {
    operation: &'s str,
    pointer: &'s str,
    media_type: &'s str,
    media: &'s OaMediaType,
    /// The request body's description, for a type made from its schema.
    description: Option<&'s str>,
}

fn style_of(style: &openapiv3::QueryStyle) -> Style {
    match style {
        openapiv3::QueryStyle::Form => Style::Form,
        openapiv3::QueryStyle::SpaceDelimited => Style::SpaceDelimited,
        openapiv3::QueryStyle::PipeDelimited => Style::PipeDelimited,
        openapiv3::QueryStyle::DeepObject => Style::DeepObject,
    }
}

/// The schema a node is or leads to; `None` for a reference that does not resolve (which
/// lowering its type reports).
pub(super) fn resolved<'s, S: std::borrow::Borrow<Schema>>(
    components: Option<&'s Components>,
    schema: &'s ReferenceOr<S>,
) -> Option<&'s Schema> {
    match schema {
        ReferenceOr::Item(schema) => Some(schema.borrow()),
        ReferenceOr::Reference { reference } => refs::resolve::<Schema>(components, reference)
            .ok()
            .map(|resolved| resolved.item),
    }
}

type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// The properties and required names of an object schema.
fn object_properties(schema: &Schema) -> Option<(&Properties, &[String])> {
    match &schema.schema_kind {
        SchemaKind::Type(OaType::Object(object)) if !object.properties.is_empty() => {
            Some((&object.properties, &object.required))
        }
        SchemaKind::Any(any) if !any.properties.is_empty() => {
            Some((&any.properties, &any.required))
        }
        _ => None,
    }
}

/// Whether a part is a file (or a list of files): a binary string, or a string or empty schema
/// whose `encoding` gives a media type that is neither text nor JSON.
fn file_kind(
    components: Option<&Components>,
    schema: &Schema,
    content_type: Option<&str>,
) -> Option<PartKind> {
    let declared_binary = content_type.is_some_and(|media_type| {
        let essence = essence(media_type);
        !essence.starts_with("text/") && !is_json(&essence)
    });
    let is_file = |schema: &Schema| match &schema.schema_kind {
        SchemaKind::Type(OaType::String(string)) => {
            string.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
                || (declared_binary && string.enumeration.is_empty())
        }
        SchemaKind::Any(any) => {
            declared_binary && any.properties.is_empty() && any.typ.is_none()
                || any.format.as_deref() == Some("binary")
        }
        _ => false,
    };
    if is_file(schema) {
        return Some(PartKind::File);
    }
    match &schema.schema_kind {
        SchemaKind::Type(OaType::Array(array)) => {
            let items = resolved(components, array.items.as_ref()?)?;
            is_file(items).then_some(PartKind::Files)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_are_classified_by_their_essence() {
        for (media_type, expected) in [
            ("application/json", Kind::Json),
            ("application/json;charset=UTF-8", Kind::Json),
            ("application/vnd.github+json", Kind::Json),
            ("text/json", Kind::Json),
            ("Application/X-WWW-Form-Urlencoded", Kind::Form),
            ("multipart/form-data", Kind::Multipart),
            ("text/plain; charset=utf-8", Kind::Text),
            ("text/xml", Kind::Xml),
            ("application/atom+xml", Kind::Xml),
            ("application/octet-stream", Kind::Bytes),
            ("image/png", Kind::Bytes),
            ("*/*", Kind::Range),
            ("image/*", Kind::Range),
            ("text/*", Kind::Range),
        ] {
            assert_eq!(kind(media_type), expected, "{media_type}");
        }
    }

    #[test]
    fn json_is_chosen_first_then_forms_text_and_bytes() {
        let choose = |types: &[&str]| {
            let content: IndexMap<String, OaMediaType> = types
                .iter()
                .map(|t| ((*t).to_owned(), OaMediaType::default()))
                .collect();
            chosen(&content).map(|(media_type, _)| media_type.to_owned())
        };
        assert_eq!(
            choose(&[
                "multipart/form-data",
                "application/x-www-form-urlencoded",
                "application/json"
            ]),
            Some("application/json".to_owned())
        );
        assert_eq!(
            choose(&["multipart/form-data", "application/x-www-form-urlencoded"]),
            Some("application/x-www-form-urlencoded".to_owned())
        );
        assert_eq!(
            choose(&["text/x-markdown", "text/plain"]),
            Some("text/x-markdown".to_owned())
        );
        assert_eq!(
            choose(&["*/*", "image/png", "image/jpeg"]),
            Some("image/png".to_owned())
        );
        assert_eq!(choose(&[]), None);
    }
}
