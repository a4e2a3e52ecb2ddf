//! The work behind `cargo xtask`: reading `specs/` ([`specs`]), generating and reporting
//! ([`codegen`], [`report`]), comparing warnings with each vendor's accepted ones
//! ([`baseline`]), and writing ([`write`]) or checking ([`check`]) `generated/`; for CI, GitHub
//! annotations ([`github`]) and a Markdown summary ([`step_summary`]), and what a stale
//! `generated/` changes for code using it ([`api_diff`]).
//!
//! Everything is generated in memory first; `generated/` is touched only when every document
//! generated without error, so a broken spec leaves it exactly as it was. Only its owned part
//! ([`tree`]) is ever written, through a staging folder, never through a symbolic link, and by
//! one run at a time ([`lock`]).

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

pub mod api_diff;
pub mod baseline;
pub mod bench;
pub mod check;
pub mod codegen;
pub mod github;
pub mod lock;
pub mod names;
pub mod referenced;
pub mod report;
pub mod specs;
pub mod standalone;
pub mod step_summary;
pub mod tree;
pub mod write;

use anyhow::{Context, bail};
use generator::{CrateInput, Document, GeneratedFile, Warning};

pub use check::{Drift, check};
pub use codegen::{CodegenOptions, codegen, codegen_to};
pub use referenced::read_referenced;
pub use specs::{read_specs, read_vendor_module, read_vendors};
pub use standalone::{StandaloneOptions, generate_standalone};
pub use write::{Written, write};

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

/// How problems are printed: for a person, or as GitHub Actions workflow commands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Human,
    /// Annotations (`::warning file=…::…`) that GitHub shows on the pull request.
    Github,
}

impl std::str::FromStr for Format {
    type Err = anyhow::Error;

    fn from_str(text: &str) -> anyhow::Result<Format> {
        match text {
            "human" => Ok(Format::Human),
            "github" => Ok(Format::Github),
            other => bail!("--format is `human` or `github`, not `{other}`"),
        }
    }
}

/// Where a command prints: results to `out`, diagnostics to `err`. Tests capture both.
pub struct Console<'a> {
    pub out: &'a mut dyn std::io::Write,
    pub err: &'a mut dyn std::io::Write,
}

/// The workspace root: the parent of this crate's folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// `path` relative to `root`, with `/` separators, for messages and headers.
pub(crate) fn relative(root: &Path, path: &Path) -> String {
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
