//! Replacing the owned part of a generated crate (`Cargo.toml`, `src/`) so that an interrupted
//! run leaves either the old tree or the new one, never a mix.
//!
//! The new tree is built complete in a staging folder inside the crate folder (so that renames
//! stay on one file system) and synced to disk; a `ready` file, written last, marks it
//! complete. Then the swap, each step a rename followed by a sync of the folders involved:
//!
//! 1. `src/` → `.codegen-staging/old-src/` (moved aside)
//! 2. `.codegen-staging/src/` → `src/`
//! 3. `.codegen-staging/Cargo.toml` → `Cargo.toml` (replacing it)
//! 4. `.codegen-staging/` removed, with the old tree in it
//!
//! A run that finds a staging folder recovers first: without `ready` the staging was
//! unfinished and is discarded (the old tree was never touched); with `ready` the swap is
//! finished from whichever step it stopped at. Every step can be repeated from its result.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Component, Path};

use anyhow::{Context, bail};
use generator::GeneratedFile;

use crate::tree;

/// The staging folder, inside the crate folder.
pub const STAGING_DIR: &str = ".codegen-staging";
/// Written last into the staging folder: the new tree in it is complete and on disk.
const READY: &str = "ready";
/// Where the old `src/` waits in the staging folder until it is removed.
const OLD_SRC: &str = "old-src";

/// What [`write`] changed.
#[derive(Debug, Default)]
pub struct Written {
    /// Files whose contents changed or that are new.
    pub written: Vec<String>,
    /// Files of the owned part that are no longer generated.
    pub removed: Vec<String>,
}

/// Makes the owned part of `dir` hold exactly `files`. Nothing is written when it already
/// does; otherwise the whole owned part is replaced through a staging folder (see the module
/// docs). A symbolic link in the owned part is refused before anything is touched.
pub fn write(dir: &Path, files: &[GeneratedFile]) -> anyhow::Result<Written> {
    for file in files {
        check_owned_path(&file.path)?;
    }
    // Links are refused before recovery moves anything.
    tree::owned_files(dir)?;
    recover(dir)?;
    let mut result = Written::default();
    let mut existing = tree::owned_files(dir)?;
    for file in files {
        existing.remove(&file.path);
        let unchanged =
            fs::read(dir.join(&file.path)).is_ok_and(|bytes| bytes == file.contents.as_bytes());
        if !unchanged {
            result.written.push(file.path.clone());
        }
    }
    result.removed = existing.into_iter().collect();
    if result.written.is_empty() && result.removed.is_empty() {
        return Ok(result);
    }
    stage(dir, files)?;
    finish(dir)?;
    Ok(result)
}

/// Finishes or discards what an interrupted run left in `dir`, saying so on stderr. Returns
/// whether there was anything to recover.
pub fn recover(dir: &Path) -> anyhow::Result<bool> {
    let staging = dir.join(STAGING_DIR);
    let shown = tree::display(dir, STAGING_DIR);
    let metadata = match fs::symlink_metadata(&staging) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(error) => return Err(error).with_context(|| format!("cannot read {shown}")),
    };
    if !metadata.is_dir() {
        bail!(
            "{shown}: is not a folder the generator made (it is a file or a symbolic link); \
             remove it and run again"
        );
    }
    if is_file(&staging.join(READY))? {
        eprintln!("note: {shown}: finishing the update an interrupted run had staged");
        finish(dir)?;
    } else {
        eprintln!("note: {shown}: removing the unfinished staging of an interrupted run");
        fs::remove_dir_all(&staging).with_context(|| format!("cannot remove {shown}"))?;
        sync_dir(dir)?;
    }
    Ok(true)
}

/// Only `Cargo.toml` and files under `src/` are written, by plain relative paths.
fn check_owned_path(path: &str) -> anyhow::Result<()> {
    let plain = Path::new(path)
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    let owned = tree::OWNED_FILES.contains(&path)
        || path
            .strip_prefix(tree::OWNED_DIR)
            .is_some_and(|rest| rest.starts_with('/'));
    if !plain || !owned {
        bail!("internal error: the generator produced `{path}`, outside the files it owns");
    }
    Ok(())
}

/// Builds the new owned part in the staging folder and syncs it, `ready` last.
fn stage(dir: &Path, files: &[GeneratedFile]) -> anyhow::Result<()> {
    let staging = dir.join(STAGING_DIR);
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    fs::create_dir(&staging).with_context(|| format!("cannot create {}", staging.display()))?;
    // `src/` exists even when no file goes in it, so that the swap always has one to move.
    let mut folders = vec![staging.clone(), staging.join(tree::OWNED_DIR)];
    fs::create_dir(&folders[1])
        .with_context(|| format!("cannot create {}", folders[1].display()))?;
    for file in files {
        let path = staging.join(&file.path);
        if let Some(parent) = path.parent()
            && !folders.iter().any(|f| f == parent)
        {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
            folders.push(parent.to_path_buf());
        }
        write_new_file(&path, file.contents.as_bytes())?;
    }
    // Children before parents, so that each folder's entries are on disk when it is.
    folders.sort_by_key(|f| std::cmp::Reverse(f.components().count()));
    for folder in &folders {
        sync_dir(folder)?;
    }
    write_new_file(&staging.join(READY), b"")?;
    sync_dir(&staging)?;
    sync_dir(dir)
}

/// Swaps the staged tree in, from whichever step an earlier run stopped at.
fn finish(dir: &Path) -> anyhow::Result<()> {
    let staging = dir.join(STAGING_DIR);
    let new_src = staging.join(tree::OWNED_DIR);
    let old_src = staging.join(OLD_SRC);
    let src = dir.join(tree::OWNED_DIR);
    if exists(&new_src)? {
        if exists(&src)? {
            if exists(&old_src)? {
                bail!(
                    "{}: holds both a new and an old src/ while {} exists; it was not left by \
                     the generator, so nothing was changed. Remove it and run again",
                    tree::display(dir, STAGING_DIR),
                    tree::display(dir, tree::OWNED_DIR)
                );
            }
            rename(&src, &old_src)?;
            sync_dir(&staging)?;
            sync_dir(dir)?;
        }
        rename(&new_src, &src)?;
        sync_dir(dir)?;
        sync_dir(&staging)?;
    }
    for name in tree::OWNED_FILES {
        let staged = staging.join(name);
        if exists(&staged)? {
            rename(&staged, &dir.join(name))?;
            sync_dir(dir)?;
        }
    }
    // `remove_dir_all` removes links themselves, never what they point to.
    fs::remove_dir_all(&staging).with_context(|| format!("cannot remove {}", staging.display()))?;
    sync_dir(dir)
}

fn write_new_file(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(contents)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))
}

fn rename(from: &Path, to: &Path) -> anyhow::Result<()> {
    fs::rename(from, to)
        .with_context(|| format!("cannot move {} to {}", from.display(), to.display()))
}

/// Whether `path` exists, without following a link.
fn exists(path: &Path) -> anyhow::Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error).with_context(|| format!("cannot read {}", path.display())),
    }
}

fn is_file(path: &Path) -> anyhow::Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(metadata) => Ok(metadata.is_file()),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Puts a folder's entries (creations, renames, removals) on disk.
#[cfg(unix)]
fn sync_dir(path: &Path) -> anyhow::Result<()> {
    fs::File::open(path)
        .and_then(|folder| folder.sync_all())
        .with_context(|| format!("cannot sync {}", path.display()))
}

/// Folders cannot be opened for syncing here; the renames are still atomic one by one.
#[cfg(not(unix))]
fn sync_dir(_: &Path) -> anyhow::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// A crate folder holding an old generated tree and a file the generator does not own.
    fn old_crate() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("src")).unwrap();
        for (path, contents) in [
            ("Cargo.toml", "old"),
            ("Cargo.lock", "lock"),
            ("src/lib.rs", "old"),
            ("src/gone.rs", "old"),
        ] {
            fs::write(dir.path().join(path), contents).unwrap();
        }
        dir
    }

    fn new_files() -> Vec<GeneratedFile> {
        [
            ("Cargo.toml", "new"),
            ("src/lib.rs", "new"),
            ("src/added.rs", "new"),
        ]
        .into_iter()
        .map(|(path, contents)| GeneratedFile {
            path: path.to_owned(),
            contents: contents.to_owned(),
        })
        .collect()
    }

    /// Every file under `dir`, by `/`-separated relative path.
    fn contents(dir: &Path) -> BTreeMap<String, String> {
        let mut found = BTreeMap::new();
        let mut pending = vec![dir.to_path_buf()];
        while let Some(folder) = pending.pop() {
            for entry in fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    let text = fs::read_to_string(&path).unwrap();
                    found.insert(crate::relative(dir, &path), text);
                }
            }
        }
        found
    }

    fn tree(files: &[(&str, &str)]) -> BTreeMap<String, String> {
        files
            .iter()
            .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
            .collect()
    }

    fn old_tree() -> BTreeMap<String, String> {
        tree(&[
            ("Cargo.toml", "old"),
            ("Cargo.lock", "lock"),
            ("src/lib.rs", "old"),
            ("src/gone.rs", "old"),
        ])
    }

    fn new_tree() -> BTreeMap<String, String> {
        tree(&[
            ("Cargo.toml", "new"),
            ("Cargo.lock", "lock"),
            ("src/lib.rs", "new"),
            ("src/added.rs", "new"),
        ])
    }

    /// The swap's steps, as `finish` takes them; `steps[..n]` is the state after step `n`.
    fn swap_steps(dir: &Path) -> Vec<Box<dyn Fn()>> {
        let staging = dir.join(STAGING_DIR);
        let (d, s) = (dir.to_path_buf(), staging.clone());
        let step1 = move || fs::rename(d.join("src"), s.join(OLD_SRC)).unwrap();
        let (d, s) = (dir.to_path_buf(), staging.clone());
        let step2 = move || fs::rename(s.join("src"), d.join("src")).unwrap();
        let (d, s) = (dir.to_path_buf(), staging.clone());
        let step3 = move || fs::rename(s.join("Cargo.toml"), d.join("Cargo.toml")).unwrap();
        // Removing the staging folder stopped part way, after `ready` went.
        let s = staging;
        let step4 = move || fs::remove_file(s.join(READY)).unwrap();
        vec![
            Box::new(step1),
            Box::new(step2),
            Box::new(step3),
            Box::new(step4),
        ]
    }

    #[test]
    fn write_replaces_only_the_owned_part() {
        let dir = old_crate();
        let written = write(dir.path(), &new_files()).unwrap();
        assert_eq!(
            written.written,
            ["Cargo.toml", "src/lib.rs", "src/added.rs"]
        );
        assert_eq!(written.removed, ["src/gone.rs"]);
        assert_eq!(contents(dir.path()), new_tree());
    }

    #[test]
    fn unchanged_tree_is_not_rewritten() {
        let dir = old_crate();
        write(dir.path(), &new_files()).unwrap();
        let written = write(dir.path(), &new_files()).unwrap();
        assert!(written.written.is_empty() && written.removed.is_empty());
        assert_eq!(contents(dir.path()), new_tree());
    }

    #[test]
    fn nothing_to_recover_is_a_no_op() {
        let dir = old_crate();
        assert!(!recover(dir.path()).unwrap());
        assert_eq!(contents(dir.path()), old_tree());
    }

    #[test]
    fn unfinished_staging_is_discarded_and_the_old_tree_kept() {
        // Interrupted while staging: some files written, `ready` not yet.
        let dir = old_crate();
        let staging = dir.path().join(STAGING_DIR);
        fs::create_dir_all(staging.join("src")).unwrap();
        fs::write(staging.join("src/lib.rs"), "ne").unwrap();
        assert!(recover(dir.path()).unwrap());
        assert_eq!(contents(dir.path()), old_tree());

        // Interrupted after staging every file, just before `ready`.
        stage(dir.path(), &new_files()).unwrap();
        fs::remove_file(staging.join(READY)).unwrap();
        assert!(recover(dir.path()).unwrap());
        assert_eq!(contents(dir.path()), old_tree());
    }

    #[test]
    fn every_state_of_the_swap_recovers_to_the_new_tree() {
        for done in 0..=4 {
            let dir = old_crate();
            stage(dir.path(), &new_files()).unwrap();
            for step in &swap_steps(dir.path())[..done] {
                step();
            }
            assert!(recover(dir.path()).unwrap(), "after step {done}");
            assert_eq!(contents(dir.path()), new_tree(), "after step {done}");
        }
    }

    #[test]
    fn first_write_into_an_empty_folder_recovers_too() {
        // No old `src/` to move aside.
        let dir = tempfile::tempdir().unwrap();
        stage(dir.path(), &new_files()).unwrap();
        assert!(recover(dir.path()).unwrap());
        let mut expected = new_tree();
        expected.remove("Cargo.lock");
        assert_eq!(contents(dir.path()), expected);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_at_the_staging_name_is_refused() {
        let dir = old_crate();
        let elsewhere = tempfile::tempdir().unwrap();
        fs::write(elsewhere.path().join(READY), "").unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), dir.path().join(STAGING_DIR)).unwrap();
        let message = format!("{:#}", write(dir.path(), &new_files()).unwrap_err());
        assert!(message.contains("symbolic link"), "{message}");
        assert!(elsewhere.path().join(READY).exists());
        fs::remove_file(dir.path().join(STAGING_DIR)).unwrap();
        assert_eq!(contents(dir.path()), old_tree());
    }

    #[test]
    fn only_owned_paths_are_written() {
        for path in [
            "Cargo.lock",
            "../x.rs",
            "src/../../x.rs",
            "/tmp/x",
            "srcx/a.rs",
        ] {
            let files = [GeneratedFile {
                path: path.to_owned(),
                contents: String::new(),
            }];
            let dir = old_crate();
            assert!(write(dir.path(), &files).is_err(), "{path}");
            assert_eq!(contents(dir.path()), old_tree());
        }
    }
}
