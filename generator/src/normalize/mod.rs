//! Stage 4: a 3.0, 3.1 or 3.2 document → the same document in the 3.0 shape that `openapiv3`
//! reads.
//!
//! 3.0 documents pass through untouched but for numbers `openapiv3` cannot hold (`numbers.rs`,
//! which applies to both dialects). A 3.1 document (3.1.0 and 3.1.1 have the same shape) is
//! rewritten one construct at a time; each rule is one function. `openapiv3` fails on some
//! 3.1 constructs (`type` arrays, numeric `exclusiveMinimum`, boolean schemas, `mutualTLS`) and
//! silently drops others (`const`, `examples`, `webhooks`, siblings of `$ref`), so every 3.1
//! construct is either rewritten into its 3.0 equivalent, kept in an `x-` extension for the
//! lowering stage, or reported.
//!
//! Rewrites that keep the meaning (`const`, `$ref` with siblings, boolean schemas, `$defs`,
//! path item references, …) are silent. The rest produce a [`Warning`] of one of three kinds:
//!
//! - [`DROPPED_KEYWORD`] (`dropped-keyword`): a keyword was removed and nothing generated will
//!   honour it (validation such as `if`/`then`/`else`, identifiers such as `$id`, the
//!   `description` beside a non-schema `$ref`). Where the value can still help lowering or a
//!   reader, it is kept as `x-<keyword>`.
//! - [`APPROXIMATED`] (`approximated`): the construct was replaced by a looser 3.0 one, so the
//!   generated types accept values the document forbids (a tuple read as an array, several
//!   types read as any value, pattern-keyed properties read as a map).
//! - [`NOT_GENERATED`] (`not-generated`): a part of the document (a webhook, a mutual-TLS
//!   security scheme) is kept under `x-` but no code is generated for it.
//!
//! A `nullable: true` left in a 3.1 document (where it is no keyword) is kept: it is what the
//! author meant, and it only makes decoding more lenient. What `openapiv3` loses from any
//! document, 3.0 included (the XML Object, a `default` or `example` of `null`), is not this
//! stage's to report.
//!
//! The rules are grouped by family, one file each:
//!
//! - `document.rs`: the document around its schemas (`jsonSchemaDialect`, `info.summary`,
//!   `license.identifier`, `webhooks`, `mutualTLS` security schemes, missing `paths` and
//!   `responses`);
//! - `path_items.rs`: path item `$ref`s and `components.pathItems`;
//! - `refs.rs`: `$defs` hoisted and the references to them rewritten, `$ref` with siblings, the
//!   `summary`/`description` beside a reference to a parameter, response, …;
//! - `types.rs`: what a value may be (`type` arrays, `type: 'null'`, `const`, `null` in `enum`
//!   and in `anyOf`/`oneOf`, boolean schemas, numeric exclusive bounds, boolean `items`,
//!   `contentEncoding`/`contentMediaType`);
//! - `keywords.rs`: keywords 3.0 lacks, kept as `x-<keyword>` or dropped (`if`/`then`/`else`,
//!   `dependent*`, `contains`, `propertyNames`, `unevaluated*`, `prefixItems`,
//!   `patternProperties`, identifiers such as `$id`, `examples`);
//! - `numbers.rs`, 3.0 and 3.1: integer keywords whose value is out of range or not an integer
//!   (`minimum: -9223372036854776000` of an integer, `maxLength: -1`);
//! - `v3_2.rs`: what 3.2 adds on top of 3.1 (`query`, `additionalOperations`,
//!   `in: querystring`, `itemSchema`, `components.mediaTypes`, descriptive fields).
//!
//! This file holds the walker, which visits every place of the document where a schema or a
//! reference can sit, applies the schema rules to each schema, and runs the document-level
//! rules around that walk.

mod document;
pub(crate) mod keywords;
mod numbers;
mod path_items;
mod refs;
#[cfg(test)]
mod test_support;
pub(crate) mod types;
mod v3_2;

use serde_json::{Map, Value, json};

use crate::diagnostic::{Location, Warning, push_token};
use crate::dialect::Dialect;
use crate::ir::PATH_ITEM_METHODS;

use document::{
    info_summary, invalid_status_keys, license_identifier, missing_paths, missing_responses,
};
use keywords::examples;
use path_items::{component_path_items, inline_path_item_refs};
use refs::{Defs, ref_siblings};
use types::{boolean_schema, const_value, exclusive_bounds, items_boolean, no_members, type_null};

/// The version written into normalized documents.
pub const NORMALIZED_VERSION: &str = "3.0.3";

/// Warning kind: a keyword was removed; generated code will not honour it.
pub const DROPPED_KEYWORD: &str = "dropped-keyword";
/// Warning kind: a construct was replaced by a looser 3.0 one.
pub const APPROXIMATED: &str = "approximated";
/// Warning kind: a part of the document is kept under `x-` but generates nothing.
pub const NOT_GENERATED: &str = "not-generated";

/// A normalized document and what normalization could not keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalized {
    pub document: Value,
    pub warnings: Vec<Warning>,
}

/// Rewrites a document of the given dialect into the 3.0 shape.
pub fn normalize(file: &str, dialect: Dialect, mut document: Value) -> Normalized {
    let mut walker = Walker {
        file,
        dialect,
        warnings: Vec::new(),
        defs: Defs::default(),
    };
    if let Value::Object(root) = &mut document {
        walker.root(root);
    }
    Normalized {
        document,
        warnings: walker.warnings,
    }
}

/// One pass over a document: the file that warnings name, its dialect (a 3.0 document gets only
/// the rules that apply to both), the warnings so far, and the `$defs` being hoisted.
struct Walker<'a> {
    file: &'a str,
    dialect: Dialect,
    warnings: Vec<Warning>,
    defs: Defs,
}
impl Walker<'_> {
    fn warn(&mut self, pointer: &str, kind: &'static str, message: impl Into<String>) {
        self.warnings.push(Warning::new(
            Location::new(self.file, pointer),
            kind,
            message,
        ));
    }

    /// Document-level rules around one walk over every schema.
    fn root(&mut self, root: &mut Map<String, Value>) {
        if !self.dialect.json_schema_2020() {
            self.sections(root);
            return;
        }
        root.insert("openapi".into(), json!(NORMALIZED_VERSION));
        if self.dialect == Dialect::V3_2 {
            self.v3_2_document(root);
        }
        self.json_schema_dialect(root);
        if let Some(Value::Object(info)) = root.get_mut("info") {
            info_summary(info);
            if let Some(Value::Object(license)) = info.get_mut("license") {
                license_identifier(license);
            }
        }
        if let Some(Value::Object(schemas)) = root
            .get("components")
            .and_then(|components| components.get("schemas"))
        {
            self.defs.taken = schemas.keys().cloned().collect();
        }

        self.sections(root);

        inline_path_item_refs(root);
        self.webhooks(root);
        if let Some(Value::Object(components)) = root.get_mut("components") {
            self.mutual_tls(components);
            component_path_items(components);
        }
        self.insert_hoisted_defs(root);
        missing_paths(root);
    }

    /// The walk over every path item and component.
    fn sections(&mut self, root: &mut Map<String, Value>) {
        for (section, value) in root.iter_mut() {
            match (section.as_str(), value) {
                ("paths" | "webhooks", Value::Object(items)) => {
                    let base = push_token("", section);
                    for (name, item) in items.iter_mut() {
                        self.path_item(item, &push_token(&base, name));
                    }
                }
                ("components", Value::Object(components)) => self.components(components),
                _ => {}
            }
        }
    }

    fn components(&mut self, components: &mut Map<String, Value>) {
        for (kind, entries) in components.iter_mut() {
            let Value::Object(entries) = entries else {
                continue;
            };
            let kind_pointer = push_token("/components", kind);
            for (name, entry) in entries.iter_mut() {
                let pointer = push_token(&kind_pointer, name);
                match kind.as_str() {
                    "schemas" => self.schema(entry, &pointer),
                    "parameters" | "headers" => self.parameter(entry, &pointer),
                    "responses" => self.response(entry, &pointer),
                    "requestBodies" => self.request_body(entry, &pointer),
                    "callbacks" => self.callback(entry, &pointer),
                    "pathItems" => self.path_item(entry, &pointer),
                    "examples" | "links" | "securitySchemes" => {
                        let is_reference = self.reference(entry, &pointer);
                        match kind.as_str() {
                            _ if is_reference || self.dialect != Dialect::V3_2 => {}
                            "examples" => self.v3_2_example(entry),
                            "securitySchemes" => self.v3_2_security_scheme(entry),
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// A `$ref` of a path item is resolved after the walk (see [`inline_path_item_refs`]), so
    /// only the item's own fields are walked here.
    fn path_item(&mut self, item: &mut Value, pointer: &str) {
        let Value::Object(item) = item else { return };
        let v3_2 = self.dialect == Dialect::V3_2;
        for (key, value) in item.iter_mut() {
            let pointer = push_token(pointer, key);
            if key == "parameters" {
                self.parameter_list(value, &pointer);
            } else if PATH_ITEM_METHODS.contains(&key.as_str()) || (v3_2 && key == "query") {
                self.operation(value, &pointer);
            } else if v3_2 && key == "additionalOperations" {
                if let Value::Object(operations) = value {
                    for (method, operation) in operations.iter_mut() {
                        self.operation(operation, &push_token(&pointer, method));
                    }
                }
            }
        }
        if v3_2 {
            self.v3_2_path_item(item);
        }
    }

    fn operation(&mut self, operation: &mut Value, pointer: &str) {
        let Value::Object(operation) = operation else {
            return;
        };
        if self.dialect.json_schema_2020() {
            missing_responses(operation);
        }
        if self.dialect == Dialect::V3_2 {
            v3_2::server_names(operation);
        }
        for (key, value) in operation.iter_mut() {
            let pointer = push_token(pointer, key);
            match (key.as_str(), value) {
                ("parameters", value) => self.parameter_list(value, &pointer),
                ("requestBody", value) => self.request_body(value, &pointer),
                ("responses", Value::Object(responses)) => {
                    for status in invalid_status_keys(responses) {
                        self.warn(
                            &push_token(&pointer, &status),
                            DROPPED_KEYWORD,
                            format!(
                                "response key `{status}` is not a status code (100-599), a range \
                                 such as `4XX` or `default`; this response is left out"
                            ),
                        );
                    }
                    for (status, response) in responses.iter_mut() {
                        self.response(response, &push_token(&pointer, status));
                    }
                }
                ("callbacks", Value::Object(callbacks)) => {
                    for (name, callback) in callbacks.iter_mut() {
                        self.callback(callback, &push_token(&pointer, name));
                    }
                }
                _ => {}
            }
        }
    }

    fn callback(&mut self, callback: &mut Value, pointer: &str) {
        if self.reference(callback, pointer) {
            return;
        }
        if let Value::Object(expressions) = callback {
            for (expression, item) in expressions.iter_mut() {
                self.path_item(item, &push_token(pointer, expression));
            }
        }
    }

    fn parameter_list(&mut self, list: &mut Value, pointer: &str) {
        if let Value::Array(parameters) = list {
            for (i, parameter) in parameters.iter_mut().enumerate() {
                self.parameter(parameter, &push_token(pointer, &i.to_string()));
            }
        }
    }

    /// Parameters and headers: a `schema`, or `content` like a body, and `examples`.
    fn parameter(&mut self, parameter: &mut Value, pointer: &str) {
        if self.reference(parameter, pointer) {
            return;
        }
        if self.dialect == Dialect::V3_2 {
            self.v3_2_parameter(parameter, pointer);
        }
        if let Some(schema) = parameter.get_mut("schema") {
            self.schema(schema, &push_token(pointer, "schema"));
        }
        self.examples_map(parameter, pointer);
        self.content_holder(parameter, pointer);
    }

    fn request_body(&mut self, body: &mut Value, pointer: &str) {
        if !self.reference(body, pointer) {
            self.content_holder(body, pointer);
        }
    }

    fn response(&mut self, response: &mut Value, pointer: &str) {
        if self.reference(response, pointer) {
            return;
        }
        if self.dialect == Dialect::V3_2 {
            self.v3_2_response(response);
        }
        self.content_holder(response, pointer);
        if let Some(Value::Object(headers)) = response.get_mut("headers") {
            let headers_pointer = push_token(pointer, "headers");
            for (name, header) in headers.iter_mut() {
                self.parameter(header, &push_token(&headers_pointer, name));
            }
        }
        if let Some(Value::Object(links)) = response.get("links") {
            let links_pointer = push_token(pointer, "links");
            for (name, link) in links {
                self.reference(link, &push_token(&links_pointer, name));
            }
        }
    }

    /// Request bodies, responses and parameters all hold `content: {media type: {schema}}`;
    /// a media type may also hold `examples` and `encoding` headers.
    fn content_holder(&mut self, holder: &mut Value, pointer: &str) {
        let Some(Value::Object(content)) = holder.get_mut("content") else {
            return;
        };
        let content_pointer = push_token(pointer, "content");
        for (media_type, media) in content.iter_mut() {
            let media_pointer = push_token(&content_pointer, media_type);
            for keyword in ["schema", "itemSchema"] {
                if let Some(schema) = media.get_mut(keyword) {
                    self.schema(schema, &push_token(&media_pointer, keyword));
                }
            }
            self.examples_map(media, &media_pointer);
            if self.dialect == Dialect::V3_2 {
                self.v3_2_media(media, &media_pointer);
            }
            let Some(Value::Object(encodings)) = media.get_mut("encoding") else {
                continue;
            };
            let encoding_pointer = push_token(&media_pointer, "encoding");
            for (property, encoding) in encodings.iter_mut() {
                let Some(Value::Object(headers)) = encoding.get_mut("headers") else {
                    continue;
                };
                let headers_pointer =
                    push_token(&push_token(&encoding_pointer, property), "headers");
                for (name, header) in headers.iter_mut() {
                    self.parameter(header, &push_token(&headers_pointer, name));
                }
            }
        }
    }

    /// The `examples` map of a parameter, header or media type (a schema's `examples` is a
    /// list, handled by [`examples`]).
    fn examples_map(&mut self, holder: &mut Value, pointer: &str) {
        if let Some(Value::Object(examples)) = holder.get_mut("examples") {
            let examples_pointer = push_token(pointer, "examples");
            for (name, example) in examples.iter_mut() {
                if !self.reference(example, &push_token(&examples_pointer, name))
                    && self.dialect == Dialect::V3_2
                {
                    self.v3_2_example(example);
                }
            }
        }
    }

    /// Rewrites one schema: its `$defs` and the schemas inside it first, then its own keywords.
    /// Children come first so that a rule which copies a child (`prefixItems`,
    /// `patternProperties`) copies it normalized, and nothing is walked twice.
    fn schema(&mut self, schema: &mut Value, pointer: &str) {
        if !self.dialect.json_schema_2020() {
            if let Value::Object(object) = schema {
                self.subschemas(object, pointer);
                self.numbers(object, pointer);
                no_members(object);
            }
            return;
        }
        if let Value::Bool(allowed) = *schema {
            *schema = boolean_schema(allowed);
            return;
        }
        let Value::Object(object) = schema else {
            return;
        };
        let scoped = self.hoist_defs(object, pointer);
        self.local_def_ref(object);
        self.subschemas(object, pointer);
        if scoped {
            self.defs.scopes.pop();
        }
        self.schema_rules(object, pointer);
    }

    /// Every keyword whose value is a schema, a list of schemas or a map of schemas.
    fn subschemas(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        for (key, child) in schema.iter_mut() {
            // Made only for the keywords that hold schemas: most members of a schema do not.
            let child_pointer = || push_token(pointer, key);
            match key.as_str() {
                // A boolean here is read by this schema's own rules (`items_boolean`,
                // `unevaluated`; `additionalProperties: bool` is valid 3.0).
                "items" | "additionalProperties" | "unevaluatedItems" | "unevaluatedProperties"
                    if child.is_boolean() => {}
                "items"
                | "additionalProperties"
                | "unevaluatedItems"
                | "unevaluatedProperties"
                | "not"
                | "contains"
                | "propertyNames"
                | "if"
                | "then"
                | "else"
                | "contentSchema" => {
                    self.schema(child, &child_pointer());
                }
                "properties" | "patternProperties" | "dependentSchemas" => {
                    if let Value::Object(members) = child {
                        let child_pointer = child_pointer();
                        for (name, member) in members.iter_mut() {
                            self.schema(member, &push_token(&child_pointer, name));
                        }
                    }
                }
                "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                    if let Value::Array(members) = child {
                        let child_pointer = child_pointer();
                        for (i, member) in members.iter_mut().enumerate() {
                            self.schema(member, &push_token(&child_pointer, &i.to_string()));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The schema-level rules, in the order they apply. Later rules see the output of earlier
    /// ones: `$comment` is gone before `ref_siblings` counts siblings, `const` has become an
    /// `enum` before `enum_null` looks for `null`.
    fn schema_rules(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        self.identifiers(schema, pointer);
        self.type_array(schema, pointer);
        type_null(schema);
        const_value(schema);
        self.null_members(schema, pointer);
        self.enum_null(schema, pointer);
        examples(schema);
        exclusive_bounds(schema);
        self.content(schema, pointer);
        self.unevaluated(schema, pointer);
        self.prefix_items(schema, pointer);
        items_boolean(schema);
        self.pattern_properties(schema, pointer);
        self.validation_only(schema, pointer);
        self.numbers(schema, pointer);
        if self.dialect == Dialect::V3_2 {
            self.v3_2_schema(schema, pointer);
        }
        ref_siblings(schema);
        no_members(schema);
    }
}

/// Moves a value to another key (at the end). Returns whether the key was present.
fn rename(map: &mut Map<String, Value>, from: &str, to: &str) -> bool {
    match map.shift_remove(from) {
        Some(value) => {
            map.insert(to.into(), value);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{document_rule, schema_rule};
    use super::*;

    #[test]
    fn nested_schemas_are_rewritten() {
        let (schema, _) = schema_rule(json!({
            "type": "object",
            "properties": {"a": {"type": "array", "items": {"type": ["integer", "null"]}}}
        }));
        assert_eq!(
            schema["properties"]["a"]["items"],
            json!({"type": "integer", "nullable": true})
        );
    }

    #[test]
    fn schemas_in_new_3_1_places_are_walked() {
        let nullable = json!({"type": ["string", "null"]});
        let normalized = json!({"type": "string", "nullable": true});
        let (schema, _) = schema_rule(json!({
            "prefixItems": [nullable],
            "if": nullable, "then": nullable, "else": nullable,
            "dependentSchemas": {"a": nullable},
            "patternProperties": {"^a": nullable},
            "contains": nullable,
            "propertyNames": nullable,
            "not": nullable
        }));
        for pointer in [
            "/x-prefixItems/0",
            "/x-if",
            "/x-then",
            "/x-else",
            "/x-dependentSchemas/a",
            "/x-patternProperties/^a",
            "/x-contains",
            "/x-propertyNames",
            "/not",
        ] {
            assert_eq!(schema.pointer(pointer), Some(&normalized), "{pointer}");
        }
        let (schema, _) = schema_rule(json!({
            "unevaluatedProperties": nullable, "unevaluatedItems": nullable
        }));
        assert_eq!(schema["additionalProperties"], normalized);
        assert_eq!(schema["items"], normalized);
    }

    #[test]
    fn schemas_in_operations_webhooks_and_encodings_are_found() {
        let nullable = json!({"type": ["boolean", "null"]});
        let (document, _) = document_rule(json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"get": {
                "parameters": [{"name": "x", "in": "query", "schema": nullable}],
                "requestBody": {"content": {"multipart/form-data": {
                    "schema": nullable,
                    "encoding": {"f": {"headers": {"X-H": {"schema": nullable}}}}
                }}},
                "responses": {"200": {"description": "", "headers": {"X-R": {"schema": nullable}}}},
                "callbacks": {"cb": {"{$url}": {"post": {"requestBody": {"content": {
                    "application/json": {"schema": nullable}
                }}}}}}
            }}},
            "webhooks": {"w": {"post": {"requestBody": {"content": {
                "application/json": {"schema": nullable}
            }}}}}
        }));
        let get = &document["paths"]["/a"]["get"];
        for schema in [
            &get["parameters"][0]["schema"],
            &get["requestBody"]["content"]["multipart/form-data"]["schema"],
            &get["requestBody"]["content"]["multipart/form-data"]["encoding"]["f"]["headers"]["X-H"]
                ["schema"],
            &get["responses"]["200"]["headers"]["X-R"]["schema"],
            &get["callbacks"]["cb"]["{$url}"]["post"]["requestBody"]["content"]["application/json"]
                ["schema"],
            &document["x-webhooks"]["w"]["post"]["requestBody"]["content"]["application/json"]["schema"],
        ] {
            assert_eq!(schema, &json!({"type": "boolean", "nullable": true}));
        }
    }

    #[test]
    fn version_is_rewritten_and_3_0_is_left_alone() {
        let normalized = normalize("f", Dialect::V3_1, json!({"openapi": "3.1.1"}));
        assert_eq!(normalized.document["openapi"], NORMALIZED_VERSION);
        let untouched = json!({"openapi": "3.0.0", "components": {"schemas": {"S": {"type": ["string", "null"]}}}});
        assert_eq!(
            normalize("f", Dialect::V3_0, untouched.clone()).document,
            untouched
        );
    }

    #[test]
    fn versions_3_1_0_and_3_1_1_normalize_alike() {
        let document = |version: &str| {
            json!({"openapi": version, "info": {"title": "t", "version": "1", "summary": "s"},
                   "components": {"schemas": {"S": {"type": ["string", "null"], "const": "a"}}}})
        };
        assert_eq!(
            normalize("f", Dialect::V3_1, document("3.1.0")),
            normalize("f", Dialect::V3_1, document("3.1.1"))
        );
    }

    /// Every rule's output, in one document, is something `openapiv3` reads.
    #[test]
    fn a_document_using_every_3_1_construct_parses() {
        let document = json!({
            "openapi": "3.1.1",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
            "info": {"title": "t", "summary": "s", "version": "1",
                     "license": {"name": "MIT", "identifier": "MIT"}},
            "webhooks": {"w": {"$ref": "#/components/pathItems/P"}},
            "components": {
                "pathItems": {"P": {"post": {"requestBody": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/All"}
                }}}}}},
                "securitySchemes": {"mtls": {"type": "mutualTLS"}},
                "schemas": {"All": {
                    "type": "object",
                    "$defs": {"D": {"type": ["integer", "null"], "exclusiveMinimum": 0}},
                    "properties": {
                        "multi": {"type": ["string", "number"]},
                        "null": {"type": "null"},
                        "const": {"const": 3},
                        "examples": {"type": "string", "examples": ["a"]},
                        "bound": {"type": "number", "exclusiveMaximum": 1.5},
                        "ref": {"$ref": "#/$defs/D", "description": "d"},
                        "any": true,
                        "never": false,
                        "tuple": {"type": "array", "prefixItems": [{"type": "integer"}], "items": false},
                        "empty": {"type": "array", "items": false},
                        "bytes": {"type": "string", "contentEncoding": "base64"},
                        "file": {"contentMediaType": "image/png"},
                        "choice": {"type": "string", "enum": ["a", null]},
                        "maybe": {"anyOf": [{"$ref": "#/$defs/D"}, {"type": "null"}]},
                        "map": {"type": "object", "patternProperties": {"^x": {"type": "string"}}},
                        "names": {"type": "object", "propertyNames": {"maxLength": 3}},
                        "list": {"type": "array", "contains": {"type": "integer"}, "minContains": 1}
                    },
                    "dependentRequired": {"a": ["b"]},
                    "dependentSchemas": {"a": {"required": ["c"]}},
                    "if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": true,
                    "unevaluatedProperties": false,
                    "$id": "https://example.com/all", "$comment": "c"
                }}
            }
        });
        let normalized = normalize("f.yaml", Dialect::V3_1, document);
        let api = crate::parse::parse("f.yaml", normalized.document.clone())
            .unwrap_or_else(|error| panic!("{error}\n{:#}", normalized.document));
        let components = api.components.expect("components");
        assert!(components.schemas.contains_key("D"));
        assert!(components.security_schemes.is_empty());
        assert!(api.paths.paths.is_empty());
    }
}
