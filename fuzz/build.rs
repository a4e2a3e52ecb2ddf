//! Writes the dispatch table of the `decoder` target: one function per operation of the vendor
//! module below, each calling that operation's `from_response`. The operations are found in
//! the generated source itself (`impl crate::runtime::Operation for X`, in any file of the
//! module's folder), so the table follows `cargo xtask codegen` without being edited.

use std::fmt::Write as _;
use std::path::Path;

/// The vendor module whose decoders are fuzzed: the one with the most operations and types in
/// `generated/`. Change this line, and the `generated` feature in Cargo.toml, to fuzz another.
const VENDOR: &str = "github";

/// How an operation's impl starts, as the generator writes it.
const IMPL: &str = "impl runtime::Operation for ";

fn main() {
    let module = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../generated/src")
        .join(VENDOR);
    // A folder: any change to a file in it reruns this script.
    println!("cargo::rerun-if-changed={}", module.display());
    let sources = sources(&module);
    let operations: Vec<&str> = sources
        .iter()
        .flat_map(|source| source.lines())
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

/// Every `.rs` file under the module's folder, in path order.
fn sources(folder: &Path) -> Vec<String> {
    let mut paths = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()))
                .path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|path| {
            std::fs::read_to_string(path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        })
        .collect()
}
