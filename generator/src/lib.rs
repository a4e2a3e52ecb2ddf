//! Turns Swagger 2.0 and OpenAPI 3.0 / 3.1 / 3.2 documents into typed Rust request/response
//! modules.
//!
//! The pipeline has one module per stage, each a pure function:
//!
//! ```text
//! load      bytes             -> serde_json::Value
//! overlay   Value + overlays  -> Value (OAI Overlay 1.0 / 1.1 actions applied in order)
//! dialect   Value             -> Dialect (2.0 | 3.0 | 3.1 | 3.2) or "unsupported"
//! swagger2  Value + files     -> the same API in the 3.0 shape (Swagger 2.0 only)
//! bundle    Value + files     -> Value whose references all name whole components
//! select    Value + Selection -> Value: the selected operations and what they reach
//! normalize Value             -> Value in the 3.0 shape + warnings
//! parse     Value             -> openapiv3::OpenAPI
//! lower     OpenAPI           -> ir::Api (refs resolved, names chosen)
//! emit      ir::Api           -> Rust source files (and `emit::manifest`: the crate's Cargo.toml)
//! ```
//!
//! Overlays run before dialect detection so that they are written against the vendor's own text.
//! [`pipeline`] runs the stages in this order; every caller goes through it.
//!
//! The library does no I/O: callers hand it bytes and receive file contents. The other files a
//! document references are named by [`referenced_files`] and handed in the same way
//! ([`ModuleInput::referenced`]).

pub mod bundle;
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
pub mod pagination;
pub mod parse;
pub mod pipeline;
pub mod prose;
pub mod select;
pub mod swagger2;

pub use bundle::ReferencedFile;
pub use diagnostic::{Error, Location, Warning};
pub use emit::needs::ModuleNeeds;
pub use pagination::Pagination;
pub use pipeline::{Lowered, load_with_overlays, lower_module, referenced_files};
pub use select::{Rule, Selection, SelectionSummary};

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
    /// Other files of the document's folder that its `$ref`s point into (directly or through
    /// each other), named as [`referenced_files`] names them. Only those referenced are read.
    pub referenced: Vec<Document>,
    /// The operations to generate; [`Selection::default`] is all of them.
    pub selection: Selection,
    /// Which operations come in pages, and how; `None`: none do.
    pub pagination: Option<Pagination>,
    /// The folder whose files the document's `$ref`s may name, as document names spell it:
    /// the document's own folder when `None`, else a folder that holds it (so that
    /// `../common/Error.yaml` from `spec/swagger.yaml` can be read inside it).
    pub root: Option<String>,
}

/// A whole generated crate.
#[derive(Debug, Clone)]
pub struct CrateInput {
    pub package: String,
    pub description: String,
    /// What the crate is generated from (a folder of documents, a document), named in the
    /// `@generated` header of `Cargo.toml` and `src/lib.rs`; each module's header names its
    /// own document.
    pub source: String,
    /// The command that regenerates the crate, named in the `@generated` header of every file but
    /// `src/runtime.rs` (a copy of the `runtime` crate's source).
    pub command: String,
    /// A crate of its own rather than a member of an enclosing workspace.
    pub standalone: bool,
    /// Whether the crate's `default` feature turns every module on (a crate of one document,
    /// a test crate), or none, so that a crate depending on it compiles only the modules it
    /// names.
    pub modules_on_by_default: bool,
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
    /// One per [`CrateInput::modules`], in the same order.
    pub modules: Vec<ModuleSummary>,
}

/// What generation made of one module: enough for a one-line report per vendor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleSummary {
    /// The module name as given in [`ModuleInput::module`].
    pub module: String,
    /// Operations under the document's `paths`.
    pub operations_documented: usize,
    /// Operations generated; the others were left out by the selection or skipped with a
    /// warning.
    pub operations_generated: usize,
    /// What the module's selection kept; `None` when it has none.
    pub selection: Option<SelectionSummary>,
    /// This module's share of [`Generated::warnings`].
    pub warnings: Vec<Warning>,
}

/// A module of the crate that a run leaves as it is, without reading its document: its name
/// (as in [`ModuleInput::module`]) and what its files say it needs of the crate
/// ([`ModuleNeeds::read`] of its root file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptModule {
    pub module: String,
    pub needs: ModuleNeeds,
}

/// What the crate's `Cargo.toml` needs to know of the input and of its modules.
fn manifest<'a>(
    input: &'a CrateInput,
    modules: &'a [(ir::Ident, ModuleNeeds)],
) -> emit::manifest::Manifest<'a> {
    emit::manifest::Manifest {
        package: &input.package,
        description: &input.description,
        source: &input.source,
        command: &input.command,
        standalone: input.standalone,
        modules_on_by_default: input.modules_on_by_default,
        modules: modules
            .iter()
            .map(|(name, needs)| emit::manifest::Module {
                name: name.as_str(),
                uses_uuid: needs.uses_uuid,
                webhooks: needs.webhooks,
            })
            .collect(),
    }
}

/// Generates a crate. Every module is attempted, so that all broken documents are reported at
/// once; any error means no files are returned.
pub fn generate(input: &CrateInput) -> Result<Generated, Vec<Error>> {
    generate_modules(input, |_| true, &[])
}

/// [`generate`], returning the files of only the modules `wanted` accepts (by
/// [`ModuleInput::module`]), for a crate that also holds the `kept` modules, whose documents
/// are not read. Every module of `input` is still lowered, and its summary and warnings
/// returned. `Cargo.toml`, `src/lib.rs` and `src/runtime.rs` are returned whole, made from
/// `input`'s modules and the kept ones: the same bytes as [`generate`] of every document gives,
/// while the kept modules' files state what their documents make of them.
pub fn generate_modules(
    input: &CrateInput,
    wanted: impl Fn(&str) -> bool,
    kept: &[KeptModule],
) -> Result<Generated, Vec<Error>> {
    let mut apis = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let mut modules = Vec::new();
    for module in &input.modules {
        match pipeline::lower_module(module, &mut ()) {
            Ok(mut lowered) => {
                modules.push(ModuleSummary {
                    module: module.module.clone(),
                    operations_documented: lowered.documented_operations,
                    operations_generated: lowered.api.operations.len(),
                    selection: lowered.selection,
                    warnings: lowered.warnings.clone(),
                });
                apis.push((lowered.api, wanted(&module.module)));
                warnings.append(&mut lowered.warnings);
            }
            Err(error) => errors.push(error),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    apis.sort_by(|(a, _), (b, _)| a.module.cmp(&b.module));
    let (apis, wanted): (Vec<ir::Api>, Vec<bool>) = apis.into_iter().unzip();
    let mut needs: Vec<(ir::Ident, ModuleNeeds)> = apis
        .iter()
        .map(|api| (api.module.clone(), ModuleNeeds::of(api)))
        .chain(
            kept.iter()
                .map(|kept| (names::module_name(&kept.module), kept.needs)),
        )
        .collect();
    needs.sort_by(|(a, _), (b, _)| a.cmp(b));
    let render_error = |error: syn::Error| {
        vec![Error::new(
            "the generated crate",
            "",
            format!("internal error: generated code does not parse: {error}"),
        )]
    };
    let mut files = vec![
        GeneratedFile {
            path: "Cargo.toml".to_owned(),
            contents: emit::manifest::cargo_toml(&manifest(input, &needs)),
        },
        GeneratedFile {
            path: "src/lib.rs".to_owned(),
            contents: emit::lib(
                &input.description,
                &needs.iter().map(|(name, _)| name).collect::<Vec<_>>(),
                needs
                    .iter()
                    .map(|(_, needs)| needs.type_depth)
                    .max()
                    .unwrap_or(0),
                &input.source,
                &input.command,
            )
            .map_err(render_error)?,
        },
        GeneratedFile {
            path: "src/runtime.rs".to_owned(),
            contents: emit::runtime(),
        },
    ];
    for api in apis
        .iter()
        .zip(wanted)
        .filter_map(|(api, wanted)| wanted.then_some(api))
    {
        let module = pipeline::emit_module(api, &input.command, &mut ()).map_err(|e| vec![e])?;
        files.extend(module.into_iter().map(|file| GeneratedFile {
            path: format!("src/{}/{}", api.module, file.path),
            contents: file.contents,
        }));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Generated {
        files,
        warnings,
        modules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(name: &str, document: &str) -> ModuleInput {
        ModuleInput {
            module: name.to_owned(),
            document: Document {
                file: format!("{name}.yaml"),
                bytes: document.as_bytes().to_vec(),
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Selection::default(),
            root: None,
            pagination: None,
        }
    }

    /// Files of the modules asked for, and the crate's own files made from every module.
    #[test]
    fn generate_modules_returns_the_files_of_the_modules_asked_for() {
        let plain = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        let with_uuid = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n\
                         components: {schemas: {Id: {type: string, format: uuid}}}\n";
        let input = CrateInput {
            package: "two".to_owned(),
            description: "Two.".to_owned(),
            source: "specs".to_owned(),
            command: "generate".to_owned(),
            standalone: false,
            modules_on_by_default: false,
            modules: vec![module("alpha", plain), module("beta", with_uuid)],
        };
        let all = generate(&input).unwrap();
        let some = generate_modules(&input, |module| module == "alpha", &[]).unwrap();
        let paths: Vec<&str> = some.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "Cargo.toml",
                "src/alpha/mod.rs",
                "src/lib.rs",
                "src/runtime.rs"
            ]
        );
        let kept: Vec<&GeneratedFile> = all
            .files
            .iter()
            .filter(|f| !f.path.starts_with("src/beta/"))
            .collect();
        assert_eq!(kept, some.files.iter().collect::<Vec<_>>());
        let manifest = &some.files[0].contents;
        assert!(manifest.contains("beta = [\"dep:uuid\"]"), "{manifest}");
        assert!(some.files[2].contents.contains("pub mod beta;"));
        assert_eq!(some.modules, all.modules);
    }

    /// A module kept as it is counts in the crate's files as its root file says, so that they
    /// are the bytes a run over every document writes, without its document.
    #[test]
    fn kept_modules_make_the_crate_files_a_full_run_makes() {
        let plain = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        // Twenty types each holding the next, the last an uuid: deep enough for a
        // `recursion_limit`, and a dependency of the module's feature.
        let mut deep = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n\
                        components:\n  schemas:\n    T20: {type: string, format: uuid}\n"
            .to_owned();
        for level in 0..20 {
            deep.push_str(&format!(
                "    T{level}: {{type: object, properties: {{next: {{$ref: '#/components/schemas/T{}'}}}}}}\n",
                level + 1
            ));
        }
        let deep = deep.as_str();
        let crate_of = |modules| CrateInput {
            package: "two".to_owned(),
            description: "Two.".to_owned(),
            source: "specs".to_owned(),
            command: "generate".to_owned(),
            standalone: false,
            modules_on_by_default: false,
            modules,
        };
        let all = generate(&crate_of(vec![
            module("alpha", plain),
            module("beta", deep),
        ]))
        .unwrap();
        let file = |path: &str| {
            let found = all.files.iter().find(|f| f.path == path);
            found.map(|f| f.contents.as_str()).unwrap_or_default()
        };
        let root = format!("src/beta/{}", emit::ROOT_FILE);
        let kept = KeptModule {
            module: "beta".to_owned(),
            needs: ModuleNeeds::read(file(&root)).unwrap(),
        };
        assert!(
            kept.needs.uses_uuid && kept.needs.type_depth > 16,
            "{kept:?}"
        );
        let some =
            generate_modules(&crate_of(vec![module("alpha", plain)]), |_| true, &[kept]).unwrap();
        for path in ["Cargo.toml", "src/lib.rs"] {
            let found = some.files.iter().find(|f| f.path == path);
            assert_eq!(
                found.map(|f| f.contents.as_str()),
                Some(file(path)),
                "{path}"
            );
        }
        assert!(file("src/lib.rs").contains("recursion_limit"));
        assert!(!some.files.iter().any(|f| f.path.starts_with("src/beta/")));
    }

    #[test]
    fn headers_name_the_source_the_caller_gives() {
        let document = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        let input = CrateInput {
            package: "pets".to_owned(),
            description: "Pets.".to_owned(),
            source: "api/petstore.yaml".to_owned(),
            command: "cargo xtask generate api/petstore.yaml --out pets".to_owned(),
            standalone: true,
            modules_on_by_default: true,
            modules: vec![ModuleInput {
                module: "petstore".to_owned(),
                document: Document {
                    file: "api/petstore.yaml".to_owned(),
                    bytes: document.as_bytes().to_vec(),
                },
                overlays: Vec::new(),
                referenced: Vec::new(),
                selection: Selection::default(),
                pagination: None,
                root: None,
            }],
        };
        let generated = generate(&input).unwrap();
        let header = |path: &str| {
            let file = generated.files.iter().find(|f| f.path == path).unwrap();
            file.contents.lines().next().unwrap().to_owned()
        };
        let expected = "@generated from api/petstore.yaml by \
                        `cargo xtask generate api/petstore.yaml --out pets`. Do not edit by hand.";
        assert_eq!(header("Cargo.toml"), format!("# {expected}"));
        assert_eq!(header("src/lib.rs"), format!("// {expected}"));
        assert_eq!(header("src/petstore/mod.rs"), format!("// {expected}"));
    }
}
