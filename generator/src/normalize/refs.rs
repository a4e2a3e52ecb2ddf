//! References: `$defs` hoisted into `components.schemas` and the references to them rewritten,
//! `$ref` with siblings, and the text beside a reference to a parameter, response, ….

use std::collections::{BTreeSet, HashMap};

use serde_json::{Map, Value, json};

use super::{DROPPED_KEYWORD, Walker};
use crate::diagnostic::{percent_decode, push_token, unescape_token};
use crate::names;

/// `$defs` entries are hoisted into `components.schemas`, where `openapiv3` and lowering look.
#[derive(Default)]
pub(super) struct Defs {
    /// Names in `components.schemas`, including those given to hoisted entries.
    pub(super) taken: BTreeSet<String>,
    /// Hoisted entries in the order met: new name and normalized schema.
    hoisted: Vec<(String, Value)>,
    /// JSON pointer of each hoisted entry in the original document → its new name.
    moved: HashMap<String, String>,
    /// For `#/$defs/…` references: the `$defs` visible from the schema being walked, innermost
    /// last, as (name, new name).
    pub(super) scopes: Vec<Vec<(String, String)>>,
}

impl Walker<'_> {
    /// Reference Object siblings. In 3.1 a `$ref` to a parameter, response, example, … may
    /// carry a `summary` and `description` that replace the target's. `openapiv3` reads only
    /// `$ref`, so the replacement text is lost. Returns whether the value is a reference.
    pub(super) fn reference(&mut self, value: &Value, pointer: &str) -> bool {
        let Some(object) = value.as_object() else {
            return false;
        };
        if !object.get("$ref").is_some_and(Value::is_string) {
            return false;
        }
        if !self.dialect.json_schema_2020() {
            // Siblings of a 3.0 reference are ignored by definition.
            return true;
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

    /// `$defs` has no place in 3.0. Each entry moves to `components.schemas` under a unique
    /// name (its own where free, else prefixed with the owning component), and references to it
    /// are rewritten: `#/$defs/…` while walking (see [`Walker::local_def_ref`]), pointers into
    /// the original place once the walk is done (see [`Walker::insert_hoisted_defs`]).
    /// Returns whether a scope was opened.
    pub(super) fn hoist_defs(&mut self, schema: &mut Map<String, Value>, pointer: &str) -> bool {
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
    pub(super) fn local_def_ref(&self, schema: &mut Map<String, Value>) {
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
    pub(super) fn insert_hoisted_defs(&mut self, root: &mut Map<String, Value>) {
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
}

impl Defs {
    /// A `components.schemas` name for a hoisted `$defs` entry: its own name, else prefixed
    /// with the component that held it, else numbered.
    fn unique_name(&mut self, name: &str, owner: Option<&str>) -> String {
        let name = names::component_key(name);
        let mut candidates = vec![name.clone()];
        if let Some(owner) = owner {
            candidates.push(format!("{}_{name}", names::component_key(owner)));
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

/// In 3.1 `$ref` is one keyword among others; in 3.0 (and in `openapiv3`) it replaces its
/// siblings. `{$ref, …}` becomes `{allOf: [{$ref}], …}`, which means the same in 3.0. A plain
/// `{$ref}` stays as it is, so lowering still sees a reference.
pub(super) fn ref_siblings(schema: &mut Map<String, Value>) {
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

/// The JSON pointer of a same-document `$ref` (`#/…`), percent-decoded.
pub(super) fn local_ref(value: &Value) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::test_support::{document_rule, found, schema_rule};

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
}
