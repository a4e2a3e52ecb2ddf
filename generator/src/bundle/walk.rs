//! Where references stand: every place of a document (or of a part of one) where a `$ref` may
//! sit, with the kind of object it stands for there.
//!
//! The kind decides the `components` section a target is hoisted into, so it comes from the
//! reference's position, not from the target. Only positions the OpenAPI structure defines are
//! visited: a `$ref` inside an `example` value or an extension is data, not a reference.

use serde_json::Value;

use crate::diagnostic::{push_token, value_kind};
use crate::ir::PATH_ITEM_METHODS;

/// What a reference stands for, by where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Schema,
    Parameter,
    Header,
    Response,
    RequestBody,
    Example,
    Link,
    Callback,
    SecurityScheme,
    PathItem,
}

impl Kind {
    /// The section of `components` that holds this kind.
    pub(super) fn section(self) -> &'static str {
        match self {
            Kind::Schema => "schemas",
            Kind::Parameter => "parameters",
            Kind::Header => "headers",
            Kind::Response => "responses",
            Kind::RequestBody => "requestBodies",
            Kind::Example => "examples",
            Kind::Link => "links",
            Kind::Callback => "callbacks",
            Kind::SecurityScheme => "securitySchemes",
            Kind::PathItem => "pathItems",
        }
    }

    /// What one of this kind is called in messages.
    pub(super) fn noun(self) -> &'static str {
        match self {
            Kind::Schema => "schema",
            Kind::Parameter => "parameter",
            Kind::Header => "header",
            Kind::Response => "response",
            Kind::RequestBody => "request body",
            Kind::Example => "example",
            Kind::Link => "link",
            Kind::Callback => "callback",
            Kind::SecurityScheme => "security scheme",
            Kind::PathItem => "path item",
        }
    }

    /// [`Kind::noun`] with its article: `a schema`, `an example`.
    pub(super) fn a_noun(self) -> String {
        let noun = self.noun();
        let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {noun}")
    }

    /// The kind a `components` section holds.
    fn of_section(section: &str) -> Option<Kind> {
        [
            Kind::Schema,
            Kind::Parameter,
            Kind::Header,
            Kind::Response,
            Kind::RequestBody,
            Kind::Example,
            Kind::Link,
            Kind::Callback,
            Kind::SecurityScheme,
            Kind::PathItem,
        ]
        .into_iter()
        .find(|kind| kind.section() == section)
    }
}

/// Where a walk starts: at the root of a document, or at one object of a known kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Start {
    Document,
    At(Kind),
}

/// One `$ref`: the pointer of the object that holds it, what it stands for, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Site {
    pub(super) pointer: String,
    pub(super) kind: Kind,
    pub(super) reference: String,
}
/// Whether a path item key names an operation (3.2's `query` included).
pub(super) fn is_method(key: &str) -> bool {
    PATH_ITEM_METHODS.contains(&key) || key == "query"
}

/// A `$ref` whose value is not a string: the pointer of the object holding it, and what the
/// value is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Malformed {
    pub(super) pointer: String,
    pub(super) found: &'static str,
}

/// Every reference in `node` (found at `pointer`), in document order; the first `$ref` that is
/// not a string is an error, as nothing can be made of it.
pub(super) fn sites(node: &Value, pointer: &str, start: Start) -> Result<Vec<Site>, Malformed> {
    let mut walk = Walk {
        sites: Vec::new(),
        malformed: None,
    };
    match start {
        Start::Document => walk.document(node),
        Start::At(kind) => walk.node(node, pointer, kind),
    }
    match walk.malformed {
        Some(malformed) => Err(malformed),
        None => Ok(walk.sites),
    }
}

struct Walk {
    sites: Vec<Site>,
    malformed: Option<Malformed>,
}

/// Keywords whose value is one schema.
const SCHEMA_KEYWORDS: [&str; 11] = [
    "items",
    "additionalProperties",
    "not",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "contentSchema",
];
/// Keywords whose value maps names to schemas.
const SCHEMA_MAPS: [&str; 4] = [
    "properties",
    "patternProperties",
    "dependentSchemas",
    "$defs",
];
/// Keywords whose value is a list of schemas.
const SCHEMA_LISTS: [&str; 4] = ["allOf", "anyOf", "oneOf", "prefixItems"];

impl Walk {
    fn document(&mut self, root: &Value) {
        let Value::Object(root) = root else { return };
        for (section, value) in root {
            match (section.as_str(), value) {
                ("paths" | "webhooks", Value::Object(items)) => {
                    let base = push_token("", section);
                    for (name, item) in items {
                        self.path_item(item, &push_token(&base, name));
                    }
                }
                ("components", Value::Object(components)) => {
                    if let Some(Value::Object(media_types)) = components.get("mediaTypes") {
                        for (name, media) in media_types {
                            let at = push_token("/components/mediaTypes", name);
                            self.media(media, &at);
                        }
                    }
                    for (section, entries) in components {
                        let (Some(kind), Value::Object(entries)) =
                            (Kind::of_section(section), entries)
                        else {
                            continue;
                        };
                        let base = push_token("/components", section);
                        for (name, entry) in entries {
                            self.node(entry, &push_token(&base, name), kind);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn node(&mut self, value: &Value, pointer: &str, kind: Kind) {
        match kind {
            Kind::Schema => self.schema(value, pointer),
            Kind::Parameter | Kind::Header => self.parameter(value, pointer, kind),
            Kind::Response => self.response(value, pointer),
            Kind::RequestBody => self.request_body(value, pointer),
            Kind::Callback => self.callback(value, pointer),
            Kind::PathItem => self.path_item(value, pointer),
            Kind::Example | Kind::Link | Kind::SecurityScheme => {
                self.reference(value, pointer, kind);
            }
        }
    }

    /// Records the `$ref` of `value`, if it has one; returns whether it did.
    fn reference(&mut self, value: &Value, pointer: &str, kind: Kind) -> bool {
        // A scan of a node's few members costs less than hashing the key to look it up.
        let found = match value {
            Value::Object(members) => members.iter().find(|(key, _)| *key == "$ref"),
            _ => None,
        };
        let reference = match found.map(|(_, reference)| reference) {
            Some(Value::String(reference)) => reference,
            Some(other) => {
                self.malformed.get_or_insert_with(|| Malformed {
                    pointer: pointer.to_owned(),
                    found: value_kind(other),
                });
                return false;
            }
            None => return false,
        };
        self.sites.push(Site {
            pointer: pointer.to_owned(),
            kind,
            reference: reference.clone(),
        });
        true
    }

    /// A path item's `$ref` may have siblings (its own parameters, operations), walked too.
    fn path_item(&mut self, item: &Value, pointer: &str) {
        self.reference(item, pointer, Kind::PathItem);
        let Value::Object(item) = item else { return };
        for (key, value) in item {
            let at = push_token(pointer, key);
            if key == "parameters" {
                self.list(value, &at, Kind::Parameter);
            } else if is_method(key) {
                self.operation(value, &at);
            } else if key == "additionalOperations" {
                // 3.2: operations of other methods, by method.
                if let Value::Object(operations) = value {
                    for (method, operation) in operations {
                        self.operation(operation, &push_token(&at, method));
                    }
                }
            }
        }
    }

    fn operation(&mut self, operation: &Value, pointer: &str) {
        let Value::Object(operation) = operation else {
            return;
        };
        for (key, value) in operation {
            let at = push_token(pointer, key);
            match key.as_str() {
                "parameters" => self.list(value, &at, Kind::Parameter),
                "requestBody" => self.request_body(value, &at),
                "responses" => self.map(value, &at, Kind::Response),
                "callbacks" => self.map(value, &at, Kind::Callback),
                _ => {}
            }
        }
    }

    fn callback(&mut self, callback: &Value, pointer: &str) {
        if self.reference(callback, pointer, Kind::Callback) {
            return;
        }
        self.map(callback, pointer, Kind::PathItem);
    }

    fn parameter(&mut self, parameter: &Value, pointer: &str, kind: Kind) {
        if self.reference(parameter, pointer, kind) {
            return;
        }
        if let Some(schema) = parameter.get("schema") {
            self.schema(schema, &push_token(pointer, "schema"));
        }
        self.content(parameter, pointer);
        self.examples(parameter, pointer);
    }

    fn request_body(&mut self, body: &Value, pointer: &str) {
        if !self.reference(body, pointer, Kind::RequestBody) {
            self.content(body, pointer);
        }
    }

    fn response(&mut self, response: &Value, pointer: &str) {
        if self.reference(response, pointer, Kind::Response) {
            return;
        }
        self.content(response, pointer);
        if let Some(headers) = response.get("headers") {
            self.map(headers, &push_token(pointer, "headers"), Kind::Header);
        }
        if let Some(links) = response.get("links") {
            self.map(links, &push_token(pointer, "links"), Kind::Link);
        }
    }

    /// `content: {media type: {schema, examples, encoding: {property: {headers}}}}`.
    fn content(&mut self, holder: &Value, pointer: &str) {
        let Some(Value::Object(content)) = holder.get("content") else {
            return;
        };
        let content_pointer = push_token(pointer, "content");
        for (media_type, media) in content {
            self.media(media, &push_token(&content_pointer, media_type));
        }
    }

    /// A media type: `{schema, itemSchema (3.2), examples, encoding: {property: {headers}}}`.
    /// A reference to one (3.2's `components.mediaTypes`) is inlined by normalization.
    fn media(&mut self, media: &Value, at: &str) {
        for keyword in ["schema", "itemSchema"] {
            if let Some(schema) = media.get(keyword) {
                self.schema(schema, &push_token(at, keyword));
            }
        }
        self.examples(media, at);
        let Some(Value::Object(encodings)) = media.get("encoding") else {
            return;
        };
        let encoding_pointer = push_token(at, "encoding");
        for (property, encoding) in encodings {
            if let Some(headers) = encoding.get("headers") {
                let headers_pointer =
                    push_token(&push_token(&encoding_pointer, property), "headers");
                self.map(headers, &headers_pointer, Kind::Header);
            }
        }
    }

    /// The `examples` map of a parameter, header or media type.
    fn examples(&mut self, holder: &Value, pointer: &str) {
        if let Some(examples) = holder.get("examples") {
            self.map(examples, &push_token(pointer, "examples"), Kind::Example);
        }
    }

    /// A schema's `$ref` (which in 3.1 may have sibling keywords) and every schema inside it.
    fn schema(&mut self, schema: &Value, pointer: &str) {
        let Value::Object(object) = schema else {
            return;
        };
        self.reference(schema, pointer, Kind::Schema);
        for (key, child) in object {
            let key = key.as_str();
            // Made only for the keywords that hold schemas: most members of a schema do not.
            let at = || push_token(pointer, key);
            if SCHEMA_KEYWORDS.contains(&key) {
                self.schema(child, &at());
            } else if SCHEMA_MAPS.contains(&key) {
                self.map(child, &at(), Kind::Schema);
            } else if SCHEMA_LISTS.contains(&key) {
                self.list(child, &at(), Kind::Schema);
            }
        }
    }

    fn map(&mut self, value: &Value, pointer: &str, kind: Kind) {
        if let Value::Object(entries) = value {
            for (name, entry) in entries {
                self.node(entry, &push_token(pointer, name), kind);
            }
        }
    }

    fn list(&mut self, value: &Value, pointer: &str, kind: Kind) {
        if let Value::Array(items) = value {
            for (i, item) in items.iter().enumerate() {
                self.node(item, &push_token(pointer, &i.to_string()), kind);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn found(sites: &[Site]) -> Vec<(&str, Kind)> {
        sites.iter().map(|s| (s.pointer.as_str(), s.kind)).collect()
    }

    #[test]
    fn the_position_of_a_reference_decides_its_kind() {
        let r = json!({"$ref": "x"});
        let document = json!({
            "paths": {"/a": {
                "$ref": "x",
                "parameters": [r],
                "get": {
                    "parameters": [{"name": "p", "in": "query", "schema": r}],
                    "requestBody": {"content": {"application/json": {
                        "schema": {"type": "array", "items": r},
                        "examples": {"e": r},
                        "encoding": {"f": {"headers": {"H": r}}}
                    }}},
                    "responses": {
                        "200": {"headers": {"H": r}, "links": {"l": r}},
                        "404": r
                    },
                    "callbacks": {"c": {"{$url}": {"post": {"requestBody": r}}}}
                }
            }},
            "components": {
                "schemas": {"S": {"properties": {"a": r}, "allOf": [r], "$defs": {"D": r}}},
                "securitySchemes": {"s": r},
                "unknown": {"u": r}
            }
        });
        assert_eq!(
            found(&sites(&document, "", Start::Document).unwrap()),
            [
                ("/paths/~1a", Kind::PathItem),
                ("/paths/~1a/parameters/0", Kind::Parameter),
                ("/paths/~1a/get/parameters/0/schema", Kind::Schema),
                (
                    "/paths/~1a/get/requestBody/content/application~1json/schema/items",
                    Kind::Schema
                ),
                (
                    "/paths/~1a/get/requestBody/content/application~1json/examples/e",
                    Kind::Example
                ),
                (
                    "/paths/~1a/get/requestBody/content/application~1json/encoding/f/headers/H",
                    Kind::Header
                ),
                ("/paths/~1a/get/responses/200/headers/H", Kind::Header),
                ("/paths/~1a/get/responses/200/links/l", Kind::Link),
                ("/paths/~1a/get/responses/404", Kind::Response),
                (
                    "/paths/~1a/get/callbacks/c/{$url}/post/requestBody",
                    Kind::RequestBody
                ),
                ("/components/schemas/S/properties/a", Kind::Schema),
                ("/components/schemas/S/allOf/0", Kind::Schema),
                ("/components/schemas/S/$defs/D", Kind::Schema),
                ("/components/securitySchemes/s", Kind::SecurityScheme),
            ]
        );
    }

    #[test]
    fn references_in_examples_and_extensions_are_data() {
        let document = json!({
            "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"type": "object", "example": {"$ref": "#/x"}, "x-meta": {"$ref": "#/y"}},
                "example": {"$ref": "#/z"}
            }}}}}}},
            "x-defs": {"$ref": "#/w"}
        });
        assert!(sites(&document, "", Start::Document).unwrap().is_empty());
    }

    #[test]
    fn a_ref_that_is_not_a_string_is_malformed() {
        let document = json!({"components": {"schemas": {
            "A": {"properties": {"$ref": {"type": "string"}}},
            "B": {"$ref": {"path": "#/components/schemas/A"}},
        }}});
        assert_eq!(
            sites(&document, "", Start::Document),
            Err(Malformed {
                pointer: "/components/schemas/B".to_owned(),
                found: "an object",
            })
        );
    }

    #[test]
    fn a_walk_can_start_at_one_object() {
        let schema = json!({"type": "array", "items": {"$ref": "#/components/schemas/T"}});
        assert_eq!(
            sites(&schema, "/x/schema", Start::At(Kind::Schema)).unwrap(),
            [Site {
                pointer: "/x/schema/items".into(),
                kind: Kind::Schema,
                reference: "#/components/schemas/T".into()
            }]
        );
    }
}
