//! Stage 6: `openapiv3::OpenAPI` → [`ir::Api`](crate::ir::Api): references resolved, Rust names
//! chosen.
//!
//! Naming scheme (one type namespace per module, claimed in this order so that names are stable):
//! 1. component schemas, in document order: `components.schemas.Foo_bar` → `FooBar`;
//! 2. per operation, in document order: the request type from `operationId` (or method + path),
//!    shortened when it or a name derived from it would be too long (see
//!    [`names::operation_names`](crate::names::operation_names)), and `<Request>Response` for
//!    its response enum;
//! 3. inline schemas, named after where they stand: `<Parent><Property>`, `<Parent>Item` for
//!    array items, `<Operation><Status>Body` for response bodies (`<Operation><Status>Event` for
//!    the data of an event stream), `<Operation>Body` for request bodies, `<ComponentResponse>`
//!    for a component response's schema;
//! 4. per response, beside its body: `<Operation><Status>Headers` (`<ComponentResponse>Headers`)
//!    for the headers it documents, `<Operation><Status>Content` for a body of several kinds;
//! 5. per operation, once all the above are taken: `<Operation>Success` and `<Operation>Error`,
//!    the enums `into_result` splits its responses into.
//!
//! A name already taken is told apart by a word saying what the type is (its kind, `Request`,
//! `Outcome`, method and path); only when none is free is it numbered, with a warning.
//! Constructs the generator cannot type yet become `serde_json::Value` with a warning; an
//! operation that cannot be sent at all is skipped with a warning. References are resolved in `refs`; one that dangles, forms a cycle or points
//! anywhere but at a whole component is an error.
//!
//! Header names and media types become code that panics on text the `http` crate refuses, so
//! they are parsed here: an operation with a header parameter or request body media type that
//! does not parse is skipped, a response media type is left out of `Accept`, and an API key
//! header scheme is left out, each with a warning.

mod bodies;
mod composition;
mod cycles;
mod defs;
mod docs;
mod formats;
mod inheritance;
mod inline;
mod merge;
mod nullable;
mod operations;
mod parameters;
mod path_items;
mod refs;
mod responses;
mod schemas;
mod secrets;
mod security;
mod shape;
mod twins;
mod variants;
mod webhooks;

use rustc_hash::{FxHashMap, FxHashSet};

use openapiv3::{Components, OpenAPI, ReferenceOr};

use crate::diagnostic::{Error, Location, Warning, push_token};
use crate::extension;
use crate::ir::{Api, Ident, Method, Server, TypeDef, TypeId};
use crate::names::Scope;

use defs::Defs;
use inheritance::Inheritance;
use operations::{OperationError, OperationSite};
pub use path_items::operation_count;
use path_items::{extra_operations, fixed_operations};

/// Lowers a parsed document into the IR of module `module`.
pub fn lower(file: &str, module: &Ident, api: &OpenAPI) -> Result<(Api, Vec<Warning>), Error> {
    let (extra, extra_warnings) = extra_operations(file, api)?;
    let mut lowerer = Lowerer {
        file,
        components: api.components.as_ref(),
        names: Scope::for_types(),
        schema_ids: FxHashMap::default(),
        merging: FxHashMap::default(),
        response_types: FxHashMap::default(),
        header_structs: FxHashMap::default(),
        defs: Defs::default(),
        operation_names: FxHashSet::default(),
        contexts: FxHashMap::default(),
        warnings: extra_warnings,
        inheritance: Inheritance::find(api.components.as_ref()),
    };
    lowerer.component_schemas()?;
    let security_schemes = lowerer.security_schemes();
    let default_security = api.security.as_deref().unwrap_or_default();
    let mut operations = Vec::new();
    // operationId → the first operation that has it (`GET /pets`), to name in a warning.
    let mut operation_ids: FxHashMap<&str, String> = FxHashMap::default();
    for (path, item) in api.paths.iter() {
        let pointer = push_token("/paths", path);
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { reference } => {
                lowerer.warn(
                    &pointer,
                    "skipped-operation",
                    format!(
                        "the path item reference {reference} is not inlined: it leads back to \
                         itself or nests more than {} path item references deep",
                        crate::bundle::MAX_INLINE_DEPTH
                    ),
                );
                continue;
            }
        };
        let mut operations_here: Vec<(Method, String, &openapiv3::Operation)> =
            fixed_operations(item)
                .map(|(method, operation)| {
                    let at = push_token(&pointer, method.key());
                    (method, at, operation)
                })
                .collect();
        if let Some(more) = extra.get(path.as_str()) {
            operations_here.extend(
                more.iter()
                    .map(|(method, at, operation)| (method.clone(), at.clone(), operation)),
            );
        }
        for (method, pointer, operation) in operations_here {
            if let Some(id) = operation.operation_id.as_deref() {
                let here = format!("{} {path}", method.as_str());
                if let Some(first) = operation_ids.get(id) {
                    lowerer.warn(
                        &push_token(&pointer, "operationId"),
                        "duplicate-operation-id",
                        format!(
                            "operationId `{id}` of {here} is also that of {first}; operationIds \
                             are meant to be unique, so the later operation is named after its \
                             method and path"
                        ),
                    );
                } else {
                    operation_ids.insert(id, here);
                }
            }
            let requirements = operation.security.as_deref().unwrap_or(default_security);
            let site = OperationSite {
                path,
                method,
                item,
                pointer: &pointer,
            };
            match lowerer.operation(&site, operation, &security_schemes, requirements) {
                Ok(operation) => operations.push(operation),
                Err(OperationError::Skip(skip)) => lowerer.warn_skipped(&site, skip),
                Err(OperationError::Fatal(error)) => return Err(error),
            }
        }
    }
    for operation in &mut operations {
        lowerer.name_outcomes(operation);
    }
    let mut types = lowerer
        .defs
        .finish(&mut operations)
        .map_err(|message| Error::new(file, "", message))?;
    cycles::box_cycles(&mut types).map_err(|cycle| {
        // The cycle goes round: its first schema is named again at the end.
        let origins: Vec<String> = cycle
            .iter()
            .chain(cycle.first())
            .map(|&position| format!("#{}", types[position].origin))
            .collect();
        Error::new(
            file,
            cycle
                .first()
                .map_or("", |&first| types[first].origin.as_str()),
            format!(
                "these schemas only stand for each other, so none of them says what a value \
                 looks like: {}",
                origins.join(" → ")
            ),
        )
    })?;
    secrets::keep_text_secrets(&mut types);
    docs::inherit_docs(&mut types, &mut operations);
    if twins::merge_twins(&mut types, &mut operations, &lowerer.contexts) > 0 {
        // Merging twins changes which types hold each other; it makes no cycle of aliases.
        cycles::box_cycles(&mut types).map_err(|_| {
            Error::new(
                file,
                "",
                "internal error: merging twins made a cycle of aliases",
            )
        })?;
    }
    let type_depth = cycles::type_depth(&types);
    let webhook_payloads = webhooks::webhook_payloads(api, &types);
    let docs = join_docs(
        api.info.summary_extension(),
        api.info.description.as_deref(),
    );
    let ir = Api {
        module: module.clone(),
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
        types,
        operations,
        security_schemes,
        webhook_payloads,
        type_depth,
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

/// What lowering one document has found so far: the names taken and the types defined.
struct Lowerer<'a> {
    file: &'a str,
    components: Option<&'a Components>,
    names: Scope,
    /// Component schema name → its type.
    schema_ids: FxHashMap<&'a str, TypeId>,
    /// Pointer of an `allOf` being merged into a struct → that struct. Merging copies the
    /// members' properties, so a property that is the same `allOf` again (a component's
    /// property merging the component itself) is that struct, not a new copy without end.
    merging: FxHashMap<String, TypeId>,
    /// Component response name → its body and media types, lowered once.
    response_types: FxHashMap<&'a str, responses::Content>,
    /// Component header name → the struct of the responses documenting it alone.
    header_structs: FxHashMap<&'a str, Ident>,
    defs: Defs,
    /// The operations' `operationId`s as type names, unshortened: a second operation with one
    /// of them is named after its method and path.
    operation_names: FxHashSet<String>,
    /// Inline type name → the context it was named from (see `inline`).
    contexts: FxHashMap<String, Vec<String>>,
    warnings: Vec<Warning>,
    /// Bases with a discriminator and the components that extend them.
    inheritance: Inheritance<'a>,
}

impl Lowerer<'_> {
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

    /// The definition of `id`, when it has been made.
    fn def(&self, id: TypeId) -> Option<&TypeDef> {
        self.defs.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{ParameterLocation, SecuritySchemeKind, Type, TypeId, TypeKind};

    fn lower_json(document: serde_json::Value) -> Result<(Api, Vec<Warning>), Error> {
        let api = crate::parse::parse("t.json", document).unwrap();
        lower("t.json", &crate::names::module_name("t"), &api)
    }

    #[test]
    fn references_through_aliases_and_chains() {
        let (api, _) = lower_json(serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/pets": {"post": {
                "operationId": "addPet",
                "parameters": [{"$ref": "#/components/parameters/PageAlias"}],
                "requestBody": {"$ref": "#/components/requestBodies/PetBodyAlias"},
                "responses": {"200": {"$ref": "#/components/responses/PetAlias"}},
            }}},
            "components": {
                "schemas": {
                    "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
                    "Animal": {"$ref": "#/components/schemas/Pet"},
                },
                "parameters": {
                    "Page": {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    "PageAlias": {"$ref": "#/components/parameters/Page"},
                },
                "requestBodies": {
                    "PetBody": {"content": {"application/json": {"schema": {
                        "$ref": "#/components/schemas/Animal"
                    }}}},
                    "PetBodyAlias": {"$ref": "#/components/requestBodies/PetBody"},
                },
                "responses": {
                    "Pet": {"description": "a pet", "content": {"application/json": {"schema": {
                        "type": "object", "properties": {"id": {"type": "integer"}}
                    }}}},
                    "PetAlias": {"$ref": "#/components/responses/Pet"},
                },
            },
        }))
        .unwrap();
        let name_of = |ty: &Type| match ty {
            Type::Named(id) => api.def(*id).name.to_string(),
            other => format!("{other:?}"),
        };
        let animal = api.types.iter().find(|t| t.name == "Animal").unwrap();
        let TypeKind::Alias(target) = &animal.kind else {
            panic!("{animal:?}")
        };
        assert_eq!(name_of(target), "Pet");
        let operation = &api.operations[0];
        assert_eq!(operation.parameters[0].wire_name, "page");
        // A reference to an alias is a reference to the alias, not to what it names.
        let body = operation.body.as_ref().unwrap();
        assert_eq!(name_of(body.types()[0]), "Animal");
        // A response reached through a chain is lowered where it is defined.
        let body = api
            .types
            .iter()
            .find(|t| t.origin.starts_with("/components/responses"));
        assert_eq!(
            body.unwrap().origin,
            "/components/responses/Pet/content/application~1json/schema"
        );
        assert_eq!(operation.responses[0].docs.as_deref(), Some("200: a pet"));
    }

    #[test]
    fn a_path_item_reference_that_is_not_inlined_skips_its_operations() {
        let document = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/a": {"$ref": "#/paths/~1b"},
                "/b": {"$ref": "#/paths/~1a"},
                "/c": {"get": {"responses": {"204": {"description": "done"}}}},
            },
        });
        let document =
            crate::bundle::bundle("t.json", None, crate::dialect::Dialect::V3_0, document, &[])
                .unwrap();
        let (api, warnings) = lower_json(document).unwrap();
        assert_eq!(api.operations.len(), 1);
        let skipped: Vec<_> = warnings
            .iter()
            .map(|w| (w.kind, w.location.pointer.as_str(), w.message.as_str()))
            .collect();
        assert_eq!(
            skipped,
            [
                (
                    "skipped-operation",
                    "/paths/~1a",
                    "the path item reference #/paths/~1b is not inlined: it leads back to itself \
                     or nests more than 8 path item references deep"
                ),
                (
                    "skipped-operation",
                    "/paths/~1b",
                    "the path item reference #/paths/~1a is not inlined: it leads back to itself \
                     or nests more than 8 path item references deep"
                ),
            ]
        );
    }

    #[test]
    fn an_operation_is_skipped_with_a_warning_or_fails_the_document() {
        let document = |parameter: serde_json::Value| {
            serde_json::json!({
                "openapi": "3.0.3",
                "info": {"title": "t", "version": "1"},
                "paths": {
                    "/a": {"get": {
                        "parameters": [parameter],
                        "responses": {"204": {"description": "done"}},
                    }},
                    "/b": {"get": {"responses": {"204": {"description": "done"}}}},
                },
            })
        };
        let (api, warnings) = lower_json(document(serde_json::json!({
            "name": "X Filter", "in": "header", "schema": {"type": "string"},
        })))
        .unwrap();
        assert_eq!(api.operations.len(), 1);
        assert_eq!(api.operations[0].path, "/b");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].kind, "skipped-operation");
        assert_eq!(warnings[0].location.pointer, "/paths/~1a/get/parameters/0");
        assert_eq!(
            warnings[0].message,
            "GET /a is not generated: header parameter \"X Filter\" cannot be sent: a header \
             name is made of letters, digits and !#$%&'*+-.^_`|~ only"
        );

        let error = lower_json(document(serde_json::json!({
            "$ref": "#/components/parameters/Missing",
        })))
        .unwrap_err();
        assert_eq!(error.location.pointer, "/paths/~1a/get/parameters/0");
        assert_eq!(
            error.message,
            "dangling reference #/components/parameters/Missing"
        );
    }

    #[test]
    fn header_names_and_media_types_are_checked_for_http() {
        let (api, warnings) = lower_json(serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/ok": {"get": {
                    "parameters": [{"name": "X-Request-ID", "in": "header", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": {
                        "application/json": {"schema": {"type": "string"}},
                        "text/caf\u{e9}": {},
                    }}},
                }},
                "/spaced": {"get": {
                    "parameters": [{"name": "X Request", "in": "header", "schema": {"type": "string"}}],
                    "responses": {"204": {"description": "done"}},
                }},
                "/body": {"post": {
                    "requestBody": {"content": {"application/json; v=\u{e9}": {}}},
                    "responses": {"204": {"description": "done"}},
                }},
            },
            "components": {"securitySchemes": {
                "good": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                "bad": {"type": "apiKey", "in": "header", "name": "x:key"},
            }},
        }))
        .unwrap();
        // Lowercased for `HeaderName::from_static`, which panics on anything else.
        let operation = &api.operations[0];
        match &operation.parameters[0].location {
            ParameterLocation::Header(name) => assert_eq!(name.as_str(), "x-request-id"),
            other => panic!("{other:?}"),
        }
        let accept: Vec<&str> = operation.accept.iter().map(|m| m.as_str()).collect();
        assert_eq!(accept, ["application/json"]);
        assert_eq!(api.operations.len(), 1);
        assert_eq!(api.security_schemes.len(), 1);
        assert_eq!(
            api.security_schemes[0].kind,
            SecuritySchemeKind::ApiKeyHeader("X-API-Key".to_owned())
        );
        let found: Vec<(&str, &str)> = warnings
            .iter()
            .map(|w| (w.location.pointer.as_str(), w.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "/components/securitySchemes/bad/name",
                    "API key header \"x:key\" cannot be sent: a header name is made of letters, \
                     digits and !#$%&'*+-.^_`|~ only"
                ),
                (
                    "/paths/~1ok/get/responses/200/content/text~1caf\u{e9}",
                    "media type \"text/caf\u{e9}\" is left out of `Accept`: a header value is made \
                     of visible ASCII characters only"
                ),
                (
                    "/paths/~1spaced/get/parameters/0",
                    "GET /spaced is not generated: header parameter \"X Request\" cannot be sent: a \
                     header name is made of letters, digits and !#$%&'*+-.^_`|~ only"
                ),
                (
                    "/paths/~1body/post/requestBody/content/application~1json; v=\u{e9}",
                    "POST /body is not generated: request body media type \"application/json; \
                     v=\u{e9}\" cannot be sent: a header value is made of visible ASCII characters \
                     only"
                ),
            ]
        );
    }

    #[test]
    fn a_cycle_of_schema_aliases_is_an_error() {
        let error = lower_json(serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"$ref": "#/components/schemas/A"},
            }},
        }))
        .unwrap_err();
        assert_eq!(error.location.pointer, "/components/schemas/A");
        assert!(error.message.contains("form a cycle"), "{error}");
    }

    #[test]
    fn a_cycle_of_aliases_through_all_of_is_an_error_naming_each_schema() {
        let error = lower_json(serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "A": {"allOf": [{"$ref": "#/components/schemas/B"}]},
                "B": {"allOf": [{"$ref": "#/components/schemas/C"}]},
                "C": {"$ref": "#/components/schemas/A"},
                "D": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
            }},
        }))
        .unwrap_err();
        assert_eq!(error.location.pointer, "/components/schemas/A");
        assert!(
            error.message.ends_with(
                "#/components/schemas/A → #/components/schemas/B → #/components/schemas/C → \
                 #/components/schemas/A"
            ),
            "{error}"
        );
    }

    #[test]
    fn a_property_merging_its_own_component_is_the_merged_struct_again() {
        // Found by fuzzing: each merge copied the property, which merged again, without end.
        let (api, _) = lower_json(serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "B": {"type": "object", "properties": {"m": {"allOf": [
                    {"$ref": "#/components/schemas/B"},
                    {"$ref": "#/components/schemas/C"},
                ]}}},
                "C": {"type": "object", "properties": {"c": {"type": "string"}}},
            }},
        }))
        .unwrap();
        let names: Vec<String> = api.types.iter().map(|t| t.name.to_string()).collect();
        assert_eq!(names, ["B", "BM", "C"]);
        let TypeKind::Struct { fields, .. } = &api.types[1].kind else {
            panic!("{:?}", api.types[1])
        };
        let m = &fields[0];
        assert_eq!((m.wire_name.as_str(), m.boxed), ("m", true));
        assert_eq!(m.ty, Type::Named(TypeId::new(1)));
    }
}
