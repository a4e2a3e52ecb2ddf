//! Request bodies: the Rust type of the `body` field, the struct of a multipart body's parts, and
//! the expression that writes the body with its media type.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::construct::{Member, Role, builder, parameter_type};
use super::docs::{docs, docs_or};
use super::format::{fits, string_literal, tokens_text};
use super::ident;
use super::types::{allow_deprecated, deprecated, holds_bytes, rust_type, serialized};
use crate::ir::{
    Api, BodyContent, Encoding, MediaType, MultipartBody, Operation, Part, PartEncoding, PartKind,
    RequestBody, Style,
};

/// The type of the `body` field, before `Option` for an optional body.
pub(super) fn body_type(api: &Api, body: &RequestBody) -> TokenStream {
    match &body.content {
        BodyContent::Json(ty) | BodyContent::Form { ty, .. } => rust_type(api, ty),
        BodyContent::Multipart(Some(parts)) => {
            let name = ident(&parts.name);
            quote!(#name)
        }
        BodyContent::Multipart(None) => quote!(runtime::Multipart),
        BodyContent::Text => quote!(String),
        BodyContent::Bytes => quote!(Vec<u8>),
        BodyContent::File => quote!(runtime::File),
    }
}

/// What the docs of the `body` field add about how it is sent.
pub(super) fn body_note(body: &RequestBody) -> String {
    let media_type = body.media_type.as_str();
    match &body.content {
        BodyContent::Json(_) => format!("Sent as `{media_type}`."),
        BodyContent::Form { .. } => format!("Sent as `{media_type}` fields."),
        BodyContent::Multipart(_) => format!("Sent as `{media_type}` parts."),
        BodyContent::Text => format!("Sent as `{media_type}` text, as it is."),
        BodyContent::Bytes => format!("Sent as `{media_type}` bytes, as they are."),
        BodyContent::File => format!(
            "Sent as the file's own media type (`{media_type}` is documented), else \
             `application/octet-stream`."
        ),
    }
}

/// The struct of a multipart body's parts, when the operation has one, with its `to_body`, then
/// its `runtime::builder!` table.
pub(super) fn parts_struct(api: &Api, operation: &Operation) -> Option<(TokenStream, String)> {
    let body = operation.body.as_ref()?;
    let BodyContent::Multipart(Some(parts)) = &body.content else {
        return None;
    };
    Some(multipart_struct(api, operation, parts))
}

fn multipart_struct(
    api: &Api,
    operation: &Operation,
    parts: &MultipartBody,
) -> (TokenStream, String) {
    let name = ident(&parts.name);
    let fallback = format!(
        "The parts of the `multipart/form-data` request body of [`{}`].",
        operation.name
    );
    let struct_docs = docs_or(parts.docs.as_deref(), &fallback);
    let fields = parts.parts.iter().map(|part| part_field(api, part));
    let derive_default = parts
        .parts
        .iter()
        .all(|part| !part.required)
        .then(|| quote!(Default,));
    let statements = parts.parts.iter().map(|part| part_statement(api, part));
    let allow = allow_deprecated(parts.parts.iter().any(|part| part.deprecated));
    let members: Vec<Member> = parts
        .parts
        .iter()
        .map(|part| {
            let rust = tokens_text(part_type(api, part));
            let ty = match &part.kind {
                PartKind::Value(ty) => parameter_type(api, ty, rust),
                PartKind::File | PartKind::Files => format!("impl Into<{rust}>"),
            };
            Member {
                field: part.field.clone(),
                role: if part.required {
                    Role::Required(ty)
                } else {
                    Role::Optional(ty)
                },
                deprecated: part.deprecated,
            }
        })
        .collect();
    let builder = builder(&parts.name, &members, false);
    let items = quote! {
        #(#struct_docs)*
        #[derive(Debug, Clone, PartialEq, #derive_default)]
        pub struct #name {
            #(#fields)*
        }

        #allow
        impl #name {
            /// The parts as a `multipart/form-data` body.
            pub fn to_body(&self) -> Result<runtime::Body, runtime::RequestError> {
                let mut form = runtime::Multipart::new();
                #(#statements)*
                Ok(form.finish())
            }
        }
    };
    (items, builder)
}

/// The type of a part's value, before `Option` for an optional part.
fn part_type(api: &Api, part: &Part) -> TokenStream {
    match &part.kind {
        PartKind::File => quote!(runtime::File),
        PartKind::Files => quote!(Vec<runtime::File>),
        PartKind::Value(ty) => rust_type(api, ty),
    }
}

fn part_field(api: &Api, part: &Part) -> TokenStream {
    let name = ident(&part.field);
    let mut field_docs = docs(part.docs.as_deref());
    if !field_docs.is_empty() {
        field_docs.push(quote!(#[doc = ""]));
    }
    let origin = match &part.kind {
        PartKind::File => format!(" The `{}` file part.", part.wire_name),
        PartKind::Files => format!(" The `{}` file parts, one per file.", part.wire_name),
        PartKind::Value(_) => format!(" The `{}` part.", part.wire_name),
    };
    field_docs.push(quote!(#[doc = #origin]));
    let ty = part_type(api, part);
    let ty = if part.required {
        ty
    } else {
        quote!(Option<#ty>)
    };
    let deprecated = deprecated(part.deprecated);
    quote! {
        #(#field_docs)*
        #deprecated
        pub #name: #ty,
    }
}

/// `let body = …;`: the operation's body as an `Option<runtime::Body>`, when it has one.
pub(super) fn body_statement(api: &Api, operation: &Operation) -> Option<TokenStream> {
    let body = operation.body.as_ref()?;
    Some(if body.required {
        let (value, fallible) = body_value(api, body, quote!(&self.body));
        let value = question_mark(value, fallible);
        quote!(let body = Some(#value);)
    } else {
        match body_value(api, body, quote!(body)) {
            (value, false) => quote!(let body = self.body.as_ref().map(|body| #value);),
            (value, true) => quote! {
                let body = match &self.body {
                    Some(body) => Some(#value?),
                    None => None,
                };
            },
        }
    })
}

/// [`body_statement`] as printed, at two levels in; `None` for a kind of body not written here
/// (a closure, a multipart body) or a line that would not fit.
pub(super) fn body_statement_text(api: &Api, operation: &Operation) -> Option<String> {
    let body = operation.body.as_ref()?;
    let mut out = String::new();
    if body.required {
        let value = body_call(body, serialized_text(api, body, "&self.body"))?;
        let some = Call::new("Some", vec![value]);
        some.write(&mut out, 8, "let body = ", ";")?;
    } else {
        let value = body_call(body, serialized_text(api, body, "body"))?;
        let some = Call::new("Some", vec![value]);
        out.push_str("        let body = match &self.body {\n");
        let mut arm = String::new();
        let one_line = some.write(&mut arm, 12, "Some(body) => ", ",").is_some()
            && arm.matches('\n').count() == 1;
        if one_line {
            out.push_str(&arm);
        } else {
            // An arm past one line is a block.
            out.push_str("            Some(body) => {\n");
            some.write(&mut out, 16, "", "")?;
            out.push_str("            }\n");
        }
        out.push_str("            None => None,\n");
        out.push_str("        };\n");
    }
    Some(out)
}

/// `value` as serde writes it for the body's type: [`serialized`] as printed.
fn serialized_text(api: &Api, body: &RequestBody, value: &str) -> String {
    match &body.content {
        BodyContent::Json(ty) | BodyContent::Form { ty, .. } if holds_bytes(api, ty) => {
            format!("&runtime::base64::Encoded({value})")
        }
        _ => value.to_owned(),
    }
}

/// [`body_value`] of a JSON or form body, as a call to lay out, with its `?`.
fn body_call(body: &RequestBody, value: String) -> Option<Call> {
    let content_type = Call::new(
        "http::HeaderValue::from_static",
        vec![Call::atom(string_literal(body.media_type.as_str()))],
    );
    let call = match &body.content {
        BodyContent::Json(_) => {
            Call::new("runtime::Body::json", vec![Call::atom(value), content_type])
        }
        BodyContent::Form { encodings, .. } => {
            let encodings = encodings
                .iter()
                .map(|(field, encoding)| {
                    let field = string_literal(field);
                    Call::atom(format!("({field}, {})", encoding_text(*encoding)))
                })
                .collect();
            Call::new(
                "runtime::Body::form",
                vec![Call::atom(value), content_type, Call::array(encodings)],
            )
        }
        _ => return None,
    };
    Some(call.then_try())
}

/// A call, an array or a plain expression, laid out as `prettyplease` lays it out: on one line
/// when it fits, else its arguments (or elements) a line each, one level in.
struct Call {
    /// The text before the arguments: `Some(`, `&[`; the whole text of a plain expression.
    open: String,
    /// `)` or `]`; empty for a plain expression.
    close: &'static str,
    arguments: Vec<Call>,
    /// `?` after the call.
    tried: bool,
}

impl Call {
    fn new(callee: &str, arguments: Vec<Call>) -> Call {
        Call {
            open: format!("{callee}("),
            close: ")",
            arguments,
            tried: false,
        }
    }

    fn array(elements: Vec<Call>) -> Call {
        Call {
            open: "&[".to_owned(),
            close: "]",
            arguments: elements,
            tried: false,
        }
    }

    fn atom(text: String) -> Call {
        Call {
            open: text,
            close: "",
            arguments: Vec::new(),
            tried: false,
        }
    }

    fn then_try(mut self) -> Call {
        self.tried = true;
        self
    }

    fn suffix(&self) -> &'static str {
        if self.tried { "?" } else { "" }
    }

    /// The one-line text.
    fn flat(&self) -> String {
        if self.close.is_empty() {
            return format!("{}{}", self.open, self.suffix());
        }
        let arguments: Vec<String> = self.arguments.iter().map(Call::flat).collect();
        format!(
            "{}{}{}{}",
            self.open,
            arguments.join(", "),
            self.close,
            self.suffix()
        )
    }

    /// Writes `before`, the call and `after` from column `indent`, ending the last line; `None`
    /// when a line does not fit.
    fn write(&self, out: &mut String, indent: usize, before: &str, after: &str) -> Option<()> {
        let pad = " ".repeat(indent);
        let line = format!("{before}{}{after}", self.flat());
        if fits(indent, &line) {
            out.push_str(&format!("{pad}{line}\n"));
            return Some(());
        }
        if self.close.is_empty() {
            return None;
        }
        let first = format!("{before}{}", self.open);
        fits(indent, &first).then_some(())?;
        out.push_str(&format!("{pad}{first}\n"));
        for argument in &self.arguments {
            argument.write(out, indent + 4, "", ",")?;
        }
        out.push_str(&format!("{pad}{}{}{after}\n", self.close, self.suffix()));
        Some(())
    }
}

fn question_mark(value: TokenStream, fallible: bool) -> TokenStream {
    if fallible { quote!(#value?) } else { value }
}

/// The `runtime::Body` of `value`, a reference to the body field's value, and whether building
/// it can fail.
fn body_value(api: &Api, body: &RequestBody, value: TokenStream) -> (TokenStream, bool) {
    let media_type = body.media_type.as_str();
    let content_type = quote!(http::HeaderValue::from_static(#media_type));
    let value = match &body.content {
        BodyContent::Json(ty) | BodyContent::Form { ty, .. } => serialized(api, ty, value),
        _ => value,
    };
    match &body.content {
        BodyContent::Json(_) => (quote!(runtime::Body::json(#value, #content_type)), true),
        BodyContent::Form { encodings, .. } => {
            let encodings = encodings.iter().map(|(field, encoding)| {
                let encoding = encoding_tokens(*encoding);
                quote!((#field, #encoding))
            });
            let form = quote!(runtime::Body::form(#value, #content_type, &[#(#encodings),*]));
            (form, true)
        }
        BodyContent::Text => (quote!(runtime::Body::text(#value, #content_type)), false),
        BodyContent::Bytes => (quote!(runtime::Body::bytes(#value, #content_type)), false),
        BodyContent::File => (quote!(runtime::Body::file(#value)), true),
        BodyContent::Multipart(None) => (quote!(runtime::Multipart::finish(#value)), false),
        BodyContent::Multipart(Some(parts)) => {
            let name = ident(&parts.name);
            (quote!(#name::to_body(#value)), true)
        }
    }
}

/// The statement adding one part (or one per file, or none for an absent optional part).
fn part_statement(api: &Api, part: &Part) -> TokenStream {
    let wire = &part.wire_name;
    let field = ident(&part.field);
    let value = if part.required {
        quote!(&self.#field)
    } else {
        quote!(value)
    };
    let file_type = match &part.encoding {
        PartEncoding::ContentType(media_type) => media_type.as_str(),
        PartEncoding::Default | PartEncoding::Style(_) => "application/octet-stream",
    };
    let statement = match &part.kind {
        PartKind::File => quote!(form.file(#wire, #value, #file_type);),
        PartKind::Files => quote! {
            for file in #value {
                form.file(#wire, file, #file_type);
            }
        },
        PartKind::Value(ty) => {
            let value = serialized(api, ty, value);
            let encoding = part_encoding_tokens(&part.encoding);
            quote!(form.value(#wire, #value, #encoding)?;)
        }
    };
    if part.required {
        statement
    } else {
        quote! {
            if let Some(value) = &self.#field {
                #statement
            }
        }
    }
}

fn part_encoding_tokens(encoding: &PartEncoding) -> TokenStream {
    match encoding {
        PartEncoding::Default => quote!(runtime::PartEncoding::Default),
        PartEncoding::ContentType(media_type) => {
            let media_type = MediaType::as_str(media_type);
            quote!(runtime::PartEncoding::ContentType(#media_type))
        }
        PartEncoding::Style(encoding) => {
            let encoding = encoding_tokens(*encoding);
            quote!(runtime::PartEncoding::Style(#encoding))
        }
    }
}

/// The runtime's name of an encoding (`runtime::FORM_EXPLODE` and the like, with
/// `.allow_reserved()`), or `runtime::Encoding::JSON`.
pub(super) fn encoding_tokens(encoding: Encoding) -> TokenStream {
    match encoding {
        Encoding::Json => quote!(runtime::Encoding::JSON),
        Encoding::Style {
            style,
            explode,
            allow_reserved,
        } => {
            let name = format_ident!("{}", style_const(style, explode));
            let reserved = allow_reserved.then(|| quote!(.allow_reserved()));
            quote!(runtime::#name #reserved)
        }
    }
}

/// [`encoding_tokens`] as printed.
pub(super) fn encoding_text(encoding: Encoding) -> String {
    match encoding {
        Encoding::Json => "runtime::Encoding::JSON".to_owned(),
        Encoding::Style {
            style,
            explode,
            allow_reserved,
        } => {
            let reserved = if allow_reserved {
                ".allow_reserved()"
            } else {
                ""
            };
            format!("runtime::{}{reserved}", style_const(style, explode))
        }
    }
}

/// The runtime's constant for a style, exploded or not: `FORM_EXPLODE`, `SIMPLE`.
fn style_const(style: Style, explode: bool) -> String {
    let style = match style {
        Style::Matrix => "MATRIX",
        Style::Label => "LABEL",
        Style::Form => "FORM",
        Style::Simple => "SIMPLE",
        Style::SpaceDelimited => "SPACE_DELIMITED",
        Style::PipeDelimited => "PIPE_DELIMITED",
        Style::DeepObject => "DEEP_OBJECT",
    };
    if explode {
        format!("{style}_EXPLODE")
    } else {
        style.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::format::unparse_nested;

    /// `let body = …;` with `value` laid out by [`Call`] and by `prettyplease`.
    fn both(value: &Call, tokens: TokenStream) -> (Option<String>, String) {
        let mut text = String::new();
        let written = value.write(&mut text, 8, "let body = ", ";").map(|()| text);
        let function = quote!(impl X { fn f() { let body = #tokens; } });
        (written, unparse_nested(function, 2).expect("prints"))
    }

    #[test]
    fn calls_are_laid_out_as_prettyplease_lays_them_out() {
        let content_type = |media: &str| {
            Call::new(
                "http::HeaderValue::from_static",
                vec![Call::atom(string_literal(media))],
            )
        };
        let short = Call::new("Some", vec![Call::atom("x".to_owned())]);
        let (written, printed) = both(&short, quote!(Some(x)));
        assert_eq!(written.as_deref(), Some(&*printed));

        let json = Call::new(
            "Some",
            vec![
                Call::new(
                    "runtime::Body::json",
                    vec![
                        Call::atom("&self.body".to_owned()),
                        content_type("application/json"),
                    ],
                )
                .then_try(),
            ],
        );
        let tokens = quote!(Some(runtime::Body::json(
            &self.body,
            http::HeaderValue::from_static("application/json")
        )?));
        let (written, printed) = both(&json, tokens);
        assert_eq!(written.as_deref(), Some(&*printed));

        let fields = [
            "card",
            "destination",
            "expand",
            "metadata",
            "payment_method_options",
        ];
        let encodings = fields
            .iter()
            .map(|field| Call::atom(format!("(\"{field}\", runtime::DEEP_OBJECT_EXPLODE)")))
            .collect();
        let form = Call::new(
            "Some",
            vec![
                Call::new(
                    "runtime::Body::form",
                    vec![
                        Call::atom("body".to_owned()),
                        content_type("application/x-www-form-urlencoded"),
                        Call::array(encodings),
                    ],
                )
                .then_try(),
            ],
        );
        let tokens = quote!(Some(
            runtime::Body::form(
                body,
                http::HeaderValue::from_static("application/x-www-form-urlencoded"),
                &[#((#fields, runtime::DEEP_OBJECT_EXPLODE)),*],
            )?
        ));
        let (written, printed) = both(&form, tokens);
        assert_eq!(written.as_deref(), Some(&*printed));
    }
}
