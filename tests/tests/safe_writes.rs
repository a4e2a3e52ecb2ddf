//! The command line never damages a tree it does not own and never reads outside a vendor's
//! folder: vendor folder names cannot clobber crate files, `vendor.toml` cannot point outside
//! its folder, symbolic links in `generated/` are never followed, an interrupted run is
//! repaired by the next one, and `generate --out` refuses folders it did not make.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use tests::workspace::copy_tree;
use xtask::{Outcome, StandaloneOptions};

/// A fixture workspace (`tests::workspace`), and a second temporary folder standing for
/// everything outside the repository.
struct Workspace {
    inner: tests::workspace::Workspace,
    outside: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        Workspace {
            inner: tests::workspace::Workspace::new(),
            outside: tempfile::tempdir().unwrap(),
        }
    }

    fn root(&self) -> &Path {
        self.inner.root()
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.inner.path(relative)
    }

    /// A file outside the repository, with the given contents.
    fn outside_file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.outside.path().join(name);
        fs::write(&path, contents).unwrap();
        path
    }

    fn regenerate(&self) -> anyhow::Result<Outcome> {
        self.inner.regenerate()
    }

    fn check(&self) -> anyhow::Result<Outcome> {
        self.inner.check()
    }

    /// The error of a regeneration that must fail without changing `generated/`.
    fn rejected(&self) -> String {
        let before = snapshot(&self.path(xtask::GENERATED_DIR));
        let error = self.regenerate().expect_err("codegen should have failed");
        assert_unchanged(&before, &snapshot(&self.path(xtask::GENERATED_DIR)));
        format!("{error:#}")
    }

    /// Adds a vendor folder holding a copy of pets' files.
    fn add_vendor(&self, name: &str) {
        copy_tree(
            &self.path("specs/pets"),
            &self.path(&format!("specs/{name}")),
        );
    }
}

/// What a tree holds, without following symbolic links: each file's bytes, each link's target.
#[derive(Debug, PartialEq, Eq)]
enum Node {
    File(Vec<u8>),
    Link(PathBuf),
    Folder,
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Node> {
    let mut nodes = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(folder).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let kind = entry.file_type().unwrap();
            let node = if kind.is_symlink() {
                Node::Link(fs::read_link(&path).unwrap())
            } else if kind.is_dir() {
                pending.push(path.clone());
                Node::Folder
            } else {
                Node::File(fs::read(&path).unwrap())
            };
            nodes.insert(path, node);
        }
    }
    nodes
}

/// Fails naming the paths that differ between two snapshots.
fn assert_unchanged(before: &BTreeMap<PathBuf, Node>, after: &BTreeMap<PathBuf, Node>) {
    let changed: Vec<&PathBuf> = before
        .keys()
        .chain(after.keys())
        .filter(|path| before.get(*path) != after.get(*path))
        .collect();
    assert!(changed.is_empty(), "changed: {changed:?}");
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

fn pets_spec() -> PathBuf {
    tests::workspace::fixtures().join("pets/openapi.yaml")
}

fn standalone(out: &Path) -> anyhow::Result<Outcome> {
    xtask::generate_standalone(&pets_spec(), out, &StandaloneOptions::default())
}

fn assert_contains(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "{part:?} not in: {message}");
    }
}

// ----- vendor folder names ------------------------------------------------------------------

#[test]
fn vendor_folder_named_like_a_crate_file_or_feature_is_refused() {
    for (name, reason) in [
        ("runtime", "reserved"),
        ("lib", "reserved"),
        ("client", "reserved"),
        ("default", "reserved"),
        ("type", "keyword"),
        ("self", "keyword"),
    ] {
        let workspace = Workspace::new();
        workspace.add_vendor(name);
        let message = workspace.rejected();
        assert_contains(&message, &[&format!("specs/{name}/"), reason]);
    }
}

#[test]
fn vendor_folders_with_the_same_module_are_refused() {
    let workspace = Workspace::new();
    workspace.add_vendor("foo-bar");
    workspace.add_vendor("foo_bar");
    let message = workspace.rejected();
    assert_contains(&message, &["specs/foo-bar/", "specs/foo_bar/", "foo_bar"]);
}

#[test]
fn vendor_folder_with_invalid_characters_is_refused() {
    for name in ["café", "Telnyx2", "2fa", "_private", "a.b", "trailing-"] {
        let workspace = Workspace::new();
        workspace.add_vendor(name);
        let message = workspace.rejected();
        assert_contains(&message, &[&format!("specs/{name}/"), "lowercase ASCII"]);
    }
}

// ----- vendor.toml stays inside its folder --------------------------------------------------

/// Points a key of pets' `vendor.toml` somewhere; codegen must fail naming the manifest and
/// the key, without anything of the target in the message.
fn assert_confined(workspace: &Workspace, manifest: &str, key: &str) {
    fs::write(workspace.path("specs/pets/vendor.toml"), manifest).unwrap();
    let message = workspace.rejected();
    assert_contains(
        &message,
        &["specs/pets/vendor.toml", key, "outside specs/pets/"],
    );
    assert!(!message.contains("SECRET"), "{message}");
}

#[test]
fn spec_outside_the_vendor_folder_is_refused_without_reading_it() {
    let workspace = Workspace::new();
    let secret = workspace.outside_file("secret.yaml", "SECRET: [unclosed\n");
    let up = "../".repeat(secret.components().count() + 4);
    let relative = format!("{up}{}", secret.display()).replace("//", "/");
    assert_confined(&workspace, &format!("spec = {relative:?}\n"), "spec");
    assert_confined(
        &workspace,
        &format!("spec = {:?}\n", secret.display().to_string()),
        "spec",
    );
    assert_confined(
        &workspace,
        &format!(
            "spec = \"openapi.yaml\"\noverlays = [{:?}]\n",
            secret.display().to_string()
        ),
        "overlays",
    );
    assert_confined(&workspace, "spec = \"../notes/openapi.json\"\n", "spec");
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_vendor_folder_are_refused() {
    let workspace = Workspace::new();
    let secret = workspace.outside_file("secret.yaml", "SECRET: [unclosed\n");
    symlink(&secret, &workspace.path("specs/pets/linked.yaml"));
    assert_confined(&workspace, "spec = \"linked.yaml\"\n", "spec");
    assert_confined(
        &workspace,
        "spec = \"openapi.yaml\"\noverlays = [\"linked.yaml\"]\n",
        "overlays",
    );
    // A link that stays inside the folder is fine.
    fs::remove_file(workspace.path("specs/pets/linked.yaml")).unwrap();
    symlink(
        Path::new("openapi.yaml"),
        &workspace.path("specs/pets/linked.yaml"),
    );
    fs::write(
        workspace.path("specs/pets/vendor.toml"),
        "spec = \"linked.yaml\"\noverlays = [\"fixes.overlay.yaml\"]\n",
    )
    .unwrap();
    let input = xtask::read_specs(workspace.root()).unwrap();
    assert!(input.modules.iter().any(|m| m.module == "pets"));
}

#[cfg(unix)]
#[test]
fn symlinked_manifest_or_vendor_folder_is_refused() {
    let workspace = Workspace::new();
    let secret = workspace.outside_file("vendor.toml", "SECRET = [\n");
    fs::remove_file(workspace.path("specs/pets/vendor.toml")).unwrap();
    symlink(&secret, &workspace.path("specs/pets/vendor.toml"));
    let message = workspace.rejected();
    assert_contains(&message, &["specs/pets/vendor.toml", "outside specs/pets/"]);
    assert!(!message.contains("SECRET"), "{message}");

    let workspace = Workspace::new();
    let elsewhere = workspace.outside.path().join("vendor");
    copy_tree(&workspace.path("specs/pets"), &elsewhere);
    symlink(&elsewhere, &workspace.path("specs/linked"));
    let message = workspace.rejected();
    assert_contains(&message, &["specs/linked", "symbolic link"]);
}

#[test]
fn spec_that_is_a_directory_is_reported_as_one() {
    let workspace = Workspace::new();
    fs::write(workspace.path("specs/pets/vendor.toml"), "spec = \".\"\n").unwrap();
    let message = workspace.rejected();
    assert_contains(
        &message,
        &["specs/pets/vendor.toml", "spec = \".\"", "is a directory"],
    );
}

#[test]
fn utf16_document_is_reported_as_utf16() {
    let workspace = Workspace::new();
    let text = fs::read_to_string(workspace.path("specs/pets/openapi.yaml")).unwrap();
    for (bom, big_endian) in [([0xFF, 0xFE], false), ([0xFE, 0xFF], true)] {
        let mut bytes = bom.to_vec();
        for unit in text.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend(pair);
        }
        fs::write(workspace.path("specs/pets/openapi.yaml"), bytes).unwrap();
        let message = workspace.rejected();
        assert_contains(&message, &["specs/pets/openapi.yaml", "UTF-16", "UTF-8"]);
    }
}

// ----- symbolic links in generated/ ---------------------------------------------------------

#[cfg(unix)]
#[test]
fn symlinked_folder_in_src_is_refused_and_nothing_outside_is_touched() {
    let workspace = Workspace::new();
    let victim = workspace.outside_file("victim.rs", "// not ours\n");
    symlink(
        workspace.outside.path(),
        &workspace.path("generated/src/vendored"),
    );
    let message = workspace.rejected();
    assert_contains(&message, &["generated/src/vendored", "symbolic link"]);
    assert!(victim.exists(), "a file outside the repository was removed");
    assert!(workspace.check().is_err(), "--check followed the link");
}

#[cfg(unix)]
#[test]
fn symlink_loop_in_src_is_refused() {
    let workspace = Workspace::new();
    symlink(Path::new("."), &workspace.path("generated/src/again"));
    let message = workspace.rejected();
    assert_contains(&message, &["generated/src/again", "symbolic link"]);
    assert!(workspace.path("generated/src/lib.rs").is_file());
}

#[cfg(unix)]
#[test]
fn symlink_at_a_temporary_name_is_refused() {
    let workspace = Workspace::new();
    let victim = workspace.outside_file("victim", "outside\n");
    fs::write(workspace.path("generated/src/lib.rs"), "// stale\n").unwrap();
    symlink(&victim, &workspace.path("generated/src/lib.tmp~"));
    let message = workspace.rejected();
    assert_contains(&message, &["generated/src/lib.tmp~", "symbolic link"]);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "outside\n");
}

#[cfg(unix)]
#[test]
fn symlinked_manifest_or_src_is_refused() {
    let workspace = Workspace::new();
    let victim = workspace.outside_file("Cargo.toml", "# outside\n");
    fs::remove_file(workspace.path("generated/Cargo.toml")).unwrap();
    symlink(&victim, &workspace.path("generated/Cargo.toml"));
    let message = workspace.rejected();
    assert_contains(&message, &["generated/Cargo.toml", "symbolic link"]);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "# outside\n");

    let workspace = Workspace::new();
    let real = workspace.outside.path().join("src");
    copy_tree(&workspace.path("generated/src"), &real);
    fs::remove_dir_all(workspace.path("generated/src")).unwrap();
    symlink(&real, &workspace.path("generated/src"));
    fs::write(real.join("lib.rs"), "// stale\n").unwrap();
    let message = workspace.rejected();
    assert_contains(&message, &["generated/src", "symbolic link"]);
    assert_eq!(
        fs::read_to_string(real.join("lib.rs")).unwrap(),
        "// stale\n"
    );
}

// ----- interrupted runs ---------------------------------------------------------------------

#[test]
fn leftover_temporary_files_do_not_break_the_next_run() {
    // What the writer of earlier versions left when killed between writing and renaming.
    let workspace = Workspace::new();
    fs::write(workspace.path("generated/src/lib.rs"), "// stale\n").unwrap();
    fs::write(workspace.path("generated/src/lib.tmp~"), "// half written").unwrap();
    assert_eq!(workspace.regenerate().unwrap(), Outcome::Success);
    assert!(!workspace.path("generated/src/lib.tmp~").exists());
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
}

#[test]
fn unfinished_staging_folder_is_cleaned_up_by_the_next_run() {
    let workspace = Workspace::new();
    let staging = workspace.path("generated/.codegen-staging");
    fs::create_dir_all(staging.join("src")).unwrap();
    fs::write(staging.join("src/lib.rs"), "// half written").unwrap();
    assert_eq!(workspace.check().unwrap(), Outcome::Failure);
    assert_eq!(workspace.regenerate().unwrap(), Outcome::Success);
    assert!(!staging.exists());
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
}

// ----- generate --out: only folders it created ---------------------------------------------

#[test]
fn generate_out_refuses_a_folder_it_did_not_create() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mine");
    fs::create_dir_all(out.join("src")).unwrap();
    fs::write(out.join("Cargo.toml"), "[package]\nname = \"mine\"\n").unwrap();
    fs::write(out.join("src/main.rs"), "fn main() {}\n").unwrap();
    let before = snapshot(&out);
    let message = format!("{:#}", standalone(&out).unwrap_err());
    assert_contains(&message, &["mine", "--force", xtask::standalone::MARKER]);
    assert_unchanged(&before, &snapshot(&out));

    // With --force the folder's Cargo.toml and src/ are replaced, and it is marked as ours.
    let options = StandaloneOptions {
        force: true,
        ..StandaloneOptions::default()
    };
    xtask::generate_standalone(&pets_spec(), &out, &options).unwrap();
    assert!(!out.join("src/main.rs").exists());
    assert!(out.join("src/openapi/mod.rs").is_file());
    assert!(out.join(xtask::standalone::MARKER).is_file());
    assert_eq!(standalone(&out).unwrap(), Outcome::Success);
}

#[test]
fn generate_out_writes_into_new_or_empty_folders_and_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new/nested");
    assert_eq!(standalone(&new).unwrap(), Outcome::Success);
    assert!(new.join(xtask::standalone::MARKER).is_file());
    // Regenerating keeps what it does not own (a lock file, a build folder).
    fs::write(new.join("Cargo.lock"), "# lock\n").unwrap();
    fs::write(new.join("src/openapi/mod.rs"), "// edited\n").unwrap();
    assert_eq!(standalone(&new).unwrap(), Outcome::Success);
    assert_eq!(
        fs::read_to_string(new.join("Cargo.lock")).unwrap(),
        "# lock\n"
    );
    assert_ne!(
        fs::read_to_string(new.join("src/openapi/mod.rs")).unwrap(),
        "// edited\n"
    );

    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    assert_eq!(standalone(&empty).unwrap(), Outcome::Success);
    assert!(empty.join(xtask::standalone::MARKER).is_file());
}

#[test]
fn generate_out_that_fails_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("broken.yaml");
    fs::write(&spec, "openapi: 3.1.0\ninfo: {title: x\n").unwrap();
    let out = dir.path().join("out");
    let options = StandaloneOptions::default();
    assert!(xtask::generate_standalone(&spec, &out, &options).is_err());
    assert!(!out.exists());
}

// ----- generate --out: package names --------------------------------------------------------

/// The package name cargo itself reads from a generated crate.
fn cargo_package_name(out: &Path) -> Result<String, String> {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--offline",
            "--format-version",
            "1",
        ])
        .arg("--manifest-path")
        .arg(out.join("Cargo.toml"))
        .output()
        .unwrap();
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    Ok(metadata["packages"][0]["name"]
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

#[test]
fn generate_out_derives_a_valid_package_name_from_the_folder() {
    for (folder, package) in [
        ("2fa client", "api-2fa-client"),
        ("My API", "my-api"),
        ("hooked_api", "hooked_api"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join(folder);
        assert_eq!(standalone(&out).unwrap(), Outcome::Success);
        assert_eq!(cargo_package_name(&out).as_deref(), Ok(package), "{folder}");
    }
}

#[test]
fn generate_out_takes_and_checks_a_package_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("2fa");
    let options = |package: &str| StandaloneOptions {
        package: Some(package.to_owned()),
        ..StandaloneOptions::default()
    };
    for bad in ["2fa", "fn", "my api", "std"] {
        let message = format!(
            "{:#}",
            xtask::generate_standalone(&pets_spec(), &out, &options(bad)).unwrap_err()
        );
        assert_contains(&message, &["--package", bad]);
        assert!(!out.exists());
    }
    xtask::generate_standalone(&pets_spec(), &out, &options("two-factor")).unwrap();
    assert_eq!(cargo_package_name(&out).as_deref(), Ok("two-factor"));
}

#[test]
fn generate_module_names_cannot_clobber_crate_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("api");
    for (module, reason) in [
        ("runtime", "reserved"),
        ("lib", "reserved"),
        ("café", "ASCII"),
    ] {
        let options = StandaloneOptions {
            module: Some(module.to_owned()),
            ..StandaloneOptions::default()
        };
        let error = xtask::generate_standalone(&pets_spec(), &out, &options).unwrap_err();
        assert_contains(&format!("{error:#}"), &["--module", reason]);
        assert!(!out.exists());
    }
    // A spec file named like a crate file needs --module.
    let spec = dir.path().join("runtime.yaml");
    fs::copy(pets_spec(), &spec).unwrap();
    let options = StandaloneOptions::default();
    let error = xtask::generate_standalone(&spec, &out, &options).unwrap_err();
    assert_contains(&format!("{error:#}"), &["runtime.yaml", "--module"]);
}

#[test]
fn generate_reads_references_out_of_the_spec_folder_only_inside_root() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("api");
    fs::create_dir_all(root.join("spec")).unwrap();
    fs::create_dir_all(root.join("common")).unwrap();
    let spec = root.join("spec/swagger.yaml");
    fs::write(
        &spec,
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      \
         responses:\n        default: {description: e, schema: {$ref: '../common/Error.yaml'}}\n",
    )
    .unwrap();
    fs::write(
        root.join("common/Error.yaml"),
        "type: object\nproperties: {code: {type: integer}}\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    // By default only the spec's own folder is read.
    let error = xtask::generate_standalone(&spec, &out, &StandaloneOptions::default()).unwrap_err();
    assert_contains(&format!("{error:#}"), &["../common/Error.yaml", "leaves"]);
    assert!(!out.exists());
    // A root that does not hold the spec is refused.
    let elsewhere = StandaloneOptions {
        root: Some(root.join("common")),
        ..StandaloneOptions::default()
    };
    let error = xtask::generate_standalone(&spec, &out, &elsewhere).unwrap_err();
    assert_contains(&format!("{error:#}"), &["is not inside --root"]);
    // With the folder above as root, the reference is read and typed.
    let options = StandaloneOptions {
        root: Some(root.clone()),
        ..StandaloneOptions::default()
    };
    xtask::generate_standalone(&spec, &out, &options).unwrap();
    let module = tests::workspace::module_text(&out.join("src/swagger"));
    assert!(module.contains("pub struct Error"), "{module}");
    assert!(module.contains("pub code: Option<i64>"), "{module}");
}
