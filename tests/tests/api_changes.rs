//! `codegen --check` says what a stale `generated/` changes for code using the crate, before
//! the diff: here for a changed fixture vendor document.

use std::fs;

use tests::workspace::{Workspace, check};
use xtask::{CodegenOptions, Outcome};

/// Changes pets' document: `GET /pets` and `Pet.name` go, `Pet.tag` (optional) and the status
/// `pending` come.
fn change_pets(workspace: &Workspace) {
    let spec = "specs/pets/openapi.yaml";
    let text = workspace.read(spec);
    let (start, end) = (
        text.find("  /pets:\n").unwrap(),
        text.find("  /pets/{petId}:\n").unwrap(),
    );
    workspace.write(spec, format!("{}{}", &text[..start], &text[end..]));
    workspace.edit(spec, "required: [id, name]", "required: [id]");
    workspace.edit(
        spec,
        "        name:\n          type: string\n",
        "        tag:\n          type: string\n",
    );
    workspace.edit(
        spec,
        "enum: [available, sold]",
        "enum: [available, sold, pending]",
    );
}

#[test]
fn check_lists_api_changes_before_the_diff() {
    let workspace = Workspace::new();
    change_pets(&workspace);
    let run = workspace.run(&check());
    assert_eq!(run.outcome, Outcome::Failure);
    let expected = "\
API changes for code using the crate:
generated/src/pets/: 4 changes, 3 breaking
  breaking operation `ListPets` (GET /pets) removed
  breaking field `Pet.name: String` removed
  ok       field `Pet.tag: Option<String>` added (optional)
  breaking `PetStatus::Pending` (\"pending\") added (a `match` without a wildcard arm no longer compiles)
stale: generated/src/pets/operations.rs
";
    assert!(run.out.contains(expected), "{}", run.out);
}

#[test]
fn unchanged_api_says_nothing() {
    // Only documentation changes: the diff, but no API change.
    let workspace = Workspace::new();
    workspace.edit("specs/pets/openapi.yaml", "List the pets", "List every pet");
    let run = workspace.run(&check());
    assert_eq!(run.outcome, Outcome::Failure);
    assert!(!run.out.contains("API changes"), "{}", run.out);
    assert!(run.out.contains("+/// List every pet"), "{}", run.out);
}

#[test]
fn summary_file_lists_api_changes() {
    let workspace = Workspace::new();
    change_pets(&workspace);
    let summary = workspace.path("summary.md");
    workspace.run(&CodegenOptions {
        summary_file: Some(summary.clone()),
        ..check()
    });
    let text = fs::read_to_string(summary).unwrap();
    for part in [
        "### API changes\n\n`generated/src/pets/`: 4 changes, 3 breaking\n",
        "- **breaking** operation `ListPets` (GET /pets) removed\n",
        "- ok field `Pet.tag: Option&lt;String>` added (optional)\n",
    ] {
        assert!(text.contains(part), "{part:?} not in:\n{text}");
    }
}
