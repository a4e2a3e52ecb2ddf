//! Stage 7: [`ir::Api`] → Rust source text, through `quote` and `prettyplease`.
//!
//! The emitter never looks at OpenAPI: everything it writes is decided by the IR. Output is
//! deterministic: the same IR always gives the same bytes.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::ir::{
    Api, Field, Operation, Parameter, ParameterLocation, PathSegment, ResponseBody,
    SecuritySchemeKind, StatusMatch, Type, TypeDef, TypeKind,
};

/// The support module every generated crate carries: the source of the `runtime` crate, whose
/// `src/lib.rs` is written to `src/runtime.rs` unchanged (it begins with its own note on that).
pub const RUNTIME: &str = include_str!("../../runtime/src/lib.rs");

/// Formats tokens as a source file, after a `// @generated` header line.
fn render(header: &str, tokens: TokenStream) -> Result<String, syn::Error> {
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
    format!("// @generated from {source} by `{command}`. Do not edit by hand.")
}

/// Writes the module for one API.
pub fn module(api: &Api, command: &str) -> Result<String, syn::Error> {
    let mut items = Vec::new();
    let mut title = format!("{} {}", api.title.trim(), api.version.trim());
    if let Some(docs) = &api.docs {
        title = format!("{title}\n\n{docs}");
    }
    let mut provenance = format!("Generated from `{}`", api.source_file);
    if !api.overlay_files.is_empty() {
        let overlays: Vec<String> = api.overlay_files.iter().map(|f| format!("`{f}`")).collect();
        provenance = format!("{provenance} with the overlays {}", overlays.join(", "));
    }
    let module_docs = inner_doc_lines(&format!("{title}\n\n{provenance}."));
    let absolute: Vec<&str> = api
        .servers
        .iter()
        .map(|s| s.url.as_str())
        .filter(|url| url.starts_with("http://") || url.starts_with("https://"))
        .collect();
    if let Some(first) = absolute.first() {
        items.push(quote! {
            /// The first absolute server URL the document lists: where requests go by default.
            pub const DEFAULT_BASE_URL: &str = #first;
        });
    }
    let servers: Vec<&str> = api.servers.iter().map(|s| s.url.as_str()).collect();
    items.push(quote! {
        /// Every server the document lists, with server variables set to their defaults.
        pub const SERVERS: &[&str] = &[#(#servers),*];
    });
    if !api.security_schemes.is_empty() {
        items.push(security_module(api));
    }
    for def in &api.types {
        items.push(type_def(def));
    }
    for operation in &api.operations {
        items.push(operation_items(operation));
    }
    render(
        &header(&api.source_file, command),
        quote! {
            #(#module_docs)*
            // Vendor prose is copied as written; its Markdown is not reflowed.
            #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
            #(#items)*
        },
    )
}

/// `pub mod security`: one constant per security scheme, for `runtime::Auth`.
fn security_module(api: &Api) -> TokenStream {
    let schemes = api.security_schemes.iter().map(|scheme| {
        let name = ident(&scheme.const_name);
        let key = &scheme.key;
        let (kind, what) = match &scheme.kind {
            SecuritySchemeKind::Bearer => (
                quote!(Bearer),
                "a bearer token in `Authorization`".to_owned(),
            ),
            SecuritySchemeKind::Basic => (quote!(Basic), "HTTP basic authentication".to_owned()),
            SecuritySchemeKind::ApiKeyHeader(header) => (
                quote!(ApiKeyHeader(#header)),
                format!("an API key in the `{header}` header"),
            ),
            SecuritySchemeKind::ApiKeyQuery(parameter) => (
                quote!(ApiKeyQuery(#parameter)),
                format!("an API key in the `{parameter}` query parameter"),
            ),
            SecuritySchemeKind::ApiKeyCookie(cookie) => (
                quote!(ApiKeyCookie(#cookie)),
                format!("an API key in the `{cookie}` cookie"),
            ),
        };
        let mut text = format!("`{key}`: {what}.");
        if let Some(docs) = &scheme.docs {
            text = format!("{text}\n\n{}", docs.trim());
        }
        let docs = doc_lines(&text);
        quote! {
            #(#docs)*
            pub const #name: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
                name: #key,
                kind: crate::runtime::SchemeKind::#kind,
            };
        }
    });
    quote! {
        /// The ways this API authenticates; give credentials for them to `runtime::Auth`.
        pub mod security {
            #(#schemes)*
        }
    }
}

/// `lib.rs` of a generated crate: the runtime and one feature-gated module per API.
pub fn lib(description: &str, modules: &[&str], command: &str) -> Result<String, syn::Error> {
    let docs = inner_doc_lines(description);
    let modules = modules.iter().map(|module| {
        let ident = format_ident!("{}", module);
        // The file is final as written; `cargo fmt` must not rewrite it.
        quote! {
            #[cfg(feature = #module)]
            #[rustfmt::skip]
            pub mod #ident;
        }
    });
    render(
        &header("specs", command),
        quote! {
            #(#docs)*
            pub mod runtime;
            #(#modules)*
        },
    )
}

/// `runtime.rs`: the runtime crate's source byte for byte, so that the copy is exactly the code
/// that crate compiles, lints and tests.
pub fn runtime() -> String {
    RUNTIME.to_owned()
}

/// Splits text into `#[doc]` attributes, one per line, with trailing spaces removed.
fn doc_lines(text: &str) -> Vec<TokenStream> {
    doc_text(text)
        .into_iter()
        .map(|line| quote! { #[doc = #line] })
        .collect()
}

/// Like [`doc_lines`], for the item that encloses them (`//!`).
fn inner_doc_lines(text: &str) -> Vec<TokenStream> {
    doc_text(text)
        .into_iter()
        .map(|line| quote! { #![doc = #line] })
        .collect()
}

fn doc_text(text: &str) -> Vec<String> {
    let text = text
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

fn docs(text: Option<&str>) -> Vec<TokenStream> {
    text.map(doc_lines).unwrap_or_default()
}

fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

fn rust_type(ty: &Type) -> TokenStream {
    match ty {
        Type::String => quote!(String),
        Type::Bool => quote!(bool),
        Type::I32 => quote!(i32),
        Type::I64 => quote!(i64),
        Type::F32 => quote!(f32),
        Type::F64 => quote!(f64),
        Type::Uuid => quote!(uuid::Uuid),
        Type::Json => quote!(serde_json::Value),
        Type::JsonObject => quote!(serde_json::Map<String, serde_json::Value>),
        Type::Named(name) => {
            let name = ident(name);
            quote!(#name)
        }
        Type::List(inner) => {
            let inner = rust_type(inner);
            quote!(Vec<#inner>)
        }
        Type::Map(inner) => {
            let inner = rust_type(inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
    }
}

fn deprecated(is: bool) -> TokenStream {
    if is { quote!(#[deprecated]) } else { quote!() }
}

fn type_def(def: &TypeDef) -> TokenStream {
    let name = ident(&def.name);
    let mut doc_text = def.docs.clone().unwrap_or_default();
    if doc_text.is_empty() {
        doc_text = format!(
            "`{}` in the document.",
            def.origin.rsplit('/').next().unwrap_or("")
        );
    }
    if def.deprecated {
        // A note rather than `#[deprecated]`: other generated types use this one, and every such
        // use would warn.
        doc_text = format!("{doc_text}\n\n**Deprecated** by the vendor.");
    }
    let docs = doc_lines(&doc_text);
    let deprecated = quote!();
    match &def.kind {
        TypeKind::Alias(ty) => {
            let ty = rust_type(ty);
            quote! {
                #(#docs)*
                #deprecated
                pub type #name = #ty;
            }
        }
        TypeKind::Struct { fields, additional } => {
            let mut field_tokens: Vec<TokenStream> = fields.iter().map(struct_field).collect();
            if let Some(additional) = additional {
                let additional_name = (1..)
                    .map(|n| match n {
                        1 => "additional_properties".to_owned(),
                        n => format!("additional_properties{n}"),
                    })
                    .find(|candidate| fields.iter().all(|f| &f.name != candidate))
                    .unwrap_or_default();
                let additional_name = ident(&additional_name);
                let ty = rust_type(additional);
                field_tokens.push(quote! {
                    /// Members beyond the documented ones.
                    #[serde(flatten)]
                    pub #additional_name: std::collections::BTreeMap<String, #ty>,
                });
            }
            let all_optional = additional.is_none() && fields.iter().all(|f| !f.required);
            let secret = fields.iter().any(|f| f.secret);
            let mut derives = Vec::new();
            if !secret {
                derives.push(quote!(Debug));
            }
            derives.push(quote!(Clone));
            derives.push(quote!(PartialEq));
            if all_optional {
                derives.push(quote!(Default));
            }
            let debug = secret.then(|| {
                debug_impl(
                    &def.name,
                    fields.iter().map(|f| (f.name.as_str(), f.secret)).collect(),
                )
            });
            quote! {
                #(#docs)*
                #deprecated
                #[derive(#(#derives,)* serde::Serialize, serde::Deserialize)]
                pub struct #name {
                    #(#field_tokens)*
                }
                #debug
            }
        }
        TypeKind::Const(value) => {
            let expected = format!("the string `{value}`");
            quote! {
                #(#docs)*
                #deprecated
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
                pub struct #name;

                #[allow(deprecated)]
                impl #name {
                    /// The one value of this type, as it appears on the wire.
                    pub const VALUE: &'static str = #value;
                }

                #[allow(deprecated)]
                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(Self::VALUE)
                    }
                }

                #[allow(deprecated)]
                impl serde::Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        serializer.serialize_str(Self::VALUE)
                    }
                }

                #[allow(deprecated)]
                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        let value = String::deserialize(deserializer)?;
                        if value == Self::VALUE {
                            Ok(Self)
                        } else {
                            Err(serde::de::Error::invalid_value(serde::de::Unexpected::Str(&value), &#expected))
                        }
                    }
                }
            }
        }
        TypeKind::Union(variants) => {
            let variants = variants.iter().map(|variant| {
                let doc = format!(" The value is a JSON {}.", variant.name.to_lowercase());
                let name = ident(&variant.name);
                let ty = rust_type(&variant.ty);
                quote!(#[doc = #doc] #name(#ty),)
            });
            quote! {
                #(#docs)*
                #deprecated
                #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
                #[serde(untagged)]
                pub enum #name {
                    #(#variants)*
                }
            }
        }
        TypeKind::Enum {
            variants,
            catch_all,
        } => {
            let catch_all = ident(catch_all);
            let variant_idents: Vec<Ident> = variants.iter().map(|v| ident(&v.name)).collect();
            let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
            let variant_docs = values.iter().map(|v| format!(" `{v}`"));
            quote! {
                #(#docs)*
                #deprecated
                #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
                pub enum #name {
                    #(
                        #[doc = #variant_docs]
                        #variant_idents,
                    )*
                    /// A value this code does not know yet; the text is kept as received.
                    #catch_all(String),
                }

                #[allow(deprecated)]
                impl #name {
                    /// The value as it appears on the wire.
                    pub fn as_str(&self) -> &str {
                        match self {
                            #(Self::#variant_idents => #values,)*
                            Self::#catch_all(value) => value,
                        }
                    }
                }

                #[allow(deprecated)]
                impl From<String> for #name {
                    fn from(value: String) -> Self {
                        match value.as_str() {
                            #(#values => Self::#variant_idents,)*
                            _ => Self::#catch_all(value),
                        }
                    }
                }

                #[allow(deprecated)]
                impl From<&str> for #name {
                    fn from(value: &str) -> Self {
                        Self::from(value.to_owned())
                    }
                }

                #[allow(deprecated)]
                impl std::fmt::Display for #name {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }

                #[allow(deprecated)]
                impl serde::Serialize for #name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        serializer.serialize_str(self.as_str())
                    }
                }

                #[allow(deprecated)]
                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        String::deserialize(deserializer).map(Self::from)
                    }
                }
            }
        }
    }
}

/// A `Debug` impl that prints `<redacted>` for secret fields.
fn debug_impl(name: &str, fields: Vec<(&str, bool)>) -> TokenStream {
    let type_name = ident(name);
    let entries = fields.iter().map(|(field, secret)| {
        let label = field.strip_prefix("r#").unwrap_or(field);
        let field = ident(field);
        if *secret {
            quote!(.field(#label, &crate::runtime::Redacted))
        } else {
            quote!(.field(#label, &self.#field))
        }
    });
    quote! {
        #[allow(deprecated)]
        impl std::fmt::Debug for #type_name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#name) #(#entries)* .finish()
            }
        }
    }
}

fn struct_field(field: &Field) -> TokenStream {
    let name = ident(&field.name);
    let fallback = format!(
        "The `{}` member (not described in the document).",
        field.wire_name
    );
    let docs = docs_or(field.docs.as_deref(), &fallback);
    let deprecated = deprecated(field.deprecated);
    let mut ty = rust_type(&field.ty);
    if field.boxed {
        ty = quote!(Box<#ty>);
    }
    let bare_name = field.name.strip_prefix("r#").unwrap_or(&field.name);
    let rename = (bare_name != field.wire_name).then(|| {
        let wire = &field.wire_name;
        quote!(#[serde(rename = #wire)])
    });
    let (ty, attribute) = match (field.required, field.nullable) {
        (true, false) => (ty, quote!()),
        (true, true) => (quote!(Option<#ty>), quote!()),
        (false, false) => (
            quote!(Option<#ty>),
            quote!(#[serde(default, skip_serializing_if = "Option::is_none")]),
        ),
        (false, true) => (
            quote!(Option<Option<#ty>>),
            quote!(#[serde(
                default,
                skip_serializing_if = "Option::is_none",
                with = "crate::runtime::double_option"
            )]),
        ),
    };
    quote! {
        #(#docs)*
        #deprecated
        #rename
        #attribute
        pub #name: #ty,
    }
}

fn operation_items(operation: &Operation) -> TokenStream {
    let name = ident(&operation.name);
    let response_name = ident(&operation.response_name);
    let method = &operation.method;
    let path = &operation.path;
    let signature = format!("`{method} {path}`");
    let mut docs = docs(operation.docs.as_deref());
    if !docs.is_empty() {
        docs.push(quote!(#[doc = ""]));
    }
    docs.push(quote!(#[doc = #signature]));
    let deprecated = deprecated(operation.deprecated);

    let mut fields: Vec<TokenStream> = operation.parameters.iter().map(parameter_field).collect();
    if let Some(body) = &operation.body {
        let body_docs = docs_or(body.docs.as_deref(), "The request body.");
        let ty = rust_type(&body.ty);
        let ty = if body.required {
            ty
        } else {
            quote!(Option<#ty>)
        };
        fields.push(quote! {
            #(#body_docs)*
            pub body: #ty,
        });
    }
    let secret = operation.parameters.iter().any(|p| p.secret);
    let debug = secret.then(|| {
        let mut entries: Vec<(&str, bool)> = operation
            .parameters
            .iter()
            .map(|p| (p.field.as_str(), p.secret))
            .collect();
        if operation.body.is_some() {
            entries.push(("body", false));
        }
        debug_impl(&operation.name, entries)
    });
    let derive_debug = (!secret).then(|| quote!(Debug,));
    let all_optional = operation.body.as_ref().is_none_or(|b| !b.required)
        && operation.parameters.iter().all(|p| !p.required);
    let derive_default = all_optional.then(|| quote!(Default,));

    let response_enum = response_enum(operation);
    let to_request = to_request(operation);
    let from_response = from_response(operation);
    let method_ident = format_ident!("{}", method);
    let security = operation.security.iter().map(|alternative| {
        let schemes = alternative.iter().map(|name| {
            let name = ident(name);
            quote!(security::#name)
        });
        quote!(&[#(#schemes),*])
    });
    quote! {
        #(#docs)*
        #deprecated
        #[derive(#derive_debug Clone, PartialEq, #derive_default)]
        pub struct #name {
            #(#fields)*
        }
        #debug

        #response_enum

        #[allow(deprecated)]
        impl crate::runtime::Operation for #name {
            type Response = #response_name;
            const METHOD: http::Method = http::Method::#method_ident;
            const PATH: &'static str = #path;
            const SECURITY: &'static [&'static [crate::runtime::SecurityScheme]] = &[#(#security),*];

            #to_request

            #from_response
        }
    }
}

fn docs_or(text: Option<&str>, fallback: &str) -> Vec<TokenStream> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => doc_lines(text),
        None => doc_lines(fallback),
    }
}

fn parameter_field(parameter: &Parameter) -> TokenStream {
    let name = ident(&parameter.field);
    let location = match parameter.location {
        ParameterLocation::Path => "path",
        ParameterLocation::Query => "query",
        ParameterLocation::Header => "header",
        ParameterLocation::Cookie => "cookie",
    };
    let mut docs = docs(parameter.docs.as_deref());
    if !docs.is_empty() {
        docs.push(quote!(#[doc = ""]));
    }
    let origin = format!(" {location} parameter `{}`", parameter.wire_name);
    let origin = if parameter.secret {
        format!("{origin} (secret: redacted in `Debug` output)")
    } else {
        origin
    };
    docs.push(quote!(#[doc = #origin]));
    let deprecated = deprecated(parameter.deprecated);
    let ty = rust_type(&parameter.ty);
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

/// A parameter value in generated code: a field of `self`, or a reference bound by a pattern.
#[derive(Clone)]
struct ValueExpr {
    expr: TokenStream,
    by_ref: bool,
}

impl ValueExpr {
    fn field(name: &str) -> Self {
        let field = ident(name);
        ValueExpr {
            expr: quote!(self.#field),
            by_ref: false,
        }
    }

    fn binding(name: &str) -> Self {
        let binding = ident(name);
        ValueExpr {
            expr: quote!(#binding),
            by_ref: true,
        }
    }

    /// A reference to the value, for `for` loops and method calls.
    fn reference(&self) -> TokenStream {
        let expr = &self.expr;
        if self.by_ref {
            quote!(#expr)
        } else {
            quote!(&#expr)
        }
    }
}

/// The value as `&str` for the runtime's builders.
fn as_text(ty: &Type, value: &ValueExpr) -> TokenStream {
    let expr = &value.expr;
    match ty {
        Type::String => value.reference(),
        _ => quote!(&#expr.to_string()),
    }
}

/// A list written as one comma-separated string (the `simple` and non-exploded `form` styles).
fn joined(value: &ValueExpr) -> TokenStream {
    let expr = &value.expr;
    quote!(&#expr.iter().map(ToString::to_string).collect::<Vec<_>>().join(","))
}

fn to_request(operation: &Operation) -> TokenStream {
    let parameters = &operation.parameters;

    let path = if parameters
        .iter()
        .any(|p| p.location == ParameterLocation::Path)
    {
        let steps = operation.path_segments.iter().map(|segment| match segment {
            PathSegment::Literal(text) => quote!(path.literal(#text);),
            PathSegment::Parameter(index) => {
                let parameter = &parameters[*index];
                let wire = &parameter.wire_name;
                let value = as_text(&parameter.ty, &ValueExpr::field(&parameter.field));
                quote!(path.parameter(#wire, #value)?;)
            }
        });
        quote! {
            let mut path = crate::runtime::PathBuilder::new();
            #(#steps)*
            let path = path.finish();
        }
    } else {
        let text = &operation.path;
        quote!(let path = #text;)
    };
    let path_arg = if parameters
        .iter()
        .any(|p| p.location == ParameterLocation::Path)
    {
        quote!(&path)
    } else {
        quote!(path)
    };

    let query_parameters: Vec<&Parameter> = parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Query)
        .collect();
    let (query, query_arg) = if query_parameters.is_empty() {
        (quote!(), quote!(""))
    } else {
        let pairs = query_parameters.iter().map(|parameter| {
            let wire = &parameter.wire_name;
            let field = ident(&parameter.field);
            let push = |value: ValueExpr| -> TokenStream {
                match &parameter.ty {
                    Type::List(inner) if parameter.explode => {
                        let item = as_text(inner, &ValueExpr::binding("item"));
                        let list = value.reference();
                        quote! {
                            for item in #list {
                                query.pair(#wire, #item);
                            }
                        }
                    }
                    Type::List(_) => {
                        let text = joined(&value);
                        quote!(query.pair(#wire, #text);)
                    }
                    ty => {
                        let text = as_text(ty, &value);
                        quote!(query.pair(#wire, #text);)
                    }
                }
            };
            if parameter.required {
                push(ValueExpr::field(&parameter.field))
            } else {
                let inner = push(ValueExpr::binding("value"));
                quote! {
                    if let Some(value) = &self.#field {
                        #inner
                    }
                }
            }
        });
        (
            quote! {
                let mut query = crate::runtime::QueryBuilder::new();
                #(#pairs)*
            },
            quote!(&query.finish()),
        )
    };

    let mut headers: Vec<TokenStream> = Vec::new();
    if let Some(accept) = &operation.accept {
        headers.push(quote! {
            headers.insert(http::header::ACCEPT, http::HeaderValue::from_static(#accept));
        });
    }
    if let Some(body) = &operation.body {
        let media_type = &body.media_type;
        headers.push(quote! {
            headers.insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static(#media_type));
        });
    }
    for parameter in parameters
        .iter()
        .filter(|p| p.location == ParameterLocation::Header)
    {
        let wire = &parameter.wire_name;
        let lower = wire.to_ascii_lowercase();
        let field = ident(&parameter.field);
        let insert = |value: ValueExpr| -> TokenStream {
            let text = match &parameter.ty {
                Type::List(_) => joined(&value),
                ty => as_text(ty, &value),
            };
            quote! {
                headers.insert(
                    http::HeaderName::from_static(#lower),
                    crate::runtime::header_value(#wire, #text)?,
                );
            }
        };
        headers.push(if parameter.required {
            insert(ValueExpr::field(&parameter.field))
        } else {
            let inner = insert(ValueExpr::binding("value"));
            quote! {
                if let Some(value) = &self.#field {
                    #inner
                }
            }
        });
    }

    let body = match &operation.body {
        None => quote!(Vec::new()),
        Some(body) if body.required => quote!(serde_json::to_vec(&self.body)?),
        Some(_) => quote! {
            match &self.body {
                Some(body) => serde_json::to_vec(body)?,
                None => Vec::new(),
            }
        },
    };
    let build = quote! {
        crate::runtime::request_builder(Self::METHOD, base_url, #path_arg, #query_arg)?.body(#body)?
    };
    let finish = if headers.is_empty() {
        quote!(Ok(#build))
    } else {
        quote! {
            let mut request = #build;
            let headers = request.headers_mut();
            #(#headers)*
            Ok(request)
        }
    };
    quote! {
        fn to_request(&self, base_url: &str) -> Result<http::Request<Vec<u8>>, crate::runtime::RequestError> {
            #path
            #query
            #finish
        }
    }
}

fn response_enum(operation: &Operation) -> TokenStream {
    let name = ident(&operation.response_name);
    let doc = format!(" The documented responses of [`{}`].", operation.name);
    let variants = operation.responses.iter().map(|response| {
        let variant = ident(&response.variant);
        let docs = docs(response.docs.as_deref());
        let body = match &response.body {
            ResponseBody::None => None,
            ResponseBody::Json(ty) => Some(rust_type(ty)),
            ResponseBody::Raw => Some(quote!(Vec<u8>)),
        };
        let shape = match (response.status, body) {
            (StatusMatch::Code(_), None) => quote!(),
            (StatusMatch::Code(_), Some(body)) => quote!((#body)),
            (_, None) => quote!({
                /// The status the server sent.
                status: http::StatusCode
            }),
            (_, Some(body)) => quote!({
                /// The status the server sent.
                status: http::StatusCode,
                /// The response body.
                body: #body
            }),
        };
        quote! {
            #(#docs)*
            #variant #shape,
        }
    });
    // A response is matched once and dropped, so a large body variant costs nothing worth an
    // allocation per call.
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn from_response(operation: &Operation) -> TokenStream {
    let name = ident(&operation.response_name);
    let mut responses: Vec<_> = operation.responses.iter().collect();
    responses.sort_by_key(|r| r.status);
    let mut uses_parts = false;
    let mut uses_body = false;
    let mut arms: Vec<(TokenStream, TokenStream)> = responses
        .iter()
        .map(|response| {
            let variant = ident(&response.variant);
            let pattern = match response.status {
                StatusMatch::Code(code) => {
                    let code = Literal::u16_unsuffixed(code);
                    quote!(#code)
                }
                StatusMatch::Range(hundreds) => {
                    let low = Literal::u16_unsuffixed(hundreds * 100);
                    let high = Literal::u16_unsuffixed(hundreds * 100 + 99);
                    quote!(#low..=#high)
                }
                StatusMatch::Default => quote!(_),
            };
            let value = match &response.body {
                ResponseBody::None => quote!(),
                ResponseBody::Json(_) => {
                    uses_parts = true;
                    uses_body = true;
                    quote!(crate::runtime::json_body(parts, body)?)
                }
                ResponseBody::Raw => {
                    uses_body = true;
                    quote!(body)
                }
            };
            let construct = match (response.status, value.is_empty()) {
                (StatusMatch::Code(_), true) => quote!(#name::#variant),
                (StatusMatch::Code(_), false) => quote!(#name::#variant(#value)),
                (_, true) => quote!(#name::#variant { status }),
                (_, false) if matches!(response.body, ResponseBody::Raw) => {
                    quote!(#name::#variant { status, body })
                }
                (_, false) => quote!(#name::#variant { status, body: #value }),
            };
            (pattern, construct)
        })
        .collect();
    if !responses.iter().any(|r| r.status == StatusMatch::Default) {
        uses_parts = true;
        uses_body = true;
        arms.push((
            quote!(_),
            quote!(return Err(crate::runtime::ResponseError::unexpected(parts, body))),
        ));
    }
    // A lone `default` needs no match.
    let decode = match arms.as_slice() {
        [(_, construct)] if responses.len() == 1 && responses[0].status == StatusMatch::Default => {
            quote!(Ok(#construct))
        }
        _ => {
            let arms = arms
                .iter()
                .map(|(pattern, construct)| quote!(#pattern => #construct,));
            quote! {
                Ok(match status.as_u16() {
                    #(#arms)*
                })
            }
        }
    };
    let split = match (uses_parts, uses_body) {
        (true, _) => quote!(let (parts, body) = response.into_parts();),
        (false, true) => quote!(let body = response.into_body();),
        (false, false) => quote!(),
    };
    quote! {
        fn from_response(response: http::Response<Vec<u8>>) -> Result<Self::Response, crate::runtime::ResponseError> {
            let status = response.status();
            #split
            #decode
        }
    }
}
