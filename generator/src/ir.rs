//! The intermediate representation: an API described in Rust terms.
//!
//! Lowering fills it from `openapiv3`; emitting reads only it. Every name here is already a valid,
//! unique Rust identifier, and every `origin` is the JSON pointer of the node it came from.

/// One vendor document, lowered.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The Rust module name (snake_case).
    pub module: String,
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
}

impl Api {
    /// Whether any type or parameter uses `uuid::Uuid`, so that the crate enables the dependency.
    pub fn uses_uuid(&self) -> bool {
        let fields = self.types.iter().flat_map(|t| match &t.kind {
            TypeKind::Struct { fields, additional } => fields
                .iter()
                .map(|f| &f.ty)
                .chain(additional)
                .collect::<Vec<_>>(),
            TypeKind::Alias(ty) => vec![ty],
            TypeKind::Union(variants) => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Enum { .. } | TypeKind::Const(_) => Vec::new(),
        });
        let parameters = self.operations.iter().flat_map(|o| {
            o.parameters
                .iter()
                .map(|p| &p.ty)
                .chain(o.body.as_ref().map(|b| &b.ty))
        });
        fields.chain(parameters).any(Type::uses_uuid)
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
    pub const_name: String,
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
    ApiKeyHeader(String),
    ApiKeyQuery(String),
    ApiKeyCookie(String),
}

/// A Rust type as a field, parameter or body sees it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    Uuid,
    /// Any JSON value (schemas the generator cannot type more precisely).
    Json,
    /// A JSON object with arbitrary members.
    JsonObject,
    /// A type defined in the same module.
    Named(String),
    List(Box<Type>),
    Map(Box<Type>),
}

impl Type {
    pub fn uses_uuid(&self) -> bool {
        match self {
            Type::Uuid => true,
            Type::List(inner) | Type::Map(inner) => inner.uses_uuid(),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub docs: Option<String>,
    pub deprecated: bool,
    pub origin: String,
    pub kind: TypeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct {
        fields: Vec<Field>,
        /// The type of members beyond the named ones, when the schema declares it.
        additional: Option<Type>,
    },
    /// A string enum. Values unknown at generation time decode into the `catch_all` variant,
    /// which keeps the text.
    Enum {
        variants: Vec<EnumVariant>,
        catch_all: String,
    },
    Alias(Type),
    /// A 3.1 `const` string: a type with exactly one value, which decoding checks.
    Const(String),
    /// A value of one of several JSON types (3.1 `type: [A, B]`), tried in the listed order.
    Union(Vec<UnionVariant>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub name: String,
    pub ty: Type,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub wire_name: String,
    pub ty: Type,
    pub required: bool,
    pub nullable: bool,
    /// Boxed to break a cycle of types that would otherwise have infinite size.
    pub boxed: bool,
    pub secret: bool,
    pub deprecated: bool,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The request type's name; the response enum is `response_name`.
    pub name: String,
    pub response_name: String,
    /// Upper-case HTTP method, e.g. `DELETE`.
    pub method: String,
    /// The path template as written in the document.
    pub path: String,
    pub path_segments: Vec<PathSegment>,
    pub docs: Option<String>,
    pub deprecated: bool,
    pub origin: String,
    pub parameters: Vec<Parameter>,
    pub body: Option<RequestBody>,
    pub responses: Vec<Response>,
    /// The `Accept` header: every media type the responses declare.
    pub accept: Option<String>,
    /// Alternatives, any one of which authorizes the request; each lists the `const_name`s of
    /// the schemes it needs together. Empty: no authentication. An empty alternative: optional.
    pub security: Vec<Vec<String>>,
}

/// A piece of a path template: literal text, or the index of a path parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum PathSegment {
    Literal(String),
    Parameter(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub field: String,
    pub wire_name: String,
    pub location: ParameterLocation,
    /// For lists in a query: repeat the name per item (`a=1&a=2`) rather than join with commas.
    pub explode: bool,
    /// A scalar, a string enum, or (query only) a list of those.
    pub ty: Type,
    pub required: bool,
    pub secret: bool,
    pub deprecated: bool,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    pub media_type: String,
    pub ty: Type,
    pub required: bool,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: StatusMatch,
    pub variant: String,
    pub docs: Option<String>,
    pub body: ResponseBody,
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
    /// Content that is not JSON, or JSON without a schema: kept as bytes.
    Raw,
}
