//! `specs/<vendor>/warnings.toml`: the warnings a team has reviewed and accepted for a vendor.
//!
//! Entries are keyed by warning kind and JSON pointer, never by message, so that rewording a
//! message does not invalidate a baseline. The file is sorted and written one pointer a line,
//! each followed by the message as a comment, so that a change reads well in a pull request.
//!
//! ```toml
//! skipped-operation = [
//!     "/paths/~1calls/post", # POST /calls is not generated: cookie parameters are not supported
//! ]
//! ```
//!
//! One entry accepts every warning of its kind at its pointer. A vendor without warnings needs
//! no file; `--accept-warnings` removes one that has become empty.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Write as _};
use std::path::Path;

use anyhow::{Context, bail};
use generator::Warning;

use crate::CODEGEN_COMMAND;

/// The baseline's file name inside a vendor folder.
pub const FILE: &str = "warnings.toml";

/// The flag that rewrites baselines, quoted in hints.
pub const ACCEPT_FLAG: &str = "--accept-warnings";

/// An accepted warning: its kind and the JSON pointer it is reported at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entry {
    pub kind: String,
    pub pointer: String,
}

impl Entry {
    fn of(warning: &Warning) -> Entry {
        Entry {
            kind: warning.kind.to_owned(),
            pointer: warning.location.pointer.clone(),
        }
    }
}

/// A vendor's accepted warnings, as read from its folder.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    entries: BTreeSet<Entry>,
    /// The file's text, kept to find an entry's line for messages.
    text: Option<String>,
}

/// How a vendor's warnings compare with its baseline.
#[derive(Debug, Clone, Default)]
pub struct Review<'a> {
    /// Warnings the baseline does not accept, in the order they were raised.
    pub new: Vec<&'a Warning>,
    /// How many warnings the baseline accepts.
    pub accepted: usize,
    /// Entries no warning matches any more, with their line in the file where it is found.
    pub stale: Vec<(Entry, Option<usize>)>,
}

impl Baseline {
    /// Reads `dir/warnings.toml`; no file is an empty baseline. `display` names the folder in
    /// messages. A symbolic link there is refused, so that nothing outside the folder is read.
    pub fn read(dir: &Path, display: &str) -> anyhow::Result<Baseline> {
        let path = dir.join(FILE);
        let shown = format!("{display}/{FILE}");
        match fs::symlink_metadata(&path) {
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok(Baseline::default());
            }
            Err(error) => return Err(error).with_context(|| format!("cannot read {shown}")),
            Ok(metadata) if !metadata.is_file() => bail!(
                "{shown}: is not a regular file (a symbolic link or a folder); a baseline must \
                 be a file inside {display}/"
            ),
            Ok(_) => {}
        }
        let text = fs::read_to_string(&path).with_context(|| format!("cannot read {shown}"))?;
        let table: BTreeMap<String, Vec<String>> = toml::from_str(&text).with_context(|| {
            format!(
                "{shown}: expected `kind = [\"/json/pointer\", …]` lines; rewrite it with \
                 `{CODEGEN_COMMAND} {ACCEPT_FLAG}`"
            )
        })?;
        let entries = table
            .into_iter()
            .flat_map(|(kind, pointers)| {
                pointers.into_iter().map(move |pointer| Entry {
                    kind: kind.clone(),
                    pointer,
                })
            })
            .collect();
        Ok(Baseline {
            entries,
            text: Some(text),
        })
    }

    /// Whether the vendor folder has a baseline file.
    pub fn exists(&self) -> bool {
        self.text.is_some()
    }

    /// Sorts `warnings` into accepted and new, and finds the entries none of them matches.
    pub fn review<'a>(&self, warnings: &'a [Warning]) -> Review<'a> {
        let mut review = Review::default();
        let mut matched = BTreeSet::new();
        for warning in warnings {
            let entry = Entry::of(warning);
            if self.entries.contains(&entry) {
                review.accepted += 1;
                matched.insert(entry);
            } else {
                review.new.push(warning);
            }
        }
        review.stale = self
            .entries
            .iter()
            .filter(|entry| !matched.contains(*entry))
            .map(|entry| (entry.clone(), self.line_of(entry)))
            .collect();
        review
    }

    /// The 1-based line of `entry` in the file: the first line after its kind's key that holds
    /// its quoted pointer.
    fn line_of(&self, entry: &Entry) -> Option<usize> {
        let text = self.text.as_deref()?;
        let quoted = quote(&entry.pointer);
        let mut in_kind = false;
        for (i, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if let Some((key, _)) = trimmed.split_once('=')
                && !trimmed.starts_with(['"', '#'])
            {
                in_kind = key.trim().trim_matches('"') == entry.kind;
            }
            if in_kind && line.contains(&quoted) {
                return Some(i + 1);
            }
        }
        None
    }
}

/// The baseline accepting exactly `warnings`, as file text; `None` when there are none.
pub fn render(display: &str, warnings: &[Warning]) -> Option<String> {
    if warnings.is_empty() {
        return None;
    }
    // Each entry with the messages of the warnings it accepts.
    let mut kinds: BTreeMap<&str, BTreeMap<&str, Vec<&str>>> = BTreeMap::new();
    for warning in warnings {
        kinds
            .entry(warning.kind)
            .or_default()
            .entry(&warning.location.pointer)
            .or_default()
            .push(&warning.message);
    }
    let mut text = format!(
        "# Generator warnings accepted for {display}/, by kind and JSON pointer into its document.\n\
         # `{CODEGEN_COMMAND}` and `--check` fail on any other warning, and `--check` on an entry\n\
         # that no longer occurs. Written by `{CODEGEN_COMMAND} {ACCEPT_FLAG}`; the comments\n\
         # quote each message when it was accepted and are not compared.\n"
    );
    for (kind, pointers) in kinds {
        text.push_str(&format!("\n{} = [\n", key(kind)));
        for (pointer, mut messages) in pointers {
            messages.sort_unstable();
            messages.dedup();
            let mut comment = one_line(messages[0]);
            if messages.len() > 1 {
                comment.push_str(&format!(" (and {} more here)", messages.len() - 1));
            }
            text.push_str(&format!("    {}, # {comment}\n", quote(pointer)));
        }
        text.push_str("]\n");
    }
    Some(text)
}

/// Replaces (or, for `None`, removes) `dir/warnings.toml`. The new text goes to a temporary
/// file that is renamed over the old one, so a reader never sees half a baseline; a rename
/// replaces a symbolic link itself, never what it points to. Returns whether anything changed.
pub fn write(dir: &Path, display: &str, text: Option<&str>) -> anyhow::Result<bool> {
    let path = dir.join(FILE);
    let shown = format!("{display}/{FILE}");
    let old = match fs::symlink_metadata(&path) {
        Ok(metadata) if metadata.is_file() => {
            Some(fs::read_to_string(&path).with_context(|| format!("cannot read {shown}"))?)
        }
        Ok(_) => bail!("{shown}: is not a regular file; remove it and run again"),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(error).with_context(|| format!("cannot read {shown}")),
    };
    if old.as_deref() == text {
        return Ok(false);
    }
    match text {
        None => fs::remove_file(&path).with_context(|| format!("cannot remove {shown}"))?,
        Some(text) => {
            let temporary = dir.join(format!(".{FILE}.new"));
            let _ = fs::remove_file(&temporary);
            let mut file = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temporary)
                .with_context(|| format!("cannot create {display}/.{FILE}.new"))?;
            file.write_all(text.as_bytes())
                .and_then(|()| file.sync_all())
                .with_context(|| format!("cannot write {shown}"))?;
            fs::rename(&temporary, &path).with_context(|| format!("cannot write {shown}"))?;
        }
    }
    Ok(true)
}

/// A TOML basic string.
fn quote(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// A TOML key: bare when it can be, quoted otherwise.
fn key(text: &str) -> String {
    let bare = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare { text.to_owned() } else { quote(text) }
}

/// A message as one line of a TOML comment, which may hold no control characters.
fn one_line(message: &str) -> String {
    message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use generator::Location;

    use super::*;

    fn warning(kind: &'static str, pointer: &str, message: &str) -> Warning {
        Warning::new(
            Location::new("specs/x/openapi.yaml", pointer),
            kind,
            message,
        )
    }

    #[test]
    fn rendered_baseline_is_sorted_and_reads_back() {
        let warnings = [
            warning("untyped-schema", "/components/schemas/B", "b"),
            warning("skipped-operation", "/paths/~1a/get", "GET /a\nis skipped"),
            warning("untyped-schema", "/components/schemas/A", "a \"quoted\""),
            warning("untyped-schema", "/components/schemas/A", "another"),
        ];
        let text = render("specs/x", &warnings).unwrap();
        let body: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            body,
            [
                "",
                "skipped-operation = [",
                "    \"/paths/~1a/get\", # GET /a is skipped",
                "]",
                "",
                "untyped-schema = [",
                "    \"/components/schemas/A\", # a \"quoted\" (and 1 more here)",
                "    \"/components/schemas/B\", # b",
                "]",
            ]
        );
        let dir = tempfile::tempdir().unwrap();
        assert!(write(dir.path(), "specs/x", Some(&text)).unwrap());
        assert!(!write(dir.path(), "specs/x", Some(&text)).unwrap());
        let baseline = Baseline::read(dir.path(), "specs/x").unwrap();
        let review = baseline.review(&warnings);
        assert_eq!((review.new.len(), review.accepted), (0, 4));
        assert!(review.stale.is_empty());
    }

    #[test]
    fn review_finds_new_warnings_and_stale_entries_by_kind_and_pointer() {
        let dir = tempfile::tempdir().unwrap();
        let accepted = [
            warning("untyped-schema", "/components/schemas/A", "a"),
            warning("untyped-schema", "/components/schemas/Gone", "gone"),
        ];
        write(
            dir.path(),
            "specs/x",
            render("specs/x", &accepted).as_deref(),
        )
        .unwrap();
        let baseline = Baseline::read(dir.path(), "specs/x").unwrap();
        let now = [
            // Reworded: still accepted.
            warning("untyped-schema", "/components/schemas/A", "a, reworded"),
            // Same pointer, another kind: new.
            warning("dropped-keyword", "/components/schemas/A", "a"),
        ];
        let review = baseline.review(&now);
        assert_eq!(review.accepted, 1);
        assert_eq!(review.new, [&now[1]]);
        let stale: Vec<_> = review
            .stale
            .iter()
            .map(|(e, line)| (e.pointer.as_str(), *line))
            .collect();
        assert_eq!(stale, [("/components/schemas/Gone", Some(8))]);
    }

    #[test]
    fn no_warnings_need_no_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(render("specs/x", &[]), None);
        assert!(!Baseline::read(dir.path(), "specs/x").unwrap().exists());
        fs::write(dir.path().join(FILE), "old = [\"/x\"]\n").unwrap();
        assert!(write(dir.path(), "specs/x", None).unwrap());
        assert!(!dir.path().join(FILE).exists());
    }

    #[test]
    fn malformed_baseline_names_the_file_and_the_fix() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(FILE), "kind = \"/not/a/list\"\n").unwrap();
        let message = format!("{:#}", Baseline::read(dir.path(), "specs/x").unwrap_err());
        assert!(message.contains("specs/x/warnings.toml"), "{message}");
        assert!(message.contains(ACCEPT_FLAG), "{message}");
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_baseline_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret"), "SECRET = [\"/x\"]\n").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), dir.path().join(FILE)).unwrap();
        let message = format!("{:#}", Baseline::read(dir.path(), "specs/x").unwrap_err());
        assert!(message.contains("not a regular file"), "{message}");
        assert!(!message.contains("SECRET"), "{message}");
    }
}
