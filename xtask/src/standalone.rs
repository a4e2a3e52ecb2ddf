//! `cargo xtask generate <SPEC> --out <DIR>`: one document into a crate of its own.
//!
//! Generating replaces `DIR/Cargo.toml` and `DIR/src/`, so `DIR` must be a folder this command
//! made: it leaves a marker file there, and refuses any other non-empty folder unless told
//! `--force`.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use generator::{CrateInput, Document, ModuleInput};

use crate::{Outcome, generate_files, lock, names, write};

/// The file that marks a folder as made by `generate --out`, so that it may be regenerated.
pub const MARKER: &str = ".generated-by-xtask";

const MARKER_TEXT: &str = "\
This folder was made by `cargo xtask generate`. Generating into it again replaces its
Cargo.toml and src/ without asking; delete this file to protect them.
";

/// The options of `generate`.
#[derive(Debug, Clone, Default)]
pub struct StandaloneOptions {
    /// The module name (`--module`); by default the spec's file name.
    pub module: Option<String>,
    /// The package name (`--package`); by default made from the output folder's name.
    pub package: Option<String>,
    /// Write into a non-empty folder that this command did not make (`--force`).
    pub force: bool,
    /// Treat warnings as errors.
    pub deny_warnings: bool,
    /// The folder whose files the spec's `$ref`s may name (`--root`), which must hold the
    /// spec; by default the spec's own folder.
    pub root: Option<PathBuf>,
}

/// Generates `spec` into the crate folder `out`.
pub fn generate_standalone(
    spec: &Path,
    out: &Path,
    options: &StandaloneOptions,
) -> anyhow::Result<Outcome> {
    let package = match &options.package {
        Some(package) => {
            names::check_package(package).map_err(|why| anyhow::anyhow!("--package {why}"))?;
            package.clone()
        }
        None => derived_package(out)?,
    };
    let module = match &options.module {
        Some(module) => {
            names::standalone_module(module).map_err(|why| anyhow::anyhow!("--module {why}"))?
        }
        None => {
            let stem = spec
                .file_stem()
                .map_or_else(|| "api".to_owned(), |s| s.to_string_lossy().into_owned());
            names::standalone_module(&stem).map_err(|why| {
                anyhow::anyhow!(
                    "the module name comes from the file name of {}: {why}; pass --module NAME",
                    spec.display()
                )
            })?
        }
    };
    let owned = check_ownership(out, options.force)?;
    let bytes = fs::read(spec).with_context(|| format!("cannot read {}", spec.display()))?;
    // Relative `$ref`s to other files are read from the spec's folder, or from `--root`.
    let (file, root, folder) = match &options.root {
        None => {
            let folder = spec
                .parent()
                .filter(|folder| !folder.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            (spec.display().to_string(), None, folder.to_path_buf())
        }
        Some(root) => {
            let (file, root_name) = inside_root(spec, root)?;
            (file, Some(root_name), root.clone())
        }
    };
    let mut module = ModuleInput {
        module,
        document: Document { file, bytes },
        overlays: Vec::new(),
        referenced: Vec::new(),
        selection: Default::default(),
        pagination: None,
        root,
    };
    crate::read_referenced(&mut module, &folder)?;
    let input = CrateInput {
        package,
        description: format!("Typed request/response module for {}.", spec.display()),
        source: spec.display().to_string(),
        command: format!(
            "cargo xtask generate {} --out {}",
            spec.display(),
            out.display()
        ),
        standalone: true,
        modules_on_by_default: true,
        modules: vec![module],
    };
    let files = generate_files(&input, options.deny_warnings)?;
    if !owned {
        mark(out)?;
    }
    let _lock = lock::exclusive(out, &mut io::stderr())?;
    let written = write::write(out, &files)?;
    println!(
        "{}: {} file(s) written, {} removed",
        out.display(),
        written.written.len(),
        written.removed.len()
    );
    Ok(Outcome::Success)
}

/// The spec's name as `<root>/<path inside it>` and the root's name, as the generator names
/// the files of the root; an error when the spec is not inside `root` once links are followed.
fn inside_root(spec: &Path, root: &Path) -> anyhow::Result<(String, String)> {
    let canonical_root =
        fs::canonicalize(root).with_context(|| format!("cannot read --root {}", root.display()))?;
    let canonical_spec =
        fs::canonicalize(spec).with_context(|| format!("cannot read {}", spec.display()))?;
    let relative = canonical_spec
        .strip_prefix(&canonical_root)
        .map_err(|_| {
            anyhow::anyhow!(
                "{} is not inside --root {}; the root must hold the spec",
                spec.display(),
                root.display()
            )
        })?
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    let root_name = root.display().to_string();
    let root_name = root_name.trim_end_matches('/').to_owned();
    let file = if root_name.is_empty() {
        relative
    } else {
        format!("{root_name}/{relative}")
    };
    Ok((file, root_name))
}

/// The package name made from the output folder's name, checked.
fn derived_package(out: &Path) -> anyhow::Result<String> {
    let folder = out
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let package = names::package_from_folder(&folder);
    names::check_package(&package).map_err(|why| {
        anyhow::anyhow!(
            "the package name `{package}` made from the folder name of {}: {why}; pass \
             --package NAME",
            out.display()
        )
    })?;
    Ok(package)
}

/// Whether `out` is already marked as made by this command; an error when it is a non-empty
/// folder that is not, unless `force`. Nothing is written.
fn check_ownership(out: &Path, force: bool) -> anyhow::Result<bool> {
    let metadata = match fs::metadata(out) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(error) => return Err(error).with_context(|| format!("cannot read {}", out.display())),
    };
    if !metadata.is_dir() {
        bail!("{}: exists and is not a folder", out.display());
    }
    match fs::symlink_metadata(out.join(MARKER)) {
        Ok(marker) if marker.is_file() => return Ok(true),
        Ok(_) => bail!(
            "{}: is not a file; remove it and run again",
            out.join(MARKER).display()
        ),
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => {
            return Err(error)
                .with_context(|| format!("cannot read {}", out.join(MARKER).display()));
        }
    }
    let empty = fs::read_dir(out)
        .with_context(|| format!("cannot read {}", out.display()))?
        .next()
        .is_none();
    if !empty && !force {
        bail!(
            "{} is not empty and was not made by `cargo xtask generate` (it has no {MARKER}); \
             generating would replace its Cargo.toml and src/. Choose an empty or new folder, \
             or pass --force to replace them",
            out.display()
        );
    }
    Ok(false)
}

/// Creates `out` if needed and marks it as made by this command.
fn mark(out: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let path = out.join(MARKER);
    // `create_new` never follows a link at that name.
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(MARKER_TEXT.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))
}
