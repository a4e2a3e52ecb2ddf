//! The work behind `cargo xtask`: reading `specs/`, and writing or checking `generated/`.
//!
//! Everything is generated in memory first; `generated/` is touched only when every document
//! generated without error, so a broken spec leaves it exactly as it was.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

pub mod bench;

use anyhow::{Context, bail};
use generator::{CrateInput, Document, GeneratedFile, ModuleInput, Warning};

/// The command that regenerates `generated/`, named in its files' headers.
pub const CODEGEN_COMMAND: &str = "cargo xtask codegen";
/// Where the vendor documents live, relative to the workspace root.
pub const SPECS_DIR: &str = "specs";
/// The generated crate, relative to the workspace root.
pub const GENERATED_DIR: &str = "generated";
/// Each vendor folder's manifest.
pub const VENDOR_MANIFEST: &str = "vendor.toml";

/// Whether the command did what was asked (a stale check or denied warnings are failures).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failure,
}

#[derive(Debug, Clone, Default)]
pub struct CodegenOptions {
    /// Compare instead of writing.
    pub check: bool,
    /// Treat warnings as errors.
    pub deny_warnings: bool,
}

/// The workspace root: the parent of this crate's folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// `specs/<vendor>/vendor.toml`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct VendorManifest {
    /// The vendor's document, relative to the vendor folder.
    spec: String,
    /// OAI Overlay documents with our additions, applied in this order.
    #[serde(default)]
    overlays: Vec<String>,
}

/// Reads every vendor folder under `root/specs`, in name order.
pub fn read_specs(root: &Path) -> anyhow::Result<CrateInput> {
    let specs = root.join(SPECS_DIR);
    let mut vendors: Vec<PathBuf> = fs::read_dir(&specs)
        .with_context(|| format!("cannot read {}", specs.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    vendors.sort();
    let mut modules = Vec::new();
    for vendor in vendors {
        let manifest_path = vendor.join(VENDOR_MANIFEST);
        let display = relative(root, &manifest_path);
        let text = fs::read_to_string(&manifest_path)
            .with_context(|| format!("{display}: every vendor folder needs a {VENDOR_MANIFEST}"))?;
        let manifest: VendorManifest =
            toml::from_str(&text).with_context(|| format!("{display}: invalid manifest"))?;
        let module = vendor
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        modules.push(ModuleInput {
            module,
            document: read_document(root, &vendor.join(&manifest.spec))?,
            overlays: manifest
                .overlays
                .iter()
                .map(|overlay| read_document(root, &vendor.join(overlay)))
                .collect::<anyhow::Result<_>>()?,
        });
    }
    if modules.is_empty() {
        bail!("{} holds no vendor folders", specs.display());
    }
    Ok(CrateInput {
        package: "generated".to_owned(),
        description: "Typed request/response modules for the vendor APIs in specs/, one cargo \
                      feature per vendor."
            .to_owned(),
        source: SPECS_DIR.to_owned(),
        command: CODEGEN_COMMAND.to_owned(),
        standalone: false,
        modules,
    })
}

fn read_document(root: &Path, path: &Path) -> anyhow::Result<Document> {
    let file = relative(root, path);
    let bytes = fs::read(path).with_context(|| format!("cannot read {file}"))?;
    Ok(Document { file, bytes })
}

/// `path` relative to `root`, with `/` separators, for messages and headers.
fn relative(root: &Path, path: &Path) -> String {
    let path = path.strip_prefix(root).unwrap_or(path);
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Generates the crate's files, printing warnings; errors and denied warnings fail.
pub fn generate_files(
    input: &CrateInput,
    deny_warnings: bool,
) -> anyhow::Result<Vec<GeneratedFile>> {
    let generated = generator::generate(input).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        anyhow::anyhow!(
            "{} document(s) could not be generated; nothing was written:\n{}",
            errors.len(),
            lines.join("\n")
        )
    })?;
    report_warnings(&generated.warnings);
    if deny_warnings && !generated.warnings.is_empty() {
        bail!(
            "{} warning(s) and --deny-warnings was given; nothing was written",
            generated.warnings.len()
        );
    }
    Ok(generated.files)
}

/// Prints warnings grouped by kind, with a count per kind.
pub fn report_warnings(warnings: &[Warning]) {
    let mut by_kind: BTreeMap<&str, Vec<&Warning>> = BTreeMap::new();
    for warning in warnings {
        by_kind.entry(warning.kind).or_default().push(warning);
    }
    let mut err = std::io::stderr().lock();
    for (kind, warnings) in by_kind {
        let _ = writeln!(err, "warning: {} × {kind}", warnings.len());
        for warning in warnings {
            let _ = writeln!(err, "  {}: {}", warning.location, warning.message);
        }
    }
}

/// `cargo xtask codegen [--check]` for the workspace at `root`.
pub fn codegen(root: &Path, options: &CodegenOptions) -> anyhow::Result<Outcome> {
    let input = read_specs(root)?;
    let files = generate_files(&input, options.deny_warnings)?;
    let out = root.join(GENERATED_DIR);
    if options.check {
        let drift = check(&out, &files)?;
        if drift.is_empty() {
            println!("{GENERATED_DIR}/ is up to date ({} files)", files.len());
            return Ok(Outcome::Success);
        }
        for entry in &drift {
            println!("{entry}");
        }
        println!(
            "{GENERATED_DIR}/ is stale: {} file(s) differ. Run `{CODEGEN_COMMAND}` and commit the result.",
            drift.len()
        );
        Ok(Outcome::Failure)
    } else {
        let written = write(&out, &files)?;
        println!(
            "{GENERATED_DIR}/: {} file(s) written, {} removed, {} unchanged",
            written.written.len(),
            written.removed.len(),
            files.len() - written.written.len()
        );
        Ok(Outcome::Success)
    }
}

/// `cargo xtask generate <SPEC> --out <DIR>`: one document into a standalone crate.
pub fn generate_standalone(
    spec: &Path,
    out: &Path,
    module: Option<&str>,
    deny_warnings: bool,
) -> anyhow::Result<Outcome> {
    let bytes = fs::read(spec).with_context(|| format!("cannot read {}", spec.display()))?;
    let stem = spec
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "api".to_owned());
    let package = out
        .file_name()
        .map(|s| {
            s.to_string_lossy()
                .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "generated-api".to_owned());
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
        modules: vec![ModuleInput {
            module: module.map_or(stem, str::to_owned),
            document: Document {
                file: spec.display().to_string(),
                bytes,
            },
            overlays: Vec::new(),
        }],
    };
    let files = generate_files(&input, deny_warnings)?;
    let written = write(out, &files)?;
    println!(
        "{}: {} file(s) written, {} removed",
        out.display(),
        written.written.len(),
        written.removed.len()
    );
    Ok(Outcome::Success)
}

/// `cargo xtask overlay apply`: the document with the overlays applied, as YAML or JSON text.
pub fn apply_overlays(spec: &Path, overlays: &[PathBuf], json: bool) -> anyhow::Result<String> {
    let read = |path: &Path| -> anyhow::Result<Document> {
        Ok(Document {
            file: path.display().to_string(),
            bytes: fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
        })
    };
    let document = read(spec)?;
    let overlays = overlays
        .iter()
        .map(|o| read(o))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let value = generator::load_with_overlays(&document, &overlays)?;
    if json || document.file.ends_with(".json") {
        Ok(format!("{}\n", serde_json::to_string_pretty(&value)?))
    } else {
        Ok(generator::load::to_yaml(&value)?)
    }
}

/// How one file on disk differs from what generation produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// The file exists but its contents differ; `diff` is a unified diff from disk to fresh.
    Stale { path: String, diff: String },
    /// The file should exist but does not.
    Missing { path: String },
    /// The file exists but is no longer generated.
    Extra { path: String },
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::Stale { path, diff } => write!(f, "stale: {path}\n{diff}"),
            Drift::Missing { path } => write!(f, "missing: {path}"),
            Drift::Extra { path } => write!(f, "extra (no longer generated): {path}"),
        }
    }
}

/// The folder of a generated crate that the generator owns entirely: a file in it that is not
/// generated is stale. Elsewhere (`Cargo.lock`, `target/`) files are left alone.
const OWNED_DIR: &str = "src";

/// Every file under `dir/src`, as `/`-separated paths relative to `dir`.
fn existing_files(dir: &Path) -> anyhow::Result<BTreeSet<String>> {
    let mut found = BTreeSet::new();
    let owned = dir.join(OWNED_DIR);
    if !owned.exists() {
        return Ok(found);
    }
    let mut pending = vec![owned];
    while let Some(folder) = pending.pop() {
        for entry in
            fs::read_dir(&folder).with_context(|| format!("cannot read {}", folder.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.insert(relative(dir, &path));
            }
        }
    }
    Ok(found)
}

/// Compares `files` with `dir` without writing anything.
pub fn check(dir: &Path, files: &[GeneratedFile]) -> anyhow::Result<Vec<Drift>> {
    let display = |path: &str| {
        format!(
            "{}/{path}",
            dir.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        )
    };
    let mut existing = existing_files(dir)?;
    let mut drift = Vec::new();
    for file in files {
        existing.remove(&file.path);
        match fs::read(dir.join(&file.path)) {
            Err(_) => drift.push(Drift::Missing {
                path: display(&file.path),
            }),
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(bytes) => {
                let old = String::from_utf8_lossy(&bytes);
                let path = display(&file.path);
                let diff = similar::TextDiff::from_lines(old.as_ref(), file.contents.as_str())
                    .unified_diff()
                    .context_radius(3)
                    .header(&format!("a/{path}"), &format!("b/{path}"))
                    .to_string();
                drift.push(Drift::Stale { path, diff });
            }
        }
    }
    drift.extend(existing.into_iter().map(|path| Drift::Extra {
        path: display(&path),
    }));
    Ok(drift)
}

/// What [`write`] changed.
#[derive(Debug, Default)]
pub struct Written {
    pub written: Vec<String>,
    pub removed: Vec<String>,
}

/// Makes `dir` hold exactly `files`: changed files are replaced atomically (write to a
/// temporary file, then rename), unchanged ones are left alone, and others are removed.
pub fn write(dir: &Path, files: &[GeneratedFile]) -> anyhow::Result<Written> {
    let mut result = Written::default();
    let mut existing = existing_files(dir)?;
    for file in files {
        existing.remove(&file.path);
        let path = dir.join(&file.path);
        if fs::read(&path).is_ok_and(|bytes| bytes == file.contents.as_bytes()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let temporary = path.with_extension("tmp~");
        fs::write(&temporary, &file.contents)
            .with_context(|| format!("cannot write {}", temporary.display()))?;
        fs::rename(&temporary, &path)
            .with_context(|| format!("cannot replace {}", path.display()))?;
        result.written.push(file.path.clone());
    }
    for extra in existing {
        let path = dir.join(&extra);
        fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
        result.removed.push(extra);
    }
    Ok(result)
}
