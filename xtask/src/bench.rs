//! `cargo xtask bench`: time each pipeline stage on real documents and print the figures as
//! ratios to the parse stage of the same document, which hold across noisy machines.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use generator::pipeline::{self, Observer, Stage};
use generator::{Document, ModuleInput};

/// The documents timed when none are named: the seeds, then large real specs of the corpus.
const DEFAULT_CORPUS: &[&str] = &[
    "vendors/telnyx/spec3.yml",
    "stripe/spec3.json",
    "github/api.github.com.octokit-23.0.2.json",
    "sendgrid/oai_v3_stoplight.json",
];

/// The time each stage took in one run, filled in as the pipeline reports each stage finished.
struct Timings {
    last: Instant,
    stages: BTreeMap<Stage, Duration>,
}

impl Observer for Timings {
    fn finished(&mut self, stage: Stage) {
        let now = Instant::now();
        self.stages.insert(stage, now - self.last);
        self.last = now;
    }
}

impl Timings {
    fn of(&self, stage: Stage) -> Duration {
        self.stages.get(&stage).copied().unwrap_or_default()
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

/// Runs the pipeline once on a document, timing each stage.
fn run_once(input: &ModuleInput) -> anyhow::Result<Timings> {
    let mut timings = Timings {
        last: Instant::now(),
        stages: BTreeMap::new(),
    };
    let lowered = pipeline::lower_module(input, &mut timings)?;
    let source = pipeline::emit_module(&lowered.api, "bench", &mut timings)?;
    std::hint::black_box(source);
    Ok(timings)
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
        let input = ModuleInput {
            module: "api".to_owned(),
            document: Document {
                file: path.display().to_string(),
                bytes,
            },
            overlays: Vec::new(),
        };
        let mut runs = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            runs.push(run_once(&input)?);
        }
        let stage = |stage: Stage| median(runs.iter().map(|run| run.of(stage)).collect());
        let parse = stage(Stage::Parse).as_secs_f64().max(1e-9);
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
            input.document.bytes.len() / 1024,
            parse * 1000.0,
            ratio(stage(Stage::Load)),
            ratio(stage(Stage::Normalize)),
            ratio(stage(Stage::Lower)),
            ratio(stage(Stage::Emit)),
            ratio(stage(Stage::Lower) + stage(Stage::Emit)),
        );
    }
    Ok(())
}
