//! Command-line tools the tests run from npm packages, each pinned in a folder of its own
//! (`package.json` and `package-lock.json` committed) and installed there on first use.
//!
//! The install is `npm ci` from the committed lockfile (node and npm must be on `PATH`); it
//! runs at most once per process and tool, a lock file keeps two processes from installing at
//! once, and the install is staged beside `node_modules` and renamed into place, so an
//! interrupted install leaves nothing half done. A failed install is a panic in the test that
//! needed the tool, never a skipped test.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

/// How long to wait for another process that holds the install lock.
const LOCK_TIMEOUT: Duration = Duration::from_secs(600);
/// An install lock that names no process and is older than this was left by a crash.
const UNNAMED_LOCK_AGE: Duration = Duration::from_secs(30);

/// A tool: the npm package that provides it, pinned in `dir/package.json`.
#[derive(Debug, Clone, Copy)]
pub struct Tool<'a> {
    /// The package that `package.json` pins, e.g. `@stoplight/prism-cli`.
    pub package: &'a str,
    /// Its command in `node_modules/.bin`.
    pub command: &'a str,
    /// The folder holding `package.json`, `package-lock.json` and `.npmrc`.
    pub dir: &'a Path,
}

impl Tool<'_> {
    fn binary(&self) -> PathBuf {
        self.dir.join("node_modules/.bin").join(self.command)
    }

    /// The version `package.json` pins.
    fn pinned_version(&self) -> Result<String, String> {
        let file = self.dir.join("package.json");
        let text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let manifest: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        manifest["dependencies"][self.package]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("{} does not pin {}", file.display(), self.package))
    }

    /// The version in `node_modules`, if any.
    fn installed_version(&self) -> Option<String> {
        let file = self
            .dir
            .join("node_modules")
            .join(self.package)
            .join("package.json");
        let manifest: Value = serde_json::from_str(&fs::read_to_string(file).ok()?).ok()?;
        manifest["version"].as_str().map(str::to_owned)
    }

    fn is_installed(&self, pinned: &str) -> bool {
        self.binary().is_file() && self.installed_version().as_deref() == Some(pinned)
    }

    /// [`Tool::install`] at most once per process, whatever number of tests ask: `cell` keeps
    /// the outcome, and a failed install panics in every test that needs the tool.
    ///
    /// # Panics
    ///
    /// When npm is missing or `npm ci` fails; the message carries npm's output.
    pub fn install_once(&self, cell: &OnceLock<Result<PathBuf, String>>) -> PathBuf {
        match cell.get_or_init(|| self.install()) {
            Ok(path) => path.clone(),
            Err(message) => panic!("{} is not installed: {message}", self.package),
        }
    }

    /// The path of the tool's command, installing the pinned version first when it is missing
    /// or another version is installed.
    pub fn install(&self) -> Result<PathBuf, String> {
        let pinned = self.pinned_version()?;
        if self.is_installed(&pinned) {
            return Ok(self.binary());
        }
        let _lock = InstallLock::acquire(&self.dir.join("node_modules.lock"), self.package)?;
        // Another process may have installed it while this one waited for the lock.
        if self.is_installed(&pinned) {
            return Ok(self.binary());
        }
        let io_error = |path: &Path, e: io::Error| format!("{}: {e}", path.display());
        let staging = self.dir.join("node_modules.staging");
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(|e| io_error(&staging, e))?;
        }
        fs::create_dir(&staging).map_err(|e| io_error(&staging, e))?;
        for file in ["package.json", "package-lock.json", ".npmrc"] {
            fs::copy(self.dir.join(file), staging.join(file))
                .map_err(|e| io_error(&self.dir.join(file), e))?;
        }
        let started = Instant::now();
        let npm = Command::new("npm")
            .arg("ci")
            .arg("--prefix")
            .arg(&staging)
            .args(["--no-audit", "--no-fund"])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("could not run npm (the tests need node and npm on PATH): {e}"))?;
        if !npm.status.success() {
            let _ = fs::remove_dir_all(&staging);
            return Err(format!(
                "`npm ci --prefix {}` failed ({}):\n--- stderr\n{}\n--- stdout\n{}",
                staging.display(),
                npm.status,
                String::from_utf8_lossy(&npm.stderr),
                String::from_utf8_lossy(&npm.stdout),
            ));
        }
        let target = self.dir.join("node_modules");
        if target.exists() {
            fs::remove_dir_all(&target).map_err(|e| io_error(&target, e))?;
        }
        let installed = staging.join("node_modules");
        fs::rename(&installed, &target).map_err(|e| io_error(&installed, e))?;
        // Only the copied manifests are left; a failure here costs nothing.
        let _ = fs::remove_dir_all(&staging);
        if !self.is_installed(&pinned) {
            return Err(format!(
                "`npm ci` succeeded but {} is not {} {pinned}",
                self.binary().display(),
                self.package
            ));
        }
        eprintln!(
            "installed {} {pinned} in {:.1} s",
            self.package,
            started.elapsed().as_secs_f64()
        );
        Ok(self.binary())
    }
}

/// A file that exists while one process installs a tool; it holds that process's id.
pub(crate) struct InstallLock(PathBuf);

impl InstallLock {
    pub(crate) fn acquire(path: &Path, package: &str) -> Result<InstallLock, String> {
        let deadline = Instant::now() + LOCK_TIMEOUT;
        loop {
            match fs::File::create_new(path) {
                Ok(mut file) => {
                    let lock = InstallLock(path.to_path_buf());
                    write!(file, "{}", std::process::id())
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    return Ok(lock);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    if is_stale(path) {
                        let _ = fs::remove_file(path);
                        continue;
                    }
                    if Instant::now() >= deadline {
                        return Err(format!(
                            "another process has been installing {package} for {} s; if none \
                             is, delete {}",
                            LOCK_TIMEOUT.as_secs(),
                            path.display()
                        ));
                    }
                    thread::sleep(Duration::from_millis(250));
                }
                Err(e) => return Err(format!("{}: {e}", path.display())),
            }
        }
    }
}

impl Drop for InstallLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Whether the install lock at `path` was left by a process that no longer runs.
fn is_stale(path: &Path) -> bool {
    let Ok(text) = fs::read_to_string(path) else {
        // Gone already: the next attempt creates it.
        return false;
    };
    match text.trim().parse::<libc::pid_t>() {
        Ok(pid) if pid > 0 => !is_running(pid),
        // Its creator has not written its id yet, or died before it could.
        _ => fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| SystemTime::now().duration_since(modified).ok())
            .is_some_and(|age| age > UNNAMED_LOCK_AGE),
    }
}

fn is_running(pid: libc::pid_t) -> bool {
    // SAFETY: signal 0 only checks that the process exists; nothing is delivered.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}
