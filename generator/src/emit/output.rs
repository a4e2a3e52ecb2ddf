//! The items of a generated module, collected in any order and written in a fixed one.
//!
//! Each group of items is parsed and printed on its own, and groups made from the IR's types and
//! operations are made and printed on worker threads: `proc_macro2` tokens cannot cross threads,
//! so a worker is handed the IR element and builds the tokens itself.

use std::any::Any;
use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use proc_macro2::{Span, TokenStream};

use super::format::{push_joined, push_spaced, start_file, unparse};

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

/// Groups of items made on demand from a slice of the IR, one group per element.
trait Groups: Sync {
    fn len(&self) -> usize;
    fn tokens(&self, index: usize) -> TokenStream;
}

struct Each<'a, T, F> {
    elements: &'a [T],
    tokens: F,
}

impl<T: Sync, F: Fn(&T) -> TokenStream + Sync> Groups for Each<'_, T, F> {
    fn len(&self) -> usize {
        self.elements.len()
    }

    fn tokens(&self, index: usize) -> TokenStream {
        (self.tokens)(&self.elements[index])
    }
}

/// What [`Output::add`] and [`Output::add_each`] were given.
enum Piece<'a> {
    Tokens(TokenStream),
    Each(Box<dyn Groups + 'a>),
}

/// A generated module in the making.
///
/// The file is its inner attributes (module docs and lints), then the items by [`Section`];
/// within a section, items keep the order they were added in, which is the IR's order. Nothing is
/// sorted here: lowering has already decided the order, and output must be the same bytes for
/// the same IR, however many threads print it.
#[derive(Default)]
pub(super) struct Output<'a> {
    inner_attributes: TokenStream,
    sections: BTreeMap<Section, Vec<Piece<'a>>>,
}

/// One group of items to print: text printed already, or an element of the IR.
enum Job<'p> {
    Text(String),
    Group(&'p dyn Groups, usize),
}

/// Groups printed by one worker before it takes the next batch: small enough that two threads
/// finish close together, large enough that taking a batch costs nothing next to printing it.
const BATCH: usize = 16;

/// The most threads one module is printed on; beyond this, memory grows for little gain.
const MAX_THREADS: usize = 8;

impl<'a> Output<'a> {
    /// Adds `#![…]` attributes (inner doc lines included), written before every item.
    pub(super) fn inner_attributes(&mut self, tokens: TokenStream) {
        self.inner_attributes.extend(tokens);
    }

    /// Adds an item (or several that belong together) after those already in `section`.
    pub(super) fn add(&mut self, section: Section, item: TokenStream) {
        self.push(section, Piece::Tokens(item));
    }

    /// Adds `tokens(element)` for each element, in order, after the items already in `section`.
    /// The tokens are made while the module is rendered, possibly on another thread.
    pub(super) fn add_each<T: Sync>(
        &mut self,
        section: Section,
        elements: &'a [T],
        tokens: impl Fn(&T) -> TokenStream + Sync + 'a,
    ) {
        self.push(section, Piece::Each(Box::new(Each { elements, tokens })));
    }

    fn push(&mut self, section: Section, piece: Piece<'a>) {
        self.sections.entry(section).or_default().push(piece);
    }

    /// The module as a source file, under `header`.
    pub(super) fn render(self, header: &str) -> Result<String, syn::Error> {
        // Tokens made here cannot go to another thread: they are printed before any worker starts.
        let mut jobs = vec![Job::Text(unparse(self.inner_attributes)?)];
        let mut pieces: Vec<Piece<'a>> = self.sections.into_values().flatten().collect();
        for piece in &mut pieces {
            match piece {
                Piece::Tokens(tokens) => jobs.push(Job::Text(unparse(std::mem::take(tokens))?)),
                Piece::Each(groups) => {
                    jobs.extend((0..groups.len()).map(|index| Job::Group(&**groups, index)));
                }
            }
        }
        let batches = print(&jobs)?;
        let mut out = start_file(header, batches.iter().map(|b| b.len() + 1).sum());
        for batch in &batches {
            push_joined(&mut out, batch);
        }
        Ok(out)
    }
}

/// Prints every job, spaced, in batches of [`BATCH`]: one text per batch, in the jobs' order.
/// Batches go to as many threads as pay; the first error in the jobs' order is the one returned.
fn print(jobs: &[Job<'_>]) -> Result<Vec<String>, syn::Error> {
    let batches: Vec<&[Job<'_>]> = jobs.chunks(BATCH).collect();
    let next = AtomicUsize::new(0);
    let work = || {
        let mut printed = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(batch) = batches.get(index) else {
                return printed;
            };
            printed.push((index, print_batch(batch)));
        }
    };
    let threads = thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(MAX_THREADS)
        .min(batches.len());
    let results = if threads <= 1 {
        vec![panic::catch_unwind(AssertUnwindSafe(work))]
    } else {
        thread::scope(|scope| {
            let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
            // Every thread is joined here, so a panic comes back as a value, not across `scope`.
            handles.into_iter().map(|h| h.join()).collect::<Vec<_>>()
        })
    };
    let mut printed = Vec::with_capacity(batches.len());
    for result in results {
        printed.extend(result.map_err(panicked)?);
    }
    // With no panic, every batch was taken exactly once.
    printed.sort_unstable_by_key(|&(index, _)| index);
    printed.into_iter().map(|(_, text)| text).collect()
}

/// One batch's text, spaced as if it began a file; [`push_joined`] spaces it after the rest.
fn print_batch(jobs: &[Job<'_>]) -> Result<String, syn::Error> {
    let mut out = String::new();
    for job in jobs {
        match job {
            Job::Text(text) => push_spaced(&mut out, text),
            Job::Group(groups, index) => push_spaced(&mut out, &unparse(groups.tokens(*index))?),
        }
    }
    Ok(out)
}

/// A panic while printing, as an error.
fn panicked(payload: Box<dyn Any + Send>) -> syn::Error {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    syn::Error::new(
        Span::call_site(),
        format!("printing the module panicked: {message}"),
    )
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use super::{BATCH, Output, Section};

    #[test]
    fn sections_in_declared_order_items_in_added_order() {
        let mut output = Output::default();
        output.add(Section::Operations, quote! { struct Op; });
        output.add(Section::Types, quote! { struct B; });
        output.add(Section::Constants, quote! { const C: u8 = 0; });
        output.add(Section::Types, quote! { struct A; });
        output.add(Section::Security, quote! { mod security {} });
        output.inner_attributes(quote!(#![doc = " Module."] #![allow(dead_code)]));
        let expected = "// h\n\n//! Module.\n#![allow(dead_code)]\n\nconst C: u8 = 0;\n\nmod security {}\n\n\
                        struct B;\n\nstruct A;\n\nstruct Op;\n";
        assert_eq!(output.render("// h").unwrap(), expected);
    }

    fn numbered(n: &usize) -> TokenStream {
        let name = quote::format_ident!("S{}", n);
        quote! {
            /// A struct.
            pub struct #name {
                pub a: u8,
            }
            impl #name {
                const A: u8 = 0;
                const B: u8 = 1;
            }
        }
    }

    /// Many groups (printed in batches, on several threads where there are cores) give the
    /// text of the whole module printed at once, in the order added.
    #[test]
    fn groups_printed_apart_equal_the_module_printed_whole() {
        let elements: Vec<usize> = (0..BATCH * 5 + 3).collect();
        let mut output = Output::default();
        output.inner_attributes(quote!(#![allow(dead_code)]));
        output.add(Section::Constants, quote! { const C: u8 = 0; });
        output.add_each(Section::Types, &elements, numbered);
        output.add(Section::Types, quote! { struct Last; });
        let items = elements.iter().map(numbered);
        let whole = super::super::format::render(
            "// h",
            quote! {
                #![allow(dead_code)]
                const C: u8 = 0;
                #(#items)*
                struct Last;
            },
        )
        .unwrap();
        assert_eq!(output.render("// h").unwrap(), whole);
        assert!(whole.contains("}\n\nimpl S7 {\n    const A: u8 = 0;\n\n    const B"));
    }

    fn broken(n: &usize) -> TokenStream {
        if *n == 40 {
            quote!(struct)
        } else {
            numbered(n)
        }
    }

    #[test]
    fn a_group_that_does_not_parse_is_an_error() {
        let elements: Vec<usize> = (0..BATCH * 4).collect();
        let mut output = Output::default();
        output.add_each(Section::Types, &elements, broken);
        assert!(output.render("// h").is_err());
    }

    fn panics(n: &usize) -> TokenStream {
        if *n == 20 {
            panic!("element {n}");
        }
        numbered(n)
    }

    #[test]
    fn a_panic_while_printing_is_an_error() {
        let elements: Vec<usize> = (0..BATCH * 4).collect();
        let mut output = Output::default();
        output.add_each(Section::Types, &elements, panics);
        let error = output.render("// h").unwrap_err();
        assert!(error.to_string().contains("element 20"), "{error}");
    }
}
