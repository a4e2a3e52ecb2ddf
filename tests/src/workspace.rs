//! A throwaway workspace for the command-line tests: `specs/` holds copies of the small
//! fixture vendors in `tests/fixtures/vendors/`, and `generated/` is generated from them.
//!
//! The tests never read the real `specs/`, so a large vendor added there neither slows them
//! down nor changes what they check; `cargo xtask codegen --check` in CI covers the real tree.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use xtask::{CodegenOptions, Console, Outcome};

/// `tests/fixtures/vendors`: one folder per fixture vendor, laid out like `specs/<vendor>/`.
pub fn fixtures() -> PathBuf {
    crate::root().join("tests/fixtures/vendors")
}

/// What a command printed, and how it ended.
#[derive(Debug)]
pub struct Run {
    pub outcome: Outcome,
    pub out: String,
    pub err: String,
}

/// A temporary folder holding `specs/` and a fresh `generated/`.
pub struct Workspace {
    dir: tempfile::TempDir,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace::new()
    }
}

impl Workspace {
    /// Every fixture vendor, generated.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temporary folder: {e}"));
        copy_tree(&fixtures(), &dir.path().join(xtask::SPECS_DIR));
        let workspace = Workspace { dir };
        let run = workspace.run(&CodegenOptions::default());
        assert_eq!(run.outcome, Outcome::Success, "{run:?}");
        workspace
    }

    /// The workspace root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
    }

    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) {
        fs::write(self.path(relative), contents).unwrap_or_else(|e| panic!("{relative}: {e}"));
    }

    /// Every file of a vendor's module, `generated/src/<vendor>/`, one after the other in path
    /// order: for looking for an item wherever the module's layout puts it.
    pub fn module(&self, vendor: &str) -> String {
        module_text(&self.path(&format!("{}/src/{vendor}", xtask::GENERATED_DIR)))
    }

    /// Replaces `from` with `to` in a file, which must contain it.
    pub fn edit(&self, relative: &str, from: &str, to: &str) {
        let text = self.read(relative);
        assert!(text.contains(from), "{from:?} not in {relative}");
        self.write(relative, text.replace(from, to));
    }

    /// `cargo xtask codegen` with `options`, capturing what it prints; a failure to run at all
    /// (a broken document, a refused path) panics with its message.
    pub fn run(&self, options: &CodegenOptions) -> Run {
        self.try_run(options)
            .unwrap_or_else(|e| panic!("codegen failed: {e:#}"))
    }

    /// `cargo xtask codegen` with `options`, capturing what it prints.
    pub fn try_run(&self, options: &CodegenOptions) -> anyhow::Result<Run> {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let outcome = xtask::codegen_to(
            self.root(),
            options,
            &mut Console {
                out: &mut out,
                err: &mut err,
            },
        )?;
        Ok(Run {
            outcome,
            out: String::from_utf8_lossy(&out).into_owned(),
            err: String::from_utf8_lossy(&err).into_owned(),
        })
    }

    /// `cargo xtask codegen`.
    pub fn regenerate(&self) -> anyhow::Result<Outcome> {
        Ok(self.try_run(&CodegenOptions::default())?.outcome)
    }

    /// `cargo xtask codegen --check`.
    pub fn check(&self) -> anyhow::Result<Outcome> {
        Ok(self.try_run(&check())?.outcome)
    }

    /// Every file under `generated/` with its bytes.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut pending = vec![self.path(xtask::GENERATED_DIR)];
        while let Some(folder) = pending.pop() {
            for entry in fs::read_dir(&folder).unwrap_or_else(|e| panic!("{folder:?}: {e}")) {
                let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
                    files.insert(path, bytes);
                }
            }
        }
        files
    }
}

/// Every `.rs` file under `folder`, one after the other in path order.
pub fn module_text(folder: &Path) -> String {
    let mut paths = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap_or_else(|e| panic!("{folder:?}: {e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|path| fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}")))
        .collect()
}

/// The options of `codegen --check`.
pub fn check() -> CodegenOptions {
    CodegenOptions {
        check: true,
        ..CodegenOptions::default()
    }
}

/// Copies the files and folders under `from` into `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("{to:?}: {e}"));
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{from:?}: {e}")) {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{target:?}: {e}"));
        }
    }
}
