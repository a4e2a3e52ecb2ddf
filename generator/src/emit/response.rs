//! The response enum of an operation, the structs of its documented headers and the enums of
//! its bodies of several kinds, and `streams` for Server-Sent Events.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::docs::{docs_text, docs_with_note};
use super::format::{self, Chunk, Code};
use super::types::{allow_deprecated, deprecated, holds_bytes, rust_type, rust_type_text};
use super::{ident, ident_text};
use crate::ir::{
    Alternative, Api, EventData, NegotiatedBody, Operation, Outcome, Response, ResponseBody,
    ResponseHeaders, StatusMatch,
};

/// The operation's `runtime::responses!` table (its response, success and error enums, its
/// `runtime::Outcome` and the status → variant decoding), then the types its variants hold
/// that are written with this operation: those no other operation's responses hold.
pub(super) fn response_items(api: &Api, operation: &Operation, shared: &Shared<'_>) -> Code {
    let mut code = Code::default();
    code.push_text(&responses_table(api, operation));
    let owned = operation
        .responses
        .iter()
        .flat_map(Owned::of)
        .filter(|owned| owned.defined_here() && !shared.holds(owned.name()))
        .map(|owned| owned.tokens(api));
    code.push(Chunk::Items(quote!(#(#owned)*)));
    code
}

/// A type that a response holds and that is written with the responses: its body enum of
/// several kinds, or the struct of its headers.
#[derive(Clone, Copy)]
pub(super) enum Owned<'a> {
    Negotiated(&'a NegotiatedBody),
    Headers(&'a ResponseHeaders),
}

impl<'a> Owned<'a> {
    fn of(response: &'a Response) -> impl Iterator<Item = Owned<'a>> {
        let negotiated = match &response.body {
            ResponseBody::Negotiated(negotiated) => Some(Owned::Negotiated(negotiated)),
            _ => None,
        };
        negotiated
            .into_iter()
            .chain(response.headers.as_ref().map(Owned::Headers))
    }

    pub(super) fn name(self) -> &'a str {
        match self {
            Owned::Negotiated(negotiated) => negotiated.name.as_str(),
            Owned::Headers(headers) => headers.name.as_str(),
        }
    }

    /// Whether this use of the type is the one it is defined with, the others naming it.
    fn defined_here(self) -> bool {
        match self {
            Owned::Negotiated(negotiated) => negotiated.defined_here,
            Owned::Headers(headers) => headers.defined_here,
        }
    }

    pub(super) fn tokens(self, api: &Api) -> TokenStream {
        match self {
            Owned::Negotiated(negotiated) => negotiated_enum(api, negotiated),
            Owned::Headers(headers) => headers_struct(api, headers),
        }
    }
}

/// The response types that the responses of several operations hold (those of a component
/// response, or of a response documenting one component header alone, as GitHub's `Link`),
/// each with the operations holding it. They are written once, where a type those operations
/// use is (see [`super::layout`]), not with whichever operation the document lists first.
pub(super) struct Shared<'a> {
    by_name: BTreeMap<&'a str, (Owned<'a>, BTreeSet<usize>)>,
}

impl<'a> Shared<'a> {
    pub(super) fn of(api: &'a Api) -> Self {
        let mut found: BTreeMap<&str, (Option<Owned<'a>>, BTreeSet<usize>)> = BTreeMap::new();
        for (index, operation) in api.operations.iter().enumerate() {
            for owned in operation.responses.iter().flat_map(Owned::of) {
                let (definition, operations) = found.entry(owned.name()).or_default();
                if owned.defined_here() {
                    definition.get_or_insert(owned);
                }
                operations.insert(index);
            }
        }
        let by_name = found
            .into_iter()
            .filter(|(_, (_, operations))| operations.len() > 1)
            .filter_map(|(name, (definition, operations))| Some((name, (definition?, operations))))
            .collect();
        Shared { by_name }
    }

    fn holds(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// Each shared type, in the order of their names, with the operations (positions in
    /// [`Api::operations`]) that hold it.
    pub(super) fn items(&self) -> impl Iterator<Item = (Owned<'a>, &BTreeSet<usize>)> {
        self.by_name
            .values()
            .map(|(owned, operations)| (*owned, operations))
    }
}

/// The table: a header with what `into_result` returns, then a row per response in the order
/// statuses are matched (codes, ranges, `default`), each with its docs, status pattern, variant
/// and where `into_result` puts it.
fn responses_table(api: &Api, operation: &Operation) -> String {
    let successes: Vec<&Response> = operation.successes().collect();
    let success = match (&operation.success_name, successes.as_slice()) {
        (Some(success), _) => format!("enum {}", ident_text(success)),
        (None, [only]) => body_type_text(api, &only.body).unwrap_or_else(|| "()".to_owned()),
        (None, _) => "std::convert::Infallible".to_owned(),
    };
    let error = match &operation.error_name {
        Some(error) => format!("enum {}", ident_text(error)),
        None => "std::convert::Infallible".to_owned(),
    };
    let mut responses: Vec<&Response> = operation.responses.iter().collect();
    responses.sort_by_key(|r| r.status);
    let rows = responses
        .iter()
        .map(|response| {
            let row = format!(
                "{} => {}{}: {}",
                status_text(response.status),
                ident_text(&response.variant),
                shape(api, response),
                row_outcome(operation, response)
            );
            (docs_text(response.docs.as_deref()), row)
        })
        .collect();
    // An event stream can be neither cloned nor compared.
    let streams = operation.responses.iter().any(|r| r.body.streams());
    let derive: &[&str] = if streams {
        &[]
    } else {
        &["#[derive(Clone, PartialEq)]"]
    };
    let header = format!(
        "{}: Result<{success}, {error}>,",
        ident_text(&operation.name)
    );
    format::responses_table(&header, derive, &ident_text(&operation.response_name), rows)
}

/// What a row's variant holds: nothing, `(Type = reader)` for its body alone, or the named
/// values ` { status, headers: Type, body: Type = reader }` (the status when its pattern takes
/// several, the headers it documents), as printed.
fn shape(api: &Api, response: &Response) -> String {
    let body = body_type_text(api, &response.body)
        .map(|ty| format!("{ty} = {}", reader(api, &response.body)));
    let status = !matches!(response.status, StatusMatch::Code(_));
    match (status, body, &response.headers) {
        (false, None, None) => String::new(),
        (false, Some(body), None) => format!("({body})"),
        (status, body, headers) => {
            let status = status.then(|| "status".to_owned());
            let headers = headers
                .as_ref()
                .map(|headers| format!("headers: {}", ident_text(&headers.name)));
            let body = body.map(|body| format!("body: {body}"));
            let fields: Vec<String> = [status, headers, body].into_iter().flatten().collect();
            format!(" {{ {} }}", fields.join(", "))
        }
    }
}

/// How a body is read, as the table names it.
fn reader(api: &Api, body: &ResponseBody) -> &'static str {
    match body {
        ResponseBody::None => "",
        ResponseBody::Json(ty) if holds_bytes(api, ty) => "base64",
        ResponseBody::Json(_) => "json",
        ResponseBody::Text => "text",
        ResponseBody::Bytes => "bytes",
        ResponseBody::EventStream(EventData::Json(_)) => "sse_json",
        ResponseBody::EventStream(EventData::Text) => "sse_text",
        ResponseBody::Negotiated(_) => "negotiated",
    }
}

/// Where `into_result` puts a response: `Ok` into the success enum, `Ok(body)` or `Ok(())` as
/// the one success, `Err` into the error enum, or, for a `default` that is the only candidate
/// for success, `Ok(…) if success else Err`.
fn row_outcome(operation: &Operation, response: &Response) -> String {
    let value = if response.body == ResponseBody::None {
        "Ok(())"
    } else {
        "Ok(body)"
    };
    match operation.outcome(response) {
        Outcome::Success if operation.success_name.is_some() => "Ok".to_owned(),
        Outcome::Success => value.to_owned(),
        Outcome::Error => "Err".to_owned(),
        Outcome::SuccessIf2xx => format!("{value} if success else Err"),
    }
}

/// `Debug` for a type holding an event stream, which can be neither cloned nor compared; else
/// `Debug, Clone, PartialEq`.
fn derives(streams: bool) -> TokenStream {
    if streams {
        quote!(#[derive(Debug)])
    } else {
        quote!(#[derive(Debug, Clone, PartialEq)])
    }
}

/// The Rust type of a body; `None` when there is none.
fn body_type(api: &Api, body: &ResponseBody) -> Option<TokenStream> {
    Some(match body {
        ResponseBody::None => return None,
        ResponseBody::Json(ty) => rust_type(api, ty),
        ResponseBody::Text => quote!(String),
        ResponseBody::Bytes => quote!(Vec<u8>),
        ResponseBody::EventStream(EventData::Json(ty)) => {
            let ty = rust_type(api, ty);
            quote!(runtime::EventStream<#ty>)
        }
        ResponseBody::EventStream(EventData::Text) => quote!(runtime::EventStream<String>),
        ResponseBody::Negotiated(negotiated) => {
            let name = ident(&negotiated.name);
            quote!(#name)
        }
    })
}

/// [`body_type`] as printed.
fn body_type_text(api: &Api, body: &ResponseBody) -> Option<String> {
    Some(match body {
        ResponseBody::None => return None,
        ResponseBody::Json(ty) => rust_type_text(api, ty),
        ResponseBody::Text => "String".to_owned(),
        ResponseBody::Bytes => "Vec<u8>".to_owned(),
        ResponseBody::EventStream(EventData::Json(ty)) => {
            format!("runtime::EventStream<{}>", rust_type_text(api, ty))
        }
        ResponseBody::EventStream(EventData::Text) => "runtime::EventStream<String>".to_owned(),
        ResponseBody::Negotiated(negotiated) => ident_text(&negotiated.name),
    })
}

/// The enum of a body of several kinds, a variant per kind.
fn negotiated_enum(api: &Api, negotiated: &NegotiatedBody) -> TokenStream {
    let name = ident(&negotiated.name);
    let doc = format!(" {}", negotiated.role);
    let variants = negotiated.alternatives.iter().map(|alternative| {
        let variant = ident(&alternative.variant);
        let media_types: Vec<String> = alternative
            .media_types
            .iter()
            .map(|media_type| format!("`{media_type}`"))
            .collect();
        let doc = format!(" {}", media_types.join(", "));
        let body = body_type(api, &alternative.body);
        quote! {
            #[doc = #doc]
            #variant(#body),
        }
    });
    let derives = derives(negotiated.alternatives.iter().any(|a| a.body.streams()));
    let read = negotiated_value(api, negotiated);
    quote! {
        #[doc = #doc]
        #[doc = ""]
        #[doc = " Its kind is the one the response's `Content-Type` names."]
        #derives
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#variants)*
        }

        impl #name {
            /// The body read as the kind its response's `Content-Type` names.
            pub(crate) fn from_body(
                parts: &http::response::Parts,
                body: runtime::ByteStream,
            ) -> Result<Self, runtime::ResponseError> {
                Ok(#read)
            }
        }
    }
}

/// The struct of the headers a response documents, and its `runtime::FromHeaders` impl.
fn headers_struct(api: &Api, headers: &ResponseHeaders) -> TokenStream {
    let name = ident(&headers.name);
    let doc = format!(" {}", headers.role);
    let fields = headers.fields.iter().map(|header| {
        let field = ident(&header.field);
        let origin = if header.list {
            format!("header `{}`, a comma-separated list", header.wire_name)
        } else {
            format!("header `{}`", header.wire_name)
        };
        let docs = docs_with_note(header.docs.as_deref(), &origin);
        let deprecated = deprecated(header.deprecated);
        let ty = rust_type(api, &header.ty);
        let ty = if header.list { quote!(Vec<#ty>) } else { ty };
        let ty = if header.required {
            ty
        } else {
            quote!(Option<#ty>)
        };
        quote! {
            #(#docs)*
            #deprecated
            pub #field: #ty,
        }
    });
    let reads = headers.fields.iter().map(|header| {
        let field = ident(&header.field);
        let wire = header.name.as_str();
        let read = if header.list {
            quote!(runtime::header_list(headers, #wire)?)
        } else {
            quote!(runtime::header(headers, #wire)?)
        };
        let read = if header.required {
            quote!(runtime::required_header(#read, #wire)?)
        } else {
            read
        };
        quote!(#field: #read,)
    });
    let allow = allow_deprecated(headers.fields.iter().any(|header| header.deprecated));
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #name {
            #(#fields)*
        }

        #allow
        impl runtime::FromHeaders for #name {
            fn from_headers(headers: &http::HeaderMap) -> Result<Self, runtime::HeaderError> {
                Ok(#name {
                    #(#reads)*
                })
            }
        }
    }
}

/// The pattern a status matches for a response.
fn status_pattern(status: StatusMatch) -> TokenStream {
    match status {
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
    }
}

/// [`status_pattern`] as printed.
fn status_text(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(hundreds) => format!("{}..={}", hundreds * 100, hundreds * 100 + 99),
        StatusMatch::Default => "_".to_owned(),
    }
}

/// `Operation::streams` when a response is a stream of events. `Operation::decode` is the
/// trait's default: the response enum's `runtime::Decode`, which the table writes.
pub(super) fn operation_streams(operation: &Operation) -> Option<TokenStream> {
    let mut responses: Vec<&Response> = operation.responses.iter().collect();
    responses.sort_by_key(|r| r.status);
    streams(&responses)
}

/// A code inside a documented range takes precedence over it, as the specification says: its
/// arm comes first, which clippy takes for an overlap when the code starts the range.
fn overlap_allowed(responses: &[&Response]) -> Option<TokenStream> {
    let overlapping = responses.iter().any(|code| {
        responses
            .iter()
            .any(|range| match (code.status, range.status) {
                (StatusMatch::Code(code), StatusMatch::Range(hundreds)) => code == hundreds * 100,
                _ => false,
            })
    });
    overlapping.then(|| quote!(#[allow(clippy::match_overlapping_arm)]))
}

/// The value of a body, read from `body` (and `parts`), for a variant's constructor.
fn body_value(api: &Api, body: &ResponseBody) -> Option<TokenStream> {
    Some(match body {
        ResponseBody::None => return None,
        ResponseBody::Json(ty) if holds_bytes(api, ty) => {
            let ty = rust_type(api, ty);
            quote!(runtime::json_body::<runtime::base64::Decoded<#ty>>(parts, body)?.0)
        }
        ResponseBody::Json(_) => quote!(runtime::json_body(parts, body)?),
        ResponseBody::Text => quote!(runtime::text_body(parts, body)?),
        ResponseBody::Bytes => quote!(runtime::bytes_body(parts, body)?),
        ResponseBody::EventStream(EventData::Json(_)) => {
            quote!(runtime::EventStream::json(body))
        }
        ResponseBody::EventStream(EventData::Text) => {
            quote!(runtime::EventStream::text(body))
        }
        ResponseBody::Negotiated(negotiated) => negotiated_value(api, negotiated),
    })
}

/// A body of several kinds, read as the one the `Content-Type` names.
fn negotiated_value(api: &Api, negotiated: &NegotiatedBody) -> TokenStream {
    let name = ident(&negotiated.name);
    let fallback = fallback(negotiated);
    let arms = negotiated
        .alternatives
        .iter()
        .enumerate()
        .filter(|(at, _)| *at != fallback)
        .map(|(_, alternative)| {
            let kind = media_kind(alternative);
            let variant = ident(&alternative.variant);
            let value = body_value(api, &alternative.body);
            quote!(runtime::MediaKind::#kind => #name::#variant(#value),)
        });
    let last = &negotiated.alternatives[fallback];
    let variant = ident(&last.variant);
    let value = body_value(api, &last.body);
    quote! {
        match runtime::MediaKind::of(parts) {
            #(#arms)*
            _ => #name::#variant(#value),
        }
    }
}

/// The alternative a `Content-Type` that names none of the others decodes as: bytes when the
/// response documents a binary type, else the first kind.
fn fallback(negotiated: &NegotiatedBody) -> usize {
    negotiated
        .alternatives
        .iter()
        .position(|a| a.body == ResponseBody::Bytes)
        .unwrap_or(0)
}

/// The `runtime::MediaKind` a `Content-Type` of an alternative's kind has.
fn media_kind(alternative: &Alternative) -> TokenStream {
    match alternative.body {
        ResponseBody::Json(_) => quote!(Json),
        ResponseBody::EventStream(_) => quote!(EventStream),
        ResponseBody::Text => quote!(Text),
        _ => quote!(Other),
    }
}

/// `streams`: whether the variant of a status reads its body as it arrives. `None` when no
/// response is a stream of events (the trait's default says no).
fn streams(responses: &[&Response]) -> Option<TokenStream> {
    if !responses.iter().any(|r| r.body.streams()) {
        return None;
    }
    // A status matches the first response whose pattern takes it, so a response that does
    // not stream is kept only ahead of a later one that does and may take the same status.
    let streamed = |response: &Response| response.body.streams();
    let overlaps = |earlier: StatusMatch, later: StatusMatch| match (earlier, later) {
        (_, StatusMatch::Default) => true,
        (StatusMatch::Code(code), StatusMatch::Range(hundreds)) => code / 100 == hundreds,
        _ => false,
    };
    let mut arms: Vec<(TokenStream, Option<TokenStream>)> = Vec::new();
    for (at, response) in responses.iter().enumerate() {
        let shadows = responses[at + 1..]
            .iter()
            .any(|later| streamed(later) && overlaps(response.status, later.status));
        let pattern = status_pattern(response.status);
        match &response.body {
            ResponseBody::EventStream(_) => arms.push((pattern, None)),
            ResponseBody::Negotiated(negotiated) if streamed(response) => {
                let condition = (!negotiated.alternatives[fallback(negotiated)].body.streams())
                    .then(|| {
                        quote! {
                            runtime::MediaKind::of(parts) == runtime::MediaKind::EventStream
                        }
                    });
                arms.push((pattern, condition.or_else(|| Some(quote!(true)))));
            }
            _ if shadows => arms.push((pattern, Some(quote!(false)))),
            _ => {}
        }
    }
    let status = quote!(parts.status.as_u16());
    let body = if arms.iter().all(|(_, value)| value.is_none()) {
        let patterns = arms.iter().map(|(pattern, _)| pattern);
        quote!(matches!(#status, #(#patterns)|*))
    } else {
        let default = responses.iter().any(|r| r.status == StatusMatch::Default);
        let arms = arms.iter().map(|(pattern, value)| {
            let value = value.clone().unwrap_or_else(|| quote!(true));
            quote!(#pattern => #value,)
        });
        let rest = (!default).then(|| quote!(_ => false,));
        quote! {
            match #status {
                #(#arms)*
                #rest
            }
        }
    };
    let allow = overlap_allowed(responses);
    Some(quote! {
        #allow
        fn streams(parts: &http::response::Parts) -> bool {
            #body
        }
    })
}
