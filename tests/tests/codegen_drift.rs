//! `cargo xtask codegen --check` notices every kind of drift, broken input leaves `generated/`
//! exactly as it was, and warnings are judged against each vendor's `warnings.toml`.
//!
//! Every test works on the small fixture vendors of `tests/fixtures/vendors/` in a temporary
//! workspace (`tests::workspace`), never on the real `specs/`: adding a vendor there must not
//! slow these tests down or change what they check. Whether the real `generated/` is fresh is
//! checked once, by `cargo xtask codegen --check` in `.ci/run`, with the output CI shows.

use std::fs;

use tests::workspace::{Workspace, check};
use xtask::{CodegenOptions, Drift, Outcome};

fn drift(workspace: &Workspace) -> Vec<Drift> {
    xtask::check(&workspace.path(xtask::GENERATED_DIR), &generate(workspace)).unwrap()
}

fn generate(workspace: &Workspace) -> Vec<generator::GeneratedFile> {
    let input = xtask::read_specs(workspace.root()).unwrap();
    generator::generate(&input).unwrap().files
}

#[test]
fn fresh_workspace_passes_the_check() {
    let workspace = Workspace::new();
    assert_eq!(drift(&workspace), vec![]);
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
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
    let workspace = Workspace::new();
    let fresh = fs::read(workspace.path("generated/src/runtime.rs")).unwrap();
    assert!(
        fresh == source,
        "generation does not write runtime/src/lib.rs unchanged"
    );
}

#[test]
fn edited_generated_file_is_stale_with_a_diff() {
    let workspace = Workspace::new();
    workspace.edit(
        "generated/src/pets/types.rs",
        "pub id: String",
        "pub id: u64",
    );
    let drift = drift(&workspace);
    assert_eq!(drift.len(), 1, "{drift:?}");
    let Drift::Stale { path, diff } = &drift[0] else {
        panic!("{drift:?}")
    };
    assert_eq!(path, "generated/src/pets/types.rs");
    assert!(diff.contains("--- a/generated/src/pets/types.rs"), "{diff}");
    assert!(diff.contains("-    pub id: u64,"), "{diff}");
    assert!(diff.contains("+    pub id: String,"), "{diff}");
    let run = workspace.run(&check());
    assert_eq!(run.outcome, Outcome::Failure);
    assert!(run.out.contains("+    pub id: String,"), "{}", run.out);
    assert!(
        run.out.contains("generated/ is stale: 1 file(s) differ"),
        "{}",
        run.out
    );
}

#[test]
fn changed_spec_makes_generated_stale() {
    let workspace = Workspace::new();
    workspace.edit(
        "specs/pets/openapi.yaml",
        "Remove a pet from the store",
        "Remove a pet",
    );
    let drift = drift(&workspace);
    assert!(
        matches!(&drift[..], [Drift::Stale { path, diff }] if path == "generated/src/pets/operations.rs" && diff.contains("+/// Remove a pet\n")),
        "{drift:?}"
    );
    assert_eq!(workspace.check().unwrap(), Outcome::Failure);
    // Regenerating repairs it.
    assert_eq!(workspace.regenerate().unwrap(), Outcome::Success);
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
}

#[test]
fn extra_and_missing_files_are_reported_and_repaired() {
    let workspace = Workspace::new();
    workspace.write("generated/src/old_vendor.rs", "// gone\n");
    fs::remove_file(workspace.path("generated/src/notes/mod.rs")).unwrap();
    let drift = drift(&workspace);
    assert!(drift.contains(&Drift::Extra {
        path: "generated/src/old_vendor.rs".to_owned()
    }));
    assert!(drift.contains(&Drift::Missing {
        path: "generated/src/notes/mod.rs".to_owned()
    }));
    assert_eq!(workspace.check().unwrap(), Outcome::Failure);
    workspace.regenerate().unwrap();
    assert!(!workspace.path("generated/src/old_vendor.rs").exists());
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
}

#[test]
fn removed_vendor_folder_removes_its_module() {
    let workspace = Workspace::new();
    fs::remove_dir_all(workspace.path("specs/notes")).unwrap();
    workspace.regenerate().unwrap();
    assert!(!workspace.path("generated/src/notes").exists());
    let manifest = workspace.read("generated/Cargo.toml");
    assert!(!manifest.contains("notes"), "{manifest}");
}

/// Replaces a vendor's file and asserts that codegen fails, naming the file and pointer,
/// without changing a byte of `generated/`.
fn assert_rejected(file: &str, contents: &str, expected: &[&str]) {
    let workspace = Workspace::new();
    let before = workspace.snapshot();
    workspace.write(file, contents);
    let message = format!("{:#}", workspace.regenerate().unwrap_err());
    for part in expected {
        assert!(message.contains(part), "{part:?} not in: {message}");
    }
    assert_eq!(workspace.snapshot(), before, "generated/ changed");
}

fn fixture(relative: &str) -> String {
    fs::read_to_string(tests::workspace::fixtures().join(relative)).unwrap()
}

#[test]
fn invalid_yaml_is_rejected_without_writing() {
    assert_rejected(
        "specs/pets/openapi.yaml",
        "openapi: 3.1.0\ninfo: {title: x\n",
        &[
            "specs/pets/openapi.yaml:3:1",
            "invalid YAML",
            "nothing was written",
        ],
    );
}

#[test]
fn dangling_reference_is_rejected_without_writing() {
    let text = fixture("pets/openapi.yaml");
    let broken = text.replacen(
        "$ref: '#/components/schemas/PetStatus'\n    PetStatus",
        "$ref: '#/components/schemas/Missing'\n    PetStatus",
        1,
    );
    assert_ne!(broken, text);
    assert_rejected(
        "specs/pets/openapi.yaml",
        &broken,
        &[
            "specs/pets/openapi.yaml at #/components/schemas/Pet/properties/status",
            "dangling reference #/components/schemas/Missing",
        ],
    );
}

#[test]
fn swagger_1_2_is_rejected_without_writing() {
    assert_rejected(
        "specs/pets/openapi.yaml",
        "swagger: '1.2'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        &[
            "specs/pets/openapi.yaml at #/swagger",
            "Swagger 1.2 is not supported",
        ],
    );
}

#[test]
fn every_broken_document_is_reported_at_once() {
    let workspace = Workspace::new();
    workspace.write("specs/pets/openapi.yaml", "openapi: 4.0.0\n");
    workspace.write("specs/notes/openapi.json", "{");
    let message = format!("{:#}", workspace.regenerate().unwrap_err());
    assert!(
        message.contains("2 document(s) could not be generated"),
        "{message}"
    );
    assert!(
        message.contains("specs/pets/openapi.yaml at #/openapi"),
        "{message}"
    );
    assert!(message.contains("specs/notes/openapi.json"), "{message}");
}

#[test]
fn generation_is_deterministic() {
    let workspace = Workspace::new();
    assert_eq!(generate(&workspace), generate(&workspace));
}

// ----- some vendors only (`--vendor`) -------------------------------------------------------

fn only(vendors: &[&str], check: bool) -> CodegenOptions {
    CodegenOptions {
        check,
        vendors: vendors.iter().map(|v| (*v).to_owned()).collect(),
        ..CodegenOptions::default()
    }
}

#[test]
fn codegen_for_a_vendor_writes_its_files_and_the_crate_files_only() {
    let workspace = Workspace::new();
    workspace.edit("specs/notes/openapi.json", "Read a note", "Read one note");
    workspace.edit(
        "generated/src/pets/types.rs",
        "pub id: String",
        "pub id: u64",
    );
    workspace.edit("generated/Cargo.toml", "\nnotes = []\n", "\n");
    workspace.write("generated/src/lib.rs", "// edited\n");
    let notes = workspace.module("notes");

    let run = workspace.run(&only(&["pets"], false));
    assert_eq!(run.outcome, Outcome::Success, "{run:?}");
    assert_eq!(
        run.out,
        "pets: 2 of 2 operations, no warnings\n\
         generated/: 3 file(s) written, 0 removed, 8 unchanged\n"
    );
    assert!(
        workspace
            .read("generated/src/pets/types.rs")
            .contains("pub id: String")
    );
    // The crate's own files are made from every vendor; the other vendors' files are as
    // they were, stale or not.
    assert!(
        workspace
            .read("generated/Cargo.toml")
            .contains("\nnotes = []\n")
    );
    assert!(
        workspace
            .read("generated/src/lib.rs")
            .contains("pub mod notes;")
    );
    assert_eq!(workspace.module("notes"), notes);

    assert_eq!(
        workspace.run(&only(&["pets"], true)).outcome,
        Outcome::Success
    );
    let run = workspace.run(&only(&["notes", "shop"], true));
    assert_eq!(run.outcome, Outcome::Failure);
    assert!(
        run.out.contains("stale: generated/src/notes/operations.rs"),
        "{}",
        run.out
    );
    assert!(!run.out.contains("\npets:"), "{}", run.out);

    // Named by its folder or its module, a vendor is regenerated the same way.
    assert_eq!(
        workspace.run(&only(&["notes"], false)).outcome,
        Outcome::Success
    );
    assert!(workspace.module("notes").contains("/// Read one note"));
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
}

/// A run for some vendors reads only their documents: what `Cargo.toml` and `src/lib.rs` need
/// of the others is read from the others' root files, or from their documents when those files
/// do not say.
#[test]
fn codegen_for_a_vendor_reads_only_its_document() {
    let workspace = Workspace::new();
    // A module whose feature needs a dependency, for `Cargo.toml` to show it.
    workspace.edit(
        "specs/pets/openapi.yaml",
        "        id:\n          type: string\n",
        "        id:\n          type: string\n          format: uuid\n",
    );
    assert_eq!(workspace.regenerate().unwrap(), Outcome::Success);
    assert!(
        workspace
            .read("generated/Cargo.toml")
            .contains("\npets = [\"dep:uuid\"]\n")
    );
    let full = workspace.snapshot();

    // Neither run opens a document that no longer reads.
    workspace.write("specs/pets/openapi.yaml", "openapi: [");
    workspace.write("specs/notes/openapi.json", "{");
    for check in [true, false] {
        let run = workspace.run(&only(&["shop"], check));
        assert_eq!(run.outcome, Outcome::Success, "{run:?}");
    }
    assert_eq!(workspace.snapshot(), full);

    // Without the line that says it, the module's document is read.
    let root = "generated/src/notes/mod.rs";
    let text = workspace.read(root);
    let (header, rest) = text.split_once('\n').unwrap();
    let (_, rest) = rest.split_once('\n').unwrap();
    workspace.write(root, format!("{header}\n{rest}"));
    let error = workspace.try_run(&only(&["shop"], true)).unwrap_err();
    assert!(
        format!("{error:#}").contains("specs/notes/openapi.json"),
        "{error:#}"
    );
}

#[test]
fn an_unknown_vendor_is_refused_with_the_list_of_vendors() {
    let workspace = Workspace::new();
    let before = workspace.snapshot();
    for check in [false, true] {
        let error = workspace
            .try_run(&only(&["pets", "cats"], check))
            .unwrap_err();
        assert_eq!(
            format!("{error:#}"),
            "--vendor cats: there is no such vendor in specs/; the vendors are: notes, pets, shop"
        );
    }
    assert_eq!(workspace.snapshot(), before);
}

/// A module is written as a folder of files; a tree written by an older generator, with one
/// file per module, is replaced whole (the single file removed), and `--check` on it names
/// the files without calling the unchanged API changed.
#[test]
fn a_module_written_as_one_file_is_replaced_by_its_folder() {
    let workspace = Workspace::new();
    let single = workspace.module("pets");
    fs::remove_dir_all(workspace.path("generated/src/pets")).unwrap();
    workspace.write("generated/src/pets.rs", &single);

    let run = workspace.run(&check());
    assert_eq!(run.outcome, Outcome::Failure);
    assert!(
        run.out
            .contains("extra (no longer generated): generated/src/pets.rs"),
        "{}",
        run.out
    );
    assert!(
        run.out.contains("missing: generated/src/pets/mod.rs"),
        "{}",
        run.out
    );
    assert!(!run.out.contains("API changes"), "{}", run.out);

    assert_eq!(workspace.regenerate().unwrap(), Outcome::Success);
    assert!(!workspace.path("generated/src/pets.rs").exists());
    assert_eq!(workspace.module("pets"), single);
}

// ----- overlays ----------------------------------------------------------------------------

#[test]
fn changed_overlay_makes_generated_stale() {
    let workspace = Workspace::new();
    workspace.edit(
        "specs/pets/fixes.overlay.yaml",
        "No pet has this id",
        "Did not find it",
    );
    let drift = drift(&workspace);
    assert!(
        matches!(&drift[..], [Drift::Stale { path, diff }] if path == "generated/src/pets/operations.rs" && diff.contains("+        /// 404: Did not find it")),
        "{drift:?}"
    );
    assert_eq!(workspace.check().unwrap(), Outcome::Failure);
}

#[test]
fn overlay_whose_target_vanished_is_rejected_without_writing() {
    // The vendor renamed its path: the overlay's fix must not be dropped silently.
    let text = fixture("pets/openapi.yaml");
    assert_rejected(
        "specs/pets/openapi.yaml",
        &text.replace("/pets/{petId}", "/animals/{petId}"),
        &[
            "specs/pets/fixes.overlay.yaml at #/actions/0/target",
            "selects nothing; the vendor document may have changed",
        ],
    );
}

#[test]
fn overlay_that_does_not_parse_is_rejected_without_writing() {
    assert_rejected(
        "specs/pets/fixes.overlay.yaml",
        "overlay: 1.0.0\nactions: [\n",
        &["specs/pets/fixes.overlay.yaml:", "invalid YAML"],
    );
}

#[test]
fn overlays_apply_in_the_order_vendor_toml_lists_them() {
    let workspace = Workspace::new();
    let operation = "$.paths['/pets/{petId}'].delete";
    let first = format!(
        "overlay: 1.0.0\ninfo: {{title: first, version: '1'}}\nactions:\n  \
         - target: \"{operation}\"\n    update: {{summary: Written by the first}}\n"
    );
    let second = format!(
        "overlay: 1.0.0\ninfo: {{title: second, version: '1'}}\nactions:\n  \
         - target: \"{operation}.summary\"\n    update: Written by the second\n"
    );
    workspace.write("specs/pets/a.overlay.yaml", first);
    workspace.write("specs/pets/b.overlay.yaml", second);
    let summary_after = |order: &str| {
        workspace.write(
            "specs/pets/vendor.toml",
            format!("spec = \"openapi.yaml\"\noverlays = [{order}]\n"),
        );
        workspace.regenerate().unwrap();
        let module = workspace.module("pets");
        let lines: Vec<&str> = module.lines().collect();
        let item = lines
            .iter()
            .position(|l| *l == "pub struct DeletePet {")
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
    let module = workspace.read("generated/src/pets/mod.rs");
    assert!(module.contains("`specs/pets/b.overlay.yaml`, `specs/pets/a.overlay.yaml`"));
}

#[test]
fn files_outside_src_are_left_alone() {
    let workspace = Workspace::new();
    workspace.write("generated/Cargo.lock", "# lock\n");
    fs::create_dir_all(workspace.path("generated/target/debug")).unwrap();
    workspace.write("generated/target/debug/artifact", "x");
    assert_eq!(drift(&workspace), vec![]);
    workspace.regenerate().unwrap();
    assert!(workspace.path("generated/Cargo.lock").exists());
    assert!(workspace.path("generated/target/debug/artifact").exists());
}

// ----- output and warning baselines --------------------------------------------------------

#[test]
fn output_is_a_line_per_vendor_and_counts_by_kind() {
    let workspace = Workspace::new();
    let run = workspace.run(&CodegenOptions::default());
    assert_eq!(run.outcome, Outcome::Success);
    assert_eq!(
        run.out,
        "notes: 1 of 2 operations, 4 warnings (all accepted)\n\
         pets: 2 of 2 operations, no warnings\n\
         shop: 3 of 3 selected operations (2 left out), 3 schemas (2 left out), no warnings\n\
         warnings by kind: 2 unsupported-security, 1 skipped-operation, 1 untyped-schema\n\
         generated/: 0 file(s) written, 0 removed, 11 unchanged\n"
    );
    assert_eq!(run.err, "");
}

#[test]
fn verbose_and_warnings_file_list_every_warning() {
    let workspace = Workspace::new();
    let list = workspace.path("warnings.txt");
    let run = workspace.run(&CodegenOptions {
        check: true,
        verbose: true,
        warnings_file: Some(list.clone()),
        ..CodegenOptions::default()
    });
    assert_eq!(run.outcome, Outcome::Success);
    let expected = "\
accepted specs/notes/openapi.json at #/components/schemas/Note/properties/body: \
[untyped-schema] `not` only excludes values, and what it leaves has no Rust type: serde_json::Value
accepted specs/notes/openapi.json at #/paths/~1notes~1{noteId}/delete: [unsupported-security] \
the way to authenticate with sessionCookie is left out: a scheme it names is not in \
components.securitySchemes or is not supported
accepted specs/notes/openapi.json at #/paths/~1notes~1{noteId}/delete: [unsupported-security] \
none of its ways to authenticate is supported: it is generated without credentials, which the \
caller adds to the request
accepted specs/notes/openapi.json at #/paths/~1notes~1{noteId}/delete/parameters/1: \
[skipped-operation] DELETE /notes/{noteId} is not generated: header parameter \"X Note Version\" \
cannot be sent: a header name is made of letters, digits and !#$%&'*+-.^_`|~ only
";
    assert_eq!(run.err, expected);
    assert_eq!(fs::read_to_string(list).unwrap(), expected);
}

/// Gives pets' `Pet` a property the generator cannot type, so that it warns.
fn add_untyped_property(workspace: &Workspace) {
    workspace.edit(
        "specs/pets/openapi.yaml",
        "        name:\n          type: string\n",
        "        name:\n          type: string\n        tag:\n          not: {type: integer}\n",
    );
}

#[test]
fn a_new_warning_fails_without_writing_until_accepted() {
    let workspace = Workspace::new();
    add_untyped_property(&workspace);
    let before = workspace.snapshot();
    let run = workspace.run(&CodegenOptions::default());
    assert_eq!(run.outcome, Outcome::Failure);
    assert_eq!(workspace.snapshot(), before, "generated/ changed");
    assert_eq!(
        run.err,
        "error: new warning in pets: specs/pets/openapi.yaml at \
         #/components/schemas/Pet/properties/tag: [untyped-schema] `not` only excludes values, and \
         what it leaves has no Rust type: \
         serde_json::Value (not in specs/pets/warnings.toml; \
         accept it with `cargo xtask codegen --accept-warnings`)\n"
    );
    assert!(
        run.out
            .contains("pets: 2 of 2 operations, 1 warning (0 accepted, 1 new)\n"),
        "{}",
        run.out
    );
    assert!(run.out.contains("Nothing was written"), "{}", run.out);
    assert_eq!(workspace.check().unwrap(), Outcome::Failure);

    let run = workspace.run(&CodegenOptions {
        accept_warnings: true,
        ..CodegenOptions::default()
    });
    assert_eq!(run.outcome, Outcome::Success);
    assert!(
        run.out.contains(
            "specs/pets/warnings.toml: 1 warning(s) accepted (1 new; 0 stale entries removed)"
        ),
        "{}",
        run.out
    );
    let baseline = workspace.read("specs/pets/warnings.toml");
    assert!(
        baseline.contains("untyped-schema = [\n    \"/components/schemas/Pet/properties/tag\", # "),
        "{baseline}"
    );
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
}

#[test]
fn a_stale_baseline_entry_fails_the_check_only() {
    let workspace = Workspace::new();
    // The undeclared security requirement goes, and with it the operation's warnings.
    workspace.edit(
        "specs/notes/openapi.json",
        r#""security": [{ "sessionCookie": [] }],"#,
        "",
    );
    let run = workspace.run(&CodegenOptions::default());
    assert_eq!(run.outcome, Outcome::Success, "{run:?}");
    assert!(
        run.err.starts_with(
            "note: stale entry in specs/notes/warnings.toml:11: [unsupported-security] \
             #/paths/~1notes~1{noteId}/delete no longer occurs"
        ),
        "{}",
        run.err
    );
    let run = workspace.run(&check());
    assert_eq!(run.outcome, Outcome::Failure);
    assert!(run.err.starts_with("error: stale entry"), "{}", run.err);
    assert!(
        run.out.contains(
            "1 baseline entry no longer occurs; run `cargo xtask codegen --accept-warnings`"
        ),
        "{}",
        run.out
    );
    let accepted = workspace.run(&CodegenOptions {
        accept_warnings: true,
        ..CodegenOptions::default()
    });
    assert_eq!(accepted.outcome, Outcome::Success);
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
    assert!(
        !workspace
            .read("specs/notes/warnings.toml")
            .contains("unsupported-security")
    );

    // Once no warning is left, the baseline goes too.
    workspace.edit(
        "specs/notes/openapi.json",
        r#"{ "not": { "type": "integer" } }"#,
        r#"{ "type": "string" }"#,
    );
    workspace.edit(
        "specs/notes/openapi.json",
        r#""name": "X Note Version""#,
        r#""name": "X-Note-Version""#,
    );
    let run = workspace.run(&CodegenOptions {
        accept_warnings: true,
        ..CodegenOptions::default()
    });
    assert!(
        run.out
            .contains("specs/notes/warnings.toml: removed (no warnings left)"),
        "{}",
        run.out
    );
    assert!(!workspace.path("specs/notes/warnings.toml").exists());
    assert_eq!(workspace.check().unwrap(), Outcome::Success);
}

#[test]
fn check_cannot_accept_warnings() {
    let workspace = Workspace::new();
    let error = workspace
        .try_run(&CodegenOptions {
            check: true,
            accept_warnings: true,
            ..CodegenOptions::default()
        })
        .unwrap_err();
    assert!(error.to_string().contains("cannot be combined"), "{error}");
}
