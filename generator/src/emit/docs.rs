//! Doc comments of generated items, from IR text.

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

fn doc_text(text: &str) -> Vec<String> {
    let text = prose::clean(text)
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ");
    text.trim()
        .lines()
        .map(|line| {
            let line = line.trim_end();
            if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            }
        })
        .collect()
}

pub(super) fn docs(text: Option<&str>) -> Vec<TokenStream> {
    text.map(doc_lines).unwrap_or_default()
}

pub(super) fn docs_or(text: Option<&str>, fallback: &str) -> Vec<TokenStream> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => doc_lines(text),
        None => doc_lines(fallback),
    }
}
