//! The response enum of an operation, and `from_response`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::docs::docs;
use super::ident;
use super::types::rust_type;
use crate::ir::{Api, Operation, ResponseBody, StatusMatch};

pub(super) fn response_enum(api: &Api, operation: &Operation) -> TokenStream {
    let name = ident(&operation.response_name);
    let doc = format!(" The documented responses of [`{}`].", operation.name);
    let variants = operation.responses.iter().map(|response| {
        let variant = ident(&response.variant);
        let mut docs = docs(response.docs.as_deref());
        let body = match &response.body {
            ResponseBody::None => None,
            ResponseBody::Json(ty) => Some(rust_type(api, ty)),
            ResponseBody::Raw => Some(quote!(Vec<u8>)),
            ResponseBody::Stream(item) => {
                let item = rust_type(api, item).to_string().replace(' ', "");
                let note = format!(
                    " The stream's bytes; each item is a `{item}` (not decoded one by one yet)."
                );
                docs.push(quote!(#[doc = ""]));
                docs.push(quote!(#[doc = #note]));
                Some(quote!(Vec<u8>))
            }
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

pub(super) fn from_response(operation: &Operation) -> TokenStream {
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
                ResponseBody::Raw | ResponseBody::Stream(_) => {
                    uses_body = true;
                    quote!(body)
                }
            };
            let construct = match (response.status, value.is_empty()) {
                (StatusMatch::Code(_), true) => quote!(#name::#variant),
                (StatusMatch::Code(_), false) => quote!(#name::#variant(#value)),
                (_, true) => quote!(#name::#variant { status }),
                (_, false)
                    if matches!(response.body, ResponseBody::Raw | ResponseBody::Stream(_)) =>
                {
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
