//! The items of a generated module, collected in any order and written in a fixed one, to the
//! files [`layout`](super::layout) assigns.
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

use super::format::{
    Code, USE_PARENT, declarations, push_joined, push_spaced, start_file, unparse,
};
use super::layout::{self, Groups, Item, ROOT_FILE};
use crate::GeneratedFile;

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

/// Which file an item goes to: the module's root file, or a file of a [`Groups`] group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Place {
    Root,
    /// The group's index, and the name of the item (what a group too long is split by).
    Group(usize, String),
}

/// Groups of items made on demand from a slice of the IR, one group per element.
trait Elements: Sync {
    fn len(&self) -> usize;
    fn place(&self, index: usize) -> Place;
    fn code(&self, index: usize) -> Code;
}

struct Each<'a, T, P, F> {
    elements: &'a [T],
    place: P,
    code: F,
}

impl<T, P, F> Elements for Each<'_, T, P, F>
where
    T: Sync,
    P: Fn(usize, &T) -> Place + Sync,
    F: Fn(&T) -> Code + Sync,
{
    fn len(&self) -> usize {
        self.elements.len()
    }

    fn place(&self, index: usize) -> Place {
        (self.place)(index, &self.elements[index])
    }

    fn code(&self, index: usize) -> Code {
        (self.code)(&self.elements[index])
    }
}

/// What [`Output::add`] and [`Output::add_each`] were given.
enum Piece<'a> {
    Tokens(Place, TokenStream),
    Each(Box<dyn Elements + 'a>),
}

/// A generated module in the making.
///
/// The root file is its inner attributes (module docs and lints), the other files'
/// declarations, then its items by [`Section`]; every other file is its items by section.
/// Within a section, items keep the order they were added in, which is the IR's order. Nothing
/// is sorted here: lowering has already decided the order, and output must be the same bytes
/// for the same IR, however many threads print it.
#[derive(Default)]
pub(super) struct Output<'a> {
    /// Comment lines under the root file's header, before its inner attributes.
    root_comments: Vec<String>,
    inner_attributes: TokenStream,
    sections: BTreeMap<Section, Vec<Piece<'a>>>,
}

/// One group of items to print: text printed already, or an element of the IR.
enum Job<'p> {
    Text(String),
    Group(&'p dyn Elements, usize),
}

/// Groups printed by one worker before it takes the next batch: small enough that two threads
/// finish close together, large enough that taking a batch costs nothing next to printing it.
const BATCH: usize = 16;

/// The most threads one module is printed on; beyond this, memory grows for little gain.
const MAX_THREADS: usize = 8;

impl<'a> Output<'a> {
    /// Adds a `// …` line under the root file's header (`line` without its line break).
    pub(super) fn root_comment(&mut self, line: String) {
        self.root_comments.push(line);
    }

    /// Adds `#![…]` attributes (inner doc lines included), written before every item.
    pub(super) fn inner_attributes(&mut self, tokens: TokenStream) {
        self.inner_attributes.extend(tokens);
    }

    /// Adds an item (or several that belong together) after those already in `section`.
    pub(super) fn add(&mut self, section: Section, place: Place, item: TokenStream) {
        self.push(section, Piece::Tokens(place, item));
    }

    /// Adds `code(element)` for each element, in order, after the items already in `section`,
    /// each to the file `place(index, element)` names. The code is made while the module is
    /// rendered, possibly on another thread.
    pub(super) fn add_each<T: Sync>(
        &mut self,
        section: Section,
        elements: &'a [T],
        place: impl Fn(usize, &T) -> Place + Sync + 'a,
        code: impl Fn(&T) -> Code + Sync + 'a,
    ) {
        let each = Each {
            elements,
            place,
            code,
        };
        self.push(section, Piece::Each(Box::new(each)));
    }

    fn push(&mut self, section: Section, piece: Piece<'a>) {
        self.sections.entry(section).or_default().push(piece);
    }

    /// The module's files, each under `header`: [`ROOT_FILE`] first, then the others by name.
    /// Paths are relative to the module's folder.
    pub(super) fn render(
        self,
        header: &str,
        groups: &Groups,
    ) -> Result<Vec<GeneratedFile>, syn::Error> {
        // Tokens made here cannot go to another thread: they are printed before any worker starts.
        let inner_attributes = unparse(self.inner_attributes)?;
        let mut jobs = Vec::new();
        let mut places = Vec::new();
        let mut pieces: Vec<Piece<'a>> = self.sections.into_values().flatten().collect();
        for piece in &mut pieces {
            match piece {
                Piece::Tokens(place, tokens) => {
                    jobs.push(Job::Text(unparse(std::mem::take(tokens))?));
                    places.push(place.clone());
                }
                Piece::Each(elements) => {
                    for index in 0..elements.len() {
                        jobs.push(Job::Group(&**elements, index));
                        places.push(elements.place(index));
                    }
                }
            }
        }
        let texts = print(&jobs)?;

        let mut root_items = Vec::new();
        let mut items = Vec::new();
        let mut item_texts = Vec::new();
        for (place, text) in places.iter().zip(&texts) {
            match place {
                Place::Root => root_items.push(text.as_str()),
                Place::Group(group, name) => {
                    items.push(Item {
                        group: *group,
                        name,
                        // With the blank line that follows it.
                        lines: text.lines().count() + 1,
                    });
                    item_texts.push(text.as_str());
                }
            }
        }
        let files = layout::files(groups, &items);

        let stems: Vec<(&str, Option<&str>)> = files
            .iter()
            .map(|file| (file.stem.as_str(), file.feature.as_deref()))
            .collect();
        let root_size = root_items.iter().map(|text| text.len() + 1).sum();
        let root_header: String = std::iter::once(header)
            .chain(self.root_comments.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("\n");
        let mut root = start_file(&root_header, root_size);
        push_spaced(&mut root, &inner_attributes);
        push_joined(&mut root, &declarations(&stems));
        for text in &root_items {
            push_joined(&mut root, text);
        }
        let mut out = vec![GeneratedFile {
            path: ROOT_FILE.to_owned(),
            contents: root,
        }];
        for file in &files {
            let size: usize = file.items.iter().map(|&i| item_texts[i].len() + 1).sum();
            let mut contents = start_file(header, USE_PARENT.len() + size);
            push_joined(&mut contents, USE_PARENT);
            for &index in &file.items {
                push_joined(&mut contents, item_texts[index]);
            }
            out.push(GeneratedFile {
                path: format!("{}.rs", file.stem),
                contents,
            });
        }
        Ok(out)
    }
}

/// Prints every job, spaced as if it began a file, in batches of [`BATCH`]: one text per job,
/// in the jobs' order. Batches go to as many threads as pay; the first error in the jobs' order
/// is the one returned.
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
    let mut texts = Vec::with_capacity(jobs.len());
    for (_, batch) in printed {
        texts.extend(batch?);
    }
    Ok(texts)
}

/// Each job's text, spaced as if it began a file; [`push_joined`] spaces it after the rest.
fn print_batch(jobs: &[Job<'_>]) -> Result<Vec<String>, syn::Error> {
    jobs.iter()
        .map(|job| {
            let mut out = String::new();
            match job {
                Job::Text(text) => push_spaced(&mut out, text),
                Job::Group(elements, index) => {
                    push_spaced(&mut out, &elements.code(*index).print()?);
                }
            }
            Ok(out)
        })
        .collect()
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

    use super::super::layout::Groups;
    use super::{BATCH, Output, Place, Section};

    fn root(_: usize, _: &usize) -> Place {
        Place::Root
    }

    /// The text of the one file of a module whose items all go to its root file.
    fn root_file(output: Output<'_>) -> String {
        let files = output.render("// h", &Groups::named(&[])).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path, "mod.rs");
        files[0].contents.clone()
    }

    #[test]
    fn sections_in_declared_order_items_in_added_order() {
        let mut output = Output::default();
        output.add(Section::Operations, Place::Root, quote! { struct Op; });
        output.add(Section::Types, Place::Root, quote! { struct B; });
        output.add(Section::Constants, Place::Root, quote! { const C: u8 = 0; });
        output.add(Section::Types, Place::Root, quote! { struct A; });
        output.add(Section::Security, Place::Root, quote! { mod security {} });
        output.inner_attributes(quote!(#![doc = " Module."] #![allow(dead_code)]));
        let expected = "// h\n\n//! Module.\n#![allow(dead_code)]\n\nconst C: u8 = 0;\n\nmod security {}\n\n\
                        struct B;\n\nstruct A;\n\nstruct Op;\n";
        assert_eq!(root_file(output), expected);
    }

    /// Items of groups go to the groups' files, which the root file declares and re-exports;
    /// within a file, items keep the order of sections and of adding.
    #[test]
    fn items_of_groups_go_to_files_the_root_file_declares() {
        let groups = Groups::named(&["pets", "types"]);
        let named = |group: usize, name: &str| Place::Group(group, name.to_owned());
        let mut output = Output::default();
        output.inner_attributes(quote!(#![doc = " Module."] #![allow(dead_code)]));
        output.add(
            Section::Operations,
            named(0, "GetPet"),
            quote! { pub struct GetPet; },
        );
        output.add(Section::Types, named(1, "Tag"), quote! { pub struct Tag; });
        output.add(Section::Types, named(0, "Pet"), quote! { pub struct Pet; });
        output.add(
            Section::Constants,
            Place::Root,
            quote! { pub const C: u8 = 0; },
        );
        let files = output.render("// h", &groups).unwrap();
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["mod.rs", "pets.rs", "types.rs"]);
        assert_eq!(
            files[0].contents,
            "// h\n\n//! Module.\n#![allow(dead_code)]\n\nmod pets;\nmod types;\n\npub use pets::*;\npub use types::*;\n\n\
             pub const C: u8 = 0;\n"
        );
        assert_eq!(
            files[1].contents,
            "// h\n\n#[allow(unused_imports)]\nuse super::*;\n\npub struct Pet;\n\n\
             pub struct GetPet;\n"
        );
        assert_eq!(
            files[2].contents,
            "// h\n\n#[allow(unused_imports)]\nuse super::*;\n\npub struct Tag;\n"
        );
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
        output.add(Section::Constants, Place::Root, quote! { const C: u8 = 0; });
        output.add_each(Section::Types, &elements, root, |n| numbered(n).into());
        output.add(Section::Types, Place::Root, quote! { struct Last; });
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
        assert_eq!(root_file(output), whole);
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
        output.add_each(Section::Types, &elements, root, |n| broken(n).into());
        assert!(output.render("// h", &Groups::named(&[])).is_err());
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
        output.add_each(Section::Types, &elements, root, |n| panics(n).into());
        let error = output.render("// h", &Groups::named(&[])).unwrap_err();
        assert!(error.to_string().contains("element 20"), "{error}");
    }
}
