//! Stage 6: `openapiv3::OpenAPI` → [`ir::Api`]: references resolved, Rust names chosen.
//!
//! Naming scheme (one type namespace per module, claimed in this order so that names are stable):
//! 1. component schemas, in document order: `components.schemas.Foo_bar` → `FooBar`;
//! 2. per operation, in document order: the request type from `operationId` (or method + path)
//!    and `<Request>Response` for its response enum;
//! 3. inline schemas, named after where they stand: `<Parent><Property>`, `<Parent>Item` for
//!    array items, `<Operation><Status>Body` for response bodies, `<Operation>Body` for request
//!    bodies, `<ComponentResponse>` for a component response's schema.
//!
//! A name already taken gets a numeric suffix. Constructs the generator cannot type yet become
//! `serde_json::Value` with a warning; an operation whose request cannot be expressed is skipped
//! with a warning. Dangling references are errors.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use openapiv3::{
    APIKeyLocation, AdditionalProperties, Components, IntegerFormat, MediaType, NumberFormat,
    OpenAPI, Parameter as OaParameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr, Schema,
    SchemaKind, SecurityScheme as OaSecurityScheme, StatusCode, StringFormat, Type as OaType,
    VariantOrUnknownOrEmpty,
};

use crate::diagnostic::{Error, Location, Warning, push_token};
use crate::extension;
use crate::ir::{
    Api, EnumVariant, Field, Operation, Parameter, ParameterLocation, PathSegment, RequestBody,
    Response, ResponseBody, SecurityScheme, SecuritySchemeKind, Server, StatusMatch, Type, TypeDef,
    TypeKind, UnionVariant,
};
use crate::names::{self, Scope};

/// Lowers a parsed document into the IR of module `module`.
pub fn lower(file: &str, module: &str, api: &OpenAPI) -> Result<(Api, Vec<Warning>), Error> {
    let mut lowerer = Lowerer {
        file,
        components: api.components.as_ref(),
        names: Scope::for_types(),
        schema_names: IndexMap::new(),
        response_types: HashMap::new(),
        defs: Vec::new(),
        def_index: HashMap::new(),
        warnings: Vec::new(),
    };
    lowerer.component_schemas()?;
    let security_schemes = lowerer.security_schemes();
    let default_security = api.security.clone().unwrap_or_default();
    let mut operations = Vec::new();
    for (path, item) in api.paths.iter() {
        let pointer = push_token("/paths", path);
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { reference } => {
                lowerer.warn(
                    &pointer,
                    "skipped-operation",
                    format!("path item references ({reference}) are not supported yet"),
                );
                continue;
            }
        };
        for (method, operation) in item.iter() {
            let pointer = push_token(&pointer, method);
            let requirements = operation.security.as_ref().unwrap_or(&default_security);
            let site = OperationSite {
                path,
                method,
                item,
                pointer: &pointer,
            };
            if let Some(operation) =
                lowerer.operation(&site, operation, &security_schemes, requirements)?
            {
                operations.push(operation);
            }
        }
    }
    lowerer.box_cycles();
    let docs = join_docs(
        api.info.summary_extension(),
        api.info.description.as_deref(),
    );
    let ir = Api {
        module: module.to_owned(),
        source_file: file.to_owned(),
        overlay_files: Vec::new(),
        title: api.info.title.clone(),
        version: api.info.version.clone(),
        docs,
        servers: api
            .servers
            .iter()
            .map(|server| Server {
                url: server_url(server),
                docs: server.description.clone(),
            })
            .collect(),
        types: lowerer.defs,
        operations,
        security_schemes,
    };
    Ok((ir, lowerer.warnings))
}

trait InfoExt {
    fn summary_extension(&self) -> Option<&str>;
}

impl InfoExt for openapiv3::Info {
    /// 3.1's `info.summary`, which normalization keeps as `x-summary`.
    fn summary_extension(&self) -> Option<&str> {
        self.extensions
            .get(extension::SUMMARY)
            .and_then(|v| v.as_str())
    }
}

/// The server URL with each `{variable}` replaced by its default.
fn server_url(server: &openapiv3::Server) -> String {
    let mut url = server.url.clone();
    if let Some(variables) = &server.variables {
        for (name, variable) in variables {
            url = url.replace(&format!("{{{name}}}"), &variable.default);
        }
    }
    url
}

fn join_docs(first: Option<&str>, second: Option<&str>) -> Option<String> {
    let parts: Vec<&str> = [first, second]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    match parts.as_slice() {
        [] => None,
        [one] => Some((*one).to_owned()),
        [a, b] if a == b => Some((*a).to_owned()),
        _ => Some(parts.join("\n\n")),
    }
}

/// Undoes RFC 6901 escaping of one reference token.
fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

struct Lowerer<'a> {
    file: &'a str,
    components: Option<&'a Components>,
    names: Scope,
    /// Component schema name → Rust type name.
    schema_names: IndexMap<String, String>,
    /// Component response name → the type of its JSON body, lowered once.
    response_types: HashMap<String, ResponseBody>,
    defs: Vec<TypeDef>,
    def_index: HashMap<String, usize>,
    warnings: Vec<Warning>,
}

/// Where a schema stands and what it says of itself: what a definition made from it needs.
struct Site<'p> {
    pointer: &'p str,
    /// The name to claim for an inline schema's type.
    hint: &'p str,
    /// The component's type name, for a component schema: it always gets a definition.
    name: Option<String>,
    docs: Option<String>,
    deprecated: bool,
}

/// Where an operation stands in the document.
struct OperationSite<'a> {
    path: &'a str,
    method: &'a str,
    item: &'a openapiv3::PathItem,
    pointer: &'a str,
}

/// What a request of an operation holds, besides its security.
struct RequestParts {
    parameters: Vec<Parameter>,
    path_segments: Vec<PathSegment>,
    body: Option<RequestBody>,
}

/// Why an operation cannot be generated; it is skipped with a warning.
struct Skip {
    pointer: String,
    reason: String,
}

impl<'a> Lowerer<'a> {
    fn warn(&mut self, pointer: &str, kind: &'static str, message: impl Into<String>) {
        self.warnings.push(Warning::new(
            Location::new(self.file, pointer),
            kind,
            message,
        ));
    }

    fn error(&self, pointer: &str, message: impl Into<String>) -> Error {
        Error::new(self.file, pointer, message)
    }

    fn define(&mut self, def: TypeDef) {
        self.def_index.insert(def.name.clone(), self.defs.len());
        self.defs.push(def);
    }

    /// Defines the type of the schema at `site`, under its component name or a name claimed
    /// from its hint, and returns that name.
    fn define_at(&mut self, site: Site, kind: TypeKind) -> String {
        let name = site.name.unwrap_or_else(|| self.names.claim(site.hint));
        self.define(TypeDef {
            name: name.clone(),
            docs: site.docs,
            deprecated: site.deprecated,
            origin: site.pointer.to_owned(),
            kind,
        });
        name
    }

    fn def(&self, name: &str) -> Option<&TypeDef> {
        self.def_index.get(name).map(|&i| &self.defs[i])
    }

    /// `components.securitySchemes`, in document order. Schemes that cannot be applied by
    /// setting a header, query parameter or cookie are left out with a warning.
    fn security_schemes(&mut self) -> Vec<SecurityScheme> {
        let Some(components) = self.components else {
            return Vec::new();
        };
        let mut names = Scope::default();
        let mut schemes = Vec::new();
        for (key, scheme) in &components.security_schemes {
            let pointer = push_token("/components/securitySchemes", key);
            let ReferenceOr::Item(scheme) = scheme else {
                self.warn(
                    &pointer,
                    "unsupported-security",
                    "security scheme references are not supported yet",
                );
                continue;
            };
            let (kind, docs) = match scheme {
                OaSecurityScheme::APIKey {
                    location,
                    name,
                    description,
                    ..
                } => (
                    match location {
                        APIKeyLocation::Header => SecuritySchemeKind::ApiKeyHeader(name.clone()),
                        APIKeyLocation::Query => SecuritySchemeKind::ApiKeyQuery(name.clone()),
                        APIKeyLocation::Cookie => SecuritySchemeKind::ApiKeyCookie(name.clone()),
                    },
                    description,
                ),
                OaSecurityScheme::HTTP {
                    scheme,
                    description,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "bearer" => (SecuritySchemeKind::Bearer, description),
                    "basic" => (SecuritySchemeKind::Basic, description),
                    other => {
                        self.warn(
                            &push_token(&pointer, "scheme"),
                            "unsupported-security",
                            format!("HTTP authentication scheme `{other}` is not supported yet"),
                        );
                        continue;
                    }
                },
                OaSecurityScheme::OAuth2 { description, .. }
                | OaSecurityScheme::OpenIDConnect { description, .. } => {
                    (SecuritySchemeKind::Bearer, description)
                }
            };
            let const_name = names.claim(&names::const_name(key));
            schemes.push(SecurityScheme {
                key: key.clone(),
                const_name,
                kind,
                docs: docs.clone(),
            });
        }
        schemes
    }

    /// An operation's security requirements as alternatives of scheme constants. An
    /// alternative naming a scheme that is not generated (undefined, or `mutualTLS`) is left
    /// out with a warning; when none is left, the operation cannot be authorized and is
    /// skipped.
    fn security_requirements(
        &mut self,
        schemes: &[SecurityScheme],
        requirements: &[openapiv3::SecurityRequirement],
        pointer: &str,
    ) -> Result<Vec<Vec<String>>, Skip> {
        let mut alternatives = Vec::new();
        for requirement in requirements {
            let names: Option<Vec<String>> = requirement
                .keys()
                .map(|key| {
                    schemes
                        .iter()
                        .find(|scheme| &scheme.key == key)
                        .map(|scheme| scheme.const_name.clone())
                })
                .collect();
            match names {
                Some(names) => alternatives.push(names),
                None => {
                    let keys: Vec<&str> = requirement.keys().map(String::as_str).collect();
                    self.warn(
                        pointer,
                        "unsupported-security",
                        format!(
                            "the way to authenticate with {} is left out: a scheme it names is \
                             not in components.securitySchemes or is not supported",
                            keys.join(" + ")
                        ),
                    );
                }
            }
        }
        if alternatives.is_empty() && !requirements.is_empty() {
            return Err(Skip {
                pointer: pointer.to_owned(),
                reason: "none of its ways to authenticate is supported".to_owned(),
            });
        }
        Ok(alternatives)
    }

    // ----- schemas -------------------------------------------------------------------------

    fn component_schemas(&mut self) -> Result<(), Error> {
        let Some(components) = self.components else {
            return Ok(());
        };
        for name in components.schemas.keys() {
            let rust = self.names.claim(&names::type_name(name));
            self.schema_names.insert(name.clone(), rust);
        }
        for (name, schema) in &components.schemas {
            let pointer = push_token("/components/schemas", name);
            let rust = self.schema_names[name].clone();
            match schema {
                ReferenceOr::Reference { reference } => {
                    let target = self.schema_ref(reference, &pointer)?;
                    self.define(TypeDef {
                        name: rust,
                        docs: None,
                        deprecated: false,
                        origin: pointer,
                        kind: TypeKind::Alias(target),
                    });
                }
                ReferenceOr::Item(schema) => {
                    self.schema(schema, &pointer, &rust.clone(), Some(rust))?;
                }
            }
        }
        Ok(())
    }

    /// `#/components/schemas/X` → the named type of `X`.
    fn schema_ref(&self, reference: &str, pointer: &str) -> Result<Type, Error> {
        let name = reference
            .strip_prefix("#/components/schemas/")
            .filter(|name| !name.contains('/'))
            .map(unescape_token)
            .ok_or_else(|| {
                self.error(
                    pointer,
                    format!(
                        "reference {reference} is not supported yet: only references to a whole \
                         schema, #/components/schemas/<name>, are resolved"
                    ),
                )
            })?;
        self.schema_names
            .get(&name)
            .map(|rust| Type::Named(rust.clone()))
            .ok_or_else(|| self.error(pointer, format!("dangling reference {reference}")))
    }

    fn schema_or_ref(
        &mut self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
        hint: &str,
    ) -> Result<Type, Error> {
        match schema {
            ReferenceOr::Reference { reference } => self.schema_ref(reference, pointer),
            ReferenceOr::Item(schema) => self.schema(schema, pointer, hint, None),
        }
    }

    fn boxed_schema_or_ref(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        pointer: &str,
        hint: &str,
    ) -> Result<Type, Error> {
        match schema {
            ReferenceOr::Reference { reference } => self.schema_ref(reference, pointer),
            ReferenceOr::Item(schema) => self.schema(schema, pointer, hint, None),
        }
    }

    /// The description a reference's target carries, for fields that have none of their own.
    fn referenced_docs(&self, ty: &Type) -> Option<String> {
        match ty {
            Type::Named(name) => self.def(name).and_then(|def| def.docs.clone()),
            _ => None,
        }
    }

    /// Lowers an inline schema. With `name`, the schema is a component and always gets a
    /// definition of that name (an alias when it is a plain type); without, a definition is
    /// made only for structs and enums, named from `hint`.
    fn schema(
        &mut self,
        schema: &Schema,
        pointer: &str,
        hint: &str,
        name: Option<String>,
    ) -> Result<Type, Error> {
        let data = &schema.schema_data;
        let site = Site {
            pointer,
            hint,
            name,
            docs: data
                .description
                .clone()
                .or_else(|| data.title.clone())
                .filter(|d| !d.trim().is_empty()),
            deprecated: data.deprecated,
        };
        // Meaning that normalization kept for us from 3.1.
        let special = match (
            data.extensions.get(extension::CONST),
            data.extensions.get(extension::TYPES),
        ) {
            (Some(serde_json::Value::String(value)), _) => Some(TypeKind::Const(value.clone())),
            (_, Some(serde_json::Value::Array(types))) => Some(union_kind(types)),
            _ => None,
        };
        if let Some(kind) = special {
            return Ok(Type::Named(self.define_at(site, kind)));
        }
        let ty = match &schema.schema_kind {
            SchemaKind::Type(OaType::String(string)) => {
                let values: Vec<&str> = string
                    .enumeration
                    .iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                if !values.is_empty() {
                    return Ok(Type::Named(self.define_at(site, enum_kind(&values))));
                }
                match &string.format {
                    VariantOrUnknownOrEmpty::Unknown(format) if format == "uuid" => Type::Uuid,
                    _ => Type::String,
                }
            }
            SchemaKind::Type(OaType::Integer(integer)) => match integer.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Type::I32,
                _ => Type::I64,
            },
            SchemaKind::Type(OaType::Number(number)) => match number.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Type::F32,
                _ => Type::F64,
            },
            SchemaKind::Type(OaType::Boolean(_)) => Type::Bool,
            SchemaKind::Type(OaType::Object(object)) => {
                return self.object(
                    &object.properties,
                    &object.required,
                    object.additional_properties.as_ref(),
                    site,
                );
            }
            SchemaKind::Type(OaType::Array(array)) => match &array.items {
                Some(items) => Type::List(Box::new(self.boxed_schema_or_ref(
                    items,
                    &push_token(pointer, "items"),
                    &format!("{hint}Item"),
                )?)),
                None => Type::List(Box::new(Type::Json)),
            },
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                self.schema_or_ref(&all_of[0], &push_token(pointer, "allOf/0"), hint)?
            }
            SchemaKind::OneOf { one_of } if one_of.len() == 1 => {
                self.schema_or_ref(&one_of[0], &push_token(pointer, "oneOf/0"), hint)?
            }
            SchemaKind::AnyOf { any_of } if any_of.len() == 1 => {
                self.schema_or_ref(&any_of[0], &push_token(pointer, "anyOf/0"), hint)?
            }
            SchemaKind::AllOf { .. } | SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => {
                self.warn(
                    pointer,
                    "untyped-schema",
                    "allOf/oneOf/anyOf with several members is not typed yet: serde_json::Value",
                );
                Type::Json
            }
            SchemaKind::Not { .. } => {
                self.warn(
                    pointer,
                    "untyped-schema",
                    "`not` is not typed: serde_json::Value",
                );
                Type::Json
            }
            SchemaKind::Any(any) => {
                if !any.properties.is_empty() || any.typ.as_deref() == Some("object") {
                    return self.object(
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        site,
                    );
                }
                Type::Json
            }
        };
        if site.name.is_some() {
            Ok(Type::Named(self.define_at(site, TypeKind::Alias(ty))))
        } else {
            Ok(ty)
        }
    }

    fn object(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        site: Site,
    ) -> Result<Type, Error> {
        let (pointer, hint) = (site.pointer, site.hint);
        let additional = match additional {
            Some(AdditionalProperties::Schema(schema)) => Some(self.schema_or_ref(
                schema,
                &push_token(pointer, "additionalProperties"),
                &format!("{hint}Value"),
            )?),
            Some(AdditionalProperties::Any(true)) => Some(Type::Json),
            Some(AdditionalProperties::Any(false)) | None => None,
        };
        if properties.is_empty() {
            let ty = match additional {
                Some(Type::Json) | None => Type::JsonObject,
                Some(value) => Type::Map(Box::new(value)),
            };
            return Ok(if site.name.is_some() {
                Type::Named(self.define_at(site, TypeKind::Alias(ty)))
            } else {
                ty
            });
        }
        // Define the struct before its fields define their own types, so that a type is
        // written before the types it introduces; its fields are filled in below.
        let slot = self.defs.len();
        let name = self.define_at(
            site,
            TypeKind::Struct {
                fields: Vec::new(),
                additional: None,
            },
        );
        let mut field_names = Scope::default();
        let mut fields = Vec::with_capacity(properties.len());
        for (wire_name, property) in properties {
            let property_pointer = push_token(&push_token(pointer, "properties"), wire_name);
            let field_hint = format!("{name}{}", names::type_name(wire_name));
            let ty = self.boxed_schema_or_ref(property, &property_pointer, &field_hint)?;
            let (nullable, own_docs, deprecated, password) = match property {
                ReferenceOr::Item(schema) => (
                    schema.schema_data.nullable,
                    schema.schema_data.description.clone(),
                    schema.schema_data.deprecated,
                    is_password(schema),
                ),
                ReferenceOr::Reference { .. } => (false, None, false, false),
            };
            fields.push(Field {
                name: field_names.claim(&names::field_name(wire_name)),
                wire_name: wire_name.clone(),
                required: required.contains(wire_name),
                nullable,
                boxed: false,
                secret: password || names::looks_secret(wire_name),
                deprecated,
                docs: own_docs
                    .filter(|d| !d.trim().is_empty())
                    .or_else(|| self.referenced_docs(&ty)),
                ty,
            });
        }
        self.defs[slot].kind = TypeKind::Struct { fields, additional };
        Ok(Type::Named(name))
    }

    /// Marks fields whose type contains, without indirection, the struct that holds them.
    fn box_cycles(&mut self) {
        let edges: HashMap<String, Vec<String>> = self
            .defs
            .iter()
            .map(|def| {
                let targets = match &def.kind {
                    TypeKind::Struct { fields, .. } => fields
                        .iter()
                        .filter_map(|f| match &f.ty {
                            Type::Named(target) => Some(target.clone()),
                            _ => None,
                        })
                        .collect(),
                    TypeKind::Alias(Type::Named(target)) => vec![target.clone()],
                    _ => Vec::new(),
                };
                (def.name.clone(), targets)
            })
            .collect();
        let reaches = |from: &str, to: &str| {
            let mut seen = HashSet::new();
            let mut stack = vec![from.to_owned()];
            while let Some(next) = stack.pop() {
                if next == to {
                    return true;
                }
                if seen.insert(next.clone()) {
                    stack.extend(edges.get(&next).into_iter().flatten().cloned());
                }
            }
            false
        };
        for def in &mut self.defs {
            if let TypeKind::Struct { fields, .. } = &mut def.kind {
                for field in fields {
                    if let Type::Named(target) = &field.ty {
                        field.boxed = reaches(target, &def.name);
                    }
                }
            }
        }
    }

    // ----- operations ----------------------------------------------------------------------

    fn operation(
        &mut self,
        site: &OperationSite,
        operation: &openapiv3::Operation,
        schemes: &[SecurityScheme],
        requirements: &[openapiv3::SecurityRequirement],
    ) -> Result<Option<Operation>, Error> {
        let security = match self.security_requirements(schemes, requirements, site.pointer) {
            Ok(security) => security,
            Err(skip) => {
                self.skip(site, skip);
                return Ok(None);
            }
        };
        let name = match &operation.operation_id {
            Some(id) => names::type_name(id),
            None => names::type_name(&format!("{} {}", site.method, path_words(site.path))),
        };
        let name = self.names.claim(&name);
        let response_name = self.names.claim(&format!("{name}Response"));
        let parts = match self.request_parts(site, &name, operation)? {
            Ok(parts) => parts,
            Err(skip) => {
                self.skip(site, skip);
                return Ok(None);
            }
        };
        let (responses, accept) = self.responses(&name, operation, site.pointer)?;
        Ok(Some(Operation {
            name,
            response_name,
            method: site.method.to_ascii_uppercase(),
            path: site.path.to_owned(),
            path_segments: parts.path_segments,
            docs: join_docs(
                operation.summary.as_deref(),
                operation.description.as_deref(),
            ),
            deprecated: operation.deprecated,
            origin: site.pointer.to_owned(),
            parameters: parts.parameters,
            body: parts.body,
            responses,
            accept,
            security,
        }))
    }

    fn skip(&mut self, site: &OperationSite, skip: Skip) {
        self.warn(
            &skip.pointer,
            "skipped-operation",
            format!(
                "{} {} is not generated: {}",
                site.method.to_uppercase(),
                site.path,
                skip.reason
            ),
        );
    }

    fn request_parts(
        &mut self,
        site: &OperationSite,
        name: &str,
        operation: &openapiv3::Operation,
    ) -> Result<Result<RequestParts, Skip>, Error> {
        let (path, item, pointer) = (site.path, site.item, site.pointer);
        // Path-level parameters first; an operation's parameter of the same name and location
        // replaces them.
        let mut resolved: Vec<(String, &OaParameter)> = Vec::new();
        let path_pointer = pointer.rsplit_once('/').map_or("", |(p, _)| p).to_owned();
        let lists = [
            (push_token(&path_pointer, "parameters"), &item.parameters),
            (push_token(pointer, "parameters"), &operation.parameters),
        ];
        for (list_pointer, list) in lists {
            for (i, parameter) in list.iter().enumerate() {
                let at = push_token(&list_pointer, &i.to_string());
                let parameter = self.parameter_ref(parameter, &at)?;
                let key = |p: &OaParameter| {
                    (
                        p.parameter_data_ref().name.clone(),
                        std::mem::discriminant(p),
                    )
                };
                resolved.retain(|(_, existing)| key(existing) != key(parameter));
                resolved.push((at, parameter));
            }
        }

        let mut fields = Scope::default();
        fields.reserve("body");
        let mut parameters = Vec::new();
        for (at, parameter) in resolved {
            match self.parameter(name, parameter, &at, &mut fields)? {
                Ok(parameter) => parameters.push(parameter),
                Err(skip) => return Ok(Err(skip)),
            }
        }

        let path_segments = match path_segments(path, &parameters) {
            Ok(segments) => segments,
            Err(reason) => {
                return Ok(Err(Skip {
                    pointer: pointer.to_owned(),
                    reason,
                }));
            }
        };

        let body = match &operation.request_body {
            None => None,
            Some(body) => {
                let at = push_token(pointer, "requestBody");
                let body = self.request_body_ref(body, &at)?;
                match json_media(&body.content) {
                    Some((media_type, media)) => {
                        let ty = match &media.schema {
                            Some(schema) => self.schema_or_ref(
                                schema,
                                &push_token(
                                    &push_token(&push_token(&at, "content"), media_type),
                                    "schema",
                                ),
                                &format!("{name}Body"),
                            )?,
                            None => Type::Json,
                        };
                        Some(RequestBody {
                            media_type: media_type.to_owned(),
                            ty,
                            required: body.required,
                            docs: body.description.clone(),
                        })
                    }
                    None => {
                        let types: Vec<&str> = body.content.keys().map(String::as_str).collect();
                        return Ok(Err(Skip {
                            pointer: at,
                            reason: format!(
                                "request bodies of type {} are not supported yet (only JSON)",
                                types.join(", ")
                            ),
                        }));
                    }
                }
            }
        };
        Ok(Ok(RequestParts {
            parameters,
            path_segments,
            body,
        }))
    }

    fn parameter_ref(
        &self,
        parameter: &'a ReferenceOr<OaParameter>,
        pointer: &str,
    ) -> Result<&'a OaParameter, Error> {
        let mut current = parameter;
        for _ in 0..32 {
            match current {
                ReferenceOr::Item(parameter) => return Ok(parameter),
                ReferenceOr::Reference { reference } => {
                    let name = reference
                        .strip_prefix("#/components/parameters/")
                        .map(unescape_token)
                        .ok_or_else(|| {
                            self.error(
                                pointer,
                                format!("unsupported parameter reference {reference}"),
                            )
                        })?;
                    current = self
                        .components
                        .and_then(|c| c.parameters.get(&name))
                        .ok_or_else(|| {
                            self.error(pointer, format!("dangling reference {reference}"))
                        })?;
                }
            }
        }
        Err(self.error(pointer, "parameter references form a cycle"))
    }

    fn request_body_ref(
        &self,
        body: &'a ReferenceOr<openapiv3::RequestBody>,
        pointer: &str,
    ) -> Result<&'a openapiv3::RequestBody, Error> {
        match body {
            ReferenceOr::Item(body) => Ok(body),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/requestBodies/")
                    .map(unescape_token)
                    .ok_or_else(|| {
                        self.error(
                            pointer,
                            format!("unsupported request body reference {reference}"),
                        )
                    })?;
                match self.components.and_then(|c| c.request_bodies.get(&name)) {
                    Some(ReferenceOr::Item(body)) => Ok(body),
                    Some(ReferenceOr::Reference { .. }) => Err(self.error(
                        pointer,
                        "chained request body references are not supported yet",
                    )),
                    None => Err(self.error(pointer, format!("dangling reference {reference}"))),
                }
            }
        }
    }

    fn parameter(
        &mut self,
        operation: &str,
        parameter: &OaParameter,
        pointer: &str,
        fields: &mut Scope,
    ) -> Result<Result<Parameter, Skip>, Error> {
        let data = parameter.parameter_data_ref();
        let (location, explode) = match parameter {
            OaParameter::Path { .. } => (ParameterLocation::Path, false),
            OaParameter::Query { style, .. } => {
                if !matches!(style, QueryStyle::Form) {
                    return Ok(Err(Skip {
                        pointer: pointer.to_owned(),
                        reason: format!(
                            "query parameter `{}` uses a style other than form",
                            data.name
                        ),
                    }));
                }
                (ParameterLocation::Query, data.explode.unwrap_or(true))
            }
            OaParameter::Header { .. } => (ParameterLocation::Header, false),
            OaParameter::Cookie { .. } => (ParameterLocation::Cookie, false),
        };
        let schema_pointer = push_token(pointer, "schema");
        let (ty, password) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let hint = format!("{operation}{}", names::type_name(&data.name));
                let password = matches!(schema, ReferenceOr::Item(s) if is_password(s));
                (
                    self.schema_or_ref(schema, &schema_pointer, &hint)?,
                    password,
                )
            }
            ParameterSchemaOrContent::Content(_) => {
                return Ok(Err(Skip {
                    pointer: pointer.to_owned(),
                    reason: format!(
                        "parameter `{}` is described by `content`, not supported yet",
                        data.name
                    ),
                }));
            }
        };
        let scalar = self.is_scalar(&ty);
        let list_of_scalars = matches!(&ty, Type::List(inner) if self.is_scalar(inner));
        let supported = match location {
            ParameterLocation::Path => scalar,
            ParameterLocation::Query | ParameterLocation::Header => scalar || list_of_scalars,
            ParameterLocation::Cookie => false,
        };
        if !supported {
            return Ok(Err(Skip {
                pointer: schema_pointer,
                reason: format!(
                    "{location:?} parameter `{}` of this type is not supported yet",
                    data.name
                )
                .to_lowercase(),
            }));
        }
        let docs = data
            .description
            .clone()
            .filter(|d| !d.trim().is_empty())
            .or_else(|| match &data.format {
                ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => {
                    schema.schema_data.description.clone()
                }
                _ => None,
            })
            .or_else(|| self.referenced_docs(&ty));
        Ok(Ok(Parameter {
            field: fields.claim(&names::field_name(&data.name)),
            wire_name: data.name.clone(),
            location,
            explode,
            required: data.required || location == ParameterLocation::Path,
            secret: password || names::looks_secret(&data.name),
            deprecated: data.deprecated.unwrap_or(false),
            docs,
            ty,
        }))
    }

    /// Whether values of this type are written as a single string in a path, query or header.
    fn is_scalar(&self, ty: &Type) -> bool {
        match ty {
            Type::String
            | Type::Bool
            | Type::I32
            | Type::I64
            | Type::F32
            | Type::F64
            | Type::Uuid => true,
            Type::Named(name) => match self.def(name).map(|d| &d.kind) {
                Some(TypeKind::Enum { .. } | TypeKind::Const(_)) => true,
                Some(TypeKind::Alias(inner)) => {
                    let inner = inner.clone();
                    self.is_scalar(&inner)
                }
                _ => false,
            },
            Type::Json | Type::JsonObject | Type::List(_) | Type::Map(_) => false,
        }
    }

    fn responses(
        &mut self,
        operation: &str,
        op: &openapiv3::Operation,
        pointer: &str,
    ) -> Result<(Vec<Response>, Option<String>), Error> {
        let responses_pointer = push_token(pointer, "responses");
        let mut entries: Vec<(StatusMatch, String, &ReferenceOr<openapiv3::Response>)> = op
            .responses
            .responses
            .iter()
            .map(|(status, response)| {
                let status = match status {
                    StatusCode::Code(code) => StatusMatch::Code(*code),
                    StatusCode::Range(hundreds) => StatusMatch::Range(*hundreds),
                };
                (status, status_key(status), response)
            })
            .collect();
        if let Some(default) = &op.responses.default {
            entries.push((StatusMatch::Default, "default".to_owned(), default));
        }
        let mut variants = Scope::default();
        let mut accept: Vec<String> = Vec::new();
        let mut responses = Vec::with_capacity(entries.len());
        for (status, key, response) in entries {
            let at = push_token(&responses_pointer, &key);
            let variant = variants.claim(&match status {
                StatusMatch::Code(code) => names::status_variant(code),
                StatusMatch::Range(hundreds) => names::status_range_variant(hundreds),
                StatusMatch::Default => "Default".to_owned(),
            });
            let (response, component) = self.response_ref(response, &at)?;
            for media_type in response.content.keys() {
                if !accept.contains(media_type) {
                    accept.push(media_type.clone());
                }
            }
            let body = match component {
                Some(component) => {
                    if let Some(body) = self.response_types.get(&component) {
                        body.clone()
                    } else {
                        let at = push_token("/components/responses", &component);
                        let hint = names::type_name(&component);
                        let body = self.response_body(&response.content, &at, &hint)?;
                        self.response_types.insert(component, body.clone());
                        body
                    }
                }
                None => {
                    let hint = format!("{operation}{variant}Body");
                    self.response_body(&response.content, &at, &hint)?
                }
            };
            let code = match status {
                StatusMatch::Code(code) => code.to_string(),
                StatusMatch::Range(hundreds) => format!("{hundreds}XX"),
                StatusMatch::Default => "Any other status".to_owned(),
            };
            let description = response.description.trim();
            responses.push(Response {
                status,
                variant,
                docs: Some(if description.is_empty() {
                    code
                } else {
                    format!("{code}: {description}")
                }),
                body,
            });
        }
        if responses.is_empty() {
            // 3.1 lets `responses` be left out; whatever comes back is then kept as bytes.
            responses.push(Response {
                status: StatusMatch::Default,
                variant: "Default".to_owned(),
                docs: Some("Any status: the document describes no responses.".to_owned()),
                body: ResponseBody::Raw,
            });
        }
        let accept = (!accept.is_empty()).then(|| accept.join(", "));
        Ok((responses, accept))
    }

    fn response_ref(
        &self,
        response: &'a ReferenceOr<openapiv3::Response>,
        pointer: &str,
    ) -> Result<(&'a openapiv3::Response, Option<String>), Error> {
        match response {
            ReferenceOr::Item(response) => Ok((response, None)),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/responses/")
                    .map(unescape_token)
                    .ok_or_else(|| {
                        self.error(
                            pointer,
                            format!("unsupported response reference {reference}"),
                        )
                    })?;
                match self.components.and_then(|c| c.responses.get(&name)) {
                    Some(ReferenceOr::Item(response)) => Ok((response, Some(name))),
                    Some(ReferenceOr::Reference { .. }) => {
                        Err(self
                            .error(pointer, "chained response references are not supported yet"))
                    }
                    None => Err(self.error(pointer, format!("dangling reference {reference}"))),
                }
            }
        }
    }

    fn response_body(
        &mut self,
        content: &IndexMap<String, MediaType>,
        pointer: &str,
        hint: &str,
    ) -> Result<ResponseBody, Error> {
        if content.is_empty() {
            return Ok(ResponseBody::None);
        }
        match json_media(content) {
            Some((
                media_type,
                MediaType {
                    schema: Some(schema),
                    ..
                },
            )) => {
                let at = push_token(
                    &push_token(&push_token(pointer, "content"), media_type),
                    "schema",
                );
                Ok(ResponseBody::Json(self.schema_or_ref(schema, &at, hint)?))
            }
            _ => Ok(ResponseBody::Raw),
        }
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

fn is_password(schema: &Schema) -> bool {
    matches!(
        &schema.schema_kind,
        SchemaKind::Type(OaType::String(s)) if s.format == VariantOrUnknownOrEmpty::Item(StringFormat::Password)
    )
}

/// `x-types: [string, integer]` → a union tried in an order where no variant shadows a later
/// one (integers before numbers, everything before strings).
fn union_kind(types: &[serde_json::Value]) -> TypeKind {
    const ORDER: [(&str, &str); 6] = [
        ("boolean", "Boolean"),
        ("integer", "Integer"),
        ("number", "Number"),
        ("array", "Array"),
        ("object", "Object"),
        ("string", "String"),
    ];
    let named: Vec<&str> = types.iter().filter_map(serde_json::Value::as_str).collect();
    let variants = ORDER
        .iter()
        .filter(|(json, _)| named.contains(json))
        .map(|(json, name)| UnionVariant {
            name: (*name).to_owned(),
            ty: match *json {
                "boolean" => Type::Bool,
                "integer" => Type::I64,
                "number" => Type::F64,
                "array" => Type::List(Box::new(Type::Json)),
                "object" => Type::JsonObject,
                _ => Type::String,
            },
        })
        .collect();
    TypeKind::Union(variants)
}

fn enum_kind(values: &[&str]) -> TypeKind {
    let mut scope = Scope::default();
    let mut seen = HashSet::new();
    let variants: Vec<EnumVariant> = values
        .iter()
        .filter(|value| seen.insert(**value))
        .map(|value| EnumVariant {
            name: scope.claim(&names::variant_name(value)),
            value: (*value).to_owned(),
        })
        .collect();
    let catch_all = scope.claim("Unknown");
    TypeKind::Enum {
        variants,
        catch_all,
    }
}

/// The JSON media type of a content map: `application/json`, then any `…+json` or `…/json…`.
fn json_media(content: &IndexMap<String, MediaType>) -> Option<(&str, &MediaType)> {
    let is_json = |media_type: &str| {
        let essence = media_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        essence == "application/json" || essence.ends_with("+json") || essence.ends_with("/json")
    };
    content
        .iter()
        .find(|(media_type, _)| is_json(media_type))
        .map(|(media_type, media)| (media_type.as_str(), media))
}

/// `/users/{id}/keys` → `users by id keys`, for operations without `operationId`.
fn path_words(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(parameter) => format!("by {parameter}"),
                None => segment.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits a path template into literal text and path parameters.
fn path_segments(path: &str, parameters: &[Parameter]) -> Result<Vec<PathSegment>, String> {
    let mut segments = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let end = rest[start..]
            .find('}')
            .map(|e| start + e)
            .ok_or_else(|| format!("unclosed `{{` in path template {path}"))?;
        if start > 0 {
            segments.push(PathSegment::Literal(rest[..start].to_owned()));
        }
        let name = &rest[start + 1..end];
        let index = parameters
            .iter()
            .position(|p| p.location == ParameterLocation::Path && p.wire_name == name)
            .ok_or_else(|| format!("path parameter `{name}` is not declared"))?;
        segments.push(PathSegment::Parameter(index));
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        segments.push(PathSegment::Literal(rest.to_owned()));
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates() {
        assert_eq!(path_words("/users/{id}/keys"), "users by id keys");
        let parameter = Parameter {
            field: "id".into(),
            wire_name: "id".into(),
            location: ParameterLocation::Path,
            explode: false,
            ty: Type::String,
            required: true,
            secret: false,
            deprecated: false,
            docs: None,
        };
        assert_eq!(
            path_segments("/a/{id}.json", std::slice::from_ref(&parameter)),
            Ok(vec![
                PathSegment::Literal("/a/".into()),
                PathSegment::Parameter(0),
                PathSegment::Literal(".json".into())
            ])
        );
        assert!(path_segments("/a/{other}", &[parameter]).is_err());
    }
}
