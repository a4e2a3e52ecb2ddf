//! What `cargo xtask codegen` says about each vendor: one summary line, warning counts by kind,
//! one line per new warning or stale baseline entry, and the full list only when asked for.
//!
//! A real vendor raises hundreds of accepted warnings; printing them all on every run buries
//! the few lines that matter, so they go to `--verbose` or `--warnings-file`.

use std::collections::BTreeMap;

use generator::{ModuleSummary, Warning};

use crate::CODEGEN_COMMAND;
use crate::baseline::{self, Entry, Review};

/// At most this many new warnings are printed one by one per vendor; the rest are counted.
pub const SHOWN_PER_VENDOR: usize = 20;

/// One vendor's generation, compared with its baseline.
#[derive(Debug, Clone)]
pub struct VendorReport<'a> {
    /// The vendor folder's name.
    pub name: &'a str,
    /// `specs/<name>`.
    pub display: &'a str,
    pub summary: &'a ModuleSummary,
    pub review: Review<'a>,
}

impl VendorReport<'_> {
    /// `specs/<name>/warnings.toml`.
    pub fn baseline_path(&self) -> String {
        format!("{}/{}", self.display, baseline::FILE)
    }

    /// `github: 1,199 of 1,223 operations, 964 warnings (962 accepted, 2 new)`; with a
    /// selection, `github: 14 of 14 selected operations (1,209 left out), 98 schemas (871 left
    /// out), 12 warnings (all accepted)`.
    pub fn line(&self) -> String {
        let summary = self.summary;
        let mut line = match &summary.selection {
            None => format!(
                "{}: {} of {} operation{}",
                self.name,
                thousands(summary.operations_generated),
                thousands(summary.operations_documented),
                plural(summary.operations_documented)
            ),
            Some(selection) => format!(
                "{}: {} of {} selected operation{} ({} left out), {} schema{} ({} left out)",
                self.name,
                thousands(summary.operations_generated),
                thousands(selection.operations_selected),
                plural(selection.operations_selected),
                thousands(summary.operations_documented - selection.operations_selected),
                thousands(selection.schemas_kept),
                plural(selection.schemas_kept),
                thousands(selection.schemas_left_out),
            ),
        };
        let (total, new) = (summary.warnings.len(), self.review.new.len());
        match (total, new) {
            (0, _) => line.push_str(", no warnings"),
            (_, 0) => line.push_str(&format!(
                ", {} warning{} (all accepted)",
                thousands(total),
                plural(total)
            )),
            _ => line.push_str(&format!(
                ", {} warning{} ({} accepted, {} new)",
                thousands(total),
                plural(total),
                thousands(self.review.accepted),
                thousands(new)
            )),
        }
        let stale = self.review.stale.len();
        if stale > 0 {
            line.push_str(&format!(
                ", {} stale baseline entr{}",
                thousands(stale),
                if stale == 1 { "y" } else { "ies" }
            ));
        }
        line
    }

    /// One line for a warning the baseline does not accept, with how to accept it.
    pub fn new_warning_line(&self, warning: &Warning) -> String {
        format!(
            "new warning in {}: {warning} (not in {}; accept it with `{CODEGEN_COMMAND} {}`)",
            self.name,
            self.baseline_path(),
            baseline::ACCEPT_FLAG
        )
    }

    /// One line for a baseline entry that no warning matches any more.
    pub fn stale_entry_line(&self, entry: &Entry, line: Option<usize>) -> String {
        let at = line.map_or_else(String::new, |line| format!(":{line}"));
        format!(
            "stale entry in {}{at}: [{}] #{} no longer occurs (`{CODEGEN_COMMAND} {}` removes it)",
            self.baseline_path(),
            entry.kind,
            entry.pointer,
            baseline::ACCEPT_FLAG
        )
    }

    /// Said after the first [`SHOWN_PER_VENDOR`] new warnings, when there are more.
    pub fn more_new_warnings(&self) -> Option<String> {
        let more = self.review.new.len().checked_sub(SHOWN_PER_VENDOR)?;
        (more > 0).then(|| {
            format!(
                "… and {} more new warning{} in {} (all of them: --verbose or --warnings-file PATH)",
                thousands(more),
                plural(more),
                self.name
            )
        })
    }
}

/// `warnings by kind: 900 untyped-schema, 40 dropped-keyword`, most frequent first; `None`
/// without warnings.
pub fn kinds_line(vendors: &[VendorReport]) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for warning in vendors.iter().flat_map(|v| &v.summary.warnings) {
        *counts.entry(warning.kind).or_default() += 1;
    }
    if counts.is_empty() {
        return None;
    }
    let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let parts: Vec<String> = counts
        .iter()
        .map(|(kind, count)| format!("{} {kind}", thousands(*count)))
        .collect();
    Some(format!("warnings by kind: {}", parts.join(", ")))
}

/// Every warning, one a line, marked `new` or `accepted`: for `--verbose` and
/// `--warnings-file`.
pub fn full_list(vendors: &[VendorReport]) -> String {
    let mut text = String::new();
    for vendor in vendors {
        for warning in &vendor.summary.warnings {
            let status = if vendor.review.new.iter().any(|w| std::ptr::eq(*w, warning)) {
                "new"
            } else {
                "accepted"
            };
            text.push_str(&format!("{status:8} {warning}\n"));
        }
    }
    text
}

/// `1234567` → `1,234,567`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use generator::Location;

    use super::*;

    fn summary(documented: usize, generated: usize, warnings: Vec<Warning>) -> ModuleSummary {
        ModuleSummary {
            module: "github".to_owned(),
            operations_documented: documented,
            operations_generated: generated,
            selection: None,
            warnings,
        }
    }

    fn warning(kind: &'static str, pointer: &str) -> Warning {
        Warning::new(
            Location::new("specs/github/openapi.json", pointer),
            kind,
            "m",
        )
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_223), "1,223");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn vendor_line_counts_operations_and_warnings() {
        let quiet = summary(1, 1, Vec::new());
        let report = VendorReport {
            name: "hooked",
            display: "specs/hooked",
            summary: &quiet,
            review: Review::default(),
        };
        assert_eq!(report.line(), "hooked: 1 of 1 operation, no warnings");

        let warnings = vec![
            warning("untyped-schema", "/a"),
            warning("untyped-schema", "/b"),
            warning("skipped-operation", "/c"),
        ];
        let noisy = summary(1_223, 1_199, warnings);
        let review = Review {
            new: vec![&noisy.warnings[2]],
            accepted: 2,
            stale: vec![(
                Entry {
                    kind: "untyped-schema".to_owned(),
                    pointer: "/gone".to_owned(),
                },
                Some(7),
            )],
        };
        let report = VendorReport {
            name: "github",
            display: "specs/github",
            summary: &noisy,
            review,
        };
        assert_eq!(
            report.line(),
            "github: 1,199 of 1,223 operations, 3 warnings (2 accepted, 1 new), 1 stale \
             baseline entry"
        );
        assert_eq!(
            kinds_line(std::slice::from_ref(&report)).as_deref(),
            Some("warnings by kind: 2 untyped-schema, 1 skipped-operation")
        );
        assert_eq!(
            report.new_warning_line(&noisy.warnings[2]),
            "new warning in github: specs/github/openapi.json at #/c: [skipped-operation] m \
             (not in specs/github/warnings.toml; accept it with `cargo xtask codegen \
             --accept-warnings`)"
        );
        let (entry, line) = &report.review.stale[0];
        assert_eq!(
            report.stale_entry_line(entry, *line),
            "stale entry in specs/github/warnings.toml:7: [untyped-schema] #/gone no longer \
             occurs (`cargo xtask codegen --accept-warnings` removes it)"
        );
        assert_eq!(
            full_list(std::slice::from_ref(&report)),
            "accepted specs/github/openapi.json at #/a: [untyped-schema] m\n\
             accepted specs/github/openapi.json at #/b: [untyped-schema] m\n\
             new      specs/github/openapi.json at #/c: [skipped-operation] m\n"
        );
        assert_eq!(report.more_new_warnings(), None);
    }
}
