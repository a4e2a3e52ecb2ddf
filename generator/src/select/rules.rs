//! Which operations a selection's rules match, and the error when a rule matches nothing.
//!
//! A rule that selects nothing is almost always a typo (`issues/lst-for-repo`) or a document
//! that changed under it (an operation renamed by the vendor); either way the team would
//! silently lose an endpoint, so every value of every rule must match at least one operation,
//! together with the rule's other values.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{Rule, Selection};
use crate::diagnostic::Error;

/// An operation of the document, as rules see it.
#[derive(Debug, Clone)]
pub(super) struct Operation {
    pub path: String,
    pub method: &'static str,
    pub id: Option<String>,
    pub tags: Vec<String>,
}

/// Every operation under the document's `paths`, in document order.
pub(super) fn operations(document: &Value) -> Vec<Operation> {
    let Some(paths) = document.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut operations = Vec::new();
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for method in super::METHOD_KEYS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            operations.push(Operation {
                path: path.clone(),
                method,
                id: operation
                    .get("operationId")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                tags: operation
                    .get("tags")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
            });
        }
    }
    operations
}

/// What a rule's values are compared with, in the order they are listed and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Tag,
    Operation,
    Path,
    Method,
}

impl Key {
    const ALL: [Key; 4] = [Key::Tag, Key::Operation, Key::Path, Key::Method];

    fn values(self, rule: &Rule) -> &[String] {
        match self {
            Key::Tag => &rule.tags,
            Key::Operation => &rule.operations,
            Key::Path => &rule.paths,
            Key::Method => &rule.methods,
        }
    }

    /// The TOML key for one value and for a list.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Key::Tag => ("tag", "tags"),
            Key::Operation => ("operation", "operations"),
            Key::Path => ("path", "paths"),
            Key::Method => ("method", "methods"),
        }
    }

    fn matches(self, value: &str, operation: &Operation) -> bool {
        match self {
            Key::Tag => operation.tags.iter().any(|tag| tag == value),
            Key::Operation => operation.id.as_deref() == Some(value),
            Key::Path => glob(value, &operation.path),
            Key::Method => value.eq_ignore_ascii_case(operation.method),
        }
    }

    /// What an operation must have for one of `values` to match it, as a message says it.
    fn describe_any(self, values: &[String]) -> String {
        if let [value] = values {
            return self.describe(value);
        }
        let quoted = || values.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>();
        match self {
            Key::Tag => format!("one of the tags {}", quoted().join(", ")),
            Key::Operation => format!("one of the operationIds {}", quoted().join(", ")),
            Key::Path => format!("a path matching one of {}", quoted().join(", ")),
            Key::Method => {
                let methods: Vec<String> = values.iter().map(|v| v.to_ascii_uppercase()).collect();
                format!("one of the methods {}", methods.join(", "))
            }
        }
    }

    /// What an operation must have for `value` to match it, as a message says it.
    fn describe(self, value: &str) -> String {
        match self {
            Key::Tag => format!("the tag {value:?}"),
            Key::Operation => format!("the operationId {value:?}"),
            Key::Path => format!("a path matching {value:?}"),
            Key::Method => format!("the method {}", value.to_ascii_uppercase()),
        }
    }
}

/// Whether `text` matches `pattern`, where `*` stands for any run of characters (`/` included)
/// and every other character for itself.
pub(super) fn glob(pattern: &str, text: &str) -> bool {
    let (pattern, text): (Vec<char>, Vec<char>) =
        (pattern.chars().collect(), text.chars().collect());
    let (mut p, mut t) = (0, 0);
    // The last `*` seen, and where in `text` it began matching: on a mismatch, it takes one
    // more character.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == '*' {
            star = Some((p, t));
            p += 1;
        } else if p < pattern.len() && pattern[p] == text[t] {
            p += 1;
            t += 1;
        } else if let Some((star_p, star_t)) = star {
            p = star_p + 1;
            t = star_t + 1;
            star = Some((star_p, star_t + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// Whether the list is `include` or `exclude`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Include,
    Exclude,
}

impl List {
    fn name(self) -> &'static str {
        match self {
            List::Include => "include",
            List::Exclude => "exclude",
        }
    }
}

/// A rule with what it is called in messages.
struct Entry<'r> {
    list: List,
    index: usize,
    rule: &'r Rule,
}

impl Entry<'_> {
    /// `/include/2`: where the rule is in its file, as a JSON pointer into the TOML's value.
    fn pointer(&self) -> String {
        format!("/{}/{}", self.list.name(), self.index)
    }

    /// `[[include]] entry 3 { tag = "issues", methods = ["get", "post"] }`.
    fn describe(&self) -> String {
        let parts: Vec<String> = Key::ALL
            .iter()
            .filter_map(|&key| {
                let values = key.values(self.rule);
                let (one, many) = key.names();
                match values {
                    [] => None,
                    [value] => Some(format!("{one} = {value:?}")),
                    values => {
                        let list: Vec<String> = values.iter().map(|v| format!("{v:?}")).collect();
                        Some(format!("{many} = [{}]", list.join(", ")))
                    }
                }
            })
            .collect();
        let table = if parts.is_empty() {
            "{}".to_owned()
        } else {
            format!("{{ {} }}", parts.join(", "))
        };
        format!("[[{}]] entry {} {table}", self.list.name(), self.index + 1)
    }

    /// Whether the rule matches `operation`; every value that took part in the match is marked
    /// in `hits` (one list per [`Key`], one flag per value).
    fn matches(&self, operation: &Operation, hits: &mut [Vec<bool>; 4]) -> bool {
        let matched: Vec<Vec<usize>> = Key::ALL
            .iter()
            .map(|&key| {
                let values = key.values(self.rule);
                (0..values.len())
                    .filter(|&i| key.matches(&values[i], operation))
                    .collect()
            })
            .collect();
        let all = Key::ALL
            .iter()
            .zip(&matched)
            .all(|(&key, found)| key.values(self.rule).is_empty() || !found.is_empty());
        if all {
            for (flags, found) in hits.iter_mut().zip(&matched) {
                for &i in found {
                    flags[i] = true;
                }
            }
        }
        all
    }

    /// Why the rule cannot be used, before it is matched against anything.
    fn invalid(&self) -> Option<String> {
        if Key::ALL.iter().all(|key| key.values(self.rule).is_empty()) {
            return Some(format!(
                "{} names nothing to match: give it a tag, operation, path or method (or lists \
                 of them: tags, operations, paths, methods)",
                self.describe()
            ));
        }
        let methods = super::METHOD_KEYS;
        let unknown = self
            .rule
            .methods
            .iter()
            .find(|m| !methods.iter().any(|known| m.eq_ignore_ascii_case(known)))?;
        Some(format!(
            "{}: {unknown:?} is not an HTTP method of OpenAPI ({})",
            self.describe(),
            methods.join(", ")
        ))
    }
}

/// The operations `selection` selects, as `(path, method)`. Every rule's every value must match
/// something: otherwise the error names the selection's file, each rule that does not, and what
/// it tried to match.
pub(super) fn choose(
    file: &str,
    selection: &Selection,
    operations: &[Operation],
) -> Result<BTreeSet<(String, &'static str)>, Error> {
    let include = entries(List::Include, &selection.include);
    let exclude = entries(List::Exclude, &selection.exclude);
    let mut problems: Vec<(String, String)> = include
        .iter()
        .chain(&exclude)
        .filter_map(|entry| entry.invalid().map(|why| (entry.pointer(), why)))
        .collect();
    if !problems.is_empty() {
        return Err(error(&selection.source, problems));
    }

    let mut included = vec![include.is_empty(); operations.len()];
    for entry in &include {
        let mut hits = hits(entry.rule);
        for (operation, kept) in operations.iter().zip(&mut included) {
            *kept |= entry.matches(operation, &mut hits);
        }
        problems.extend(unmatched(file, entry, &hits, operations, None));
    }
    let candidates: Vec<&Operation> = operations
        .iter()
        .zip(&included)
        .filter_map(|(operation, &kept)| kept.then_some(operation))
        .collect();
    let mut excluded = vec![false; candidates.len()];
    for entry in &exclude {
        let mut hits = hits(entry.rule);
        for (operation, out) in candidates.iter().zip(&mut excluded) {
            *out |= entry.matches(operation, &mut hits);
        }
        let among = (!include.is_empty()).then_some(candidates.len());
        problems.extend(unmatched(file, entry, &hits, operations, among));
    }
    if !problems.is_empty() {
        return Err(error(&selection.source, problems));
    }
    Ok(candidates
        .iter()
        .zip(&excluded)
        .filter(|(_, out)| !**out)
        .map(|(operation, _)| (operation.path.clone(), operation.method))
        .collect())
}

/// The rules of one list, with where they stand in it.
fn entries(list: List, rules: &[Rule]) -> Vec<Entry<'_>> {
    rules
        .iter()
        .enumerate()
        .map(|(index, rule)| Entry { list, index, rule })
        .collect()
}

/// A flag per value of each key of `rule`, all unset.
fn hits(rule: &Rule) -> [Vec<bool>; 4] {
    Key::ALL.map(|key| vec![false; key.values(rule).len()])
}

/// Why `entry` matched nothing, when one of its values took part in no match: a pointer to the
/// entry and a message. `among` is the number of operations an exclude rule was matched
/// against, when an include narrowed them.
fn unmatched(
    file: &str,
    entry: &Entry,
    hits: &[Vec<bool>; 4],
    operations: &[Operation],
    among: Option<usize>,
) -> Option<(String, String)> {
    let whom = match among {
        Some(count) => format!(
            "none of the {count} operation{} the includes select",
            if count == 1 { "" } else { "s" }
        ),
        None => format!("no operation of {file}"),
    };
    let given: Vec<Key> = Key::ALL
        .into_iter()
        .filter(|key| !key.values(entry.rule).is_empty())
        .collect();
    let missed: Vec<(Key, &String)> = Key::ALL
        .iter()
        .zip(hits)
        .flat_map(|(&key, flags)| {
            let values = key.values(entry.rule).iter().zip(flags);
            values
                .filter(|(_, hit)| !**hit)
                .map(move |(value, _)| (key, value))
        })
        .collect();
    if missed.is_empty() {
        return None;
    }
    // A match marks a value of every key the entry gives, so nothing marked is no match at all.
    let matched_some = hits.iter().flatten().any(|hit| *hit);
    let mut reasons = Vec::new();
    if matched_some {
        let together = if given.len() > 1 {
            " together with the entry's other conditions"
        } else {
            ""
        };
        for (key, value) in &missed {
            reasons.push(format!("{whom} has {}{together}", key.describe(value)));
        }
    } else {
        let conditions: Vec<String> = given
            .iter()
            .map(|key| key.describe_any(key.values(entry.rule)))
            .collect();
        reasons.push(format!("{whom} has {}", conditions.join(" and ")));
    }
    let hints: Vec<String> = missed
        .iter()
        .filter_map(|(key, value)| hint(*key, value, operations))
        .collect();
    let hints = if hints.is_empty() {
        String::new()
    } else {
        format!(" ({})", hints.join("; "))
    };
    Some((
        entry.pointer(),
        format!(
            "{} matches nothing: {}{hints}",
            entry.describe(),
            reasons.join("; ")
        ),
    ))
}

/// Help for a value that matches no operation of the whole document: the closest tag or
/// operationId there is, or the tags when there are few.
fn hint(key: Key, value: &str, operations: &[Operation]) -> Option<String> {
    if operations
        .iter()
        .any(|operation| key.matches(value, operation))
    {
        return None;
    }
    let known: BTreeSet<&str> = match key {
        Key::Tag => operations
            .iter()
            .flat_map(|o| o.tags.iter().map(String::as_str))
            .collect(),
        Key::Operation => operations.iter().filter_map(|o| o.id.as_deref()).collect(),
        Key::Path | Key::Method => return None,
    };
    let closest = known
        .iter()
        .map(|candidate| (distance(value, candidate), *candidate))
        .min()
        .filter(|(distance, _)| *distance <= (value.chars().count() / 3).max(2));
    match (closest, key) {
        (Some((_, candidate)), _) => Some(format!("did you mean {candidate:?}?")),
        (None, Key::Tag) if known.is_empty() => Some("the document tags no operation".to_owned()),
        (None, Key::Tag) if known.len() <= 60 => {
            let tags: Vec<&str> = known.into_iter().collect();
            Some(format!("its tags: {}", tags.join(", ")))
        }
        _ => None,
    }
}

/// The Levenshtein distance between two strings, by characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// One error for every problem found, at the first one's entry.
fn error(source: &str, problems: Vec<(String, String)>) -> Error {
    let pointer = problems
        .first()
        .map(|(pointer, _)| pointer.clone())
        .unwrap_or_default();
    let messages: Vec<String> = problems.into_iter().map(|(_, message)| message).collect();
    let message = match messages.as_slice() {
        [one] => one.clone(),
        _ => format!(
            "{} entries of the selection cannot be used:\n    {}",
            messages.len(),
            messages.join("\n    ")
        ),
    };
    Error::new(source, pointer, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn operation(path: &str, method: &'static str, id: &str, tags: &[&str]) -> Operation {
        Operation {
            path: path.to_owned(),
            method,
            id: Some(id.to_owned()),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    fn document() -> Vec<Operation> {
        vec![
            operation(
                "/repos/{owner}/{repo}/issues",
                "get",
                "issues/list-for-repo",
                &["issues"],
            ),
            operation(
                "/repos/{owner}/{repo}/issues",
                "post",
                "issues/create",
                &["issues"],
            ),
            operation(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                "get",
                "issues/get",
                &["issues"],
            ),
            operation(
                "/repos/{owner}/{repo}/issues/{issue_number}",
                "delete",
                "issues/lock",
                &["issues", "locking"],
            ),
            operation(
                "/repos/{owner}/{repo}/pulls",
                "get",
                "pulls/list",
                &["pulls"],
            ),
            operation("/user", "get", "users/get-authenticated", &["users"]),
        ]
    }

    fn rule() -> Rule {
        Rule::default()
    }

    fn selection(include: Vec<Rule>, exclude: Vec<Rule>) -> Selection {
        Selection {
            source: "specs/github/vendor.toml".to_owned(),
            include,
            exclude,
        }
    }

    fn chosen(selection: &Selection) -> Vec<String> {
        choose("specs/github/openapi.json", selection, &document())
            .unwrap_or_else(|e| panic!("{e}"))
            .into_iter()
            .map(|(path, method)| format!("{} {path}", method.to_ascii_uppercase()))
            .collect()
    }

    fn refused(selection: &Selection) -> Error {
        match choose("specs/github/openapi.json", selection, &document()) {
            Ok(chosen) => panic!("selected {chosen:?}"),
            Err(error) => error,
        }
    }

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| (*v).to_owned()).collect()
    }

    #[test]
    fn globs_match_any_run_of_characters() {
        assert!(glob(
            "/repos/{owner}/{repo}/issues*",
            "/repos/{owner}/{repo}/issues"
        ));
        assert!(glob(
            "/repos/{owner}/{repo}/issues*",
            "/repos/{owner}/{repo}/issues/{n}/x"
        ));
        assert!(!glob(
            "/repos/{owner}/{repo}/issues*",
            "/repos/{owner}/{repo}/pulls"
        ));
        assert!(glob("*/comments", "/a/b/comments"));
        assert!(glob("/a/*/c", "/a/b/x/c"));
        assert!(!glob("/a/*/c", "/a/b/c/d"));
        assert!(glob("*", ""));
        assert!(glob("/user", "/user"));
        assert!(!glob("/user", "/users"));
        assert!(glob("/a**b", "/a-b"));
    }

    #[test]
    fn without_includes_everything_is_selected_but_what_is_excluded() {
        let exclude = Rule {
            tags: strings(&["issues"]),
            ..rule()
        };
        assert_eq!(
            chosen(&selection(Vec::new(), vec![exclude])),
            ["GET /repos/{owner}/{repo}/pulls", "GET /user"]
        );
    }

    #[test]
    fn includes_are_united_and_keys_of_one_entry_all_apply() {
        let by_path = Rule {
            paths: strings(&["/repos/{owner}/{repo}/issues*"]),
            methods: strings(&["GET"]),
            ..rule()
        };
        let by_id = Rule {
            operations: strings(&["users/get-authenticated"]),
            ..rule()
        };
        assert_eq!(
            chosen(&selection(vec![by_path, by_id], Vec::new())),
            [
                "GET /repos/{owner}/{repo}/issues",
                "GET /repos/{owner}/{repo}/issues/{issue_number}",
                "GET /user"
            ]
        );
    }

    #[test]
    fn exclude_wins_over_include() {
        let include = Rule {
            tags: strings(&["issues"]),
            ..rule()
        };
        let exclude = Rule {
            tags: strings(&["locking"]),
            ..rule()
        };
        let also = Rule {
            operations: strings(&["issues/create"]),
            ..rule()
        };
        assert_eq!(
            chosen(&selection(vec![include], vec![exclude, also])),
            [
                "GET /repos/{owner}/{repo}/issues",
                "GET /repos/{owner}/{repo}/issues/{issue_number}"
            ]
        );
    }

    #[test]
    fn an_include_that_matches_nothing_names_the_file_entry_and_value() {
        let include = Rule {
            operations: strings(&["issues/get", "issues/lst-for-repo"]),
            ..rule()
        };
        let error = refused(&selection(vec![include], Vec::new()));
        assert_eq!(
            error.to_string(),
            "specs/github/vendor.toml at #/include/0: [[include]] entry 1 { operations = \
             [\"issues/get\", \"issues/lst-for-repo\"] } matches nothing: no operation of \
             specs/github/openapi.json has the operationId \"issues/lst-for-repo\" (did you mean \
             \"issues/list-for-repo\"?)"
        );
    }

    #[test]
    fn a_value_must_match_together_with_the_other_keys() {
        // `pulls` is a tag of the document, but no pulls operation is a POST.
        let include = Rule {
            tags: strings(&["pulls"]),
            methods: strings(&["post"]),
            ..rule()
        };
        let error = refused(&selection(vec![rule(), include], Vec::new()));
        assert_eq!(error.location.pointer, "/include/0");
        // The empty entry is refused before anything is matched.
        assert!(
            error
                .message
                .contains("[[include]] entry 1 {} names nothing to match"),
            "{error}"
        );
        let include = Rule {
            tags: strings(&["pulls"]),
            methods: strings(&["post"]),
            ..rule()
        };
        let error = refused(&selection(vec![include], Vec::new()));
        assert_eq!(
            error.message,
            "[[include]] entry 1 { tag = \"pulls\", method = \"post\" } matches nothing: no \
             operation of specs/github/openapi.json has the tag \"pulls\" and the method POST"
        );
        // A value that matches nothing where the others do is named alone.
        let include = Rule {
            tags: strings(&["issues", "pulls"]),
            methods: strings(&["post"]),
            ..rule()
        };
        let error = refused(&selection(vec![include], Vec::new()));
        assert!(
            error.message.ends_with(
                "matches nothing: no operation of specs/github/openapi.json has the tag \
                 \"pulls\" together with the entry's other conditions"
            ),
            "{error}"
        );
        let include = Rule {
            paths: strings(&["/user*", "/nowhere"]),
            methods: strings(&["put", "patch"]),
            ..rule()
        };
        let error = refused(&selection(vec![include], Vec::new()));
        assert!(
            error.message.ends_with(
                "no operation of specs/github/openapi.json has a path matching one of \
                 \"/user*\", \"/nowhere\" and one of the methods PUT, PATCH"
            ),
            "{error}"
        );
    }

    #[test]
    fn an_exclude_must_remove_something_the_includes_select() {
        let include = Rule {
            tags: strings(&["issues"]),
            ..rule()
        };
        let exclude = Rule {
            operations: strings(&["pulls/list"]),
            ..rule()
        };
        let error = refused(&selection(vec![include], vec![exclude]));
        assert_eq!(error.location.pointer, "/exclude/0");
        assert!(
            error.message.ends_with(
                "matches nothing: none of the 4 operations the includes select has the \
                 operationId \"pulls/list\""
            ),
            "{error}"
        );
    }

    #[test]
    fn unknown_tags_list_the_documents_and_methods_are_checked() {
        let include = Rule {
            tags: strings(&["repositories"]),
            ..rule()
        };
        let error = refused(&selection(vec![include], Vec::new()));
        assert!(
            error
                .message
                .ends_with("(its tags: issues, locking, pulls, users)"),
            "{error}"
        );
        let include = Rule {
            methods: strings(&["fetch"]),
            ..rule()
        };
        let error = refused(&selection(vec![include], Vec::new()));
        assert!(
            error
                .message
                .contains("\"fetch\" is not an HTTP method of OpenAPI (get, put, post,"),
            "{error}"
        );
    }

    #[test]
    fn every_unmatched_entry_is_reported_at_once() {
        let first = Rule {
            tags: strings(&["isues"]),
            ..rule()
        };
        let second = Rule {
            paths: strings(&["/nowhere*"]),
            ..rule()
        };
        let error = refused(&selection(vec![first, second], Vec::new()));
        assert_eq!(error.location.pointer, "/include/0");
        assert!(
            error
                .message
                .starts_with("2 entries of the selection cannot be used:"),
            "{error}"
        );
        assert!(
            error.message.contains("(did you mean \"issues\"?)"),
            "{error}"
        );
        assert!(
            error.message.contains("has a path matching \"/nowhere*\""),
            "{error}"
        );
    }
}
