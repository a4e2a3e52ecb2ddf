//! The test suite compiles only the vendors it tests: `generated` turns no vendor on by default,
//! and this crate's `Cargo.toml` turns on exactly the vendors whose modules its code (and the
//! README's examples, compiled as its doc tests) uses. A large vendor added to `specs/` is
//! compiled by `.ci/run`, on its own, not by every test run.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn toml_file(relative: &str) -> toml::Table {
    let path = tests::root().join(relative);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{relative}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn strings(value: &toml::Value) -> BTreeSet<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap_or_else(|| panic!("{v}")).to_owned())
        .collect()
}

/// The `.rs` files under `dir`, recursively.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn the_generated_crate_turns_no_vendor_on_by_default() {
    let manifest = toml_file("generated/Cargo.toml");
    assert_eq!(strings(&manifest["features"]["default"]), BTreeSet::new());
}

#[test]
fn the_tests_crate_turns_on_exactly_the_vendors_it_uses() {
    let root = tests::root();
    let vendors: BTreeSet<String> = fs::read_dir(root.join(xtask::SPECS_DIR))
        .unwrap_or_else(|e| panic!("specs/: {e}"))
        .map(|entry| entry.unwrap_or_else(|e| panic!("{e}")).path())
        .filter(|path| path.is_dir())
        .filter_map(|path| Some(path.file_name()?.to_str()?.replace('-', "_")))
        .collect();
    let mut files = vec![root.join("README.md")];
    rust_files(&root.join("tests/src"), &mut files);
    rust_files(&root.join("tests/tests"), &mut files);
    let sources: Vec<String> = files
        .iter()
        .map(|path| fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}")))
        .collect();
    let used: BTreeSet<String> = vendors
        .iter()
        .filter(|vendor| {
            let path = format!("generated::{vendor}");
            sources.iter().any(|source| source.contains(&path))
        })
        .cloned()
        .collect();
    let manifest = toml_file("tests/Cargo.toml");
    let features = strings(&manifest["dependencies"]["generated"]["features"]);
    let turned_on: BTreeSet<String> = features.intersection(&vendors).cloned().collect();
    assert_eq!(
        turned_on, used,
        "tests/Cargo.toml should turn on the vendors the tests use, and only those"
    );
    assert!(!used.is_empty(), "the tests use no vendor module");
}
