//! Turns OpenAPI 3.0 / 3.1 documents into typed Rust request/response modules.
//!
//! The pipeline has one module per stage, each a pure function:
//!
//! ```text
//! load      bytes            -> serde_json::Value
//! overlay   Value + overlays -> Value (OAI Overlay 1.0 / 1.1 actions applied in order)
//! dialect   Value            -> Dialect (3.0 | 3.1) or "unsupported"
//! normalize Value            -> Value in the 3.0 shape + warnings
//! parse     Value            -> openapiv3::OpenAPI
//! lower     OpenAPI          -> ir::Api (refs resolved, names chosen)
//! emit      ir::Api          -> Rust source files (and `emit::manifest`: the crate's Cargo.toml)
//! ```
//!
//! Overlays run before dialect detection so that they are written against the vendor's own text.
//!
//! The library does no I/O: callers hand it bytes and receive file contents.

pub mod diagnostic;
pub mod dialect;
pub mod emit;
pub mod extension;
pub mod ir;
pub mod load;
pub mod lower;
pub mod names;
pub mod normalize;
pub mod overlay;
pub mod parse;

pub use diagnostic::{Error, Location, Warning};

/// A document handed to the generator: its name (for messages) and its bytes.
#[derive(Debug, Clone)]
pub struct Document {
    pub file: String,
    pub bytes: Vec<u8>,
}

/// One vendor API, becoming one module of the generated crate.
#[derive(Debug, Clone)]
pub struct ModuleInput {
    /// The module (and cargo feature) name; made a valid identifier if it is not one.
    pub module: String,
    pub document: Document,
    /// OAI Overlays applied to the document, in this order, before anything else reads it.
    pub overlays: Vec<Document>,
}

/// A whole generated crate.
#[derive(Debug, Clone)]
pub struct CrateInput {
    pub package: String,
    pub description: String,
    /// The command that regenerates the crate, named in every file's `@generated` header.
    pub command: String,
    /// A crate of its own rather than a member of an enclosing workspace.
    pub standalone: bool,
    pub modules: Vec<ModuleInput>,
}

/// A file of the generated crate, with a `/`-separated path relative to the crate root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// The generated crate's files, and the warnings raised while making them.
#[derive(Debug, Clone)]
pub struct Generated {
    pub files: Vec<GeneratedFile>,
    pub warnings: Vec<Warning>,
}

/// Applies overlays to a loaded document, in order.
fn apply_overlays(value: &mut serde_json::Value, overlays: &[Document]) -> Result<(), Error> {
    for overlay in overlays {
        let overlay_value = load::load(&overlay.file, &overlay.bytes)?;
        overlay::apply(
            value,
            &overlay.file,
            &overlay_value,
            &overlay::ApplyOptions::default(),
        )?;
    }
    Ok(())
}

/// Loads a document and applies its overlays: the vendor's text with our additions, as a value.
pub fn load_with_overlays(
    document: &Document,
    overlays: &[Document],
) -> Result<serde_json::Value, Error> {
    let mut value = load::load(&document.file, &document.bytes)?;
    apply_overlays(&mut value, overlays)?;
    Ok(value)
}

/// Runs one document through every stage up to the IR. Overlays are applied to the vendor's own
/// text, before normalization.
pub fn lower_document(input: &ModuleInput) -> Result<(ir::Api, Vec<Warning>), Error> {
    let file = input.document.file.as_str();
    let mut value = load::load(file, &input.document.bytes)?;
    // An unsupported dialect is reported before overlays, which would likely fail on it; the
    // dialect is read again afterwards, as an overlay may correct the `openapi` field.
    dialect::detect(file, &value)?;
    apply_overlays(&mut value, &input.overlays)?;
    let dialect = dialect::detect(file, &value)?;
    let normalized = normalize::normalize(file, dialect, value);
    let api = parse::parse(file, normalized.document)?;
    let (mut ir, mut warnings) = lower::lower(file, &names::module_name(&input.module), &api)?;
    ir.overlay_files = input.overlays.iter().map(|o| o.file.clone()).collect();
    let mut all = normalized.warnings;
    all.append(&mut warnings);
    Ok((ir, all))
}

/// What the crate's `Cargo.toml` needs to know of the input and of the lowered APIs.
fn manifest<'a>(input: &'a CrateInput, apis: &'a [ir::Api]) -> emit::manifest::Manifest<'a> {
    emit::manifest::Manifest {
        package: &input.package,
        description: &input.description,
        command: &input.command,
        standalone: input.standalone,
        modules: apis
            .iter()
            .map(|api| emit::manifest::Module {
                name: &api.module,
                uses_uuid: api.uses_uuid(),
            })
            .collect(),
    }
}

/// Generates a crate. Every module is attempted, so that all broken documents are reported at
/// once; any error means no files are returned.
pub fn generate(input: &CrateInput) -> Result<Generated, Vec<Error>> {
    let mut apis = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    for module in &input.modules {
        match lower_document(module) {
            Ok((api, mut module_warnings)) => {
                apis.push(api);
                warnings.append(&mut module_warnings);
            }
            Err(error) => errors.push(error),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    apis.sort_by(|a, b| a.module.cmp(&b.module));
    let render_error = |api: Option<&ir::Api>, error: syn::Error| {
        let file = api.map_or("the generated crate", |api| api.source_file.as_str());
        vec![Error::new(
            file,
            "",
            format!("internal error: generated code does not parse: {error}"),
        )]
    };
    let mut files = vec![
        GeneratedFile {
            path: "Cargo.toml".to_owned(),
            contents: emit::manifest::cargo_toml(&manifest(input, &apis)),
        },
        GeneratedFile {
            path: "src/lib.rs".to_owned(),
            contents: emit::lib(
                &input.description,
                &apis.iter().map(|a| a.module.as_str()).collect::<Vec<_>>(),
                &input.command,
            )
            .map_err(|e| render_error(None, e))?,
        },
        GeneratedFile {
            path: "src/runtime.rs".to_owned(),
            contents: emit::runtime(&input.command),
        },
    ];
    for api in &apis {
        files.push(GeneratedFile {
            path: format!("src/{}.rs", api.module),
            contents: emit::module(api, &input.command).map_err(|e| render_error(Some(api), e))?,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Generated { files, warnings })
}
