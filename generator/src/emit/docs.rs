//! Doc comments of generated items, from IR text.

use std::borrow::Cow;

use proc_macro2::TokenStream;
use quote::quote;
use rustc_hash::FxHashSet;

use crate::prose;

/// Splits text into `#[doc]` attributes, one per line, with trailing spaces removed.
pub(super) fn doc_lines(text: &str) -> Vec<TokenStream> {
    doc_text(text)
        .into_iter()
        .map(|line| quote! { #[doc = #line] })
        .collect()
}

/// Like [`doc_lines`], for the item that encloses them (`//!`).
pub(super) fn inner_doc_lines(text: &str) -> Vec<TokenStream> {
    doc_text(text)
        .into_iter()
        .map(|line| quote! { #![doc = #line] })
        .collect()
}

pub(super) fn doc_text(text: &str) -> Vec<String> {
    let mut text = prose::clean(text);
    if let Cow::Owned(escaped) = escape_unlinked_names(&text) {
        text = Cow::Owned(escaped);
    }
    // Most text has neither: it is not copied three times to find that out.
    if text.contains(['\r', '\t']) {
        text = Cow::Owned(
            text.replace("\r\n", "\n")
                .replace('\r', "\n")
                .replace('\t', "    "),
        );
    }
    text.trim()
        .lines()
        .map(|line| {
            let line = line.trim_end();
            if line.is_empty() {
                return String::new();
            }
            let mut doc = String::with_capacity(line.len() + 1);
            doc.push(' ');
            doc.push_str(line);
            doc
        })
        .collect()
}

/// Vendor prose writes `[name]` for the brackets themselves (Stripe: "using
/// [request_incremental_authorization_support] /docs/…"), which rustdoc takes for a link to an
/// item of that name and warns that none is in scope. Such a pair, a name (words joined by `_`
/// or `::`) inside, with no link after it and no definition of it in the text, is escaped
/// (`\[name\]`), which Markdown shows the same. Code spans, fenced and indented code are left
/// as they are, and so are the generator's own links, which put the name in backticks.
fn escape_unlinked_names(text: &str) -> Cow<'_, str> {
    // Most `[` open a link (`[the guide](…)`): the text is only rewritten if one may not.
    let candidate = text
        .match_indices('[')
        .any(|(at, _)| unlinked_name(&text[at + 1..]).is_some());
    if !candidate {
        return Cow::Borrowed(text);
    }
    // The names the text defines links for (`[guide]: https://…`), read once.
    let defined: FxHashSet<&str> = text
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix('['))
        .filter_map(|line| line.split_once("]:").map(|(name, _)| name))
        .collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut escaped = false;
    let mut fenced = false;
    for line in text.split_inclusive('\n') {
        if opens_or_closes_fence(line) {
            fenced = !fenced;
        }
        let code = fenced || line.starts_with("    ") || line.starts_with('\t');
        if code || !line.contains('[') {
            out.push_str(line);
            continue;
        }
        let mut in_code_span = false;
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            if c == '`' {
                in_code_span = !in_code_span;
            }
            let unlinked = (c == '[' && !in_code_span && !out.ends_with(['\\', ']']))
                .then(|| unlinked_name(&rest[1..]))
                .flatten()
                .filter(|name| !defined.contains(name));
            match unlinked {
                Some(name) => {
                    out.push_str("\\[");
                    out.push_str(name);
                    out.push_str("\\]");
                    rest = &rest[name.len() + 2..];
                    escaped = true;
                }
                None => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
    }
    if escaped {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// The name that `after` (the text after a `[`) starts with, when a `]` closes it and no link
/// follows (`(`, `[`, `:`). Only the name's own characters are read, so that a line of many
/// `[` is read once.
fn unlinked_name(after: &str) -> Option<&str> {
    let length = after
        .bytes()
        .take_while(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b':')
        .count();
    let (name, rest) = after.split_at(length);
    let word = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    };
    // A task list's `[x]` is not a name.
    let named = name.len() > 1 && name.split("::").all(word);
    let closed = rest.strip_prefix(']')?;
    let linked = closed.starts_with(['(', '[', ':']);
    (named && !linked).then_some(name)
}

pub(super) fn docs(text: Option<&str>) -> Vec<TokenStream> {
    text.map(doc_lines).unwrap_or_default()
}

/// The values of [`docs`]' attributes.
pub(super) fn docs_text(text: Option<&str>) -> Vec<String> {
    text.map(doc_text).unwrap_or_default()
}

pub(super) fn docs_or(text: Option<&str>, fallback: &str) -> Vec<TokenStream> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => doc_lines(text),
        None => doc_lines(fallback),
    }
}

/// Doc lines for `text` followed by a note on where the value travels (`path parameter
/// `owner``), in parentheses at the end of the text's last line. A text that does not end in
/// a paragraph (a list, a table, code) gets the note as a paragraph of its own, where it cannot
/// read as part of them; no text, the note alone.
pub(super) fn docs_with_note(text: Option<&str>, note: &str) -> Vec<TokenStream> {
    attributes(note_lines(text, note))
}

/// The values of [`docs_with_note`]'s attributes.
pub(super) fn note_lines(text: Option<&str>, note: &str) -> Vec<String> {
    with_ending(text, &format!(" ({note})"), note)
}

/// Like [`note_lines`], for a note that is a sentence (`Sent as `application/json`.`).
pub(super) fn sentence_lines(text: &str, sentence: &str) -> Vec<String> {
    with_ending(Some(text), &format!(" {sentence}"), sentence)
}

fn attributes(lines: Vec<String>) -> Vec<TokenStream> {
    lines
        .into_iter()
        .map(|line| quote! { #[doc = #line] })
        .collect()
}

fn with_ending(text: Option<&str>, inline: &str, alone: &str) -> Vec<String> {
    let mut lines = text.map(doc_text).unwrap_or_default();
    if ends_in_paragraph(&lines) {
        if let Some(last) = lines.last_mut() {
            last.push_str(inline);
        }
    } else {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(format!(" {alone}"));
    }
    lines
}

/// Whether a Markdown line opens or closes a fenced code block (```` ``` ````, `~~~`).
fn opens_or_closes_fence(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("```") || line.starts_with("~~~")
}

/// Whether the last of these doc lines (each after its leading space) is paragraph text that
/// words may be added to: no code fence anywhere, and not a list item, table row, heading,
/// quote, HTML, link definition or indented code.
fn ends_in_paragraph(lines: &[String]) -> bool {
    let fenced = lines.iter().any(|line| opens_or_closes_fence(line));
    let Some(last) = lines.last() else {
        return false;
    };
    let text = last.strip_prefix(' ').unwrap_or(last);
    let trimmed = text.trim_start();
    let numbered = trimmed.split_once(['.', ')']).is_some_and(|(number, _)| {
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
    });
    let block = ["-", "*", "+", "#", ">", "|", "<", "["]
        .iter()
        .any(|start| trimmed.starts_with(start));
    !fenced && !trimmed.is_empty() && !text.starts_with("    ") && !numbered && !block
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(tokens: &[TokenStream]) -> Vec<String> {
        tokens.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_name_in_brackets_that_links_nowhere_is_escaped() {
        for (text, escaped) in [
            (
                "using [request_incremental_authorization_support] /docs/api",
                "using \\[request_incremental_authorization_support\\] /docs/api",
            ),
            ("[a::b] and [c] and [a:b]", "\\[a::b\\] and [c] and [a:b]"),
            (
                "See [the guide](https://example.com).",
                "See [the guide](https://example.com).",
            ),
            ("See [guide][g] or [`Pet`].", "See [guide][g] or [`Pet`]."),
            (
                "See [guide].\n\n[guide]: https://example.com",
                "See [guide].\n\n[guide]: https://example.com",
            ),
            ("`[start]` and [1]", "`[start]` and [1]"),
            ("- [x] done", "- [x] done"),
            ("```\n[start]\n```", "```\n[start]\n```"),
            ("Example:\n\n    [start]", "Example:\n\n    [start]"),
            ("\\[start\\] é [start]", "\\[start\\] é \\[start\\]"),
        ] {
            assert_eq!(escape_unlinked_names(text), escaped, "{text}");
        }
    }

    #[test]
    fn a_note_ends_a_paragraph_and_stands_alone_after_anything_else() {
        let note = "path parameter `owner`";
        assert_eq!(
            lines(&docs_with_note(
                Some("The owner.\n\nNot case sensitive."),
                note
            )),
            lines(&doc_lines(
                "The owner.\n\nNot case sensitive. (path parameter `owner`)"
            ))
        );
        for text in [
            "The states:\n- open\n- closed",
            "1. first",
            "| a | b |",
            "```json\n{}\n```",
            "Example:\n\n    owner=octocat",
            "See [the guide].\n\n[the guide]: https://example.com",
        ] {
            assert_eq!(
                lines(&docs_with_note(Some(text), note)),
                lines(&doc_lines(&format!("{text}\n\n{note}"))),
                "{text}"
            );
        }
        assert_eq!(lines(&docs_with_note(None, note)), lines(&doc_lines(note)));
        assert_eq!(
            lines(&attributes(sentence_lines(
                "The pet.",
                "Sent as `application/json`."
            ))),
            lines(&doc_lines("The pet. Sent as `application/json`."))
        );
    }
}
