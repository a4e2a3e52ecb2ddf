//! `cargo xtask codegen [--check | --accept-warnings] [--vendor NAME]...`: generate every vendor
//! (or those named), compare each vendor's warnings with its baseline, then write `generated/`
//! or compare it.
//!
//! What is printed stays short whatever the vendors' size: a line per vendor, counts by
//! warning kind, and a line per problem (a new warning, a stale baseline entry, a stale file
//! with its diff). Errors in the documents are always listed in full.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::api_diff;
use crate::baseline::{self, Baseline};
use crate::github::{self, Annotation, Level};
use crate::report::{self, VendorReport};
use crate::specs::{VendorFolder, crate_input, list_vendors, read_vendor};
use crate::step_summary::{self, Summary};
use crate::{
    CODEGEN_COMMAND, Console, Drift, Format, GENERATED_DIR, Outcome, SPECS_DIR, check, lock, tree,
    write,
};

/// The option that names a vendor to generate or check alone.
pub const VENDOR_FLAG: &str = "--vendor";

#[derive(Debug, Clone, Default)]
pub struct CodegenOptions {
    /// Compare instead of writing.
    pub check: bool,
    /// Write every vendor's baseline so that it accepts exactly the current warnings.
    pub accept_warnings: bool,
    /// Print every warning, not only the counts.
    pub verbose: bool,
    /// Write every warning to this file.
    pub warnings_file: Option<PathBuf>,
    pub format: Format,
    /// Append a Markdown summary of the run to this file.
    pub summary_file: Option<PathBuf>,
    /// Generate or check only these vendors (by folder or module name); all when empty.
    /// Only their documents are read: the other vendors' files are left as they are, and
    /// `Cargo.toml`, `src/lib.rs` and `src/runtime.rs` are made from these vendors and what the
    /// others' files say of them.
    pub vendors: Vec<String>,
}

impl CodegenOptions {
    /// The command line these options stand for, for the summary's title.
    fn command(&self) -> String {
        let mut command = CODEGEN_COMMAND.to_owned();
        if self.check {
            command.push_str(" --check");
        }
        if self.accept_warnings {
            command.push(' ');
            command.push_str(baseline::ACCEPT_FLAG);
        }
        for vendor in &self.vendors {
            command.push_str(&format!(" {VENDOR_FLAG} {vendor}"));
        }
        command
    }
}

/// `cargo xtask codegen` for the workspace at `root`, printing to stdout and stderr.
pub fn codegen(root: &Path, options: &CodegenOptions) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    codegen_to(
        root,
        options,
        &mut Console {
            out: &mut out,
            err: &mut err,
        },
    )
}

/// `cargo xtask codegen` for the workspace at `root`, printing to `console`.
pub fn codegen_to(
    root: &Path,
    options: &CodegenOptions,
    console: &mut Console,
) -> anyhow::Result<Outcome> {
    if options.check && options.accept_warnings {
        bail!(
            "--check writes nothing, so it cannot be combined with {}",
            baseline::ACCEPT_FLAG
        );
    }
    let out_dir = root.join(GENERATED_DIR);
    // Held until the run is done: another run on this tree waits (see `lock`).
    let _lock = if options.check {
        lock::shared(&out_dir, console.err)?
    } else {
        Some(lock::exclusive(&out_dir, console.err)?)
    };
    if !options.check {
        // An interrupted run's update is finished (or discarded) first, so that `generated/`
        // is whole again even when the specs now fail.
        write::recover(&out_dir)?;
    }
    let vendors = list_vendors(root)?;
    let chosen = chosen_modules(&options.vendors, &vendors)?;
    let is_chosen = |module: &str| chosen.as_ref().is_none_or(|c| c.contains(module));
    // The other vendors' files are kept as they are, and what the crate's own files need of
    // those vendors is read from them; only a vendor whose files do not say is read again.
    let (kept_files, kept) = match &chosen {
        Some(chosen) => {
            let files = other_vendors_files(&out_dir, chosen)?;
            let kept = kept_modules(&vendors, chosen, &files);
            (files, kept)
        }
        None => (Vec::new(), Vec::new()),
    };
    let folders: Vec<VendorFolder> = vendors
        .into_iter()
        .filter(|vendor| !kept.iter().any(|kept| kept.module == vendor.module))
        .collect();
    let input = crate_input(
        folders
            .iter()
            .map(|folder| read_vendor(root, folder))
            .collect::<anyhow::Result<_>>()?,
    );
    let generated = match generator::generate_modules(&input, is_chosen, &kept) {
        Ok(generated) => generated,
        Err(errors) => {
            if options.format == Format::Github {
                for error in &errors {
                    let message = format!("{} (at #{})", error.message, error.location.pointer);
                    let annotation = Annotation {
                        file: Some(&error.location.file),
                        line_column: error.location.line_column,
                        title: "Document cannot be generated",
                        message: &message,
                    };
                    writeln!(
                        console.out,
                        "{}",
                        github::command(Level::Error, &annotation)
                    )?;
                }
            }
            let headline = format!(
                "{} document(s) could not be generated; nothing was written",
                errors.len()
            );
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            if let Some(path) = &options.summary_file {
                let text = step_summary::render_errors(&options.command(), &headline, &lines);
                append(path, &text)?;
            }
            bail!("{headline}:\n  {}", lines.join("\n  "));
        }
    };
    // Only the chosen vendors are reported on, and only their baselines read or written.
    let (folders, summaries): (Vec<VendorFolder>, Vec<&generator::ModuleSummary>) = folders
        .into_iter()
        .zip(&generated.modules)
        .filter(|(_, summary)| is_chosen(&summary.module))
        .unzip();
    let baselines = folders
        .iter()
        .map(|folder| Baseline::read(&folder.dir, &folder.display))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut files = generated.files;
    if chosen.is_some() {
        files.extend(kept_files);
        files.sort_by(|a, b| a.path.cmp(&b.path));
    }
    let reports: Vec<VendorReport> = folders
        .iter()
        .zip(&baselines)
        .zip(summaries)
        .map(|((folder, baseline), summary)| VendorReport {
            name: &folder.name,
            display: &folder.display,
            summary,
            review: baseline.review(&summary.warnings),
        })
        .collect();

    for report in &reports {
        writeln!(console.out, "{}", report.line())?;
    }
    if let Some(line) = report::kinds_line(&reports) {
        writeln!(console.out, "{line}")?;
    }
    if options.verbose || options.warnings_file.is_some() {
        let list = report::full_list(&reports);
        if options.verbose {
            write!(console.err, "{list}")?;
        }
        if let Some(path) = &options.warnings_file {
            fs::write(path, &list).with_context(|| format!("cannot write {}", path.display()))?;
        }
    }

    let mut run = Run {
        options,
        console,
        conclusions: Vec::new(),
        drift: Vec::new(),
        api_changes: None,
    };
    let outcome = if options.accept_warnings {
        run.accept(&out_dir, &files, &folders, &reports)?
    } else {
        let new = run.new_warnings(&reports)?;
        let stale = run.stale_entries(&reports)?;
        if options.check {
            run.check(&out_dir, &files, new, stale)?
        } else {
            run.write(&out_dir, &files, new)?
        }
    };
    if let Some(path) = &options.summary_file {
        let text = step_summary::render(&Summary {
            command: &options.command(),
            outcome,
            vendors: &reports,
            conclusions: &run.conclusions,
            api_changes: run.api_changes.as_deref(),
            drift: &run.drift,
        });
        append(path, &text)?;
    }
    Ok(outcome)
}

/// Something to fix, said as an `error:` line for a person or as a GitHub annotation.
struct Problem<'p> {
    level: Level,
    /// The line a person reads.
    line: String,
    /// The file and place the annotation points at.
    file: Option<&'p str>,
    line_column: Option<(usize, usize)>,
    title: String,
    /// The annotation's text, when it differs from `line`.
    message: Option<String>,
}

/// One run's output so far.
struct Run<'a, 'c> {
    options: &'a CodegenOptions,
    console: &'a mut Console<'c>,
    /// The closing lines, repeated in the Markdown summary.
    conclusions: Vec<String>,
    drift: Vec<Drift>,
    /// What the drift changes for code using the crate, as Markdown.
    api_changes: Option<String>,
}

impl Run<'_, '_> {
    fn conclude(&mut self, line: String) -> anyhow::Result<()> {
        writeln!(self.console.out, "{line}")?;
        self.conclusions.push(line);
        Ok(())
    }

    fn problem(&mut self, problem: Problem) -> anyhow::Result<()> {
        match self.options.format {
            Format::Human => {
                let prefix = match problem.level {
                    Level::Error => "error",
                    Level::Warning => "warning",
                    Level::Notice => "note",
                };
                writeln!(self.console.err, "{prefix}: {}", problem.line)?;
            }
            Format::Github => {
                let annotation = Annotation {
                    file: problem.file,
                    line_column: problem.line_column,
                    title: &problem.title,
                    message: problem.message.as_deref().unwrap_or(&problem.line),
                };
                writeln!(
                    self.console.out,
                    "{}",
                    github::command(problem.level, &annotation)
                )?;
            }
        }
        Ok(())
    }

    /// Reports every warning no baseline accepts; returns how many there are.
    fn new_warnings(&mut self, reports: &[VendorReport]) -> anyhow::Result<usize> {
        let mut total = 0;
        for report in reports {
            total += report.review.new.len();
            for warning in report.review.new.iter().take(report::SHOWN_PER_VENDOR) {
                self.problem(Problem {
                    // The run fails on it; the annotation says what it is: a warning.
                    level: match self.options.format {
                        Format::Human => Level::Error,
                        Format::Github => Level::Warning,
                    },
                    line: report.new_warning_line(warning),
                    file: Some(&warning.location.file),
                    line_column: warning.location.line_column,
                    title: format!("New codegen warning ({})", warning.kind),
                    message: Some(format!(
                        "{} at #{}: {} (not in {}; accept it with `{CODEGEN_COMMAND} {}`)",
                        report.name,
                        warning.location.pointer,
                        warning.message,
                        report.baseline_path(),
                        baseline::ACCEPT_FLAG
                    )),
                })?;
            }
            if let Some(more) = report.more_new_warnings() {
                writeln!(self.console.err, "error: {more}")?;
            }
        }
        Ok(total)
    }

    /// Reports every baseline entry that no warning matches; returns how many there are. They
    /// fail `--check` only: a plain run notes them and goes on.
    fn stale_entries(&mut self, reports: &[VendorReport]) -> anyhow::Result<usize> {
        let mut total = 0;
        for report in reports {
            let path = report.baseline_path();
            for (entry, line) in &report.review.stale {
                total += 1;
                self.problem(Problem {
                    level: if self.options.check {
                        Level::Error
                    } else {
                        Level::Notice
                    },
                    line: report.stale_entry_line(entry, *line),
                    file: Some(&path),
                    line_column: line.map(|line| (line, 0)),
                    title: "Stale baseline entry".to_owned(),
                    message: None,
                })?;
            }
        }
        Ok(total)
    }

    fn check(
        &mut self,
        out_dir: &Path,
        files: &[generator::GeneratedFile],
        new: usize,
        stale: usize,
    ) -> anyhow::Result<Outcome> {
        let drift = check(out_dir, files)?;
        let github = self.options.format == Format::Github;
        let changes = api_diff::changes(out_dir, files, &drift);
        let text = api_diff::render_text(&changes);
        if !text.is_empty() {
            write!(self.console.out, "{text}")?;
        }
        self.api_changes = api_diff::render_markdown(&changes);
        if !drift.is_empty() {
            if github {
                let title = format!("How {GENERATED_DIR}/ differs");
                writeln!(self.console.out, "{}", github::group(&title))?;
            }
            for entry in &drift {
                writeln!(self.console.out, "{entry}")?;
            }
            if github {
                writeln!(self.console.out, "{}", github::END_GROUP)?;
                for entry in &drift {
                    self.problem(Problem {
                        level: Level::Error,
                        line: String::new(),
                        file: Some(entry.path()),
                        line_column: None,
                        title: format!("{GENERATED_DIR}/ is stale"),
                        message: Some(format!(
                            "{} {}; run `{CODEGEN_COMMAND}` and commit the result",
                            entry.path(),
                            entry.kind()
                        )),
                    })?;
                }
            }
        }
        let mut failed = !drift.is_empty();
        if drift.is_empty() {
            self.conclude(format!(
                "{GENERATED_DIR}/ is up to date ({} files)",
                files.len()
            ))?;
        } else {
            self.conclude(format!(
                "{GENERATED_DIR}/ is stale: {} file(s) differ. Run `{CODEGEN_COMMAND}` and commit \
                 the result.",
                drift.len()
            ))?;
        }
        self.drift = drift;
        if new > 0 {
            failed = true;
            self.fail_new_warnings(new)?;
        }
        if stale > 0 {
            failed = true;
            self.conclude(format!(
                "{stale} baseline entr{} no longer occur{}; run `{CODEGEN_COMMAND} {}` and commit \
                 the result, so that the baselines list only what happens.",
                if stale == 1 { "y" } else { "ies" },
                if stale == 1 { "s" } else { "" },
                baseline::ACCEPT_FLAG
            ))?;
        }
        Ok(if failed {
            Outcome::Failure
        } else {
            Outcome::Success
        })
    }

    fn fail_new_warnings(&mut self, new: usize) -> anyhow::Result<()> {
        self.conclude(format!(
            "{new} new warning(s) not in the vendors' {}. Review them; to accept them, run \
             `{CODEGEN_COMMAND} {}` and commit the result.",
            baseline::FILE,
            baseline::ACCEPT_FLAG
        ))
    }

    fn write(
        &mut self,
        out_dir: &Path,
        files: &[generator::GeneratedFile],
        new: usize,
    ) -> anyhow::Result<Outcome> {
        if new > 0 {
            self.fail_new_warnings(new)?;
            self.conclude(format!("Nothing was written to {GENERATED_DIR}/."))?;
            return Ok(Outcome::Failure);
        }
        self.write_generated(out_dir, files)?;
        Ok(Outcome::Success)
    }

    fn write_generated(
        &mut self,
        out_dir: &Path,
        files: &[generator::GeneratedFile],
    ) -> anyhow::Result<()> {
        let written = write(out_dir, files)?;
        self.conclude(format!(
            "{GENERATED_DIR}/: {} file(s) written, {} removed, {} unchanged",
            written.written.len(),
            written.removed.len(),
            files.len() - written.written.len()
        ))
    }

    /// Writes `generated/`, then makes every vendor's baseline accept exactly its warnings.
    fn accept(
        &mut self,
        out_dir: &Path,
        files: &[generator::GeneratedFile],
        folders: &[VendorFolder],
        reports: &[VendorReport],
    ) -> anyhow::Result<Outcome> {
        self.write_generated(out_dir, files)?;
        for (folder, report) in folders.iter().zip(reports) {
            let warnings = &report.summary.warnings;
            let text = baseline::render(&folder.display, warnings);
            if baseline::write(&folder.dir, &folder.display, text.as_deref())? {
                let path = report.baseline_path();
                let (added, removed) = (report.review.new.len(), report.review.stale.len());
                self.conclude(match text {
                    None => format!("{path}: removed (no warnings left)"),
                    Some(_) => format!(
                        "{path}: {} warning(s) accepted ({added} new; {removed} stale entr{} \
                         removed)",
                        warnings.len(),
                        if removed == 1 { "y" } else { "ies" }
                    ),
                })?;
            }
        }
        Ok(Outcome::Success)
    }
}

/// The module names of the vendors `--vendor` names, by folder or module name; `None` when it
/// names none, which means every vendor.
fn chosen_modules(
    names: &[String],
    vendors: &[VendorFolder],
) -> anyhow::Result<Option<BTreeSet<String>>> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut chosen = BTreeSet::new();
    for name in names {
        let Some(vendor) = vendors
            .iter()
            .find(|vendor| vendor.name == *name || vendor.module == *name)
        else {
            let known: Vec<&str> = vendors.iter().map(|v| v.name.as_str()).collect();
            bail!(
                "{VENDOR_FLAG} {name}: there is no such vendor in {SPECS_DIR}/; the vendors are: \
                 {}",
                known.join(", ")
            );
        };
        chosen.insert(vendor.module.clone());
    }
    Ok(Some(chosen))
}

/// The vendors not in `chosen` whose root file, among the kept `files`, states what the
/// crate's own files need of them.
fn kept_modules(
    vendors: &[VendorFolder],
    chosen: &BTreeSet<String>,
    files: &[generator::GeneratedFile],
) -> Vec<generator::KeptModule> {
    vendors
        .iter()
        .filter(|vendor| !chosen.contains(&vendor.module))
        .filter_map(|vendor| {
            let root = format!(
                "{}/{}/{}",
                tree::OWNED_DIR,
                vendor.module,
                generator::emit::ROOT_FILE
            );
            let file = files.iter().find(|file| file.path == root)?;
            Some(generator::KeptModule {
                module: vendor.module.clone(),
                needs: generator::ModuleNeeds::read(&file.contents)?,
            })
        })
        .collect()
}

/// The files of `dir`'s owned part that belong to vendors not in `chosen`, as they are: a run
/// for some vendors keeps them. `Cargo.toml`, `src/lib.rs` and `src/runtime.rs` are not among
/// them; they are generated whole every time.
fn other_vendors_files(
    dir: &Path,
    chosen: &BTreeSet<String>,
) -> anyhow::Result<Vec<generator::GeneratedFile>> {
    let mut files = Vec::new();
    for path in tree::owned_files(dir)? {
        let Some(rest) = path
            .strip_prefix(tree::OWNED_DIR)
            .and_then(|rest| rest.strip_prefix('/'))
        else {
            continue;
        };
        let module = rest.split_once('/').map_or_else(
            || rest.strip_suffix(".rs").unwrap_or(rest),
            |(folder, _)| folder,
        );
        if ["lib", "runtime"].contains(&module) || chosen.contains(module) {
            continue;
        }
        let bytes = fs::read(dir.join(&path))
            .with_context(|| format!("cannot read {}", tree::display(dir, &path)))?;
        let contents = String::from_utf8(bytes).map_err(|_| {
            anyhow::anyhow!(
                "{} is not UTF-8 text; run without {VENDOR_FLAG} to regenerate every vendor",
                tree::display(dir, &path)
            )
        })?;
        files.push(generator::GeneratedFile { path, contents });
    }
    Ok(files)
}

/// Appends `text` to `path`, creating it when missing.
fn append(path: &Path, text: &str) -> anyhow::Result<()> {
    let mut file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))
}
