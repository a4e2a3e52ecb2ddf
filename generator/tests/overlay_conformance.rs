//! The OAI Overlay Specification's compliant sets: each case folder holds `openapi.yaml`,
//! `overlay.yaml` and the expected `output.yaml`. Results are compared as decoded values, so
//! formatting, quoting and key order in the YAML files do not matter.

use std::fs;
use std::path::Path;

use generator::load::load;
use generator::overlay::{ApplyOptions, apply};
use serde_json::Value;

/// The shared corpus sits next to the workspace checkout.
const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/corpus/overlay-compliant-sets"
);

fn read(case: &Path, name: &str) -> Value {
    let path = case.join(name);
    let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    load(&path.display().to_string(), &bytes).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn compliant_sets() {
    let corpus = Path::new(CORPUS);
    let entries = fs::read_dir(corpus)
        .unwrap_or_else(|e| panic!("the overlay corpus is missing at {}: {e}", corpus.display()));
    let mut cases: Vec<_> = entries
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("{}: {e}", corpus.display()))
                .path()
        })
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases under {}", corpus.display());

    let mut failures = Vec::new();
    for case in &cases {
        let mut document = read(case, "openapi.yaml");
        let overlay = read(case, "overlay.yaml");
        let expected = read(case, "output.yaml");
        let overlay_file = case.join("overlay.yaml").display().to_string();
        match apply(
            &mut document,
            &overlay_file,
            &overlay,
            &ApplyOptions::default(),
        ) {
            Ok(()) if document == expected => {}
            Ok(()) => failures.push(format!(
                "{}: result differs from output.yaml\n{}",
                case.display(),
                serde_json::to_string_pretty(&document).unwrap_or_default()
            )),
            Err(e) => failures.push(format!("{}: {e}", case.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    eprintln!("{} overlay compliant sets passed", cases.len());
}
