//! The real vendor documents of `../shared/corpus/`, read in place, and trimmed copies of them
//! that keep only the operations a test calls, so that Prism starts quickly on them.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::{Map, Value, json};

/// `../shared/corpus/`, beside the workspace.
pub fn dir() -> PathBuf {
    crate::root().join("../shared/corpus")
}

/// A corpus document (`stripe/spec3.json`, …), decoded by the generator's own loader, with
/// `overlays` (OAI Overlay documents, as YAML or JSON text) applied in order.
pub fn document(relative: &str, overlays: &[&str]) -> Value {
    let path = dir().join(relative);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let document = generator::Document {
        file: relative.to_owned(),
        bytes,
    };
    let overlays: Vec<generator::Document> = overlays
        .iter()
        .enumerate()
        .map(|(i, text)| generator::Document {
            file: format!("overlay-{i}.yaml"),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    generator::load_with_overlays(&document, &overlays).unwrap_or_else(|e| panic!("{e}"))
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A copy of `document` with only `operations` (`(method, path)`), the components they refer
/// to (transitively), and every security scheme. Responses keep their statuses and
/// descriptions but lose their bodies, headers and links: they are not what these copies are
/// for, and the schemas behind them would make the copy, and Prism's start, much larger.
pub fn trimmed(document: &Value, operations: &[(&str, &str)]) -> Value {
    trimmed_to(document, operations, without_response_bodies)
}

/// [`trimmed`], with the responses kept whole (bodies, headers and what they refer to), for
/// tests of what responses generate.
pub fn trimmed_with_responses(document: &Value, operations: &[(&str, &str)]) -> Value {
    trimmed_to(document, operations, Value::clone)
}

fn trimmed_to(
    document: &Value,
    operations: &[(&str, &str)],
    operation_kept: impl Fn(&Value) -> Value,
) -> Value {
    let mut paths = Map::new();
    for (method, path) in operations {
        let item = document["paths"]
            .get(path)
            .unwrap_or_else(|| panic!("no path {path}"));
        let operation = item
            .get(method)
            .unwrap_or_else(|| panic!("no {method} {path}"));
        let entry = paths.entry(path.to_string()).or_insert_with(|| {
            let shared: Map<String, Value> = item
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(key, _)| !METHODS.contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            Value::Object(shared)
        });
        entry[*method] = operation_kept(operation);
    }
    let paths = Value::Object(paths);
    let mut components = Map::new();
    let mut pending: Vec<(String, String)> = Vec::new();
    references(&paths, &mut pending);
    let mut seen = BTreeSet::new();
    while let Some((kind, name)) = pending.pop() {
        if !seen.insert((kind.clone(), name.clone())) {
            continue;
        }
        let component = document["components"][&kind][&name].clone();
        assert!(!component.is_null(), "dangling #/components/{kind}/{name}");
        references(&component, &mut pending);
        components
            .entry(kind)
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .map(|section| section.insert(name, component));
    }
    if let Some(schemes) = document["components"].get("securitySchemes") {
        components.insert("securitySchemes".into(), schemes.clone());
    }
    let mut trimmed = Map::new();
    for key in ["openapi", "info", "servers", "security"] {
        if let Some(value) = document.get(key) {
            trimmed.insert(key.into(), value.clone());
        }
    }
    trimmed.insert("paths".into(), paths);
    trimmed.insert("components".into(), Value::Object(components));
    Value::Object(trimmed)
}

/// The operation with each response reduced to its description, and without callbacks.
fn without_response_bodies(operation: &Value) -> Value {
    let mut operation = operation.clone();
    if let Some(Value::Object(responses)) = operation.get_mut("responses") {
        for (status, response) in responses.iter_mut() {
            let description = response
                .get("description")
                .and_then(Value::as_str)
                .map_or_else(|| format!("status {status}"), str::to_owned);
            *response = json!({ "description": description });
        }
    }
    if let Value::Object(operation) = &mut operation {
        operation.remove("callbacks");
    }
    operation
}

/// Every `#/components/<kind>/<name>` that `value` refers to, pushed onto `found`.
fn references(value: &Value, found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(members) => {
            if let Some(Value::String(reference)) = members.get("$ref") {
                if let Some(rest) = reference.strip_prefix("#/components/") {
                    let mut tokens = rest.split('/');
                    if let (Some(kind), Some(name)) = (tokens.next(), tokens.next()) {
                        let name = name.replace("~1", "/").replace("~0", "~");
                        found.push((kind.to_owned(), name));
                    }
                }
            }
            members
                .values()
                .for_each(|member| references(member, found));
        }
        Value::Array(items) => items.iter().for_each(|item| references(item, found)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_operations_and_what_they_refer_to_are_kept() {
        let document = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/a/{id}": {
                    "parameters": [{"$ref": "#/components/parameters/Id"}],
                    "get": {"responses": {"200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Big"}}},
                    }}},
                    "post": {
                        "requestBody": {"content": {"application/json": {"schema": {
                            "$ref": "#/components/schemas/A~1B"
                        }}}},
                        "responses": {"204": {"$ref": "#/components/responses/Done"}},
                    },
                },
                "/other": {"get": {"responses": {}}},
            },
            "components": {
                "parameters": {"Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}},
                "schemas": {
                    "A/B": {"type": "object", "properties": {"c": {"$ref": "#/components/schemas/C"}}},
                    "C": {"type": "string"},
                    "Big": {"type": "object"},
                    "Unused": {"type": "string"},
                },
                "responses": {"Done": {"description": "done"}},
                "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            },
        });
        let trimmed = trimmed(&document, &[("post", "/a/{id}")]);
        let paths: Vec<&String> = trimmed["paths"].as_object().unwrap().keys().collect();
        assert_eq!(paths, ["/a/{id}"]);
        assert!(trimmed["paths"]["/a/{id}"].get("get").is_none());
        assert_eq!(
            trimmed["paths"]["/a/{id}"]["post"]["responses"]["204"],
            json!({"description": "status 204"})
        );
        let schemas: Vec<&String> = trimmed["components"]["schemas"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(schemas, ["A/B", "C"]);
        assert!(trimmed["components"]["parameters"]["Id"].is_object());
        assert!(trimmed["components"]["securitySchemes"]["key"].is_object());
        assert!(trimmed["components"].get("responses").is_none());
    }
}
