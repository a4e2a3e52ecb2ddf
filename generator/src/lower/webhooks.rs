//! The schemas the vendor's webhooks send: no operation returns them, yet a receiver of the
//! webhooks decodes them.

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::extension;
use crate::ir::{TypeDef, TypeId};

/// Where a `$ref` to a component schema points within the document.
const SCHEMAS: &str = "#/components/schemas/";

/// Where a `$ref` to a component request body points within the document.
const REQUEST_BODIES: &str = "#/components/requestBodies/";

/// The types of the component schemas that the request bodies of the document's webhooks
/// (`x-webhooks`, where normalization keeps 3.1's `webhooks`) name, wherever in the body.
/// Webhooks produce no code of their own, so only their bodies' named schemas matter.
pub(super) fn webhook_payloads(api: &OpenAPI, types: &[TypeDef]) -> Vec<TypeId> {
    let Some(Value::Object(webhooks)) = api.extensions.get(extension::WEBHOOKS) else {
        return Vec::new();
    };
    let mut schemas: Vec<String> = Vec::new();
    for item in webhooks.values() {
        let Value::Object(item) = item else { continue };
        for operation in item.values() {
            if let Some(body) = operation.get("requestBody") {
                schema_refs(api, body, &mut schemas);
            }
        }
    }
    // Component schemas are lowered with their pointer as origin; `#` starts the reference.
    let mut payloads: Vec<TypeId> = types
        .iter()
        .enumerate()
        .filter(|(_, def)| {
            def.origin
                .strip_prefix("/components/schemas/")
                .is_some_and(|name| schemas.iter().any(|schema| schema == name))
        })
        .map(|(index, _)| TypeId::new(index))
        .collect();
    payloads.sort();
    payloads
}

/// Every component schema `value` names, the component request body it may name included,
/// as its key escaped for a JSON pointer.
fn schema_refs(api: &OpenAPI, value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner) {
                    ("$ref", Value::String(reference)) => {
                        if let Some(name) = reference.strip_prefix(SCHEMAS) {
                            found.push(name.to_owned());
                        } else if let Some(name) = reference.strip_prefix(REQUEST_BODIES) {
                            request_body_refs(api, name, found);
                        }
                    }
                    _ => schema_refs(api, inner, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| schema_refs(api, item, found)),
        _ => {}
    }
}

/// The component schemas a component request body names, through its media types' schemas.
fn request_body_refs(api: &OpenAPI, escaped_name: &str, found: &mut Vec<String>) {
    let name = escaped_name.replace("~1", "/").replace("~0", "~");
    let body = api
        .components
        .as_ref()
        .and_then(|components| components.request_bodies.get(&name));
    let Some(openapiv3::ReferenceOr::Item(body)) = body else {
        return;
    };
    for media in body.content.values() {
        if let Some(schema) = &media.schema {
            if let Ok(value) = serde_json::to_value(schema) {
                schema_refs(api, &value, found);
            }
        }
    }
}
