//! Cutting a bundled document down to the selected operations and what they reach.
//!
//! Reachability starts from everything outside `components` once the unselected operations are
//! gone (the selected operations, servers, document-level extensions) and follows `$ref`s and
//! discriminator mappings from component to component. A security scheme is kept when a
//! selected operation's requirements (its own, else the document's) name it, so that the
//! `security` module lists only credentials the generated operations can use. 3.1
//! `components.pathItems` are kept whole: bundling has inlined every use of them, so where
//! their text ended up can no longer be told, and no code is generated from them.
//!
//! What was left out is remembered as [`Regions`], so that warnings found before selection
//! (pointers into the document as bundling received it) can be told apart.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::diagnostic::{percent_decode, pointer_tokens, push_token};
use crate::extension;

/// The `components` section whose entries are kept by name, not by reference.
const SECURITY_SCHEMES: &str = "securitySchemes";
/// The `components` section kept whole (see the module docs).
const PATH_ITEMS: &str = "pathItems";
/// Where documents describe the requests a vendor sends: 3.1 `webhooks`, and the extension 3.0
/// documents use instead (GitHub's). No code is generated for them, and a selection names
/// operations, so they are left out with the unselected operations.
const WEBHOOKS: [&str; 2] = ["webhooks", extension::WEBHOOKS];

/// The parts of a document a selection left out, and the parts it kept that bundling had moved
/// out of them.
#[derive(Debug, Clone, Default)]
pub(super) struct Regions {
    /// Pointers to unselected operations, path items without a selected operation, components
    /// nothing selected reaches, and webhooks.
    dropped: BTreeSet<String>,
    /// Where kept components that bundling hoisted stood before (`x-bundled-from`): a part of
    /// a dropped operation or component that a selected operation still uses.
    moved: BTreeSet<String>,
}

impl Regions {
    /// Whether `pointer` is outside every dropped region, or inside a moved part that was kept.
    pub(super) fn concerns_kept(&self, pointer: &str) -> bool {
        let mut dropped = false;
        for prefix in prefixes(pointer) {
            if self.moved.contains(prefix) {
                return true;
            }
            dropped |= self.dropped.contains(prefix);
        }
        !dropped
    }
}

/// `pointer` and each pointer to one of its ancestors (the root `""` included).
fn prefixes(pointer: &str) -> impl Iterator<Item = &str> {
    pointer
        .match_indices('/')
        .map(|(at, _)| &pointer[..at])
        .chain(std::iter::once(pointer))
}

/// What pruning kept and left out.
#[derive(Debug, Clone)]
pub(super) struct Pruned {
    pub schemas_kept: usize,
    pub schemas_left_out: usize,
    pub regions: Regions,
}

/// Removes from `document` every operation not in `chosen` (`(path, method)`), path items left
/// without operations, webhooks, and the components nothing that remains reaches.
pub(super) fn prune(document: &mut Value, chosen: &BTreeSet<(String, &'static str)>) -> Pruned {
    let mut regions = Regions::default();
    let methods = super::METHOD_KEYS;
    if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
        paths.retain(|path, item| {
            let pointer = push_token("/paths", path);
            let Some(item) = item.as_object_mut() else {
                return true;
            };
            item.retain(|key, _| {
                let method = methods.iter().find(|m| **m == key.as_str());
                let keep = method.is_none_or(|m| chosen.contains(&(path.clone(), *m)));
                if !keep {
                    regions.dropped.insert(push_token(&pointer, key));
                }
                keep
            });
            let keep = methods.iter().any(|m| item.contains_key(*m));
            if !keep {
                regions.dropped.insert(pointer);
            }
            keep
        });
    }
    if let Some(root) = document.as_object_mut() {
        for key in WEBHOOKS {
            if root.shift_remove(key).is_some() {
                regions.dropped.insert(push_token("", key));
            }
        }
    }

    let reached = reached_components(document);
    let schemes = named_schemes(document);
    let mut schemas_kept = 0;
    let mut schemas_left_out = 0;
    let sections = document
        .get_mut("components")
        .and_then(Value::as_object_mut);
    for (section, entries) in sections.into_iter().flatten() {
        if section == PATH_ITEMS || extension::is_extension(section) {
            continue;
        }
        let Some(entries) = entries.as_object_mut() else {
            continue;
        };
        entries.retain(|name, value| {
            let keep = if section == SECURITY_SCHEMES {
                schemes.contains(name)
            } else {
                reached.contains(&(section.clone(), name.clone()))
            };
            if keep {
                let origin = value.get(extension::BUNDLED_FROM).and_then(Value::as_str);
                if let Some(pointer) = origin.and_then(|origin| origin.strip_prefix('#')) {
                    regions.moved.insert(pointer.to_owned());
                }
            } else {
                let pointer = push_token(&push_token("/components", section), name);
                regions.dropped.insert(pointer);
            }
            if section == "schemas" {
                if keep {
                    schemas_kept += 1;
                } else {
                    schemas_left_out += 1;
                }
            }
            keep
        });
    }
    Pruned {
        schemas_kept,
        schemas_left_out,
        regions,
    }
}

/// The components (`(section, name)`) reached from outside `components`, and from the path
/// items kept whole, through references and discriminator mappings.
fn reached_components(document: &Value) -> BTreeSet<(String, String)> {
    let mut pending = Vec::new();
    if let Some(root) = document.as_object() {
        for (key, value) in root {
            if key != "components" {
                references(value, &mut pending);
            }
        }
    }
    let components = document.get("components");
    if let Some(items) = components.and_then(|c| c.get(PATH_ITEMS)) {
        references(items, &mut pending);
    }
    let mut reached = BTreeSet::new();
    while let Some((section, name)) = pending.pop() {
        let target = components
            .and_then(|c| c.get(&section))
            .and_then(|entries| entries.get(&name));
        if reached.insert((section, name)) {
            if let Some(target) = target {
                references(target, &mut pending);
            }
        }
    }
    reached
}

/// Pushes every component `value` refers to: `$ref`s, and the values of discriminator
/// mappings (a reference, or a schema's name).
fn references(value: &Value, found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(members) => {
            if let Some(Value::String(reference)) = members.get("$ref") {
                found.extend(component(reference));
            }
            let mapping = members
                .get("discriminator")
                .and_then(|d| d.get("mapping"))
                .and_then(Value::as_object);
            for target in mapping
                .into_iter()
                .flatten()
                .filter_map(|(_, t)| t.as_str())
            {
                match component(target) {
                    Some(named) => found.push(named),
                    None if !target.contains(['#', '/']) => {
                        found.push(("schemas".to_owned(), target.to_owned()));
                    }
                    None => {}
                }
            }
            for member in members.values() {
                references(member, found);
            }
        }
        Value::Array(items) => {
            for item in items {
                references(item, found);
            }
        }
        _ => {}
    }
}

/// The component a local reference is to or into: `#/components/schemas/A/properties/b` →
/// `("schemas", "A")`.
fn component(reference: &str) -> Option<(String, String)> {
    let fragment = percent_decode(reference.strip_prefix('#')?)?;
    match pointer_tokens(&fragment).as_slice() {
        [components, section, name, ..] if components == "components" => {
            Some((section.clone(), name.clone()))
        }
        _ => None,
    }
}

/// The security schemes the remaining operations' requirements name: their own, else the
/// document's.
fn named_schemes(document: &Value) -> BTreeSet<String> {
    let default = document.get("security");
    let methods = super::METHOD_KEYS;
    let operations = document
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|item| methods.iter().filter_map(|m| item.get(*m)));
    let mut names = BTreeSet::new();
    for operation in operations {
        let requirements = operation.get("security").or(default);
        let requirements = requirements.and_then(Value::as_array).into_iter().flatten();
        for requirement in requirements.filter_map(Value::as_object) {
            names.extend(requirement.keys().cloned());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn chosen(operations: &[(&str, &'static str)]) -> BTreeSet<(String, &'static str)> {
        operations
            .iter()
            .map(|(path, method)| ((*path).to_owned(), *method))
            .collect()
    }

    fn keys(value: &Value) -> Vec<&str> {
        value
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }

    fn document() -> Value {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "security": [{"key": []}],
            "paths": {
                "/pets": {
                    "parameters": [{"$ref": "#/components/parameters/Limit"}],
                    "get": {"responses": {"200": {"$ref": "#/components/responses/Pets"}}},
                    "post": {
                        "security": [{"oauth": []}],
                        "requestBody": {"$ref": "#/components/requestBodies/NewPet"},
                        "responses": {"201": {"description": "created"}},
                    },
                },
                "/stores": {"get": {"responses": {"200": {"description": "ok", "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Store"}}
                }}}}},
            },
            "webhooks": {"newPet": {"post": {"responses": {}}}},
            "x-webhooks": {"oldPet": {"post": {"requestBody": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Store"}
            }}}}}},
            "components": {
                "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {
                    "$ref": "#/components/schemas/Count"
                }}},
                "responses": {"Pets": {"description": "pets", "content": {"application/json": {
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}
                }}}},
                "requestBodies": {"NewPet": {"content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/Pet"
                }}}}},
                "schemas": {
                    "Pet": {
                        "oneOf": [{"$ref": "#/components/schemas/Cat"}],
                        "discriminator": {"propertyName": "kind", "mapping": {
                            "cat": "#/components/schemas/Cat", "dog": "Dog"
                        }},
                    },
                    "Cat": {"type": "object", "properties": {
                        "owner": {"$ref": "#/components/schemas/Owner/properties/name"}
                    }},
                    "Dog": {"type": "object"},
                    "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
                    "Count": {"type": "integer"},
                    "Store": {"type": "object"},
                    "Size": {"type": "integer", "x-bundled-from": "#/paths/~1stores/get/x"},
                },
                "securitySchemes": {
                    "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
                    "oauth": {"type": "oauth2", "flows": {}},
                    "unused": {"type": "http", "scheme": "basic"},
                },
            },
        })
    }

    #[test]
    fn only_what_selected_operations_reach_is_kept() {
        let mut document = document();
        let pruned = prune(
            &mut document,
            &chosen(&[("/pets", "get"), ("/pets", "post")]),
        );
        assert_eq!(keys(&document["paths"]), ["/pets"]);
        assert_eq!(
            keys(&document["paths"]["/pets"]),
            ["parameters", "get", "post"]
        );
        assert!(document.get("webhooks").is_none());
        assert!(document.get("x-webhooks").is_none());
        let components = &document["components"];
        // A reference into a component keeps the component; mappings by reference and by name
        // are followed.
        assert_eq!(
            keys(&components["schemas"]),
            ["Pet", "Cat", "Dog", "Owner", "Count"]
        );
        assert_eq!(keys(&components["parameters"]), ["Limit"]);
        assert_eq!(keys(&components["securitySchemes"]), ["key", "oauth"]);
        assert_eq!((pruned.schemas_kept, pruned.schemas_left_out), (5, 2));
    }

    #[test]
    fn operations_keep_the_schemes_of_their_own_requirements_only() {
        let mut document = document();
        prune(&mut document, &chosen(&[("/pets", "post")]));
        assert_eq!(keys(&document["paths"]["/pets"]), ["parameters", "post"]);
        assert_eq!(keys(&document["components"]["securitySchemes"]), ["oauth"]);
        assert!(
            document["components"]["responses"]
                .as_object()
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn regions_tell_warnings_about_dropped_parts_apart() {
        let mut document = document();
        let pruned = prune(&mut document, &chosen(&[("/pets", "get")]));
        let regions = &pruned.regions;
        assert!(regions.concerns_kept("/info/description"));
        assert!(regions.concerns_kept("/paths/~1pets/get/description"));
        assert!(regions.concerns_kept("/paths/~1pets/parameters/0"));
        assert!(regions.concerns_kept("/components/schemas/Pet/description"));
        assert!(!regions.concerns_kept("/paths/~1pets/post/description"));
        assert!(!regions.concerns_kept("/paths/~1stores"));
        assert!(!regions.concerns_kept("/webhooks/newPet"));
        assert!(!regions.concerns_kept("/x-webhooks/oldPet"));
        assert!(!regions.concerns_kept("/components/schemas/Store/title"));
        assert!(!regions.concerns_kept("/components/securitySchemes/unused/description"));
        // `Store` is dropped, `/paths/~1stores` too.
        assert!(!regions.concerns_kept("/paths/~1stores/get/x/description"));
    }

    #[test]
    fn moved_parts_that_are_kept_keep_their_warnings() {
        let mut document = document();
        document["paths"]["/pets"]["get"]["parameters"] = json!([{"name": "size", "in": "query", "schema": {"$ref": "#/components/schemas/Size"}}]);
        let pruned = prune(&mut document, &chosen(&[("/pets", "get")]));
        assert!(
            pruned
                .regions
                .concerns_kept("/paths/~1stores/get/x/description")
        );
        assert!(
            !pruned
                .regions
                .concerns_kept("/paths/~1stores/get/description")
        );
    }
}
