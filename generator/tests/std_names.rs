//! Generated code writes a name of Rust's prelude without a path only when it is one of
//! `emit::UNQUALIFIED_STD_NAMES`, the names no generated type may take. Checked on the module
//! of every snapshot fixture, so that a new use of, say, `Default::default()` cannot slip in
//! unnoticed and break the modules that have a type of that name.

use std::collections::BTreeSet;
use std::path::Path;
use std::str::FromStr;

use generator::emit::UNQUALIFIED_STD_NAMES;
use generator::ir::{Api, TypeKind};
use generator::{Document, ModuleInput};
use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The names of the standard prelude (edition 2024) that a type can shadow.
const PRELUDE: &[&str] = &[
    "AsMut",
    "AsRef",
    "AsyncFn",
    "AsyncFnMut",
    "AsyncFnOnce",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Future",
    "Into",
    "IntoFuture",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// The names the module itself gives to types and variants, which may equal prelude names
/// (a variant `Ok`, a type `Default`) without shadowing anything generated code relies on.
fn own_names(api: &Api) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for def in &api.types {
        names.insert(def.name.to_string());
        match &def.kind {
            TypeKind::Enum { values, catch_all } => {
                names.extend(values.names().iter().map(|name| name.to_string()));
                names.insert(catch_all.to_string());
            }
            TypeKind::Union(variants) => names.extend(variants.iter().map(|v| v.name.to_string())),
            TypeKind::Tagged(tagged) => {
                names.extend(tagged.variants.iter().map(|v| v.name.to_string()));
                names.insert(tagged.unknown.to_string());
            }
            TypeKind::Struct { .. } | TypeKind::Alias(_) | TypeKind::Const(_) => {}
        }
    }
    for operation in &api.operations {
        names.insert(operation.name.to_string());
        names.insert(operation.response_name.to_string());
        names.extend(operation.responses.iter().map(|r| r.variant.to_string()));
    }
    names
}

/// Prelude names written without a path in `tokens`: not after `::` or `.`, not inside
/// `#[derive(…)]`.
fn unqualified_prelude_names(tokens: TokenStream, found: &mut BTreeSet<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (at, token) in tokens.iter().enumerate() {
        let previous = at.checked_sub(1).map(|i| &tokens[i]);
        match token {
            TokenTree::Group(group) => {
                let is_derive = group.delimiter() == Delimiter::Bracket
                    && matches!(previous, Some(TokenTree::Punct(p)) if p.as_char() == '#')
                    && matches!(
                        group.stream().into_iter().next(),
                        Some(TokenTree::Ident(ident)) if ident == "derive"
                    );
                if !is_derive {
                    unqualified_prelude_names(group.stream(), found);
                }
            }
            TokenTree::Ident(ident) => {
                let after_path_or_dot = matches!(
                    previous,
                    Some(TokenTree::Punct(p)) if p.as_char() == ':' || p.as_char() == '.'
                );
                let name = ident.to_string();
                if !after_path_or_dot && PRELUDE.contains(&name.as_str()) {
                    found.insert(name);
                }
            }
            TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
    }
}

#[test]
fn only_reserved_std_names_are_written_without_a_path() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/snapshots/fixtures");
    let mut checked = 0;
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "yaml") {
            continue;
        }
        let input = ModuleInput {
            module: "m".to_owned(),
            document: Document {
                file: path.display().to_string(),
                bytes: std::fs::read(&path).unwrap(),
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Default::default(),
            pagination: None,
            root: None,
        };
        let api = generator::lower_module(&input, &mut ()).unwrap().api;
        let mut found = BTreeSet::new();
        for file in generator::emit::module(&api, "test").unwrap() {
            let tokens = TokenStream::from_str(&file.contents).unwrap();
            unqualified_prelude_names(tokens, &mut found);
        }
        let own = own_names(&api);
        let unreserved: Vec<&String> = found
            .iter()
            .filter(|name| !own.contains(*name) && !UNQUALIFIED_STD_NAMES.contains(&name.as_str()))
            .collect();
        assert!(
            unreserved.is_empty(),
            "{}: generated code writes {unreserved:?} without a path; qualify it or add it to \
             emit::UNQUALIFIED_STD_NAMES",
            path.display()
        );
        checked += 1;
    }
    assert!(checked > 0, "no fixtures in {}", fixtures.display());
}
