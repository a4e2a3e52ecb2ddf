//! A short run of each fuzz target in `fuzz/` (half a minute each), kept out of the default
//! run with the other slow sweeps:
//!
//! ```sh
//! cargo test -p tests --release --test end_to_end -- --ignored --nocapture corpus_sweep:: fuzz_smoke::
//! ```
//!
//! It installs what it needs: cargo-fuzz at the version pinned below, into
//! `target/cargo-fuzz/`, and the nightly toolchain through rustup when it is missing. The
//! targets are built in `target/fuzz/`, apart from the workspace's own builds.

use std::path::PathBuf;
use std::process::Command;

/// The cargo-fuzz release the smoke run installs and uses.
const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// Seconds each target runs.
const SECONDS: u32 = 30;

/// `target/cargo-fuzz/bin`, holding the pinned cargo-fuzz.
fn cargo_fuzz() -> PathBuf {
    let root = tests::root().join("target/cargo-fuzz");
    let bin = root.join("bin");
    let installed = Command::new(bin.join("cargo-fuzz"))
        .arg("--version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains(CARGO_FUZZ_VERSION));
    if !installed {
        let status = Command::new(env!("CARGO"))
            .args(["install", "--locked", "--quiet", "cargo-fuzz", "--version"])
            .arg(CARGO_FUZZ_VERSION)
            .arg("--root")
            .arg(&root)
            .status()
            .unwrap_or_else(|e| panic!("cannot run cargo install: {e}"));
        assert!(status.success(), "cargo install cargo-fuzz failed");
    }
    bin
}

/// Makes sure rustup has a nightly toolchain, which cargo-fuzz builds with.
fn nightly() {
    let listed = Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .unwrap_or_else(|e| panic!("rustup is needed to build the fuzz targets: {e}"));
    if !String::from_utf8_lossy(&listed.stdout).contains("nightly") {
        let status = Command::new("rustup")
            .args(["toolchain", "install", "nightly", "--profile", "minimal"])
            .status()
            .unwrap_or_else(|e| panic!("cannot run rustup: {e}"));
        assert!(status.success(), "rustup toolchain install nightly failed");
    }
}

#[test]
#[ignore = "slow: builds and runs the fuzz targets; see the module docs"]
fn each_fuzz_target_runs_without_a_crash() {
    let bin = cargo_fuzz();
    nightly();
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    for target in ["pipeline", "decoder"] {
        let output = Command::new(tests::root().join("fuzz/run"))
            .arg(target)
            .arg(SECONDS.to_string())
            .env("PATH", &path)
            .env("CARGO_TARGET_DIR", tests::root().join("target/fuzz"))
            // The toolchain of the outer `cargo test` must not pin the inner nightly build.
            .env_remove("RUSTUP_TOOLCHAIN")
            .env_remove("RUSTFLAGS")
            .output()
            .unwrap_or_else(|e| panic!("cannot run fuzz/run: {e}"));
        let log = String::from_utf8_lossy(&output.stderr);
        let last = log
            .lines()
            .rev()
            .find(|line| line.contains("DONE") || line.contains("cov:"))
            .unwrap_or("(no coverage line)");
        println!("{target}: {last}");
        assert!(
            output.status.success(),
            "fuzz target {target} failed:\n{}",
            log.lines()
                .rev()
                .take(60)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(
            log.contains("Done "),
            "{target} did not finish its run:\n{log}"
        );
    }
}
