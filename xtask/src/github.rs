//! `--format github`: GitHub Actions workflow commands. A new warning, a stale baseline entry,
//! a document error or a stale generated file becomes an annotation on the file it is about,
//! shown on the pull request; long output is folded into a group.
//!
//! Format: <https://docs.github.com/actions/reference/workflow-commands-for-github-actions>.

/// How an annotation is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Notice,
    Warning,
    Error,
}

/// One annotation: `::error file=…,line=…,title=…::message`.
#[derive(Debug, Clone, Default)]
pub struct Annotation<'a> {
    pub file: Option<&'a str>,
    pub line_column: Option<(usize, usize)>,
    pub title: &'a str,
    pub message: &'a str,
}

/// The workflow command for `annotation`, one line whatever its message holds.
pub fn command(level: Level, annotation: &Annotation) -> String {
    let name = match level {
        Level::Notice => "notice",
        Level::Warning => "warning",
        Level::Error => "error",
    };
    let mut properties = Vec::new();
    if let Some(file) = annotation.file {
        properties.push(format!("file={}", escape_property(file)));
    }
    if let Some((line, column)) = annotation.line_column {
        properties.push(format!("line={line}"));
        if column > 0 {
            properties.push(format!("col={column}"));
        }
    }
    if !annotation.title.is_empty() {
        properties.push(format!("title={}", escape_property(annotation.title)));
    }
    let properties = if properties.is_empty() {
        String::new()
    } else {
        format!(" {}", properties.join(","))
    };
    format!("::{name}{properties}::{}", escape_data(annotation.message))
}

/// Opens a folded group of log lines; [`END_GROUP`] closes it.
pub fn group(title: &str) -> String {
    format!("::group::{}", escape_data(title))
}

pub const END_GROUP: &str = "::endgroup::";

/// A message: `%`, CR and LF would end or corrupt the command.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: also `:` and `,`, which separate properties.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_are_single_lines_with_escaped_values() {
        let annotation = Annotation {
            file: Some("specs/a,b/openapi.yaml"),
            line_column: Some((3, 7)),
            title: "New codegen warning: x",
            message: "100% broken\nsecond line",
        };
        assert_eq!(
            command(Level::Warning, &annotation),
            "::warning file=specs/a%2Cb/openapi.yaml,line=3,col=7,title=New codegen warning%3A \
             x::100%25 broken%0Asecond line"
        );
        let bare = Annotation {
            message: "stale",
            ..Annotation::default()
        };
        assert_eq!(command(Level::Error, &bare), "::error::stale");
    }
}
