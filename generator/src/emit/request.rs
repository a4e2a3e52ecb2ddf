//! The operation struct, its `runtime::Operation` impl, and `to_request`.

use proc_macro2::TokenStream;
use quote::quote;

use super::bodies::{
    body_note, body_statement, body_statement_text, body_type, encoding_text, encoding_tokens,
    parts_struct,
};
use super::construct::{Member, Role, builder, is_const, parameter_type};
use super::docs::{docs_text, docs_with_note, note_lines, sentence_lines};
use super::format::{
    Chunk, Code, field_printed, fits, path_type_text, push_doc_comment, push_line, string_literal,
    tokens_text,
};
use super::pagination::paginated_impl;
use super::response::{Shared, operation_streams, response_items};
use super::types::{
    allow_deprecated, debug_impl, deprecated, holds_bytes, push_field_line, rust_type,
    rust_type_text, serialized,
};
use super::{ident, ident_text};
use crate::ir::{
    Api, BodyContent, HeaderName, Ident as Name, Operation, Parameter, ParameterLocation,
    PathSegment, QueryString, RequestBody,
};
use crate::names;

/// Everything one operation gives: its request struct (and the struct of its multipart body's
/// parts), its response enum, and the `runtime::Operation` impl joining them.
pub(super) fn operation_items(api: &Api, operation: &Operation, shared: &Shared<'_>) -> Code {
    let mut code = Code::default();
    match operation_struct_text(api, operation) {
        Some(text) => code.push(Chunk::Text(text)),
        None => code.push(Chunk::Items(operation_struct(api, operation))),
    }
    if let Some(debug) = operation_debug(operation) {
        code.push_text(&debug);
    }
    code.push_text(&operation_builder(api, operation));
    if let Some((parts, builder)) = parts_struct(api, operation) {
        code.push(Chunk::Items(parts));
        code.push_text(&builder);
    }
    code.append(response_items(api, operation, shared));
    operation_impl(api, operation, &mut code);
    if let Some(paginated) = paginated_impl(api, operation) {
        code.push_text(&paginated);
    }
    code
}

/// [`operation_struct`] as printed, when every line of it is written as it would print: each
/// field on its line, doc comments as `///` lines.
fn operation_struct_text(api: &Api, operation: &Operation) -> Option<String> {
    let mut out = String::new();
    push_doc_comment(&mut out, "", &operation_doc_lines(operation))?;
    if operation.deprecated {
        out.push_str("#[deprecated]\n");
    }
    out.push_str("#[derive(");
    if !operation.parameters.iter().any(|p| p.secret) {
        out.push_str("Debug, ");
    }
    out.push_str("Clone, PartialEq");
    if all_optional(operation) {
        out.push_str(", Default");
    }
    out.push_str(")]\n");
    let name = ident_text(&operation.name);
    if operation.parameters.is_empty() && operation.body.is_none() {
        push_line(&mut out, 0, &format!("pub struct {name} {{}}"))?;
        return Some(out);
    }
    push_line(&mut out, 0, &format!("pub struct {name} {{"))?;
    // A field whose lines do not all fit is printed on its own.
    for parameter in &operation.parameters {
        let text = field_text(
            &note_lines(parameter.docs.as_deref(), &parameter_origin(parameter)),
            parameter.deprecated,
            &ident_text(&parameter.field),
            &rust_type_text(api, &parameter.ty),
            parameter.required,
        );
        out.push_str(&text.or_else(|| field_printed(parameter_field(api, parameter)))?);
    }
    if let Some(body) = &operation.body {
        let text = path_type_text(&body_type(api, body))
            .and_then(|ty| field_text(&body_doc_lines(body), false, "body", &ty, body.required));
        out.push_str(&text.or_else(|| field_printed(body_field(api, body)))?);
    }
    out.push_str("}\n");
    Some(out)
}

/// A field of a request struct, one level in: its doc lines, `#[deprecated]`, then `pub name:
/// Type,` (`Option<Type>` unless `required`); `None` when a line would not print as written.
fn field_text(
    docs: &[String],
    deprecated: bool,
    name: &str,
    ty: &str,
    required: bool,
) -> Option<String> {
    let mut out = String::new();
    push_doc_comment(&mut out, "    ", docs)?;
    if deprecated {
        out.push_str("    #[deprecated]\n");
    }
    if required {
        push_field_line(&mut out, name, ty)?;
    } else {
        push_field_line(&mut out, name, &format!("Option<{ty}>"))?;
    }
    Some(out)
}

/// Whether every parameter and the body may be left out: the request struct is then `Default`.
fn all_optional(operation: &Operation) -> bool {
    operation.body.as_ref().is_none_or(|b| !b.required)
        && operation.parameters.iter().all(|p| !p.required)
}

/// The `Debug` impl of a request struct with a secret parameter, which it redacts.
fn operation_debug(operation: &Operation) -> Option<String> {
    let secret = operation.parameters.iter().any(|p| p.secret);
    secret.then(|| {
        let mut entries: Vec<(String, bool)> = operation
            .parameters
            .iter()
            .map(|p| (ident_text(&p.field), p.secret))
            .collect();
        if operation.body.is_some() {
            entries.push(("body".to_owned(), false));
        }
        debug_impl(&operation.name, entries, uses_deprecated(operation))
    })
}

/// The request struct: one field per parameter, then the body.
fn operation_struct(api: &Api, operation: &Operation) -> TokenStream {
    let name = ident(&operation.name);
    let docs = operation_docs(operation);
    let deprecated = deprecated(operation.deprecated);

    let mut fields: Vec<TokenStream> = operation
        .parameters
        .iter()
        .map(|parameter| parameter_field(api, parameter))
        .collect();
    if let Some(body) = &operation.body {
        fields.push(body_field(api, body));
    }
    let secret = operation.parameters.iter().any(|p| p.secret);
    let derive_debug = (!secret).then(|| quote!(Debug,));
    let derive_default = all_optional(operation).then(|| quote!(Default,));
    quote! {
        #(#docs)*
        #deprecated
        #[derive(#derive_debug Clone, PartialEq, #derive_default)]
        pub struct #name {
            #(#fields)*
        }
    }
}

/// `new` and the setters of the request struct: `new` takes the path parameters, then the other
/// required parameters, then the body when it is required, each group in document order.
fn operation_builder(api: &Api, operation: &Operation) -> String {
    let (path, others): (Vec<&Parameter>, Vec<&Parameter>) = operation
        .parameters
        .iter()
        .partition(|p| p.location == ParameterLocation::Path);
    let mut members: Vec<Member> = path
        .into_iter()
        .chain(others)
        .map(|parameter| {
            let ty = parameter_type(api, &parameter.ty, rust_type_text(api, &parameter.ty));
            let role = if parameter.required && is_const(api, &parameter.ty) {
                Role::Defaulted
            } else if parameter.required {
                Role::Required(ty)
            } else {
                Role::Optional(ty)
            };
            Member {
                field: parameter.field.clone(),
                role,
                deprecated: parameter.deprecated,
            }
        })
        .collect();
    if let Some(body) = &operation.body {
        let ty = match &body.content {
            BodyContent::Json(ty) => parameter_type(api, ty, tokens_text(body_type(api, body))),
            _ => format!("impl Into<{}>", tokens_text(body_type(api, body))),
        };
        members.push(Member {
            field: Name::body(),
            role: if body.required {
                Role::Required(ty)
            } else {
                Role::Optional(ty)
            },
            deprecated: false,
        });
    }
    builder(&operation.name, &members, operation.deprecated)
}

/// The operation's description, then its method and path, and its `operationId` when the
/// name does not spell it (shortened, or told apart from another's), so that it can be found.
fn operation_docs(operation: &Operation) -> Vec<TokenStream> {
    operation_doc_lines(operation)
        .into_iter()
        .map(|line| quote!(#[doc = #line]))
        .collect()
}

/// The values of [`operation_docs`]' attributes.
fn operation_doc_lines(operation: &Operation) -> Vec<String> {
    // Doc text starts with a space, as `///` comments are written.
    let mut signature = format!(" `{} {}`", operation.method.as_str(), operation.path);
    if let Some(id) = &operation.operation_id {
        if names::type_name(id) != operation.name.as_str() {
            signature.push_str(&format!(" (operationId `{id}`)"));
        }
    }
    let mut docs = docs_text(operation.docs.as_deref());
    if !docs.is_empty() {
        docs.push(String::new());
    }
    docs.push(signature);
    docs
}

/// The `body` field: an `Option` unless the document requires a body.
fn body_field(api: &Api, body: &RequestBody) -> TokenStream {
    let body_docs = body_doc_lines(body)
        .into_iter()
        .map(|line| quote!(#[doc = #line]));
    let ty = body_type(api, body);
    let ty = if body.required {
        ty
    } else {
        quote!(Option<#ty>)
    };
    quote! {
        #(#body_docs)*
        pub body: #ty,
    }
}

/// The values of the `body` field's `#[doc]` attributes.
fn body_doc_lines(body: &RequestBody) -> Vec<String> {
    let text = body
        .docs
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    sentence_lines(text.unwrap_or("The request body."), &body_note(body))
}

/// Whether the operation or one of its parameters is deprecated: its impls then read something
/// deprecated.
fn uses_deprecated(operation: &Operation) -> bool {
    operation.deprecated || operation.parameters.iter().any(|p| p.deprecated)
}

/// `impl runtime::Operation`: method, path template, security alternatives, `to_request`, and
/// `streams` for event streams (`decode` is the trait's default). Written as text: only
/// `streams` goes through `prettyplease`, and whatever would not stay on one line.
fn operation_impl(api: &Api, operation: &Operation, code: &mut Code) {
    let header = format!(
        "impl runtime::Operation for {} {{",
        ident_text(&operation.name)
    );
    if !fits(0, &header) {
        code.push(Chunk::Items(operation_impl_tokens(api, operation)));
        return;
    }
    let (method, path) = (operation.method.as_str(), &operation.path);
    let response = || {
        let response_name = ident(&operation.response_name);
        quote!(type Response = #response_name;)
    };
    let method_tokens = || quote!(const METHOD: &'static str = #method;);
    let path_tokens = || quote!(const PATH: &'static str = #path;);
    // Each line as written here when it fits, else as `prettyplease` breaks it.
    let constants: [(String, &dyn Fn() -> TokenStream); 3] = [
        (
            format!("type Response = {};", ident_text(&operation.response_name)),
            &response,
        ),
        (
            format!("const METHOD: &'static str = {};", string_literal(method)),
            &method_tokens,
        ),
        (
            format!("const PATH: &'static str = {};", string_literal(path)),
            &path_tokens,
        ),
    ];
    if uses_deprecated(operation) {
        code.push_text("#[allow(deprecated)]\n");
    }
    code.push_text(&header);
    code.push_text("\n");
    for (line, tokens) in constants {
        if fits(4, &line) {
            code.push_text("    ");
            code.push_text(&line);
            code.push_text("\n");
        } else {
            code.push(Chunk::ImplItems(tokens()));
        }
    }
    if !operation.security.is_empty() {
        let alternatives: Vec<String> = operation
            .security
            .iter()
            .map(|alternative| {
                let schemes: Vec<String> = alternative
                    .iter()
                    .map(|&id| format!("security::{}", ident_text(&api.scheme(id).const_name)))
                    .collect();
                format!("&[{}]", schemes.join(", "))
            })
            .collect();
        match security_text(&alternatives) {
            Some(text) => code.push_text(&text),
            None => code.push(Chunk::ImplItems(security_const(api, operation))),
        }
    }
    to_request(api, operation, code);
    if let Some(streams) = operation_streams(operation) {
        code.push(Chunk::ImplItems(streams));
    }
    code.push_text("}\n");
}

/// `const SECURITY` one level in, of the alternatives as printed (`&[security::BASIC_AUTH]`):
/// on one line, or an alternative a line as `prettyplease` breaks an array; `None` when an
/// alternative is too long for its line.
fn security_text(alternatives: &[String]) -> Option<String> {
    let start = "const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[";
    let line = format!("{start}{}];", alternatives.join(", "));
    if fits(4, &line) {
        return Some(format!("    {line}\n"));
    }
    let mut text = format!("    {start}\n");
    for alternative in alternatives {
        push_line(&mut text, 8, &format!("{alternative},"))?;
    }
    text.push_str("    ];\n");
    Some(text)
}

/// [`operation_impl`] as tokens, for an impl whose first lines do not fit on a line each.
fn operation_impl_tokens(api: &Api, operation: &Operation) -> TokenStream {
    let name = ident(&operation.name);
    let response_name = ident(&operation.response_name);
    let path = &operation.path;
    let method = operation.method.as_str();
    let security = security_const(api, operation);
    let to_request = to_request_tokens(api, operation);
    let streams = operation_streams(operation);
    let allow = allow_deprecated(uses_deprecated(operation));
    quote! {
        #allow
        impl runtime::Operation for #name {
            type Response = #response_name;
            const METHOD: &'static str = #method;
            const PATH: &'static str = #path;
            #security

            #to_request

            #streams
        }
    }
}

/// `const SECURITY`, the operation's security alternatives; nothing for none, the trait's
/// default (no authentication).
fn security_const(api: &Api, operation: &Operation) -> TokenStream {
    if operation.security.is_empty() {
        return quote!();
    }
    let alternatives = operation.security.iter().map(|alternative| {
        let schemes = alternative.iter().map(|&id| {
            let name = ident(&api.scheme(id).const_name);
            quote!(security::#name)
        });
        quote!(&[#(#schemes),*])
    });
    quote! {
        const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[#(#alternatives),*];
    }
}

fn parameter_field(api: &Api, parameter: &Parameter) -> TokenStream {
    let name = ident(&parameter.field);
    let docs = docs_with_note(parameter.docs.as_deref(), &parameter_origin(parameter));
    let deprecated = deprecated(parameter.deprecated);
    let ty = rust_type(api, &parameter.ty);
    let ty = if parameter.required {
        ty
    } else {
        quote!(Option<#ty>)
    };
    quote! {
        #(#docs)*
        #deprecated
        pub #name: #ty,
    }
}

/// Where a parameter's value goes, for its field's docs: `path parameter `owner``.
fn parameter_origin(parameter: &Parameter) -> String {
    let location = parameter.location.as_str();
    let origin = format!("{location} parameter `{}`", parameter.wire_name);
    if parameter.secret {
        format!("{origin}; secret: redacted in `Debug` output")
    } else {
        origin
    }
}

/// A reference to a parameter value in generated code: a field of `self`, or a binding.
fn field_ref(name: &Name) -> TokenStream {
    let field = ident(name);
    quote!(&self.#field)
}

/// [`field_ref`] as printed.
fn field_ref_text(name: &Name) -> String {
    format!("&self.{}", ident_text(name))
}

/// [`serialized`] of a field of `self`, as printed.
fn serialized_text(api: &Api, ty: &crate::ir::Type, field: &Name) -> String {
    if holds_bytes(api, ty) {
        format!("&runtime::base64::Encoded({})", field_ref_text(field))
    } else {
        field_ref_text(field)
    }
}

/// The indentation of statements in a function of an impl block.
const BODY_INDENT: usize = 8;

/// Adds a statement of a function in an impl block: `line` when `prettyplease` prints the
/// statement on one line, else what it prints for `tokens()`, the same statement.
fn statement(code: &mut Code, line: &str, tokens: impl FnOnce() -> TokenStream) {
    if fits(BODY_INDENT, line) {
        code.push_text("        ");
        code.push_text(line);
        code.push_text("\n");
    } else {
        code.push(Chunk::Statements(tokens()));
    }
}

/// `to_request`: the path, the query and the body, then the request with its headers. Each
/// statement is written as a line of text when it fits on one.
fn to_request(api: &Api, operation: &Operation, code: &mut Code) {
    code.push_text(
        "    fn to_request(
        &self,
        base_url: &str,
    ) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
",
    );
    let (path_arg, path_arg_text) = path_statements(api, operation, code);
    let (query_arg, query_arg_text) = query_statements(api, &operation.parameters, code);
    let body_code = match body_statement_text(api, operation) {
        Some(text) => Some(Chunk::Text(text)),
        None => body_statement(api, operation).map(Chunk::Statements),
    };
    let (body_arg, body_arg_text) = match body_code {
        Some(body_code) => {
            code.push(body_code);
            (quote!(body), "body")
        }
        None => (quote!(None), "None"),
    };
    let build_text = format!(
        "runtime::request(Self::METHOD, base_url, {path_arg_text}, {query_arg_text}, {body_arg_text})"
    );
    let build = || {
        quote! {
            runtime::request(Self::METHOD, base_url, #path_arg, #query_arg, #body_arg)
        }
    };
    let has_headers = operation.parameters.iter().any(|parameter| {
        matches!(
            parameter.location,
            ParameterLocation::Header(_) | ParameterLocation::Cookie
        )
    });
    if operation.accept.is_empty() && !has_headers {
        statement(code, &build_text, build);
    } else {
        statement(code, &format!("let mut request = {build_text}?;"), || {
            let build = build();
            quote!(let mut request = #build?;)
        });
        if !operation.accept.is_empty() {
            let media_types = accept_value(operation);
            let line = format!(
                "runtime::accept(&mut request, {});",
                string_literal(&media_types)
            );
            statement(
                code,
                &line,
                || quote!(runtime::accept(&mut request, #media_types);),
            );
        }
        if has_headers {
            code.push_text("        let headers = request.headers_mut();\n");
            let headers = header_inserts(api, operation);
            code.push(Chunk::Statements(quote!(#(#headers)*)));
        }
        code.push_text("        Ok(request)\n");
    }
    code.push_text("    }\n");
}

/// The `Accept` header's value: the media types the operation's responses come in.
fn accept_value(operation: &Operation) -> String {
    let media_types: Vec<&str> = operation.accept.iter().map(|m| m.as_str()).collect();
    media_types.join(", ")
}

/// [`to_request`] as tokens.
fn to_request_tokens(api: &Api, operation: &Operation) -> TokenStream {
    let (path, path_arg) = path_building(api, operation);
    let (query, query_arg) = query_building(api, &operation.parameters);
    let (body, body_arg) = match body_statement(api, operation) {
        Some(statement) => (statement, quote!(body)),
        None => (quote!(), quote!(None)),
    };
    let accept = (!operation.accept.is_empty()).then(|| {
        let media_types = accept_value(operation);
        quote!(runtime::accept(&mut request, #media_types);)
    });
    let headers = header_inserts(api, operation);
    let build = quote! {
        runtime::request(Self::METHOD, base_url, #path_arg, #query_arg, #body_arg)
    };
    let headers = (!headers.is_empty()).then(|| {
        quote! {
            let headers = request.headers_mut();
            #(#headers)*
        }
    });
    let finish = if accept.is_none() && headers.is_none() {
        build
    } else {
        quote! {
            let mut request = #build?;
            #accept
            #headers
            Ok(request)
        }
    };
    quote! {
        fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, runtime::RequestError> {
            #path
            #query
            #body
            #finish
        }
    }
}

/// Adds the statements binding `path`; returns the argument passing it on, as tokens and as
/// text: the template as written when there are no path parameters, else built segment by
/// segment.
fn path_statements(
    api: &Api,
    operation: &Operation,
    code: &mut Code,
) -> (TokenStream, &'static str) {
    let parameters = &operation.parameters;
    if !parameters
        .iter()
        .any(|p| p.location == ParameterLocation::Path)
    {
        let text = &operation.path;
        let line = format!("let path = {};", string_literal(text));
        statement(code, &line, || quote!(let path = #text;));
        return (quote!(path), "path");
    }
    code.push_text("        let mut path = runtime::PathBuilder::new();\n");
    for segment in &operation.path_segments {
        match segment {
            PathSegment::Literal(text) => {
                let line = format!("path.literal({});", string_literal(text));
                statement(code, &line, || quote!(path.literal(#text);));
            }
            PathSegment::Parameter(index) => {
                let parameter = &parameters[*index];
                let line = format!(
                    "path.parameter({}, {}, {})?;",
                    string_literal(&parameter.wire_name),
                    serialized_text(api, &parameter.ty, &parameter.field),
                    encoding_text(parameter.encoding),
                );
                statement(code, &line, || path_parameter(api, parameter));
            }
        }
    }
    code.push_text("        let path = path.finish();\n");
    (quote!(&path), "&path")
}

/// Adds the statements building the query string; returns the argument passing it on, as
/// tokens and as text (`""` when the operation has no query parameters).
fn query_statements(
    api: &Api,
    parameters: &[Parameter],
    code: &mut Code,
) -> (TokenStream, &'static str) {
    let mut query_parameters = parameters.iter().filter(|p| {
        matches!(
            p.location,
            ParameterLocation::Query | ParameterLocation::QueryString(_)
        )
    });
    if query_parameters.clone().next().is_none() {
        return (quote!(""), "\"\"");
    }
    code.push_text("        let mut query = runtime::QueryBuilder::new();\n");
    for parameter in &mut query_parameters {
        match &parameter.location {
            ParameterLocation::QueryString(format) => {
                code.push(Chunk::Statements(whole_query(parameter, format)));
            }
            _ => added_statement(api, parameter, "query", code),
        }
    }
    code.push_text("        let query = query.finish();\n");
    (quote!(&query), "&query")
}

/// [`added`], as a line of text when it is one.
fn added_statement(api: &Api, parameter: &Parameter, builder: &str, code: &mut Code) {
    let tokens = || {
        let builder = proc_macro2::Ident::new(builder, proc_macro2::Span::call_site());
        added(api, parameter, quote!(#builder))
    };
    let wire = string_literal(&parameter.wire_name);
    let encoding = encoding_text(parameter.encoding);
    if !parameter.required && !holds_bytes(api, &parameter.ty) {
        let value = field_ref_text(&parameter.field);
        let line = format!("{builder}.optional({wire}, {value}, {encoding})?;");
        statement(code, &line, tokens);
    } else if parameter.required {
        let value = serialized_text(api, &parameter.ty, &parameter.field);
        let line = format!("{builder}.parameter({wire}, {value}, {encoding})?;");
        statement(code, &line, tokens);
    } else {
        code.push(Chunk::Statements(tokens()));
    }
}

/// `path.parameter(name, value, encoding)?;` for a path parameter.
fn path_parameter(api: &Api, parameter: &Parameter) -> TokenStream {
    let wire = &parameter.wire_name;
    let value = serialized(api, &parameter.ty, field_ref(&parameter.field));
    let encoding = encoding_tokens(parameter.encoding);
    quote!(path.parameter(#wire, #value, #encoding)?;)
}

/// The statements binding `path`, and the argument passing it on: the template as written when
/// there are no path parameters, else built segment by segment.
fn path_building(api: &Api, operation: &Operation) -> (TokenStream, TokenStream) {
    let parameters = &operation.parameters;
    if !parameters
        .iter()
        .any(|p| p.location == ParameterLocation::Path)
    {
        let text = &operation.path;
        return (quote!(let path = #text;), quote!(path));
    }
    let steps = operation.path_segments.iter().map(|segment| match segment {
        PathSegment::Literal(text) => quote!(path.literal(#text);),
        PathSegment::Parameter(index) => path_parameter(api, &parameters[*index]),
    });
    (
        quote! {
            let mut path = runtime::PathBuilder::new();
            #(#steps)*
            let path = path.finish();
        },
        quote!(&path),
    )
}

/// The statements building the query string, and the argument passing it on (`""` when the
/// operation has no query parameters).
fn query_building(api: &Api, parameters: &[Parameter]) -> (TokenStream, TokenStream) {
    let query_parameters: Vec<&Parameter> = parameters
        .iter()
        .filter(|p| {
            matches!(
                p.location,
                ParameterLocation::Query | ParameterLocation::QueryString(_)
            )
        })
        .collect();
    if query_parameters.is_empty() {
        return (quote!(), quote!(""));
    }
    let pairs = query_parameters
        .iter()
        .map(|parameter| match &parameter.location {
            ParameterLocation::QueryString(format) => whole_query(parameter, format),
            _ => added(api, parameter, quote!(query)),
        });
    (
        quote! {
            let mut query = runtime::QueryBuilder::new();
            #(#pairs)*
            let query = query.finish();
        },
        quote!(&query),
    )
}

/// The statement writing a 3.2 `in: querystring` parameter as the query string, when present.
fn whole_query(parameter: &Parameter, format: &QueryString) -> TokenStream {
    when_present(parameter, |value| match format {
        QueryString::Form(encodings) => {
            let encodings = encodings.iter().map(|(field, encoding)| {
                let encoding = encoding_tokens(*encoding);
                quote!((#field, #encoding))
            });
            quote!(query.form(#value, &[#(#encodings),*])?;)
        }
        QueryString::Json => quote!(query.json(#value)?;),
        QueryString::Text => quote!(query.text(#value);),
    })
}

/// `builder.parameter(name, value, encoding)?;` for a query or cookie parameter, or
/// `builder.optional(…)?;` for one that may be absent.
fn added(api: &Api, parameter: &Parameter, builder: TokenStream) -> TokenStream {
    let wire = &parameter.wire_name;
    let encoding = encoding_tokens(parameter.encoding);
    if !parameter.required && !holds_bytes(api, &parameter.ty) {
        let value = field_ref(&parameter.field);
        return quote!(#builder.optional(#wire, #value, #encoding)?;);
    }
    when_present(parameter, |value| {
        let value = serialized(api, &parameter.ty, value);
        quote!(#builder.parameter(#wire, #value, #encoding)?;)
    })
}

/// The header insertions: the header parameters, then the cookie parameters. (`Accept` is set
/// before them, `Content-Type` comes with the body.)
fn header_inserts(api: &Api, operation: &Operation) -> Vec<TokenStream> {
    let mut headers: Vec<TokenStream> = Vec::new();
    headers.extend(
        operation
            .parameters
            .iter()
            .filter_map(|parameter| match &parameter.location {
                ParameterLocation::Header(name) => Some(header_insert(api, parameter, name)),
                _ => None,
            }),
    );
    let cookies: Vec<TokenStream> = operation
        .parameters
        .iter()
        .filter(|parameter| parameter.location == ParameterLocation::Cookie)
        .map(|parameter| added(api, parameter, quote!(cookies)))
        .collect();
    if !cookies.is_empty() {
        headers.push(quote! {
            let mut cookies = runtime::CookieBuilder::new();
            #(#cookies)*
            if let Some(cookie) = cookies.finish()? {
                headers.insert(http::header::COOKIE, cookie);
            }
        });
    }
    headers
}

/// The insertion of one header parameter, in `simple` style; a secret one is marked sensitive,
/// so that `Debug` output of the request does not show it.
fn header_insert(api: &Api, parameter: &Parameter, name: &HeaderName) -> TokenStream {
    let wire = &parameter.wire_name;
    let lower = name.as_str();
    let encoding = encoding_tokens(parameter.encoding);
    let function = if parameter.secret {
        quote!(secret_header_parameter)
    } else {
        quote!(header_parameter)
    };
    when_present(parameter, |value| {
        let value = serialized(api, &parameter.ty, value);
        quote! {
            headers.insert(
                http::HeaderName::from_static(#lower),
                runtime::#function(#wire, #value, #encoding)?,
            );
        }
    })
}

/// `statements` for a reference to the parameter's value: the field itself when required, else
/// the value inside the `Option`, when there is one.
fn when_present(
    parameter: &Parameter,
    statements: impl Fn(TokenStream) -> TokenStream,
) -> TokenStream {
    if parameter.required {
        return statements(field_ref(&parameter.field));
    }
    let field = ident(&parameter.field);
    let inner = statements(quote!(value));
    quote! {
        if let Some(value) = &self.#field {
            #inner
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emit::format::unparse_nested;

    #[test]
    fn security_alternatives_are_laid_out_as_prettyplease_lays_them_out() {
        let schemes = ["BASIC_AUTH", "BEARER_AUTH", "OAUTH_WITH_A_RATHER_LONG_NAME"];
        for count in 1..=schemes.len() {
            let names: Vec<_> = schemes[..count]
                .iter()
                .map(|name| proc_macro2::Ident::new(name, proc_macro2::Span::call_site()))
                .collect();
            let alternatives: Vec<String> = schemes[..count]
                .iter()
                .map(|name| format!("&[security::{name}]"))
                .collect();
            let tokens = quote! {
                impl X {
                    const SECURITY: &'static [&'static [runtime::SecurityScheme]] =
                        &[#(&[security::#names]),*];
                }
            };
            let printed = unparse_nested(tokens, 1).expect("prints");
            assert_eq!(security_text(&alternatives).as_deref(), Some(&*printed));
        }
    }
}
