//! The whole pipeline, bytes → generated crate text, read once as YAML and once as JSON: no
//! input may panic (libfuzzer-sys aborts on any panic, even one caught inside the generator).
//! Errors are fine; they are how a bad document is refused.

#![no_main]

use generator::{CrateInput, Document, ModuleInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // The loader picks the reader by file name: `.json` is always JSON, anything else YAML
    // unless the text starts with `{`.
    for file in ["fuzz.yaml", "fuzz.json"] {
        let input = CrateInput {
            package: "fuzz".to_owned(),
            description: "Fuzzed.".to_owned(),
            source: file.to_owned(),
            command: "cargo fuzz run pipeline".to_owned(),
            standalone: true,
            modules_on_by_default: true,
            modules: vec![ModuleInput {
                module: "fuzz".to_owned(),
                document: Document {
                    file: file.to_owned(),
                    bytes: bytes.to_vec(),
                },
                overlays: Vec::new(),
                referenced: Vec::new(),
                selection: Default::default(),
                pagination: None,
                root: None,
            }],
        };
        // The files a document references are asked for, as the command line does; none is
        // given, which must be an error, not a panic.
        let _ = generator::referenced_files(&input.modules[0]);
        let _ = generator::generate(&input);
    }
});
