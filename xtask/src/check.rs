//! `cargo xtask codegen --check`: how `generated/` differs from what generation produces,
//! without writing anything.

use std::fs;
use std::path::Path;

use generator::GeneratedFile;

use crate::{tree, write};

/// How one file on disk differs from what generation produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// The file exists but its contents differ; `diff` is a unified diff from disk to fresh.
    Stale { path: String, diff: String },
    /// The file should exist but does not.
    Missing { path: String },
    /// The file exists but is no longer generated.
    Extra { path: String },
    /// An interrupted run left its staging folder; the next `codegen` finishes or discards it.
    Unfinished { path: String },
}

impl Drift {
    /// The file concerned, as `generated/…`.
    pub fn path(&self) -> &str {
        match self {
            Drift::Stale { path, .. }
            | Drift::Missing { path }
            | Drift::Extra { path }
            | Drift::Unfinished { path } => path,
        }
    }

    /// What is wrong with it, in a few words.
    pub fn kind(&self) -> &'static str {
        match self {
            Drift::Stale { .. } => "differs from what generation produces",
            Drift::Missing { .. } => "is missing",
            Drift::Extra { .. } => "is no longer generated",
            Drift::Unfinished { .. } => "was left by an interrupted run",
        }
    }
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::Stale { path, diff } => write!(f, "stale: {path}\n{diff}"),
            Drift::Missing { path } => write!(f, "missing: {path}"),
            Drift::Extra { path } => write!(f, "extra (no longer generated): {path}"),
            Drift::Unfinished { path } => {
                write!(f, "unfinished (left by an interrupted run): {path}")
            }
        }
    }
}

/// Compares `files` with `dir` without writing anything. Symbolic links in the owned part of
/// `dir` are an error, as they are for writing.
pub fn check(dir: &Path, files: &[GeneratedFile]) -> anyhow::Result<Vec<Drift>> {
    let mut drift = Vec::new();
    if fs::symlink_metadata(dir.join(write::STAGING_DIR)).is_ok() {
        drift.push(Drift::Unfinished {
            path: tree::display(dir, write::STAGING_DIR),
        });
    }
    let mut existing = tree::owned_files(dir)?;
    for file in files {
        existing.remove(&file.path);
        let path = tree::display(dir, &file.path);
        match fs::read(dir.join(&file.path)) {
            Err(_) => drift.push(Drift::Missing { path }),
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(bytes) => {
                let old = String::from_utf8_lossy(&bytes);
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
        path: tree::display(dir, &path),
    }));
    Ok(drift)
}
