//! Stage 4: a 3.0 or 3.1 document → the same document in the 3.0 shape that `openapiv3` reads.
//!
//! 3.0 documents pass through untouched. A 3.1 document (3.1.0 and 3.1.1 have the same shape) is
//! rewritten one construct at a time; each rule is one function below. `openapiv3` fails on some
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

use std::collections::{BTreeSet, HashMap};

use serde_json::{Map, Value, json};

use crate::diagnostic::{Location, Warning, push_token};
use crate::dialect::Dialect;
use crate::extension;

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
        warnings: Vec::new(),
        defs: Defs::default(),
    };
    if dialect == Dialect::V3_1 {
        if let Value::Object(root) = &mut document {
            walker.root(root);
        }
    }
    Normalized {
        document,
        warnings: walker.warnings,
    }
}

struct Walker<'a> {
    file: &'a str,
    warnings: Vec<Warning>,
    defs: Defs,
}

/// `$defs` entries are hoisted into `components.schemas`, where `openapiv3` and lowering look.
#[derive(Default)]
struct Defs {
    /// Names in `components.schemas`, including those given to hoisted entries.
    taken: BTreeSet<String>,
    /// Hoisted entries in the order met: new name and normalized schema.
    hoisted: Vec<(String, Value)>,
    /// JSON pointer of each hoisted entry in the original document → its new name.
    moved: HashMap<String, String>,
    /// For `#/$defs/…` references: the `$defs` visible from the schema being walked, innermost
    /// last, as (name, new name).
    scopes: Vec<Vec<(String, String)>>,
}

const HTTP_METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Deepest chain of path item `$ref`s (and callbacks within them) that is followed.
const MAX_PATH_ITEM_DEPTH: usize = 8;

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
        root.insert("openapi".into(), json!(NORMALIZED_VERSION));
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

        inline_path_item_refs(root);
        self.webhooks(root);
        if let Some(Value::Object(components)) = root.get_mut("components") {
            self.mutual_tls(components);
            component_path_items(components);
        }
        self.insert_hoisted_defs(root);
        missing_paths(root);
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
                        self.reference(entry, &pointer);
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
        for (key, value) in item.iter_mut() {
            let pointer = push_token(pointer, key);
            if key == "parameters" {
                self.parameter_list(value, &pointer);
            } else if HTTP_METHODS.contains(&key.as_str()) {
                self.operation(value, &pointer);
            }
        }
    }

    fn operation(&mut self, operation: &mut Value, pointer: &str) {
        let Value::Object(operation) = operation else {
            return;
        };
        missing_responses(operation);
        for (key, value) in operation.iter_mut() {
            let pointer = push_token(pointer, key);
            match (key.as_str(), value) {
                ("parameters", value) => self.parameter_list(value, &pointer),
                ("requestBody", value) => self.request_body(value, &pointer),
                ("responses", Value::Object(responses)) => {
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
            if let Some(schema) = media.get_mut("schema") {
                self.schema(schema, &push_token(&media_pointer, "schema"));
            }
            self.examples_map(media, &media_pointer);
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
    fn examples_map(&mut self, holder: &Value, pointer: &str) {
        if let Some(Value::Object(examples)) = holder.get("examples") {
            let examples_pointer = push_token(pointer, "examples");
            for (name, example) in examples {
                self.reference(example, &push_token(&examples_pointer, name));
            }
        }
    }

    /// Reference Object siblings. In 3.1 a `$ref` to a parameter, response, example, … may
    /// carry a `summary` and `description` that replace the target's. `openapiv3` reads only
    /// `$ref`, so the replacement text is lost. Returns whether the value is a reference.
    fn reference(&mut self, value: &Value, pointer: &str) -> bool {
        let Some(object) = value.as_object() else {
            return false;
        };
        if !object.get("$ref").is_some_and(Value::is_string) {
            return false;
        }
        let overrides: Vec<&str> = ["summary", "description"]
            .into_iter()
            .filter(|key| object.contains_key(*key))
            .collect();
        if !overrides.is_empty() {
            self.warn(
                pointer,
                DROPPED_KEYWORD,
                format!(
                    "`{}` beside `$ref` is not read; the referenced object's own text is used",
                    overrides.join("` and `")
                ),
            );
        }
        true
    }

    /// Rewrites one schema: its `$defs` and the schemas inside it first, then its own keywords.
    /// Children come first so that a rule which copies a child (`prefixItems`,
    /// `patternProperties`) copies it normalized, and nothing is walked twice.
    fn schema(&mut self, schema: &mut Value, pointer: &str) {
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
            let child_pointer = push_token(pointer, key);
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
                    self.schema(child, &child_pointer);
                }
                "properties" | "patternProperties" | "dependentSchemas" => {
                    if let Value::Object(members) = child {
                        for (name, member) in members.iter_mut() {
                            self.schema(member, &push_token(&child_pointer, name));
                        }
                    }
                }
                "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                    if let Value::Array(members) = child {
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
        ref_siblings(schema);
    }

    /// `$defs` has no place in 3.0. Each entry moves to `components.schemas` under a unique
    /// name (its own where free, else prefixed with the owning component), and references to it
    /// are rewritten: `#/$defs/…` while walking (see [`Walker::local_def_ref`]), pointers into
    /// the original place once the walk is done (see [`Walker::insert_hoisted_defs`]).
    /// Returns whether a scope was opened.
    fn hoist_defs(&mut self, schema: &mut Map<String, Value>, pointer: &str) -> bool {
        let Some(defs) = schema.shift_remove("$defs") else {
            return false;
        };
        let defs_pointer = push_token(pointer, "$defs");
        let Value::Object(defs) = defs else {
            self.warn(
                &defs_pointer,
                DROPPED_KEYWORD,
                "`$defs` is not a mapping of schemas",
            );
            return false;
        };
        let owner = pointer
            .strip_prefix("/components/schemas/")
            .map(|rest| unescape_token(rest.split('/').next().unwrap_or(rest)));
        let mut scope = Vec::with_capacity(defs.len());
        let mut entries = Vec::with_capacity(defs.len());
        for (name, def) in defs {
            let new_name = self.defs.unique_name(&name, owner.as_deref());
            let def_pointer = push_token(&defs_pointer, &name);
            self.defs
                .moved
                .insert(def_pointer.clone(), new_name.clone());
            scope.push((name, new_name.clone()));
            entries.push((new_name, def, def_pointer));
        }
        self.defs.scopes.push(scope);
        for (new_name, mut def, def_pointer) in entries {
            self.schema(&mut def, &def_pointer);
            self.defs.hoisted.push((new_name, def));
        }
        true
    }

    /// `$ref: '#/$defs/Name'` names the `$defs` of the enclosing schema (the OpenAPI document
    /// itself has none); it now points at the hoisted copy.
    fn local_def_ref(&self, schema: &mut Map<String, Value>) {
        let Some(Value::String(reference)) = schema.get_mut("$ref") else {
            return;
        };
        let Some(rest) = reference.strip_prefix("#/$defs/") else {
            return;
        };
        let (token, tail) = rest
            .split_once('/')
            .map_or((rest, ""), |(t, tail)| (t, tail));
        let Some(name) = percent_decode(token).map(|t| unescape_token(&t)) else {
            return;
        };
        let found = self
            .defs
            .scopes
            .iter()
            .rev()
            .find_map(|scope| scope.iter().find(|(n, _)| *n == name));
        if let Some((_, new_name)) = found {
            let tail = if tail.is_empty() {
                String::new()
            } else {
                format!("/{tail}")
            };
            *reference = format!("#/components/schemas/{new_name}{tail}");
        }
    }

    /// Puts hoisted `$defs` into `components.schemas` and rewrites every `$ref` that pointed at
    /// (or into) their original place.
    fn insert_hoisted_defs(&mut self, root: &mut Map<String, Value>) {
        if self.defs.hoisted.is_empty() {
            return;
        }
        let components = root
            .entry("components")
            .or_insert_with(|| Value::Object(Map::new()));
        let schemas = match components {
            Value::Object(components) => components
                .entry("schemas")
                .or_insert_with(|| Value::Object(Map::new())),
            _ => return,
        };
        let Value::Object(schemas) = schemas else {
            return;
        };
        for (name, schema) in std::mem::take(&mut self.defs.hoisted) {
            schemas.insert(name, schema);
        }
        for value in root.values_mut() {
            rewrite_moved_refs(value, &self.defs.moved);
        }
    }

    /// `jsonSchemaDialect` names the dialect of schemas without `$schema`. The 3.0 shape has
    /// no such field; only a dialect other than the OpenAPI 3.1 default loses meaning.
    fn json_schema_dialect(&mut self, root: &mut Map<String, Value>) {
        let Some(dialect) = root.shift_remove("jsonSchemaDialect") else {
            return;
        };
        if !dialect.as_str().is_some_and(is_default_dialect) {
            self.warn(
                "/jsonSchemaDialect",
                DROPPED_KEYWORD,
                format!(
                    "schemas are read as OpenAPI 3.1 schemas, not in the declared dialect {dialect}"
                ),
            );
        }
    }

    /// `webhooks` (new in 3.1) describe requests the API sends, which the generator does not
    /// produce code for. They are kept, normalized, as `x-webhooks`.
    fn webhooks(&mut self, root: &mut Map<String, Value>) {
        let Some(webhooks) = root.shift_remove("webhooks") else {
            return;
        };
        if let Value::Object(entries) = &webhooks {
            for name in entries.keys() {
                self.warn(
                    &push_token("/webhooks", name),
                    NOT_GENERATED,
                    format!(
                        "webhook `{name}` is kept as `x-webhooks`; no code is generated for it"
                    ),
                );
            }
        }
        root.insert(extension::WEBHOOKS.into(), webhooks);
    }

    /// `type: mutualTLS` security schemes (new in 3.1) would make `openapiv3` fail. They move
    /// to `components.x-mutualTLS`; security requirements still name them, and the client
    /// must present the certificate itself.
    fn mutual_tls(&mut self, components: &mut Map<String, Value>) {
        let mut kept = Map::new();
        if let Some(Value::Object(schemes)) = components.get_mut("securitySchemes") {
            let names: Vec<String> = schemes
                .iter()
                .filter(|(_, scheme)| scheme.get("type") == Some(&json!("mutualTLS")))
                .map(|(name, _)| name.clone())
                .collect();
            for name in names {
                if let Some(scheme) = schemes.shift_remove(&name) {
                    kept.insert(name, scheme);
                }
            }
        }
        for name in kept.keys() {
            self.warn(
                &push_token("/components/securitySchemes", name),
                NOT_GENERATED,
                format!(
                    "mutual TLS scheme `{name}` is kept as `components.x-mutualTLS`; \
                     the client certificate is not configured by generated code"
                ),
            );
        }
        if kept.is_empty() {
            return;
        }
        match components.get_mut(extension::MUTUAL_TLS) {
            Some(Value::Object(existing)) => existing.extend(kept),
            _ => {
                components.insert(extension::MUTUAL_TLS.into(), Value::Object(kept));
            }
        }
    }

    /// JSON Schema identifiers and comments. `$comment` is for humans and goes silently, as
    /// does a `$schema` naming the default dialect. The others change what a `$ref` can name
    /// or which keywords apply, and nothing here follows them.
    fn identifiers(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        schema.shift_remove("$comment");
        if let Some(dialect) = schema.shift_remove("$schema") {
            if !dialect.as_str().is_some_and(is_default_dialect) {
                self.warn(
                    &push_token(pointer, "$schema"),
                    DROPPED_KEYWORD,
                    format!("the schema is read as an OpenAPI 3.1 schema, not as {dialect}"),
                );
            }
        }
        const IDENTIFIERS: [(&str, &str); 5] = [
            ("$id", "references through this base URI are not followed"),
            ("$anchor", "references to this anchor are not followed"),
            (
                "$dynamicAnchor",
                "dynamic references to this anchor are not followed",
            ),
            (
                "$dynamicRef",
                "the dynamic reference is not followed; any value is accepted here",
            ),
            ("$vocabulary", "vocabularies are not checked"),
        ];
        for (keyword, why) in IDENTIFIERS {
            if schema.shift_remove(keyword).is_some() {
                self.warn(
                    &push_token(pointer, keyword),
                    DROPPED_KEYWORD,
                    format!("`{keyword}` is dropped: {why}"),
                );
            }
        }
    }

    /// `type: [T, 'null']` → `type: T, nullable: true`; `type: ['null']` → `type: 'null'` (see
    /// [`type_null`]). Several non-null types cannot be said in 3.0: they are kept as `x-types`
    /// and `type` is removed, which `openapiv3` reads as any value.
    fn type_array(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        let Some(Value::Array(types)) = schema.get("type") else {
            return;
        };
        let names: Vec<String> = types
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect();
        let nullable = names.iter().any(|t| t == "null");
        let mut non_null: Vec<String> = names.into_iter().filter(|t| t != "null").collect();
        match non_null.len() {
            0 if nullable => {
                schema.insert("type".into(), json!("null"));
                return;
            }
            0 => {
                schema.shift_remove("type");
            }
            1 => {
                schema.insert("type".into(), Value::String(non_null.remove(0)));
            }
            _ => {
                schema.shift_remove("type");
                schema.insert(extension::TYPES.into(), json!(non_null));
                self.warn(
                    &push_token(pointer, "type"),
                    APPROXIMATED,
                    format!(
                        "a value of several types ({}) is kept as `x-types`; \
                         the 3.0 shape accepts any value",
                        non_null.join(", ")
                    ),
                );
            }
        }
        if nullable {
            schema.insert("nullable".into(), Value::Bool(true));
        }
    }

    /// `anyOf`/`oneOf` with a `{type: 'null'}` member is how 3.1 says "X or null". The null
    /// members become `nullable: true`. A single remaining member is merged into the schema
    /// when only annotations sit beside it, or else kept through `allOf` (a `$ref` member
    /// always, so that lowering still sees the reference).
    fn null_members(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        for keyword in ["anyOf", "oneOf"] {
            let Some(Value::Array(members)) = schema.get_mut(keyword) else {
                continue;
            };
            let before = members.len();
            members.retain(|member| !is_null_only(member));
            let remaining = members.len();
            if remaining == before {
                continue;
            }
            self.make_nullable(
                schema,
                &push_token(pointer, keyword),
                &format!("a `null` member of `{keyword}`"),
            );
            match remaining {
                0 => {
                    schema.shift_remove(keyword);
                    schema.entry("enum").or_insert_with(|| json!([null]));
                }
                1 => collapse_single_member(schema, keyword),
                _ => {}
            }
        }
    }

    /// `null` in `enum` → `nullable: true` and `null` left out of the values, the 3.0 way. A
    /// lone `enum: [null]` stays, since it is the only value.
    fn enum_null(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        let Some(Value::Array(values)) = schema.get_mut("enum") else {
            return;
        };
        if !values.iter().any(Value::is_null) {
            return;
        }
        if values.iter().any(|value| !value.is_null()) {
            values.retain(|value| !value.is_null());
        }
        self.make_nullable(schema, &push_token(pointer, "enum"), "`null` in `enum`");
    }

    /// Marks a schema nullable. Where its `type` excludes `null`, the 3.1 document never
    /// allowed null here, so accepting it is looser, and said so.
    fn make_nullable(&mut self, schema: &mut Map<String, Value>, pointer: &str, what: &str) {
        let already = schema.get("nullable") == Some(&Value::Bool(true));
        if let Some(Value::String(kind)) = schema.get("type") {
            if !already && kind != "null" {
                let message =
                    format!("{what} allows null but `type: {kind}` does not; null is accepted");
                self.warn(pointer, APPROXIMATED, message);
            }
        }
        schema.insert("nullable".into(), Value::Bool(true));
    }

    /// `contentEncoding: base64` is 3.0's `format: byte`; a non-text `contentMediaType`
    /// without an encoding is raw bytes, 3.0's `format: binary` (both only apply to strings,
    /// so a schema of another type keeps its own shape). Both keywords are kept as
    /// `x-contentEncoding`/`x-contentMediaType`; `contentSchema` (the structure of the decoded
    /// content) as `x-contentSchema`.
    fn content(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        if let Some(content_schema) = schema.shift_remove("contentSchema") {
            schema.insert(extension::CONTENT_SCHEMA.into(), content_schema);
            self.warn(
                &push_token(pointer, "contentSchema"),
                DROPPED_KEYWORD,
                "the structure of the encoded content is not checked; kept as `x-contentSchema`",
            );
        }
        let encoding = schema.shift_remove("contentEncoding");
        let media_type = schema.shift_remove("contentMediaType");
        let format = match encoding.as_ref() {
            Some(Value::String(e)) if e.eq_ignore_ascii_case("base64") => Some("byte"),
            Some(Value::String(e)) if e.eq_ignore_ascii_case("base64url") => {
                self.warn(
                    &push_token(pointer, "contentEncoding"),
                    APPROXIMATED,
                    "base64url is read as `format: byte` (base64); kept as `x-contentEncoding`",
                );
                Some("byte")
            }
            Some(other) => {
                self.warn(
                    &push_token(pointer, "contentEncoding"),
                    DROPPED_KEYWORD,
                    format!("content encoding {other} is not decoded; kept as `x-contentEncoding`"),
                );
                None
            }
            None => media_type
                .as_ref()
                .and_then(Value::as_str)
                .filter(|media_type| !is_textual(media_type))
                .map(|_| "binary"),
        };
        let string_or_untyped = schema.get("type").is_none_or(|kind| kind == "string");
        if let Some(format) = format.filter(|_| string_or_untyped) {
            schema
                .entry("type")
                .or_insert_with(|| Value::String("string".into()));
            schema
                .entry("format")
                .or_insert_with(|| Value::String(format.into()));
        }
        if let Some(encoding) = encoding {
            schema.insert(extension::CONTENT_ENCODING.into(), encoding);
        }
        if let Some(media_type) = media_type {
            schema.insert(extension::CONTENT_MEDIA_TYPE.into(), media_type);
        }
    }

    /// `unevaluatedProperties`/`unevaluatedItems` see through `allOf`, `$ref` and the like,
    /// which 3.0 cannot say. Without such keywords beside them they mean exactly
    /// `additionalProperties`/`items` and become those; beside `additionalProperties`/`items`
    /// they have no effect; otherwise they are dropped (kept as `x-…`).
    fn unevaluated(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        const IN_PLACE: [&str; 8] = [
            "$ref",
            "allOf",
            "anyOf",
            "oneOf",
            "if",
            "then",
            "else",
            "dependentSchemas",
        ];
        let in_place = IN_PLACE.iter().any(|key| schema.contains_key(*key));
        for (keyword, plain, also_blocks) in [
            ("unevaluatedProperties", "additionalProperties", None),
            ("unevaluatedItems", "items", Some("contains")),
        ] {
            let Some(value) = schema.shift_remove(keyword) else {
                continue;
            };
            let blocked = in_place || also_blocks.is_some_and(|key| schema.contains_key(key));
            if schema.contains_key(plain) || value == Value::Bool(true) {
                // Everything is already evaluated, or nothing is constrained.
            } else if !blocked {
                schema.insert(plain.into(), value);
            } else {
                self.warn(
                    &push_token(pointer, keyword),
                    DROPPED_KEYWORD,
                    format!(
                        "`{keyword}` beside combined schemas is not checked; kept as `x-{keyword}`"
                    ),
                );
                schema.insert(extension::kept(keyword), value);
            }
        }
    }

    /// A tuple (`prefixItems`) has no 3.0 form. The positions are kept in `x-prefixItems`;
    /// `items` becomes any of the position schemas (and of the old `items`), and `items:
    /// false` becomes `maxItems`.
    fn prefix_items(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        let Some(prefix) = schema.shift_remove("prefixItems") else {
            return;
        };
        if let Value::Array(positions) = &prefix {
            let mut members: Vec<Value> = Vec::new();
            for position in positions {
                push_unique(&mut members, position.clone());
            }
            match schema.shift_remove("items") {
                Some(Value::Bool(false)) => cap(schema, "maxItems", positions.len()),
                Some(Value::Bool(true)) | None => {}
                Some(items) => push_unique(&mut members, items),
            }
            if let Some(items) = any_of(members) {
                schema.insert("items".into(), items);
            }
        }
        schema.insert(extension::PREFIX_ITEMS.into(), prefix);
        self.warn(
            &push_token(pointer, "prefixItems"),
            APPROXIMATED,
            "a tuple is read as an array whose items may be any of its positions; \
             the positions are kept in `x-prefixItems`",
        );
    }

    /// `patternProperties` constrain properties by a regular expression on the name, which 3.0
    /// cannot say. Their schemas are merged into `additionalProperties` (names are not checked)
    /// and kept in `x-patternProperties`.
    fn pattern_properties(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        let Some(patterns) = schema.shift_remove("patternProperties") else {
            return;
        };
        if let Value::Object(patterns) = &patterns {
            if schema.get("additionalProperties") != Some(&Value::Bool(true)) {
                let mut members = Vec::new();
                for member in patterns.values() {
                    push_unique(&mut members, member.clone());
                }
                if let Some(other @ Value::Object(_)) = schema.get("additionalProperties") {
                    push_unique(&mut members, other.clone());
                }
                if let Some(additional) = any_of(members) {
                    schema.insert("additionalProperties".into(), additional);
                }
            }
        }
        schema.insert(extension::PATTERN_PROPERTIES.into(), patterns);
        self.warn(
            &push_token(pointer, "patternProperties"),
            APPROXIMATED,
            "properties matched by name pattern are read as additional properties \
             (names are not checked); kept as `x-patternProperties`",
        );
    }

    /// Keywords that only validate and that 3.0 lacks. Generated types do not check them, so
    /// they move to `x-<keyword>`. `then`/`else` without `if`, and `minContains`/`maxContains`
    /// without `contains`, have no effect and move silently.
    fn validation_only(&mut self, schema: &mut Map<String, Value>, pointer: &str) {
        const DROPPED: [(&str, &str); 5] = [
            (
                "dependentRequired",
                "properties required together are not checked",
            ),
            (
                "dependentSchemas",
                "schemas applied when a property is present are not checked",
            ),
            ("if", "the condition (`if`/`then`/`else`) is not checked"),
            (
                "contains",
                "`contains`/`minContains`/`maxContains` are not checked",
            ),
            ("propertyNames", "property names are not checked"),
        ];
        for (keyword, why) in DROPPED {
            if rename(schema, keyword, &extension::kept(keyword)) {
                self.warn(
                    &push_token(pointer, keyword),
                    DROPPED_KEYWORD,
                    format!("{why}; kept as `x-{keyword}`"),
                );
            }
        }
        for keyword in ["then", "else", "minContains", "maxContains"] {
            rename(schema, keyword, &extension::kept(keyword));
        }
    }
}

impl Defs {
    /// A `components.schemas` name for a hoisted `$defs` entry: its own name, else prefixed
    /// with the component that held it, else numbered.
    fn unique_name(&mut self, name: &str, owner: Option<&str>) -> String {
        let name = component_name(name);
        let mut candidates = vec![name.clone()];
        if let Some(owner) = owner {
            candidates.push(format!("{}_{name}", component_name(owner)));
        }
        let base = candidates.last().cloned().unwrap_or_default();
        let chosen = match candidates.into_iter().find(|c| !self.taken.contains(c)) {
            Some(free) => free,
            None => {
                let mut n = 2;
                loop {
                    let numbered = format!("{base}_{n}");
                    if !self.taken.contains(&numbered) {
                        break numbered;
                    }
                    n += 1;
                }
            }
        };
        self.taken.insert(chosen.clone());
        chosen
    }
}

/// Boolean schemas: `true` accepts anything (`{}`), `false` nothing (`{not: {}}`).
fn boolean_schema(allowed: bool) -> Value {
    if allowed {
        json!({})
    } else {
        json!({"not": {}})
    }
}

/// `type: 'null'` alone: only `null` is valid. The 3.0 shape says so with `enum: [null]` and
/// `nullable: true`, which `openapiv3` reads as a nullable schema whose only value is null.
fn type_null(schema: &mut Map<String, Value>) {
    if schema.get("type") == Some(&json!("null")) {
        schema.shift_remove("type");
        schema.insert("enum".into(), json!([null]));
        schema.insert("nullable".into(), Value::Bool(true));
    }
}

/// `const: v` → `enum: [v]`, plus `x-const: v` so lowering can make a single-value type.
fn const_value(schema: &mut Map<String, Value>) {
    if let Some(value) = schema.shift_remove("const") {
        schema.insert("enum".into(), json!([value.clone()]));
        schema.insert(extension::CONST.into(), value);
    }
}

/// 2020-12 `examples` is a list; a 3.0 schema has one `example`. The first becomes `example`
/// (unless there is one) and all are kept in `x-examples`.
fn examples(schema: &mut Map<String, Value>) {
    let Some(examples) = schema.shift_remove("examples") else {
        return;
    };
    if let Some(first) = examples.as_array().and_then(|list| list.first()) {
        schema.entry("example").or_insert_with(|| first.clone());
    }
    schema.insert(extension::EXAMPLES.into(), examples);
}

/// 2020-12 `exclusiveMinimum: n` is a number; 3.0 says `minimum: n, exclusiveMinimum: true`.
/// Beside an inclusive bound the stricter of the two is kept. Boolean values (3.0 style, still
/// found in 3.1 documents) are left as they are.
fn exclusive_bounds(schema: &mut Map<String, Value>) {
    exclusive_bound(schema, "minimum", "exclusiveMinimum", |e, i| e >= i);
    exclusive_bound(schema, "maximum", "exclusiveMaximum", |e, i| e <= i);
}

fn exclusive_bound(
    schema: &mut Map<String, Value>,
    inclusive: &str,
    exclusive: &str,
    exclusive_is_stricter: fn(f64, f64) -> bool,
) {
    let Some(Value::Number(limit)) = schema.get(exclusive) else {
        return;
    };
    let limit = limit.clone();
    let exclusive_wins = match (
        limit.as_f64(),
        schema.get(inclusive).and_then(Value::as_f64),
    ) {
        (Some(e), Some(i)) => exclusive_is_stricter(e, i),
        _ => true,
    };
    if exclusive_wins {
        schema.insert(inclusive.into(), Value::Number(limit));
        schema.insert(exclusive.into(), Value::Bool(true));
    } else {
        schema.shift_remove(exclusive);
    }
}

/// `items: true` allows anything (3.0: no `items`); `items: false` allows no items at all
/// (3.0: `maxItems: 0`).
fn items_boolean(schema: &mut Map<String, Value>) {
    match schema.get("items") {
        Some(Value::Bool(true)) => {
            schema.shift_remove("items");
        }
        Some(Value::Bool(false)) => {
            schema.shift_remove("items");
            schema.insert("maxItems".into(), json!(0));
        }
        _ => {}
    }
}

/// In 3.1 `$ref` is one keyword among others; in 3.0 (and in `openapiv3`) it replaces its
/// siblings. `{$ref, …}` becomes `{allOf: [{$ref}], …}`, which means the same in 3.0. A plain
/// `{$ref}` stays as it is, so lowering still sees a reference.
fn ref_siblings(schema: &mut Map<String, Value>) {
    if schema.len() < 2 || !schema.get("$ref").is_some_and(Value::is_string) {
        return;
    }
    let Some(reference) = schema.shift_remove("$ref") else {
        return;
    };
    let member = json!({ "$ref": reference });
    match schema.get_mut("allOf") {
        Some(Value::Array(members)) => members.insert(0, member),
        _ => {
            schema.insert("allOf".into(), json!([member]));
        }
    }
}

/// `info.summary` (new in 3.1) would be dropped by `openapiv3`; `x-summary` keeps it.
fn info_summary(info: &mut Map<String, Value>) {
    rename(info, "summary", extension::SUMMARY);
}

/// `license.identifier` (an SPDX expression, new in 3.1) would be dropped; `x-identifier` keeps
/// it. `openapiv3` already treats `license.url` as optional.
fn license_identifier(license: &mut Map<String, Value>) {
    rename(license, "identifier", extension::IDENTIFIER);
}

/// `paths` is optional in 3.1 (a document may hold only webhooks or components) but required
/// by `openapiv3`.
fn missing_paths(root: &mut Map<String, Value>) {
    root.entry("paths")
        .or_insert_with(|| Value::Object(Map::new()));
}

/// `responses` is optional on a 3.1 operation but required by `openapiv3`. An empty map says
/// the same: nothing is documented.
fn missing_responses(operation: &mut Map<String, Value>) {
    operation
        .entry("responses")
        .or_insert_with(|| Value::Object(Map::new()));
}

/// `components.pathItems` (new in 3.1) is unknown to `openapiv3`. References to them are
/// inlined by [`inline_path_item_refs`]; the entries stay readable as `x-pathItems`.
fn component_path_items(components: &mut Map<String, Value>) {
    rename(components, "pathItems", extension::PATH_ITEMS);
}

/// A path item may be `{$ref: '#/components/pathItems/…'}` (3.1). `openapiv3` keeps a path
/// item reference as an unresolved reference, and reads one inside a callback as an empty
/// path item, so every local path item reference in `paths`, `webhooks`, `components` and
/// their callbacks is replaced by the (already normalized) target, with the reference's own
/// fields on top.
fn inline_path_item_refs(root: &mut Map<String, Value>) {
    let mut found = false;
    for_each_path_item(root, &mut |item| {
        found |= local_ref(item).is_some();
    });
    if !found {
        return;
    }
    let snapshot = Value::Object(root.clone());
    for_each_path_item(root, &mut |item| {
        for _ in 0..MAX_PATH_ITEM_DEPTH {
            let Some(pointer) = local_ref(item) else {
                return;
            };
            let Some(Value::Object(target)) = snapshot.pointer(&pointer) else {
                return;
            };
            let mut merged = target.clone();
            if let Value::Object(fields) = item {
                fields.shift_remove("$ref");
                merged.extend(std::mem::take(fields));
            }
            *item = Value::Object(merged);
        }
    });
}

/// Calls `f` on every path item (in `paths`, `webhooks`, `components.pathItems` and callbacks),
/// and then on the path items of the callbacks in its operations.
fn for_each_path_item(root: &mut Map<String, Value>, f: &mut dyn FnMut(&mut Value)) {
    for (section, value) in root.iter_mut() {
        match (section.as_str(), value) {
            ("paths" | "webhooks", Value::Object(items)) => {
                for item in items.values_mut() {
                    path_item_and_callbacks(item, f, 0);
                }
            }
            ("components", Value::Object(components)) => {
                if let Some(Value::Object(items)) = components.get_mut("pathItems") {
                    for item in items.values_mut() {
                        path_item_and_callbacks(item, f, 0);
                    }
                }
                if let Some(Value::Object(callbacks)) = components.get_mut("callbacks") {
                    for callback in callbacks.values_mut() {
                        callback_items(callback, f, 0);
                    }
                }
            }
            _ => {}
        }
    }
}

fn path_item_and_callbacks(item: &mut Value, f: &mut dyn FnMut(&mut Value), depth: usize) {
    if depth > MAX_PATH_ITEM_DEPTH {
        return;
    }
    f(item);
    let Value::Object(item) = item else { return };
    for method in HTTP_METHODS {
        if let Some(Value::Object(callbacks)) = item
            .get_mut(method)
            .and_then(|operation| operation.get_mut("callbacks"))
        {
            for callback in callbacks.values_mut() {
                callback_items(callback, f, depth + 1);
            }
        }
    }
}

fn callback_items(callback: &mut Value, f: &mut dyn FnMut(&mut Value), depth: usize) {
    if let Value::Object(expressions) = callback {
        if expressions.contains_key("$ref") {
            return;
        }
        for item in expressions.values_mut() {
            path_item_and_callbacks(item, f, depth);
        }
    }
}

/// The JSON pointer of a same-document `$ref` (`#/…`), percent-decoded.
fn local_ref(value: &Value) -> Option<String> {
    let fragment = value.get("$ref")?.as_str()?.strip_prefix('#')?;
    if fragment.starts_with('/') {
        percent_decode(fragment)
    } else {
        None
    }
}

/// Rewrites `$ref`s that point at, or into, a hoisted `$defs` entry.
fn rewrite_moved_refs(value: &mut Value, moved: &HashMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(reference) if key == "$ref" => {
                        if let Some(new) = moved_target(reference, moved) {
                            *reference = new;
                        }
                    }
                    _ => rewrite_moved_refs(child, moved),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                rewrite_moved_refs(item, moved);
            }
        }
        _ => {}
    }
}

/// The new `$ref` for a reference to (or into) a hoisted entry: the longest moved pointer that
/// is a whole-token prefix of the reference wins.
fn moved_target(reference: &str, moved: &HashMap<String, String>) -> Option<String> {
    let pointer = percent_decode(reference.strip_prefix('#')?)?;
    let mut end = pointer.len();
    loop {
        if let Some(name) = moved.get(&pointer[..end]) {
            return Some(format!("#/components/schemas/{name}{}", &pointer[end..]));
        }
        end = pointer[..end].rfind('/')?;
        if end == 0 {
            return None;
        }
    }
}

/// Whether a normalized schema admits only `null` (`{type: 'null'}` after [`type_null`]).
fn is_null_only(schema: &Value) -> bool {
    let Value::Object(schema) = schema else {
        return false;
    };
    schema.get("enum") == Some(&json!([null]))
        && !["type", "allOf", "anyOf", "oneOf", "not", "$ref"]
            .iter()
            .any(|key| schema.contains_key(*key))
}

/// Keywords that describe a schema without constraining it: a schema made of these and one
/// combined member means the member.
fn is_annotation(keyword: &str) -> bool {
    extension::is_extension(keyword)
        || matches!(
            keyword,
            "title"
                | "description"
                | "default"
                | "example"
                | "deprecated"
                | "readOnly"
                | "writeOnly"
                | "externalDocs"
                | "nullable"
        )
}

/// Replaces `keyword: [member]` by the member: merged in when the schema holds only
/// annotations and the member shares no keyword with it, else as an `allOf` member.
fn collapse_single_member(schema: &mut Map<String, Value>, keyword: &str) {
    let Some(Value::Array(mut members)) = schema.shift_remove(keyword) else {
        return;
    };
    let Some(member) = members.pop() else {
        return;
    };
    match member {
        Value::Object(fields)
            if !fields.contains_key("$ref")
                && schema.keys().all(|key| is_annotation(key))
                && fields.keys().all(|key| !schema.contains_key(key)) =>
        {
            schema.extend(fields);
        }
        member => match schema.get_mut("allOf") {
            Some(Value::Array(all)) => all.push(member),
            _ => {
                schema.insert("allOf".into(), json!([member]));
            }
        },
    }
}

/// One schema for several: the only one, or `anyOf` of them.
fn any_of(mut members: Vec<Value>) -> Option<Value> {
    match members.len() {
        0 => None,
        1 => members.pop(),
        _ => Some(json!({ "anyOf": members })),
    }
}

fn push_unique(members: &mut Vec<Value>, member: Value) {
    if !members.contains(&member) {
        members.push(member);
    }
}

/// Sets `keyword` to at most `limit`.
fn cap(schema: &mut Map<String, Value>, keyword: &str, limit: usize) {
    let current = schema.get(keyword).and_then(Value::as_u64);
    if current.is_none_or(|current| current > limit as u64) {
        schema.insert(keyword.into(), json!(limit));
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

/// The OpenAPI 3.1 default schema dialect and the JSON Schema 2020-12 it builds on.
fn is_default_dialect(uri: &str) -> bool {
    let uri = uri.trim_end_matches('#');
    uri.starts_with("https://spec.openapis.org/oas/3.1/")
        || uri == "https://json-schema.org/draft/2020-12/schema"
}

/// Media types whose content is text, so a string holding it is not raw bytes.
fn is_textual(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.starts_with("text/")
        || essence.ends_with("json")
        || essence.ends_with("xml")
        || essence.ends_with("yaml")
        || matches!(
            essence.as_str(),
            "application/x-www-form-urlencoded" | "application/javascript" | "application/graphql"
        )
}

/// A valid `components` key (`^[a-zA-Z0-9.\-_]+$`) made from any name.
fn component_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if cleaned.is_empty() {
        "_".into()
    } else {
        cleaned
    }
}

/// Undoes [`crate::diagnostic::escape_token`].
fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Decodes `%XX` escapes of a URI fragment; `None` when they are malformed or not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_owned());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Normalizes `input` as `components.schemas.S` of a 3.1 document.
    fn schema_rule(input: Value) -> (Value, Vec<Warning>) {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "components": {"schemas": {"S": input}}
        }));
        (document["components"]["schemas"]["S"].clone(), warnings)
    }

    fn document_rule(input: Value) -> (Value, Vec<Warning>) {
        let normalized = normalize("f.yaml", Dialect::V3_1, input);
        (normalized.document, normalized.warnings)
    }

    /// (pointer, kind) of each warning, to compare in one assertion.
    fn found(warnings: &[Warning]) -> Vec<(&str, &str)> {
        warnings
            .iter()
            .map(|w| (w.location.pointer.as_str(), w.kind))
            .collect()
    }

    const S: &str = "/components/schemas/S";

    fn at(suffix: &str) -> String {
        format!("{S}{suffix}")
    }

    #[test]
    fn type_with_null_becomes_nullable() {
        let (schema, warnings) = schema_rule(json!({"type": ["string", "null"], "format": "uri"}));
        assert_eq!(
            schema,
            json!({"type": "string", "format": "uri", "nullable": true})
        );
        assert!(warnings.is_empty());
    }

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
    fn several_types_are_kept_as_extension_with_a_warning() {
        let (schema, warnings) = schema_rule(json!({"type": ["string", "integer", "null"]}));
        assert_eq!(
            schema,
            json!({"x-types": ["string", "integer"], "nullable": true})
        );
        assert_eq!(found(&warnings), [(at("/type").as_str(), APPROXIMATED)]);
    }

    #[test]
    fn type_null_alone_becomes_a_null_only_enum() {
        for input in [json!({"type": "null"}), json!({"type": ["null"]})] {
            let (schema, warnings) = schema_rule(input);
            assert_eq!(schema, json!({"enum": [null], "nullable": true}));
            assert!(warnings.is_empty());
        }
    }

    #[test]
    fn const_becomes_a_single_value_enum() {
        let (schema, warnings) = schema_rule(json!({"type": "string", "const": "card"}));
        assert_eq!(
            schema,
            json!({"type": "string", "enum": ["card"], "x-const": "card"})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({"const": null}));
        assert_eq!(
            schema,
            json!({"enum": [null], "x-const": null, "nullable": true})
        );
    }

    #[test]
    fn examples_list_gives_the_first_as_example() {
        let (schema, warnings) = schema_rule(json!({"type": "number", "examples": [49.99, 5]}));
        assert_eq!(
            schema,
            json!({"type": "number", "example": 49.99, "x-examples": [49.99, 5]})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({"example": 1, "examples": [2]}));
        assert_eq!(schema, json!({"example": 1, "x-examples": [2]}));
    }

    #[test]
    fn numeric_exclusive_bounds_take_the_3_0_form() {
        let (schema, warnings) = schema_rule(json!({
            "type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10
        }));
        assert_eq!(
            schema,
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true,
                   "maximum": 10, "exclusiveMaximum": true})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn exclusive_bound_beside_an_inclusive_one_keeps_the_stricter() {
        let (schema, _) = schema_rule(json!({
            "minimum": 5, "exclusiveMinimum": 1, "maximum": 10, "exclusiveMaximum": 8
        }));
        assert_eq!(
            schema,
            json!({"minimum": 5, "maximum": 8, "exclusiveMaximum": true})
        );
        let legacy = json!({"minimum": 10, "exclusiveMinimum": true});
        assert_eq!(schema_rule(legacy.clone()).0, legacy);
    }

    #[test]
    fn ref_with_siblings_becomes_all_of() {
        let (schema, warnings) = schema_rule(json!({
            "$ref": "#/components/schemas/T", "description": "d", "nullable": true
        }));
        assert_eq!(
            schema,
            json!({"description": "d", "nullable": true,
                   "allOf": [{"$ref": "#/components/schemas/T"}]})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({
            "$ref": "#/components/schemas/T", "allOf": [{"required": ["a"]}]
        }));
        assert_eq!(
            schema,
            json!({"allOf": [{"$ref": "#/components/schemas/T"}, {"required": ["a"]}]})
        );
    }

    #[test]
    fn plain_ref_stays_plain() {
        for input in [
            json!({"$ref": "#/components/schemas/T"}),
            json!({"$ref": "#/components/schemas/T", "$comment": "why"}),
        ] {
            let (schema, warnings) = schema_rule(input);
            assert_eq!(schema, json!({"$ref": "#/components/schemas/T"}));
            assert!(warnings.is_empty());
        }
    }

    #[test]
    fn ref_siblings_are_read_by_openapiv3() {
        let (schema, _) =
            schema_rule(json!({"$ref": "#/components/schemas/T", "description": "d"}));
        let schema: openapiv3::ReferenceOr<openapiv3::Schema> =
            serde_json::from_value(schema).expect("a 3.0 schema");
        let openapiv3::ReferenceOr::Item(schema) = schema else {
            panic!("read as a bare reference");
        };
        assert_eq!(schema.schema_data.description.as_deref(), Some("d"));
        assert!(matches!(
            schema.schema_kind,
            openapiv3::SchemaKind::AllOf { ref all_of } if all_of.len() == 1
        ));
    }

    #[test]
    fn boolean_schemas_become_empty_and_not_empty() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "properties": {"any": true, "never": false},
            "additionalProperties": false
        }));
        assert_eq!(
            schema,
            json!({"type": "object",
                   "properties": {"any": {}, "never": {"not": {}}},
                   "additionalProperties": false})
        );
        assert!(warnings.is_empty());
        assert_eq!(schema_rule(json!(true)).0, json!({}));
    }

    #[test]
    fn defs_are_hoisted_and_references_rewritten() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"get": {"responses": {"200": {"description": "", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Order/$defs/Line"}}
            }}}}}},
            "components": {"schemas": {
                "Order": {
                    "type": "object",
                    "properties": {
                        "lines": {"type": "array", "items": {"$ref": "#/$defs/Line"}},
                        "sku": {"$ref": "#/components/schemas/Order/$defs/Line/properties/sku"}
                    },
                    "$defs": {"Line": {"type": "object", "properties": {
                        "sku": {"type": ["string", "null"]}
                    }}}
                },
                "Line": {"type": "string"}
            }}
        }));
        let schemas = &document["components"]["schemas"];
        assert_eq!(
            schemas["Order_Line"],
            json!({"type": "object", "properties": {"sku": {"type": "string", "nullable": true}}})
        );
        assert_eq!(schemas["Line"], json!({"type": "string"}));
        assert_eq!(schemas["Order"].get("$defs"), None);
        assert_eq!(
            schemas["Order"]["properties"]["lines"]["items"],
            json!({"$ref": "#/components/schemas/Order_Line"})
        );
        assert_eq!(
            schemas["Order"]["properties"]["sku"],
            json!({"$ref": "#/components/schemas/Order_Line/properties/sku"})
        );
        assert_eq!(
            document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/Order_Line"})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn defs_take_their_own_name_when_free() {
        let (document, _) = document_rule(json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"get": {"parameters": [{"name": "p", "in": "query", "schema": {
                "$ref": "#/$defs/Id",
                "$defs": {"Id": {"type": "integer"}}
            }}]}}}
        }));
        assert_eq!(
            document["components"]["schemas"]["Id"],
            json!({"type": "integer"})
        );
        assert_eq!(
            document["paths"]["/a"]["get"]["parameters"][0]["schema"],
            json!({"$ref": "#/components/schemas/Id"})
        );
    }

    #[test]
    fn prefix_items_are_kept_and_items_approximated() {
        let (schema, warnings) = schema_rule(json!({
            "type": "array",
            "prefixItems": [{"type": "number"}, {"type": "string"}, {"type": "number"}],
            "items": false
        }));
        assert_eq!(
            schema,
            json!({"type": "array", "maxItems": 3,
                   "items": {"anyOf": [{"type": "number"}, {"type": "string"}]},
                   "x-prefixItems": [{"type": "number"}, {"type": "string"}, {"type": "number"}]})
        );
        assert_eq!(
            found(&warnings),
            [(at("/prefixItems").as_str(), APPROXIMATED)]
        );
    }

    #[test]
    fn boolean_items_become_no_items_or_max_items_zero() {
        let (schema, warnings) = schema_rule(json!({"type": "array", "items": false}));
        assert_eq!(schema, json!({"type": "array", "maxItems": 0}));
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({"type": "array", "items": true}));
        assert_eq!(schema, json!({"type": "array"}));
    }

    #[test]
    fn content_encoding_and_media_type_become_formats() {
        let (schema, warnings) =
            schema_rule(json!({"type": "string", "contentEncoding": "base64"}));
        assert_eq!(
            schema,
            json!({"type": "string", "format": "byte", "x-contentEncoding": "base64"})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({"contentMediaType": "image/png"}));
        assert_eq!(
            schema,
            json!({"type": "string", "format": "binary", "x-contentMediaType": "image/png"})
        );
        let (schema, _) =
            schema_rule(json!({"type": "string", "contentMediaType": "application/json"}));
        assert_eq!(
            schema,
            json!({"type": "string", "x-contentMediaType": "application/json"})
        );
        let (schema, _) = schema_rule(json!({"type": "object", "contentMediaType": "image/png"}));
        assert_eq!(
            schema,
            json!({"type": "object", "x-contentMediaType": "image/png"})
        );
    }

    #[test]
    fn unusual_content_encodings_are_reported() {
        let (schema, warnings) = schema_rule(json!({
            "type": "string", "contentEncoding": "base64url",
            "contentSchema": {"type": "object"}
        }));
        assert_eq!(schema["format"], "byte");
        assert_eq!(schema["x-contentSchema"], json!({"type": "object"}));
        assert_eq!(
            found(&warnings),
            [
                (at("/contentSchema").as_str(), DROPPED_KEYWORD),
                (at("/contentEncoding").as_str(), APPROXIMATED)
            ]
        );
        let (schema, warnings) = schema_rule(json!({"type": "string", "contentEncoding": "7bit"}));
        assert_eq!(
            schema,
            json!({"type": "string", "x-contentEncoding": "7bit"})
        );
        assert_eq!(
            found(&warnings),
            [(at("/contentEncoding").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn null_in_enum_becomes_nullable() {
        let (schema, warnings) = schema_rule(json!({
            "type": ["string", "null"], "enum": ["a", null]
        }));
        assert_eq!(
            schema,
            json!({"type": "string", "enum": ["a"], "nullable": true})
        );
        assert!(warnings.is_empty());
        let (schema, warnings) = schema_rule(json!({"type": "string", "enum": ["a", null]}));
        assert_eq!(
            schema,
            json!({"type": "string", "enum": ["a"], "nullable": true})
        );
        assert_eq!(found(&warnings), [(at("/enum").as_str(), APPROXIMATED)]);
    }

    #[test]
    fn null_member_of_any_of_becomes_nullable() {
        let (schema, warnings) = schema_rule(json!({
            "anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}],
            "description": "d"
        }));
        assert_eq!(
            schema,
            json!({"description": "d", "nullable": true, "type": "string", "format": "date-time"})
        );
        assert!(warnings.is_empty());
        let (schema, _) = schema_rule(json!({
            "oneOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]
        }));
        assert_eq!(
            schema,
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/T"}]})
        );
        let (schema, _) = schema_rule(json!({
            "anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}]
        }));
        assert_eq!(
            schema,
            json!({"anyOf": [{"type": "string"}, {"type": "number"}], "nullable": true})
        );
    }

    #[test]
    fn pattern_properties_are_approximated_as_additional_properties() {
        let pattern = json!({"type": "object", "properties": {"error": {"type": "string"}}});
        let (schema, warnings) = schema_rule(json!({
            "type": "object",
            "additionalProperties": false,
            "patternProperties": {"^[a-z]+@[a-z.]+$": pattern}
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "additionalProperties": pattern,
                   "x-patternProperties": {"^[a-z]+@[a-z.]+$": pattern}})
        );
        assert_eq!(
            found(&warnings),
            [(at("/patternProperties").as_str(), APPROXIMATED)]
        );
    }

    #[test]
    fn dependent_required_is_kept_as_extension() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object", "dependentRequired": {"card": ["cvc"]}
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "x-dependentRequired": {"card": ["cvc"]}})
        );
        assert_eq!(
            found(&warnings),
            [(at("/dependentRequired").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn dependent_schemas_are_kept_as_extension_and_normalized() {
        let (schema, warnings) = schema_rule(json!({
            "dependentSchemas": {"card": {"properties": {"cvc": {"type": ["string", "null"]}}}}
        }));
        assert_eq!(
            schema["x-dependentSchemas"]["card"]["properties"]["cvc"],
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(
            found(&warnings),
            [(at("/dependentSchemas").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn if_then_else_is_kept_as_extension() {
        let (schema, warnings) = schema_rule(json!({
            "if": {"properties": {"kind": {"const": "a"}}},
            "then": {"required": ["a"]},
            "else": false
        }));
        assert_eq!(
            schema,
            json!({
                "x-if": {"properties": {"kind": {"enum": ["a"], "x-const": "a"}}},
                "x-then": {"required": ["a"]},
                "x-else": {"not": {}}
            })
        );
        assert_eq!(found(&warnings), [(at("/if").as_str(), DROPPED_KEYWORD)]);
        let (schema, warnings) = schema_rule(json!({"then": {"required": ["a"]}}));
        assert_eq!(schema, json!({"x-then": {"required": ["a"]}}));
        assert!(warnings.is_empty());
    }

    #[test]
    fn unevaluated_properties_alone_is_additional_properties() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object", "properties": {"a": {}}, "unevaluatedProperties": false
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "properties": {"a": {}}, "additionalProperties": false})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn unevaluated_properties_beside_combinators_is_dropped() {
        let (schema, warnings) = schema_rule(json!({
            "anyOf": [{"properties": {"a": {}}}, {"properties": {"b": {}}}],
            "unevaluatedProperties": false
        }));
        assert_eq!(schema["x-unevaluatedProperties"], false);
        assert_eq!(schema.get("additionalProperties"), None);
        assert_eq!(
            found(&warnings),
            [(at("/unevaluatedProperties").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn unevaluated_items_alone_is_items() {
        let (schema, warnings) = schema_rule(json!({
            "type": "array", "unevaluatedItems": {"type": ["integer", "null"]}
        }));
        assert_eq!(
            schema,
            json!({"type": "array", "items": {"type": "integer", "nullable": true}})
        );
        assert!(warnings.is_empty());
        let (schema, warnings) = schema_rule(json!({
            "type": "array", "contains": {"type": "integer"}, "unevaluatedItems": false
        }));
        assert_eq!(schema["x-unevaluatedItems"], false);
        assert_eq!(
            found(&warnings),
            [
                (at("/unevaluatedItems").as_str(), DROPPED_KEYWORD),
                (at("/contains").as_str(), DROPPED_KEYWORD)
            ]
        );
    }

    #[test]
    fn contains_is_kept_as_extension() {
        let (schema, warnings) = schema_rule(json!({
            "type": "array", "contains": {"const": 1}, "minContains": 2, "maxContains": 3
        }));
        assert_eq!(
            schema,
            json!({"type": "array", "x-contains": {"enum": [1], "x-const": 1},
                   "x-minContains": 2, "x-maxContains": 3})
        );
        assert_eq!(
            found(&warnings),
            [(at("/contains").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn property_names_are_kept_as_extension() {
        let (schema, warnings) = schema_rule(json!({
            "type": "object", "propertyNames": {"pattern": "^[a-z]+$"}
        }));
        assert_eq!(
            schema,
            json!({"type": "object", "x-propertyNames": {"pattern": "^[a-z]+$"}})
        );
        assert_eq!(
            found(&warnings),
            [(at("/propertyNames").as_str(), DROPPED_KEYWORD)]
        );
    }

    #[test]
    fn identifiers_are_dropped_and_comments_silently() {
        let (schema, warnings) = schema_rule(json!({
            "$id": "https://example.com/s", "$anchor": "s", "$comment": "note",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$dynamicAnchor": "meta", "type": "string"
        }));
        assert_eq!(schema, json!({"type": "string"}));
        assert_eq!(
            found(&warnings),
            [
                (at("/$id").as_str(), DROPPED_KEYWORD),
                (at("/$anchor").as_str(), DROPPED_KEYWORD),
                (at("/$dynamicAnchor").as_str(), DROPPED_KEYWORD)
            ]
        );
        let (schema, warnings) = schema_rule(json!({
            "$schema": "http://json-schema.org/draft-04/schema#", "$dynamicRef": "#meta"
        }));
        assert_eq!(schema, json!({}));
        assert_eq!(
            found(&warnings),
            [
                (at("/$schema").as_str(), DROPPED_KEYWORD),
                (at("/$dynamicRef").as_str(), DROPPED_KEYWORD)
            ]
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

    #[test]
    fn missing_paths_and_responses_are_inserted() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "components": {"pathItems": {"P": {"get": {"summary": "no responses"}}}}
        }));
        assert_eq!(document["paths"], json!({}));
        assert_eq!(
            document["components"]["x-pathItems"]["P"]["get"]["responses"],
            json!({})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn webhooks_are_kept_as_extension_and_reported() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "webhooks": {"newPet": {"post": {"responses": {"200": {"description": "ok"}}}}}
        }));
        assert_eq!(document.get("webhooks"), None);
        assert_eq!(
            document["x-webhooks"]["newPet"]["post"]["responses"]["200"]["description"],
            "ok"
        );
        assert_eq!(found(&warnings), [("/webhooks/newPet", NOT_GENERATED)]);
    }

    #[test]
    fn json_schema_dialect_is_dropped_and_reported_unless_default() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base"
        }));
        assert_eq!(document.get("jsonSchemaDialect"), None);
        assert!(warnings.is_empty());
        let (_, warnings) = document_rule(json!({
            "openapi": "3.1.0", "jsonSchemaDialect": "http://json-schema.org/draft-04/schema#"
        }));
        assert_eq!(found(&warnings), [("/jsonSchemaDialect", DROPPED_KEYWORD)]);
    }

    #[test]
    fn path_item_references_are_inlined() {
        let item = json!({"get": {"parameters": [{"name": "q", "in": "query",
                                                  "schema": {"type": ["string", "null"]}}]}});
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "paths": {
                "/a": {"$ref": "#/components/pathItems/A", "summary": "local"},
                "/b": {"post": {"callbacks": {"done": {"{$url}": {"$ref": "#/components/pathItems/A"}}}}}
            },
            "webhooks": {"w": {"$ref": "#/components/pathItems/A"}},
            "components": {"pathItems": {"A": item}}
        }));
        let expected = json!({"get": {
            "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "nullable": true}}],
            "responses": {}
        }});
        let mut with_summary = expected.clone();
        with_summary["summary"] = json!("local");
        assert_eq!(document["paths"]["/a"], with_summary);
        assert_eq!(
            document["paths"]["/b"]["post"]["callbacks"]["done"]["{$url}"],
            expected
        );
        assert_eq!(document["x-webhooks"]["w"], expected);
        assert_eq!(document["components"]["x-pathItems"]["A"], expected);
        assert_eq!(document["components"].get("pathItems"), None);
        assert_eq!(found(&warnings), [("/webhooks/w", NOT_GENERATED)]);
    }

    #[test]
    fn info_summary_and_license_identifier_move_to_extensions() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "summary": "short", "version": "1",
                     "license": {"name": "MIT", "identifier": "MIT"}}
        }));
        assert_eq!(
            document["info"],
            json!({"title": "t", "version": "1",
                   "license": {"name": "MIT", "x-identifier": "MIT"}, "x-summary": "short"})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn mutual_tls_schemes_move_out_of_security_schemes() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "components": {"securitySchemes": {
                "mtls": {"type": "mutualTLS", "description": "cert"},
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"}
            }}
        }));
        let components = &document["components"];
        assert_eq!(
            components["securitySchemes"],
            json!({"key": {"type": "apiKey", "in": "header", "name": "X-Key"}})
        );
        assert_eq!(
            components["x-mutualTLS"],
            json!({"mtls": {"type": "mutualTLS", "description": "cert"}})
        );
        assert_eq!(
            found(&warnings),
            [("/components/securitySchemes/mtls", NOT_GENERATED)]
        );
    }

    #[test]
    fn reference_summary_and_description_are_reported() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"get": {
                "parameters": [{"$ref": "#/components/parameters/P", "description": "here"}],
                "responses": {
                    "200": {"$ref": "#/components/responses/R", "summary": "s", "description": "d"},
                    "404": {"$ref": "#/components/responses/R"}
                }
            }}}
        }));
        assert_eq!(
            document["paths"]["/a"]["get"]["parameters"][0]["description"],
            "here"
        );
        assert_eq!(
            found(&warnings),
            [
                ("/paths/~1a/get/parameters/0", DROPPED_KEYWORD),
                ("/paths/~1a/get/responses/200", DROPPED_KEYWORD)
            ]
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
