//! Responses: one variant per status, the types of their bodies and documented headers, and
//! the `Accept` header.
//!
//! A body's type follows the kind of its media type: JSON (`application/json`, `*+json`, a
//! range such as `*/*` whose schema is structured) is typed from its schema, Server-Sent Events
//! (`text/event-stream`) are a stream of events whose data is typed from it, text (`text/*`,
//! XML) is a `String`, and anything else bytes. A response documenting media types of several
//! kinds gets an enum of them, which the response's `Content-Type` chooses from.

use indexmap::IndexMap;
use openapiv3::{
    MediaType as OaMediaType, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind,
    StatusCode, StringFormat, Type as OaType, VariantOrUnknownOrEmpty,
};

use super::Lowerer;
use super::bodies::{is_json, resolved};
use super::inline::{Inline, meaningful};
use crate::diagnostic::{Error, push_token};
use crate::extension;
use crate::ir::{
    Alternative, EventData, HeaderName, MediaType, NegotiatedBody, Response, ResponseBody,
    ResponseHeader, ResponseHeaders, StatusMatch, Type, TypeDef, TypeKind,
};
use crate::names::{self, Scope};

/// Warning kind: a response body or header is given as text or bytes rather than decoded from
/// its schema.
const UNTYPED_RESPONSE: &str = "untyped-response";

/// What a response's `content` and `headers` give: the body, its documented headers, and the
/// media types to accept.
#[derive(Debug, Clone)]
pub(super) struct Content {
    body: ResponseBody,
    headers: Option<ResponseHeaders>,
    media_types: Vec<MediaType>,
}

impl Content {
    /// The same content for another use of its component response: its types are written
    /// with the first.
    fn reused(&self) -> Content {
        let mut content = self.clone();
        if let ResponseBody::Negotiated(negotiated) = &mut content.body {
            negotiated.defined_here = false;
        }
        if let Some(headers) = &mut content.headers {
            headers.defined_here = false;
        }
        content
    }
}

/// Warning kind: a part of the document is read but no code is generated for it.
const NOT_GENERATED: &str = crate::normalize::NOT_GENERATED;

/// The kinds of body a media type can give, in the order a negotiated enum lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Json,
    EventStream,
    Text,
    Bytes,
}

/// Where a response stands: the names and docs of the types made for it.
struct Site<'s> {
    pointer: &'s str,
    /// The name types made for it start with: `<Operation><Variant>`, or the component's.
    prefix: &'s str,
    /// "the `200` response of `GetPet`", or "the `NotFound` response".
    place: &'s str,
    /// What a type made from a JSON body's schema is named from: `<Operation>`,
    /// `<Variant>Body`, or the component's own name.
    body_context: Vec<String>,
    description: &'s str,
}

impl<'a> Lowerer<'a> {
    /// An operation's responses, one variant per status, and every media type they declare,
    /// for the `Accept` header.
    pub(super) fn responses(
        &mut self,
        operation: &str,
        op: &'a openapiv3::Operation,
        pointer: &str,
    ) -> Result<(Vec<Response>, Vec<MediaType>), Error> {
        let responses_pointer = push_token(pointer, "responses");
        let entries = by_status(&op.responses);
        let mut variants = Scope::default();
        let mut accept: Vec<MediaType> = Vec::new();
        let mut responses = Vec::with_capacity(entries.len());
        for (status, response) in entries {
            let at = push_token(&responses_pointer, &status_key(status));
            let variant = variants.claim(&status_variant(status));
            let (response, component) = self.item_with_component(response, &at)?;
            let content = match component {
                Some(component) => self.component_response_content(component, response)?,
                None => {
                    let prefix = format!("{operation}{variant}");
                    let place = format!("the `{}` response of `{operation}`", status_key(status));
                    let site = Site {
                        pointer: &at,
                        prefix: &prefix,
                        place: &place,
                        body_context: vec![operation.to_owned(), format!("{variant}Body")],
                        description: &response.description,
                    };
                    self.content(response, &site)?
                }
            };
            for media_type in content.media_types {
                if !accept.contains(&media_type) {
                    accept.push(media_type);
                }
            }
            responses.push(Response {
                status,
                variant,
                docs: Some(status_docs(status, &response.description)),
                body: content.body,
                headers: content.headers,
            });
        }
        if responses.is_empty() {
            // 3.1 lets `responses` be left out; whatever comes back is then kept as bytes.
            responses.push(Response {
                status: StatusMatch::Default,
                variant: variants.claim("Default"),
                docs: Some("Any status: the document describes no responses.".to_owned()),
                body: ResponseBody::Bytes,
                headers: None,
            });
        }
        Ok((responses, accept))
    }

    /// The content of component response `name`, lowered where the component stands the first
    /// time it is used.
    fn component_response_content(
        &mut self,
        name: &'a str,
        response: &'a openapiv3::Response,
    ) -> Result<Content, Error> {
        if let Some(content) = self.response_types.get(name) {
            return Ok(content.reused());
        }
        let at = push_token("/components/responses", name);
        let prefix = names::type_name(name);
        let place = format!("the `{name}` response");
        let site = Site {
            pointer: &at,
            prefix: &prefix,
            place: &place,
            body_context: vec![prefix.clone()],
            description: &response.description,
        };
        let mut content = self.content(response, &site)?;
        if let ResponseBody::Json(ty) = &mut content.body {
            self.name_free_form_body(ty, name, &at, &response.description);
        }
        self.response_types.insert(name, content.clone());
        Ok(content)
    }

    /// A component response whose JSON body is free-form (any value, or an object with any
    /// members) names it after the component, so that the operations answering with it share
    /// one documented type rather than each spelling out `serde_json`'s.
    fn name_free_form_body(&mut self, ty: &mut Type, component: &str, at: &str, description: &str) {
        let inner = match ty {
            Type::Nullable(inner) => inner.as_mut(),
            ty => ty,
        };
        if !matches!(inner, Type::Json | Type::JsonObject) {
            return;
        }
        let prefix = names::type_name(component);
        let wishes = [prefix.clone(), format!("{prefix}Body")];
        let name = self.claim_type(&wishes, at);
        let id = self.defs.reserve(name.clone());
        let free_form = std::mem::replace(inner, Type::Named(id));
        self.defs.define(
            id,
            TypeDef {
                name,
                docs: meaningful(Some(description)).map(str::to_owned),
                role: format!("The body of the `{component}` response."),
                deprecated: false,
                origin: at.to_owned(),
                kind: TypeKind::Alias(free_form),
            },
        );
    }

    /// The content and headers of the response at `site`. A media type that cannot be sent in
    /// `Accept` is left out of it with a warning; the body is decoded whatever its media type
    /// says.
    fn content(
        &mut self,
        response: &'a openapiv3::Response,
        site: &Site,
    ) -> Result<Content, Error> {
        let content = &response.content;
        let content_pointer = push_token(site.pointer, "content");
        let mut media_types = Vec::with_capacity(content.len());
        for key in content.keys() {
            match MediaType::parse(key) {
                Ok(media_type) => media_types.push(media_type),
                Err(why) => self.warn(
                    &push_token(&content_pointer, key),
                    "invalid-media-type",
                    format!("media type {key:?} is left out of `Accept`: {why}"),
                ),
            }
        }
        let mut alternatives = Vec::new();
        for (kind, keys) in self.kinds(content) {
            let Some(&(key, media)) = keys.first() else {
                continue;
            };
            let at = push_token(&content_pointer, key);
            let body = self.alternative_body(kind, key, media, &at, site)?;
            let media_types = keys.iter().map(|(key, _)| (*key).to_owned()).collect();
            alternatives.push((kind, media_types, body));
        }
        let body = match alternatives.len() {
            0 => ResponseBody::None,
            1 => alternatives.remove(0).2,
            _ => ResponseBody::Negotiated(NegotiatedBody {
                name: self.names.claim(&format!("{}Content", site.prefix)),
                role: format!("The body of {}.", site.place),
                defined_here: true,
                alternatives: alternatives
                    .into_iter()
                    .map(|(kind, media_types, body)| Alternative {
                        variant: Scope::default().claim(kind_variant(kind)),
                        media_types,
                        body,
                    })
                    .collect(),
            }),
        };
        let headers = self.headers(&response.headers, site)?;
        Ok(Content {
            body,
            headers,
            media_types,
        })
    }

    /// The media types of `content` by the kind of body each gives, in [`Kind`] order; within
    /// a kind, the one typed first: `application/json`, then `…+json`, `…/json`, a range, and
    /// the document's order among equals.
    fn kinds<'c>(
        &self,
        content: &'c IndexMap<String, OaMediaType>,
    ) -> Vec<(Kind, Vec<(&'c str, &'c OaMediaType)>)> {
        let mut kinds: Vec<(Kind, Vec<(&str, &OaMediaType)>)> = Vec::new();
        for (key, media) in content {
            let kind = self.kind(key, media);
            match kinds.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, keys)) => keys.push((key, media)),
                None => kinds.push((kind, vec![(key, media)])),
            }
        }
        kinds.sort_by_key(|(kind, _)| *kind);
        for (_, keys) in &mut kinds {
            keys.sort_by_key(|(key, _)| json_rank(key));
        }
        kinds
    }

    /// The kind of body a media type gives, from its essence and schema.
    fn kind(&self, key: &str, media: &OaMediaType) -> Kind {
        let essence = essence(key);
        let schema = media.schema.as_ref();
        if is_json(&essence) {
            return if schema.is_some() {
                Kind::Json
            } else {
                Kind::Bytes
            };
        }
        if essence == "text/event-stream" {
            return Kind::EventStream;
        }
        if essence.contains('*') {
            return if self.is_structured(schema) {
                Kind::Json
            } else {
                Kind::Bytes
            };
        }
        let textual = essence.starts_with("text/") || is_xml(&essence);
        let binary = schema
            .and_then(|schema| resolved(self.components, schema))
            .is_some_and(is_binary_string);
        if textual && !binary {
            Kind::Text
        } else {
            Kind::Bytes
        }
    }

    /// The body a media type of `kind` gives.
    fn alternative_body(
        &mut self,
        kind: Kind,
        key: &str,
        media: &'a OaMediaType,
        pointer: &str,
        site: &Site,
    ) -> Result<ResponseBody, Error> {
        if kind == Kind::EventStream
            && media.schema.is_none()
            && media.extensions.contains_key(extension::ITEM_SCHEMA)
        {
            self.warn(
                &push_token(pointer, "itemSchema"),
                NOT_GENERATED,
                "`itemSchema` of an event stream describes each whole event (`event`, `data`, \
                 `id`, `retry`); events are decoded with their `data` as text"
                    .to_owned(),
            );
        }
        let schema_pointer = push_token(pointer, "schema");
        let inline = |context: Vec<String>, what: &str| {
            Inline::new(context, format!("{what} {}", site.place))
                .described_by(Some(site.description))
        };
        Ok(match (kind, &media.schema) {
            (Kind::Json, Some(schema)) => {
                let mut body = inline(site.body_context.clone(), "the body of");
                // A component response is often named like the schema of its body.
                let body_name = site.body_context.concat();
                if !body_name.ends_with("Body") {
                    body = body.or_else(format!("{body_name}Body"));
                }
                ResponseBody::Json(self.schema_or_ref(schema, &schema_pointer, &body)?)
            }
            (Kind::EventStream, Some(schema)) if !self.is_string(schema) => {
                let context = vec![site.prefix.to_owned(), "Event".to_owned()];
                let data = inline(context, "the data of each event of");
                let ty = self.schema_or_ref(schema, &schema_pointer, &data)?;
                ResponseBody::EventStream(EventData::Json(ty))
            }
            (Kind::EventStream, _) => ResponseBody::EventStream(EventData::Text),
            (Kind::Text, Some(schema)) if !self.is_string(schema) || is_xml(&essence(key)) => {
                self.warn(
                    &schema_pointer,
                    UNTYPED_RESPONSE,
                    format!(
                        "the {key} response body is not decoded from its schema: it is its text \
                         (String)"
                    ),
                );
                ResponseBody::Text
            }
            (Kind::Text, _) => ResponseBody::Text,
            (Kind::Json | Kind::Bytes, _) => ResponseBody::Bytes,
        })
    }

    /// Whether a schema is a plain string (no structure to decode).
    fn is_string(&self, schema: &ReferenceOr<Schema>) -> bool {
        resolved(self.components, schema)
            .is_some_and(|schema| matches!(schema.schema_kind, SchemaKind::Type(OaType::String(_))))
    }

    /// The headers a response documents, as the fields of a struct; `None` when it documents
    /// none. `Content-Type` is left out, as the specification says.
    fn headers(
        &mut self,
        headers: &'a IndexMap<String, ReferenceOr<openapiv3::Header>>,
        site: &Site,
    ) -> Result<Option<ResponseHeaders>, Error> {
        let headers_pointer = push_token(site.pointer, "headers");
        let mut fields = Scope::default();
        let mut documented = Vec::new();
        // Per documented header, the component header it refers to.
        let mut components: Vec<Option<&'a str>> = Vec::new();
        for (wire_name, header) in headers {
            if wire_name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let at = push_token(&headers_pointer, wire_name);
            let name = match HeaderName::parse(wire_name) {
                Ok(name) => name,
                Err(why) => {
                    self.warn(
                        &at,
                        UNTYPED_RESPONSE,
                        format!("response header {wire_name:?} is left out: {why}"),
                    );
                    continue;
                }
            };
            components.push(match header {
                ReferenceOr::Reference { reference } => {
                    reference.strip_prefix("#/components/headers/")
                }
                ReferenceOr::Item(_) => None,
            });
            let header = self.item(header, &at)?;
            let inline = Inline::new(
                vec![
                    site.prefix.to_owned(),
                    format!("{}Header", names::type_name(wire_name)),
                ],
                format!("the `{wire_name}` header of {}", site.place),
            )
            .described_by(header.description.as_deref());
            let (ty, list) = self.header_type(&header.format, &at, wire_name, &inline)?;
            documented.push(ResponseHeader {
                field: fields.claim(&names::field_name(wire_name)),
                wire_name: wire_name.clone(),
                name,
                ty,
                list,
                required: header.required,
                deprecated: header.deprecated.unwrap_or(false),
                docs: header.description.clone(),
            });
        }
        if documented.is_empty() {
            return Ok(None);
        }
        // A response documenting one component header alone (GitHub's `Link`) shares the
        // struct of every other such response: one struct named after the component.
        if let [Some(component)] = components.as_slice() {
            if let Some(name) = self.header_structs.get(component) {
                return Ok(Some(ResponseHeaders {
                    name: name.clone(),
                    defined_here: false,
                    role: String::new(),
                    fields: documented,
                }));
            }
            let name = self
                .names
                .claim(&format!("{}Headers", names::type_name(component)));
            self.header_structs.insert(component, name.clone());
            return Ok(Some(ResponseHeaders {
                name,
                defined_here: true,
                role: format!(
                    "The headers of a response that documents the `{component}` header alone."
                ),
                fields: documented,
            }));
        }
        Ok(Some(ResponseHeaders {
            name: self.names.claim(&format!("{}Headers", site.prefix)),
            defined_here: true,
            role: format!("The headers documented for {}.", site.place),
            fields: documented,
        }))
    }

    /// The type of a header's value, and whether it is a comma-separated list of that type. A
    /// value that is not a primitive, a string enum or a list of them (an object, a
    /// composition, `content`) is its text, with a warning.
    fn header_type(
        &mut self,
        format: &'a ParameterSchemaOrContent,
        pointer: &str,
        wire_name: &str,
        inline: &Inline,
    ) -> Result<(Type, bool), Error> {
        let schema_pointer = push_token(pointer, "schema");
        let untyped = |lowerer: &mut Self, at: &str, why: &str| {
            lowerer.warn(
                at,
                UNTYPED_RESPONSE,
                format!("response header `{wire_name}` {why}: it is its text (String)"),
            );
            Ok((Type::String, false))
        };
        let schema = match format {
            ParameterSchemaOrContent::Schema(schema) => schema,
            ParameterSchemaOrContent::Content(_) => {
                let at = push_token(pointer, "content");
                return untyped(self, &at, "is described by `content`");
            }
        };
        // Checked before lowering, so that no type is made for a schema left untyped.
        let not_scalar = "is not a primitive, a string enum or a list of them";
        if !self.is_scalar_schema(schema, true) {
            return untyped(self, &schema_pointer, not_scalar);
        }
        let ty = self.schema_or_ref(schema, &schema_pointer, inline)?;
        // A header is never `null`: a nullable schema is the value or absent.
        let (ty, _) = ty.split_null();
        if self.is_header_scalar(&ty) {
            return Ok((ty, false));
        }
        if let Type::List(item) = &ty {
            let (item, _) = (**item).clone().split_null();
            if self.is_header_scalar(&item) {
                return Ok((item, true));
            }
        }
        untyped(self, &schema_pointer, not_scalar)
    }

    /// Whether a schema is a primitive (or, when `list` is allowed, an array of them), before
    /// it is lowered.
    fn is_scalar_schema<S: std::borrow::Borrow<Schema>>(
        &self,
        schema: &ReferenceOr<S>,
        list: bool,
    ) -> bool {
        let Some(schema) = resolved(self.components, schema) else {
            // A dangling reference: lowering reports it.
            return true;
        };
        match &schema.schema_kind {
            SchemaKind::Type(OaType::Array(array)) => {
                list && array
                    .items
                    .as_ref()
                    .is_some_and(|items| self.is_scalar_schema(items, false))
            }
            SchemaKind::Type(OaType::Object(_)) => false,
            SchemaKind::Type(_) => true,
            SchemaKind::Any(any) => {
                any.properties.is_empty() && any.typ.as_deref() != Some("object")
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::AllOf { .. } => false,
            SchemaKind::Not { .. } => false,
        }
    }

    /// Whether a header value of this type is read from its text: a primitive, or a string
    /// enum, constant or alias of one.
    fn is_header_scalar(&self, ty: &Type) -> bool {
        match ty {
            Type::String | Type::Bool | Type::I32 | Type::I64 | Type::F32 | Type::F64 => true,
            Type::Uuid | Type::Json => true,
            Type::Named(id) => match self.def(*id).map(|def| &def.kind) {
                Some(TypeKind::Enum { .. } | TypeKind::Const(_)) => true,
                // One level: an alias of an alias is not followed, so no cycle can loop.
                Some(TypeKind::Alias(inner)) => {
                    !matches!(inner, Type::Named(_)) && self.is_header_scalar(inner)
                }
                _ => false,
            },
            _ => false,
        }
    }
}

/// The variant of a negotiated body's enum for a kind.
fn kind_variant(kind: Kind) -> &'static str {
    match kind {
        Kind::Json => "Json",
        Kind::EventStream => "EventStream",
        Kind::Text => "Text",
        Kind::Bytes => "Bytes",
    }
}

/// The media type without parameters, lowercased.
fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn is_xml(essence: &str) -> bool {
    essence.ends_with("/xml") || essence.ends_with("+xml")
}

/// Lower is typed first among media types of one kind.
fn json_rank(media_type: &str) -> u8 {
    let essence = essence(media_type);
    if essence == "application/json" {
        0
    } else if essence.ends_with("+json") {
        1
    } else if essence.ends_with("/json") {
        2
    } else {
        3
    }
}

/// `type: string, format: binary`.
fn is_binary_string(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(OaType::String(string)) => {
            string.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
        }
        _ => false,
    }
}

/// A response variant's docs: its status, and the response's description.
fn status_docs(status: StatusMatch, description: &str) -> String {
    let code = match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(hundreds) => format!("{hundreds}XX"),
        StatusMatch::Default => "Any other status".to_owned(),
    };
    let description = description.trim();
    if description.is_empty() {
        code
    } else {
        format!("{code}: {description}")
    }
}

/// An operation's responses by status, in document order, `default` last.
pub(super) fn by_status(
    responses: &openapiv3::Responses,
) -> Vec<(StatusMatch, &ReferenceOr<openapiv3::Response>)> {
    let mut entries: Vec<_> = responses
        .responses
        .iter()
        .map(|(status, response)| match status {
            StatusCode::Code(code) => (StatusMatch::Code(*code), response),
            StatusCode::Range(hundreds) => (StatusMatch::Range(*hundreds), response),
        })
        .collect();
    if let Some(default) = &responses.default {
        entries.push((StatusMatch::Default, default));
    }
    entries
}

/// The response enum's variant for a status, before it is made unique among its siblings.
pub(super) fn status_variant(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => names::status_variant(code),
        StatusMatch::Range(hundreds) => names::status_range_variant(hundreds),
        StatusMatch::Default => "Default".to_owned(),
    }
}

/// The key a status has in `responses`, for pointers.
fn status_key(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(hundreds) => format!("{hundreds}XX"),
        StatusMatch::Default => "default".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_media_types_are_ranked() {
        let mut keys = [
            "*/*",
            "text/json",
            "application/a+json",
            "application/json; charset=utf-8",
        ];
        keys.sort_by_key(|key| json_rank(key));
        assert_eq!(
            keys,
            [
                "application/json; charset=utf-8",
                "application/a+json",
                "text/json",
                "*/*"
            ]
        );
    }
}
