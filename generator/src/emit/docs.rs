//! Doc comments of generated items, from IR text.

use std::borrow::Cow;

use proc_macro2::TokenStream;
use quote::quote;

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

/// Whether the last of these doc lines (each after its leading space) is paragraph text that
/// words may be added to: no code fence anywhere, and not a list item, table row, heading,
/// quote, HTML, link definition or indented code.
fn ends_in_paragraph(lines: &[String]) -> bool {
    let fenced = lines.iter().any(|line| {
        let line = line.trim_start();
        line.starts_with("```") || line.starts_with("~~~")
    });
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
