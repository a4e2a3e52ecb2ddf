//! Which file of a module each item is written to.
//!
//! A module is a folder: `mod.rs` holds the module's docs, its constants and `security`, and
//! re-exports every other file's items, so that paths stay `module::Item` wherever the item is
//! written. The other files follow the document:
//!
//! - `<tag>.rs`: the operations whose first tag is `<tag>`, with the types that only they use
//!   (directly or through other types);
//! - `operations.rs`: the operations without a tag;
//! - `types.rs`: every other type (used under several tags, by untagged operations, or by none),
//!   the response types that several operations hold included (see [`super::response::Shared`]);
//! - `webhooks.rs`: the types only webhooks bring, declared behind the module's webhooks feature
//!   (see [`super::directions`]).
//!
//! A group of items printed longer than [`MAX_LINES`] is split into files by the first letters
//! of the items' names (`repos_g.rs` for `ReposGet…` under `repos`), further letters only where
//! a letter's share is itself too long.
//!
//! Where an item goes depends on nothing but the item: its tag, the operations that use it, its
//! name. Adding an operation or a type moves no other item, except a type the new operation
//! shares with another tag (to `types.rs`) and the items of a share the addition makes too long
//! (to files by one more letter). Files are not cut in chunks of so many items, which would move
//! every item after the one added.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;

use super::directions::{self, Directions};
use crate::ir::{Api, Type, TypeId};
use crate::names;

/// The file of a module that declares and re-exports the others.
pub const ROOT_FILE: &str = "mod.rs";

/// The group of operations without a tag.
const OPERATIONS: &str = "operations";

/// The group of types that no single tag's operations own.
const TYPES: &str = "types";

/// The group of types only webhooks bring.
const WEBHOOKS: &str = "webhooks";

/// Names of the module's own that a tag's file cannot take.
const OWN: &[&str] = &["mod", "security", OPERATIONS, TYPES, WEBHOOKS];

/// Names no file may take. The files import every name of the module, files included, so a
/// file named `http` would stand for the crate in `http::Request`: the crates, primitive types
/// and lint tools that generated code begins paths with are taken.
const PATH_ROOTS: &[&str] = &[
    "std",
    "core",
    "alloc",
    "base64",
    "bytes",
    "chrono",
    "futures_core",
    "http",
    "http_body",
    "percent_encoding",
    "reqwest",
    "serde",
    "serde_json",
    "thiserror",
    "uuid",    // crates
    "runtime", // the crate's runtime module, which every file names as `runtime::…`
    "bool",
    "char",
    "str",
    "f32",
    "f64",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize", // primitive types
    "clippy",
    "rustfmt", // lint tools
];

/// The most lines a group's items are printed on before the group is split into files.
pub(super) const MAX_LINES: usize = 3000;

/// The groups a module's items fall into, and which group holds each type and operation.
#[derive(Debug)]
pub(super) struct Groups {
    groups: Vec<Group>,
    /// The group of `types.rs`.
    types: usize,
    /// The group of `operations.rs`, when some operation has no tag.
    operations: Option<usize>,
    /// By [`TypeId`] index.
    of_type: Vec<usize>,
    /// By index in [`Api::operations`].
    of_operation: Vec<usize>,
}

#[derive(Debug)]
struct Group {
    /// The file stem, a module name.
    stem: String,
    /// The tag's name in UpperCamelCase: names that start with it (`ReposGet` under `repos`)
    /// are split by what follows it.
    prefix: Option<String>,
    /// The cargo feature its files are declared behind, if any.
    feature: Option<String>,
}

/// Which groups reach a type.
#[derive(Clone, Copy, PartialEq)]
enum Users {
    None,
    One(usize),
    Several,
}

impl Groups {
    pub(super) fn of(api: &Api, directions: &Directions) -> Groups {
        let mut by_stem: BTreeMap<String, Option<String>> = BTreeMap::new();
        by_stem.insert(TYPES.to_owned(), None);
        if directions.has_webhook_only() {
            by_stem.insert(WEBHOOKS.to_owned(), Some("Webhook".to_owned()));
        }
        let operation_stems: Vec<String> = api
            .operations
            .iter()
            .map(|operation| match &operation.tag {
                Some(tag) => {
                    let stem = tag_stem(tag);
                    by_stem
                        .entry(stem.clone())
                        .or_insert_with(|| Some(names::type_name(tag)));
                    stem
                }
                None => {
                    by_stem.insert(OPERATIONS.to_owned(), None);
                    OPERATIONS.to_owned()
                }
            })
            .collect();
        let webhooks_feature = directions::webhooks_feature(api.module.as_str());
        let groups: Vec<Group> = by_stem
            .into_iter()
            .map(|(stem, prefix)| Group {
                feature: (stem == WEBHOOKS).then(|| webhooks_feature.clone()),
                stem,
                prefix,
            })
            .collect();
        let index = |stem: &str| {
            groups
                .binary_search_by(|group| group.stem.as_str().cmp(stem))
                .ok()
        };
        // Every stem looked up was inserted above.
        let types = index(TYPES).unwrap_or_default();
        let operations = index(OPERATIONS);
        let webhooks = index(WEBHOOKS);
        let of_operation: Vec<usize> = operation_stems
            .iter()
            .map(|stem| index(stem).unwrap_or(types))
            .collect();

        let mut users = vec![Users::None; api.types.len()];
        for (operation, &group) in api.operations.iter().zip(&of_operation) {
            let responses = operation.responses.iter().flat_map(|r| r.types());
            for ty in operation.request_types().chain(responses) {
                reach(api, ty, group, &mut users);
            }
        }
        let of_type = users
            .into_iter()
            .enumerate()
            .map(|(index, users)| match (users, webhooks) {
                (Users::One(group), _) if Some(group) != operations => group,
                (Users::None, Some(webhooks)) if directions.webhook_only(TypeId::new(index)) => {
                    webhooks
                }
                _ => types,
            })
            .collect();
        Groups {
            groups,
            types,
            operations,
            of_type,
            of_operation,
        }
    }

    /// Groups of these stems, none split by a tag's name, holding no types or operations yet.
    #[cfg(test)]
    pub(super) fn named(stems: &[&str]) -> Groups {
        Groups {
            groups: stems
                .iter()
                .map(|stem| Group {
                    stem: (*stem).to_owned(),
                    prefix: None,
                    feature: None,
                })
                .collect(),
            types: 0,
            operations: None,
            of_type: Vec::new(),
            of_operation: Vec::new(),
        }
    }

    pub(super) fn of_type(&self, id: TypeId) -> usize {
        self.of_type[id.index()]
    }

    pub(super) fn of_operation(&self, index: usize) -> usize {
        self.of_operation[index]
    }

    /// The group of an item that these operations (positions in [`Api::operations`]) hold, as
    /// for a type: their tag's when they share one, else `types`.
    pub(super) fn shared_by(&self, operations: impl IntoIterator<Item = usize>) -> usize {
        let mut groups = operations.into_iter().map(|index| self.of_operation[index]);
        let first = groups.next();
        match first {
            Some(group) if groups.all(|g| g == group) && Some(group) != self.operations => group,
            _ => self.types,
        }
    }
}

/// Marks the types `ty` names, and those they are made of, as reached by `group`. A type
/// reached by several groups already had everything it holds reached by them too.
fn reach(api: &Api, ty: &Type, group: usize, users: &mut [Users]) {
    let mut pending = vec![ty];
    while let Some(ty) = pending.pop() {
        let id = match ty {
            Type::Named(id) => *id,
            Type::List(inner)
            | Type::Map(inner)
            | Type::Nullable(inner)
            | Type::Expandable(inner) => {
                pending.push(inner);
                continue;
            }
            _ => continue,
        };
        let slot = &mut users[id.index()];
        *slot = match *slot {
            Users::None => Users::One(group),
            Users::One(other) if other != group => Users::Several,
            _ => continue,
        };
        pending.extend(api.def(id).kind.types());
    }
}

/// A tag's file stem: its words in snake_case, ASCII only (a module's file name must be), and
/// never a name the module's own files or items take.
fn tag_stem(tag: &str) -> String {
    let snake = names::module_name(tag).as_str().to_owned();
    let ascii: String = snake
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let ascii = ascii.trim_matches('_');
    if ascii.is_empty() {
        return format!("tag_{:08x}", fnv(tag) >> 32);
    }
    let taken = OWN.contains(&ascii)
        || PATH_ROOTS.contains(&ascii)
        || [OPERATIONS, TYPES]
            .iter()
            .any(|group| ascii.starts_with(&format!("{group}_")))
        || ascii.starts_with(|c: char| c.is_ascii_digit())
        || names::is_keyword(ascii);
    if taken {
        format!("tag_{ascii}")
    } else {
        ascii.to_owned()
    }
}

/// FNV-1a: the same on every machine and Rust version.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A printed item of a group.
pub(super) struct Item<'a> {
    pub(super) group: usize,
    pub(super) name: &'a str,
    pub(super) lines: usize,
}

/// A file of the module (other than [`ROOT_FILE`]): its stem, and the indices in `items` of the
/// items it holds, in order.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct File {
    pub(super) stem: String,
    pub(super) items: Vec<usize>,
    /// The cargo feature it is declared behind, if any.
    pub(super) feature: Option<String>,
}

/// The files `items` are written to, by stem. Items keep their order within a file.
pub(super) fn files(groups: &Groups, items: &[Item<'_>]) -> Vec<File> {
    let mut by_group: BTreeMap<usize, Vec<Key>> = BTreeMap::new();
    for (index, item) in items.iter().enumerate() {
        let prefix = groups.groups[item.group].prefix.as_deref();
        by_group.entry(item.group).or_default().push(Key {
            index,
            letters: letters(item.name, prefix),
            lines: item.lines,
        });
    }
    let mut files = Vec::new();
    for (group, keys) in by_group {
        let mut parts = Vec::new();
        split(keys, 0, &mut parts);
        let stem = &groups.groups[group].stem;
        for (prefix, mut keys) in parts {
            keys.sort_by_key(|key| key.index);
            let stem = if prefix.is_empty() {
                stem.clone()
            } else {
                format!("{stem}_{}", prefix.to_snake_case())
            };
            files.push(File {
                stem,
                items: keys.into_iter().map(|key| key.index).collect(),
                feature: groups.groups[group].feature.clone(),
            });
        }
    }
    // A stem made by splitting can meet another tag's (`repos g` beside `repos`, split) or a
    // name no file may take (`futures_core` from tag `futures`); the later one is numbered.
    files.sort_by(|a, b| a.stem.cmp(&b.stem));
    let mut seen: BTreeSet<String> = PATH_ROOTS.iter().map(|&name| name.to_owned()).collect();
    for file in &mut files {
        let stem = file.stem.clone();
        let mut n = 1;
        while !seen.insert(file.stem.clone()) {
            n += 1;
            file.stem = format!("{stem}_{n}");
        }
    }
    files.sort_by(|a, b| a.stem.cmp(&b.stem));
    files
}

/// An item as splitting sees it.
struct Key {
    index: usize,
    /// The letters and digits of its name, after the group's prefix.
    letters: Vec<char>,
    lines: usize,
}

/// The letters and digits a name is split by: without the tag's name when it starts with it
/// as a word (`ReposGet` under `repos` is split by `Get`, `Repository` by `Repository`).
fn letters(name: &str, prefix: Option<&str>) -> Vec<char> {
    let rest = prefix
        .and_then(|prefix| name.strip_prefix(prefix))
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
        .unwrap_or(name);
    rest.chars().filter(char::is_ascii_alphanumeric).collect()
}

/// Splits `keys`, which share their first `depth` letters, into parts of at most
/// [`MAX_LINES`] where the names allow, by their next letter. Each part is named by the
/// letters its names share (empty for the whole group).
fn split(keys: Vec<Key>, depth: usize, parts: &mut Vec<(String, Vec<Key>)>) {
    let prefix: String = keys
        .first()
        .map(|key| key.letters.iter().take(depth).collect())
        .unwrap_or_default();
    let lines: usize = keys.iter().map(|key| key.lines).sum();
    if lines <= MAX_LINES || keys.len() < 2 {
        parts.push((prefix, keys));
        return;
    }
    let mut here = Vec::new();
    let mut by_letter: BTreeMap<char, Vec<Key>> = BTreeMap::new();
    for key in keys {
        match key.letters.get(depth) {
            Some(&letter) => by_letter.entry(letter).or_default().push(key),
            None => here.push(key),
        }
    }
    if !here.is_empty() {
        parts.push((prefix, here));
    }
    for (_, keys) in by_letter {
        split(keys, depth + 1, parts);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_several_operations_hold_goes_where_a_type_they_share_would() {
        let mut groups = Groups::named(&["issues", "operations", "repos", "types"]);
        groups.types = 3;
        groups.operations = Some(1);
        groups.of_operation = vec![0, 0, 2, 1, 1];
        assert_eq!(groups.shared_by([0, 1]), 0, "one tag");
        assert_eq!(groups.shared_by([0, 2]), 3, "two tags");
        assert_eq!(groups.shared_by([3, 4]), 3, "untagged operations");
    }

    #[test]
    fn tags_become_module_names_that_no_file_of_the_module_takes() {
        assert_eq!(tag_stem("issues"), "issues");
        assert_eq!(tag_stem("External Connections"), "external_connections");
        assert_eq!(tag_stem("Pull-Requests"), "pull_requests");
        assert_eq!(tag_stem("types"), "tag_types");
        assert_eq!(tag_stem("Types A"), "tag_types_a");
        assert_eq!(tag_stem("security"), "tag_security");
        assert_eq!(tag_stem("mod"), "tag_mod");
        assert_eq!(tag_stem("HTTP"), "tag_http");
        assert_eq!(tag_stem("Runtime"), "tag_runtime");
        assert_eq!(tag_stem("std"), "tag_std");
        assert_eq!(tag_stem("str"), "tag_str");
        assert_eq!(tag_stem("2fa"), "n2fa");
        assert_eq!(tag_stem("Überweisungen"), "berweisungen");
        assert!(tag_stem("用户").starts_with("tag_"));
        assert_eq!(tag_stem("用户"), tag_stem("用户"));
    }

    #[test]
    fn names_are_split_after_their_tag_as_a_word() {
        let text = |name, prefix| letters(name, prefix).into_iter().collect::<String>();
        assert_eq!(text("ReposGet", Some("Repos")), "Get");
        assert_eq!(text("Repository", Some("Repos")), "Repository");
        assert_eq!(text("Repos", Some("Repos")), "Repos");
        assert_eq!(text("Repos2", Some("Repos")), "2");
        assert_eq!(text("GetPet", None), "GetPet");
    }

    fn groups(stems: &[(&str, Option<&str>)]) -> Groups {
        Groups {
            groups: stems
                .iter()
                .map(|(stem, prefix)| Group {
                    stem: (*stem).to_owned(),
                    prefix: prefix.map(str::to_owned),
                    feature: None,
                })
                .collect(),
            types: 0,
            operations: None,
            of_type: Vec::new(),
            of_operation: Vec::new(),
        }
    }

    fn layout(groups: &Groups, items: &[(usize, &str, usize)]) -> Vec<(String, Vec<String>)> {
        let items: Vec<Item> = items
            .iter()
            .map(|&(group, name, lines)| Item { group, name, lines })
            .collect();
        files(groups, &items)
            .into_iter()
            .map(|file| {
                let names = file.items.iter().map(|&i| items[i].name.to_owned());
                (file.stem, names.collect())
            })
            .collect()
    }

    fn stems(files: &[(String, Vec<String>)]) -> Vec<&str> {
        files.iter().map(|(stem, _)| stem.as_str()).collect()
    }

    #[test]
    fn a_group_within_the_limit_is_one_file_in_the_order_given() {
        let groups = groups(&[("issues", Some("Issues")), ("types", None)]);
        let files = layout(
            &groups,
            &[(1, "Zebra", 10), (0, "IssuesGet", 10), (1, "Apple", 10)],
        );
        assert_eq!(
            files,
            [
                ("issues".to_owned(), vec!["IssuesGet".to_owned()]),
                (
                    "types".to_owned(),
                    vec!["Zebra".to_owned(), "Apple".to_owned()]
                ),
            ]
        );
    }

    #[test]
    fn a_group_over_the_limit_is_split_by_letters_as_far_as_needed() {
        let groups = groups(&[("repos", Some("Repos"))]);
        let big = MAX_LINES / 2;
        let files = layout(
            &groups,
            &[
                (0, "ReposGetBranch", big),
                (0, "ReposGetCommit", big),
                (0, "ReposGetContent", 10),
                (0, "ReposList", 10),
                (0, "Repository", 10),
                (0, "ReposCreate", 10),
            ],
        );
        assert_eq!(
            stems(&files),
            [
                "repos_c",
                "repos_get_b",
                "repos_get_c",
                "repos_l",
                "repos_r"
            ]
        );
        assert_eq!(files[2].1, ["ReposGetCommit", "ReposGetContent"]);
    }

    /// Adding an item moves no other item, unless the share of the group it joins grows past
    /// the limit; then only that share's items move.
    #[test]
    fn adding_an_item_moves_only_the_items_of_a_share_it_splits() {
        let groups = groups(&[("types", None)]);
        let third = MAX_LINES / 3;
        let mut items = vec![
            (0, "Alpha", third),
            (0, "Beta", third),
            (0, "Bravo", third),
            (0, "Charlie", third),
            (0, "Delta", 10),
        ];
        let before = layout(&groups, &items);
        assert_eq!(stems(&before), ["types_a", "types_b", "types_c", "types_d"]);
        items.push((0, "Echo", 10));
        let after = layout(&groups, &items);
        assert_eq!(&after[..4], &before[..]);
        assert_eq!(after[4], ("types_e".to_owned(), vec!["Echo".to_owned()]));
        items.push((0, "Bingo", third + 10));
        let split = layout(&groups, &items);
        assert_eq!(
            stems(&split),
            [
                "types_a", "types_be", "types_bi", "types_br", "types_c", "types_d", "types_e"
            ]
        );
    }

    #[test]
    fn an_item_too_big_alone_keeps_a_file_of_its_own() {
        let groups = groups(&[("types", None)]);
        let files = layout(
            &groups,
            &[(0, "Huge", MAX_LINES * 2), (0, "Hug", 10), (0, "Tiny", 10)],
        );
        assert_eq!(stems(&files), ["types_hug", "types_huge", "types_t"]);
    }

    #[test]
    fn stems_that_meet_are_numbered() {
        let groups = groups(&[("repos", None), ("repos_g", None)]);
        let big = MAX_LINES;
        let files = layout(&groups, &[(0, "G", big), (0, "H", big), (1, "Other", 10)]);
        assert_eq!(stems(&files), ["repos_g", "repos_g_2", "repos_h"]);
    }

    #[test]
    fn a_split_never_names_a_file_like_a_crate() {
        let groups = groups(&[("futures", Some("Futures"))]);
        let items = [
            (0, "FuturesCore", 10),
            (0, "FuturesCoreA", MAX_LINES),
            (0, "FuturesCoreB", MAX_LINES),
        ];
        let files = layout(&groups, &items);
        assert_eq!(
            stems(&files),
            ["futures_core_2", "futures_core_a", "futures_core_b"]
        );
    }
}
