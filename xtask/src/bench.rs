//! `cargo xtask bench`: time each pipeline stage on real documents and print the figures as
//! ratios to the parse stage of the same document, which hold across noisy machines.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use generator::{dialect, emit, load, lower, normalize, parse};

/// The documents timed when none are named: the seeds, then large real specs of the corpus.
const DEFAULT_CORPUS: &[&str] = &[
    "vendors/telnyx/spec3.yml",
    "stripe/spec3.json",
    "github/api.github.com.octokit-23.0.2.json",
    "sendgrid/oai_v3_stoplight.json",
];

struct Timings {
    load: Duration,
    normalize: Duration,
    parse: Duration,
    lower: Duration,
    emit: Duration,
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

/// Runs every stage once, timing each.
fn run_once(file: &str, bytes: &[u8]) -> anyhow::Result<Timings> {
    let started = Instant::now();
    let value = load::load(file, bytes)?;
    let load = started.elapsed();

    let started = Instant::now();
    let dialect = dialect::detect(file, &value)?;
    let normalized = normalize::normalize(file, dialect, value);
    let normalize = started.elapsed();

    let started = Instant::now();
    let api = parse::parse(file, normalized.document)?;
    let parse = started.elapsed();

    let started = Instant::now();
    let (ir, _) = lower::lower(file, "api", &api)?;
    let lower = started.elapsed();

    let started = Instant::now();
    let source = emit::module(&ir, "bench").map_err(|e| anyhow::anyhow!("{e}"))?;
    let emit = started.elapsed();
    std::hint::black_box(source);
    Ok(Timings {
        load,
        normalize,
        parse,
        lower,
        emit,
    })
}

pub fn bench(root: &Path, files: &[PathBuf], iterations: usize) -> anyhow::Result<()> {
    let mut documents: Vec<PathBuf> = Vec::new();
    if files.is_empty() {
        let specs = crate::read_specs(root)?;
        for module in &specs.modules {
            documents.push(root.join(&module.document.file));
        }
        let corpus = root.join("../shared/corpus");
        documents.extend(
            DEFAULT_CORPUS
                .iter()
                .map(|f| corpus.join(f))
                .filter(|p| p.exists()),
        );
    } else {
        documents.extend(files.iter().cloned());
    }
    println!(
        "{iterations} runs per document, medians. Ratios are to the parse stage (openapiv3 \
         deserialization) of the same document. Overlays are not applied."
    );
    println!(
        "{:<44} {:>9} {:>10} {:>9} {:>9} {:>9} {:>10} {:>12}",
        "document", "size", "parse ms", "load", "normalize", "lower", "emit", "lower+emit"
    );
    for path in documents {
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let file = path.display().to_string();
        let mut runs = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            runs.push(run_once(&file, &bytes)?);
        }
        let stage = |pick: fn(&Timings) -> Duration| median(runs.iter().map(pick).collect());
        let parse = stage(|t| t.parse).as_secs_f64().max(1e-9);
        let ratio = |d: Duration| d.as_secs_f64() / parse;
        let corpus = root.join("../shared/corpus");
        let shown = path
            .strip_prefix(&corpus)
            .or_else(|_| path.strip_prefix(root))
            .unwrap_or(&path)
            .display()
            .to_string();
        // The end of the path is what tells documents apart.
        let skip = shown.chars().count().saturating_sub(44);
        let name: String = shown.chars().skip(skip).collect();
        println!(
            "{:<44} {:>8}K {:>10.2} {:>8.2}x {:>8.2}x {:>8.2}x {:>8.2}x {:>11.2}x",
            name,
            bytes.len() / 1024,
            parse * 1000.0,
            ratio(stage(|t| t.load)),
            ratio(stage(|t| t.normalize)),
            ratio(stage(|t| t.lower)),
            ratio(stage(|t| t.emit)),
            ratio(stage(|t| t.lower) + stage(|t| t.emit)),
        );
    }
    Ok(())
}
