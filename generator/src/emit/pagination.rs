//! `impl runtime::Paginated` of an operation whose results come in pages: its items, and the
//! request of the page after one (see [`crate::pagination`]).

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use super::types::{allow_deprecated, rust_type};
use crate::ir::{Api, Operation, Paging, PagingKind};

/// The impl, when the operation paginates.
pub(super) fn paginated_impl(api: &Api, operation: &Operation) -> Option<TokenStream> {
    let paging = operation.pagination.as_ref()?;
    let name = ident(&operation.name);
    let response_name = ident(&operation.response_name);
    let item = rust_type(api, &paging.item);
    let page = page_pattern(operation, paging, true);
    // A response enum of one variant needs no arm for the others.
    let only_variant = operation.responses.len() == 1;
    let (items, next_page, deprecated) = match &paging.kind {
        PagingKind::Link => {
            let items = if only_variant {
                quote! {
                    let #page = response;
                    Ok(body)
                }
            } else {
                quote! {
                    match response {
                        #page => Ok(body),
                        other => Err(other),
                    }
                }
            };
            let next = quote!(runtime::NextPage::from_link(page.headers()));
            let next = if only_variant {
                next
            } else {
                let page = page_pattern(operation, paging, false);
                quote! {
                    match **page {
                        #page => #next,
                        _ => None,
                    }
                }
            };
            (items, next, false)
        }
        PagingKind::Cursor {
            items,
            has_more,
            parameter,
            parameter_required,
            cursor_field,
            deprecated,
        } => {
            let (items, has_more) = (ident(items), ident(has_more));
            let (parameter, cursor_field) = (ident(parameter), ident(cursor_field));
            let items_of = if only_variant {
                quote! {
                    let #page = response;
                    Ok(body.#items)
                }
            } else {
                quote! {
                    match response {
                        #page => Ok(body.#items),
                        other => Err(other),
                    }
                }
            };
            let page_body = if only_variant {
                quote!(let #page = &**page;)
            } else {
                quote! {
                    let #page = &**page else {
                        return None;
                    };
                }
            };
            let cursor = quote!(last.#cursor_field.clone());
            let cursor = if *parameter_required {
                cursor
            } else {
                quote!(Some(#cursor))
            };
            // The struct update would be needless when the cursor is the only field.
            let fields = operation.parameters.len() + usize::from(operation.body.is_some());
            let rest = (fields > 1).then(|| quote!(..self.clone()));
            let next = quote! {
                #page_body
                let last = body.#items.last().filter(|_| body.#has_more)?;
                Some(runtime::NextPage::Operation(Self {
                    #parameter: #cursor,
                    #rest
                }))
            };
            (items_of, next, *deprecated)
        }
    };
    let allow = allow_deprecated(operation.deprecated || deprecated);
    Some(quote! {
        #allow
        impl runtime::Paginated for #name {
            type Item = #item;

            fn items(response: #response_name) -> Result<Vec<#item>, #response_name> {
                #items
            }

            fn next_page(
                &self,
                page: &runtime::Response<#response_name>,
            ) -> Option<runtime::NextPage<Self>> {
                #next_page
            }
        }
    })
}

/// The pattern of the page's variant, binding its body to `body` when `bind`.
fn page_pattern(operation: &Operation, paging: &Paging, bind: bool) -> TokenStream {
    let response_name = ident(&operation.response_name);
    let response = &operation.responses[paging.response];
    let variant = ident(&response.variant);
    match (response.headers.is_some(), bind) {
        (true, true) => quote!(#response_name::#variant { body, .. }),
        (true, false) => quote!(#response_name::#variant { .. }),
        (false, true) => quote!(#response_name::#variant(body)),
        (false, false) => quote!(#response_name::#variant(..)),
    }
}
