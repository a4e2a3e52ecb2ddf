//! The items of a generated module, collected in any order and written in a fixed one.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::format::render;

/// Where an item goes in a generated module. Sections are written in the order declared here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Section {
    /// `DEFAULT_BASE_URL` and `SERVERS`.
    Constants,
    /// The `security` module.
    Security,
    /// One definition per IR type, with its impls.
    Types,
    /// One request struct per operation, with its response enum and `runtime::Operation` impl.
    Operations,
}

/// A generated module in the making.
///
/// The file is its inner attributes (module docs and lints), then the items by [`Section`];
/// within a section, items keep the order they were added in, which is the IR's order. Nothing is
/// sorted here: lowering has already decided the order, and output must be the same bytes for
/// the same IR.
#[derive(Debug, Default)]
pub(super) struct Output {
    inner_attributes: TokenStream,
    sections: BTreeMap<Section, Vec<TokenStream>>,
}

impl Output {
    /// Adds `#![…]` attributes (inner doc lines included), written before every item.
    pub(super) fn inner_attributes(&mut self, tokens: TokenStream) {
        self.inner_attributes.extend(tokens);
    }

    /// Adds an item (or several that belong together) after those already in `section`.
    pub(super) fn add(&mut self, section: Section, item: TokenStream) {
        self.sections.entry(section).or_default().push(item);
    }

    /// The whole module as tokens.
    pub(super) fn into_tokens(self) -> TokenStream {
        let inner_attributes = self.inner_attributes;
        let items = self.sections.into_values().flatten();
        quote! {
            #inner_attributes
            #(#items)*
        }
    }

    /// The module as a source file, under `header`.
    pub(super) fn render(self, header: &str) -> Result<String, syn::Error> {
        render(header, self.into_tokens())
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::{Output, Section};

    #[test]
    fn sections_in_declared_order_items_in_added_order() {
        let mut output = Output::default();
        output.add(Section::Operations, quote! { struct Op; });
        output.add(Section::Types, quote! { struct B; });
        output.add(Section::Constants, quote! { const C: u8 = 0; });
        output.add(Section::Types, quote! { struct A; });
        output.add(Section::Security, quote! { mod security {} });
        output.inner_attributes(quote!(#![doc = " Module."]));
        let expected = quote! {
            #![doc = " Module."]
            const C: u8 = 0;
            mod security {}
            struct B;
            struct A;
            struct Op;
        };
        assert_eq!(output.into_tokens().to_string(), expected.to_string());
    }
}
