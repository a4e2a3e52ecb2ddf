//! Stage 5: a normalized document → `openapiv3::OpenAPI`; what does not fit is located in the
//! `locate` module.

mod lifted;
mod locate;
mod schemas;

use openapiv3::OpenAPI;
use serde::Deserialize;
use serde_json::Value;

use crate::diagnostic::Error;
use crate::extension;
use crate::ir::PATH_ITEM_METHODS;

/// Deserializes a document in the 3.0 shape. A document that does not fit is reported at the
/// deepest object that does not fit on its own, in OpenAPI's terms (see the `locate` module).
pub fn parse(file: &str, mut document: Value) -> Result<OpenAPI, Error> {
    explicit_explode(&mut document);
    if let Some(api) = read_quickly(&mut document) {
        return Ok(api);
    }
    // Read quickly it failed; by serde alone, as `openapiv3` reads it, it may not.
    if let Ok(api) = OpenAPI::deserialize(&document) {
        return Ok(api);
    }
    let (pointer, message) = locate::locate(&document).unwrap_or_else(|| {
        match serde_path_to_error::deserialize::<_, OpenAPI>(&document) {
            Err(error) => (
                locate::pointer_of(error.path()),
                format!("not a valid OpenAPI 3.0 document: {}", error.inner()),
            ),
            // Read by value it failed, by reference it reads: say so rather than guess.
            Ok(_) => (
                String::new(),
                "not a valid OpenAPI 3.0 document (no part of it fails on its own)".to_owned(),
            ),
        }
    });
    Err(Error::new(file, pointer, message))
}

/// The document read without tracking the path, which takes about half the time on large
/// documents, and with its schemas read by [`schemas`]. `None`, with `document` as it was, when
/// it does not read so: the caller reads it by serde alone, then part by part to say where it
/// fails.
fn read_quickly(document: &mut Value) -> Option<OpenAPI> {
    let lifted = lifted::lift(document);
    let api = read_components_apart(document).and_then(|mut api| {
        lifted.put_back(&mut api)?;
        Some(api)
    });
    if api.is_none() {
        lifted.restore(document);
    }
    api
}

/// [`read_quickly`] of a document whose other schemas are lifted: its component schemas are
/// taken out and read by [`schemas`], the rest by serde.
fn read_components_apart(document: &mut Value) -> Option<OpenAPI> {
    let Some(components) = document
        .get_mut("components")
        .and_then(Value::as_object_mut)
    else {
        return OpenAPI::deserialize(&*document).ok();
    };
    let Some(at) = components.keys().position(|key| key == "schemas") else {
        return OpenAPI::deserialize(&*document).ok();
    };
    let component_schemas = components.shift_remove("schemas").unwrap_or_default();
    let read = match &component_schemas {
        Value::Object(entries) => OpenAPI::deserialize(&*document).ok().and_then(|api| {
            let schemas = entries
                .iter()
                .map(|(name, value)| Some((name.clone(), schemas::schema_or_reference(value)?)))
                .collect::<Option<_>>()?;
            Some((api, schemas))
        }),
        _ => None,
    };
    // Put back where it was, so that a full read finds the document as it was.
    if let Some(components) = document
        .get_mut("components")
        .and_then(Value::as_object_mut)
    {
        components.shift_insert(at, "schemas".to_owned(), component_schemas);
    }
    let (mut api, schemas) = read?;
    api.components.get_or_insert_default().schemas = schemas;
    Some(api)
}

/// `openapiv3` reads an `explode` that an Encoding Object leaves out as `false`, but OpenAPI's
/// default is `true` for the `form` style (the default style). Every request body's encoding
/// entries get their `explode` written out before parsing, so that the default survives.
fn explicit_explode(document: &mut Value) {
    let Value::Object(root) = document else {
        return;
    };
    let mut bodies: Vec<&mut Value> = Vec::new();
    for (section, value) in root.iter_mut() {
        match (section.as_str(), value) {
            ("paths", Value::Object(paths)) => {
                for item in paths.values_mut() {
                    let Value::Object(item) = item else { continue };
                    for (method, operation) in item.iter_mut() {
                        if PATH_ITEM_METHODS.contains(&method.as_str())
                            || method == extension::QUERY
                        {
                            bodies.extend(operation.get_mut("requestBody"));
                        } else if method == extension::ADDITIONAL_OPERATIONS {
                            if let Value::Object(operations) = operation {
                                for operation in operations.values_mut() {
                                    bodies.extend(operation.get_mut("requestBody"));
                                }
                            }
                        }
                    }
                }
            }
            ("components", components) => {
                if let Some(Value::Object(request_bodies)) = components.get_mut("requestBodies") {
                    bodies.extend(request_bodies.values_mut());
                }
            }
            _ => {}
        }
    }
    for body in bodies {
        let Some(Value::Object(content)) = body.get_mut("content") else {
            continue;
        };
        for media in content.values_mut() {
            let Some(Value::Object(encodings)) = media.get_mut("encoding") else {
                continue;
            };
            for encoding in encodings.values_mut() {
                let Value::Object(encoding) = encoding else {
                    continue;
                };
                if !encoding.contains_key("explode") {
                    let form = encoding.get("style").is_none_or(|style| style == "form");
                    encoding.insert("explode".into(), Value::Bool(form));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn minimal_document_parses() {
        let api = parse(
            "f",
            json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}),
        )
        .unwrap();
        assert_eq!(api.info.title, "t");
    }

    #[test]
    fn encodings_get_the_default_explode_of_their_style() {
        let encoding = |entries: Value| {
            json!({
                "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                "paths": {"/a": {"post": {
                    "requestBody": {"content": {"multipart/form-data": {"encoding": entries}}},
                    "responses": {},
                }}},
            })
        };
        let api = parse(
            "f",
            encoding(json!({
                "a": {"style": "form"},
                "b": {"style": "form", "explode": false},
                "c": {"style": "deepObject"},
                "d": {"contentType": "image/png"},
            })),
        )
        .unwrap();
        let Some(openapiv3::ReferenceOr::Item(operation)) = api.paths.paths.get("/a") else {
            panic!("no path item")
        };
        let Some(openapiv3::ReferenceOr::Item(body)) =
            &operation.post.as_ref().unwrap().request_body
        else {
            panic!("no body")
        };
        let encodings = &body.content["multipart/form-data"].encoding;
        let explode: Vec<bool> = encodings.values().map(|e| e.explode).collect();
        assert_eq!(explode, [true, false, false, true]);
    }

    #[test]
    fn encodings_of_3_2_operations_get_the_default_explode_too() {
        let body = json!({"requestBody": {"content": {"application/x-www-form-urlencoded": {
            "encoding": {"a": {"style": "form"}}
        }}}});
        let api = parse(
            "f",
            json!({
                "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                "paths": {"/a": {"x-query": body, "x-additionalOperations": {"COPY": body}}},
            }),
        )
        .unwrap();
        let Some(openapiv3::ReferenceOr::Item(item)) = api.paths.paths.get("/a") else {
            panic!("no path item")
        };
        let explode = |operation: &Value| {
            operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["encoding"]
                ["a"]["explode"]
                .clone()
        };
        assert_eq!(explode(&item.extensions["x-query"]), json!(true));
        assert_eq!(
            explode(&item.extensions["x-additionalOperations"]["COPY"]),
            json!(true)
        );
    }

    /// Every document of the shared corpus (`../shared/corpus`, read in place) that
    /// `openapiv3` reads is read quickly, to the same value (members in the same order); one
    /// that it does not read is left as it was.
    #[test]
    fn corpus_documents_read_quickly_as_openapiv3_reads_them() {
        fn files_under(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir:?}: {e}"));
            for path in entries.map(|entry| entry.expect("directory entry").path()) {
                if path.is_dir() {
                    files_under(&path, out);
                } else if path
                    .extension()
                    .is_some_and(|ext| ext == "yaml" || ext == "yml" || ext == "json")
                {
                    out.push(path);
                }
            }
        }
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");
        let mut files = Vec::new();
        files_under(std::path::Path::new(corpus), &mut files);
        files.sort();
        let mut compared = 0;
        for path in &files {
            let file = path.display().to_string();
            let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{file}: {e}"));
            let Ok(mut document) = crate::load::load(&file, &bytes) else {
                continue;
            };
            explicit_explode(&mut document);
            let expected = OpenAPI::deserialize(&document).ok();
            let mut quick = document.clone();
            let read = read_quickly(&mut quick);
            match (expected, read) {
                (Some(expected), Some(read)) => {
                    let same = format!("{read:?}") == format!("{expected:?}");
                    assert!(
                        same,
                        "{file}: read quickly, it differs from what openapiv3 reads"
                    );
                    compared += 1;
                }
                (None, None) => assert!(quick == document, "{file}: not left as it was"),
                (Some(_), None) => panic!("{file}: openapiv3 reads it, but not quickly"),
                (None, Some(_)) => panic!("{file}: read quickly, but openapiv3 does not read it"),
            }
        }
        assert!(compared > 50, "only {compared} documents compared");
    }

    /// A parameter with both a schema and content: `openapiv3` reads one of them, so the other
    /// lifted schema's mark is never found again; the document still reads as `openapiv3`
    /// reads it.
    #[test]
    fn a_schema_openapiv3_does_not_read_leaves_the_document_to_it() {
        let document = json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {
                "parameters": [{
                    "name": "q", "in": "query",
                    "schema": {"type": "string"},
                    "content": {"application/json": {"schema": {"type": "integer"}}},
                }],
                "responses": {},
            }}},
        });
        let mut quick = document.clone();
        assert!(read_quickly(&mut quick).is_none());
        assert_eq!(quick, document, "left as it was");
        let expected = OpenAPI::deserialize(&document).expect("openapiv3 reads it");
        let read = parse("f", document).expect("reads");
        assert_eq!(format!("{read:?}"), format!("{expected:?}"));
    }

    #[test]
    fn failure_points_at_the_node() {
        let error = parse(
            "f.yaml",
            json!({"openapi": "3.0.3", "info": {"title": "t", "version": 1}, "paths": {}}),
        )
        .unwrap_err();
        assert_eq!(error.location.pointer, "/info/version");
    }
}
