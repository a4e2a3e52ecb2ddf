//! `parse` reads component schemas from the JSON itself rather than through `openapiv3`'s serde
//! impls (which buffer each schema again at every level): on every document of the shared corpus
//! (`../shared/corpus`, read in place), it reads each component schema exactly as `openapiv3`
//! does, members in the same order.

use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde::Deserialize;
use serde_json::json;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
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

#[test]
fn component_schemas_read_as_openapiv3_reads_them() {
    let mut files = Vec::new();
    files_under(Path::new(CORPUS), &mut files);
    files.sort();
    let mut schemas_compared = 0;
    for path in &files {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = path.display().to_string();
        let Ok(document) = generator::load::load(&file, &bytes) else {
            continue;
        };
        let Some(schemas) = document.pointer("/components/schemas").cloned() else {
            continue;
        };
        let document = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": schemas},
        });
        let expected = OpenAPI::deserialize(&document).ok();
        let read = generator::parse::parse(&file, document).ok();
        let (expected, read) = match (expected, read) {
            (Some(expected), Some(read)) => (expected, read),
            (None, None) => continue,
            _ => panic!("{file}: one reader fails, the other does not"),
        };
        let expected = expected.components.unwrap_or_default().schemas;
        let read = read.components.unwrap_or_default().schemas;
        assert_eq!(
            read.keys().collect::<Vec<_>>(),
            expected.keys().collect::<Vec<_>>(),
            "{file}"
        );
        for (name, schema) in &expected {
            assert_eq!(
                format!("{:?}", read[name]),
                format!("{schema:?}"),
                "{file}: component schema {name}"
            );
            schemas_compared += 1;
        }
    }
    assert!(
        schemas_compared > 10_000,
        "only {schemas_compared} schemas compared"
    );
}
