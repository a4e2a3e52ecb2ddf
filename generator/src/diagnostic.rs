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

/// Escapes one reference token of a JSON pointer (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Appends a token to a JSON pointer.
pub fn push_token(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", escape_token(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_tokens_are_escaped() {
        assert_eq!(push_token("/paths", "/a/{b}~c"), "/paths/~1a~1{b}~0c");
    }

    #[test]
    fn error_names_file_line_and_pointer() {
        let mut error = Error::new("specs/x.yaml", "/paths", "boom");
        assert_eq!(error.to_string(), "specs/x.yaml at #/paths: boom");
        error.location.line_column = Some((3, 7));
        assert_eq!(error.to_string(), "specs/x.yaml:3:7 at #/paths: boom");
    }
}
