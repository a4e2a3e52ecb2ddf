//! What a stale `generated/` means for code that uses the crate: operations, parameters,
//! fields, enum values and responses added, removed or retyped, each marked breaking or not.
//! `codegen --check` prints it before the raw diff.
//!
//! Both sides are read from the generated Rust itself: the old one from the module committed
//! in `generated/src/<vendor>/` (or the single file `generated/src/<vendor>.rs` of older
//! generators), the new one from the module generation just produced. Not
//! from the IR of the old and new documents (the old documents from `git show HEAD:specs/…`):
//!
//! - the summary then explains exactly the diff printed after it, whatever made the module
//!   change: a vendor's document, an overlay, or a change to the generator itself (a renamed
//!   field breaks callers just the same), which documents at two commits would not show;
//! - it needs no git history: CI checks out a pull request's merge commit, often shallow, where
//!   `HEAD` already holds the new documents, so that the old side would equal the new one
//!   exactly when the check fails for a forgotten `cargo xtask codegen`;
//! - it depends only on the public shape of generated code (items, fields, enum tables' values,
//!   `impl Operation` with `METHOD`/`PATH`), not on the IR's internal types.
//!
//! Breaking means: code that compiled against the old module may not compile against the new
//! one. Removals, renames and changed types break; so does a new value of a string enum or a
//! new response of an operation, as the generated enums are exhaustive and a `match` listing
//! every variant stops compiling. A new optional field or parameter does not (a struct literal
//! without `..Default::default()` would, which is not counted), a new required one does.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::Path;

use generator::GeneratedFile;
use quote::ToTokens;

use crate::check::Drift;
use crate::tree;

/// One change of the crate's API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub breaking: bool,
    pub text: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.breaking { "breaking" } else { "ok" };
        write!(f, "{mark:8} {}", self.text)
    }
}

/// The API changes of one module, or why they are unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleChanges {
    /// The module's folder, `generated/src/<vendor>/`.
    pub path: String,
    pub changes: Result<Vec<Change>, String>,
}

/// The public API of one generated module, as code using it sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Surface {
    /// Operations by request type name.
    pub operations: BTreeMap<String, Operation>,
    /// Structs (except operations) by name: field name → type.
    pub structs: BTreeMap<String, BTreeMap<String, String>>,
    /// Enums (except responses) by name: variant name → what it holds (its wire value for a
    /// string enum, its payload type for a union).
    pub enums: BTreeMap<String, BTreeMap<String, String>>,
    /// Type aliases by name.
    pub aliases: BTreeMap<String, String>,
}

/// An operation: its request type's fields and its response enum's variants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Operation {
    /// `DELETE /pets/{petId}`.
    pub route: String,
    /// Parameter (field) name → type.
    pub parameters: BTreeMap<String, String>,
    /// Response variant → its status and payload, e.g. `404` or `200 Vec<Pet>`.
    pub responses: BTreeMap<String, String>,
}

/// The changes of every vendor module that `drift` reports, comparing the module on disk in
/// `dir` with the one in `files`. A module is a folder, `src/<vendor>/`, or, as written by
/// generators before modules were split into files, a single `src/<vendor>.rs`: either side
/// may be either.
pub fn changes(dir: &Path, files: &[GeneratedFile], drift: &[Drift]) -> Vec<ModuleChanges> {
    let mut modules = BTreeSet::new();
    for entry in drift {
        let relative = match entry {
            Drift::Stale { .. } | Drift::Missing { .. } | Drift::Extra { .. } => entry
                .path()
                .split_once('/')
                .map_or(entry.path(), |(_, rest)| rest),
            Drift::Unfinished { .. } => continue,
        };
        if let Some(module) = module_of(relative) {
            modules.insert(module.to_owned());
        }
    }
    modules
        .into_iter()
        .map(|module| {
            let new: Vec<&str> = files
                .iter()
                .filter(|f| module_of(&f.path) == Some(module.as_str()))
                .map(|f| f.contents.as_str())
                .collect();
            let changes = read_module(dir, &module)
                .map_err(|e| format!("the committed module cannot be read: {e}"))
                .and_then(|old| {
                    let old: Vec<&str> = old.iter().map(String::as_str).collect();
                    let old = surface_of(&old).map_err(|e| format!("the committed module {e}"))?;
                    let new = surface_of(&new).map_err(|e| format!("the new module {e}"))?;
                    Ok(diff(&old, &new))
                });
            ModuleChanges {
                path: tree::display(dir, &format!("{}/{module}/", tree::OWNED_DIR)),
                changes,
            }
        })
        .collect()
}

/// The vendor module a file of the crate belongs to: `src/<vendor>.rs` or anything under
/// `src/<vendor>/`; not `lib.rs` and `runtime.rs`.
fn module_of(path: &str) -> Option<&str> {
    let rest = path
        .strip_prefix(tree::OWNED_DIR)
        .and_then(|rest| rest.strip_prefix('/'))?;
    let module = match rest.split_once('/') {
        Some((folder, _)) => folder,
        None => rest.strip_suffix(".rs")?,
    };
    (!["lib", "runtime"].contains(&module)).then_some(module)
}

/// The sources of a module on disk: every `.rs` file under `src/<module>/` in path order, or
/// else `src/<module>.rs`; none when neither exists.
fn read_module(dir: &Path, module: &str) -> std::io::Result<Vec<String>> {
    let src = dir.join(tree::OWNED_DIR);
    let folder = src.join(module);
    if folder.is_dir() {
        let mut paths = Vec::new();
        let mut pending = vec![folder];
        while let Some(folder) = pending.pop() {
            for entry in fs::read_dir(&folder)? {
                let entry = entry?;
                let path = entry.path();
                if entry.file_type()?.is_dir() {
                    pending.push(path);
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    paths.push(path);
                }
            }
        }
        paths.sort();
        return paths.iter().map(fs::read_to_string).collect();
    }
    match fs::read_to_string(src.join(format!("{module}.rs"))) {
        Ok(text) => Ok(vec![text]),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(error) => Err(error),
    }
}

/// The lines `--check` prints before the diff; empty when no module's API changed.
pub fn render_text(modules: &[ModuleChanges]) -> String {
    let mut text = String::new();
    for module in modules {
        match &module.changes {
            Ok(changes) if changes.is_empty() => {}
            Ok(changes) => {
                text.push_str(&format!("{}: {}\n", module.path, count(changes)));
                for change in changes {
                    text.push_str(&format!("  {change}\n"));
                }
            }
            Err(why) => text.push_str(&format!("{}: API changes unknown: {why}\n", module.path)),
        }
    }
    if text.is_empty() {
        text
    } else {
        format!("API changes for code using the crate:\n{text}")
    }
}

/// The same as Markdown, for the step summary; `None` when no module's API changed.
pub fn render_markdown(modules: &[ModuleChanges]) -> Option<String> {
    let mut md = String::new();
    for module in modules {
        match &module.changes {
            Ok(changes) if changes.is_empty() => {}
            Ok(changes) => {
                md.push_str(&format!("`{}`: {}\n\n", module.path, count(changes)));
                for change in changes {
                    let mark = if change.breaking {
                        "**breaking**"
                    } else {
                        "ok"
                    };
                    md.push_str(&format!("- {mark} {}\n", change.text.replace('<', "&lt;")));
                }
                md.push('\n');
            }
            Err(why) => md.push_str(&format!(
                "`{}`: API changes unknown: {why}\n\n",
                module.path
            )),
        }
    }
    (!md.is_empty()).then_some(md)
}

fn count(changes: &[Change]) -> String {
    let breaking = changes.iter().filter(|c| c.breaking).count();
    format!(
        "{} change{}, {breaking} breaking",
        changes.len(),
        if changes.len() == 1 { "" } else { "s" }
    )
}

/// The public API of a generated module's source.
pub fn surface(source: &str) -> Result<Surface, String> {
    surface_of(&[source])
}

/// The public API of a generated module whose items are spread over these files.
pub fn surface_of(sources: &[&str]) -> Result<Surface, String> {
    let mut items = Vec::new();
    for source in sources {
        let file = syn::parse_file(source).map_err(|e| format!("does not parse as Rust: {e}"))?;
        items.extend(file.items);
    }
    let mut structs = BTreeMap::new();
    let mut enums: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut aliases = BTreeMap::new();
    // Request type → (route, response type).
    let mut routes: BTreeMap<String, (String, String)> = BTreeMap::new();
    for item in &items {
        match item {
            syn::Item::Struct(item) if is_public(&item.vis) => {
                let fields = item
                    .fields
                    .iter()
                    .filter_map(|field| {
                        Some((field.ident.as_ref()?.to_string(), type_text(&field.ty)))
                    })
                    .collect();
                structs.insert(item.ident.to_string(), fields);
            }
            syn::Item::Enum(item) if is_public(&item.vis) => {
                let variants = item
                    .variants
                    .iter()
                    .map(|variant| {
                        let payload = variant
                            .fields
                            .iter()
                            .map(|f| type_text(&f.ty))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let status = doc_status(&variant.attrs);
                        let held = [status, payload]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" ");
                        (variant.ident.to_string(), held)
                    })
                    .collect();
                enums.insert(item.ident.to_string(), variants);
            }
            syn::Item::Type(item) if is_public(&item.vis) => {
                aliases.insert(item.ident.to_string(), type_text(&item.ty));
            }
            syn::Item::Macro(item) if is_enum_table(&item.mac) => {
                let table: EnumTable = item
                    .mac
                    .parse_body()
                    .map_err(|e| format!("an enum table does not parse: {e}"))?;
                enums.insert(table.name, table.values);
            }
            syn::Item::Macro(item) if is_responses_table(&item.mac) => {
                let table: ResponsesTable = item
                    .mac
                    .parse_body()
                    .map_err(|e| format!("a responses table does not parse: {e}"))?;
                enums.extend(table.enums());
            }
            syn::Item::Impl(item) => {
                let Some(name) = self_name(&item.self_ty) else {
                    continue;
                };
                let is_operation = item.trait_.as_ref().is_some_and(|(_, path, _)| {
                    path.segments.last().is_some_and(|s| s.ident == "Operation")
                });
                if is_operation {
                    routes.insert(name, operation_route(item));
                }
            }
            _ => {}
        }
    }
    let mut operations = BTreeMap::new();
    for (name, (route, response)) in routes {
        let parameters = structs.remove(&name).unwrap_or_default();
        let responses = enums.remove(&response).unwrap_or_default();
        operations.insert(
            name,
            Operation {
                route,
                parameters,
                responses,
            },
        );
    }
    Ok(Surface {
        operations,
        structs,
        enums,
        aliases,
    })
}

fn is_public(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

/// `Option<Vec<Pet>>`, without the token stream's spaces.
fn type_text(ty: &syn::Type) -> String {
    ty.to_token_stream()
        .to_string()
        .replace(' ', "")
        .replace(',', ", ")
}

fn self_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `DELETE /pets/{petId}` and the response type, from `impl Operation for X`.
fn operation_route(item: &syn::ItemImpl) -> (String, String) {
    let (mut method, mut path, mut response) = (String::new(), String::new(), String::new());
    for member in &item.items {
        match member {
            // `"DELETE"`, or `http::Method::DELETE` in modules generated before extension
            // methods (`QUERY`, `COPY`) could be named.
            syn::ImplItem::Const(constant) if constant.ident == "METHOD" => match &constant.expr {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) => method = text.value(),
                syn::Expr::Path(expr) => {
                    if let Some(last) = expr.path.segments.last() {
                        method = last.ident.to_string();
                    }
                }
                _ => {}
            },
            syn::ImplItem::Const(constant) if constant.ident == "PATH" => {
                if let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) = &constant.expr
                {
                    path = text.value();
                }
            }
            syn::ImplItem::Type(ty) if ty.ident == "Response" => {
                response = self_name(&ty.ty).unwrap_or_default();
            }
            _ => {}
        }
    }
    (format!("{method} {path}"), response)
}

/// Whether a macro call is a string or integer enum's table (`runtime::string_enum!`).
fn is_enum_table(mac: &syn::Macro) -> bool {
    mac.path
        .segments
        .last()
        .is_some_and(|s| s.ident == "string_enum" || s.ident == "integer_enum")
}

/// Whether a macro call is an operation's table of responses (`runtime::responses!`).
fn is_responses_table(mac: &syn::Macro) -> bool {
    mac.path
        .segments
        .last()
        .is_some_and(|s| s.ident == "responses")
}

/// The enums an operation's table of responses declares: the response enum, and the success
/// and error enums its header names with `enum`, each variant holding what the enum written out
/// would show (`404 BasicError`, `200 Vec<Issue>, LinkHeaders`).
struct ResponsesTable {
    response: String,
    success: Option<String>,
    error: Option<String>,
    /// Variant, what it holds, and whether `into_result` gives it as a success, an error or
    /// either (`Ok(…) if success else Err`).
    rows: Vec<(String, String, RowOutcome)>,
}

#[derive(Clone, Copy, PartialEq)]
enum RowOutcome {
    Success,
    Error,
    Either,
}

impl ResponsesTable {
    fn enums(self) -> Vec<(String, BTreeMap<String, String>)> {
        let split = |outcome: RowOutcome| -> BTreeMap<String, String> {
            self.rows
                .iter()
                .filter(|(_, _, row)| *row == outcome || *row == RowOutcome::Either)
                .map(|(variant, held, _)| (variant.clone(), held.clone()))
                .collect()
        };
        let mut enums = Vec::new();
        if let Some(success) = &self.success {
            enums.push((success.clone(), split(RowOutcome::Success)));
        }
        if let Some(error) = &self.error {
            enums.push((error.clone(), split(RowOutcome::Error)));
        }
        let all = self
            .rows
            .iter()
            .map(|(variant, held, _)| (variant.clone(), held.clone()))
            .collect();
        enums.push((self.response.clone(), all));
        enums
    }
}

impl syn::parse::Parse for ResponsesTable {
    fn parse(input: syn::parse::ParseStream<'_>) -> syn::Result<Self> {
        // `Operation: Result<Success, Error>,`, each side `enum Name` or a type.
        input.parse::<syn::Ident>()?;
        input.parse::<syn::Token![:]>()?;
        input.parse::<syn::Ident>()?;
        input.parse::<syn::Token![<]>()?;
        let declared = |input: syn::parse::ParseStream<'_>| -> syn::Result<Option<String>> {
            if input.peek(syn::Token![enum]) {
                input.parse::<syn::Token![enum]>()?;
                Ok(Some(input.parse::<syn::Ident>()?.to_string()))
            } else {
                input.parse::<syn::Type>()?;
                Ok(None)
            }
        };
        let success = declared(input)?;
        input.parse::<syn::Token![,]>()?;
        let error = declared(input)?;
        input.parse::<syn::Token![>]>()?;
        input.parse::<syn::Token![,]>()?;
        input.call(syn::Attribute::parse_outer)?;
        input.parse::<syn::Token![pub]>()?;
        input.parse::<syn::Token![enum]>()?;
        let response = input.parse::<syn::Ident>()?.to_string();
        let body;
        syn::braced!(body in input);
        let mut rows = Vec::new();
        while !body.is_empty() {
            let attrs = body.call(syn::Attribute::parse_outer)?;
            syn::Pat::parse_single(&body)?;
            body.parse::<syn::Token![=>]>()?;
            let variant = body.parse::<syn::Ident>()?.to_string();
            let payload = if body.peek(syn::token::Paren) {
                let held;
                syn::parenthesized!(held in body);
                let ty = type_text(&held.parse()?);
                held.parse::<syn::Token![=]>()?;
                held.parse::<syn::Ident>()?;
                vec![ty]
            } else if body.peek(syn::token::Brace) {
                let held;
                syn::braced!(held in body);
                named_values(&held)?
            } else {
                Vec::new()
            };
            body.parse::<syn::Token![:]>()?;
            let mut outcome = Vec::new();
            while !body.peek(syn::Token![,]) {
                outcome.push(body.parse::<proc_macro2::TokenTree>()?.to_string());
            }
            body.parse::<syn::Token![,]>()?;
            let outcome = match (outcome.first().map(String::as_str), outcome.last()) {
                (Some("Err"), _) => RowOutcome::Error,
                (_, Some(last)) if last == "Err" => RowOutcome::Either,
                _ => RowOutcome::Success,
            };
            let held = [doc_status(&attrs), payload.join(", ")]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            rows.push((variant, held, outcome));
        }
        Ok(ResponsesTable {
            response,
            success,
            error,
            rows,
        })
    }
}

/// The types of a row's named values, `{ status, headers: H, body: T = reader }`, in the order
/// the enums written out declared them: status, body, headers.
fn named_values(input: syn::parse::ParseStream<'_>) -> syn::Result<Vec<String>> {
    let (mut status, mut body, mut headers) = (None, None, None);
    while !input.is_empty() {
        let name = input.parse::<syn::Ident>()?;
        if name == "status" {
            status = Some("http::StatusCode".to_owned());
        } else {
            input.parse::<syn::Token![:]>()?;
            let ty = type_text(&input.parse()?);
            if input.peek(syn::Token![=]) {
                input.parse::<syn::Token![=]>()?;
                input.parse::<syn::Ident>()?;
            }
            if name == "headers" {
                headers = Some(ty);
            } else {
                body = Some(ty);
            }
        }
        if !input.is_empty() {
            input.parse::<syn::Token![,]>()?;
        }
    }
    Ok([status, body, headers].into_iter().flatten().collect())
}

/// A string or integer enum as its table declares it: `pub enum Name { Sold = "sold", ..Unknown }`.
struct EnumTable {
    name: String,
    /// Variant → wire value as JSON would write it; the catch-all variant holds any other.
    values: BTreeMap<String, String>,
}

impl syn::parse::Parse for EnumTable {
    fn parse(input: syn::parse::ParseStream<'_>) -> syn::Result<Self> {
        input.call(syn::Attribute::parse_outer)?;
        input.parse::<syn::Token![pub]>()?;
        input.parse::<syn::Token![enum]>()?;
        let name: syn::Ident = input.parse()?;
        let body;
        syn::braced!(body in input);
        let mut values = BTreeMap::new();
        while !body.peek(syn::Token![..]) {
            let variant: syn::Ident = body.parse()?;
            body.parse::<syn::Token![=]>()?;
            let value: syn::Expr = body.parse()?;
            body.parse::<syn::Token![,]>()?;
            let json = literal_json(&value)
                .ok_or_else(|| syn::Error::new_spanned(&value, "expected a literal"))?;
            values.insert(variant.to_string(), json);
        }
        body.parse::<syn::Token![..]>()?;
        body.parse::<syn::Ident>()?;
        Ok(EnumTable {
            name: name.to_string(),
            values,
        })
    }
}

/// A string or integer literal (`"sold"`, `8000`, `-1`) as JSON writes it.
fn literal_json(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Lit(syn::ExprLit { lit, .. }) => match lit {
            syn::Lit::Str(text) => Some(format!("{:?}", text.value())),
            syn::Lit::Int(number) => Some(number.base10_digits().to_owned()),
            _ => None,
        },
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => literal_json(expr).map(|number| format!("-{number}")),
        _ => None,
    }
}

/// `404` from a response variant's first doc line, `/// 404: Not found`.
fn doc_status(attrs: &[syn::Attribute]) -> String {
    let first = attrs.iter().find_map(|attr| match &attr.meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) => Some(text.value()),
            _ => None,
        },
        _ => None,
    });
    first
        .and_then(|line| {
            let (status, _) = line.trim().split_once(':')?;
            let looks_like_status = status == "default"
                || (status.len() == 3 && status.chars().all(|c| c.is_ascii_alphanumeric()));
            looks_like_status.then(|| status.to_owned())
        })
        .unwrap_or_default()
}

/// Every change from `old` to `new`: operations first, then types, each in name order.
pub fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |breaking: bool, text: String| changes.push(Change { breaking, text });

    for (name, operation) in &old.operations {
        let Some(now) = new.operations.get(name) else {
            push(
                true,
                format!("operation `{name}` ({}) removed", operation.route),
            );
            continue;
        };
        if now.route != operation.route {
            push(
                true,
                format!(
                    "operation `{name}` now sends {} instead of {}",
                    now.route, operation.route
                ),
            );
        }
        members(
            &mut push,
            "parameter",
            name,
            &operation.parameters,
            &now.parameters,
        );
        for (variant, held) in &operation.responses {
            match now.responses.get(variant) {
                None => push(
                    true,
                    format!("response `{name}Response::{variant}` ({held}) removed"),
                ),
                Some(now_held) if now_held != held => push(
                    true,
                    format!(
                        "response `{name}Response::{variant}` holds {now_held} instead of {held}"
                    ),
                ),
                Some(_) => {}
            }
        }
        for (variant, held) in &now.responses {
            if !operation.responses.contains_key(variant) {
                push(
                    true,
                    format!(
                        "response `{name}Response::{variant}` ({held}) added (a `match` on the \
                         responses without a wildcard arm no longer compiles)"
                    ),
                );
            }
        }
    }
    for (name, operation) in &new.operations {
        if !old.operations.contains_key(name) {
            push(
                false,
                format!("operation `{name}` ({}) added", operation.route),
            );
        }
    }

    for (name, fields) in &old.structs {
        match new.structs.get(name) {
            None => push(true, format!("type `{name}` removed")),
            Some(now) => members(&mut push, "field", name, fields, now),
        }
    }
    for (name, variants) in &old.enums {
        let Some(now) = new.enums.get(name) else {
            push(true, format!("type `{name}` removed"));
            continue;
        };
        for (variant, held) in variants {
            match now.get(variant) {
                None => push(true, format!("`{name}::{variant}` ({held}) removed")),
                Some(now_held) if now_held != held => push(
                    true,
                    format!("`{name}::{variant}` is {now_held} instead of {held}"),
                ),
                Some(_) => {}
            }
        }
        for (variant, held) in now {
            if !variants.contains_key(variant) {
                push(
                    true,
                    format!(
                        "`{name}::{variant}` ({held}) added (a `match` without a wildcard arm \
                         no longer compiles)"
                    ),
                );
            }
        }
    }
    for (name, ty) in &old.aliases {
        match new.aliases.get(name) {
            None => push(true, format!("type `{name}` removed")),
            Some(now) if now != ty => {
                push(true, format!("type `{name}` is `{now}` instead of `{ty}`"))
            }
            Some(_) => {}
        }
    }
    for name in new
        .structs
        .keys()
        .chain(new.enums.keys())
        .chain(new.aliases.keys())
    {
        let existed = old.structs.contains_key(name)
            || old.enums.contains_key(name)
            || old.aliases.contains_key(name);
        if !existed {
            push(false, format!("type `{name}` added"));
        }
    }
    changes
}

/// The changes between two sets of named, typed members (fields or parameters).
fn members(
    push: &mut impl FnMut(bool, String),
    what: &str,
    owner: &str,
    old: &BTreeMap<String, String>,
    new: &BTreeMap<String, String>,
) {
    for (name, ty) in old {
        let member = format!("{what} `{owner}.{name}");
        match new.get(name) {
            None => push(true, format!("{member}: {ty}` removed")),
            Some(now) if now == ty => {}
            Some(now) if *now == format!("Option<{ty}>") => push(
                true,
                format!("{member}` became optional: `{now}` instead of `{ty}`"),
            ),
            Some(now) if format!("Option<{now}>") == *ty => push(
                true,
                format!("{member}` became required: `{now}` instead of `{ty}`"),
            ),
            Some(now) => push(true, format!("{member}` is `{now}` instead of `{ty}`")),
        }
    }
    for (name, ty) in new {
        if !old.contains_key(name) {
            let member = format!("{what} `{owner}.{name}: {ty}`");
            if ty.starts_with("Option<") {
                push(false, format!("{member} added (optional)"));
            } else {
                push(true, format!("{member} added (required)"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = r#"
pub struct Pet { pub id: String, pub name: String }
crate::runtime::string_enum! {
    /// A status.
    pub enum PetStatus {
        Available = "available",
        Sold = "sold",
        ..Unknown
    }
}
pub struct DeletePet { pub pet_id: String }
pub enum DeletePetResponse {
    /// 204: Removed
    NoContent,
    /// 404: Not found
    NotFound,
}
impl crate::runtime::Operation for DeletePet {
    type Response = DeletePetResponse;
    const METHOD: http::Method = http::Method::DELETE;
    const PATH: &'static str = "/pets/{petId}";
}
pub type Pets = Vec<Pet>;
pub struct ListPets { pub limit: Option<i64> }
runtime::responses! {
    ListPets: Result<enum ListPetsSuccess, enum ListPetsError>,
    #[derive(Clone, PartialEq)]
    pub enum ListPetsResponse {
        /// 200: The pets
        200 => Ok { headers: LinkHeaders, body: Vec<Pet> = json }: Ok,
        /// 204: None
        204 => NoContent: Ok,
        /// 404: Not found
        404 => NotFound(Error = json): Err,
        /// default: Trouble
        _ => Default { status }: Err,
    }
}
impl crate::runtime::Operation for ListPets {
    type Response = ListPetsResponse;
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/pets";
}
crate::runtime::integer_enum! {
    pub enum SampleRate {
        V8000 = 8000,
        VMinus1 = -1,
        ..Unknown
    }
}
"#;

    #[test]
    fn surface_reads_operations_types_values_and_responses() {
        let surface = surface(OLD).unwrap();
        let operation = &surface.operations["DeletePet"];
        assert_eq!(operation.route, "DELETE /pets/{petId}");
        assert_eq!(operation.parameters["pet_id"], "String");
        assert_eq!(operation.responses["NotFound"], "404");
        assert_eq!(surface.enums["PetStatus"]["Sold"], "\"sold\"");
        assert!(!surface.enums["PetStatus"].contains_key("Unknown"));
        assert_eq!(surface.enums["SampleRate"]["V8000"], "8000");
        assert_eq!(surface.enums["SampleRate"]["VMinus1"], "-1");
        assert!(!surface.enums["SampleRate"].contains_key("Unknown"));
        assert_eq!(surface.aliases["Pets"], "Vec<Pet>");
        assert!(!surface.structs.contains_key("DeletePet"));
    }

    #[test]
    fn a_table_of_responses_reads_as_its_enums_written_out() {
        let surface = surface(OLD).unwrap();
        let responses = &surface.operations["ListPets"].responses;
        assert_eq!(responses["Ok"], "200 Vec<Pet>, LinkHeaders");
        assert_eq!(responses["NoContent"], "204");
        assert_eq!(responses["NotFound"], "404 Error");
        assert_eq!(responses["Default"], "default http::StatusCode");
        let successes: Vec<&String> = surface.enums["ListPetsSuccess"].keys().collect();
        assert_eq!(successes, ["NoContent", "Ok"]);
        let errors: Vec<&String> = surface.enums["ListPetsError"].keys().collect();
        assert_eq!(errors, ["Default", "NotFound"]);
        assert!(!surface.enums.contains_key("ListPetsResponse"));
    }

    #[test]
    fn methods_are_read_as_text_and_as_the_older_http_constants() {
        let text = OLD.replace(
            "const METHOD: http::Method = http::Method::DELETE;",
            "const METHOD: &'static str = \"DELETE\";",
        );
        assert_eq!(
            surface(&text).unwrap().operations["DeletePet"].route,
            "DELETE /pets/{petId}"
        );
        assert!(diff(&surface(OLD).unwrap(), &surface(&text).unwrap()).is_empty());
        let query = OLD.replace(
            "const METHOD: http::Method = http::Method::DELETE;",
            "const METHOD: &'static str = \"QUERY\";",
        );
        assert_eq!(
            surface(&query).unwrap().operations["DeletePet"].route,
            "QUERY /pets/{petId}"
        );
    }

    #[test]
    fn changes_are_marked_breaking_for_rust_callers() {
        let new = OLD
            .replace(
                "pub name: String",
                "pub name: Option<String>, pub tag: Option<String>",
            )
            .replace("Sold = \"sold\",", "Sold = \"sold\", Lost = \"lost\",")
            .replace("pub pet_id: String", "pub pet_id: String, pub force: bool")
            .replace("V8000 = 8000,", "V8000 = 8000, V16000 = 16000,")
            .replace("/// 404: Not found\n    NotFound,", "");
        let changes: Vec<String> = diff(&surface(OLD).unwrap(), &surface(&new).unwrap())
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            changes,
            [
                "breaking parameter `DeletePet.force: bool` added (required)",
                "breaking response `DeletePetResponse::NotFound` (404) removed",
                "breaking field `Pet.name` became optional: `Option<String>` instead of `String`",
                "ok       field `Pet.tag: Option<String>` added (optional)",
                "breaking `PetStatus::Lost` (\"lost\") added (a `match` without a wildcard arm no \
                 longer compiles)",
                "breaking `SampleRate::V16000` (16000) added (a `match` without a wildcard arm no \
                 longer compiles)",
            ]
        );
    }

    /// An operation's request struct, response enum and impl can be in different files.
    #[test]
    fn a_module_is_read_from_all_its_files() {
        let at = OLD.find("pub struct DeletePet").unwrap();
        let impl_at = OLD.find("impl crate::runtime::Operation").unwrap();
        let files = [&OLD[..at], &OLD[impl_at..], &OLD[at..impl_at]];
        let whole = surface(OLD).unwrap();
        assert_eq!(surface_of(&files).unwrap(), whole);
        assert_eq!(whole.operations.len(), 2);
    }

    #[test]
    fn files_belong_to_the_module_of_their_folder_or_name() {
        assert_eq!(module_of("src/github/mod.rs"), Some("github"));
        assert_eq!(module_of("src/github/types_a.rs"), Some("github"));
        assert_eq!(module_of("src/github.rs"), Some("github"));
        for path in ["src/lib.rs", "src/runtime.rs", "Cargo.toml", "srcx/a.rs"] {
            assert_eq!(module_of(path), None, "{path}");
        }
    }

    #[test]
    fn a_module_that_does_not_parse_is_said_so() {
        assert!(
            surface("pub struct {")
                .unwrap_err()
                .contains("does not parse")
        );
    }
}
