//! The operation struct, its `runtime::Operation` impl, and `to_request`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::bodies::{body_note, body_statement, body_type, encoding_tokens, parts_struct};
use super::construct::{Member, Role, builder, is_const, parameter_type};
use super::docs::{docs, docs_with_note, docs_with_sentence};
use super::ident;
use super::pagination::paginated_impl;
use super::response::{operation_streams, response_items};
use super::types::{allow_deprecated, debug_impl, deprecated, holds_bytes, rust_type, serialized};
use crate::ir::{
    Api, BodyContent, HeaderName, Ident as Name, Operation, Parameter, ParameterLocation,
    PathSegment, QueryString, RequestBody,
};
use crate::names;

/// Everything one operation gives: its request struct (and the struct of its multipart body's
/// parts), its response enum, and the `runtime::Operation` impl joining them.
pub(super) fn operation_items(api: &Api, operation: &Operation) -> TokenStream {
    let request = operation_struct(api, operation);
    let parts = parts_struct(api, operation);
    let response_enum = response_items(api, operation);
    let operation_impl = operation_impl(api, operation);
    let paginated = paginated_impl(api, operation);
    quote! {
        #request

        #parts

        #response_enum

        #operation_impl

        #paginated
    }
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
    let debug = secret.then(|| {
        let mut entries: Vec<(&str, proc_macro2::Ident, bool)> = operation
            .parameters
            .iter()
            .map(|p| (p.field.as_str(), ident(&p.field), p.secret))
            .collect();
        if operation.body.is_some() {
            entries.push(("body", format_ident!("body"), false));
        }
        debug_impl(&operation.name, entries, uses_deprecated(operation))
    });
    let derive_debug = (!secret).then(|| quote!(Debug,));
    let all_optional = operation.body.as_ref().is_none_or(|b| !b.required)
        && operation.parameters.iter().all(|p| !p.required);
    let derive_default = all_optional.then(|| quote!(Default,));
    let builder = operation_builder(api, operation);
    quote! {
        #(#docs)*
        #deprecated
        #[derive(#derive_debug Clone, PartialEq, #derive_default)]
        pub struct #name {
            #(#fields)*
        }
        #debug
        #builder
    }
}

/// `new` and the setters of the request struct: `new` takes the path parameters, then the other
/// required parameters, then the body when it is required, each group in document order.
fn operation_builder(api: &Api, operation: &Operation) -> TokenStream {
    let (path, others): (Vec<&Parameter>, Vec<&Parameter>) = operation
        .parameters
        .iter()
        .partition(|p| p.location == ParameterLocation::Path);
    let mut members: Vec<Member> = path
        .into_iter()
        .chain(others)
        .map(|parameter| {
            let ty = parameter_type(api, &parameter.ty, rust_type(api, &parameter.ty));
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
            BodyContent::Json(ty) => parameter_type(api, ty, body_type(api, body)),
            _ => {
                let ty = body_type(api, body);
                quote!(impl Into<#ty>)
            }
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
    // Doc text starts with a space, as `///` comments are written.
    let mut signature = format!(" `{} {}`", operation.method.as_str(), operation.path);
    if let Some(id) = &operation.operation_id {
        if names::type_name(id) != operation.name.as_str() {
            signature.push_str(&format!(" (operationId `{id}`)"));
        }
    }
    let mut docs = docs(operation.docs.as_deref());
    if !docs.is_empty() {
        docs.push(quote!(#[doc = ""]));
    }
    docs.push(quote!(#[doc = #signature]));
    docs
}

/// The `body` field: an `Option` unless the document requires a body.
fn body_field(api: &Api, body: &RequestBody) -> TokenStream {
    let text = body
        .docs
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let body_docs = docs_with_sentence(text.unwrap_or("The request body."), &body_note(body));
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

/// Whether the operation or one of its parameters is deprecated: its impls then read something
/// deprecated.
fn uses_deprecated(operation: &Operation) -> bool {
    operation.deprecated || operation.parameters.iter().any(|p| p.deprecated)
}

/// `impl runtime::Operation`: method, path template, security alternatives, `to_request`, and
/// `streams` for event streams (`decode` is the trait's default).
fn operation_impl(api: &Api, operation: &Operation) -> TokenStream {
    let name = ident(&operation.name);
    let response_name = ident(&operation.response_name);
    let path = &operation.path;
    let method = operation.method.as_str();
    let alternatives = operation.security.iter().map(|alternative| {
        let schemes = alternative.iter().map(|&id| {
            let name = ident(&api.scheme(id).const_name);
            quote!(security::#name)
        });
        quote!(&[#(#schemes),*])
    });
    // No alternatives, the trait's default: no authentication.
    let security = (!operation.security.is_empty()).then(|| {
        quote! {
            const SECURITY: &'static [&'static [runtime::SecurityScheme]] = &[#(#alternatives),*];
        }
    });
    let to_request = to_request(api, operation);
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

fn parameter_field(api: &Api, parameter: &Parameter) -> TokenStream {
    let name = ident(&parameter.field);
    let location = parameter.location.as_str();
    let origin = format!("{location} parameter `{}`", parameter.wire_name);
    let origin = if parameter.secret {
        format!("{origin}; secret: redacted in `Debug` output")
    } else {
        origin
    };
    let docs = docs_with_note(parameter.docs.as_deref(), &origin);
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

/// A reference to a parameter value in generated code: a field of `self`, or a binding.
fn field_ref(name: &Name) -> TokenStream {
    let field = ident(name);
    quote!(&self.#field)
}

/// `to_request`: the path, the query and the body, then the request with its headers.
fn to_request(api: &Api, operation: &Operation) -> TokenStream {
    let (path, path_arg) = path_building(api, operation);
    let (query, query_arg) = query_building(api, &operation.parameters);
    let (body, body_arg) = match body_statement(api, operation) {
        Some(statement) => (statement, quote!(body)),
        None => (quote!(), quote!(None)),
    };
    let (accept, headers) = header_inserts(api, operation);
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
        PathSegment::Parameter(index) => {
            let parameter = &parameters[*index];
            let wire = &parameter.wire_name;
            let value = serialized(api, &parameter.ty, field_ref(&parameter.field));
            let encoding = encoding_tokens(parameter.encoding);
            quote!(path.parameter(#wire, #value, #encoding)?;)
        }
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

/// The statement setting `Accept`, and the header insertions: the header parameters, then the
/// cookie parameters. (`Content-Type` comes with the body.)
fn header_inserts(api: &Api, operation: &Operation) -> (Option<TokenStream>, Vec<TokenStream>) {
    let accept = (!operation.accept.is_empty()).then(|| {
        let media_types: Vec<&str> = operation.accept.iter().map(|m| m.as_str()).collect();
        let media_types = media_types.join(", ");
        quote!(runtime::accept(&mut request, #media_types);)
    });
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
    (accept, headers)
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
