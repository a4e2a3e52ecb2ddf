//! The stage order, written once: `codegen`, `generate` and `bench` all run documents through
//! the functions here.

use crate::bundle::{self, ReferencedFile};
use crate::diagnostic::{Error, Warning};
use crate::dialect::Dialect;
use crate::{
    Document, GeneratedFile, ModuleInput, SelectionSummary, dialect, emit, ir, load, lower, names,
    normalize, overlay, pagination, parse, prose, select, swagger2,
};

/// A step of the pipeline, in the order documents go through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Load,
    Overlay,
    /// Swagger 2.0 documents only: the conversion to the 3.0 shape.
    Swagger2,
    Bundle,
    Select,
    Normalize,
    Parse,
    Lower,
    Emit,
}

/// Told when each stage finishes, so that a caller can time stages without re-spelling their
/// order. `()` ignores it.
pub trait Observer {
    fn finished(&mut self, stage: Stage);
}

impl Observer for () {
    fn finished(&mut self, _: Stage) {}
}

/// A document lowered to the IR, with what its stages warned about.
#[derive(Debug, Clone)]
pub struct Lowered {
    pub api: ir::Api,
    pub warnings: Vec<Warning>,
    /// The operations the document describes under `paths`, selected and generated or not.
    pub documented_operations: usize,
    /// What the module's selection kept; `None` when it selects everything.
    pub selection: Option<SelectionSummary>,
}

/// Applies overlays to a loaded document, in order. The document is moved, not copied: on error
/// it is dropped.
fn apply_overlays(
    mut value: serde_json::Value,
    overlays: &[Document],
) -> Result<serde_json::Value, Error> {
    for overlay in overlays {
        let overlay_value = load::load(&overlay.file, &overlay.bytes)?;
        value = overlay::apply_owned(
            value,
            &overlay.file,
            &overlay_value,
            &overlay::ApplyOptions::default(),
        )?;
    }
    Ok(value)
}

/// Loads a document and applies its overlays: the vendor's text with our additions, as a value.
pub fn load_with_overlays(
    document: &Document,
    overlays: &[Document],
) -> Result<serde_json::Value, Error> {
    let value = load::load(&document.file, &document.bytes)?;
    apply_overlays(value, overlays)
}

/// Runs one document through every stage up to the IR. Overlays are applied to the vendor's own
/// text, before normalization.
pub fn lower_module(input: &ModuleInput, observer: &mut dyn Observer) -> Result<Lowered, Error> {
    let file = input.document.file.as_str();
    let root = input.root.as_deref();
    let mut value = load::load(file, &input.document.bytes)?;
    observer.finished(Stage::Load);
    // An unsupported dialect is reported before overlays, which would likely fail on it; the
    // dialect is read again afterwards, as an overlay may correct the `openapi` field.
    dialect::detect(file, &value)?;
    value = apply_overlays(value, &input.overlays)?;
    // From here on the document is the vendor's text with the overlays applied: an error
    // may be about something an overlay changed, so it says so.
    let overlaid = |error: Error| after_overlays(error, &input.overlays);
    let dialect = dialect::detect(file, &value).map_err(overlaid)?;
    let mut all = prose::check(file, &value);
    observer.finished(Stage::Overlay);
    // What the stages after a 2.0 conversion report points into the 2.0 text.
    let mut origins = None;
    let (value, dialect) = if dialect == Dialect::V2_0 {
        let converted =
            swagger2::convert(file, root, value, &input.referenced).map_err(overlaid)?;
        observer.finished(Stage::Swagger2);
        all.extend(converted.warnings);
        let found = converted.origins;
        let value = bundle::bundle_values(
            file,
            root,
            Dialect::V3_0,
            converted.document,
            &converted.referenced,
        )
        .map_err(|error| overlaid(found.error(error)))?;
        origins = Some(found);
        (value, Dialect::V3_0)
    } else {
        (
            bundle::bundle(file, root, dialect, value, &input.referenced).map_err(overlaid)?,
            dialect,
        )
    };
    let in_source = |error: Error| {
        overlaid(match &origins {
            Some(origins) => origins.error(error),
            None => error,
        })
    };
    observer.finished(Stage::Bundle);
    let selected = select::select(file, &input.selection, value)?;
    // Found before selection: only those about what was kept are reported.
    all.retain(|warning| selected.concerns_kept(&warning.location.pointer));
    observer.finished(Stage::Select);
    let normalized = normalize::normalize(file, dialect, selected.document);
    observer.finished(Stage::Normalize);
    let document = parse::parse(file, normalized.document).map_err(in_source)?;
    observer.finished(Stage::Parse);
    let (mut api, mut warnings) =
        lower::lower(file, &names::module_name(&input.module), &document).map_err(in_source)?;
    api.overlay_files = input.overlays.iter().map(|o| o.file.clone()).collect();
    if let Some(pagination) = &input.pagination {
        pagination::apply(&mut api, pagination)?;
    }
    observer.finished(Stage::Lower);
    let mut later = normalized.warnings;
    later.append(&mut warnings);
    match &origins {
        Some(origins) => all.extend(later.into_iter().map(|w| origins.warning(w))),
        None => all.extend(later),
    }
    Ok(Lowered {
        api,
        warnings: all,
        documented_operations: selected.operations_documented,
        selection: selected.summary,
    })
}

/// An error about the document as `overlays` leave it, naming them.
fn after_overlays(mut error: Error, overlays: &[Document]) -> Error {
    if !overlays.is_empty() && !overlays.iter().any(|o| o.file == error.location.file) {
        let names: Vec<&str> = overlays.iter().map(|o| o.file.as_str()).collect();
        error.message = format!(
            "{} (in the document as {} leave{} it)",
            error.message,
            names.join(", "),
            if names.len() == 1 { "s" } else { "" }
        );
    }
    error
}

/// The files of the document's folder that `input`'s references need and `input.referenced`
/// lacks, for the caller to read and add before generating (and to ask again, as those files
/// may reference others). Empty when the document names no other file; a document whose text
/// shows no such reference is not even loaded.
pub fn referenced_files(input: &ModuleInput) -> Result<Vec<ReferencedFile>, Error> {
    let texts = std::iter::once(&input.document).chain(&input.overlays);
    if input.referenced.is_empty()
        && !texts
            .into_iter()
            .any(|d| bundle::may_reference_files(&d.bytes))
    {
        return Ok(Vec::new());
    }
    let file = input.document.file.as_str();
    let root = input.root.as_deref();
    let value = load_with_overlays(&input.document, &input.overlays)?;
    let dialect = dialect::detect(file, &value)?;
    if dialect != Dialect::V2_0 {
        return bundle::missing_files(file, root, dialect, &value, &input.referenced);
    }
    // A 2.0 document's references are followed while converting it, to convert what they
    // reach; the converted files are then bundled as a 3.0 document's are.
    let missing = swagger2::missing_files(file, root, &value, &input.referenced)?;
    if !missing.is_empty() {
        return Ok(missing);
    }
    let converted = swagger2::convert(file, root, value, &input.referenced)?;
    bundle::missing_files_of_values(
        file,
        root,
        Dialect::V3_0,
        &converted.document,
        &converted.referenced,
    )
}

/// Writes the Rust module of a lowered document: its files, by path in the module's folder.
pub fn emit_module(
    api: &ir::Api,
    command: &str,
    observer: &mut dyn Observer,
) -> Result<Vec<GeneratedFile>, Error> {
    let source = emit::module(api, command).map_err(|error| {
        Error::new(
            &api.source_file,
            "",
            format!("internal error: generated code does not parse: {error}"),
        )
    })?;
    observer.finished(Stage::Emit);
    Ok(source)
}
