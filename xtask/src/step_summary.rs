//! `--summary-file PATH`: the run as Markdown, appended to `PATH`. In GitHub Actions that is
//! `$GITHUB_STEP_SUMMARY`, shown on the run's page: a table of vendors, what fails the check,
//! and the diff of `generated/`, folded.

use crate::check::Drift;
use crate::report::{VendorReport, thousands};
use crate::{GENERATED_DIR, Outcome};

/// GitHub shows at most 1 MiB of a step's summary; the diff is cut well before that.
const MAX_DIFF_BYTES: usize = 512 * 1024;
/// At most this many new warnings or stale entries are listed.
const MAX_LISTED: usize = 50;

/// What the summary shows.
pub struct Summary<'a> {
    /// The command as run, e.g. `cargo xtask codegen --check`.
    pub command: &'a str,
    pub outcome: Outcome,
    pub vendors: &'a [VendorReport<'a>],
    /// Lines said after the table: what was written, or why the run failed.
    pub conclusions: &'a [String],
    /// Markdown describing how the crate's API changes, if computed.
    pub api_changes: Option<&'a str>,
    /// The drift found by `--check`.
    pub drift: &'a [Drift],
}

/// The Markdown text of `summary`.
pub fn render(summary: &Summary) -> String {
    let verdict = match summary.outcome {
        Outcome::Success => "passed",
        Outcome::Failure => "failed",
    };
    let mut md = format!("## `{}`: {verdict}\n\n", summary.command);
    md.push_str("| vendor | operations generated | warnings | new | stale baseline entries |\n");
    md.push_str("|---|---:|---:|---:|---:|\n");
    for vendor in summary.vendors {
        let selected = vendor
            .summary
            .selection
            .map_or_else(String::new, |selection| {
                format!(" ({} selected)", thousands(selection.operations_selected))
            });
        md.push_str(&format!(
            "| `{}` | {} of {}{selected} | {} | {} | {} |\n",
            vendor.name,
            thousands(vendor.summary.operations_generated),
            thousands(vendor.summary.operations_documented),
            thousands(vendor.summary.warnings.len()),
            thousands(vendor.review.new.len()),
            thousands(vendor.review.stale.len()),
        ));
    }
    md.push('\n');
    for line in summary.conclusions {
        md.push_str(&format!("- {}\n", inline(line)));
    }
    let mut listed = 0;
    let mut unlisted = 0;
    let mut items = String::new();
    for vendor in summary.vendors {
        let lines = vendor
            .review
            .new
            .iter()
            .map(|w| vendor.new_warning_line(w))
            .chain(
                vendor
                    .review
                    .stale
                    .iter()
                    .map(|(entry, line)| vendor.stale_entry_line(entry, *line)),
            );
        for line in lines {
            if listed < MAX_LISTED {
                items.push_str(&format!("- {}\n", inline(&line)));
                listed += 1;
            } else {
                unlisted += 1;
            }
        }
    }
    if listed > 0 {
        md.push_str("\n### Warnings to review\n\n");
        md.push_str(&items);
        if unlisted > 0 {
            md.push_str(&format!(
                "- … and {} more (run the command locally with `--verbose`)\n",
                thousands(unlisted)
            ));
        }
    }
    if let Some(changes) = summary.api_changes {
        md.push_str("\n### API changes\n\n");
        md.push_str(changes);
        if !changes.ends_with('\n') {
            md.push('\n');
        }
    }
    if !summary.drift.is_empty() {
        md.push_str(&diff_section(summary.drift));
    }
    md
}

/// The summary of a run that stopped on documents that cannot be generated: every error.
pub fn render_errors(command: &str, headline: &str, errors: &[String]) -> String {
    let mut md = format!("## `{command}`: failed\n\n{headline}:\n\n");
    for error in errors {
        md.push_str(&format!("- {}\n", inline(error)));
    }
    md
}

/// The drift as a folded `diff` block, cut at [`MAX_DIFF_BYTES`].
fn diff_section(drift: &[Drift]) -> String {
    let mut text = String::new();
    for entry in drift {
        text.push_str(&entry.to_string());
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    let mut note = String::new();
    if text.len() > MAX_DIFF_BYTES {
        let mut cut = MAX_DIFF_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = text[..cut].rfind('\n').map_or(cut, |i| i + 1);
        note = format!(
            "\nThe diff is cut after {} of {} bytes; run `cargo xtask codegen --check` for all \
             of it.\n",
            thousands(cut),
            thousands(text.len())
        );
        text.truncate(cut);
    }
    let fence = "`".repeat(longest_backtick_run(&text).max(2) + 1);
    format!(
        "\n<details><summary>How {GENERATED_DIR}/ differs ({} file{})</summary>\n\n{fence}diff\n{text}{fence}\n{note}\n</details>\n",
        drift.len(),
        if drift.len() == 1 { "" } else { "s" }
    )
}

/// A line of plain text as Markdown list content: `<` would open HTML.
fn inline(text: &str) -> String {
    text.replace('<', "&lt;")
}

fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_is_fenced_longer_than_any_backtick_run_and_cut() {
        let drift = [Drift::Stale {
            path: "generated/src/x.rs".to_owned(),
            diff: "-/// ```rust\n+/// ````text\n".to_owned(),
        }];
        let section = diff_section(&drift);
        assert!(section.contains("\n`````diff\n"), "{section}");
        assert!(section.trim_end().ends_with("</details>"), "{section}");

        let long = [Drift::Stale {
            path: "generated/src/x.rs".to_owned(),
            diff: "+line\n".repeat(MAX_DIFF_BYTES / 4),
        }];
        let section = diff_section(&long);
        assert!(section.len() < MAX_DIFF_BYTES + 1024);
        assert!(
            section.contains("The diff is cut after"),
            "cut note missing"
        );
    }
}
