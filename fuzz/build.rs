//! Writes the dispatch table of the `decoder` target: one function per operation of the vendor
//! module below, each calling that operation's `from_response`. The operations are found in
//! the generated source itself (`impl crate::runtime::Operation for X`), so the table follows
//! `cargo xtask codegen` without being edited.

use std::fmt::Write as _;
use std::path::Path;

/// The vendor module whose decoders are fuzzed: the largest one in `generated/`. Change this
/// line to fuzz another (the `generated` dependency builds every vendor).
const VENDOR: &str = "telnyx";

const IMPL: &str = "impl crate::runtime::Operation for ";

fn main() {
    let module = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../generated/src")
        .join(format!("{VENDOR}.rs"));
    println!("cargo::rerun-if-changed={}", module.display());
    let source = std::fs::read_to_string(&module)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", module.display()));
    let operations: Vec<&str> = source
        .lines()
        .filter_map(|line| line.strip_prefix(IMPL)?.strip_suffix(" {"))
        .collect();
    assert!(
        !operations.is_empty(),
        "{} has no operations to fuzz",
        module.display()
    );
    let mut table = String::from(
        "/// Decodes a response and returns the result's `Debug` text.\n\
         type Decoder = fn(http::Response<Vec<u8>>) -> String;\n\n\
         /// One decoder per operation.\n\
         const DECODERS: &[Decoder] = &[\n",
    );
    for operation in operations {
        let _ = writeln!(
            table,
            "    |response| format!(\"{{:?}}\", <generated::{VENDOR}::{operation} as \
             generated::runtime::Operation>::from_response(response)),"
        );
    }
    table.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("decoders.rs");
    std::fs::write(&out, table).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
