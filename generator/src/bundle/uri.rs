//! Reading a `$ref`: which file of the vendor folder it names, and which node of that file.
//!
//! Files are named by `/`-separated paths relative to the vendor folder (the folder of the
//! document being generated), worked out from the spelling alone: nothing here touches the
//! file system. A reference that leaves the folder, is absolute, or is a URL is refused with the
//! reason; it is never followed.

use crate::diagnostic::percent_decode;

/// A `$ref` split into the file part (empty for the same file) and the fragment (without `#`).
pub(crate) fn split(reference: &str) -> (&str, &str) {
    reference.split_once('#').unwrap_or((reference, ""))
}

/// The file a reference's file part names, relative to the vendor folder, given the file that
/// holds the reference (also relative to the vendor folder). The error says why it is refused.
pub(crate) fn resolve_path(from: &str, uri: &str) -> Result<String, String> {
    if has_scheme(uri) {
        return Err(format!(
            "`{uri}` is a URL; only files in the document's folder are read, nothing is fetched"
        ));
    }
    if uri.starts_with('/') || uri.starts_with('\\') {
        return Err(format!(
            "`{uri}` is an absolute path; only relative paths to files in the document's folder \
             are read"
        ));
    }
    if uri.contains('?') {
        return Err(format!(
            "`{uri}` has a query part, which a file cannot have"
        ));
    }
    let decoded = percent_decode(uri).ok_or_else(|| format!("`{uri}` has a malformed %-escape"))?;
    if decoded.contains('\\') {
        return Err(format!(
            "`{uri}` uses `\\`; the parts of a reference's path are separated by `/`"
        ));
    }
    let mut parts: Vec<&str> = folder(from).split('/').filter(|p| !p.is_empty()).collect();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(format!(
                        "`{uri}` leaves the document's folder; only files inside it are read"
                    ));
                }
            }
            part => parts.push(part),
        }
    }
    if parts.is_empty() {
        return Err(format!("`{uri}` names a folder, not a file"));
    }
    Ok(parts.join("/"))
}

/// The JSON pointer a fragment holds (`""` for none: the whole document).
pub(crate) fn fragment_pointer(fragment: &str) -> Result<String, String> {
    if fragment.is_empty() {
        return Ok(String::new());
    }
    if !fragment.starts_with('/') {
        return Err(format!(
            "`#{fragment}` is not a JSON pointer; anchors and `$id`s are not followed"
        ));
    }
    percent_decode(fragment).ok_or_else(|| format!("`#{fragment}` has a malformed %-escape"))
}

/// The folder part of a `/`-separated path (`""` for a bare file name).
pub(crate) fn folder(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

/// The last part of a `/`-separated path.
pub(crate) fn file_name(path: &str) -> &str {
    path.rfind('/').map_or(path, |i| &path[i + 1..])
}

/// `folder/path`, or `path` when the folder is empty.
pub(crate) fn join(folder: &str, path: &str) -> String {
    if folder.is_empty() {
        path.to_owned()
    } else {
        format!("{folder}/{path}")
    }
}

/// The folder whose files references may name (as document names spell it), and the
/// document's path inside it: `root` when given, else the document's own folder. `root` must
/// hold the document.
pub(crate) fn place(file: &str, root: Option<&str>) -> Result<(String, String), String> {
    let Some(root) = root else {
        return Ok((folder(file).to_owned(), file_name(file).to_owned()));
    };
    let root = root.trim_end_matches('/');
    let path = if root.is_empty() {
        Some(file)
    } else {
        file.strip_prefix(root)
            .and_then(|rest| rest.strip_prefix('/'))
    };
    match path {
        Some(path) if !path.is_empty() && !path.split('/').any(|p| p == "..") => {
            Ok((root.to_owned(), path.to_owned()))
        }
        _ => Err(format!(
            "the document is not inside {root}, the folder its references may read from"
        )),
    }
}

/// The reference from a file in `folder` to the file at `path` (both relative to the vendor
/// folder): `../common/Error.yaml` from `spec` to `common/Error.yaml`.
pub(crate) fn relative(folder: &str, path: &str) -> String {
    let from: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    let to: Vec<&str> = path.split('/').collect();
    let shared = from
        .iter()
        .zip(&to)
        .take_while(|(a, b)| a == b)
        .count()
        .min(to.len().saturating_sub(1));
    let mut parts = vec![".."; from.len() - shared];
    parts.extend(&to[shared..]);
    parts.join("/")
}

/// Whether a URI reference starts with a scheme (`https:`, `file:`, `urn:`, `C:`).
fn has_scheme(uri: &str) -> bool {
    let Some((scheme, _)) = uri.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_resolve_against_the_referring_file() {
        assert_eq!(
            resolve_path("openapi.yaml", "./common.yaml").as_deref(),
            Ok("common.yaml")
        );
        assert_eq!(
            resolve_path("schemas/pet.yaml", "../common/Error.yaml").as_deref(),
            Ok("common/Error.yaml")
        );
        assert_eq!(
            resolve_path("schemas/pet.yaml", "tag.yaml").as_deref(),
            Ok("schemas/tag.yaml")
        );
        assert_eq!(
            resolve_path("openapi.yaml", "my%20types.yaml").as_deref(),
            Ok("my types.yaml")
        );
    }

    #[test]
    fn the_root_holds_the_document() {
        assert_eq!(
            place("specs/v/openapi.yaml", None),
            Ok(("specs/v".to_owned(), "openapi.yaml".to_owned()))
        );
        assert_eq!(
            place("a/spec/swagger.yaml", Some("a/")),
            Ok(("a".to_owned(), "spec/swagger.yaml".to_owned()))
        );
        assert_eq!(
            place("spec/swagger.yaml", Some("")),
            Ok((String::new(), "spec/swagger.yaml".to_owned()))
        );
        for root in ["b", "a/spec/swagger.yaml", "a/sp"] {
            assert!(place("a/spec/swagger.yaml", Some(root)).is_err(), "{root}");
        }
    }

    #[test]
    fn relative_references_lead_back_to_the_same_file() {
        for (folder, path, expected) in [
            ("", "common.yaml", "common.yaml"),
            ("spec", "common/Error.yaml", "../common/Error.yaml"),
            ("spec", "spec/Pet.yaml", "Pet.yaml"),
            ("a/b", "a/c/d.yaml", "../c/d.yaml"),
            ("", "a/b.yaml", "a/b.yaml"),
        ] {
            let reference = relative(folder, path);
            assert_eq!(reference, expected);
            assert_eq!(
                resolve_path(&join(folder, "x.yaml"), &reference).as_deref(),
                Ok(path)
            );
        }
    }

    #[test]
    fn references_that_leave_the_folder_are_refused_with_the_reason() {
        for (from, uri, why) in [
            ("openapi.yaml", "../x.yaml", "leaves the document's folder"),
            ("a/b.yaml", "../../x.yaml", "leaves the document's folder"),
            ("openapi.yaml", "/etc/passwd", "absolute path"),
            ("openapi.yaml", "https://example.com/x.yaml", "is a URL"),
            ("openapi.yaml", "http://example.com/x.yaml", "is a URL"),
            ("openapi.yaml", "file:///etc/passwd", "is a URL"),
            ("openapi.yaml", "//example.com/x.yaml", "absolute path"),
            ("openapi.yaml", "C:\\x.yaml", "is a URL"),
            ("openapi.yaml", "a\\..\\..\\x.yaml", "uses `\\`"),
            ("openapi.yaml", "a/..", "names a folder"),
        ] {
            let error = resolve_path(from, uri).unwrap_err();
            assert!(error.contains(why), "{uri}: {error}");
        }
    }

    #[test]
    fn fragments_are_json_pointers() {
        assert_eq!(fragment_pointer("").as_deref(), Ok(""));
        assert_eq!(
            fragment_pointer("/components/schemas/A%20B").as_deref(),
            Ok("/components/schemas/A B")
        );
        assert!(fragment_pointer("anchor").unwrap_err().contains("anchors"));
        assert_eq!(split("a.yaml#/x"), ("a.yaml", "/x"));
        assert_eq!(split("#/x"), ("", "/x"));
        assert_eq!(split("a.yaml"), ("a.yaml", ""));
    }
}
