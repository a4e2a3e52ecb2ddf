//! The workflow users copy (`.github/workflows/codegen-check.yml`) passes actionlint and runs
//! the check with GitHub output, and that output mode annotates what fails the check.

use std::fs;
use std::path::PathBuf;

use serde_json::Value;
use tests::workspace::{Workspace, check};
use xtask::{CodegenOptions, Format, Outcome};

const WORKFLOW: &str = ".github/workflows/codegen-check.yml";
/// The command the workflow runs.
const COMMAND: &str =
    r#"cargo xtask codegen --check --format github --summary-file "$GITHUB_STEP_SUMMARY""#;

fn workflow_path() -> PathBuf {
    tests::root().join(WORKFLOW)
}

fn workflow() -> Value {
    let bytes = fs::read(workflow_path()).unwrap();
    generator::load::load(WORKFLOW, &bytes).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn workflow_passes_actionlint() {
    let lint = tests::actionlint::lint(&workflow_path());
    assert!(lint.clean, "{}", lint.output);
}

#[test]
fn actionlint_reports_a_broken_workflow() {
    // The linter finds problems at all: an unknown context and a job without `runs-on`.
    let text = fs::read_to_string(workflow_path()).unwrap();
    let broken = text
        .replace("${{ github.ref }}", "${{ github.no_such_property }}")
        .replace("    runs-on: ubuntu-latest\n", "");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("codegen-check.yml");
    fs::write(&path, broken).unwrap();
    let lint = tests::actionlint::lint(&path);
    assert!(!lint.clean, "{}", lint.output);
    assert!(lint.output.contains("runs-on"), "{}", lint.output);
    assert!(lint.output.contains("no_such_property"), "{}", lint.output);
}

#[test]
fn workflow_checks_pull_requests_touching_specs_or_generated() {
    let workflow = workflow();
    let paths: Vec<&str> = workflow["on"]["pull_request"]["paths"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for path in ["specs/**", "generated/**", "generator/**", WORKFLOW] {
        assert!(paths.contains(&path), "{path} not in {paths:?}");
    }
    let runs: Vec<&str> = workflow["jobs"]["codegen-check"]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|step| step["run"].as_str())
        .collect();
    assert!(runs.contains(&COMMAND), "{runs:?}");
}

#[test]
fn ci_script_and_readme_run_and_show_the_same_check() {
    let script = fs::read_to_string(tests::root().join(".ci/run")).unwrap();
    assert!(
        script.lines().any(|l| l == "cargo xtask codegen --check"),
        "{script}"
    );
    let readme = fs::read_to_string(tests::root().join("README.md")).unwrap();
    let workflow = fs::read_to_string(workflow_path()).unwrap();
    assert!(
        readme.contains(&format!("```yaml\n{workflow}```\n")),
        "README.md's \"In your CI\" must show {WORKFLOW} as it is"
    );
}

// ----- --format github and --summary-file ---------------------------------------------------

fn github(check: bool) -> CodegenOptions {
    CodegenOptions {
        check,
        format: Format::Github,
        ..CodegenOptions::default()
    }
}

#[test]
fn new_warnings_are_annotated_on_the_document() {
    let workspace = Workspace::new();
    workspace.edit(
        "specs/pets/openapi.yaml",
        "        name:\n          type: string\n",
        "        name:\n          type: string\n        tag:\n          not: {type: integer}\n",
    );
    let run = workspace.run(&github(true));
    assert_eq!(run.outcome, Outcome::Failure);
    let annotations: Vec<&str> = run.out.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(
        annotations,
        [
            "::warning file=specs/pets/openapi.yaml,title=New codegen warning (untyped-schema)::\
             pets at #/components/schemas/Pet/properties/tag: `not` only excludes values, and \
             what it leaves has no Rust type: serde_json::Value (not in specs/pets/warnings.toml; \
             accept it with `cargo xtask codegen --accept-warnings`)",
            "::group::How generated/ differs",
            "::endgroup::",
            "::error file=generated/src/pets/types.rs,title=generated/ is stale::generated/src/pets/types.rs \
             differs from what generation produces; run `cargo xtask codegen` and commit the \
             result",
        ],
        "{}",
        run.out
    );
    assert_eq!(run.err, "");
}

#[test]
fn stale_baseline_entries_are_annotated_on_their_line() {
    let workspace = Workspace::new();
    workspace.edit(
        "specs/notes/openapi.json",
        r#"{ "not": { "type": "integer" } }"#,
        r#"{ "type": "string" }"#,
    );
    workspace.run(&CodegenOptions::default());
    let run = workspace.run(&github(true));
    assert_eq!(run.outcome, Outcome::Failure);
    assert!(
        run.out.contains(
            "::error file=specs/notes/warnings.toml,line=15,title=Stale baseline entry::stale \
             entry in specs/notes/warnings.toml:15: [untyped-schema] \
             #/components/schemas/Note/properties/body no longer occurs"
        ),
        "{}",
        run.out
    );
}

#[test]
fn document_errors_are_annotated_with_their_line() {
    let workspace = Workspace::new();
    workspace.write(
        "specs/pets/openapi.yaml",
        "openapi: 3.1.0\ninfo: {title: x\n",
    );
    let summary = workspace.path("summary.md");
    let options = CodegenOptions {
        summary_file: Some(summary.clone()),
        ..github(true)
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let console = &mut xtask::Console {
        out: &mut out,
        err: &mut err,
    };
    assert!(xtask::codegen_to(workspace.root(), &options, console).is_err());
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.starts_with(
            "::error file=specs/pets/openapi.yaml,line=3,col=1,title=Document cannot be \
             generated::invalid YAML"
        ),
        "{out}"
    );
    let summary = fs::read_to_string(summary).unwrap();
    assert!(
        summary.starts_with(
            "## `cargo xtask codegen --check`: failed\n\n1 document(s) could not be generated; \
             nothing was written:\n\n- specs/pets/openapi.yaml:3:1 at #: invalid YAML"
        ),
        "{summary}"
    );
}

#[test]
fn summary_file_shows_the_vendors_the_problems_and_the_diff() {
    let workspace = Workspace::new();
    workspace.edit(
        "generated/src/pets/types.rs",
        "pub id: String",
        "pub id: u64",
    );
    let summary = workspace.path("summary.md");
    fs::write(&summary, "earlier steps\n").unwrap();
    let run = workspace.run(&CodegenOptions {
        summary_file: Some(summary.clone()),
        ..check()
    });
    assert_eq!(run.outcome, Outcome::Failure);
    let text = fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("earlier steps\n## `cargo xtask codegen --check`: failed\n"),
        "{text}"
    );
    for part in [
        "| `notes` | 1 of 2 | 4 | 0 | 0 |",
        "| `pets` | 2 of 2 | 0 | 0 | 0 |",
        "| `shop` | 3 of 5 (3 selected) | 0 | 0 | 0 |",
        "- generated/ is stale: 1 file(s) differ.",
        "<details><summary>How generated/ differs (1 file)</summary>",
        "```diff\nstale: generated/src/pets/types.rs\n--- a/generated/src/pets/types.rs",
        "+    pub id: String,",
    ] {
        assert!(text.contains(part), "{part:?} not in:\n{text}");
    }
}
