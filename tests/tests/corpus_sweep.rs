//! Slow sweeps over the real documents in `../shared/corpus/`, kept out of the default run:
//!
//! ```sh
//! cargo test -p tests --release --test end_to_end -- --ignored --nocapture corpus_sweep::
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

/// A corpus document as a module. Its references may read files of its group's folder (the
/// corpus's first level: `oai-examples/`, `sendgrid/`, …), as `generate --root` allows, so
/// that `petstore-separate/spec/swagger.yaml` reads `../common/Error.yaml`.
fn module_input(path: &Path) -> ModuleInput {
    let relative = path
        .strip_prefix(corpus())
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let group = relative.split('/').next().unwrap().to_owned();
    let mut input = ModuleInput {
        module: relative.replace(['/', '.', '-'], "_"),
        document: Document {
            file: relative,
            bytes: std::fs::read(path).unwrap(),
        },
        overlays: Vec::new(),
        referenced: Vec::new(),
        selection: Default::default(),
        pagination: None,
        root: Some(group.clone()),
    };
    // A reference that cannot be read is reported again, as the document's error, when it is
    // generated.
    let _ = xtask::read_referenced(&mut input, &corpus().join(group));
    input
}

/// The Swagger 2.0 and OpenAPI 3.2 documents of the corpus, relative to it.
fn swagger_2_0_and_openapi_3_2() -> Vec<String> {
    documents()
        .iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            let head: String = text.chars().take(400).collect();
            let dialect = [
                "swagger: \"2.0\"",
                "swagger: '2.0'",
                "\"swagger\": \"2.0\"",
                "openapi: 3.2",
                "\"openapi\": \"3.2",
            ]
            .iter()
            .any(|marker| head.contains(marker));
            dialect.then(|| {
                path.strip_prefix(corpus())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
        })
        .collect()
}

/// Every document either generates or is refused with an error that names an unsupported
/// dialect or a broken document; nothing panics.
#[test]
#[ignore = "slow corpus sweep; see the module docs"]
fn every_corpus_document_generates_or_is_refused_clearly() {
    let mut generated = 0;
    let (mut operations, mut documented) = (0, 0);
    let mut refused: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut warnings_by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for path in documents() {
        let input = module_input(&path);
        match generator::lower_module(&input, &mut ()) {
            Ok(generator::Lowered {
                api,
                warnings,
                documented_operations,
                ..
            }) => {
                generated += 1;
                operations += api.operations.len();
                documented += documented_operations;
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
    println!(
        "\n{generated} generated ({operations} of {documented} operations); warnings by kind: \
         {warnings_by_kind:?}"
    );
    for (reason, errors) in &refused {
        println!("{} refused: {reason}", errors.len());
    }
    assert_eq!(refused.get("other"), None, "unexpected refusals");
    assert_eq!(
        refused.get("unsupported dialect"),
        None,
        "every dialect of the corpus is read"
    );
}

/// Every Swagger 2.0 and OpenAPI 3.2 document generates: operations generated against those
/// the document describes, and warnings by kind, per document.
#[test]
#[ignore = "slow corpus sweep; see the module docs"]
fn every_swagger_2_0_and_openapi_3_2_document_generates() {
    let documents = swagger_2_0_and_openapi_3_2();
    assert_eq!(
        documents.len(),
        16,
        "14 Swagger 2.0 and 2 OpenAPI 3.2 documents"
    );
    println!();
    for relative in &documents {
        let input = module_input(&corpus().join(relative));
        let lowered = generator::lower_module(&input, &mut ())
            .unwrap_or_else(|error| panic!("{relative}: {error}"));
        let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
        for warning in &lowered.warnings {
            *by_kind.entry(warning.kind).or_default() += 1;
        }
        println!(
            "{relative:<64} {:>4} of {:>4} operations  {by_kind:?}",
            lowered.api.operations.len(),
            lowered.documented_operations
        );
    }
}

/// A crate of several real documents, and of every Swagger 2.0 and OpenAPI 3.2 one, compiles
/// with zero clippy warnings.
#[test]
#[ignore = "slow corpus sweep; see the module docs"]
fn corpus_crate_passes_clippy() {
    let mut selection: Vec<String> = [
        "redocly-museum/openapi.yaml",
        "readme-oas-examples/3.1/yaml/train-travel.yaml",
        "readme-oas-examples/3.1/yaml/schema-types.yaml",
        "readme-oas-examples/3.0/yaml/petstore.yaml",
        "vendors/snaptrade/api.yaml",
        "sendgrid/oai_v3_stoplight.json",
        "stripe/spec3.json",
    ]
    .map(str::to_owned)
    .to_vec();
    selection.extend(swagger_2_0_and_openapi_3_2());
    let input = CrateInput {
        package: "corpus".to_owned(),
        description: "Corpus documents, generated for the clippy sweep.".to_owned(),
        source: "the corpus documents".to_owned(),
        command: "cargo test -p tests --test end_to_end -- corpus_sweep::".to_owned(),
        standalone: true,
        modules_on_by_default: true,
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
