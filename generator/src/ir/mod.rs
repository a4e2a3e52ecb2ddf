//! The intermediate representation: an API described in Rust terms.
//!
//! Lowering fills it from `openapiv3`; emitting reads only it. Every name here is already a valid,
//! unique Rust identifier ([`Ident`], made by [`crate::names`]), every type and security scheme
//! is referred to by its index ([`TypeId`], [`SchemeId`]), every header name and media type is
//! one the `http` crate accepts as a constant, and every `origin` is the JSON pointer of the
//! node it came from.

mod protocol;
mod request;

pub use crate::names::Ident;
pub use protocol::{HeaderName, MediaType, Method, MethodToken, PATH_ITEM_METHODS};
pub use request::{
    BodyContent, Encoding, MultipartBody, Part, PartEncoding, PartKind, RequestBody, Style,
};

/// One vendor document, lowered.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The Rust module name (snake_case, never raw).
    pub module: Ident,
    /// The document's file, as the user named it.
    pub source_file: String,
    /// The overlays applied to the document, in order.
    pub overlay_files: Vec<String>,
    pub title: String,
    pub version: String,
    pub docs: Option<String>,
    pub servers: Vec<Server>,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    pub security_schemes: Vec<SecurityScheme>,
    /// The component schemas the vendor's webhooks send as their bodies (3.1 `webhooks`, or
    /// the `x-webhooks` extension): a receiver decodes them, though no operation returns them.
    pub webhook_payloads: Vec<TypeId>,
    /// The most types held inside one another (a cycle's types counted once): how deep rustc
    /// recurses to check their drops and layouts.
    pub type_depth: usize,
}

impl Api {
    /// The definition of a type of this API.
    pub fn def(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }

    /// A security scheme of this API.
    pub fn scheme(&self, id: SchemeId) -> &SecurityScheme {
        &self.security_schemes[id.0]
    }

    /// Whether any type or parameter uses `uuid::Uuid`, so that the crate enables the dependency.
    pub fn uses_uuid(&self) -> bool {
        self.all_types().any(Type::uses_uuid)
    }

    /// Every type the module writes: of definitions, parameters, request and response bodies.
    pub fn all_types(&self) -> impl Iterator<Item = &Type> {
        let definitions = self.types.iter().flat_map(|def| def.kind.types());
        let operations = self.operations.iter().flat_map(Operation::request_types);
        let responses = self
            .operations
            .iter()
            .flat_map(|operation| &operation.responses)
            .flat_map(Response::types);
        definitions.chain(operations).chain(responses)
    }
}

/// A type defined in the module: an index into [`Api::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(usize);

impl TypeId {
    pub(crate) fn new(index: usize) -> Self {
        TypeId(index)
    }

    pub fn index(self) -> usize {
        self.0
    }
}

/// A security scheme of the module: an index into [`Api::security_schemes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SchemeId(usize);

impl SchemeId {
    pub(crate) fn new(index: usize) -> Self {
        SchemeId(index)
    }

    pub fn index(self) -> usize {
        self.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    /// The URL with every server variable replaced by its default.
    pub url: String,
    pub docs: Option<String>,
}

/// A way to authenticate, from `components.securitySchemes`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityScheme {
    /// The scheme's key in the document, e.g. `bearerAuth`.
    pub key: String,
    /// The Rust constant naming it, e.g. `BEARER_AUTH`.
    pub const_name: Ident,
    pub kind: SecuritySchemeKind,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SecuritySchemeKind {
    /// `Authorization: Bearer <token>` (HTTP bearer, and the access token of OAuth 2 and
    /// OpenID Connect).
    Bearer,
    /// `Authorization: Basic <base64(user:password)>`.
    Basic,
    /// A header of this name, spelled as the document spells it: a valid header name in any
    /// case, which the runtime matches case-insensitively.
    ApiKeyHeader(String),
    ApiKeyQuery(String),
    ApiKeyCookie(String),
}

/// A Rust type as a field, parameter or body sees it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    String,
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
    Uuid,
    /// `format: date-time`: an instant, RFC 3339 on the wire (`chrono::DateTime<chrono::Utc>`).
    DateTime,
    /// `format: date`: a calendar date, `2024-05-31` on the wire (`chrono::NaiveDate`).
    Date,
    /// `format: byte`: bytes, base64 text on the wire (`Vec<u8>` read and written through
    /// `runtime::base64`).
    Bytes,
    /// Any JSON value (schemas the generator cannot type more precisely).
    Json,
    /// A JSON object with arbitrary members.
    JsonObject,
    /// A type defined in the same module.
    Named(TypeId),
    List(Box<Type>),
    Map(Box<Type>),
    /// The inner type, or `null`: `Option<T>`. Nullability belongs to the value wherever it
    /// stands (a field, a list item, a map value, a body), so it is part of the type rather
    /// than a flag on each of those places. Never directly nested.
    Nullable(Box<Type>),
    /// An object that is sent either as its string id or, expanded, in full:
    /// `runtime::Expandable<T>` (the object is boxed there, so this is no containment).
    Expandable(Box<Type>),
}

impl Type {
    pub fn uses_uuid(&self) -> bool {
        match self {
            Type::Uuid => true,
            Type::List(inner)
            | Type::Map(inner)
            | Type::Nullable(inner)
            | Type::Expandable(inner) => inner.uses_uuid(),
            _ => false,
        }
    }

    /// Replaces every type id in this type by `f` of it.
    pub fn renumber(&mut self, f: &impl Fn(TypeId) -> TypeId) {
        match self {
            Type::Named(id) => *id = f(*id),
            Type::List(inner)
            | Type::Map(inner)
            | Type::Nullable(inner)
            | Type::Expandable(inner) => inner.renumber(f),
            _ => {}
        }
    }

    /// This type, or `null`. Already nullable types are returned as they are.
    pub fn nullable(self) -> Type {
        match self {
            Type::Nullable(_) => self,
            other => Type::Nullable(Box::new(other)),
        }
    }

    /// This type without its `null`, and whether it had one.
    pub fn split_null(self) -> (Type, bool) {
        match self {
            Type::Nullable(inner) => (*inner, true),
            other => (other, false),
        }
    }

    /// [`Type::split_null`] by reference.
    pub fn non_null(&self) -> &Type {
        match self {
            Type::Nullable(inner) => inner,
            other => other,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: Ident,
    /// The schema's description, or the nearest one around it (the array's for its items, the
    /// response's for its body).
    pub docs: Option<String>,
    /// What the type is, in a sentence, for its docs when nothing describes it: "An item of the
    /// `tags` member of `Pet`."
    pub role: String,
    pub deprecated: bool,
    pub origin: String,
    pub kind: TypeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct {
        fields: Vec<Field>,
        /// Members beyond the named ones, when the schema allows them.
        additional: Option<AdditionalMembers>,
    },
    /// A string or integer enum. Values unknown at generation time decode into the `catch_all`
    /// variant, which keeps the value.
    Enum {
        values: EnumValues,
        catch_all: Ident,
    },
    Alias(Type),
    /// A 3.1 `const`: a type with exactly one value, which decoding checks.
    Const(ConstValue),
    /// A value matching one of several schemas, without a member that tells which: `oneOf` /
    /// `anyOf` without a discriminator, and 3.1 `type: [A, B]`. Decoding tries the variants in
    /// the listed order, most specific first, and keeps the first that matches.
    Union(Vec<UnionVariant>),
    /// `oneOf` / `anyOf` with a discriminator: a member of the value names its variant.
    Tagged(TaggedUnion),
}

impl TypeKind {
    /// The types a definition of this kind is made of.
    pub fn types(&self) -> Vec<&Type> {
        match self {
            TypeKind::Struct { fields, additional } => fields
                .iter()
                .map(|f| &f.ty)
                .chain(additional.as_ref().map(|a| &a.ty))
                .collect(),
            TypeKind::Alias(ty) => vec![ty],
            TypeKind::Union(variants) => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Tagged(tagged) => tagged.variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Enum { .. } | TypeKind::Const(_) => Vec::new(),
        }
    }

    /// [`TypeKind::types`], to change them.
    pub fn types_mut(&mut self) -> Vec<&mut Type> {
        match self {
            TypeKind::Struct { fields, additional } => fields
                .iter_mut()
                .map(|f| &mut f.ty)
                .chain(additional.as_mut().map(|a| &mut a.ty))
                .collect(),
            TypeKind::Alias(ty) => vec![ty],
            TypeKind::Union(variants) => variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Tagged(tagged) => tagged.variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Enum { .. } | TypeKind::Const(_) => Vec::new(),
        }
    }
}

/// The one value of a [`TypeKind::Const`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConstValue {
    String(String),
    Integer(i64),
    Bool(bool),
}

/// The map of a struct's members beyond the documented ones.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalMembers {
    /// The field holding them, named so as not to clash with the others.
    pub field: Ident,
    /// The type of each member's value.
    pub ty: Type,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub name: Ident,
    pub ty: Type,
    /// Boxed to break a cycle of types that would otherwise have infinite size.
    pub boxed: bool,
    pub docs: Option<String>,
}

/// A union whose variants are told apart by the string value of one member.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedUnion {
    /// The member naming the variant, as it appears on the wire.
    pub property: String,
    /// In the order tried when the member is absent, most specific first.
    pub variants: Vec<TaggedVariant>,
    /// The variant keeping, as received, a value whose tag is not one of the known ones.
    pub unknown: Ident,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaggedVariant {
    pub name: Ident,
    pub ty: Type,
    /// The values of the tag member that select this variant (none: reached only by trying).
    pub tags: Vec<String>,
    /// Boxed to break a cycle of types that would otherwise have infinite size.
    pub boxed: bool,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: Ident,
    pub wire_name: String,
    /// [`Type::Nullable`] when the member may be `null`.
    pub ty: Type,
    pub required: bool,
    /// Boxed to break a cycle of types that would otherwise have infinite size.
    pub boxed: bool,
    /// Text that `format: password` or the member's name says is a secret, redacted in `Debug`
    /// output (see `lower::secrets`).
    pub secret: bool,
    pub deprecated: bool,
    pub docs: Option<String>,
}

/// The known values of an enum, all of one JSON type.
#[derive(Debug, Clone, PartialEq)]
pub enum EnumValues {
    String(Vec<EnumVariant<String>>),
    Integer(Vec<EnumVariant<i64>>),
}

impl EnumValues {
    /// The variants' names, in order.
    pub fn names(&self) -> Vec<&Ident> {
        match self {
            EnumValues::String(variants) => variants.iter().map(|v| &v.name).collect(),
            EnumValues::Integer(variants) => variants.iter().map(|v| &v.name).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant<V> {
    pub name: Ident,
    /// The value as it appears on the wire.
    pub value: V,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The request type's name; the response enum is `response_name`.
    pub name: Ident,
    pub response_name: Ident,
    /// The enum of the responses `into_result` returns as `Ok`, when there are several.
    pub success_name: Option<Ident>,
    /// The enum of the responses `into_result` returns as errors, when there are any.
    pub error_name: Option<Ident>,
    pub method: Method,
    /// The path template as written in the document.
    pub path: String,
    pub path_segments: Vec<PathSegment>,
    pub docs: Option<String>,
    /// The first of the operation's tags, as written: the generated module keeps the
    /// operations of a tag in a file of their own.
    pub tag: Option<String>,
    pub deprecated: bool,
    pub origin: String,
    pub parameters: Vec<Parameter>,
    pub body: Option<RequestBody>,
    pub responses: Vec<Response>,
    /// For the `Accept` header: every media type the responses declare, in document order.
    pub accept: Vec<MediaType>,
    /// Alternatives, any one of which authorizes the request; each lists the schemes it needs
    /// together. Empty: no authentication. An empty alternative: optional.
    pub security: Vec<Vec<SchemeId>>,
    /// The `operationId`, as the document spells it.
    pub operation_id: Option<String>,
    /// How its results come in pages, when they do (see [`crate::pagination`]).
    pub pagination: Option<Paging>,
}

/// How an operation's results come in pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Paging {
    /// The index in [`Operation::responses`] of the response that is a page (`200`).
    pub response: usize,
    /// The type of one item of a page.
    pub item: Type,
    pub kind: PagingKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PagingKind {
    /// The page's body is the list of items; the next page is the `rel="next"` target of its
    /// `Link` header.
    Link,
    /// The page's body is a struct holding the items and a flag saying more follow; the next
    /// page is the operation again with a parameter set to a field of the last item.
    Cursor {
        /// The page's field of items.
        items: Ident,
        /// The page's `bool` field saying more follow.
        has_more: Ident,
        /// The operation's field of the cursor parameter (a string).
        parameter: Ident,
        parameter_required: bool,
        /// The item's `String` field the parameter takes.
        cursor_field: Ident,
        /// Whether any of these fields is deprecated.
        deprecated: bool,
    },
}

impl Operation {
    /// The types of its parameters and body.
    pub fn request_types(&self) -> impl Iterator<Item = &Type> {
        let parameters = self.parameters.iter().map(|p| &p.ty);
        parameters.chain(self.body.iter().flat_map(RequestBody::types))
    }

    /// How `into_result` treats `response`, one of this operation's.
    pub fn outcome(&self, response: &Response) -> Outcome {
        match response.status {
            StatusMatch::Code(200..=299) | StatusMatch::Range(2) => Outcome::Success,
            StatusMatch::Default
                if !self.responses.iter().any(|r| {
                    matches!(
                        r.status,
                        StatusMatch::Code(200..=299) | StatusMatch::Range(2)
                    )
                }) =>
            {
                Outcome::SuccessIf2xx
            }
            _ => Outcome::Error,
        }
    }

    /// The responses `into_result` may return as `Ok`, in document order.
    pub fn successes(&self) -> impl Iterator<Item = &Response> {
        self.responses
            .iter()
            .filter(|r| self.outcome(r) != Outcome::Error)
    }

    /// The responses `into_result` may return as errors, in document order.
    pub fn errors(&self) -> impl Iterator<Item = &Response> {
        self.responses
            .iter()
            .filter(|r| self.outcome(r) != Outcome::Success)
    }

    /// Every type the operation uses, to change them.
    pub fn types_mut(&mut self) -> impl Iterator<Item = &mut Type> {
        let parameters = self.parameters.iter_mut().map(|p| &mut p.ty);
        let body = self.body.iter_mut().flat_map(RequestBody::types_mut);
        let responses = self.responses.iter_mut().flat_map(Response::types_mut);
        parameters.chain(body).chain(responses)
    }
}

/// Which side of `into_result` a response is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A `2xx` status or the `2XX` range.
    Success,
    /// Any other status, and `default` beside a documented success.
    Error,
    /// `default` when no success is documented: a success when the status the server sent is
    /// `2xx`, else an error.
    SuccessIf2xx,
}

/// A piece of a path template: literal text, or the index of a path parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum PathSegment {
    Literal(String),
    Parameter(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParameterLocation {
    Path,
    Query,
    /// A header, under this name.
    Header(HeaderName),
    Cookie,
    /// 3.2 `in: querystring`: the value is the whole query string, written as this says.
    QueryString(QueryString),
}

/// How a 3.2 `in: querystring` parameter writes the query string, by its media type.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryString {
    /// `application/x-www-form-urlencoded`: the members of the value as fields, each in the
    /// encoding listed for it, else `form` style exploded (as a form body).
    Form(Vec<(String, Encoding)>),
    /// A JSON media type: the value as JSON text, percent-encoded.
    Json,
    /// Any other media type: text the caller writes, characters a query cannot hold
    /// percent-encoded.
    Text,
}

impl ParameterLocation {
    /// The location as the document's `in` names it.
    pub fn as_str(&self) -> &'static str {
        match self {
            ParameterLocation::Path => "path",
            ParameterLocation::Query => "query",
            ParameterLocation::Header(_) => "header",
            ParameterLocation::Cookie => "cookie",
            ParameterLocation::QueryString(_) => "querystring",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub field: Ident,
    pub wire_name: String,
    pub location: ParameterLocation,
    /// Its `style`, `explode` and `allowReserved`, or JSON text for a `content` parameter.
    pub encoding: Encoding,
    /// Any type: the runtime serializes the value and writes it in the parameter's style.
    pub ty: Type,
    pub required: bool,
    pub secret: bool,
    pub deprecated: bool,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: StatusMatch,
    pub variant: Ident,
    pub docs: Option<String>,
    pub body: ResponseBody,
    /// The headers the response documents, when it documents any.
    pub headers: Option<ResponseHeaders>,
}

impl Response {
    /// Every type the response uses, to change them.
    pub fn types_mut(&mut self) -> Vec<&mut Type> {
        let mut types = self.body.types_mut();
        if let Some(headers) = &mut self.headers {
            types.extend(headers.fields.iter_mut().map(|field| &mut field.ty));
        }
        types
    }

    /// Every type the response uses.
    pub fn types(&self) -> Vec<&Type> {
        let mut types = self.body.types();
        if let Some(headers) = &self.headers {
            types.extend(headers.fields.iter().map(|field| &field.ty));
        }
        types
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StatusMatch {
    Code(u16),
    /// `2XX` and the like: the hundreds digit.
    Range(u16),
    Default,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ResponseBody {
    /// No content is documented.
    None,
    /// A JSON body of this type.
    Json(Type),
    /// Text (`text/*`, XML): a `String`.
    Text,
    /// Binary content, or JSON without a schema: kept as bytes.
    Bytes,
    /// Server-Sent Events (`text/event-stream`), each event's data as given.
    EventStream(EventData),
    /// Several of the above, for several kinds of media type: the response's `Content-Type`
    /// tells which.
    Negotiated(NegotiatedBody),
}

impl ResponseBody {
    fn types_mut(&mut self) -> Vec<&mut Type> {
        match self {
            ResponseBody::Json(ty) | ResponseBody::EventStream(EventData::Json(ty)) => vec![ty],
            ResponseBody::Negotiated(negotiated) => negotiated
                .alternatives
                .iter_mut()
                .flat_map(|alternative| alternative.body.types_mut())
                .collect(),
            _ => Vec::new(),
        }
    }

    fn types(&self) -> Vec<&Type> {
        match self {
            ResponseBody::Json(ty) | ResponseBody::EventStream(EventData::Json(ty)) => vec![ty],
            ResponseBody::Negotiated(negotiated) => negotiated
                .alternatives
                .iter()
                .flat_map(|alternative| alternative.body.types())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Whether the body is, or may be, a stream of events, which is read as it arrives.
    pub fn streams(&self) -> bool {
        match self {
            ResponseBody::EventStream(_) => true,
            ResponseBody::Negotiated(negotiated) => {
                negotiated.alternatives.iter().any(|a| a.body.streams())
            }
            _ => false,
        }
    }
}

/// What the `data` of each event of a `text/event-stream` body is.
#[derive(Debug, Clone, PartialEq)]
pub enum EventData {
    /// JSON of this type.
    Json(Type),
    /// Text: the schema is a string, or there is none.
    Text,
}

/// A body of several kinds, told apart by the response's `Content-Type`: an enum of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct NegotiatedBody {
    pub name: Ident,
    /// What the enum is: "The body of the `200` response of `GetPet`."
    pub role: String,
    /// Whether the enum is written with this response: a component response used by several
    /// operations has it written with the first.
    pub defined_here: bool,
    /// One per kind, in a fixed order: JSON, events, text, bytes.
    pub alternatives: Vec<Alternative>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    pub variant: Ident,
    /// The media types of the document it stands for, for its docs.
    pub media_types: Vec<String>,
    /// `Json`, `Text`, `Bytes` or `EventStream`.
    pub body: ResponseBody,
}

/// The headers a response documents: a struct of their own beside the body.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeaders {
    pub name: Ident,
    /// As for [`NegotiatedBody::defined_here`].
    pub defined_here: bool,
    /// What the struct is: "The headers of the `200` response of `GetPet`."
    pub role: String,
    pub fields: Vec<ResponseHeader>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeader {
    pub field: Ident,
    /// As the document spells it.
    pub wire_name: String,
    pub name: HeaderName,
    /// The type of the value; of each item for a list.
    pub ty: Type,
    /// A comma-separated list (`simple` style).
    pub list: bool,
    pub required: bool,
    pub deprecated: bool,
    pub docs: Option<String>,
}
