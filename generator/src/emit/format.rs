//! All text layout of generated files: `prettyplease`, the blank lines between items, and the
//! `@generated` header (as a Rust or a TOML comment).

use proc_macro2::TokenStream;

/// Formats tokens as a source file, after a `// @generated` header line.
pub(super) fn render(header: &str, tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(format!(
        "{header}\n\n{}",
        space_items(&prettyplease::unparse(&file))
    ))
}

/// Puts a blank line between consecutive items, at the top level and in `impl` blocks, as
/// hand-written code has; `prettyplease` writes them back to back.
fn space_items(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    let mut previous = "";
    for line in source.lines() {
        let indent = line.len() - line.trim_start().len();
        let ends_item = |p: &str| {
            let p_indent = p.len() - p.trim_start().len();
            let code = !p.trim_start().starts_with("//");
            p_indent == indent && code && (p.ends_with('}') || p.ends_with(';'))
        };
        let starts_item = (indent == 0 || indent == 4) && !line.trim_start().starts_with('}');
        if starts_item && ends_item(previous) && !line.trim().is_empty() {
            out.push('\n');
        }
        if indent == 0 && previous.starts_with("#![") && !line.starts_with("#![") {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = line;
    }
    out
}

/// `// @generated …` line naming the source and the command that regenerates the file.
pub fn header(source: &str, command: &str) -> String {
    generated_line("//", source, command)
}

/// [`header`] as a TOML comment, for `Cargo.toml`.
pub(super) fn toml_header(source: &str, command: &str) -> String {
    generated_line("#", source, command)
}

fn generated_line(comment: &str, source: &str, command: &str) -> String {
    format!("{comment} @generated from {source} by `{command}`. Do not edit by hand.")
}
