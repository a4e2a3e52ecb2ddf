//! Path items: the `$ref`s to them, which `openapiv3` does not follow, and
//! `components.pathItems`, which it does not know.

use serde_json::{Map, Value};

use super::refs::local_ref;
use super::rename;
use crate::extension;
use crate::ir::PATH_ITEM_METHODS;

/// Deepest chain of path item `$ref`s (and callbacks within them) that is followed.
const MAX_PATH_ITEM_DEPTH: usize = 8;

/// `components.pathItems` (new in 3.1) is unknown to `openapiv3`. References to them are
/// inlined by [`inline_path_item_refs`]; the entries stay readable as `x-pathItems`.
pub(super) fn component_path_items(components: &mut Map<String, Value>) {
    rename(components, "pathItems", extension::PATH_ITEMS);
}

/// A path item may be `{$ref: '#/components/pathItems/…'}` (3.1). `openapiv3` keeps a path
/// item reference as an unresolved reference, and reads one inside a callback as an empty
/// path item, so every local path item reference in `paths`, `webhooks`, `components` and
/// their callbacks is replaced by the (already normalized) target, with the reference's own
/// fields on top.
pub(super) fn inline_path_item_refs(root: &mut Map<String, Value>) {
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
    for method in PATH_ITEM_METHODS {
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::normalize::NOT_GENERATED;
    use crate::normalize::test_support::{document_rule, found};

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
}
