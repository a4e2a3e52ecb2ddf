//! Where the converted document's nodes came from, so that what the later stages report about a
//! 2.0 document names a pointer into the 2.0 text the vendor wrote, not into its 3.0 form:
//! `/components/schemas/Pet` is `/definitions/Pet`, a request body's schema is the body
//! parameter's, a response's `content/application~1json/schema` is its `schema`.

use std::collections::HashMap;

use crate::diagnostic::{Error, Warning};

/// Pointers of the 3.0 document → pointers of the 2.0 document they were made from. A pointer
/// not recorded is mapped through its longest recorded ancestor; one without any is the same in
/// both.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins {
    /// The document's file, whose pointers these are.
    file: String,
    made_from: HashMap<String, String>,
}

impl Origins {
    pub(super) fn new(file: &str) -> Self {
        Origins {
            file: file.to_owned(),
            made_from: HashMap::new(),
        }
    }

    /// Records that the node at `converted` (and what is under it, unless recorded apart) was
    /// made from the node at `original`.
    pub(super) fn record(&mut self, converted: impl Into<String>, original: impl Into<String>) {
        let (converted, original) = (converted.into(), original.into());
        if converted != original {
            self.made_from.insert(converted, original);
        }
    }

    /// The 2.0 pointer of a pointer into the converted document.
    pub fn original(&self, pointer: &str) -> String {
        let mut ancestor = pointer;
        loop {
            if let Some(original) = self.made_from.get(ancestor) {
                return format!("{original}{}", &pointer[ancestor.len()..]);
            }
            match ancestor.rfind('/') {
                Some(i) => ancestor = &ancestor[..i],
                None => return pointer.to_owned(),
            }
        }
    }

    /// A warning about the converted document, pointing into the 2.0 text instead.
    pub fn warning(&self, mut warning: Warning) -> Warning {
        if warning.location.file == self.file {
            warning.location.pointer = self.original(&warning.location.pointer);
        }
        warning
    }

    /// An error about the converted document, pointing into the 2.0 text instead.
    pub fn error(&self, mut error: Error) -> Error {
        if error.location.file == self.file {
            error.location.pointer = self.original(&error.location.pointer);
        }
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_map_through_their_longest_recorded_ancestor() {
        let mut origins = Origins::new("f.yaml");
        origins.record("/components/schemas", "/definitions");
        origins.record("/paths/~1a/get/parameters/0", "/paths/~1a/get/parameters/1");
        origins.record(
            "/paths/~1a/get/parameters/0/schema",
            "/paths/~1a/get/parameters/1",
        );
        for (converted, original) in [
            (
                "/components/schemas/Pet/properties/id",
                "/definitions/Pet/properties/id",
            ),
            (
                "/paths/~1a/get/parameters/0/schema/items",
                "/paths/~1a/get/parameters/1/items",
            ),
            (
                "/paths/~1a/get/parameters/0/name",
                "/paths/~1a/get/parameters/1/name",
            ),
            ("/paths/~1a/get/responses", "/paths/~1a/get/responses"),
            ("", ""),
        ] {
            assert_eq!(origins.original(converted), original, "{converted}");
        }
        let error = origins.error(Error::new("other.yaml", "/components/schemas/X", "e"));
        assert_eq!(error.location.pointer, "/components/schemas/X");
    }
}
