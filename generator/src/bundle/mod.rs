//! The stage between overlay and normalize: references to anything, anywhere in the document's
//! folder → references to whole components of the one document.
//!
//! Lowering follows only `#/components/<section>/<name>`. Vendors also point into parts of
//! things (`#/components/schemas/Page/properties/size`, `#/paths/~1a/get/responses/200/…`) and
//! into other files of their folder (`./common.yaml#/components/responses/BadRequest`,
//! `schemas/Pet.yaml`). This stage makes every such reference one lowering follows:
//!
//! - **Targets are hoisted.** A target that is not a whole component of the document is put
//!   into the `components` section of the reference's kind (decided by where the `$ref`
//!   stands: a schema, parameter, response, …; see `walk.rs`) under a readable, unique name
//!   (see `naming.rs`), and the reference is rewritten to it. A target inside the document is
//!   *moved*: its old place becomes a reference to the new component, so that both uses share
//!   one type. A target in another file is copied, together with what it references in turn.
//! - **Schemas that matter where they stand are copied.** Lowering reads `nullable`,
//!   `deprecated` and `format: password` (secret, redacted in `Debug`) from a field's own
//!   schema only, not through a reference. Such a target is copied into each place that
//!   references it (when it holds no reference itself, so copies cannot recurse), or else
//!   hoisted without being moved, so that at least its own place keeps that meaning.
//!   Each target is hoisted once, however often it is referenced, and a hoisted copy holds
//!   references (not copies) to the targets inside it, so recursive structures end.
//!   Hoisted objects record where they came from in `x-bundled-from` (`#/pointer` or
//!   `file#/pointer`).
//! - **Chains are followed.** A target that is itself a reference is followed to its end
//!   first, so a reference to a reference to a component becomes a reference to the component.
//! - **Path items are inlined.** Path item references (which `components` cannot hold in 3.0)
//!   are replaced by their target, with the reference's own fields on top.
//! - **Files are named, never opened.** The other files are given by the caller
//!   ([`crate::ModuleInput::referenced`]); [`missing_files`] lists those still needed. A
//!   reference that leaves the document's folder, is absolute, or is a URL is an error naming
//!   the file, the `$ref`'s pointer and the reason (see `uri.rs`).
//!
//! Left for the later stages: `#/components/<section>/<name>` of the document itself (lowering
//! resolves and reports those), and in 3.1 references to `$defs` entries (normalize hoists
//! `$defs`). The stage runs after overlays, on the vendor's own structure, so that pointers mean
//! what their authors wrote, and before normalize, so that pulled-in 3.1 content is normalized
//! with the rest.

mod naming;
pub(crate) mod uri;
mod walk;

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use serde_json::{Value, json};

use crate::diagnostic::{Error, Location, escape_token, pointer_tokens, push_token, value_kind};
use crate::dialect::Dialect;
use crate::{Document, extension, load};
use walk::{Kind, Site, Start};

/// A file of the document's folder that its references need and that was not supplied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferencedFile {
    /// The name to give its [`Document`]: the document's folder (as the document's own name
    /// spells it) joined with `path`.
    pub file: String,
    /// Its path relative to the document's folder: `/`-separated, without `.` or `..` parts.
    pub path: String,
    /// The first `$ref` that needs it.
    pub referenced_at: Location,
}

/// Longest chain of references followed before it is taken for a cycle.
const MAX_LINKS: usize = 32;
/// Deepest nesting of path item references that is inlined.
pub const MAX_INLINE_DEPTH: usize = 8;

/// Index of a file in [`Bundler::files`]; the document itself is [`MAIN`].
type FileId = usize;
const MAIN: FileId = 0;

/// A node of one of the files: the file and a JSON pointer into it.
type Node = (FileId, String);

/// Rewrites `document` so that every reference lowering follows names a whole component of
/// it. `referenced` holds the other files of the document's folder that its references point
/// into, named as [`missing_files`] names them.
pub fn bundle(
    file: &str,
    root: Option<&str>,
    dialect: Dialect,
    document: Value,
    referenced: &[Document],
) -> Result<Value, Error> {
    let supplied = referenced
        .iter()
        .map(|d| (d.file.as_str(), Supplied::Text(d)))
        .collect();
    bundle_supplied(file, root, dialect, document, supplied)
}

/// [`bundle`], with the other files already read (and converted: see [`crate::swagger2`]),
/// named as [`missing_files`] names them.
pub fn bundle_values(
    file: &str,
    root: Option<&str>,
    dialect: Dialect,
    document: Value,
    referenced: &[(String, Value)],
) -> Result<Value, Error> {
    let supplied = referenced
        .iter()
        .map(|(name, value)| (name.as_str(), Supplied::Value(value)))
        .collect();
    bundle_supplied(file, root, dialect, document, supplied)
}

fn bundle_supplied(
    file: &str,
    root: Option<&str>,
    dialect: Dialect,
    mut document: Value,
    supplied: HashMap<&str, Supplied>,
) -> Result<Value, Error> {
    let plan = {
        let mut bundler = Bundler::new(file, root, dialect, &document, supplied, false)?;
        bundler.discover()?;
        bundler.plan()
    };
    plan.apply(&mut document);
    Ok(document)
}

/// The files of the document's folder that its references need (directly, or through the
/// `referenced` files) and that `referenced` lacks, in the order first met. Errors are those
/// [`bundle`] would report about the references met so far.
pub fn missing_files(
    file: &str,
    root: Option<&str>,
    dialect: Dialect,
    document: &Value,
    referenced: &[Document],
) -> Result<Vec<ReferencedFile>, Error> {
    let supplied = referenced
        .iter()
        .map(|d| (d.file.as_str(), Supplied::Text(d)))
        .collect();
    let mut bundler = Bundler::new(file, root, dialect, document, supplied, true)?;
    bundler.discover()?;
    Ok(bundler.missing)
}

/// [`missing_files`], with the other files already read, as for [`bundle_values`].
pub fn missing_files_of_values(
    file: &str,
    root: Option<&str>,
    dialect: Dialect,
    document: &Value,
    referenced: &[(String, Value)],
) -> Result<Vec<ReferencedFile>, Error> {
    let supplied = referenced
        .iter()
        .map(|(name, value)| (name.as_str(), Supplied::Value(value)))
        .collect();
    let mut bundler = Bundler::new(file, root, dialect, document, supplied, true)?;
    bundler.discover()?;
    Ok(bundler.missing)
}

/// Another file of the folder as the caller hands it over: its text, or its value.
enum Supplied<'a> {
    Text(&'a Document),
    Value(&'a Value),
}

/// Whether a document's text may hold a `$ref` to another file: `false` only when every `$ref`
/// in it is followed by a value starting with `#`. A cheap look at the bytes, so that callers
/// need not load a document just to learn that it names no other file.
pub fn may_reference_files(bytes: &[u8]) -> bool {
    const KEY: &[u8] = b"$ref";
    // A substring search over the whole text: vendors' documents run to megabytes.
    memchr::memmem::find_iter(bytes, KEY).any(|at| {
        let rest = &bytes[at + KEY.len()..];
        // Quotes, the colon, spaces and YAML block scalar indicators stand before the value.
        let value = rest.iter().find(|b| {
            !matches!(
                b,
                b'"' | b'\'' | b':' | b' ' | b'\t' | b'\r' | b'\n' | b'>' | b'|' | b'-' | b'+'
            )
        });
        value != Some(&b'#')
    })
}

/// One file of the folder: its name in messages, its path relative to the folder, its value.
struct Source<'a> {
    name: String,
    path: String,
    value: Cow<'a, Value>,
}

/// A hoisted target: the section it goes to, its name there, and whether a reference to it may
/// stand in its place.
struct Target {
    kind: Kind,
    name: String,
    replaceable: bool,
}

impl Target {
    fn reference(&self) -> String {
        format!(
            "#/components/{}/{}",
            self.kind.section(),
            escape_token(&self.name)
        )
    }
}

/// What becomes of one `$ref`.
enum Action {
    /// Its text becomes this reference.
    Rewrite(String),
    /// It is replaced by (a copy of) this path item.
    Inline(Node),
}

/// Where a chain of references ends.
enum Followed {
    /// At a whole component of the document: this reference names it.
    Component(String),
    /// At an object to hoist.
    Node(Node),
    /// At a file not supplied (while listing missing files).
    Missing,
}

/// Discovers every reference to rewrite and every target to hoist, then plans the rewrite.
struct Bundler<'a> {
    dialect: Dialect,
    /// The document's folder, as document names spell it.
    folder: String,
    files: Vec<Source<'a>>,
    by_path: HashMap<String, FileId>,
    supplied: HashMap<&'a str, Supplied<'a>>,
    /// List missing files instead of failing on them.
    listing: bool,
    missing: Vec<ReferencedFile>,
    /// Hoisted targets in the order met, and where each is in that list.
    targets: Vec<(Node, Target)>,
    target_at: HashMap<FileId, HashMap<String, usize>>,
    /// The `$ref`s to change, by file and pointer of the object holding them.
    sites: HashMap<FileId, HashMap<String, Action>>,
    /// Names in use per `components` section.
    taken: HashMap<&'static str, BTreeSet<String>>,
    /// Parts still to walk, and every part ever queued.
    queue: VecDeque<(Node, Start)>,
    queued: HashSet<Node>,
    /// 3.2: the document's `$self`, the URI its references may name it by.
    self_uri: Option<String>,
}

impl<'a> Bundler<'a> {
    fn new(
        file: &str,
        root: Option<&str>,
        dialect: Dialect,
        document: &'a Value,
        supplied: HashMap<&'a str, Supplied<'a>>,
        listing: bool,
    ) -> Result<Self, Error> {
        let (folder, path) = uri::place(file, root).map_err(|why| Error::new(file, "", why))?;
        Ok(Bundler {
            dialect,
            folder,
            files: vec![Source {
                name: file.to_owned(),
                path: path.clone(),
                value: Cow::Borrowed(document),
            }],
            by_path: HashMap::from([(path, MAIN)]),
            supplied,
            listing,
            missing: Vec::new(),
            targets: Vec::new(),
            target_at: HashMap::new(),
            sites: HashMap::new(),
            taken: HashMap::new(),
            queue: VecDeque::new(),
            queued: HashSet::new(),
            self_uri: (dialect == Dialect::V3_2)
                .then(|| document.get("$self").and_then(Value::as_str))
                .flatten()
                .map(str::to_owned),
        })
    }

    /// A reference of the document that names it, or a file beside it, by its 3.2 `$self`
    /// (`https://example.com/api/openapi.yaml#/components/schemas/Pet`,
    /// `https://example.com/api/common.yaml`), as the relative reference it is
    /// (`#/components/schemas/Pet`, `common.yaml`). Other references are returned as written.
    fn relative_to_self<'r>(&self, file: FileId, reference: &'r str) -> Cow<'r, str> {
        let Some(self_uri) = self.self_uri.as_deref().filter(|_| file == MAIN) else {
            return Cow::Borrowed(reference);
        };
        let document = self_uri.split('#').next().unwrap_or(self_uri);
        if let Some(rest) = reference.strip_prefix(document) {
            if rest.is_empty() || rest.starts_with('#') {
                return Cow::Owned(format!("#{}", rest.trim_start_matches('#')));
            }
        }
        let folder = &document[..document.rfind('/').map_or(0, |i| i + 1)];
        match reference.strip_prefix(folder) {
            Some(rest) if !folder.is_empty() && !rest.is_empty() => Cow::Owned(rest.to_owned()),
            _ => Cow::Borrowed(reference),
        }
    }

    fn value(&self, (file, pointer): &Node) -> Option<&Value> {
        self.files.get(*file)?.value.pointer(pointer)
    }

    fn enqueue(&mut self, node: Node, start: Start) {
        if self.queued.insert(node.clone()) {
            self.queue.push_back((node, start));
        }
    }

    /// Walks the document and, in turn, every target met, deciding what becomes of each `$ref`.
    fn discover(&mut self) -> Result<(), Error> {
        self.enqueue((MAIN, String::new()), Start::Document);
        while let Some((node, start)) = self.queue.pop_front() {
            let Some(value) = self.value(&node) else {
                continue;
            };
            let sites = walk::sites(value, &node.1, start).map_err(|malformed| {
                Error::new(
                    &self.files[node.0].name,
                    &malformed.pointer,
                    format!(
                        "`$ref` must be a string, a reference such as \
                         `#/components/schemas/Pet`; found {}",
                        malformed.found
                    ),
                )
            })?;
            for site in sites {
                self.site(node.0, site)?;
            }
        }
        Ok(())
    }

    fn site(&mut self, file: FileId, site: Site) -> Result<(), Error> {
        if self
            .sites
            .get(&file)
            .is_some_and(|sites| sites.contains_key(&site.pointer))
        {
            return Ok(());
        }
        let reference = self.relative_to_self(file, &site.reference).into_owned();
        if file == MAIN && reference == site.reference && self.left_alone(&reference) {
            return Ok(());
        }
        let Some(target) = self.resolve(file, &reference, &site.pointer)? else {
            return Ok(());
        };
        let action = if site.kind == Kind::PathItem {
            self.enqueue(target.clone(), Start::At(Kind::PathItem));
            Action::Inline(target)
        } else {
            let followed = self.follow(target, file, &site)?;
            if let Followed::Node(node) = &followed {
                self.check_shape(node, file, &site)?;
            }
            match followed {
                Followed::Component(reference) => Action::Rewrite(reference),
                Followed::Node(node) if self.inlined_where_used(&node, site.kind) => {
                    Action::Inline(node)
                }
                Followed::Node(node) => Action::Rewrite(self.hoist(node, file, &site)?),
                Followed::Missing => return Ok(()),
            }
        };
        if !matches!(&action, Action::Rewrite(reference) if *reference == site.reference) {
            self.sites
                .entry(file)
                .or_default()
                .insert(site.pointer, action);
        }
        Ok(())
    }

    /// References of the document that later stages handle: whole components (lowering
    /// resolves them, and reports them when dangling), and in 3.1 `$defs` entries (normalize
    /// hoists them).
    fn left_alone(&self, reference: &str) -> bool {
        let Some(pointer) = reference.strip_prefix("#/") else {
            return false;
        };
        let tokens: Vec<&str> = pointer.split('/').collect();
        match tokens.as_slice() {
            ["components", _, name] => !name.contains('%'),
            ["$defs", ..] => self.dialect.json_schema_2020(),
            [.., "$defs", _] => self.dialect.json_schema_2020(),
            _ => false,
        }
    }

    /// The node a `$ref` held by file `from` at `at` names, loading its file if needed; `None`
    /// when that file is missing and missing files are being listed.
    fn resolve(&mut self, from: FileId, reference: &str, at: &str) -> Result<Option<Node>, Error> {
        let (path, fragment) = uri::split(reference);
        let error = |files: &[Source], why: String| {
            Error::new(&files[from].name, at, format!("`$ref: {reference}`: {why}"))
        };
        let file = if path.is_empty() {
            from
        } else {
            let relative = uri::resolve_path(&self.files[from].path, path)
                .map_err(|why| error(&self.files, why))?;
            match self.file(&relative, from, at, reference)? {
                Some(file) => file,
                None => return Ok(None),
            }
        };
        let pointer = uri::fragment_pointer(fragment).map_err(|why| error(&self.files, why))?;
        // The same pointer as the walks spell it, so that both find the same node.
        let pointer = pointer_tokens(&pointer)
            .iter()
            .fold(String::new(), |p, token| push_token(&p, token));
        if self.files[file].value.pointer(&pointer).is_none() {
            let why = format!("points at nothing in {}", self.files[file].name);
            return Err(error(&self.files, why));
        }
        Ok(Some((file, pointer)))
    }

    /// The file at `relative` (to the folder), loaded on first use.
    fn file(
        &mut self,
        relative: &str,
        from: FileId,
        at: &str,
        reference: &str,
    ) -> Result<Option<FileId>, Error> {
        if let Some(&file) = self.by_path.get(relative) {
            return Ok(Some(file));
        }
        let name = uri::join(&self.folder, relative);
        if let Some(supplied) = self.supplied.get(name.as_str()) {
            let value = match supplied {
                Supplied::Text(document) => {
                    Cow::Owned(load::load(&document.file, &document.bytes)?)
                }
                Supplied::Value(value) => Cow::Borrowed(*value),
            };
            let file = self.files.len();
            self.files.push(Source {
                name,
                path: relative.to_owned(),
                value,
            });
            self.by_path.insert(relative.to_owned(), file);
            return Ok(Some(file));
        }
        if !self.listing {
            return Err(Error::new(
                &self.files[from].name,
                at,
                format!("`$ref: {reference}`: {name} was not supplied with the document"),
            ));
        }
        if !self.missing.iter().any(|m| m.path == relative) {
            self.missing.push(ReferencedFile {
                file: name,
                path: relative.to_owned(),
                referenced_at: Location::new(&self.files[from].name, at),
            });
        }
        Ok(None)
    }

    /// Follows references from `node` to the first thing that is not one.
    fn follow(&mut self, mut node: Node, from: FileId, site: &Site) -> Result<Followed, Error> {
        let mut seen = vec![node.clone()];
        // A chain back to the `$ref` itself (through other files) is a cycle too, when that
        // `$ref` is all its object holds.
        let home = (from, site.pointer.clone());
        let home_is_reference = self
            .value(&home)
            .and_then(|value| self.only_reference(value, site.kind))
            .is_some();
        loop {
            if node.0 == MAIN {
                if let [components, section, name] = pointer_tokens(&node.1).as_slice() {
                    if components == "components" {
                        return Ok(Followed::Component(format!(
                            "#/components/{}/{}",
                            escape_token(section),
                            escape_token(name)
                        )));
                    }
                }
            }
            let Some(next) = self
                .value(&node)
                .and_then(|value| self.only_reference(value, site.kind))
                .map(str::to_owned)
            else {
                return Ok(Followed::Node(node));
            };
            let next = self.relative_to_self(node.0, &next).into_owned();
            if node.0 == MAIN && self.left_alone(&next) {
                return Ok(Followed::Component(next));
            }
            match self.resolve(node.0, &next, &node.1)? {
                Some(target) => node = target,
                None => return Ok(Followed::Missing),
            }
            let cycle = seen.contains(&node) || (home_is_reference && node == home);
            seen.push(node.clone());
            if cycle || seen.len() > MAX_LINKS {
                let shown = home_is_reference.then_some(&home).into_iter().chain(&seen);
                let chain: Vec<String> = shown.map(|node| self.display(node)).collect();
                let why = if cycle {
                    "references form a cycle, so none of them leads to".to_owned()
                } else {
                    format!("more than {MAX_LINKS} references in a row, none of them leading to")
                };
                return Err(Error::new(
                    &self.files[from].name,
                    &site.pointer,
                    format!(
                        "`$ref: {}`: {why} {}: {}",
                        site.reference,
                        site.kind.a_noun(),
                        chain.join(" → ")
                    ),
                ));
            }
        }
    }

    /// A node as a reference would spell it: `#/pointer`, or `file#/pointer` in another file.
    fn display(&self, (file, pointer): &Node) -> String {
        if *file == MAIN {
            format!("#{pointer}")
        } else {
            format!("{}#{pointer}", self.files[*file].path)
        }
    }

    /// Whether a schema target is copied into each place that references it rather than
    /// hoisted: when it says something about the place it stands in (see
    /// [`says_something_about_its_place`]) and holds no reference, so that a copy cannot recurse.
    fn inlined_where_used(&self, node: &Node, kind: Kind) -> bool {
        kind == Kind::Schema
            && self.value(node).is_some_and(|value| {
                says_something_about_its_place(value) && !holds_reference(value)
            })
    }

    /// The `$ref` of an object that is nothing but a reference. In 3.0 the siblings of a `$ref`
    /// are ignored; in 3.1 a schema with other keywords is more than its reference, while other
    /// objects may only add a `summary` or `description`.
    fn only_reference<'v>(&self, value: &'v Value, kind: Kind) -> Option<&'v str> {
        let object = value.as_object()?;
        let reference = object.get("$ref")?.as_str()?;
        let only = !self.dialect.json_schema_2020()
            || object.keys().all(|key| {
                key == "$ref"
                    || (kind != Kind::Schema && (key == "summary" || key == "description"))
            });
        only.then_some(reference)
    }

    /// A target must be what its reference stands for: an object (a schema may also be a
    /// boolean in 3.1). Hoisting anything else would move, say, a string out of `info`.
    fn check_shape(&self, node: &Node, from: FileId, site: &Site) -> Result<(), Error> {
        let found = match self.value(node) {
            Some(Value::Object(_)) | None => return Ok(()),
            Some(Value::Bool(_)) if site.kind == Kind::Schema && self.dialect == Dialect::V3_1 => {
                return Ok(());
            }
            Some(value) => value_kind(value),
        };
        Err(Error::new(
            &self.files[from].name,
            &site.pointer,
            format!(
                "`$ref: {}`: points at {found}, not at {}",
                site.reference,
                site.kind.a_noun()
            ),
        ))
    }

    /// Registers `node` to be hoisted into the section of the site's kind (once) and returns
    /// the reference to it.
    fn hoist(&mut self, node: Node, from: FileId, site: &Site) -> Result<String, Error> {
        if let Some(&i) = self.target_at.get(&node.0).and_then(|at| at.get(&node.1)) {
            return Ok(self.targets[i].1.reference());
        }
        let tokens = pointer_tokens(&node.1);
        if node.0 == MAIN && (tokens.len() < 2 || (tokens.len() == 2 && tokens[0] == "components"))
        {
            return Err(Error::new(
                &self.files[from].name,
                &site.pointer,
                format!(
                    "`$ref: {}`: points at a whole section of the document, not at one {}",
                    site.reference,
                    site.kind.noun()
                ),
            ));
        }
        let source = &self.files[node.0];
        let path = (node.0 != MAIN).then_some(source.path.as_str());
        let candidates = naming::candidates(&source.value, path, &tokens);
        let section = site.kind.section();
        let main = &self.files[MAIN].value;
        let taken = self.taken.entry(section).or_insert_with(|| {
            main.get("components")
                .and_then(|components| components.get(section))
                .and_then(Value::as_object)
                .map(|entries| entries.keys().cloned().collect())
                .unwrap_or_default()
        });
        let name = naming::claim(taken, &candidates);
        let replaceable = site.kind != Kind::Schema
            || !self
                .value(&node)
                .is_some_and(says_something_about_its_place);
        let target = Target {
            kind: site.kind,
            name,
            replaceable,
        };
        let reference = target.reference();
        self.target_at
            .entry(node.0)
            .or_default()
            .insert(node.1.clone(), self.targets.len());
        self.targets.push((node.clone(), target));
        self.enqueue(node, Start::At(site.kind));
        Ok(reference)
    }

    fn target(&self, file: FileId, pointer: &str) -> Option<&Target> {
        let i = *self.target_at.get(&file)?.get(pointer)?;
        Some(&self.targets[i].1)
    }

    fn action(&self, file: FileId, pointer: &str) -> Option<&Action> {
        self.sites.get(&file)?.get(pointer)
    }

    /// What to change in the document, with every new value built from the original.
    fn plan(&self) -> Plan {
        let mut plan = Plan::default();
        for ((file, pointer), target) in &self.targets {
            let Some(value) = self.value(&(*file, pointer.clone())) else {
                continue;
            };
            let mut value = self.copy(*file, pointer, value, true, &mut Vec::new());
            if matches!(
                target.kind,
                Kind::Schema | Kind::Parameter | Kind::Header | Kind::Response | Kind::RequestBody
            ) {
                if let Value::Object(object) = &mut value {
                    if !object.contains_key("$ref") {
                        let origin = if *file == MAIN {
                            format!("#{pointer}")
                        } else {
                            format!("{}#{pointer}", self.files[*file].path)
                        };
                        object.insert(extension::BUNDLED_FROM.into(), Value::String(origin));
                    }
                }
            }
            if *file == MAIN && target.replaceable {
                plan.moved.push((pointer.clone(), target.reference()));
            }
            plan.hoisted
                .push((target.kind.section(), target.name.clone(), value));
        }
        let mut sites: Vec<(&String, &Action)> = self
            .sites
            .get(&MAIN)
            .map(|sites| sites.iter().collect())
            .unwrap_or_default();
        // Outer places before inner ones, so that a replaced part is not written into.
        sites.sort_by(|a, b| (a.0.len(), a.0).cmp(&(b.0.len(), b.0)));
        for (pointer, action) in sites {
            match action {
                Action::Rewrite(reference) => {
                    plan.rewrites.push((pointer.clone(), reference.clone()));
                }
                Action::Inline(_) => {
                    if let Some(value) = self.value(&(MAIN, pointer.clone())) {
                        let inlined = self.copy(MAIN, pointer, value, false, &mut Vec::new());
                        plan.inlined.push((pointer.clone(), inlined));
                    }
                }
            }
        }
        plan
    }

    /// A copy of `value` (at `pointer` in `file`) with its references rewritten, its path item
    /// references inlined, and every hoisted target inside it (but itself, when it is the
    /// `root` of a hoisted copy) replaced by a reference to its component.
    fn copy(
        &self,
        file: FileId,
        pointer: &str,
        value: &Value,
        root: bool,
        inlining: &mut Vec<Node>,
    ) -> Value {
        if !root {
            if let Some(target) = self.target(file, pointer).filter(|t| t.replaceable) {
                return json!({ "$ref": target.reference() });
            }
        }
        let action = self.action(file, pointer);
        if let Some(Action::Inline(target)) = action {
            if let Some(inlined) = self.inline(file, pointer, value, target, inlining) {
                return inlined;
            }
        }
        let mut copy = match value {
            Value::Object(object) => Value::Object(
                object
                    .iter()
                    .map(|(key, child)| {
                        let at = push_token(pointer, key);
                        (key.clone(), self.copy(file, &at, child, false, inlining))
                    })
                    .collect(),
            ),
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let at = push_token(pointer, &i.to_string());
                        self.copy(file, &at, item, false, inlining)
                    })
                    .collect(),
            ),
            other => other.clone(),
        };
        if let (Some(Action::Rewrite(reference)), Value::Object(object)) = (action, &mut copy) {
            object.insert("$ref".into(), Value::String(reference.clone()));
        }
        copy
    }

    /// The path item or schema `target` with the reference's own fields on top; `None` (the
    /// reference stays, and lowering skips a path item with a warning) for a cycle or too deep a
    /// nesting.
    fn inline(
        &self,
        file: FileId,
        pointer: &str,
        reference: &Value,
        target: &Node,
        inlining: &mut Vec<Node>,
    ) -> Option<Value> {
        if inlining.len() >= MAX_INLINE_DEPTH || inlining.contains(target) {
            return None;
        }
        let value = self.value(target)?;
        inlining.push(target.clone());
        let mut inlined = self.copy(target.0, &target.1, value, true, inlining);
        if let (Value::Object(inlined), Value::Object(own)) = (&mut inlined, reference) {
            for (key, child) in own {
                if key != "$ref" {
                    let at = push_token(pointer, key);
                    let child = self.copy(file, &at, child, false, inlining);
                    inlined.insert(key.clone(), child);
                }
            }
        }
        inlining.pop();
        Some(inlined)
    }
}

/// Whether a schema says something that lowering reads only where the schema stands inline
/// (a field's `nullable`, `deprecated` or `format: password`), which a reference in its place
/// would lose.
fn says_something_about_its_place(schema: &Value) -> bool {
    let flag = |key: &str| schema.get(key) == Some(&Value::Bool(true));
    let null_type = schema
        .get("type")
        .and_then(Value::as_array)
        .is_some_and(|types| types.iter().any(|t| t == "null"));
    flag("nullable")
        || flag("deprecated")
        || null_type
        || schema.get("format").and_then(Value::as_str) == Some("password")
}

/// Whether a `$ref` stands anywhere in `value`.
fn holds_reference(value: &Value) -> bool {
    match value {
        Value::Object(object) => {
            object.contains_key("$ref") || object.values().any(holds_reference)
        }
        Value::Array(items) => items.iter().any(holds_reference),
        _ => false,
    }
}

/// The changes to make to the document, in order.
#[derive(Default)]
struct Plan {
    /// (pointer of an object, its new `$ref`).
    rewrites: Vec<(String, String)>,
    /// (pointer of a path item reference, the path item that replaces it).
    inlined: Vec<(String, Value)>,
    /// (pointer of a moved target, the reference that replaces it).
    moved: Vec<(String, String)>,
    /// (section, name, value) of each hoisted target.
    hoisted: Vec<(&'static str, String, Value)>,
}

impl Plan {
    fn apply(self, document: &mut Value) {
        for (pointer, reference) in self.rewrites {
            if let Some(Value::Object(object)) = document.pointer_mut(&pointer) {
                object.insert("$ref".into(), Value::String(reference));
            }
        }
        for (pointer, value) in self.inlined {
            if let Some(slot) = document.pointer_mut(&pointer) {
                *slot = value;
            }
        }
        for (pointer, reference) in self.moved {
            if let Some(slot) = document.pointer_mut(&pointer) {
                *slot = json!({ "$ref": reference });
            }
        }
        let Value::Object(root) = document else {
            return;
        };
        for (section, name, value) in self.hoisted {
            let components = root.entry("components").or_insert_with(|| json!({}));
            if !components.is_object() {
                *components = json!({});
            }
            let Some(entries) = components
                .as_object_mut()
                .map(|components| components.entry(section).or_insert_with(|| json!({})))
            else {
                continue;
            };
            if !entries.is_object() {
                *entries = json!({});
            }
            if let Some(entries) = entries.as_object_mut() {
                entries.insert(name, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn bundled(document: Value) -> Value {
        bundle("specs/v/openapi.yaml", None, Dialect::V3_0, document, &[]).unwrap()
    }

    fn file(name: &str, text: &str) -> Document {
        Document {
            file: format!("specs/v/{name}"),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_reference_into_a_property_moves_the_property_into_components() {
        let document = bundled(json!({
            "paths": {"/a": {"get": {"responses": {"200": {"description": "", "content": {
                "application/json": {"schema": {"type": "object", "properties": {
                    "page": {"$ref": "#/components/schemas/Envelope/properties/page"}
                }}}
            }}}}}},
            "components": {"schemas": {"Envelope": {"type": "object", "properties": {
                "page": {"type": "integer", "description": "The page."}
            }}}}
        }));
        let schemas = &document["components"]["schemas"];
        assert_eq!(
            schemas["Envelope_page"],
            json!({"type": "integer", "description": "The page.",
                   "x-bundled-from": "#/components/schemas/Envelope/properties/page"})
        );
        assert_eq!(
            schemas["Envelope"]["properties"]["page"],
            json!({"$ref": "#/components/schemas/Envelope_page"})
        );
        assert_eq!(
            document.pointer(
                "/paths/~1a/get/responses/200/content/application~1json/schema/properties/page"
            ),
            Some(&json!({"$ref": "#/components/schemas/Envelope_page"}))
        );
    }

    #[test]
    fn a_target_whose_place_matters_is_copied_into_each_place() {
        for page in [
            json!({"type": "integer", "nullable": true}),
            json!({"type": "integer", "deprecated": true}),
            json!({"type": ["integer", "null"]}),
            json!({"type": "string", "format": "password"}),
        ] {
            let document = bundled(json!({"components": {"schemas": {
                "Envelope": {"type": "object", "properties": {"page": page}},
                "List": {"type": "object", "properties": {
                    "page": {"$ref": "#/components/schemas/Envelope/properties/page"}
                }}
            }}}));
            let schemas = &document["components"]["schemas"];
            assert_eq!(schemas["Envelope"]["properties"]["page"], page);
            assert_eq!(schemas["List"]["properties"]["page"], page);
            assert_eq!(schemas.as_object().unwrap().len(), 2);
        }
    }

    #[test]
    fn a_target_whose_place_matters_and_that_holds_references_is_hoisted_not_moved() {
        let node = json!({"type": "object", "nullable": true, "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree/properties/node"}}
        }});
        let document = bundled(json!({"components": {"schemas": {
            "Tree": {"type": "object", "properties": {"node": node}}
        }}}));
        let schemas = &document["components"]["schemas"];
        assert_eq!(
            schemas["Tree"]["properties"]["node"]["properties"]["children"]["items"],
            json!({"$ref": "#/components/schemas/Tree_node"})
        );
        assert_eq!(schemas["Tree"]["properties"]["node"]["nullable"], true);
        assert_eq!(
            schemas["Tree_node"]["properties"]["children"]["items"],
            json!({"$ref": "#/components/schemas/Tree_node"})
        );
    }

    #[test]
    fn a_target_referenced_twice_is_hoisted_once_and_names_avoid_existing_ones() {
        let target = "#/paths/~1a/post/requestBody/content/application~1json/schema";
        let document = bundled(json!({
            "paths": {"/a": {
                "post": {"operationId": "make", "requestBody": {"content": {
                    "application/json": {"schema": {"type": "object"}}
                }}},
                "put": {"requestBody": {"content": {"application/json": {"schema": {"$ref": target}}}}},
                "patch": {"requestBody": {"content": {"application/json": {"schema": {"$ref": target}}}}}
            }},
            "components": {"schemas": {"make_Body": {"type": "string"}}}
        }));
        let schemas = document["components"]["schemas"].as_object().unwrap();
        assert_eq!(
            schemas.keys().collect::<Vec<_>>(),
            ["make_Body", "make_Body_2"]
        );
        for method in ["post", "put", "patch"] {
            assert_eq!(
                document["paths"]["/a"][method]["requestBody"]["content"]["application/json"]["schema"],
                json!({"$ref": "#/components/schemas/make_Body_2"}),
                "{method}"
            );
        }
    }

    #[test]
    fn a_target_that_contains_its_own_reference_terminates() {
        let document = bundled(json!({
            "components": {"schemas": {"Tree": {"type": "object", "properties": {
                "node": {"type": "object", "properties": {
                    "children": {"type": "array", "items": {
                        "$ref": "#/components/schemas/Tree/properties/node"
                    }}
                }}
            }}}}
        }));
        let schemas = &document["components"]["schemas"];
        assert_eq!(
            schemas["Tree_node"]["properties"]["children"]["items"],
            json!({"$ref": "#/components/schemas/Tree_node"})
        );
        assert_eq!(
            schemas["Tree"]["properties"]["node"],
            json!({"$ref": "#/components/schemas/Tree_node"})
        );
    }

    #[test]
    fn chains_of_references_are_followed_to_their_end() {
        let document = bundled(json!({
            "paths": {"/a": {
                "get": {"responses": {"200": {"description": "", "content": {"application/json": {
                    "schema": {"$ref": "#/paths/~1a/post/requestBody/content/application~1json/schema"}
                }}}}},
                "post": {"requestBody": {"content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Offset"}
                }}}}
            }},
            "components": {"schemas": {"Offset": {"type": "string"}}}
        }));
        assert_eq!(
            document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/Offset"})
        );
        assert_eq!(
            document["components"]["schemas"].as_object().unwrap().len(),
            1
        );
    }

    #[test]
    fn the_section_is_decided_by_where_the_reference_stands() {
        let document = bundled(json!({
            "paths": {"/a": {"get": {
                "operationId": "getA",
                "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok"}}
            }, "put": {
                "parameters": [{"$ref": "#/paths/~1a/get/parameters/0"}],
                "responses": {"201": {"$ref": "#/paths/~1a/get/responses/200"}}
            }}}
        }));
        let components = &document["components"];
        assert_eq!(components["parameters"]["getA_q"]["name"], "q");
        assert_eq!(components["responses"]["getA_200"]["description"], "ok");
        let put = &document["paths"]["/a"]["put"];
        assert_eq!(
            put["parameters"][0],
            json!({"$ref": "#/components/parameters/getA_q"})
        );
        assert_eq!(
            put["responses"]["201"],
            json!({"$ref": "#/components/responses/getA_200"})
        );
        let get = &document["paths"]["/a"]["get"];
        assert_eq!(
            get["parameters"][0],
            json!({"$ref": "#/components/parameters/getA_q"})
        );
    }

    #[test]
    fn other_files_are_pulled_in_with_what_they_reference() {
        let common = file(
            "common.yaml",
            "components:\n  responses:\n    BadRequest:\n      description: Bad.\n      \
             content:\n        application/json:\n          schema: {$ref: '#/components/schemas/Error'}\n  \
             schemas:\n    Error:\n      type: object\n      properties:\n        \
             detail: {$ref: 'details/detail.yaml'}\n    Unused: {type: string}\n",
        );
        let detail = file("details/detail.yaml", "type: string\n");
        let document = json!({
            "paths": {"/a": {"get": {"responses": {
                "400": {"$ref": "./common.yaml#/components/responses/BadRequest"}
            }}}},
            "components": {"schemas": {"Error": {"type": "integer"}}}
        });
        let document = bundle(
            "specs/v/openapi.yaml",
            None,
            Dialect::V3_0,
            document,
            &[common, detail],
        )
        .unwrap();
        assert_eq!(
            document["paths"]["/a"]["get"]["responses"]["400"],
            json!({"$ref": "#/components/responses/BadRequest"})
        );
        let components = &document["components"];
        assert_eq!(
            components["responses"]["BadRequest"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/common_Error"})
        );
        assert_eq!(
            components["responses"]["BadRequest"]["x-bundled-from"],
            "common.yaml#/components/responses/BadRequest"
        );
        assert_eq!(components["schemas"]["Error"], json!({"type": "integer"}));
        assert_eq!(
            components["schemas"]["common_Error"]["properties"]["detail"],
            json!({"$ref": "#/components/schemas/detail"})
        );
        assert_eq!(
            components["schemas"]["detail"],
            json!({"type": "string", "x-bundled-from": "details/detail.yaml#"})
        );
        assert!(components["schemas"].get("Unused").is_none());
    }

    #[test]
    fn missing_files_are_listed_one_level_at_a_time() {
        let document = json!({"components": {"schemas": {
            "A": {"$ref": "a.yaml"},
            "B": {"$ref": "sub/b.yaml#/B"},
            "C": {"$ref": "a.yaml"}
        }}});
        let missing =
            missing_files("specs/v/openapi.yaml", None, Dialect::V3_0, &document, &[]).unwrap();
        let found: Vec<(&str, &str, &str)> = missing
            .iter()
            .map(|m| {
                (
                    m.file.as_str(),
                    m.path.as_str(),
                    m.referenced_at.pointer.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("specs/v/a.yaml", "a.yaml", "/components/schemas/A"),
                ("specs/v/sub/b.yaml", "sub/b.yaml", "/components/schemas/B")
            ]
        );
        let supplied = [
            file("a.yaml", "type: string\n"),
            file("sub/b.yaml", "B: {$ref: '../c.yaml'}\n"),
        ];
        let missing = missing_files(
            "specs/v/openapi.yaml",
            None,
            Dialect::V3_0,
            &document,
            &supplied,
        )
        .unwrap();
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].file, "specs/v/c.yaml");
        assert_eq!(missing[0].referenced_at.file, "specs/v/sub/b.yaml");
        assert_eq!(missing[0].referenced_at.pointer, "/B");
        let error = bundle(
            "specs/v/openapi.yaml",
            None,
            Dialect::V3_0,
            document,
            &supplied,
        )
        .unwrap_err();
        assert!(
            error.message.contains("specs/v/c.yaml was not supplied"),
            "{error}"
        );
    }

    #[test]
    fn references_that_cannot_be_followed_are_errors_naming_file_and_pointer() {
        for (reference, why) in [
            ("https://example.com/schemas.yaml#/Pet", "is a URL"),
            (
                "../../other/openapi.yaml#/Pet",
                "leaves the document's folder",
            ),
            ("/etc/schemas.yaml", "absolute path"),
            (
                "#/components/schemas/Pet/properties/missing",
                "points at nothing",
            ),
            ("#pet", "not a JSON pointer"),
            ("#/components/schemas", "whole section"),
        ] {
            let document = json!({"components": {"schemas": {
                "Pet": {"type": "object"},
                "Owner": {"type": "object", "properties": {"pet": {"$ref": reference}}}
            }}});
            let error =
                bundle("specs/v/openapi.yaml", None, Dialect::V3_0, document, &[]).unwrap_err();
            assert_eq!(error.location.file, "specs/v/openapi.yaml");
            assert_eq!(
                error.location.pointer,
                "/components/schemas/Owner/properties/pet"
            );
            assert!(error.message.contains(why), "{reference}: {error}");
            assert!(error.message.contains(reference), "{error}");
        }
    }

    #[test]
    fn reference_cycles_are_errors() {
        let document = json!({"components": {"schemas": {"A": {"properties": {
            "x": {"$ref": "#/components/schemas/A/properties/y"},
            "y": {"$ref": "#/components/schemas/A/properties/x"}
        }}}}});
        let error = bundle("f.yaml", None, Dialect::V3_0, document, &[]).unwrap_err();
        assert_eq!(error.location.pointer, "/components/schemas/A/properties/x");
        assert_eq!(
            error.message,
            "`$ref: #/components/schemas/A/properties/y`: references form a cycle, so none of \
             them leads to a schema: #/components/schemas/A/properties/x → \
             #/components/schemas/A/properties/y → #/components/schemas/A/properties/x"
        );
    }

    #[test]
    fn a_target_that_is_not_an_object_is_an_error() {
        let document = json!({
            "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"parameters": [{"$ref": "#/paths/~1b/get/parameters"}]}},
                      "/b": {"get": {"parameters": []}}},
            "components": {"schemas": {"A": {"properties": {"x": {"$ref": "#/info/title"}}}}}
        });
        let error = bundle("f.yaml", None, Dialect::V3_0, document, &[]).unwrap_err();
        assert_eq!(error.location.pointer, "/paths/~1a/get/parameters/0");
        assert!(
            error
                .message
                .ends_with("points at an array, not at a parameter"),
            "{error}"
        );
        let document = json!({
            "info": {"title": "t", "version": "1"},
            "components": {"schemas": {"A": {"properties": {"x": {"$ref": "#/info/title"}}}}}
        });
        let error = bundle("f.yaml", None, Dialect::V3_0, document, &[]).unwrap_err();
        assert_eq!(error.location.pointer, "/components/schemas/A/properties/x");
        assert_eq!(
            error.message,
            "`$ref: #/info/title`: points at a string, not at a schema"
        );
    }

    #[test]
    fn whole_components_and_3_1_defs_are_left_to_later_stages() {
        let document = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {
                "A": {"$ref": "#/components/schemas/Missing"},
                "B": {"$ref": "#/components/schemas/C/$defs/D"},
                "C": {"$defs": {"D": {"type": "string"}}, "items": {"$ref": "#/$defs/D"}}
            }}
        });
        let bundled = bundle("f.yaml", None, Dialect::V3_1, document.clone(), &[]).unwrap();
        assert_eq!(bundled, document);
    }

    #[test]
    fn path_item_references_are_inlined_with_their_own_fields_on_top() {
        let shared = file(
            "paths/pets.yaml",
            "get:\n  operationId: listPets\n  responses:\n    '200': {$ref: '../common.yaml#/Ok'}\n",
        );
        let common = file("common.yaml", "Ok: {description: Fine.}\n");
        let document = json!({"paths": {
            "/pets": {"$ref": "paths/pets.yaml", "summary": "Pets"},
            "/animals": {"$ref": "#/paths/~1pets"}
        }});
        let document = bundle(
            "specs/v/openapi.yaml",
            None,
            Dialect::V3_0,
            document,
            &[shared, common],
        )
        .unwrap();
        let expected = json!({
            "get": {"operationId": "listPets", "responses": {
                "200": {"$ref": "#/components/responses/Ok"}
            }},
            "summary": "Pets"
        });
        assert_eq!(document["paths"]["/pets"], expected);
        assert_eq!(document["paths"]["/animals"], expected);
        assert_eq!(
            document["components"]["responses"]["Ok"],
            json!({"description": "Fine.", "x-bundled-from": "common.yaml#/Ok"})
        );
    }

    #[test]
    fn a_document_without_such_references_is_unchanged() {
        let document = json!({
            "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/R"}}}}},
            "components": {
                "responses": {"R": {"description": "", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/S"},
                    "example": {"$ref": "#/not/a/reference"}
                }}}},
                "schemas": {"S": {"type": "string"}}
            }
        });
        assert_eq!(bundled(document.clone()), document);
    }

    #[test]
    fn only_non_local_references_make_a_text_worth_loading() {
        assert!(!may_reference_files(
            b"a:\n  $ref: '#/components/schemas/A'\n"
        ));
        assert!(!may_reference_files(
            br##"{"$ref": "#/x", "b": {"$ref":"#/y"}}"##
        ));
        assert!(!may_reference_files(
            b"a:\n  $ref: >-\n    #/components/schemas/A\n"
        ));
        assert!(!may_reference_files(b"no references at all"));
        assert!(may_reference_files(b"a:\n  $ref: './common.yaml#/A'\n"));
        assert!(may_reference_files(br#"{"$ref": "schemas/pet.json"}"#));
        assert!(may_reference_files(b"$ref"));
    }

    #[test]
    fn references_by_the_3_2_self_uri_name_the_document_and_its_folder() {
        let common = file("common.yaml", "Error: {type: object}\n");
        let document = json!({
            "openapi": "3.2.0",
            "$self": "https://example.com/api/openapi.yaml",
            "paths": {"/a": {"query": {"responses": {
                "200": {"description": "", "content": {"application/json": {
                    "schema": {"$ref": "https://example.com/api/openapi.yaml#/components/schemas/Pet"}
                }}},
                "default": {"description": "", "content": {"application/json": {
                    "schema": {"$ref": "https://example.com/api/common.yaml#/Error"}
                }}}
            }}}},
            "components": {"schemas": {"Pet": {"type": "object"}}}
        });
        let bundled = bundle(
            "specs/v/openapi.yaml",
            None,
            Dialect::V3_2,
            document,
            &[common],
        )
        .unwrap();
        let responses = &bundled["paths"]["/a"]["query"]["responses"];
        assert_eq!(
            responses["200"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/Pet"})
        );
        assert_eq!(
            responses["default"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/Error"})
        );
        // Other URLs are still refused.
        let elsewhere = json!({
            "openapi": "3.2.0", "$self": "https://example.com/api/openapi.yaml",
            "components": {"schemas": {"A": {"$ref": "https://other.example/x.yaml"}}}
        });
        let error =
            bundle("specs/v/openapi.yaml", None, Dialect::V3_2, elsewhere, &[]).unwrap_err();
        assert!(error.message.contains("is a URL"), "{error}");
    }

    #[test]
    fn references_in_3_2_query_and_additional_operations_and_item_schemas_are_followed() {
        let document = bundled(json!({
            "paths": {"/a": {
                "query": {"responses": {"200": {"description": "", "content": {
                    "text/event-stream": {"itemSchema": {
                        "$ref": "#/components/schemas/Envelope/properties/event"
                    }}
                }}}},
                "additionalOperations": {"COPY": {"responses": {"200": {
                    "$ref": "#/paths/~1a/query/responses/200"
                }}}}
            }},
            "components": {"schemas": {"Envelope": {"type": "object", "properties": {
                "event": {"type": "string"}
            }}}}
        }));
        // The response both operations share moves into components, the item schema inside it
        // into components too.
        let item = &document["paths"]["/a"];
        let shared = &item["query"]["responses"]["200"];
        assert_eq!(
            item["additionalOperations"]["COPY"]["responses"]["200"],
            *shared
        );
        let name = shared["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/responses/"))
            .unwrap();
        assert_eq!(
            document["components"]["responses"][name]["content"]["text/event-stream"]["itemSchema"],
            json!({"$ref": "#/components/schemas/Envelope_event"})
        );
    }
}
