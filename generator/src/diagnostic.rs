//! Errors and warnings about a document, each pointing at the offending node.

use std::fmt;

/// Where in which document something was found: the file as the user named it and an RFC 6901
/// JSON pointer into the document (after YAML/JSON decoding, before any rewriting).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub file: String,
    pub pointer: String,
    /// 1-based line and column, where the stage that found the problem knows them.
    pub line_column: Option<(usize, usize)>,
}

impl Location {
    pub fn new(file: impl Into<String>, pointer: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            pointer: pointer.into(),
            line_column: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some((line, column)) = self.line_column {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, " at #{}", self.pointer)
    }
}

/// A document that cannot be read or generated. Nothing is written when one occurs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct Error {
    pub location: Location,
    pub message: String,
}

impl Error {
    pub fn new(file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            location: Location::new(file, pointer),
            message: message.into(),
        }
    }
}

/// Something that was dropped, approximated or skipped. Generation goes on; callers may choose
/// to treat warnings as errors.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    pub location: Location,
    /// A short, stable name for the kind of warning, used to count and group them
    /// (for example `unsupported-schema` or `dropped-keyword`).
    pub kind: &'static str,
    pub message: String,
}

impl Warning {
    pub fn new(location: Location, kind: &'static str, message: impl Into<String>) -> Self {
        Warning {
            location,
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: [{}] {}", self.location, self.kind, self.message)
    }
}

/// What a JSON value is, for messages: `a string`, `an array`, ….
pub fn value_kind(value: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Escapes one reference token of a JSON pointer (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Appends a token to a JSON pointer.
pub fn push_token(pointer: &str, token: &str) -> String {
    // Called for every node the walks of a document visit: one allocation, not three.
    let mut out = String::with_capacity(pointer.len() + 1 + token.len());
    out.push_str(pointer);
    out.push('/');
    if token.contains(['~', '/']) {
        out.push_str(&escape_token(token));
    } else {
        out.push_str(token);
    }
    out
}

/// Undoes [`escape_token`].
pub fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The unescaped tokens of a JSON pointer (`""` has none, `"/"` one empty token).
pub fn pointer_tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.split('/').skip(1).map(unescape_token).collect()
}

/// Decodes `%XX` escapes of a URI part (a `$ref`'s fragment or path); `None` when they are
/// malformed or not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_owned());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_tokens_are_escaped() {
        assert_eq!(push_token("/paths", "/a/{b}~c"), "/paths/~1a~1{b}~0c");
        assert_eq!(
            pointer_tokens("/paths/~1a~1{b}~0c/get"),
            ["paths", "/a/{b}~c", "get"]
        );
        assert!(pointer_tokens("").is_empty());
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("a%20b%7Bc%7D").as_deref(), Some("a b{c}"));
        assert_eq!(percent_decode("plain").as_deref(), Some("plain"));
        assert_eq!(percent_decode("bad%2"), None);
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn error_names_file_line_and_pointer() {
        let mut error = Error::new("specs/x.yaml", "/paths", "boom");
        assert_eq!(error.to_string(), "specs/x.yaml at #/paths: boom");
        error.location.line_column = Some((3, 7));
        assert_eq!(error.to_string(), "specs/x.yaml:3:7 at #/paths: boom");
    }
}
