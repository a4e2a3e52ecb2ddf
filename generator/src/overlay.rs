//! Stage 3: a loaded document plus OAI Overlay documents → the document with the overlays applied.
//!
//! Overlays let a project patch a vendor's description (fix a wrong type, drop an endpoint, add
//! a missing description) without editing the vendor's file, so the file can be refreshed as is.
//! Overlay Specification versions 1.0.x and 1.1.x are read; the patch digit is ignored, as the
//! specification asks.
//!
//! Targets are RFC 9535 JSONPath queries evaluated by `serde_json_path`. Each match comes with
//! its normalized path, which says where to write; no matching is done here.
//!
//! Two deliberate departures from the specification:
//!
//! - An action whose target selects nothing is an error, where the specification lets it pass.
//!   Such an action almost always means the vendor document has changed under the overlay, and
//!   the fix it carried is silently lost. [`ApplyOptions::allow_unmatched`] (whole run) and
//!   `x-allow-unmatched: true` (one action) restore the specification's behaviour.
//! - An action with both `remove: true` and `update` (or `copy`), or with both `update` and
//!   `copy`, is an error, where the specification lets one silently win: the author meant
//!   something, and guessing what is worse than asking.
//!
//! 1.1 spelled out merge rules that 1.0 left open (an array is concatenated with an array, a
//! primitive replaces a primitive, anything else is an error). They are used for 1.0 overlays
//! too: they are what 1.0 tools already did, which is why 1.1 wrote them down.

use std::collections::HashSet;

use serde_json::{Map, Value};
use serde_json_path::{JsonPath, PathElement};

use crate::diagnostic::{Error, push_token, value_kind};
use crate::extension::{self, ALLOW_UNMATCHED};

/// Switches that hold for every overlay of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ApplyOptions {
    /// Let actions whose target selects nothing pass, as the specification does, instead of
    /// failing. Off by default: see the module documentation.
    pub allow_unmatched: bool,
}

/// Applies one overlay (already decoded with [`crate::load::load`]) to `document`.
///
/// The overlay is checked as a whole before any action runs. On error `document` is left as it
/// was, so a half-applied overlay is never seen.
pub fn apply(
    document: &mut Value,
    overlay_file: &str,
    overlay: &Value,
    options: &ApplyOptions,
) -> Result<(), Error> {
    apply_in_order(document, [(overlay_file, overlay)], options)
}

/// Applies overlays in order, each to the result of the ones before it. Each entry is the file
/// name used in errors and the decoded overlay. On error `document` is left as it was.
pub fn apply_all<S: AsRef<str>>(
    document: &mut Value,
    overlays: &[(S, Value)],
    options: &ApplyOptions,
) -> Result<(), Error> {
    let overlays = overlays
        .iter()
        .map(|(file, overlay)| (file.as_ref(), overlay));
    apply_in_order(document, overlays, options)
}

/// Applies an overlay to a document the caller gives up, and returns the result. Unlike
/// [`apply`], nothing is copied: on error there is no document left to keep as it was.
pub fn apply_owned(
    document: Value,
    overlay_file: &str,
    overlay: &Value,
    options: &ApplyOptions,
) -> Result<Value, Error> {
    apply_to(document, [(overlay_file, overlay)], options)
}

/// Works on a copy, so that `document` only changes once every overlay has succeeded.
fn apply_in_order<'o>(
    document: &mut Value,
    overlays: impl IntoIterator<Item = (&'o str, &'o Value)>,
    options: &ApplyOptions,
) -> Result<(), Error> {
    *document = apply_to(document.clone(), overlays, options)?;
    Ok(())
}

fn apply_to<'o>(
    mut document: Value,
    overlays: impl IntoIterator<Item = (&'o str, &'o Value)>,
    options: &ApplyOptions,
) -> Result<Value, Error> {
    for (file, overlay) in overlays {
        for action in read_overlay(file, overlay)? {
            action.apply(&mut document, file, options)?;
        }
    }
    Ok(document)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Version {
    V1_0,
    V1_1,
}

/// One checked action.
struct Action<'o> {
    /// JSON pointer to the action in the overlay, `/actions/<i>`.
    pointer: String,
    /// The target as written, for messages (the parsed form prints differently).
    target_text: &'o str,
    target: JsonPath,
    modifier: Modifier<'o>,
    allow_unmatched: bool,
}

enum Modifier<'o> {
    Update(&'o Value),
    /// The source query and its text.
    Copy(JsonPath, &'o str),
    Remove,
}

fn read_overlay<'o>(file: &str, overlay: &'o Value) -> Result<Vec<Action<'o>>, Error> {
    let Some(root) = overlay.as_object() else {
        return Err(Error::new(
            file,
            "",
            "an overlay must be a mapping with `overlay`, `info` and `actions`",
        ));
    };
    check_fields(
        file,
        "",
        root,
        "the overlay",
        &["overlay", "info", "extends", "actions"],
    )?;
    let version = read_version(file, root)?;

    let Some(info) = root.get("info") else {
        return Err(Error::new(
            file,
            "",
            "missing `info` (a mapping with `title` and `version`)",
        ));
    };
    let Some(info) = info.as_object() else {
        return Err(Error::new(
            file,
            "/info",
            "`info` must be a mapping with `title` and `version`",
        ));
    };
    check_fields(
        file,
        "/info",
        info,
        "`info`",
        &["title", "version", "description"],
    )?;
    for field in ["title", "version"] {
        match info.get(field) {
            Some(Value::String(_)) => {}
            Some(_) => {
                let pointer = push_token("/info", field);
                return Err(Error::new(
                    file,
                    pointer,
                    format!("`{field}` must be a string"),
                ));
            }
            None => {
                let message = format!("missing `info.{field}`");
                return Err(Error::new(file, "/info", message));
            }
        }
    }
    optional_string(file, "", root, "extends")?;

    let actions = match root.get("actions") {
        Some(Value::Array(actions)) if !actions.is_empty() => actions,
        Some(Value::Array(_)) => {
            return Err(Error::new(
                file,
                "/actions",
                "`actions` is empty; an overlay needs at least one action",
            ));
        }
        Some(_) => return Err(Error::new(file, "/actions", "`actions` must be a list")),
        None => {
            return Err(Error::new(
                file,
                "",
                "missing `actions` (a list of actions)",
            ));
        }
    };
    actions
        .iter()
        .enumerate()
        .map(|(index, action)| read_action(file, version, index, action))
        .collect()
}

/// Reads the `overlay` field. Only `major.minor` selects features; the patch is ignored.
fn read_version(file: &str, root: &Map<String, Value>) -> Result<Version, Error> {
    let text = match root.get("overlay") {
        Some(Value::String(text)) => text,
        Some(_) => {
            return Err(Error::new(
                file,
                "/overlay",
                "`overlay` must be a version string such as \"1.0.0\"",
            ));
        }
        None => {
            return Err(Error::new(
                file,
                "",
                "missing `overlay` (the Overlay Specification version, such as \"1.0.0\"); \
                 is this an overlay document?",
            ));
        }
    };
    let parts: Vec<&str> = text.split('.').collect();
    let numeric = |part: &&str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        ["1", "0", patch] if numeric(patch) => Ok(Version::V1_0),
        ["1", "1", patch] if numeric(patch) => Ok(Version::V1_1),
        _ => Err(Error::new(
            file,
            "/overlay",
            format!(
                "unsupported Overlay Specification version \"{text}\"; supported are 1.0.x and 1.1.x"
            ),
        )),
    }
}

fn read_action<'o>(
    file: &str,
    version: Version,
    index: usize,
    action: &'o Value,
) -> Result<Action<'o>, Error> {
    let pointer = format!("/actions/{index}");
    let Some(fields) = action.as_object() else {
        return Err(Error::new(
            file,
            pointer,
            "an action must be a mapping with `target` and one of `update`, `copy` or `remove`",
        ));
    };
    let allowed: &[&str] = match version {
        Version::V1_0 => &["target", "description", "update", "remove"],
        Version::V1_1 => &["target", "description", "update", "copy", "remove"],
    };
    if version == Version::V1_0 && fields.contains_key("copy") {
        return Err(Error::new(
            file,
            push_token(&pointer, "copy"),
            "`copy` is an Overlay 1.1 feature; declare `overlay: 1.1.0` to use it",
        ));
    }
    check_fields(file, &pointer, fields, "an action", allowed)?;
    optional_string(file, &pointer, fields, "description")?;

    let target_text = match fields.get("target") {
        Some(Value::String(text)) => text.as_str(),
        Some(_) => {
            let message = "`target` must be a JSONPath string";
            return Err(Error::new(file, push_token(&pointer, "target"), message));
        }
        None => {
            let message = "missing `target` (the JSONPath of the nodes to change)";
            return Err(Error::new(file, pointer, message));
        }
    };
    let target = parse_path(file, &push_token(&pointer, "target"), target_text)?;

    let remove = optional_bool(file, &pointer, fields, "remove")?;
    let allow_unmatched = optional_bool(file, &pointer, fields, ALLOW_UNMATCHED)?;
    let modifier = match (fields.get("update"), fields.get("copy"), remove) {
        (None, None, true) => Modifier::Remove,
        (Some(update), None, false) => Modifier::Update(update),
        (None, Some(Value::String(source)), false) => {
            let source_pointer = push_token(&pointer, "copy");
            Modifier::Copy(parse_path(file, &source_pointer, source)?, source)
        }
        (None, Some(_), false) => {
            let message = "`copy` must be a JSONPath string";
            return Err(Error::new(file, push_token(&pointer, "copy"), message));
        }
        (None, None, false) => {
            return Err(Error::new(
                file,
                pointer,
                "the action has none of `update`, `copy` or `remove: true`, so it would do nothing",
            ));
        }
        (Some(_), Some(_), _) => {
            return Err(Error::new(
                file,
                pointer,
                "the action has both `update` and `copy`; split it into two actions",
            ));
        }
        (_, _, true) => {
            return Err(Error::new(
                file,
                pointer,
                "the action has `remove: true` together with `update` or `copy`; \
                 split it into a remove action and an update action",
            ));
        }
    };
    Ok(Action {
        pointer,
        target_text,
        target,
        modifier,
        allow_unmatched,
    })
}

fn parse_path(file: &str, pointer: &str, text: &str) -> Result<JsonPath, Error> {
    JsonPath::parse(text).map_err(|e| {
        let message = format!("invalid RFC 9535 JSONPath `{text}`: {e}");
        Error::new(file, pointer, message)
    })
}

/// Rejects fields the specification does not define, so that a misspelt field (`desription`,
/// `remvoe`) is reported instead of ignored. `x-` extensions are always allowed.
fn check_fields(
    file: &str,
    pointer: &str,
    object: &Map<String, Value>,
    what: &str,
    allowed: &[&str],
) -> Result<(), Error> {
    match object
        .keys()
        .find(|key| !extension::is_extension(key) && !allowed.contains(&key.as_str()))
    {
        Some(key) => Err(Error::new(
            file,
            push_token(pointer, key),
            format!(
                "unknown field `{key}` in {what}; expected one of `{}` or an `x-` extension",
                allowed.join("`, `")
            ),
        )),
        None => Ok(()),
    }
}

fn optional_string(
    file: &str,
    pointer: &str,
    object: &Map<String, Value>,
    field: &str,
) -> Result<(), Error> {
    match object.get(field) {
        None | Some(Value::String(_)) => Ok(()),
        Some(_) => {
            let message = format!("`{field}` must be a string");
            Err(Error::new(file, push_token(pointer, field), message))
        }
    }
}

fn optional_bool(
    file: &str,
    pointer: &str,
    object: &Map<String, Value>,
    field: &str,
) -> Result<bool, Error> {
    match object.get(field) {
        None => Ok(false),
        Some(Value::Bool(value)) => Ok(*value),
        Some(_) => {
            let message = format!("`{field}` must be `true` or `false`");
            Err(Error::new(file, push_token(pointer, field), message))
        }
    }
}

/// One step of a normalized path, owned so that the document can be changed after the query.
/// The derived order sorts a node's descendants after it and higher indexes after lower ones,
/// which is what removal needs (it goes through the paths backwards).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Step {
    Name(String),
    Index(usize),
}

type Path = Vec<Step>;

fn to_pointer(path: &[Step]) -> String {
    path.iter().fold(String::new(), |pointer, step| match step {
        Step::Name(name) => push_token(&pointer, name),
        Step::Index(index) => format!("{pointer}/{index}"),
    })
}

/// The distinct nodes a query selects, in the query's order. RFC 9535 allows a node to be
/// selected twice (`$['a','a']`); it is changed once.
fn locate(query: &JsonPath, document: &Value) -> Vec<Path> {
    let mut seen = HashSet::new();
    query
        .query_located(document)
        .locations()
        .map(|location| {
            location
                .iter()
                .map(|element| match element {
                    PathElement::Name(name) => Step::Name((*name).to_owned()),
                    PathElement::Index(index) => Step::Index(*index),
                })
                .collect::<Path>()
        })
        .filter(|path| seen.insert(path.clone()))
        .collect()
}

fn node_mut<'d>(document: &'d mut Value, path: &[Step]) -> Option<&'d mut Value> {
    path.iter().try_fold(document, |node, step| match step {
        Step::Name(name) => node.as_object_mut()?.get_mut(name),
        Step::Index(index) => node.as_array_mut()?.get_mut(*index),
    })
}

/// A selected node that an earlier change in the same action made unreachable. Changes are
/// ordered so that this cannot happen; the error is there so that a mistake is not a panic.
fn lost_node(file: &str, pointer: &str, path: &[Step]) -> Error {
    let message = format!(
        "internal error: the selected node at #{} could not be found again",
        to_pointer(path)
    );
    Error::new(file, pointer, message)
}

impl Action<'_> {
    fn apply(&self, document: &mut Value, file: &str, options: &ApplyOptions) -> Result<(), Error> {
        let targets = locate(&self.target, document);
        let target_pointer = push_token(&self.pointer, "target");
        if targets.is_empty() {
            if options.allow_unmatched || self.allow_unmatched {
                return Ok(());
            }
            return Err(Error::new(
                file,
                target_pointer,
                format!(
                    "target `{}` selects nothing; the vendor document may have changed since \
                     the overlay was written. Update the target, or set `{ALLOW_UNMATCHED}: true` \
                     on the action if selecting nothing is expected",
                    self.target_text
                ),
            ));
        }
        match &self.modifier {
            Modifier::Remove => remove(document, targets, file, &target_pointer),
            Modifier::Update(value) => {
                let pointer = push_token(&self.pointer, "update");
                update_all(document, &targets, value, file, &pointer, true)
            }
            Modifier::Copy(source, source_text) => {
                let pointer = push_token(&self.pointer, "copy");
                let sources = source.query_located(document).dedup();
                let value = match sources.exactly_one() {
                    Ok(node) => node.node().clone(),
                    Err(e) => {
                        let count = e.as_more_than_one().unwrap_or(0);
                        return Err(Error::new(
                            file,
                            pointer,
                            format!(
                                "copy source `{source_text}` must select exactly one node, \
                                 but selects {count}"
                            ),
                        ));
                    }
                };
                update_all(document, &targets, &value, file, &pointer, false)
            }
        }
    }
}

/// Merges `value` into every target. `value_in_overlay` says whether `value` is written in the
/// overlay at `pointer` (an `update`), so that a conflict can point into it, or comes from the
/// document (a `copy`).
///
/// Targets are changed one after another by path. That is sound because a merge only adds
/// object members, appends to arrays and replaces primitives: it never moves an existing node,
/// so the paths of the targets still to come stay valid.
fn update_all(
    document: &mut Value,
    targets: &[Path],
    value: &Value,
    file: &str,
    pointer: &str,
    value_in_overlay: bool,
) -> Result<(), Error> {
    for path in targets {
        let node = node_mut(document, path).ok_or_else(|| lost_node(file, pointer, path))?;
        let conflict = match (node, value) {
            // An array target takes an array's items, or any other value as one more item.
            (Value::Array(items), Value::Array(more)) => {
                items.extend(more.iter().cloned());
                continue;
            }
            (Value::Array(items), item) => {
                items.push(item.clone());
                continue;
            }
            (node, value) => match merge(node, value) {
                Ok(()) => continue,
                Err(conflict) => conflict,
            },
        };
        let relative = to_pointer(&conflict.path);
        let at = format!("{}{relative}", to_pointer(path));
        let message = format!(
            "cannot merge {} into {} at #{at}: objects merge with objects, arrays with arrays \
             and primitives with primitives; remove the node first to replace it",
            conflict.value, conflict.target,
        );
        let pointer = if value_in_overlay {
            format!("{pointer}{relative}")
        } else {
            pointer.to_owned()
        };
        return Err(Error::new(file, pointer, message));
    }
    Ok(())
}

/// Where and between which kinds of value a merge failed; the path is relative to the merge's
/// start.
struct Conflict {
    path: Path,
    target: &'static str,
    value: &'static str,
}

/// The specification's recursive merge: members only in the target stay, members only in the
/// value are added, and members in both merge by kind.
fn merge(target: &mut Value, value: &Value) -> Result<(), Conflict> {
    match (target, value) {
        (Value::Object(members), Value::Object(updates)) => {
            for (name, update) in updates {
                match members.get_mut(name) {
                    Some(member) => merge(member, update).map_err(|mut conflict| {
                        conflict.path.insert(0, Step::Name(name.clone()));
                        conflict
                    })?,
                    None => {
                        members.insert(name.clone(), update.clone());
                    }
                }
            }
            Ok(())
        }
        (Value::Array(items), Value::Array(more)) => {
            items.extend(more.iter().cloned());
            Ok(())
        }
        (target, value) if is_primitive(target) && is_primitive(value) => {
            *target = value.clone();
            Ok(())
        }
        (target, value) => Err(Conflict {
            path: Vec::new(),
            target: value_kind(target),
            value: value_kind(value),
        }),
    }
}

fn is_primitive(value: &Value) -> bool {
    !matches!(value, Value::Object(_) | Value::Array(_))
}

/// Removes every target from its parent. Paths are handled from the last in document order
/// backwards: a node's descendants go before it, and within one array the highest index goes
/// first, so no removal shifts or takes away a node that is still to be removed.
fn remove(
    document: &mut Value,
    mut targets: Vec<Path>,
    file: &str,
    pointer: &str,
) -> Result<(), Error> {
    if targets.iter().any(Vec::is_empty) {
        return Err(Error::new(
            file,
            pointer,
            "`remove` cannot remove the document root `$`",
        ));
    }
    targets.sort_unstable_by(|a, b| b.cmp(a));
    for path in &targets {
        let removed = match path.split_last() {
            Some((last, parent)) => match (node_mut(document, parent), last) {
                (Some(Value::Object(members)), Step::Name(name)) => {
                    members.shift_remove(name).is_some()
                }
                (Some(Value::Array(items)), Step::Index(index)) if *index < items.len() => {
                    items.remove(*index);
                    true
                }
                _ => false,
            },
            None => false,
        };
        if !removed {
            return Err(lost_node(file, pointer, path));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn overlay(actions: Value) -> Value {
        json!({
            "overlay": "1.1.0",
            "info": {"title": "test", "version": "1"},
            "actions": actions,
        })
    }

    fn run(document: Value, actions: Value) -> Result<Value, Error> {
        let mut document = document;
        apply(
            &mut document,
            "fix.overlay.yaml",
            &overlay(actions),
            &ApplyOptions::default(),
        )?;
        Ok(document)
    }

    fn failure(overlay: Value) -> Error {
        let mut document = json!({"paths": {}});
        apply(&mut document, "o.yaml", &overlay, &ApplyOptions::default()).unwrap_err()
    }

    #[test]
    fn unmatched_target_names_file_and_action() {
        let document = json!({"paths": {"/a": {}}});
        let actions = json!([
            {"target": "$.paths['/a']", "update": {"summary": "A"}},
            {"target": "$.paths['/gone'].get", "update": {"summary": "B"}},
        ]);
        let error = run(document, actions).unwrap_err();
        assert_eq!(error.location.file, "fix.overlay.yaml");
        assert_eq!(error.location.pointer, "/actions/1/target");
        assert!(error.message.contains("$.paths['/gone'].get"), "{error}");
        assert!(error.message.contains("may have changed"), "{error}");
    }

    #[test]
    fn failed_overlay_leaves_document_unchanged() {
        let mut document = json!({"paths": {"/a": {}}});
        let before = document.clone();
        let overlay = overlay(json!([
            {"target": "$.paths['/a']", "update": {"summary": "A"}},
            {"target": "$.nothing", "remove": true},
        ]));
        let options = ApplyOptions::default();
        assert!(apply(&mut document, "o.yaml", &overlay, &options).is_err());
        assert_eq!(document, before);
    }

    #[test]
    fn unmatched_target_allowed_per_action() {
        let document = json!({"info": {}});
        let actions = json!([
            {"target": "$.nothing", "remove": true, "x-allow-unmatched": true},
            {"target": "$.info", "update": {"title": "T"}},
        ]);
        assert_eq!(
            run(document, actions).unwrap(),
            json!({"info": {"title": "T"}})
        );
    }

    #[test]
    fn unmatched_target_allowed_for_the_run() {
        let mut document = json!({"info": {}});
        let overlay = overlay(json!([
            {"target": "$.nothing", "remove": true},
            {"target": "$.info", "update": {"title": "T"}},
        ]));
        let options = ApplyOptions {
            allow_unmatched: true,
        };
        apply(&mut document, "o.yaml", &overlay, &options).unwrap();
        assert_eq!(document, json!({"info": {"title": "T"}}));
    }

    #[test]
    fn update_merges_objects_recursively() {
        let document = json!({"info": {"title": "T", "contact": {"name": "N"}, "x-tags": ["a"]}});
        let actions = json!([{
            "target": "$.info",
            "update": {"contact": {"url": "https://e.x"}, "title": "U", "x-tags": ["b"]},
        }]);
        assert_eq!(
            run(document, actions).unwrap(),
            json!({"info": {
                "title": "U",
                "contact": {"name": "N", "url": "https://e.x"},
                "x-tags": ["a", "b"],
            }})
        );
    }

    #[test]
    fn update_of_the_root() {
        let document = json!({"openapi": "3.1.0", "info": {"title": "T"}});
        let actions = json!([{"target": "$", "update": {"info": {"x-overlaid": true}}}]);
        assert_eq!(
            run(document, actions).unwrap(),
            json!({"openapi": "3.1.0", "info": {"title": "T", "x-overlaid": true}})
        );
    }

    #[test]
    fn update_on_an_array_target_appends() {
        let document = json!({"tags": [{"name": "a"}], "x-list": [1]});
        let actions = json!([
            {"target": "$.tags", "update": {"name": "b"}},
            {"target": "$['x-list']", "update": [2, 3]},
        ]);
        assert_eq!(
            run(document, actions).unwrap(),
            json!({"tags": [{"name": "a"}, {"name": "b"}], "x-list": [1, 2, 3]})
        );
    }

    #[test]
    fn update_on_a_primitive_target_replaces_it() {
        let document = json!({"info": {"title": "T"}});
        let actions = json!([{"target": "$.info.title", "update": "U"}]);
        assert_eq!(
            run(document, actions).unwrap(),
            json!({"info": {"title": "U"}})
        );
    }

    #[test]
    fn update_of_mismatched_kinds_points_into_the_update() {
        let document = json!({"info": {"contact": {"name": "N"}}});
        let actions = json!([{"target": "$.info", "update": {"contact": "nobody"}}]);
        let error = run(document, actions).unwrap_err();
        assert_eq!(error.location.pointer, "/actions/0/update/contact");
        assert!(error.message.contains("#/info/contact"), "{error}");
    }

    #[test]
    fn remove_several_elements_of_one_array() {
        let document = json!({"servers": [
            {"url": "a", "x-dev": true},
            {"url": "b"},
            {"url": "c", "x-dev": true},
            {"url": "d", "x-dev": true},
            {"url": "e"},
        ]});
        let actions = json!([{"target": "$.servers[?@['x-dev']]", "remove": true}]);
        assert_eq!(
            run(document, actions).unwrap(),
            json!({"servers": [{"url": "b"}, {"url": "e"}]})
        );
    }

    #[test]
    fn remove_of_nested_matches_and_repeated_selections() {
        let document = json!({"a": [{"b": [1, 2]}, {"b": [3]}], "c": 1});
        let actions = json!([{"target": "$..b[0]", "remove": true}, {
            "target": "$['a', 'a', 'c']",
            "remove": true,
        }]);
        assert_eq!(run(document, actions).unwrap(), json!({}));
    }

    #[test]
    fn remove_keeps_member_order() {
        let document = json!({"z": 1, "m": 2, "a": 3});
        let actions = json!([{"target": "$.z", "remove": true}]);
        let result = run(document, actions).unwrap();
        let keys: Vec<_> = result.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["m", "a"]);
    }

    #[test]
    fn remove_of_the_root_is_an_error() {
        let error = run(json!({}), json!([{"target": "$", "remove": true}])).unwrap_err();
        assert_eq!(error.location.pointer, "/actions/0/target");
    }

    #[test]
    fn copy_merges_the_source_into_the_target() {
        let document = json!({"paths": {
            "/items": {"get": {"summary": "list"}},
            "/some-items": {"delete": {"summary": "drop"}},
        }});
        let actions = json!([
            {"target": "$.paths['/some-items']", "copy": "$.paths['/items']"},
            {"target": "$.paths['/items']", "remove": true},
        ]);
        assert_eq!(
            run(document, actions).unwrap(),
            json!({"paths": {
                "/some-items": {"delete": {"summary": "drop"}, "get": {"summary": "list"}},
            }})
        );
    }

    #[test]
    fn copy_source_must_select_one_node() {
        let document = json!({"a": {}, "b": {}, "c": {}});
        let none = json!([{"target": "$.a", "copy": "$.missing"}]);
        let error = run(document.clone(), none).unwrap_err();
        assert_eq!(error.location.pointer, "/actions/0/copy");
        assert!(error.message.contains("selects 0"), "{error}");
        let two = json!([{"target": "$.a", "copy": "$['b', 'c']"}]);
        let error = run(document, two).unwrap_err();
        assert!(error.message.contains("selects 2"), "{error}");
    }

    #[test]
    fn copy_needs_version_1_1() {
        let error = failure(json!({
            "overlay": "1.0.0",
            "info": {"title": "t", "version": "1"},
            "actions": [{"target": "$.paths", "copy": "$.paths"}],
        }));
        assert_eq!(error.location.pointer, "/actions/0/copy");
    }

    #[test]
    fn later_overlays_see_earlier_results() {
        let mut document = json!({"paths": {"/old": {"get": {}}}});
        let first = overlay(json!([
            {"target": "$.paths", "update": {"/new": {}}},
            {"target": "$.paths['/new']", "copy": "$.paths['/old']"},
            {"target": "$.paths['/old']", "remove": true},
        ]));
        let second = overlay(json!([
            {"target": "$.paths['/new'].get", "update": {"summary": "moved"}},
        ]));
        let overlays = [("first.yaml", first), ("second.yaml", second)];
        apply_all(&mut document, &overlays, &ApplyOptions::default()).unwrap();
        assert_eq!(
            document,
            json!({"paths": {"/new": {"get": {"summary": "moved"}}}})
        );
    }

    #[test]
    fn an_owned_document_is_changed_as_a_borrowed_one() {
        let document = json!({"paths": {"/a": {"get": {}}}});
        let actions = overlay(json!([
            {"target": "$.paths['/a'].get", "update": {"summary": "s"}},
            {"target": "$.paths", "update": {"/b": {}}},
        ]));
        let options = ApplyOptions::default();
        let mut borrowed = document.clone();
        apply(&mut borrowed, "o.yaml", &actions, &options).unwrap();
        let owned = apply_owned(document, "o.yaml", &actions, &options).unwrap();
        assert_eq!(owned, borrowed);
        assert_eq!(
            owned,
            json!({"paths": {"/a": {"get": {"summary": "s"}}, "/b": {}}})
        );
        let broken = overlay(json!([{"target": "$.paths['/c']", "remove": true}]));
        let error = apply_owned(owned, "broken.yaml", &broken, &options).unwrap_err();
        assert_eq!(error.location.file, "broken.yaml");
    }

    #[test]
    fn errors_in_a_later_overlay_name_that_overlay() {
        let mut document = json!({"paths": {}});
        let first = overlay(json!([{"target": "$.paths", "update": {"/a": {}}}]));
        let second = overlay(json!([{"target": "$.paths['/b']", "remove": true}]));
        let overlays = [("first.yaml", first), ("second.yaml", second)];
        let error = apply_all(&mut document, &overlays, &ApplyOptions::default()).unwrap_err();
        assert_eq!(error.location.file, "second.yaml");
        assert_eq!(document, json!({"paths": {}}));
    }

    #[test]
    fn invalid_overlays_are_reported_with_a_pointer() {
        let info = json!({"title": "t", "version": "1"});
        let cases = [
            (
                json!({"info": info, "actions": []}),
                "",
                "missing `overlay`",
            ),
            (
                json!({"overlay": "2.0.0", "info": info, "actions": []}),
                "/overlay",
                "unsupported",
            ),
            (
                json!({"overlay": "1.0.0", "info": info, "actions": {}}),
                "/actions",
                "must be a list",
            ),
            (
                json!({"overlay": "1.0.0", "info": info, "actions": []}),
                "/actions",
                "empty",
            ),
            (
                json!({"overlay": "1.0.0", "actions": [{"target": "$", "remove": true}]}),
                "",
                "missing `info`",
            ),
            (
                json!({"overlay": "1.0.0", "info": info, "actions": [{"remove": true}]}),
                "/actions/0",
                "missing `target`",
            ),
            (
                json!({"overlay": "1.0.0", "info": info, "actions": [
                    {"target": "$.paths[", "remove": true},
                ]}),
                "/actions/0/target",
                "invalid RFC 9535 JSONPath",
            ),
            (
                json!({"overlay": "1.0.0", "info": info, "actions": [
                    {"target": "$.paths", "remove": true, "update": {}},
                ]}),
                "/actions/0",
                "`remove: true` together with",
            ),
            (
                json!({"overlay": "1.1.0", "info": info, "actions": [
                    {"target": "$.paths", "copy": "$.a", "update": {}},
                ]}),
                "/actions/0",
                "both `update` and `copy`",
            ),
            (
                json!({"overlay": "1.0.0", "info": info, "actions": [{"target": "$.paths"}]}),
                "/actions/0",
                "would do nothing",
            ),
            (
                json!({"overlay": "1.0.0", "info": info, "actions": [
                    {"target": "$.paths", "remove": "yes"},
                ]}),
                "/actions/0/remove",
                "`true` or `false`",
            ),
            (
                json!({"overlay": "1.0.0", "info": info, "actions": [
                    {"target": "$.paths", "remove": true, "desription": "typo"},
                ]}),
                "/actions/0/desription",
                "unknown field",
            ),
        ];
        for (overlay, pointer, message) in cases {
            let error = failure(overlay);
            assert_eq!(error.location.file, "o.yaml");
            assert_eq!(error.location.pointer, pointer, "{error}");
            assert!(error.message.contains(message), "{error}");
        }
    }

    #[test]
    fn overlay_versions_ignore_the_patch() {
        for version in ["1.0.0", "1.0.7", "1.1.0", "1.1.2"] {
            let overlay = json!({
                "overlay": version,
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.paths", "update": {"/a": {}}}],
            });
            let mut document = json!({"paths": {}});
            apply(&mut document, "o.yaml", &overlay, &ApplyOptions::default()).unwrap();
        }
        for version in ["1", "1.0", "1.2.0", "1.0.x", "0.9.0"] {
            let error = failure(json!({
                "overlay": version,
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.paths", "update": {"/a": {}}}],
            }));
            assert_eq!(error.location.pointer, "/overlay", "{version}");
        }
    }

    #[test]
    fn yaml_overlay_through_load() {
        let overlay = crate::load::load(
            "fix.overlay.yaml",
            b"overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  \
              - target: $.paths['/pets'].get.responses['200']\n    update: {description: OK}\n",
        )
        .unwrap();
        let mut document = json!({"paths": {"/pets": {"get": {"responses": {"200": {}}}}}});
        apply(
            &mut document,
            "fix.overlay.yaml",
            &overlay,
            &ApplyOptions::default(),
        )
        .unwrap();
        assert_eq!(
            document["paths"]["/pets"]["get"]["responses"]["200"],
            json!({"description": "OK"})
        );
    }
}
