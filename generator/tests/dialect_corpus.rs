//! OpenAPI 3.1 and 3.2 documents from the shared corpus go through load → dialect → normalize →
//! parse, and Swagger 2.0 documents through load → dialect → swagger2 → bundle → normalize →
//! parse.
//!
//! The corpus lives beside the workspace (`../shared/corpus`, see its MANIFEST.md) and is read in
//! place. `cargo test -p generator --test dialect_corpus -- --nocapture` prints the warnings of
//! each document by kind, and where the 3.0/3.1 twins differ. The whole sweep, multi-megabyte
//! vendor documents included, takes a few seconds in a debug build.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::dialect::{self, Dialect};
use generator::{Document, ModuleInput, Warning, bundle, load, normalize, parse, swagger2};
use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");

fn corpus() -> PathBuf {
    let dir = PathBuf::from(CORPUS);
    assert!(
        dir.is_dir(),
        "the shared corpus is expected at {} (a sibling of the workspace)",
        dir.display()
    );
    dir
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            files_under(&path, out);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml" || ext == "json")
        {
            out.push(path);
        }
    }
}

/// The top-level `openapi` (or `swagger`) version as written, found without decoding the whole
/// document.
fn declared_version<'t>(text: &'t str, field: &str) -> Option<&'t str> {
    let key = format!("{field}:");
    for line in text.lines() {
        if let Some(rest) = line.trim_start().strip_prefix(&key) {
            if line.len() - line.trim_start().len() <= 2 {
                return Some(rest.trim().trim_matches(['"', '\'']));
            }
        }
    }
    let quoted = format!("\"{field}\"");
    let start = text.find(&quoted)? + quoted.len();
    let rest = text[start..].trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    Some(&rest[..rest.find('"')?])
}

/// Every document of the corpus whose `field` (`openapi`, `swagger`) starts with `version`,
/// sorted by path.
fn documents(field: &str, version: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    files_under(&corpus(), &mut files);
    files.sort();
    files.retain(|path| {
        std::fs::read_to_string(path).ok().is_some_and(|text| {
            declared_version(&text, field).is_some_and(|v| v.starts_with(version))
        })
    });
    files
}

fn name(path: &Path) -> String {
    path.strip_prefix(corpus())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// What the pipeline up to `openapiv3` gives for one document.
struct Run {
    dialect: Dialect,
    normalized: Value,
    api: openapiv3::OpenAPI,
    warnings: Vec<Warning>,
    /// For a 2.0 document: where the converted nodes came from.
    origins: Option<swagger2::Origins>,
}

/// The pipeline up to `openapiv3`, as the generator runs it. A Swagger 2.0 document is
/// converted and bundled (with the files it references, read from the corpus); its warnings
/// point into the 2.0 text.
fn pipeline(path: &Path) -> Result<Run, String> {
    let file = name(path);
    let bytes = std::fs::read(path).map_err(|e| format!("{file}: {e}"))?;
    let mut document = load::load(&file, &bytes).map_err(|e| e.to_string())?;
    let mut dialect = dialect::detect(&file, &document).map_err(|e| e.to_string())?;
    let mut warnings = Vec::new();
    let mut origins = None;
    if dialect == Dialect::V2_0 {
        // The corpus folder of the document's group, so that `../common` references resolve.
        let root = file.split('/').next().unwrap_or_default().to_owned();
        let referenced = referenced_files(&file, &root, &bytes)?;
        let converted = swagger2::convert(&file, Some(&root), document, &referenced)
            .map_err(|e| e.to_string())?;
        warnings.extend(converted.warnings);
        document = bundle::bundle_values(
            &file,
            Some(&root),
            Dialect::V3_0,
            converted.document,
            &converted.referenced,
        )
        .map_err(|e| e.to_string())?;
        origins = Some(converted.origins);
        dialect = Dialect::V3_0;
    }
    let mut normalized = normalize::normalize(&file, dialect, document);
    if let Some(origins) = &origins {
        normalized.warnings = normalized
            .warnings
            .into_iter()
            .map(|w| origins.warning(w))
            .collect();
    }
    warnings.append(&mut normalized.warnings);
    let normalized = normalize::Normalized {
        document: normalized.document,
        warnings,
    };
    let api = parse::parse(&file, normalized.document.clone()).map_err(|e| e.to_string())?;
    Ok(Run {
        dialect,
        normalized: normalized.document,
        api,
        warnings: normalized.warnings,
        origins,
    })
}

/// The files of the corpus a document references (named under `root`, its group's folder).
fn referenced_files(file: &str, root: &str, bytes: &[u8]) -> Result<Vec<Document>, String> {
    let mut input = ModuleInput {
        module: "m".to_owned(),
        document: Document {
            file: file.to_owned(),
            bytes: bytes.to_vec(),
        },
        overlays: Vec::new(),
        referenced: Vec::new(),
        root: Some(root.to_owned()),
        selection: Default::default(),
        pagination: None,
    };
    loop {
        let missing = generator::referenced_files(&input).map_err(|e| e.to_string())?;
        if missing.is_empty() {
            return Ok(input.referenced);
        }
        for missing in missing {
            let path = corpus().join(&missing.file);
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            input.referenced.push(Document {
                file: missing.file,
                bytes,
            });
        }
    }
}

/// Keys of the normalized document that `openapiv3` does not keep: found by serializing what
/// it parsed and looking for each key again. `false` and empty values are skipped, since
/// `openapiv3` leaves defaults out when serializing.
fn not_kept(normalized: &Value, reparsed: &Value, pointer: &str, out: &mut Vec<(String, Value)>) {
    match (normalized, reparsed) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let child = generator::diagnostic::push_token(pointer, key);
                match b.get(key) {
                    Some(other) => not_kept(value, other, &child, out),
                    None if is_default(value) => {}
                    None => out.push((child, value.clone())),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                not_kept(x, y, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn is_default(value: &Value) -> bool {
    match value {
        Value::Bool(b) => !b,
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
        _ => false,
    }
}

/// What `openapiv3` may drop without a warning from normalization: it has no XML Object, it
/// reads `null` (`default: null`, `description:` with nothing after it) as absent, and it reads
/// only the `$ref` of an object
/// that has one, whose siblings 2.0 and 3.0 ignore by definition (3.1's are kept by
/// normalization). All hold for 3.0 documents too.
fn known_openapiv3_loss(normalized: &Value, pointer: &str, value: &Value) -> bool {
    let (parent, key) = pointer.rsplit_once('/').unwrap_or_default();
    let beside_reference = normalized
        .pointer(parent)
        .is_some_and(|parent| parent.get("$ref").is_some_and(Value::is_string));
    key == "xml" || beside_reference || value.is_null()
}

const KINDS: [&str; 3] = [
    normalize::DROPPED_KEYWORD,
    normalize::APPROXIMATED,
    normalize::NOT_GENERATED,
];

/// Runs every given document (all of `dialects`), prints a table of warnings by kind, and
/// fails on any error or on anything `openapiv3` dropped that conversion and normalization did
/// not report.
fn sweep(files: &[PathBuf], dialects: &[Dialect], title: &str) {
    assert!(!files.is_empty(), "no {title}s found under {CORPUS}");
    let mut errors = Vec::new();
    println!(
        "\n{:<62} {:>15} {:>12} {:>13}",
        title, KINDS[0], KINDS[1], KINDS[2]
    );
    for path in files {
        let file = name(path);
        let run = match pipeline(path) {
            Ok(run) => run,
            Err(error) => {
                println!("{file:<62} ERROR");
                errors.push(error);
                continue;
            }
        };
        assert!(dialects.contains(&run.dialect), "{file}: {:?}", run.dialect);
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for warning in &run.warnings {
            assert!(
                KINDS.contains(&warning.kind),
                "undocumented kind: {warning}"
            );
            *counts.entry(warning.kind).or_default() += 1;
        }
        let count = |kind| counts.get(kind).copied().unwrap_or(0);
        println!(
            "{file:<62} {:>15} {:>12} {:>13}",
            count(KINDS[0]),
            count(KINDS[1]),
            count(KINDS[2])
        );
        let reparsed = serde_json::to_value(&run.api).expect("an OpenAPI value serializes");
        let mut lost = Vec::new();
        not_kept(&run.normalized, &reparsed, "", &mut lost);
        // Webhooks and component path items are kept as extensions, which `openapiv3` does
        // not read: they must still be path items in the 3.0 shape.
        for (kept, original) in [
            ("/x-webhooks", "/webhooks"),
            ("/components/x-pathItems", "/components/pathItems"),
        ] {
            let Some(Value::Object(items)) = run.normalized.pointer(kept) else {
                continue;
            };
            for (item_name, item) in items {
                let pointer = generator::diagnostic::push_token(original, item_name);
                match serde_json::from_value::<openapiv3::PathItem>(item.clone()) {
                    Ok(parsed) => {
                        let reparsed =
                            serde_json::to_value(parsed).expect("a path item serializes");
                        not_kept(item, &reparsed, &pointer, &mut lost);
                    }
                    Err(error) => errors.push(format!("{file}: #{pointer}: {error}")),
                }
            }
        }
        for (pointer, value) in lost {
            if known_openapiv3_loss(&run.normalized, &pointer, &value) {
                continue;
            }
            // A 2.0 document's warnings point into its 2.0 text.
            let pointer = match &run.origins {
                Some(origins) => origins.original(&pointer),
                None => pointer,
            };
            let reported = run.warnings.iter().any(|w| {
                pointer == w.location.pointer
                    || pointer.starts_with(&format!("{}/", w.location.pointer))
            });
            if !reported {
                errors.push(format!("{file}: openapiv3 silently dropped #{pointer}"));
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn every_3_1_and_3_2_document_loads_normalizes_and_parses() {
    let mut files = documents("openapi", "3.1");
    files.extend(documents("openapi", "3.2"));
    for expected in [
        "vendors/telnyx/spec3.yml",
        "vendors/telnyx/spec3.json",
        "sendgrid/oai_v3_stoplight.json",
        "github/api.github.com.webhooks.octokit-webhooks-12.1.0.json",
        "redocly-museum/openapi.yaml",
        "oai-examples/v3.1/webhook-example.yaml",
        "readme-oas-examples/3.1/yaml/train-travel.yaml",
        "oai-examples/v3.2/3.2-tags-example.yaml",
        "oai-examples/v3.2/3.2-tags-example.json",
    ] {
        assert!(
            files.iter().any(|path| name(path) == expected),
            "{expected} is missing from the sweep"
        );
    }
    sweep(&files, &[Dialect::V3_1, Dialect::V3_2], "3.1/3.2 document");
}

#[test]
fn every_swagger_2_0_document_converts_normalizes_and_parses() {
    let files = documents("swagger", "2.0");
    for expected in [
        "sendgrid/oai.json",
        "vendors/symphony/pod/pod-api-public.yaml",
        "oai-examples/v2.0/yaml/petstore-minimal.yaml",
        "oai-examples/v2.0/yaml/petstore-separate/spec/swagger.yaml",
    ] {
        assert!(
            files.iter().any(|path| name(path) == expected),
            "{expected} is missing from the sweep"
        );
    }
    assert_eq!(files.len(), 14, "the corpus holds 14 Swagger 2.0 documents");
    // Converted documents are in the 3.0 shape.
    sweep(&files, &[Dialect::V3_0], "2.0 document");
}

/// Twin documents of readme-oas-examples describe the same API in 3.0 and in 3.1.
const TWINS: [&str; 7] = [
    "parameters-style",
    "petstore",
    "petstore-simple",
    "readme-extensions",
    "schema-encoding-style",
    "schema-types",
    "security",
];

/// Why the parsed twins differ somewhere.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cause {
    /// The two source documents say different things.
    Sources,
    /// Normalization of the 3.1 twin.
    Normalization,
}

/// Where the parsed twins differ (a pointer pattern into the serialized `openapiv3::OpenAPI`,
/// `*` standing for one token, matching that node and everything under it) and why. Every
/// difference found must match an entry, and every entry must match a difference.
const EXPECTED_TWIN_DIFFERENCES: &[(&str, &str, Cause, &str)] = &[
    (
        "parameters-style",
        "/paths/*/*/responses/200",
        Cause::Sources,
        "the 3.0 twin documents `200: OK`; the 3.1 twin leaves `responses` out (optional in 3.1), \
         so normalization inserts an empty `responses`",
    ),
    (
        "parameters-style",
        "/paths/*/*/description",
        Cause::Sources,
        "the 3.1 twin's descriptions add a link to the 3.1.0 section of the spec",
    ),
    (
        "parameters-style",
        "/paths/~1anything~1form-data~1deepObject/*",
        Cause::Sources,
        "the 3.0 twin declares this operation as `post`, the 3.1 twin as `get`",
    ),
    (
        "petstore",
        "/openapi",
        Cause::Normalization,
        "normalized documents say 3.0.3; this 3.0 twin says 3.0.0",
    ),
    (
        "petstore",
        "/paths/~1pet~1{petId}~1uploadImage/post/summary",
        Cause::Sources,
        "\"Uploads an image\" against \"uploads an image\"",
    ),
    (
        "petstore",
        "/paths/~1pet~1{petId}~1uploadImage/post/requestBody/content",
        Cause::Sources,
        "the 3.0 twin uploads multipart/form-data, the 3.1 twin a raw application/octet-stream \
         body",
    ),
    (
        "petstore",
        "/components/schemas/Pet/properties/id",
        Cause::Sources,
        "only the 3.0 twin gives `default` and `example`",
    ),
    (
        "petstore",
        "/components/schemas/Pet/properties/photoUrls/items/example",
        Cause::Sources,
        "only the 3.0 twin gives an example",
    ),
    (
        "petstore-simple",
        "/openapi",
        Cause::Normalization,
        "normalized documents say 3.0.3; this 3.0 twin says 3.0.0",
    ),
    (
        "readme-extensions",
        "/paths/*/*/responses/200",
        Cause::Sources,
        "the 3.0 twin documents `200: OK`; the 3.1 twin leaves `responses` out",
    ),
    (
        "readme-extensions",
        "/paths/~1x-code-samples",
        Cause::Sources,
        "the 3.0 twin has more code samples (with install commands), request and response \
         examples and a 404 response",
    ),
    (
        "readme-extensions",
        "/paths/~1x-proxy-enabled/*/description",
        Cause::Sources,
        "wording (\"the interactive API Explorer\" against \"the interactive\")",
    ),
    (
        "readme-extensions",
        "/paths/~1x-metrics-enabled",
        Cause::Sources,
        "only in the 3.0 twin",
    ),
    (
        "readme-extensions",
        "/tags",
        Cause::Sources,
        "the 3.0 twin has one more tag, for its extra path",
    ),
    (
        "schema-encoding-style",
        "/paths/*/*/responses/200",
        Cause::Sources,
        "the 3.0 twin documents `200: OK`; the 3.1 twin leaves `responses` out",
    ),
    (
        "schema-types",
        "/paths/*/*/responses/200",
        Cause::Sources,
        "the 3.0 twin documents `200: OK`; the 3.1 twin leaves `responses` out",
    ),
    (
        "schema-types",
        "/paths/~1anything~1strings/post/requestBody/content/application~1json/schema/required",
        Cause::Sources,
        "the 3.1 twin has one more required property",
    ),
    (
        "schema-types",
        "/paths/~1anything~1null",
        Cause::Sources,
        "only in the 3.1 twin (`type: 'null'` has no 3.0 spelling)",
    ),
    (
        "schema-types",
        "/paths/~1anything~1mixed",
        Cause::Sources,
        "only in the 3.1 twin (`type` arrays have no 3.0 spelling)",
    ),
    (
        "schema-types",
        "/tags",
        Cause::Sources,
        "the 3.1 twin has tags for its two extra paths",
    ),
    (
        "security",
        "/paths/~1anything~1bearer/put/tags",
        Cause::Sources,
        "only the 3.0 twin tags this operation",
    ),
    (
        "security",
        "/paths/~1anything~1bearer/put/description",
        Cause::Sources,
        "line breaks differ in a quoted note",
    ),
    (
        "security",
        "/paths/~1anything~1optional-auth",
        Cause::Sources,
        "only in the 3.0 twin",
    ),
    (
        "security",
        "/paths/~1anything~1mutualTLS",
        Cause::Sources,
        "only in the 3.1 twin (mutual TLS is new in 3.1)",
    ),
    (
        "security",
        "/components/x-mutualTLS",
        Cause::Normalization,
        "the 3.1 twin's `mutualTLS` security scheme, which `openapiv3` cannot read, is kept here",
    ),
    (
        "security",
        "/tags",
        Cause::Sources,
        "the 3.1 twin has a \"Mutual TLS\" tag",
    ),
];

/// Serializes a parsed document, with the twins' links to their own spec version evened out.
fn comparable(api: &openapiv3::OpenAPI) -> Value {
    let mut value = serde_json::to_value(api).expect("an OpenAPI value serializes");
    even_out_spec_links(&mut value);
    value
}

fn even_out_spec_links(value: &mut Value) {
    match value {
        Value::String(text) if text.contains("versions/3.") => {
            *text = text
                .replace("versions/3.0.3.md", "versions/3.x.md")
                .replace("versions/3.1.0.md", "versions/3.x.md");
        }
        Value::Array(items) => items.iter_mut().for_each(even_out_spec_links),
        Value::Object(map) => map.values_mut().for_each(even_out_spec_links),
        _ => {}
    }
}

/// JSON pointers where two values differ: a key on one side only, an array length, a scalar.
fn differences(a: &Value, b: &Value, pointer: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let child = generator::diagnostic::push_token(pointer, key);
                match b.get(key) {
                    Some(other) => differences(value, other, &child, out),
                    None => out.push(child),
                }
            }
            for key in b.keys().filter(|key| !a.contains_key(*key)) {
                out.push(generator::diagnostic::push_token(pointer, key));
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(x, y, &format!("{pointer}/{i}"), out);
            }
        }
        (a, b) if a == b => {}
        _ => out.push(pointer.to_owned()),
    }
}

/// Whether `pattern` (tokens, `*` for any one) is `pointer` or one of its ancestors.
fn covers(pattern: &str, pointer: &str) -> bool {
    let mut tokens = pointer.split('/');
    pattern.split('/').all(|expected| {
        tokens
            .next()
            .is_some_and(|token| expected == "*" || expected == token)
    })
}

#[test]
fn twins_in_3_0_and_3_1_parse_to_the_same_api() {
    let dir = corpus().join("readme-oas-examples");
    let mut unexplained = Vec::new();
    let mut used = vec![false; EXPECTED_TWIN_DIFFERENCES.len()];
    for twin in TWINS {
        let parsed = |version: &str| {
            let path = dir.join(version).join("yaml").join(format!("{twin}.yaml"));
            pipeline(&path)
                .unwrap_or_else(|error| panic!("{error}"))
                .api
        };
        let api_3_0 = parsed("3.0");
        let api_3_1 = parsed("3.1");
        let mut found = Vec::new();
        differences(&comparable(&api_3_0), &comparable(&api_3_1), "", &mut found);
        for pointer in found {
            let explained = EXPECTED_TWIN_DIFFERENCES
                .iter()
                .position(|(name, pattern, _, _)| *name == twin && covers(pattern, &pointer));
            match explained {
                Some(i) => used[i] = true,
                None => unexplained.push(format!("{twin}: {pointer}")),
            }
        }
    }
    println!("\n{:<22} {:<14} {:<70} why", "twin", "cause", "where");
    for (twin, pattern, cause, why) in EXPECTED_TWIN_DIFFERENCES {
        println!(
            "{twin:<22} {:<14} {pattern:<70} {why}",
            format!("{cause:?}")
        );
    }
    let stale: Vec<_> = EXPECTED_TWIN_DIFFERENCES
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|((name, pattern, _, _), _)| format!("{name}: {pattern}"))
        .collect();
    assert!(
        unexplained.is_empty() && stale.is_empty(),
        "unexplained differences:\n{}\n\nexpected but not found:\n{}",
        unexplained.join("\n"),
        stale.join("\n")
    );
}

#[test]
fn declared_version_is_found_in_yaml_and_json() {
    let openapi = |text| declared_version(text, "openapi");
    assert_eq!(openapi("openapi: 3.1.0\ninfo: {}"), Some("3.1.0"));
    assert_eq!(openapi("x: 1\nopenapi: '3.1.1'\n"), Some("3.1.1"));
    assert_eq!(openapi("{\"openapi\" : \"3.1.0\"}"), Some("3.1.0"));
    assert_eq!(openapi("swagger: '2.0'"), None);
    let swagger = |text| declared_version(text, "swagger");
    assert_eq!(swagger("---\n  swagger: \"2.0\"\n  info: {}"), Some("2.0"));
    assert_eq!(swagger("{\"swagger\": \"2.0\"}"), Some("2.0"));
    assert_eq!(swagger("x:\n    swagger: '2.0'"), None);
}
