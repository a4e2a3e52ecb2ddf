//! `cargo xtask bench`: CPU time of the whole generation and of each pipeline stage on real
//! documents, printed as ratios to `serde_json`'s parse of the same bytes (the floor), measured
//! in the same run. Ratios hold across noisy machines where absolute times do not, and process CPU
//! time is steadier than wall time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use generator::pipeline::{self, Observer, Stage};
use generator::{CrateInput, Document, ModuleInput};

/// The documents timed when none are named: the seeds, then large real specs of the corpus.
const DEFAULT_CORPUS: &[&str] = &[
    "vendors/telnyx/spec3.yml",
    "stripe/spec3.json",
    "github/api.github.com.octokit-23.0.2.json",
    "sendgrid/oai_v3_stoplight.json",
    // The same API in Swagger 2.0, for the cost of the conversion.
    "sendgrid/oai.json",
];

/// The stages shown, in pipeline order.
const STAGES: [(Stage, &str); 9] = [
    (Stage::Load, "load"),
    (Stage::Overlay, "overlay"),
    (Stage::Swagger2, "swagger2"),
    (Stage::Bundle, "bundle"),
    (Stage::Select, "select"),
    (Stage::Normalize, "normalize"),
    (Stage::Parse, "parse"),
    (Stage::Lower, "lower"),
    (Stage::Emit, "emit"),
];

/// CPU time used by this process so far (all threads).
fn cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec; the clock id is a constant Linux knows.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut now) };
    if status != 0 {
        return Duration::ZERO;
    }
    Duration::new(
        u64::try_from(now.tv_sec).unwrap_or(0),
        u32::try_from(now.tv_nsec).unwrap_or(0),
    )
}

/// CPU time of one call.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = cpu_time();
    let value = f();
    (value, cpu_time().saturating_sub(started))
}

/// The CPU time each stage took in one run, filled in as the pipeline reports each stage.
struct StageTimes {
    last: Duration,
    stages: BTreeMap<Stage, Duration>,
}

impl Observer for StageTimes {
    fn finished(&mut self, stage: Stage) {
        let now = cpu_time();
        self.stages.insert(stage, now.saturating_sub(self.last));
        self.last = now;
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

/// One document's medians.
#[derive(Debug, Clone)]
pub struct Row {
    /// The document, relative to the corpus or the workspace.
    pub document: String,
    pub bytes: usize,
    /// `serde_json::from_slice::<serde_json::Value>` of the bytes: the floor.
    pub floor: Duration,
    /// `generator::generate` of a crate holding only this document: load to written text.
    pub generate: Duration,
    pub stages: BTreeMap<Stage, Duration>,
}

impl Row {
    fn ratio(&self, time: Duration) -> f64 {
        time.as_secs_f64() / self.floor.as_secs_f64().max(1e-9)
    }
}

/// Times one document `runs` times; every figure is the median of its runs.
pub fn measure(document: String, input: &ModuleInput, runs: usize) -> anyhow::Result<Row> {
    let crate_input = CrateInput {
        package: "bench".to_owned(),
        description: "bench".to_owned(),
        source: input.document.file.clone(),
        command: "bench".to_owned(),
        standalone: true,
        modules_on_by_default: true,
        modules: vec![input.clone()],
    };
    let mut floors = Vec::with_capacity(runs);
    let mut generates = Vec::with_capacity(runs);
    let mut stage_runs = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let (value, floor) =
            timed(|| serde_json::from_slice::<serde_json::Value>(&input.document.bytes));
        // A YAML document has no JSON floor of its own: its JSON text is timed instead.
        let floor = match value {
            Ok(value) => {
                std::hint::black_box(value);
                floor
            }
            Err(_) => {
                let value = generator::load::load(&input.document.file, &input.document.bytes)?;
                let text = serde_json::to_vec(&value)?;
                timed(|| std::hint::black_box(serde_json::from_slice::<serde_json::Value>(&text))).1
            }
        };
        floors.push(floor);

        let (generated, time) = timed(|| generator::generate(&crate_input));
        std::hint::black_box(generated.map_err(|errors| describe(&errors))?);
        generates.push(time);

        let mut times = StageTimes {
            last: cpu_time(),
            stages: BTreeMap::new(),
        };
        let lowered = pipeline::lower_module(input, &mut times)?;
        std::hint::black_box(pipeline::emit_module(&lowered.api, "bench", &mut times)?);
        stage_runs.push(times.stages);
    }
    let stages = STAGES
        .iter()
        .map(|&(stage, _)| {
            let samples = stage_runs
                .iter()
                .map(|run| run.get(&stage).copied().unwrap_or_default());
            (stage, median(samples.collect()))
        })
        .collect();
    Ok(Row {
        document,
        bytes: input.document.bytes.len(),
        floor: median(floors),
        generate: median(generates),
        stages,
    })
}

fn describe(errors: &[generator::Error]) -> anyhow::Error {
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    anyhow::anyhow!("{}", lines.join("\n"))
}

/// The table `cargo xtask bench` prints.
pub fn table(rows: &[Row], runs: usize) -> String {
    let mut out = format!(
        "{runs} run(s) per document, medians of process CPU time. `floor` is serde_json's parse \
         of the same bytes; every other column is a ratio to it.\n"
    );
    let mut header = format!(
        "{:<44} {:>8} {:>9} {:>9}",
        "document", "size", "floor ms", "generate"
    );
    for (_, name) in STAGES {
        header.push_str(&format!(" {name:>9}"));
    }
    out.push_str(&header);
    out.push('\n');
    for row in rows {
        // The end of the path is what tells documents apart.
        let skip = row.document.chars().count().saturating_sub(44);
        let name: String = row.document.chars().skip(skip).collect();
        let mut line = format!(
            "{:<44} {:>7}K {:>9.2} {:>8.2}x",
            name,
            row.bytes / 1024,
            row.floor.as_secs_f64() * 1000.0,
            row.ratio(row.generate),
        );
        for (stage, _) in STAGES {
            let time = row.stages.get(&stage).copied().unwrap_or_default();
            line.push_str(&format!(" {:>8.2}x", row.ratio(time)));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The vendors of `specs/` (with their overlays) and the default corpus documents, or the
/// documents named.
fn inputs(root: &Path, files: &[PathBuf]) -> anyhow::Result<Vec<(String, ModuleInput)>> {
    let corpus = root.join("../shared/corpus");
    let read = |path: &Path| -> anyhow::Result<(String, ModuleInput)> {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let shown = path
            .strip_prefix(&corpus)
            .or_else(|_| path.strip_prefix(root))
            .unwrap_or(path)
            .display()
            .to_string();
        let mut input = ModuleInput {
            module: "api".to_owned(),
            document: Document {
                file: shown.clone(),
                bytes,
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Default::default(),
            pagination: None,
            root: None,
        };
        let folder = path
            .parent()
            .filter(|folder| !folder.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        crate::read_referenced(&mut input, folder)?;
        Ok((shown, input))
    };
    if !files.is_empty() {
        return files.iter().map(|file| read(file)).collect();
    }
    let mut inputs: Vec<(String, ModuleInput)> = crate::read_specs(root)?
        .modules
        .into_iter()
        .map(|module| (module.document.file.clone(), module))
        .collect();
    for file in DEFAULT_CORPUS {
        let path = corpus.join(file);
        if path.exists() {
            inputs.push(read(&path)?);
        }
    }
    Ok(inputs)
}

/// `cargo xtask bench [DOCUMENT]... [--runs N]`.
pub fn bench(root: &Path, files: &[PathBuf], runs: usize) -> anyhow::Result<Vec<Row>> {
    inputs(root, files)?
        .into_iter()
        .map(|(shown, input)| measure(shown, &input, runs))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A smoke run: the whole measurement on a small document, without timing assertions.
    #[test]
    fn bench_measures_a_small_document_and_prints_every_stage() {
        let document = br#"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
            "paths": {"/pets/{id}": {"get": {"operationId": "getPet",
              "parameters": [{"name": "id", "in": "path", "required": true,
                              "schema": {"type": "string"}}],
              "responses": {"200": {"description": "A pet", "content": {"application/json":
                {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}}}}}}}}"#;
        let input = ModuleInput {
            module: "pets".to_owned(),
            document: Document {
                file: "pets.json".to_owned(),
                bytes: document.to_vec(),
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Default::default(),
            pagination: None,
            root: None,
        };
        let row = measure("pets.json".to_owned(), &input, 2).expect("the document generates");
        assert_eq!(row.bytes, document.len());
        assert_eq!(row.stages.len(), STAGES.len());
        let table = table(&[row], 2);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3, "{table}");
        for (_, name) in STAGES {
            assert!(lines[1].contains(name), "{table}");
        }
        assert!(lines[2].starts_with("pets.json"), "{table}");
        assert_eq!(lines[2].matches('x').count(), 1 + STAGES.len(), "{table}");
    }
}
