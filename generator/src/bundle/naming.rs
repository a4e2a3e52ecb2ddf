//! Names for hoisted targets: readable, derived from where the target stood, and unique in
//! their `components` section.
//!
//! - a whole component of another file keeps its name (`common.yaml#/components/schemas/Error`
//!   → `Error`), else is prefixed with the file's name (`common_Error`);
//! - a whole file is named after it (`schemas/Pet.yaml` → `Pet`);
//! - a part of something is named after its owner (the component, or the operation by its
//!   `operationId`, else method and path) and the last two meaningful steps of the pointer
//!   (`#/components/schemas/Page/properties/size` → `Page_size`,
//!   `#/paths/~1pets/get/responses/200/content/application~1json/schema` →
//!   `listPets_200_Body`).
//!
//! A name already taken gets `_2`, `_3`, …. Lowering turns these into Rust type names
//! (`Page_size` → `PageSize`).

use std::collections::BTreeSet;

use serde_json::Value;

use super::uri;
use super::walk::is_method;
use crate::diagnostic::push_token;
use crate::names::component_key;

/// How many steps after the owner a derived name keeps.
const KEPT_STEPS: usize = 2;

/// The preferred names of a target, best first. `tokens` are the target's unescaped pointer
/// tokens in `document`; `path` is its file, relative to the vendor folder, when it is not the
/// document being generated.
pub(super) fn candidates(document: &Value, path: Option<&str>, tokens: &[String]) -> Vec<String> {
    let stem = path.map(file_stem);
    match (tokens, stem) {
        ([components, _, name], Some(stem)) if components == "components" => {
            vec![name.clone(), format!("{stem}_{name}")]
        }
        ([], Some(stem)) => vec![stem.to_owned()],
        _ => {
            let words = derived(document, tokens);
            match stem {
                Some(stem) if words.is_empty() => vec![stem.to_owned()],
                Some(stem) => vec![words.join("_"), format!("{stem}_{}", words.join("_"))],
                None if words.is_empty() => vec!["Target".to_owned()],
                None => vec![words.join("_")],
            }
        }
    }
    .into_iter()
    .map(|name| component_key(&name))
    .collect()
}

/// The first free candidate, else the first one numbered; marked taken.
pub(super) fn claim(taken: &mut BTreeSet<String>, candidates: &[String]) -> String {
    let first = candidates
        .first()
        .cloned()
        .unwrap_or_else(|| "Target".into());
    let chosen = candidates
        .iter()
        .find(|c| !taken.contains(*c))
        .cloned()
        .unwrap_or_else(|| {
            (2..)
                .map(|n| format!("{first}_{n}"))
                .find(|numbered| !taken.contains(numbered))
                .unwrap_or_default()
        });
    taken.insert(chosen.clone());
    chosen
}

/// A file's name without folder and extension.
fn file_stem(path: &str) -> &str {
    let name = uri::file_name(path);
    name.rsplit_once('.')
        .map_or(name, |(stem, _)| stem)
        .trim_start_matches('.')
}

/// Owner words, then the last [`KEPT_STEPS`] meaningful steps.
fn derived(document: &Value, tokens: &[String]) -> Vec<String> {
    let (mut words, rest) = owner(document, tokens);
    let mut steps: Vec<String> = Vec::new();
    let mut i = rest;
    while i < tokens.len() {
        let token = tokens[i].as_str();
        let next = tokens.get(i + 1);
        match token {
            "properties" | "patternProperties" | "dependentSchemas" | "$defs" | "definitions"
            | "headers" | "examples" | "links" | "callbacks" | "encoding" => {
                steps.extend(next.cloned());
                i += 2;
            }
            "content" => {
                if steps.last().map(String::as_str) != Some("Body") {
                    steps.push("Body".into());
                }
                i += 2;
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => i += 2,
            "responses" => {
                steps.extend(next.cloned());
                i += 2;
            }
            "parameters" => {
                // `parameters` may be the last token: a reference to the whole list.
                let prefix: String = tokens[..(i + 2).min(tokens.len())]
                    .iter()
                    .fold(String::new(), |p, t| push_token(&p, t));
                if let Some(name) = document
                    .pointer(&push_token(&prefix, "name"))
                    .and_then(Value::as_str)
                {
                    steps.push(name.to_owned());
                }
                i += 2;
            }
            "requestBody" => {
                steps.push("Body".into());
                i += 1;
            }
            "items" => {
                steps.push("Item".into());
                i += 1;
            }
            "additionalProperties" | "unevaluatedProperties" => {
                steps.push("Value".into());
                i += 1;
            }
            "not" => {
                steps.push("Not".into());
                i += 1;
            }
            "schema" => i += 1,
            token if token.chars().all(|c| c.is_ascii_digit()) => i += 1,
            token => {
                steps.push(token.to_owned());
                i += 1;
            }
        }
    }
    let keep = steps.len().saturating_sub(KEPT_STEPS);
    words.extend(steps.into_iter().skip(keep));
    words
}

/// The words that name what holds the target, and where the rest of the pointer starts.
fn owner(document: &Value, tokens: &[String]) -> (Vec<String>, usize) {
    match tokens {
        [components, _, name, ..] if components == "components" => (vec![name.clone()], 3),
        [section, path, method, ..]
            if (section == "paths" || section == "webhooks") && is_method(method) =>
        {
            let operation_id = document
                .get(section)
                .and_then(|items| items.get(path))
                .and_then(|item| item.get(method))
                .and_then(|operation| operation.get("operationId"))
                .and_then(Value::as_str);
            match operation_id {
                Some(id) => (vec![id.to_owned()], 3),
                None => (vec![method.clone(), path_words(path)], 3),
            }
        }
        [section, path, ..] if section == "paths" || section == "webhooks" => {
            (vec![path_words(path)], 2)
        }
        // A top-level entry that is not an OpenAPI section names itself (`#/Ok`); a container
        // (`#/definitions/X`, `#/x-common/X`) holds named things: the name after it comes first.
        [name] => (vec![name.clone()], 1),
        [_, ..] => (Vec::new(), 1),
        [] => (Vec::new(), 0),
    }
}

/// `/pets/{id}/tags` → `pets_id_tags`.
fn path_words(path: &str) -> String {
    path.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::diagnostic::pointer_tokens;

    fn name(document: &Value, path: Option<&str>, pointer: &str) -> Vec<String> {
        candidates(document, path, &pointer_tokens(pointer))
    }

    #[test]
    fn parts_of_components_are_named_after_the_component_and_the_last_steps() {
        let document = json!({});
        assert_eq!(
            name(&document, None, "/components/schemas/Page/properties/size"),
            ["Page_size"]
        );
        assert_eq!(
            name(
                &document,
                None,
                "/components/schemas/A/properties/b/properties/c/items"
            ),
            ["A_c_Item"]
        );
        assert_eq!(
            name(
                &document,
                None,
                "/components/schemas/A/allOf/1/properties/x"
            ),
            ["A_x"]
        );
        assert_eq!(
            name(
                &document,
                None,
                "/components/responses/Err/content/application~1json/schema"
            ),
            ["Err_Body"]
        );
        assert_eq!(name(&document, None, "/definitions/Pet"), ["Pet"]);
        assert_eq!(name(&document, None, "/Ok"), ["Ok"]);
    }

    #[test]
    fn parts_of_operations_are_named_after_the_operation() {
        let document = json!({"paths": {
            "/pets/{id}": {"get": {"operationId": "getPet", "parameters": [{"name": "id"}]}},
            "/anything": {"post": {}}
        }});
        assert_eq!(
            name(
                &document,
                None,
                "/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema"
            ),
            ["getPet_200_Body"]
        );
        assert_eq!(
            name(
                &document,
                None,
                "/paths/~1pets~1{id}/get/parameters/0/schema"
            ),
            ["getPet_id"]
        );
        assert_eq!(
            name(
                &document,
                None,
                "/paths/~1anything/post/requestBody/content/application~1json/schema/properties/circular"
            ),
            ["post_anything_Body_circular"]
        );
    }

    #[test]
    fn other_files_are_named_by_their_components_or_file_names() {
        let document = json!({});
        assert_eq!(
            name(
                &document,
                Some("common/errors.yaml"),
                "/components/schemas/Error"
            ),
            ["Error", "errors_Error"]
        );
        assert_eq!(name(&document, Some("schemas/Pet.yaml"), ""), ["Pet"]);
        assert_eq!(
            name(&document, Some("schemas/Pet.yaml"), "/properties/tag"),
            ["tag", "Pet_tag"]
        );
    }

    #[test]
    fn taken_names_are_numbered() {
        let mut taken: BTreeSet<String> = ["Error".to_owned(), "errors_Error".to_owned()].into();
        let wanted = ["Error".to_owned(), "errors_Error".to_owned()];
        assert_eq!(claim(&mut taken, &wanted), "Error_2");
        assert_eq!(claim(&mut taken, &wanted), "Error_3");
        assert_eq!(claim(&mut taken, &["Free".to_owned()]), "Free");
    }

    #[test]
    fn a_pointer_ending_at_a_list_of_parameters_is_named_after_its_owner() {
        // Found by fuzzing: the name of the parameter after `parameters` was read past the end.
        let document = json!({"paths": {"/a": {"post": {"operationId": "make"}}}});
        assert_eq!(
            name(&document, None, "/paths/~1a/post/parameters"),
            ["make"]
        );
    }
}
