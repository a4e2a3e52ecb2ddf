//! The stage between bundle and normalize: only the operations a [`Selection`] names, and only
//! what they reference.
//!
//! A vendor's document describes every endpoint it has (GitHub's, 1,223 operations); a team
//! calls a few of them. A selection includes and excludes operations by tag, `operationId`,
//! path pattern and method (`rules.rs`); the document is then cut down to those operations and
//! the components they reach through `$ref`s, discriminator mappings and security requirements
//! (`prune.rs`), so that every later stage sees, warns about and generates only that.
//!
//! It runs after bundle, so that every reference names a whole component and reachability is a
//! walk over `#/components/<section>/<name>`, and before normalize, so that the dropped parts
//! raise no warnings. The few warnings raised before it (about prose) are filtered by where
//! they point ([`Selected::concerns_kept`]).
//!
//! Without rules the document is left as it is: everything is generated, components nothing
//! references included.

mod prune;
mod rules;

use serde_json::Value;

use crate::diagnostic::Error;

/// The keys of a path item's operations that a selection can name: those of
/// [`crate::ir::Method::FIXED`] (`additionalOperations` are selected with their path item).
const METHOD_KEYS: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

/// Which operations of a document are generated. The default, without rules, is all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Where the rules are written (`specs/github/vendor.toml`), named in errors.
    pub source: String,
    /// Operations matching any of these are generated; without any, every operation is.
    pub include: Vec<Rule>,
    /// Operations matching any of these are not, even when an include matches them.
    pub exclude: Vec<Rule>,
}

impl Selection {
    /// Whether the selection keeps the whole document.
    pub fn is_everything(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }
}

/// One entry of [`Selection::include`] or [`Selection::exclude`]. An operation matches when,
/// for every list that is not empty, one of its values matches; an entry with no values is
/// refused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rule {
    /// Tags of the operation (one of the operation's `tags`).
    pub tags: Vec<String>,
    /// `operationId`s, exactly.
    pub operations: Vec<String>,
    /// Path templates as the document writes them, where `*` stands for any run of characters
    /// (`/repos/{owner}/{repo}/issues*`).
    pub paths: Vec<String>,
    /// HTTP methods, in any case (`get`, `POST`).
    pub methods: Vec<String>,
}

/// What a selection kept of a document, for the one-line report per vendor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SelectionSummary {
    /// Operations the rules selected (some may still be skipped with a warning).
    pub operations_selected: usize,
    /// Component schemas kept, because a selected operation reaches them.
    pub schemas_kept: usize,
    /// Component schemas left out.
    pub schemas_left_out: usize,
}

/// A document after selection.
#[derive(Debug, Clone)]
pub struct Selected {
    pub document: Value,
    /// The operations under the document's `paths`, selected or not.
    pub operations_documented: usize,
    /// `None` when the selection keeps everything.
    pub summary: Option<SelectionSummary>,
    regions: prune::Regions,
}

impl Selected {
    /// Whether something at `pointer` (into the document as bundling received it) is part of
    /// what was kept: warnings about the parts left out are not reported.
    pub fn concerns_kept(&self, pointer: &str) -> bool {
        self.regions.concerns_kept(pointer)
    }
}

/// Keeps the operations of `document` (the document named `file`, bundled) that `selection`
/// selects, and the components they reach. A rule that matches nothing is an error naming
/// [`Selection::source`], the rule, and what it tried to match.
pub fn select(file: &str, selection: &Selection, mut document: Value) -> Result<Selected, Error> {
    let operations = rules::operations(&document);
    let operations_documented = operations.len();
    if selection.is_everything() {
        return Ok(Selected {
            document,
            operations_documented,
            summary: None,
            regions: prune::Regions::default(),
        });
    }
    let chosen = rules::choose(file, selection, &operations)?;
    let operations_selected = chosen.len();
    let pruned = prune::prune(&mut document, &chosen);
    Ok(Selected {
        document,
        operations_documented,
        summary: Some(SelectionSummary {
            operations_selected,
            schemas_kept: pruned.schemas_kept,
            schemas_left_out: pruned.schemas_left_out,
        }),
        regions: pruned.regions,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_method_keys_are_those_of_the_fixed_methods() {
        let fixed: Vec<&str> = crate::ir::Method::FIXED.iter().map(|m| m.key()).collect();
        assert_eq!(fixed, super::METHOD_KEYS);
    }

    use serde_json::json;

    use super::*;

    fn document() -> Value {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "description": "kept\u{7}", "version": "1"},
            "paths": {
                "/a": {"get": {"operationId": "getA", "tags": ["a"], "responses": {"200": {
                    "description": "ok", "content": {"application/json": {"schema": {
                        "$ref": "#/components/schemas/A"
                    }}}
                }}}},
                "/b": {
                    "get": {"operationId": "getB", "description": "dropped", "responses": {}},
                    "delete": {"operationId": "deleteB", "responses": {}},
                },
            },
            "components": {"schemas": {"A": {"type": "string"}, "B": {"type": "string"}}},
        })
    }

    #[test]
    fn without_rules_the_document_is_left_as_it_is() {
        let selected = select("d.json", &Selection::default(), document()).unwrap();
        assert_eq!(selected.document, document());
        assert_eq!(selected.operations_documented, 3);
        assert_eq!(selected.summary, None);
        assert!(selected.concerns_kept("/paths/~1b/get/description"));
    }

    #[test]
    fn rules_select_operations_and_what_they_reach() {
        let selection = Selection {
            source: "vendor.toml".to_owned(),
            include: vec![Rule {
                tags: vec!["a".to_owned()],
                ..Rule::default()
            }],
            exclude: Vec::new(),
        };
        let selected = select("d.json", &selection, document()).unwrap();
        assert_eq!(
            selected.summary,
            Some(SelectionSummary {
                operations_selected: 1,
                schemas_kept: 1,
                schemas_left_out: 1,
            })
        );
        assert_eq!(selected.operations_documented, 3);
        assert!(selected.document.pointer("/paths/~1b").is_none());
        assert!(selected.concerns_kept("/info/description"));
        assert!(!selected.concerns_kept("/paths/~1b/get/description"));
        assert!(!selected.concerns_kept("/components/schemas/B"));
    }
}
