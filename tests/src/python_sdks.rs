//! The vendors' official Python SDKs, pinned in `tests/python-sdks/requirements.txt` (every
//! package, dependencies included), installed by the tests into a virtual environment under the
//! target directory on first use.
//!
//! The install runs `python3 -m venv` and `pip install -r requirements.txt` (PyPI only), at most
//! once per process; a lock file keeps two processes from installing at once, and the
//! environment is built beside its final place and renamed into it, so an interrupted install
//! leaves nothing half done. The environment remembers the requirements it was built from and is
//! rebuilt when they change. A failed install is a panic in the test that needed it, never a
//! skipped test.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Instant;

use crate::npm::InstallLock;

/// `tests/python-sdks`: the pinned requirements and the script that calls the SDKs.
pub fn dir() -> PathBuf {
    crate::root().join("tests/python-sdks")
}

/// The environment's Python, installing the pinned SDKs into `venv` first when it is missing or
/// was built from other requirements. At most once per process.
///
/// # Panics
///
/// When `python3` is missing or pip fails; the message carries pip's output.
pub fn ensure_installed(venv: &Path) -> PathBuf {
    static INSTALLED: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match INSTALLED.get_or_init(|| install(venv)) {
        Ok(python) => python.clone(),
        Err(message) => panic!("the vendors' Python SDKs are not installed: {message}"),
    }
}

/// The requirements an environment was built from, kept inside it.
const STAMP: &str = "requirements.installed.txt";

fn is_installed(venv: &Path, requirements: &str) -> bool {
    venv.join("bin/python").is_file()
        && fs::read_to_string(venv.join(STAMP)).is_ok_and(|stamp| stamp == requirements)
}

fn install(venv: &Path) -> Result<PathBuf, String> {
    let file = dir().join("requirements.txt");
    let requirements = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let python = venv.join("bin/python");
    if is_installed(venv, &requirements) {
        return Ok(python);
    }
    let parent = venv
        .parent()
        .ok_or_else(|| format!("{} has no parent folder", venv.display()))?;
    fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    let _lock = InstallLock::acquire(&venv.with_extension("lock"), "the Python SDKs")?;
    if is_installed(venv, &requirements) {
        return Ok(python);
    }
    let staging = venv.with_extension("staging");
    let remove = |path: &Path| -> Result<(), String> {
        if path.exists() {
            fs::remove_dir_all(path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        Ok(())
    };
    remove(&staging)?;
    let started = Instant::now();
    run(Command::new("python3").arg("-m").arg("venv").arg(&staging))?;
    run(Command::new(staging.join("bin/python"))
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(["--no-input", "--require-virtualenv", "-r"])
        .arg(&file))?;
    fs::write(staging.join(STAMP), &requirements)
        .map_err(|e| format!("{}: {e}", staging.display()))?;
    remove(venv)?;
    fs::rename(&staging, venv).map_err(|e| format!("{}: {e}", staging.display()))?;
    eprintln!(
        "installed the vendors' Python SDKs in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(python)
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("could not run {command:?} (the tests need python3 on PATH): {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "{command:?} failed ({}):\n--- stderr\n{}\n--- stdout\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(&output.stdout),
    ))
}
