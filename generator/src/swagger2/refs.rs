//! Where a reference leads: pointers into the document's `definitions`, `parameters` and
//! `responses` rewritten to their `components` sections, parts of other files reached (and
//! converted as what the reference stands for), and copies taken from another file made valid
//! where they land.

use std::rc::Rc;

use serde_json::{Map, Value};

use super::{At, Converter, FileId, Kind, MAIN};
use crate::bundle::uri;
use crate::diagnostic::{pointer_tokens, push_token};

/// Longest chain of references followed before it is taken for a cycle.
const MAX_LINKS: usize = 32;

/// The 2.0 sections of reusable objects and the `components` section each moves to.
const SECTIONS: [(&str, &str); 4] = [
    ("definitions", "schemas"),
    ("parameters", "parameters"),
    ("responses", "responses"),
    ("securityDefinitions", "securitySchemes"),
];

/// A pointer into the 2.0 document, as a pointer into its 3.0 form: `/definitions/Pet/…` →
/// `/components/schemas/Pet/…`. Other pointers are kept: `paths` keep their place.
pub(super) fn translate(pointer: &str) -> String {
    for (section, component) in SECTIONS {
        if let Some(rest) = pointer
            .strip_prefix('/')
            .and_then(|p| p.strip_prefix(section))
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))
        {
            return format!("/components/{component}{rest}");
        }
    }
    pointer.to_owned()
}

impl Converter<'_> {
    /// The text of a `$ref` standing at `at` for an object of `kind`, in the converted
    /// document: a pointer into the document itself is translated; a part of another file (or
    /// of the same other file) is reached, to be converted as `kind`, and the text is kept.
    pub(super) fn reference(
        &mut self,
        reference: &str,
        at: At,
        kind: Kind,
    ) -> Result<String, crate::diagnostic::Error> {
        let (path, fragment) = uri::split(reference);
        if path.is_empty() && at.file == MAIN {
            return Ok(format!("#{}", translate(fragment)));
        }
        if let Some((file, pointer)) = self.locate(reference, at)? {
            if self.reached.insert((file, pointer.clone())) {
                self.queue.push_back((file, pointer, kind));
            }
        }
        Ok(reference.to_owned())
    }

    /// The file and pointer (as the walks spell it) a reference names; `None` when that file is
    /// missing and missing files are being listed.
    pub(super) fn locate(
        &mut self,
        reference: &str,
        at: At,
    ) -> Result<Option<(FileId, String)>, crate::diagnostic::Error> {
        let (path, fragment) = uri::split(reference);
        let error = |converter: &Self, why: String| {
            converter.error(at, format!("`$ref: {reference}`: {why}"))
        };
        let file = if path.is_empty() {
            at.file
        } else {
            let relative = uri::resolve_path(&self.files[at.file].path, path)
                .map_err(|why| error(self, why))?;
            match self.file(&relative, at, reference)? {
                Some(file) => file,
                None => return Ok(None),
            }
        };
        let pointer = uri::fragment_pointer(fragment).map_err(|why| error(self, why))?;
        let pointer = pointer_tokens(&pointer)
            .iter()
            .fold(String::new(), |p, token| push_token(&p, token));
        Ok(Some((file, pointer)))
    }

    /// Follows a reference, and the references its target is, to the first object that is not
    /// one: its file, pointer and value as written. `None` when a file is missing (while listing)
    /// or the reference points at nothing (bundling reports that, where it stands).
    pub(super) fn follow(
        &mut self,
        reference: &str,
        at: At,
    ) -> Result<Option<(FileId, String, Rc<Value>)>, crate::diagnostic::Error> {
        let mut reference = reference.to_owned();
        let mut from = (at.file, at.pointer.to_owned());
        for _ in 0..MAX_LINKS {
            let Some((file, pointer)) = self.locate(&reference, At::new(from.0, &from.1))? else {
                return Ok(None);
            };
            let original = Rc::clone(&self.files[file].original);
            let Some(target) = original.pointer(&pointer) else {
                return Ok(None);
            };
            match target.get("$ref").and_then(Value::as_str) {
                Some(next) => {
                    reference = next.to_owned();
                    from = (file, pointer);
                }
                None => return Ok(Some((file, pointer, original))),
            }
        }
        Err(self.error(
            at,
            format!(
                "`$ref: {reference}`: references form a cycle, or a chain longer than {MAX_LINKS}"
            ),
        ))
    }

    /// Makes a value converted in `file`'s context valid in the document: its references are
    /// relative to `file`, and become relative to the document. Values of the document itself
    /// are left as they are.
    pub(super) fn rebase(&self, value: &mut Value, file: FileId) {
        if file == MAIN {
            return;
        }
        let folder = uri::folder(&self.files[MAIN].path).to_owned();
        let from = self.files[file].path.clone();
        rebase_references(value, &|reference: &str| {
            let (path, fragment) = uri::split(reference);
            let target = if path.is_empty() {
                from.clone()
            } else {
                match uri::resolve_path(&from, path) {
                    Ok(target) => target,
                    // Left as it is, for bundling to report where it lands.
                    Err(_) => return reference.to_owned(),
                }
            };
            let relative = uri::relative(&folder, &target);
            if fragment.is_empty() && !reference.contains('#') {
                relative
            } else {
                format!("{relative}#{fragment}")
            }
        });
    }
}

/// Rewrites every `$ref` in `value` with `rewrite`, but for those in examples and extensions,
/// which are data.
fn rebase_references(value: &mut Value, rewrite: &dyn Fn(&str) -> String) {
    match value {
        Value::Object(object) => rebase_object(object, rewrite),
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| rebase_references(item, rewrite)),
        _ => {}
    }
}

fn rebase_object(object: &mut Map<String, Value>, rewrite: &dyn Fn(&str) -> String) {
    for (key, child) in object.iter_mut() {
        match (key.as_str(), child) {
            ("$ref", Value::String(reference)) => *reference = rewrite(reference),
            ("example" | "examples", _) => {}
            (key, _) if crate::extension::is_extension(key) => {}
            (_, child) => rebase_references(child, rewrite),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_into_reusable_sections_move_to_components() {
        for (pointer, expected) in [
            ("/definitions/Pet", "/components/schemas/Pet"),
            (
                "/definitions/Pet/properties/id",
                "/components/schemas/Pet/properties/id",
            ),
            ("/parameters/limit", "/components/parameters/limit"),
            ("/responses/Error", "/components/responses/Error"),
            (
                "/securityDefinitions/key",
                "/components/securitySchemes/key",
            ),
            ("/definitionsX/Pet", "/definitionsX/Pet"),
            ("/paths/~1pets/get", "/paths/~1pets/get"),
            ("", ""),
        ] {
            assert_eq!(translate(pointer), expected, "{pointer}");
        }
    }

    #[test]
    fn references_of_a_copy_are_made_relative_to_the_document() {
        let mut value = serde_json::json!({
            "schema": {"$ref": "#/definitions/Pet"},
            "items": [{"$ref": "Tag.yaml"}, {"$ref": "../common/Error.yaml#/Error"}],
            "example": {"$ref": "not a reference"},
            "x-note": {"$ref": "data"}
        });
        rebase_references(&mut value, &|reference| format!("<{reference}>"));
        assert_eq!(
            value,
            serde_json::json!({
                "schema": {"$ref": "<#/definitions/Pet>"},
                "items": [{"$ref": "<Tag.yaml>"}, {"$ref": "<../common/Error.yaml#/Error>"}],
                "example": {"$ref": "not a reference"},
                "x-note": {"$ref": "data"}
            })
        );
    }
}
