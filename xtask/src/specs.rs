//! Reading `specs/`: one folder per vendor, each with a `vendor.toml` naming its documents and,
//! optionally, the operations to generate (`[[include]]`, `[[exclude]]`).
//!
//! A vendor's files are read only from inside its own folder: `spec` and `overlays` are
//! resolved (symbolic links followed) and refused, unread, when they land anywhere else, so
//! that a manifest cannot pull outside files into the generated crate or into error messages.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};
use generator::pagination::{self, Pagination};
use generator::{CrateInput, Document, ModuleInput, Rule, Selection};

use crate::{CODEGEN_COMMAND, SPECS_DIR, VENDOR_MANIFEST, names, relative};

/// `specs/<vendor>/vendor.toml`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct VendorManifest {
    /// The vendor's document, relative to the vendor folder.
    spec: String,
    /// OAI Overlay documents with our additions, applied in this order.
    #[serde(default)]
    overlays: Vec<String>,
    /// `[[include]]` tables: the operations to generate (all of them when there are none).
    #[serde(default)]
    include: Vec<RuleTable>,
    /// `[[exclude]]` tables: operations not to generate, even when an include names them.
    #[serde(default)]
    exclude: Vec<RuleTable>,
    /// `[pagination]`: which operations come in pages, and how.
    pagination: Option<PaginationTable>,
}

/// The `[pagination]` table: `style = "link"` (the `Link` header's `rel="next"`), or
/// `style = "cursor"` with the members and parameter it uses; `operations` names the
/// paginating operations (by default, those the document shows to paginate in that style).
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PaginationTable {
    style: PaginationStyle,
    #[serde(default)]
    operations: Vec<String>,
    items: Option<String>,
    has_more: Option<String>,
    cursor_param: Option<String>,
    cursor_field: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
enum PaginationStyle {
    Link,
    Cursor,
}

impl PaginationTable {
    fn pagination(self, source: &str) -> anyhow::Result<Pagination> {
        let cursor_keys = [
            ("items", &self.items),
            ("has_more", &self.has_more),
            ("cursor_param", &self.cursor_param),
            ("cursor_field", &self.cursor_field),
        ];
        let style = match self.style {
            PaginationStyle::Link => {
                if let Some((key, _)) = cursor_keys.iter().find(|(_, value)| value.is_some()) {
                    bail!("{source}: [pagination] `{key}` is for `style = \"cursor\"` only");
                }
                pagination::Style::Link
            }
            PaginationStyle::Cursor => {
                let missing: Vec<&str> = cursor_keys
                    .iter()
                    .filter(|(_, value)| value.is_none())
                    .map(|(key, _)| *key)
                    .collect();
                if !missing.is_empty() {
                    bail!(
                        "{source}: [pagination] with `style = \"cursor\"` needs {}",
                        missing.join(", ")
                    );
                }
                pagination::Style::Cursor(pagination::Cursor {
                    items: self.items.unwrap_or_default(),
                    has_more: self.has_more.unwrap_or_default(),
                    cursor_param: self.cursor_param.unwrap_or_default(),
                    cursor_field: self.cursor_field.unwrap_or_default(),
                })
            }
        };
        Ok(Pagination {
            source: source.to_owned(),
            style,
            operations: self.operations,
        })
    }
}

/// An `[[include]]` or `[[exclude]]` table. Each key takes one value (`tag = "issues"`) or,
/// in its plural form, a list (`tags = ["issues", "pulls"]`).
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleTable {
    tag: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    operation: Option<String>,
    #[serde(default)]
    operations: Vec<String>,
    path: Option<String>,
    #[serde(default)]
    paths: Vec<String>,
    method: Option<String>,
    #[serde(default)]
    methods: Vec<String>,
}

impl RuleTable {
    fn rule(self) -> Rule {
        let join = |one: Option<String>, many: Vec<String>| one.into_iter().chain(many).collect();
        Rule {
            tags: join(self.tag, self.tags),
            operations: join(self.operation, self.operations),
            paths: join(self.path, self.paths),
            methods: join(self.method, self.methods),
        }
    }
}

/// A vendor folder: its name and where it is.
#[derive(Debug, Clone)]
pub struct VendorFolder {
    /// The folder's name, as written (`foo-bar`).
    pub name: String,
    /// The module (and feature) it becomes (`foo_bar`).
    pub module: String,
    pub dir: PathBuf,
    /// `specs/<name>`, for messages.
    pub display: String,
}

/// Reads every vendor folder under `root/specs`, in name order.
pub fn read_specs(root: &Path) -> anyhow::Result<CrateInput> {
    Ok(read_vendors(root)?.1)
}

/// Reads every vendor folder under `root/specs`: the folders, and the crate whose modules are
/// made of them, in the same order.
pub fn read_vendors(root: &Path) -> anyhow::Result<(Vec<VendorFolder>, CrateInput)> {
    let folders = list_vendors(root)?;
    let modules = folders
        .iter()
        .map(|folder| read_vendor(root, folder))
        .collect::<anyhow::Result<_>>()?;
    Ok((folders, crate_input(modules)))
}

/// The vendor folders under `root/specs`, in name order, without reading any of their files.
pub fn list_vendors(root: &Path) -> anyhow::Result<Vec<VendorFolder>> {
    let folders: Vec<VendorFolder> = vendor_folders(root)?
        .into_iter()
        .map(|(module, dir)| VendorFolder {
            name: dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            display: relative(root, &dir),
            module,
            dir,
        })
        .collect();
    if folders.is_empty() {
        bail!("{} holds no vendor folders", root.join(SPECS_DIR).display());
    }
    Ok(folders)
}

/// Reads one vendor's manifest and the documents it names.
pub fn read_vendor(root: &Path, folder: &VendorFolder) -> anyhow::Result<ModuleInput> {
    read_folder(root, folder.module.clone(), &folder.dir)
}

/// Reads one vendor folder under `root/specs`, by module name, without reading the others.
pub fn read_vendor_module(root: &Path, module: &str) -> anyhow::Result<ModuleInput> {
    let folders = vendor_folders(root)?;
    let Some(dir) = folders.get(module) else {
        bail!(
            "{} holds no vendor `{module}`",
            root.join(SPECS_DIR).display()
        );
    };
    read_folder(root, module.to_owned(), dir)
}

/// The `generated` crate made of these modules.
pub fn crate_input(modules: Vec<ModuleInput>) -> CrateInput {
    CrateInput {
        package: "generated".to_owned(),
        description: "Typed request/response modules for the vendor APIs in specs/, one cargo \
                      feature per vendor, none on by default."
            .to_owned(),
        source: SPECS_DIR.to_owned(),
        command: CODEGEN_COMMAND.to_owned(),
        standalone: false,
        modules_on_by_default: false,
        modules,
    }
}

/// The vendor folders under `root/specs` by module name, after checking that every folder
/// name is a valid module of its own.
fn vendor_folders(root: &Path) -> anyhow::Result<BTreeMap<String, PathBuf>> {
    let specs = root.join(SPECS_DIR);
    let mut entries = Vec::new();
    for entry in fs::read_dir(&specs).with_context(|| format!("cannot read {}", specs.display()))? {
        let entry = entry.with_context(|| format!("cannot read {}", specs.display()))?;
        let path = entry.path();
        let kind = entry
            .file_type()
            .with_context(|| format!("cannot read {}", path.display()))?;
        if kind.is_symlink() && path.is_dir() {
            bail!(
                "{}: is a symbolic link to a folder; a vendor folder must be a real folder \
                 inside {SPECS_DIR}/, so that nothing outside it is read",
                relative(root, &path)
            );
        }
        if kind.is_dir() {
            entries.push(path);
        }
    }
    entries.sort();
    let mut by_module: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in entries {
        let display = relative(root, &path);
        let folder = path
            .file_name()
            .and_then(|name| name.to_str())
            .ok_or_else(|| anyhow::anyhow!("{display}/: {}", names::VENDOR_FOLDER_RULE))?;
        let module =
            names::vendor_module(folder).map_err(|why| anyhow::anyhow!("{display}/: {why}"))?;
        if let Some(other) = by_module.get(&module) {
            bail!(
                "{}/ and {display}/ would both become the module and cargo feature `{module}`; \
                 rename one of them",
                relative(root, other)
            );
        }
        by_module.insert(module, path);
    }
    Ok(by_module)
}

fn read_folder(root: &Path, module: String, folder: &Path) -> anyhow::Result<ModuleInput> {
    let vendor = Vendor::new(root, folder)?;
    let manifest_display = format!("{}/{VENDOR_MANIFEST}", vendor.display);
    let manifest_path = vendor
        .resolve(VENDOR_MANIFEST)
        .map_err(|problem| match problem {
            Problem::Missing(error) if error.kind() == io::ErrorKind::NotFound => {
                anyhow::anyhow!("{manifest_display}: every vendor folder needs a {VENDOR_MANIFEST}")
            }
            problem => anyhow::anyhow!(
                "{manifest_display}: {problem}",
                problem = problem.describe(&vendor)
            ),
        })?;
    let text = fs::read_to_string(&manifest_path)
        .with_context(|| format!("cannot read {manifest_display}"))?;
    let manifest: VendorManifest = toml::from_str(&text)
        .map_err(|error| anyhow::anyhow!("{}", manifest_error(&manifest_display, &text, &error)))?;
    let document = |key: String, value: &str| -> anyhow::Result<Document> {
        let path = vendor.resolve(value).map_err(|problem| {
            anyhow::anyhow!(
                "{manifest_display}: {key} = {value:?} {}",
                problem.describe(&vendor)
            )
        })?;
        let file = format!("{}/{}", vendor.display, lexical(value).unwrap_or_default());
        let bytes = fs::read(&path).with_context(|| format!("cannot read {file}"))?;
        Ok(Document { file, bytes })
    };
    let spec = document("spec".to_owned(), &manifest.spec)?;
    let overlays = manifest
        .overlays
        .iter()
        .enumerate()
        .map(|(i, overlay)| document(format!("overlays[{i}]"), overlay))
        .collect::<anyhow::Result<_>>()?;
    let selection = Selection {
        source: manifest_display.clone(),
        include: manifest.include.into_iter().map(RuleTable::rule).collect(),
        exclude: manifest.exclude.into_iter().map(RuleTable::rule).collect(),
    };
    let pagination = manifest
        .pagination
        .map(|table| table.pagination(&manifest_display))
        .transpose()?;
    let mut input = ModuleInput {
        module,
        document: spec,
        overlays,
        referenced: Vec::new(),
        selection,
        pagination,
        root: None,
    };
    // What the spec's `$ref`s name in other files is read from the spec's own folder.
    let spec_path = vendor
        .canonical
        .join(lexical(&manifest.spec).unwrap_or_default());
    let spec_folder = spec_path.parent().unwrap_or(&vendor.canonical);
    crate::read_referenced(&mut input, spec_folder)?;
    Ok(input)
}

/// A `vendor.toml` that does not read: `file:line:column: what`, and what the file must hold.
fn manifest_error(file: &str, text: &str, error: &toml::de::Error) -> String {
    let at = error.span().map_or_else(String::new, |span| {
        let before = text.get(..span.start).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before
            .rsplit('\n')
            .next()
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        format!(":{line}:{column}")
    });
    format!(
        "{file}{at}: {}; a {VENDOR_MANIFEST} holds `spec = \"<document>\"` and optionally \
         `overlays = [\"<overlay>\", …]`, `[[include]]` and `[[exclude]]` tables and a \
         `[pagination]` table",
        error.message().trim_end()
    )
}

/// A vendor folder: where its files may be read from.
struct Vendor {
    /// The folder with every symbolic link resolved.
    canonical: PathBuf,
    /// `specs/<vendor>`, for messages.
    display: String,
}

/// Why a path named by `vendor.toml` is not read.
enum Problem {
    Outside,
    Missing(io::Error),
    Directory,
    NotAFile,
}

impl Problem {
    fn describe(&self, vendor: &Vendor) -> String {
        match self {
            Problem::Outside => format!(
                "resolves outside {}/; a vendor's files must be inside its folder, so it was not \
                 read",
                vendor.display
            ),
            Problem::Missing(error) => format!("cannot be read: {error}"),
            Problem::Directory => "is a directory, not a document".to_owned(),
            Problem::NotAFile => "is not a regular file".to_owned(),
        }
    }
}

impl Vendor {
    fn new(root: &Path, folder: &Path) -> anyhow::Result<Self> {
        let display = relative(root, folder);
        let canonical =
            fs::canonicalize(folder).with_context(|| format!("cannot read {display}/"))?;
        Ok(Vendor { canonical, display })
    }

    /// The file `value` names, relative to the folder, if it is a regular file inside it once
    /// symbolic links are followed. Nothing is read, and a path that leaves the folder by its
    /// spelling (`..`, an absolute path) is refused before the file system is asked about it.
    fn resolve(&self, value: &str) -> Result<PathBuf, Problem> {
        let inside = lexical(value).ok_or(Problem::Outside)?;
        let canonical = fs::canonicalize(self.canonical.join(inside)).map_err(Problem::Missing)?;
        if !canonical.starts_with(&self.canonical) {
            return Err(Problem::Outside);
        }
        let metadata = fs::metadata(&canonical).map_err(Problem::Missing)?;
        if metadata.is_dir() {
            Err(Problem::Directory)
        } else if !metadata.is_file() {
            Err(Problem::NotAFile)
        } else {
            Ok(canonical)
        }
    }
}

/// `value` as a `/`-separated path inside a folder, going by its spelling only: `None` when it
/// is absolute or climbs out with `..`. `.` is the folder itself (the empty path).
fn lexical(value: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for component in Path::new(value).components() {
        match component {
            Component::Normal(part) => parts.push(part.to_str()?),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::lexical;

    #[test]
    fn paths_are_kept_inside_by_their_spelling() {
        assert_eq!(lexical("openapi.yaml").as_deref(), Some("openapi.yaml"));
        assert_eq!(lexical("./a/../b.yaml").as_deref(), Some("b.yaml"));
        assert_eq!(lexical(".").as_deref(), Some(""));
        assert_eq!(lexical("../x.yaml"), None);
        assert_eq!(lexical("a/../../x.yaml"), None);
        assert_eq!(lexical("/etc/passwd"), None);
    }
}
