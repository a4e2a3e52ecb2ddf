//! `cargo xtask codegen --check` notices every kind of drift, and broken input leaves
//! `generated/` exactly as it was.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use xtask::{CodegenOptions, Drift, Outcome};

/// A copy of the workspace's `specs/` and `generated/` in a temporary folder.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        for folder in [xtask::SPECS_DIR, xtask::GENERATED_DIR] {
            copy_tree(&tests::root().join(folder), &dir.path().join(folder));
        }
        Workspace { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn check(&self) -> Outcome {
        let options = CodegenOptions {
            check: true,
            ..CodegenOptions::default()
        };
        xtask::codegen(self.dir.path(), &options).unwrap()
    }

    fn drift(&self) -> Vec<Drift> {
        let input = xtask::read_specs(self.dir.path()).unwrap();
        let files = xtask::generate_files(&input, false).unwrap();
        xtask::check(&self.path(xtask::GENERATED_DIR), &files).unwrap()
    }

    fn regenerate(&self) -> anyhow::Result<Outcome> {
        xtask::codegen(self.dir.path(), &CodegenOptions::default())
    }

    /// Every file under `generated/` with its bytes.
    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut pending = vec![self.path(xtask::GENERATED_DIR)];
        while let Some(folder) = pending.pop() {
            for entry in fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    files.insert(path.clone(), fs::read(&path).unwrap());
                }
            }
        }
        files
    }
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn committed_generated_crate_is_fresh() {
    let workspace = Workspace::new();
    assert_eq!(workspace.drift(), vec![]);
    assert_eq!(workspace.check(), Outcome::Success);
}

#[test]
fn generated_runtime_is_the_runtime_crate_source() {
    // The copy in generated/ is exactly the code the runtime crate compiles, lints and tests,
    // both as committed and as generation writes it.
    let source = fs::read(tests::root().join("runtime/src/lib.rs")).unwrap();
    let committed = fs::read(tests::root().join("generated/src/runtime.rs")).unwrap();
    assert!(
        committed == source,
        "generated/src/runtime.rs differs from runtime/src/lib.rs; run `cargo xtask codegen`"
    );
    let input = xtask::read_specs(&tests::root()).unwrap();
    let files = xtask::generate_files(&input, false).unwrap();
    let fresh = files.iter().find(|f| f.path == "src/runtime.rs").unwrap();
    assert!(
        fresh.contents.as_bytes() == source.as_slice(),
        "generation does not write runtime/src/lib.rs unchanged"
    );
}

#[test]
fn edited_generated_file_is_stale_with_a_diff() {
    let workspace = Workspace::new();
    let file = workspace.path("generated/src/telnyx.rs");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("pub id: String", "pub id: u64")).unwrap();
    let drift = workspace.drift();
    assert_eq!(drift.len(), 1, "{drift:?}");
    let Drift::Stale { path, diff } = &drift[0] else {
        panic!("{drift:?}")
    };
    assert_eq!(path, "generated/src/telnyx.rs");
    assert!(diff.contains("--- a/generated/src/telnyx.rs"), "{diff}");
    assert!(diff.contains("-    pub id: u64,"), "{diff}");
    assert!(diff.contains("+    pub id: String,"), "{diff}");
    assert_eq!(workspace.check(), Outcome::Failure);
}

#[test]
fn changed_spec_makes_generated_stale() {
    let workspace = Workspace::new();
    let spec = workspace.path("specs/hooked/openapi.yaml");
    let text = fs::read_to_string(&spec).unwrap();
    fs::write(
        &spec,
        text.replace(
            "Remove a connected social media platform",
            "Remove a platform",
        ),
    )
    .unwrap();
    let drift = workspace.drift();
    assert!(
        matches!(&drift[..], [Drift::Stale { path, diff }] if path == "generated/src/hooked.rs" && diff.contains("+/// Remove a platform")),
        "{drift:?}"
    );
    assert_eq!(workspace.check(), Outcome::Failure);
    // Regenerating repairs it.
    assert_eq!(workspace.regenerate().unwrap(), Outcome::Success);
    assert_eq!(workspace.check(), Outcome::Success);
}

#[test]
fn extra_and_missing_files_are_reported_and_repaired() {
    let workspace = Workspace::new();
    fs::write(workspace.path("generated/src/old_vendor.rs"), "// gone\n").unwrap();
    fs::remove_file(workspace.path("generated/src/symphony.rs")).unwrap();
    let drift = workspace.drift();
    assert!(drift.contains(&Drift::Extra {
        path: "generated/src/old_vendor.rs".to_owned()
    }));
    assert!(drift.contains(&Drift::Missing {
        path: "generated/src/symphony.rs".to_owned()
    }));
    assert_eq!(workspace.check(), Outcome::Failure);
    workspace.regenerate().unwrap();
    assert!(!workspace.path("generated/src/old_vendor.rs").exists());
    assert_eq!(workspace.check(), Outcome::Success);
}

#[test]
fn removed_vendor_folder_removes_its_module() {
    let workspace = Workspace::new();
    fs::remove_dir_all(workspace.path("specs/hooked")).unwrap();
    workspace.regenerate().unwrap();
    assert!(!workspace.path("generated/src/hooked.rs").exists());
    let manifest = fs::read_to_string(workspace.path("generated/Cargo.toml")).unwrap();
    assert!(!manifest.contains("hooked"), "{manifest}");
}

/// Replaces a vendor's document and asserts that codegen fails, naming the file and pointer,
/// without changing a byte of `generated/`.
fn assert_rejected(file: &str, contents: &str, expected: &[&str]) {
    let workspace = Workspace::new();
    let before = workspace.snapshot();
    fs::write(workspace.path(file), contents).unwrap();
    let error = workspace.regenerate().unwrap_err();
    let message = format!("{error:#}");
    for part in expected {
        assert!(message.contains(part), "{part:?} not in: {message}");
    }
    assert_eq!(workspace.snapshot(), before, "generated/ changed");
}

#[test]
fn invalid_yaml_is_rejected_without_writing() {
    assert_rejected(
        "specs/telnyx/openapi.yaml",
        "openapi: 3.1.0\ninfo: {title: x\n",
        &[
            "specs/telnyx/openapi.yaml:3:1",
            "invalid YAML",
            "nothing was written",
        ],
    );
}

#[test]
fn dangling_reference_is_rejected_without_writing() {
    let text = fs::read_to_string(tests::root().join("specs/telnyx/openapi.yaml")).unwrap();
    assert_rejected(
        "specs/telnyx/openapi.yaml",
        &text.replace(
            "$ref: '#/components/schemas/ConnectionActive'",
            "$ref: '#/components/schemas/Missing'",
        ),
        &[
            "specs/telnyx/openapi.yaml at #/components/schemas/ExternalConnection/properties/active",
            "dangling reference #/components/schemas/Missing",
        ],
    );
}

#[test]
fn swagger_2_is_rejected_without_writing() {
    assert_rejected(
        "specs/hooked/openapi.yaml",
        "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        &[
            "specs/hooked/openapi.yaml at #/swagger",
            "Swagger 2.0 is not supported yet",
        ],
    );
}

#[test]
fn every_broken_document_is_reported_at_once() {
    let workspace = Workspace::new();
    fs::write(
        workspace.path("specs/telnyx/openapi.yaml"),
        "openapi: 3.2.0\n",
    )
    .unwrap();
    fs::write(workspace.path("specs/symphony/openapi.json"), "{").unwrap();
    let message = format!("{:#}", workspace.regenerate().unwrap_err());
    assert!(
        message.contains("2 document(s) could not be generated"),
        "{message}"
    );
    assert!(
        message.contains("specs/telnyx/openapi.yaml at #/openapi"),
        "{message}"
    );
    assert!(message.contains("specs/symphony/openapi.json"), "{message}");
}

#[test]
fn generation_is_deterministic() {
    let input = xtask::read_specs(&tests::root()).unwrap();
    let first = xtask::generate_files(&input, false).unwrap();
    let second = xtask::generate_files(&input, false).unwrap();
    assert_eq!(first, second);
}

// ----- overlays ----------------------------------------------------------------------------

#[test]
fn changed_overlay_makes_generated_stale() {
    let workspace = Workspace::new();
    let overlay = workspace.path("specs/hooked/responses.overlay.yaml");
    let text = fs::read_to_string(&overlay).unwrap();
    fs::write(
        &overlay,
        text.replace("Whether the request was successful", "Did it work"),
    )
    .unwrap();
    let drift = workspace.drift();
    assert!(
        matches!(&drift[..], [Drift::Stale { path, diff }] if path == "generated/src/hooked.rs" && diff.contains("+    /// Did it work")),
        "{drift:?}"
    );
    assert_eq!(workspace.check(), Outcome::Failure);
}

#[test]
fn overlay_whose_target_vanished_is_rejected_without_writing() {
    // The vendor renamed its path: the overlay's fix must not be dropped silently.
    let text = fs::read_to_string(tests::root().join("specs/hooked/openapi.yaml")).unwrap();
    assert_rejected(
        "specs/hooked/openapi.yaml",
        &text.replace(
            "/v1/integration/{integrationId}",
            "/v2/integration/{integrationId}",
        ),
        &[
            "specs/hooked/responses.overlay.yaml at #/actions/0/target",
            "selects nothing; the vendor document may have changed",
        ],
    );
}

#[test]
fn overlay_that_does_not_parse_is_rejected_without_writing() {
    assert_rejected(
        "specs/hooked/responses.overlay.yaml",
        "overlay: 1.0.0\nactions: [\n",
        &["specs/hooked/responses.overlay.yaml:", "invalid YAML"],
    );
}

#[test]
fn overlays_apply_in_the_order_vendor_toml_lists_them() {
    let workspace = Workspace::new();
    let operation = "$.paths['/v1/integration/{integrationId}'].delete";
    let first = format!(
        "overlay: 1.0.0\ninfo: {{title: first, version: '1'}}\nactions:\n  \
         - target: \"{operation}\"\n    update: {{summary: Written by the first}}\n"
    );
    let second = format!(
        "overlay: 1.0.0\ninfo: {{title: second, version: '1'}}\nactions:\n  \
         - target: \"{operation}.summary\"\n    update: Written by the second\n"
    );
    fs::write(workspace.path("specs/hooked/a.overlay.yaml"), first).unwrap();
    fs::write(workspace.path("specs/hooked/b.overlay.yaml"), second).unwrap();
    let summary_after = |order: &str| {
        fs::write(
            workspace.path("specs/hooked/vendor.toml"),
            format!("spec = \"openapi.yaml\"\noverlays = [{order}]\n"),
        )
        .unwrap();
        workspace.regenerate().unwrap();
        let module = fs::read_to_string(workspace.path("generated/src/hooked.rs")).unwrap();
        let lines: Vec<&str> = module.lines().collect();
        let item = lines
            .iter()
            .position(|l| *l == "pub struct DisconnectIntegration {")
            .unwrap();
        let first_doc = (0..item)
            .rev()
            .take_while(|&i| lines[i].starts_with("///") || lines[i].starts_with("#["))
            .last()
            .unwrap();
        lines[first_doc].to_owned()
    };
    assert_eq!(
        summary_after(r#""a.overlay.yaml", "b.overlay.yaml""#),
        "/// Written by the second"
    );
    assert_eq!(
        summary_after(r#""b.overlay.yaml", "a.overlay.yaml""#),
        "/// Written by the first"
    );
    let module = fs::read_to_string(workspace.path("generated/src/hooked.rs")).unwrap();
    assert!(module.contains("`specs/hooked/b.overlay.yaml`, `specs/hooked/a.overlay.yaml`"));
}

#[test]
fn files_outside_src_are_left_alone() {
    let workspace = Workspace::new();
    fs::write(workspace.path("generated/Cargo.lock"), "# lock\n").unwrap();
    fs::create_dir_all(workspace.path("generated/target/debug")).unwrap();
    fs::write(workspace.path("generated/target/debug/artifact"), "x").unwrap();
    assert_eq!(workspace.drift(), vec![]);
    workspace.regenerate().unwrap();
    assert!(workspace.path("generated/Cargo.lock").exists());
    assert!(workspace.path("generated/target/debug/artifact").exists());
}
