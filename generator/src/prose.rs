//! Vendor prose as doc comments can carry it.
//!
//! Descriptions are copied into `///` comments, where rustc refuses text-direction code points
//! (U+202A–U+202E, U+2066–U+2069: they can make code read differently than it compiles) and
//! other control characters. [`clean`] removes them where docs are written; [`check`] reports
//! where a document holds them, so that nothing disappears silently.

use std::borrow::Cow;

use serde_json::Value;

use crate::diagnostic::{Location, Warning, push_token};

/// Warning kind: characters were removed from a description.
pub const REMOVED_CHARACTERS: &str = "removed-characters";

/// The keys whose text becomes documentation.
const PROSE_KEYS: [&str; 3] = ["description", "summary", "title"];

/// Whether a doc comment cannot hold `c`. Line breaks and tabs are laid out by the emitter.
pub fn is_refused(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// Whether `text` holds a character a doc comment cannot: [`is_refused`] of each character,
/// with printable ASCII, line breaks and tabs passed over byte by byte, as most text is.
pub fn holds_refused(text: &str) -> bool {
    let plain = |b: u8| (b' '..0x7F).contains(&b) || matches!(b, b'\n' | b'\r' | b'\t');
    !text.bytes().all(plain) && text.contains(is_refused)
}

/// `text` without the characters a doc comment cannot hold.
pub fn clean(text: &str) -> Cow<'_, str> {
    if holds_refused(text) {
        Cow::Owned(text.chars().filter(|&c| !is_refused(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// A token of the path from the document's root to a node: a member's key, or an item's
/// index (written out only when a pointer is made).
#[derive(Clone, Copy)]
enum Token<'a> {
    Key(&'a str),
    Index(usize),
}

/// A warning for each description, summary or title of the document that holds characters a doc
/// comment cannot, at its pointer.
pub fn check(file: &str, document: &Value) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let mut path = Vec::new();
    visit(file, document, &mut path, &mut warnings);
    warnings
}

/// Walks `value`, whose tokens from the root are `path`; a pointer is only built for a finding.
fn visit<'a>(file: &str, value: &'a Value, path: &mut Vec<Token<'a>>, warnings: &mut Vec<Warning>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                path.push(Token::Key(key));
                match member {
                    Value::String(text)
                        if PROSE_KEYS.contains(&key.as_str()) && holds_refused(text) =>
                    {
                        warnings.push(warning(file, path, text));
                    }
                    Value::Object(_) | Value::Array(_) => visit(file, member, path, warnings),
                    _ => {}
                }
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                if matches!(item, Value::Object(_) | Value::Array(_)) {
                    path.push(Token::Index(index));
                    visit(file, item, path, warnings);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

fn warning(file: &str, path: &[Token<'_>], text: &str) -> Warning {
    let pointer = path
        .iter()
        .fold(String::new(), |pointer, token| match token {
            Token::Key(key) => push_token(&pointer, key),
            Token::Index(index) => push_token(&pointer, &index.to_string()),
        });
    let found: Vec<String> = text
        .chars()
        .filter(|&c| is_refused(c))
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    Warning::new(
        Location::new(file, pointer),
        REMOVED_CHARACTERS,
        format!(
            "{} removed from the doc comment: text-direction and control characters are not \
             allowed in Rust comments",
            found.join(", ")
        ),
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn direction_and_control_characters_are_removed_and_line_breaks_kept() {
        let text = "safe\u{202E}txet\u{2066} a\u{0}b\u{7}\tc\nd\u{85}";
        assert_eq!(clean(text), "safetxet ab\tc\nd");
        assert!(matches!(clean("plain"), Cow::Borrowed("plain")));
        assert!(matches!(clean("é\u{2067}"), Cow::Owned(_)));
        assert!(matches!(clean("é"), Cow::Borrowed("é")));
        for c in (0..0x3000).filter_map(char::from_u32) {
            let text = format!("a{c}\n");
            assert_eq!(holds_refused(&text), is_refused(c), "{c:?}");
        }
    }

    #[test]
    fn each_description_holding_them_is_reported_at_its_pointer() {
        let document = json!({
            "info": {"title": "T", "description": "evil\u{202E}"},
            "paths": {"/a": {"get": {"summary": "ok", "responses": {
                "200": {"description": "x\u{1b}[31m"}},
                "parameters": [{}, {"description": "\u{7f}"}]}}},
            "components": {"schemas": {"S": {"properties": {
                "description": {"type": "string", "description": "a property named description"}
            }}}}
        });
        let warnings = check("d.yaml", &document);
        let found: Vec<(&str, &str)> = warnings
            .iter()
            .map(|w| (w.location.pointer.as_str(), w.message.as_str()))
            .collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].0, "/info/description");
        assert!(found[0].1.starts_with("U+202E removed"), "{found:?}");
        assert_eq!(found[1].0, "/paths/~1a/get/responses/200/description");
        assert!(found[1].1.starts_with("U+001B removed"), "{found:?}");
        assert_eq!(found[2].0, "/paths/~1a/get/parameters/1/description");
        assert!(found[2].1.starts_with("U+007F removed"), "{found:?}");
    }
}
