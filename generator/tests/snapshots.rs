//! Snapshots of what the generator writes, one small fixture document per feature.
//!
//! Every `tests/snapshots/fixtures/<name>.yaml` becomes module `<name>` of one generated crate
//! (the folder `src/<name>/`), and so does every `fixtures/<name>/openapi.yaml`, a document
//! whose `$ref`s name the other files of its folder, and each file `generate` returns must equal
//! the file at the same path under `tests/snapshots/`. That folder is the crate itself, a workspace member, so every snapshot is
//! also compiled and clippy-checked. The warnings of each fixture are kept beside it, in
//! `fixtures/<name>.warnings`, one line per warning.
//!
//! Refresh after an intended change, then review the diff:
//!
//! ```sh
//! UPDATE_EXPECT=1 cargo test -p generator --test snapshots
//! ```

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use expect_test::expect_file;
use generator::{CrateInput, Document, ModuleInput, Warning};

/// The snapshot crate's package name.
const PACKAGE: &str = "snapshots";
/// The command that refreshes the snapshots, named in every generated file's header.
const COMMAND: &str = "UPDATE_EXPECT=1 cargo test -p generator --test snapshots";
/// The fixtures, relative to the snapshot crate; documents are named by this relative path so
/// that nothing in the output depends on where the workspace is checked out.
const FIXTURES: &str = "fixtures";
/// The folder of the snapshot crate that generation owns entirely.
const SOURCES: &str = "src";

/// `tests/snapshots/` in the workspace.
fn crate_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generator crate has a parent folder")
        .join("tests")
        .join("snapshots")
}

/// The main document of a fixture that is a folder of files.
const FOLDER_DOCUMENT: &str = "openapi.yaml";

/// The names (file stems, or folder names) of every fixture document, sorted.
fn fixture_names() -> Vec<String> {
    let dir = crate_dir().join(FIXTURES);
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "yaml")
                || path.join(FOLDER_DOCUMENT).is_file()
        })
        .map(|path| {
            path.file_stem()
                .expect("a fixture has a file name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// The relative file name a fixture document is given.
fn fixture_file(name: &str) -> String {
    if crate_dir().join(FIXTURES).join(name).is_dir() {
        format!("{FIXTURES}/{name}/{FOLDER_DOCUMENT}")
    } else {
        format!("{FIXTURES}/{name}.yaml")
    }
}

/// Whether a warning or error about `file` belongs to fixture `name`.
fn belongs_to(file: &str, name: &str) -> bool {
    file == fixture_file(name) || file.starts_with(&format!("{FIXTURES}/{name}/"))
}

/// The other files of a folder fixture, named as the generator names referenced files.
fn referenced_files(name: &str) -> Vec<Document> {
    let dir = crate_dir().join(FIXTURES).join(name);
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files: Vec<Document> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.file_name().is_some_and(|n| n != FOLDER_DOCUMENT))
        .map(|path| {
            let file_name = path.file_name().expect("a file name").to_string_lossy();
            Document {
                file: format!("{FIXTURES}/{name}/{file_name}"),
                bytes: fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            }
        })
        .collect();
    files.sort_by(|a, b| a.file.cmp(&b.file));
    files
}

fn crate_input(names: &[String]) -> CrateInput {
    let modules = names
        .iter()
        .map(|name| {
            let file = fixture_file(name);
            let path = crate_dir().join(&file);
            let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            ModuleInput {
                module: name.clone(),
                document: Document { file, bytes },
                overlays: Vec::new(),
                referenced: referenced_files(name),
                selection: Default::default(),
                pagination: None,
                root: None,
            }
        })
        .collect();
    CrateInput {
        package: PACKAGE.to_owned(),
        description: "What the generator writes for each fixture document in \
                      tests/snapshots/fixtures, one module per fixture."
            .to_owned(),
        source: FIXTURES.to_owned(),
        command: COMMAND.to_owned(),
        standalone: false,
        modules_on_by_default: true,
        modules,
    }
}

/// One line per warning: kind, JSON pointer, message.
fn warning_lines(warnings: &[&Warning]) -> String {
    warnings
        .iter()
        .map(|w| {
            let message = w.message.replace('\n', " ");
            format!("{} #{} {message}\n", w.kind, w.location.pointer)
        })
        .collect()
}

fn updating() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some()
}

/// Compares `actual` with the file at `path`, returning whether they matched (or the file was
/// updated). `expect_test` prints the diff of a mismatch.
fn matches(path: &Path, actual: &str) -> bool {
    if updating()
        && let Some(folder) = path.parent()
    {
        // A new module's folder: `expect_file!` writes files, not folders.
        fs::create_dir_all(folder).expect("a snapshot folder can be created");
    }
    panic::catch_unwind(AssertUnwindSafe(|| expect_file![path].assert_eq(actual))).is_ok()
}

/// Relative `/`-separated paths of every file under `dir/src`.
fn existing_sources(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.join(SOURCES)];
    while let Some(folder) = pending.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(dir).expect("under the crate folder");
                let parts: Vec<_> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                found.push(parts.join("/"));
            }
        }
    }
    found.sort();
    found
}

/// Every `fixtures/*.warnings` file, as fixture names.
fn existing_warning_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir.join(FIXTURES))
        .expect("the fixtures folder")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "warnings"))
        .filter_map(|path| Some(path.file_stem()?.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

#[test]
fn generated_files_match_the_snapshot_crate() {
    let dir = crate_dir();
    let names = fixture_names();
    assert!(
        !names.is_empty(),
        "no fixture documents in {}",
        dir.join(FIXTURES).display()
    );
    let generated = generator::generate(&crate_input(&names)).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        panic!("a fixture does not generate:\n{}", lines.join("\n"))
    });

    let mut failures = Vec::new();

    for file in &generated.files {
        if !matches(&dir.join(&file.path), &file.contents) {
            failures.push(format!("{} differs", file.path));
        }
    }
    let returned: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    for stale in existing_sources(&dir) {
        if returned.contains(&stale.as_str()) {
            continue;
        }
        if updating() {
            let path = dir.join(&stale);
            fs::remove_file(&path).expect("a stale snapshot can be removed");
            // The folder of a module no longer generated goes with its last file.
            if let Some(folder) = path.parent()
                && fs::read_dir(folder).is_ok_and(|mut entries| entries.next().is_none())
            {
                fs::remove_dir(folder).expect("an empty snapshot folder can be removed");
            }
        } else {
            failures.push(format!("{stale} is no longer generated"));
        }
    }

    for name in &names {
        let warnings: Vec<&Warning> = generated
            .warnings
            .iter()
            .filter(|w| belongs_to(&w.location.file, name))
            .collect();
        let path = dir.join(FIXTURES).join(format!("{name}.warnings"));
        // `expect_file!` reads a missing file as empty; a fixture without warnings still has
        // its (empty) file, so that a lost file is noticed.
        if !path.exists() && !updating() {
            failures.push(format!("{FIXTURES}/{name}.warnings is missing"));
        } else if !path.exists() && warnings.is_empty() {
            fs::write(&path, "").expect("an empty warnings file can be written");
        } else if !matches(&path, &warning_lines(&warnings)) {
            failures.push(format!("{FIXTURES}/{name}.warnings differs"));
        }
    }
    let unattributed: Vec<String> = generated
        .warnings
        .iter()
        .filter(|w| !names.iter().any(|name| belongs_to(&w.location.file, name)))
        .map(ToString::to_string)
        .collect();
    assert!(
        unattributed.is_empty(),
        "warnings about no fixture: {unattributed:?}"
    );
    for stale in existing_warning_files(&dir) {
        if names.contains(&stale) {
            continue;
        }
        let path = dir.join(FIXTURES).join(format!("{stale}.warnings"));
        if updating() {
            fs::remove_file(&path).expect("a stale warnings file can be removed");
        } else {
            failures.push(format!(
                "{FIXTURES}/{stale}.warnings has no fixture document"
            ));
        }
    }

    assert!(
        failures.is_empty(),
        "the snapshots in {} are stale:\n  {}\nReview the diffs above; if the change is intended, \
         refresh with `{COMMAND}`.",
        dir.display(),
        failures.join("\n  ")
    );
}
