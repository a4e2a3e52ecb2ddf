//! All text layout of generated files: `prettyplease`, the blank lines between items, and the
//! `@generated` header (as a Rust or a TOML comment).
//!
//! Items are printed one group at a time (a group is what one call of the emitter returns, such
//! as a type with its impls). `prettyplease` prints a file as its inner attributes followed by
//! each item on its own lines, so the groups' texts laid end to end are the text of the whole
//! file, without ever holding the syntax tree of a whole module.

use proc_macro2::TokenStream;

/// `prettyplease`'s text for tokens holding whole items, or inner attributes only. (The tables
/// of the runtime's macros are written as text by their emitters: `prettyplease` would fill
/// their bodies like prose.)
pub(super) fn unparse(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}

/// Generated code in pieces: items as tokens for `prettyplease`, and text written directly where
/// its layout is known without parsing (see [`Chunk`]).
#[derive(Default)]
pub(super) struct Code(Vec<Chunk>);

/// A piece of [`Code`]. Whatever the piece, its text is what `prettyplease` prints for it, so
/// that the pieces laid end to end are the text of the whole group.
pub(super) enum Chunk {
    /// Whole items.
    Items(TokenStream),
    /// Text as `prettyplease` prints it, each line ending in a line break.
    Text(String),
    /// Items of an `impl` block, printed one level in.
    ImplItems(TokenStream),
    /// Statements of a function in an `impl` block, printed two levels in.
    Statements(TokenStream),
}

impl Code {
    pub(super) fn push(&mut self, chunk: Chunk) {
        self.0.push(chunk);
    }

    /// Adds the chunks of `other`, in order.
    pub(super) fn append(&mut self, other: Code) {
        for chunk in other.0 {
            match chunk {
                Chunk::Text(text) => self.push_text(&text),
                chunk => self.push(chunk),
            }
        }
    }

    /// Adds `text`, which is [`Chunk::Text`], to the last chunk when that is text too.
    pub(super) fn push_text(&mut self, text: &str) {
        match self.0.last_mut() {
            Some(Chunk::Text(last)) => last.push_str(text),
            _ => self.0.push(Chunk::Text(text.to_owned())),
        }
    }

    /// The text of every chunk, in order.
    pub(super) fn print(self) -> Result<String, syn::Error> {
        let mut out = String::new();
        for chunk in self.0 {
            match chunk {
                Chunk::Items(tokens) => {
                    if !tokens.is_empty() {
                        out.push_str(&unparse(tokens)?);
                    }
                }
                Chunk::Text(text) => out.push_str(&text),
                Chunk::ImplItems(tokens) => {
                    out.push_str(&unparse_nested(quote::quote!(impl X { #tokens }), 1)?);
                }
                Chunk::Statements(tokens) => {
                    let function = quote::quote!(impl X { fn f() { #tokens } });
                    out.push_str(&unparse_nested(function, 2)?);
                }
            }
        }
        Ok(out)
    }
}

impl From<TokenStream> for Code {
    fn from(tokens: TokenStream) -> Code {
        Code(vec![Chunk::Items(tokens)])
    }
}

/// The text of `tokens` without its first and last `depth` lines: what one item holding others
/// (an `impl` block, a function) prints for its contents, at their indentation.
pub(super) fn unparse_nested(tokens: TokenStream, depth: usize) -> Result<String, syn::Error> {
    let text = unparse(tokens)?;
    let lines: Vec<&str> = text.lines().collect();
    let inner = lines
        .get(depth..lines.len().saturating_sub(depth))
        .unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    for line in inner {
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

/// Appends `line` at `indent` spaces and ends it, when `prettyplease` prints it on one line
/// there ([`fits`]); `None`, appending nothing, when it does not.
pub(super) fn push_line(out: &mut String, indent: usize, line: &str) -> Option<()> {
    fits(indent, line).then_some(())?;
    out.extend(std::iter::repeat_n(' ', indent));
    out.push_str(line);
    out.push('\n');
    Some(())
}

/// A field as `prettyplease` prints it inside its struct: a field's lines do not depend on
/// the fields around it, so a struct can be printed field by field.
pub(super) fn field_printed(field: TokenStream) -> Option<String> {
    unparse_nested(quote::quote!(struct S { #field }), 1).ok()
}

/// An enum variant as `prettyplease` prints it inside its enum, as [`field_printed`].
pub(super) fn variant_printed(variant: TokenStream) -> Option<String> {
    unparse_nested(quote::quote!(enum E { #variant }), 1).ok()
}

/// The widest line `prettyplease` writes without breaking it, indentation included.
const MARGIN: usize = 89;

/// Whether `prettyplease` prints code whose one-line text is `text`, at `indent` spaces, on one
/// line: when it fits within the margin, no break is taken. `text` must hold no code that always
/// breaks (a block with statements, a comment).
pub(super) fn fits(indent: usize, text: &str) -> bool {
    indent + text.len() <= MARGIN
}

/// Appends `#[doc]` attributes of these values as `prettyplease` prints them, `///` lines at
/// `indent`; `None` when it prints one of them otherwise (a value holding a line break, or one
/// starting with `/`).
pub(super) fn push_doc_comment(out: &mut String, indent: &str, lines: &[String]) -> Option<()> {
    for line in lines {
        if line.contains('\n') || line.starts_with('/') {
            return None;
        }
        out.push_str(indent);
        out.push_str("///");
        out.push_str(line.trim_end_matches(' '));
        out.push('\n');
    }
    Some(())
}

/// A type as `prettyplease` prints it, for a path with generic arguments
/// (`Option<Vec<String>>`, `std::collections::BTreeMap<String, T>`); `None` for any other type.
pub(super) fn path_type_text(ty: &TokenStream) -> Option<String> {
    let text = tokens_text(ty.clone());
    let bytes = text.as_bytes();
    let plain = bytes.iter().enumerate().all(|(i, &b)| match b {
        b' ' => i > 0 && bytes[i - 1] == b',',
        b':' | b'<' | b'>' | b',' | b'_' => true,
        _ => b.is_ascii_alphanumeric(),
    });
    (plain && !text.is_empty()).then_some(text)
}

/// A string literal as `prettyplease` prints it.
pub(super) fn string_literal(value: &str) -> String {
    proc_macro2::Literal::string(value).to_string()
}

/// The widest line a builder's `new` arguments are kept on together.
pub(super) const MAX_LINE: usize = 100;

/// Tokens as written by hand: `Ok { headers: LinkHeaders, body: Vec<Issue> = json }: Ok(body)`,
/// `200..=299`, `#[derive(Clone, PartialEq)]`; the token stream prints every token spaced.
pub(super) fn tokens_text(tokens: proc_macro2::TokenStream) -> String {
    let mut text = tokens.to_string();
    for (spaced, written) in [
        (" :: ", "::"),
        (" < ", "<"),
        (" >", ">"),
        (" ,", ","),
        (" : ", ": "),
        (" ..= ", "..="),
        (" (", "("),
        ("# [", "#["),
        (" [", "["),
    ] {
        text = text.replace(spaced, written);
    }
    text
}

/// A `runtime::responses!` table, a row a line as written by hand: the header (what
/// `into_result` returns), the enum's attributes, then each row after its doc lines.
pub(super) fn responses_table(
    header: &str,
    attributes: &[&str],
    name: &str,
    rows: Vec<(Vec<String>, String)>,
) -> String {
    let mut out = format!("runtime::responses! {{\n    {header}\n");
    for attribute in attributes {
        out.push_str(&format!("    {attribute}\n"));
    }
    out.push_str(&format!("    pub enum {name} {{\n"));
    for (docs, row) in rows {
        for line in docs {
            out.push_str(&format!("        ///{line}\n"));
        }
        out.push_str(&format!("        {row},\n"));
    }
    out.push_str("    }\n}\n");
    out
}

/// A `runtime::paginated!` row on one line, or, past [`MAX_LINE`], its attribute, page and next
/// page on a line each. `page`: `Operation: Variant(body…) => Item`; `next`: how the next page
/// is asked for; `allow_deprecated` when either names something deprecated.
pub(super) fn paginated_row(
    allow_deprecated: bool,
    page: TokenStream,
    next: TokenStream,
) -> String {
    let text = |tokens| tokens_text(tokens).replace(" . ", ".");
    let (page, next) = (text(page), text(next));
    let attribute = allow_deprecated.then_some("#[allow(deprecated)]");
    let mut words: Vec<&str> = attribute.into_iter().collect();
    let row = format!("{page}, next: {next}");
    words.push(&row);
    let one_line = format!("runtime::paginated!({});", words.join(" "));
    if one_line.len() <= MAX_LINE {
        return one_line + "\n";
    }
    let mut out = String::from("runtime::paginated!(\n");
    if let Some(attribute) = attribute {
        out.push_str(&format!("    {attribute}\n"));
    }
    out.push_str(&format!("    {page},\n    next: {next}\n);\n"));
    out
}

/// A table of a struct's fields (`runtime::decode!`, `runtime::redacted_debug!`) on one line,
/// or, past [`MAX_LINE`], its fields filling lines of their own: they are names, read as a list
/// rather than a row each. `attributes` go before the name.
pub(super) fn field_list(path: &str, attributes: &[&str], name: &str, fields: &[String]) -> String {
    let mut words: Vec<String> = attributes.iter().map(|a| (*a).to_owned()).collect();
    words.push(if fields.is_empty() {
        format!("{name} {{}}")
    } else {
        format!("{name} {{ {} }}", fields.join(", "))
    });
    let one_line = format!("{path}! {{ {} }}", words.join(" "));
    if one_line.len() <= MAX_LINE {
        return one_line + "\n";
    }
    let mut out = format!("{path}! {{\n");
    for attribute in attributes {
        out.push_str(&format!("    {attribute}\n"));
    }
    out.push_str(&format!("    {name} {{\n"));
    let indent = "        ";
    let mut line = String::new();
    for field in fields {
        if !line.is_empty() && indent.len() + line.len() + 1 + field.len() + 1 > MAX_LINE {
            out.push_str(&format!("{indent}{line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(field);
        line.push(',');
    }
    if !line.is_empty() {
        out.push_str(&format!("{indent}{line}\n"));
    }
    out.push_str("    }\n}\n");
    out
}

/// Formats tokens as a source file, after a `// @generated` header line. For small files: the
/// whole file is parsed at once.
pub(super) fn render(header: &str, tokens: TokenStream) -> Result<String, syn::Error> {
    let text = unparse(tokens)?;
    let mut out = start_file(header, text.len() + text.len() / 16);
    push_spaced(&mut out, &text);
    Ok(out)
}

/// A file's buffer holding its header and the blank line after it, with room for `body` bytes.
pub(super) fn start_file(header: &str, body: usize) -> String {
    let mut out = String::with_capacity(header.len() + 2 + body);
    out.push_str(header);
    out.push_str("\n\n");
    out
}

/// Appends `prettyplease` output to `out` with a blank line between consecutive items, at the
/// top level and in `impl` blocks, as hand-written code has; `prettyplease` writes them back to
/// back. The line before the first one is the last line of `out`.
pub(super) fn push_spaced(out: &mut String, text: &str) {
    out.reserve(text.len() + text.len() / 16);
    let mut previous = Line::of(last_line(out));
    for line in text.lines() {
        let current = Line::of(line);
        push_blank_lines(out, previous, current);
        out.push_str(line);
        out.push('\n');
        previous = current;
    }
}

/// Appends text that [`push_spaced`] wrote into an empty buffer, adding the blank lines that its
/// first line needs after the last line of `out`: the result is as if the text had been spaced
/// onto `out` directly, which lets pieces of a file be spaced apart from each other.
pub(super) fn push_joined(out: &mut String, spaced: &str) {
    if let Some(first) = spaced.lines().next() {
        push_blank_lines(out, Line::of(last_line(out)), Line::of(first));
    }
    out.push_str(spaced);
}

/// The last line of `out`; empty when `out` is, or ends with a blank line.
fn last_line(out: &str) -> &str {
    out.lines().next_back().unwrap_or("")
}

/// What the spacing rule needs to know of a line, read once per line.
#[derive(Clone, Copy)]
struct Line {
    indent: usize,
    /// Code (not a comment) ending in `}` or `;`: the last line of an item.
    ends_item: bool,
    /// Starts with `}`, after its indentation.
    closes: bool,
    blank: bool,
    inner_attribute: bool,
}

impl Line {
    fn of(line: &str) -> Line {
        let spaces = line.bytes().take_while(|&b| b == b' ').count();
        // Indentation is spaces; should other whitespace follow, `trim_start` measures it all.
        let code = match line.as_bytes().get(spaces) {
            Some(&b) if !b.is_ascii() || char::from(b).is_whitespace() => line.trim_start(),
            _ => &line[spaces..],
        };
        Line {
            indent: line.len() - code.len(),
            ends_item: !code.starts_with("//") && (line.ends_with('}') || line.ends_with(';')),
            closes: code.starts_with('}'),
            blank: code.is_empty(),
            inner_attribute: line.starts_with("#!["),
        }
    }
}

/// How many blank lines go between `previous` and `line`: one after an item that ends at the
/// indentation `line` starts at (top level or one level in), and one after the `#![…]` lines
/// that open a file.
fn blank_lines(previous: Line, line: Line) -> usize {
    let starts_item = (line.indent == 0 || line.indent == 4) && !line.closes && !line.blank;
    let after_item = starts_item && previous.ends_item && previous.indent == line.indent;
    let after_inner_attributes =
        line.indent == 0 && previous.inner_attribute && !line.inner_attribute;
    usize::from(after_item) + usize::from(after_inner_attributes)
}

fn push_blank_lines(out: &mut String, previous: Line, line: Line) {
    for _ in 0..blank_lines(previous, line) {
        out.push('\n');
    }
}

/// What every file of a module but its root begins with: the module's other items by name.
/// A file may use none of them (a file of enums only), hence the `allow`.
pub(super) const USE_PARENT: &str = "#[allow(unused_imports)]\nuse super::*;\n";

/// The root file's declarations of the module's other files, then the re-exports that keep
/// every item at `module::Item`: one line each, without the blank lines between items.
pub(super) fn declarations(files: &[(&str, Option<&str>)]) -> String {
    let mut out = String::new();
    let cfg = |feature: Option<&str>| {
        feature.map_or(String::new(), |f| format!("#[cfg(feature = \"{f}\")]\n"))
    };
    for (stem, feature) in files {
        out.push_str(&format!("{}mod {stem};\n", cfg(*feature)));
    }
    if !files.is_empty() {
        out.push('\n');
    }
    for (stem, feature) in files {
        out.push_str(&format!("{}pub use {stem}::*;\n", cfg(*feature)));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The spacing as one pass over a whole file's text, as it was first written: the reference
    /// that spacing piece by piece must match.
    fn space_items(source: &str) -> String {
        let mut out = String::new();
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

    const UNSPACED: &str = "\
//! Module docs.
#![allow(clippy::x)]
/// A constant.
pub const A: u8 = 0;
pub const B: &[&str] = &[];
pub mod security {
    /// `Key`.
    pub const KEY: u8 = 1;
    pub const OTHER: u8 = 2;
}
#[derive(Debug)]
pub struct S {
    pub a: u8,
    // not an item end;
    pub b: u8,
}
impl S {
    type T = u8;
    const C: u8 = 3;
    fn f(&self) -> u8 {
        let x = 1;
        x
    }
    fn g() {}
}
pub enum E {
    A,
}

fn h() {
    let y = 2;
    y;
}
\t
  \u{a0}  x;
    \u{a0}
\u{a0}y;
pub const Z: u8 = 0;
   \t}
}
";

    #[test]
    fn spacing_in_one_piece_matches_the_reference() {
        let mut out = String::new();
        push_spaced(&mut out, UNSPACED);
        assert_eq!(out, space_items(UNSPACED));
        assert!(
            out.contains("#![allow(clippy::x)]\n\n/// A constant."),
            "{out}"
        );
        assert!(
            out.contains("    pub const KEY: u8 = 1;\n\n    pub const OTHER"),
            "{out}"
        );
        assert!(out.contains("    }\n\n    fn g() {}"), "{out}");
        assert!(out.contains("        let x = 1;\n        x\n"), "{out}");
    }

    /// Every way of cutting the text at line boundaries into three pieces, each spaced on its own
    /// and then joined, gives the reference's bytes.
    #[test]
    fn spacing_pieces_apart_and_joining_them_matches_the_reference() {
        let expected = space_items(UNSPACED);
        let lines: Vec<&str> = UNSPACED.split_inclusive('\n').collect();
        for i in 0..=lines.len() {
            for j in i..=lines.len() {
                let pieces = [
                    lines[..i].concat(),
                    lines[i..j].concat(),
                    lines[j..].concat(),
                ];
                let mut out = String::new();
                for piece in &pieces {
                    let mut spaced = String::new();
                    push_spaced(&mut spaced, piece);
                    push_joined(&mut out, &spaced);
                }
                assert_eq!(out, expected, "cut at lines {i} and {j}");
            }
        }
    }

    #[test]
    fn a_responses_table_is_laid_out_a_row_a_line_as_written_by_hand() {
        let text = responses_table(
            "ListPets: Result<Vec<Pet>, enum ListPetsError>,",
            &["#[derive(Clone, PartialEq)]"],
            "ListPetsResponse",
            vec![
                (
                    vec![" 200: The pets".to_owned()],
                    "200 => Ok { headers: LinkHeaders, body: Vec<Pet> = json }: Ok(body)"
                        .to_owned(),
                ),
                (Vec::new(), "404 => NotFound: Err".to_owned()),
                (
                    Vec::new(),
                    "500..=599 => ServerError(std::collections::BTreeMap<String, Pet> = json): Err"
                        .to_owned(),
                ),
                (
                    Vec::new(),
                    "_ => Default { status }: Ok(()) if success else Err".to_owned(),
                ),
            ],
        );
        let expected = "\
runtime::responses! {
    ListPets: Result<Vec<Pet>, enum ListPetsError>,
    #[derive(Clone, PartialEq)]
    pub enum ListPetsResponse {
        /// 200: The pets
        200 => Ok { headers: LinkHeaders, body: Vec<Pet> = json }: Ok(body),
        404 => NotFound: Err,
        500..=599 => ServerError(std::collections::BTreeMap<String, Pet> = json): Err,
        _ => Default { status }: Ok(()) if success else Err,
    }
}
";
        assert_eq!(text, expected);
    }

    #[test]
    fn a_pagination_row_is_one_line_or_a_line_per_part_past_the_widest() {
        let short = paginated_row(
            false,
            quote::quote!(IssuesListForRepo: Ok { body } => Issue),
            quote::quote!(link),
        );
        let long = paginated_row(
            true,
            quote::quote!(GetPaymentIntents: Ok(body.data) => PaymentIntent),
            quote::quote!(starting_after = Some(last.id) if has_more),
        );
        let expected = "\
runtime::paginated!(IssuesListForRepo: Ok { body } => Issue, next: link);
runtime::paginated!(
    #[allow(deprecated)]
    GetPaymentIntents: Ok(body.data) => PaymentIntent,
    next: starting_after = Some(last.id) if has_more
);
";
        assert_eq!(short + &long, expected);
    }

    #[test]
    fn a_field_list_is_one_line_or_its_fields_fill_lines_past_the_widest() {
        let fields =
            |names: &str| -> Vec<String> { names.split(", ").map(str::to_owned).collect() };
        let short = field_list(
            "runtime::redacted_debug",
            &[],
            "CodeOfConduct",
            &fields("name, url, r#type, key: redacted"),
        );
        let long = field_list(
            "runtime::redacted_debug",
            &["#[allow(deprecated)]"],
            "MinimalRepository",
            &fields(
                "id, node_id, name, full_name, owner, private, html_url, description, fork, url, \
                 archive_url, assignees_url, blobs_url, temp_clone_token: redacted",
            ),
        );
        let empty = field_list("runtime::decode", &[], "EmptyObject", &[]);
        let expected = "\
runtime::redacted_debug! { CodeOfConduct { name, url, r#type, key: redacted } }
runtime::redacted_debug! {
    #[allow(deprecated)]
    MinimalRepository {
        id, node_id, name, full_name, owner, private, html_url, description, fork, url, archive_url,
        assignees_url, blobs_url, temp_clone_token: redacted,
    }
}
runtime::decode! { EmptyObject {} }
";
        assert_eq!(short + &long + &empty, expected);
    }

    #[test]
    fn after_the_header_the_first_line_is_not_spaced_again() {
        let mut out = start_file("// header", 0);
        push_spaced(&mut out, "pub const A: u8 = 0;\n");
        assert_eq!(out, "// header\n\npub const A: u8 = 0;\n");
    }
}
