//! The generated text depends on nothing installed on the machine: with an empty `PATH` and a
//! `RUSTFMT` that always fails, `generate` writes the same bytes as in the normal environment.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/vendors/pets/openapi.yaml")
}

/// Runs `xtask generate` into `out`, with the environment `configure` leaves.
fn generate(out: &Path, configure: impl FnOnce(&mut Command)) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
    command
        .arg("generate")
        .arg(fixture())
        .args(["--module", "pets", "--package", "pets", "--out"])
        .arg(out);
    configure(&mut command);
    let output = command.output().expect("xtask runs");
    assert!(
        output.status.success(),
        "xtask generate failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Every file under `dir`, as (path relative to `dir`, bytes), in path order.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(dir).unwrap().to_path_buf();
                found.push((relative, fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn output_is_the_same_without_rustfmt_or_any_program_on_the_path() {
    let temp = tempfile::tempdir().unwrap();
    let normal = temp.path().join("normal");
    let bare = temp.path().join("bare");
    generate(&normal, |_| {});
    generate(&bare, |command| {
        command
            .env_clear()
            .env("PATH", "")
            .env("RUSTFMT", "/bin/false");
    });
    let normal_files = files(&normal);
    assert!(
        normal_files
            .iter()
            .any(|(path, _)| path.ends_with("src/pets/mod.rs")),
        "{normal_files:?}"
    );
    // The `--out` folder is named in the files' headers; it is the one expected difference.
    let strip_out = |files: Vec<(PathBuf, Vec<u8>)>, out: &Path| -> Vec<(PathBuf, String)> {
        files
            .into_iter()
            .map(|(path, bytes)| {
                let text = String::from_utf8(bytes).unwrap();
                (path, text.replace(&out.display().to_string(), "<out>"))
            })
            .collect()
    };
    assert_eq!(
        strip_out(normal_files, &normal),
        strip_out(files(&bare), &bare)
    );
}
