//! Slow sweeps over the real documents in `../shared/corpus/`, kept out of the default run:
//!
//! ```sh
//! cargo test -p tests --release --test corpus_sweep -- --ignored --nocapture
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::{CrateInput, Document, ModuleInput};

fn corpus() -> PathBuf {
    tests::root().join("../shared/corpus")
}

/// Every OpenAPI/Swagger document of the corpus (overlay fixtures and fragments excluded).
fn documents() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![corpus()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "overlay-compliant-sets" {
                    pending.push(path);
                }
            } else if [".yaml", ".yml", ".json"].iter().any(|e| name.ends_with(e)) {
                found.push(path);
            }
        }
    }
    found.sort();
    assert!(
        found.len() > 150,
        "corpus not found at {}",
        corpus().display()
    );
    found
}

fn module_input(path: &Path) -> ModuleInput {
    let relative = path
        .strip_prefix(corpus())
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let mut input = ModuleInput {
        module: relative.replace(['/', '.', '-'], "_"),
        document: Document {
            file: relative,
            bytes: std::fs::read(path).unwrap(),
        },
        overlays: Vec::new(),
        referenced: Vec::new(),
        root: None,
    };
    // A reference that cannot be read is reported again, as the document's error, when it is
    // generated.
    let _ = xtask::read_referenced(&mut input, path.parent().unwrap());
    input
}

/// Every document either generates or is refused with an error that names an unsupported
/// dialect or a broken document; nothing panics.
#[test]
#[ignore = "slow corpus sweep; see the module docs"]
fn every_corpus_document_generates_or_is_refused_clearly() {
    let mut generated = 0;
    let mut refused: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut warnings_by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for path in documents() {
        let input = module_input(&path);
        match generator::lower_module(&input, &mut ()) {
            Ok(generator::Lowered { api, warnings, .. }) => {
                generated += 1;
                for warning in &warnings {
                    *warnings_by_kind.entry(warning.kind).or_default() += 1;
                }
                println!(
                    "ok   {:<80} {:>5} operations {:>5} types {:>5} warnings",
                    input.document.file,
                    api.operations.len(),
                    api.types.len(),
                    warnings.len()
                );
            }
            Err(error) => {
                println!("err  {error}");
                let reason = if error.message.contains("is not supported yet; ") {
                    "unsupported dialect"
                } else if error.message.contains("not supported yet") {
                    "unsupported construct"
                } else if error.message.contains("no `openapi` field") {
                    "not an OpenAPI document (fragment)"
                } else {
                    "other"
                };
                refused
                    .entry(reason.to_owned())
                    .or_default()
                    .push(error.to_string());
            }
        }
    }
    println!("\n{generated} generated; warnings by kind: {warnings_by_kind:?}");
    for (reason, errors) in &refused {
        println!("{} refused: {reason}", errors.len());
    }
    assert_eq!(refused.get("other"), None, "unexpected refusals");
}

/// A crate of several real documents compiles with zero clippy warnings.
#[test]
#[ignore = "slow corpus sweep; see the module docs"]
fn corpus_crate_passes_clippy() {
    let selection = [
        "redocly-museum/openapi.yaml",
        "readme-oas-examples/3.1/yaml/train-travel.yaml",
        "readme-oas-examples/3.1/yaml/schema-types.yaml",
        "readme-oas-examples/3.0/yaml/petstore.yaml",
        "vendors/snaptrade/api.yaml",
        "sendgrid/oai_v3_stoplight.json",
        "stripe/spec3.json",
    ];
    let input = CrateInput {
        package: "corpus".to_owned(),
        description: "Corpus documents, generated for the clippy sweep.".to_owned(),
        source: "the corpus documents".to_owned(),
        command: "cargo test -p tests --test corpus_sweep".to_owned(),
        standalone: true,
        modules: selection
            .iter()
            .map(|file| module_input(&corpus().join(file)))
            .collect(),
    };
    let files = xtask::generate_files(&input, false).unwrap();
    let out = tests::root().join("target/corpus-sweep/crate");
    xtask::write(&out, &files).unwrap();
    let status = Command::new(env!("CARGO"))
        .args(["clippy", "--quiet", "--all-features", "--manifest-path"])
        .arg(out.join("Cargo.toml"))
        .args(["--", "-D", "warnings"])
        .env(
            "CARGO_TARGET_DIR",
            tests::root().join("target/corpus-sweep/target"),
        )
        .status()
        .unwrap();
    assert!(status.success(), "clippy failed on {}", out.display());
}
