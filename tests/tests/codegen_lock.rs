//! Two `cargo xtask codegen` runs on one tree never interleave: the second waits for the
//! first (see `xtask/src/lock.rs`), so both succeed and `generated/` ends up whole.

use std::fs::File;
use std::sync::Barrier;
use std::time::Duration;

use tests::workspace::{Workspace, check};
use xtask::{CodegenOptions, Outcome};

/// Changes a summary of the pets fixture, so that the next run has something to write.
fn change_pets(workspace: &Workspace, summary: &str) {
    let text = workspace.read("specs/pets/openapi.yaml");
    let line = text
        .lines()
        .find(|line| line.trim_start().starts_with("summary: Remove"))
        .unwrap_or_else(|| panic!("no summary to change in {text}"))
        .to_owned();
    workspace.edit(
        "specs/pets/openapi.yaml",
        &line,
        &format!("      summary: Remove {summary}"),
    );
}

#[test]
fn a_run_waits_while_another_holds_the_tree() {
    let workspace = Workspace::new();
    change_pets(&workspace, "a pet, waiting");
    let before = workspace.snapshot();
    let held = File::open(workspace.path("generated/.codegen.lock")).unwrap();
    held.lock().unwrap();
    std::thread::scope(|scope| {
        let run = scope.spawn(|| workspace.run(&CodegenOptions::default()));
        std::thread::sleep(Duration::from_millis(500));
        assert!(!run.is_finished(), "codegen did not wait for the lock");
        assert_eq!(
            workspace.snapshot(),
            before,
            "codegen wrote while locked out"
        );
        held.unlock().unwrap();
        let run = run.join().unwrap();
        assert_eq!(run.outcome, Outcome::Success, "{run:?}");
        assert!(
            run.err.contains("is locked); waiting for it to finish"),
            "{}",
            run.err
        );
    });
    assert!(workspace.module("pets").contains("Remove a pet, waiting"));
}

#[test]
fn concurrent_runs_all_succeed_and_leave_a_whole_tree() {
    let workspace = Workspace::new();
    const RUNS: usize = 4;
    for round in 0..5 {
        change_pets(&workspace, &format!("a pet, round {round}"));
        let start = Barrier::new(RUNS);
        let results: Vec<_> = std::thread::scope(|scope| {
            let runs: Vec<_> = (0..RUNS)
                .map(|_| {
                    scope.spawn(|| {
                        start.wait();
                        workspace.try_run(&CodegenOptions::default())
                    })
                })
                .collect();
            runs.into_iter().map(|run| run.join().unwrap()).collect()
        });
        for result in results {
            let run = result.unwrap_or_else(|e| panic!("round {round}: {e:#}"));
            assert_eq!(run.outcome, Outcome::Success, "round {round}: {run:?}");
        }
        assert_eq!(workspace.check().unwrap(), Outcome::Success);
        assert!(!workspace.path("generated/.codegen-staging").exists());
        let module = workspace.module("pets");
        assert!(module.contains(&format!("round {round}")), "round {round}");
    }
}

#[test]
fn a_check_waits_for_a_run_that_writes() {
    let workspace = Workspace::new();
    let held = File::open(workspace.path("generated/.codegen.lock")).unwrap();
    held.lock().unwrap();
    std::thread::scope(|scope| {
        let run = scope.spawn(|| workspace.run(&check()));
        std::thread::sleep(Duration::from_millis(500));
        assert!(!run.is_finished(), "--check did not wait for the writer");
        held.unlock().unwrap();
        assert_eq!(run.join().unwrap().outcome, Outcome::Success);
    });
}
