//! One writer at a time per generated crate: `codegen` (and `generate --out`) hold an exclusive
//! lock on `<crate>/.codegen.lock` from before they look at the crate until they are done, and
//! `codegen --check` a shared one, so that two runs on one tree never interleave their staging
//! and swaps, and a check never reads a swap half done. A second run waits, saying so on
//! stderr, until the first is done.
//!
//! The lock is the operating system's advisory file lock (`flock` on Unix): it goes with the
//! process, so a run that is killed never leaves the crate locked. The file itself stays, empty.

use std::fs::{self, File, TryLockError};
use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;

use crate::tree;

/// The lock file, inside the crate folder (beside `Cargo.toml`, outside the owned part).
pub const LOCK_FILE: &str = ".codegen.lock";

/// A held lock; dropping it (or the process ending) releases it.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Locks `dir` (created if missing) for writing, waiting for any other run to finish.
pub fn exclusive(dir: &Path, err: &mut dyn Write) -> anyhow::Result<Lock> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let file = open(dir)?;
    acquire(dir, file, err, File::try_lock, File::lock)
}

/// Locks `dir` for reading, waiting for a run that writes it; `None` when no run ever locked
/// it (there is no lock file, and a check writes nothing, so it makes none).
pub fn shared(dir: &Path, err: &mut dyn Write) -> anyhow::Result<Option<Lock>> {
    match fs::symlink_metadata(dir.join(LOCK_FILE)) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        _ => {}
    }
    let file = open(dir)?;
    acquire(dir, file, err, File::try_lock_shared, File::lock_shared).map(Some)
}

fn acquire(
    dir: &Path,
    file: File,
    err: &mut dyn Write,
    try_lock: fn(&File) -> Result<(), TryLockError>,
    lock: fn(&File) -> io::Result<()>,
) -> anyhow::Result<Lock> {
    let shown = tree::display(dir, LOCK_FILE);
    match try_lock(&file) {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            writeln!(
                err,
                "note: another `cargo xtask` run is using {} ({shown} is locked); waiting for it \
                 to finish",
                tree::display(dir, "")
            )?;
            lock(&file).with_context(|| format!("cannot lock {shown}"))?;
        }
        Err(TryLockError::Error(error)) => {
            return Err(error).with_context(|| format!("cannot lock {shown}"));
        }
    }
    Ok(Lock { _file: file })
}

/// Opens (or creates) the lock file without following a link at its name, so that the lock can
/// never create or touch a file elsewhere.
fn open(dir: &Path) -> anyhow::Result<File> {
    let path = dir.join(LOCK_FILE);
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    options.open(&path).with_context(|| {
        format!(
            "cannot open {}: it must be a plain file (not a symbolic link)",
            tree::display(dir, LOCK_FILE)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_exclusive_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let first = exclusive(dir.path(), &mut Vec::new()).unwrap();
        let (sender, receiver) = std::sync::mpsc::channel();
        let path = dir.path().to_path_buf();
        let waiter = std::thread::spawn(move || {
            let mut said = Vec::new();
            let lock = exclusive(&path, &mut said).unwrap();
            sender.send(()).unwrap();
            drop(lock);
            String::from_utf8(said).unwrap()
        });
        let blocked = receiver.recv_timeout(std::time::Duration::from_millis(300));
        assert!(blocked.is_err(), "the second lock did not wait");
        drop(first);
        receiver
            .recv_timeout(std::time::Duration::from_secs(10))
            .unwrap();
        let said = waiter.join().unwrap();
        assert!(said.contains("is locked); waiting"), "{said}");
    }

    #[test]
    fn shared_locks_share_and_wait_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        assert!(shared(dir.path(), &mut Vec::new()).unwrap().is_none());
        assert!(!dir.path().join(LOCK_FILE).exists(), "a check made a file");
        let writer = exclusive(dir.path(), &mut Vec::new()).unwrap();
        drop(writer);
        let a = shared(dir.path(), &mut Vec::new()).unwrap();
        let b = shared(dir.path(), &mut Vec::new()).unwrap();
        assert!(a.is_some() && b.is_some());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_at_the_lock_name_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let target = elsewhere.path().join("victim");
        std::os::unix::fs::symlink(&target, dir.path().join(LOCK_FILE)).unwrap();
        let message = format!("{:#}", exclusive(dir.path(), &mut Vec::new()).unwrap_err());
        assert!(message.contains("not a symbolic link"), "{message}");
        assert!(!target.exists(), "the lock created a file through the link");
    }
}
