//! The part of a generated crate's folder that the generator owns: `Cargo.toml` and everything
//! under `src/`. Elsewhere (`Cargo.lock`, `target/`) files are left alone.
//!
//! The owned part is listed without following symbolic links, and a link in it is refused:
//! reading, replacing or removing through a link would touch files outside the crate.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::Path;

use anyhow::{Context, bail};

use crate::relative;

/// The folder the generator owns entirely: a file in it that is not generated is stale.
pub const OWNED_DIR: &str = "src";
/// The files beside `src/` that the generator owns.
pub const OWNED_FILES: &[&str] = &["Cargo.toml"];

/// `dir/path` for messages: the crate folder's own name, then the path inside it.
pub fn display(dir: &Path, path: &str) -> String {
    let name = dir
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    if path.is_empty() {
        name
    } else {
        format!("{name}/{path}")
    }
}

/// Every file of the owned part of `dir`, as `/`-separated paths relative to `dir`. Fails,
/// naming it, on the first symbolic link or anything else that is neither file nor folder.
pub fn owned_files(dir: &Path) -> anyhow::Result<BTreeSet<String>> {
    let mut found = BTreeSet::new();
    for name in OWNED_FILES {
        if let Some(kind) = kind_of(dir, name)? {
            if !kind.is_file() {
                bail!("{}: {}", display(dir, name), refusal(kind));
            }
            found.insert((*name).to_owned());
        }
    }
    match kind_of(dir, OWNED_DIR)? {
        None => return Ok(found),
        Some(kind) if !kind.is_dir() => bail!("{}: {}", display(dir, OWNED_DIR), refusal(kind)),
        Some(_) => {}
    }
    let mut pending = vec![dir.join(OWNED_DIR)];
    while let Some(folder) = pending.pop() {
        let unreadable = || format!("cannot read {}", folder.display());
        for entry in fs::read_dir(&folder).with_context(unreadable)? {
            let entry = entry.with_context(unreadable)?;
            let path = entry.path();
            // `DirEntry::file_type` describes the entry itself, never a link's target.
            let kind = entry.file_type().with_context(unreadable)?;
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() {
                found.insert(relative(dir, &path));
            } else {
                bail!("{}: {}", display(dir, &relative(dir, &path)), refusal(kind));
            }
        }
    }
    Ok(found)
}

/// What `dir/name` is, without following a link; `None` when it does not exist.
fn kind_of(dir: &Path, name: &str) -> anyhow::Result<Option<fs::FileType>> {
    match fs::symlink_metadata(dir.join(name)) {
        Ok(metadata) => Ok(Some(metadata.file_type())),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => {
            Err(error).with_context(|| format!("cannot read {}", dir.join(name).display()))
        }
    }
}

fn refusal(kind: fs::FileType) -> &'static str {
    if kind.is_symlink() {
        "is a symbolic link; the generated crate's Cargo.toml and src/ must hold only real \
         files and folders, so nothing was read or written. Remove the link and run again"
    } else if kind.is_dir() {
        "is a folder where the generator writes a file; remove it and run again"
    } else {
        "is neither a file nor a folder; remove it and run again"
    }
}
