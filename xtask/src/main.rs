//! The `cargo xtask` command line: `codegen`, `generate`, `overlay apply` and `bench`.

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::{CodegenOptions, Outcome, StandaloneOptions};

// Generation allocates and frees many small token trees and strings: glibc's allocator took a
// third of its time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_e` (the same in mimalloc 2 and 3): how long
/// freed memory waits before it is given back to the system.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory for the next allocations instead of giving it back after 10 ms: a run is
/// short, and memory given back is zeroed again by the kernel when it is reused (a fifth to a
/// third of a GitHub-sized run's CPU went to that). The peak does not change.
fn keep_freed_memory() {
    // SAFETY: setting an option is allowed at any time; -1 means "never purge".
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

const USAGE: &str = "\
usage:
  cargo xtask codegen [--check | --accept-warnings] [--vendor NAME]... [--verbose]
                      [--warnings-file PATH] [--format human|github] [--summary-file PATH]
      regenerate generated/ from specs/; fails on a warning not accepted in the vendor's
      specs/<vendor>/warnings.toml (nothing is written then)
      --vendor NAME      only this vendor (repeatable): its files are written or checked, and
                         Cargo.toml and src/lib.rs; the other vendors' files are left alone
      --check            write nothing; exit 1 when generated/ is stale, a warning is new, or
                         a warnings.toml entry no longer occurs
      --accept-warnings  also rewrite every warnings.toml to accept exactly today's warnings
      --verbose          print every warning (by default: a line per vendor, counts by kind)
      --warnings-file    write every warning to PATH
      --format github    new warnings, stale entries and stale files as GitHub annotations
      --summary-file     append a Markdown summary of the run to PATH ($GITHUB_STEP_SUMMARY)
  cargo xtask generate <SPEC> --out <DIR> [--module <NAME>] [--package <NAME>] [--force]
                       [--deny-warnings] [--root <FOLDER>]
      generate a standalone crate from one OpenAPI or Swagger 2.0 document; DIR must be new,
      empty or made by an earlier `generate` (it holds .generated-by-xtask), unless --force;
      the document's $refs read other files of its folder, or of FOLDER (which holds it)
  cargo xtask overlay apply <SPEC> <OVERLAY>... [--json]
      print SPEC with the overlays applied in order (YAML, or JSON for a .json SPEC or --json)
  cargo xtask bench [DOCUMENT]... [--runs N]
      CPU time of generation and of each stage, as ratios to serde_json's parse of the same
      document (build with --release: `cargo run --release -p xtask -- bench`)";

fn main() -> ExitCode {
    keep_freed_memory();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Failure) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> anyhow::Result<Outcome> {
    let mut flags = Flags::new(args);
    let Some(command) = flags.positional() else {
        anyhow::bail!("no command given\n\n{USAGE}");
    };
    match command.as_str() {
        "codegen" => {
            if flags.switch("--deny-warnings") {
                anyhow::bail!(
                    "codegen has no --deny-warnings any more: a warning that the vendor's \
                     specs/<vendor>/warnings.toml does not accept already fails, and a vendor \
                     without that file accepts none"
                );
            }
            let options = CodegenOptions {
                check: flags.switch("--check"),
                accept_warnings: flags.switch("--accept-warnings"),
                verbose: flags.switch("--verbose"),
                warnings_file: flags.value("--warnings-file")?.map(PathBuf::from),
                format: flags
                    .value("--format")?
                    .map(|f| f.parse())
                    .transpose()?
                    .unwrap_or_default(),
                summary_file: flags.value("--summary-file")?.map(PathBuf::from),
                vendors: flags.values(xtask::codegen::VENDOR_FLAG)?,
            };
            flags.finish()?;
            xtask::codegen(&xtask::workspace_root(), &options)
        }
        "generate" => {
            let out = flags
                .value("--out")?
                .ok_or_else(|| anyhow::anyhow!("--out <DIR> is required\n\n{USAGE}"))?;
            let options = StandaloneOptions {
                module: flags.value("--module")?,
                package: flags.value("--package")?,
                force: flags.switch("--force"),
                deny_warnings: flags.switch("--deny-warnings"),
                root: flags.value("--root")?.map(PathBuf::from),
            };
            let spec = flags
                .positional()
                .ok_or_else(|| anyhow::anyhow!("a spec file is required\n\n{USAGE}"))?;
            flags.finish()?;
            xtask::generate_standalone(&PathBuf::from(spec), &PathBuf::from(out), &options)
        }
        "overlay" => {
            if flags.positional().as_deref() != Some("apply") {
                anyhow::bail!("the overlay command is `overlay apply`\n\n{USAGE}");
            }
            let json = flags.switch("--json");
            let spec = flags
                .positional()
                .ok_or_else(|| anyhow::anyhow!("a spec file is required\n\n{USAGE}"))?;
            let mut overlays = Vec::new();
            while let Some(overlay) = flags.positional() {
                overlays.push(PathBuf::from(overlay));
            }
            flags.finish()?;
            print!(
                "{}",
                xtask::apply_overlays(&PathBuf::from(spec), &overlays, json)?
            );
            Ok(Outcome::Success)
        }
        "bench" => {
            let runs = flags
                .value("--runs")?
                .map(|n| n.parse::<usize>())
                .transpose()?
                .unwrap_or(5)
                .max(1);
            let mut files = Vec::new();
            while let Some(file) = flags.positional() {
                files.push(PathBuf::from(file));
            }
            flags.finish()?;
            let rows = xtask::bench::bench(&xtask::workspace_root(), &files, runs)?;
            print!("{}", xtask::bench::table(&rows, runs));
            Ok(Outcome::Success)
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(Outcome::Success)
        }
        other => anyhow::bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

/// A tiny argument reader: switches, `--name value` options and positionals, in any order.
struct Flags {
    args: Vec<String>,
}

impl Flags {
    fn new(args: &[String]) -> Self {
        Flags {
            args: args.to_vec(),
        }
    }

    fn switch(&mut self, name: &str) -> bool {
        let before = self.args.len();
        self.args.retain(|a| a != name);
        self.args.len() != before
    }

    fn value(&mut self, name: &str) -> anyhow::Result<Option<String>> {
        let Some(i) = self.args.iter().position(|a| a == name) else {
            return Ok(None);
        };
        if i + 1 >= self.args.len() {
            anyhow::bail!("{name} needs a value");
        }
        let value = self.args.remove(i + 1);
        self.args.remove(i);
        Ok(Some(value))
    }

    /// Every value of an option given several times (`--vendor a --vendor b`).
    fn values(&mut self, name: &str) -> anyhow::Result<Vec<String>> {
        let mut values = Vec::new();
        while let Some(value) = self.value(name)? {
            values.push(value);
        }
        Ok(values)
    }

    fn positional(&mut self) -> Option<String> {
        let i = self.args.iter().position(|a| !a.starts_with("--"))?;
        Some(self.args.remove(i))
    }

    fn finish(self) -> anyhow::Result<()> {
        match self.args.first() {
            None => Ok(()),
            Some(extra) => anyhow::bail!("unexpected argument `{extra}`\n\n{USAGE}"),
        }
    }
}
