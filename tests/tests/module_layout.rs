//! The files of a generated module stay put as the document grows: on Stripe's document as
//! `specs/stripe/` selects it (hundreds of shared types, split over dozens of files by their
//! names), adding an operation and the schema it uses moves no item that was there before, no
//! file is longer than the limit its items allow, and each begins with the `@generated` header.

use std::collections::BTreeMap;

use generator::{CrateInput, GeneratedFile, ModuleInput, Rule};
use serde_json::{Value, json};

/// The most lines a file of the module may have: the layout's limit on its items, with the
/// header and the line that imports the module's other items.
const MAX_FILE_LINES: usize = 3000 + 5;

/// Every `pub struct`, `pub enum` and `pub type` of a generated module, with the path of the
/// file that defines it.
fn item_files(files: &[GeneratedFile]) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    for file in files.iter().filter(|f| f.path.starts_with("src/stripe/")) {
        for line in file.contents.lines() {
            let line = line.trim_start();
            let Some(rest) = ["pub struct ", "pub enum ", "pub type "]
                .iter()
                .find_map(|item| line.strip_prefix(item))
            else {
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let previous = items.insert(name.clone(), file.path.clone());
            assert_eq!(previous, None, "{name} is defined twice");
        }
    }
    items
}

fn generate(module: ModuleInput) -> Vec<GeneratedFile> {
    let input = CrateInput {
        modules: vec![module],
        ..xtask::specs::crate_input(Vec::new())
    };
    generator::generate(&input)
        .unwrap_or_else(|errors| panic!("{errors:?}"))
        .files
}

/// Stripe's module with one more operation, `GetZebras`, returning one more schema, `zebra`.
fn with_zebras(mut module: ModuleInput) -> ModuleInput {
    let mut document: Value = serde_json::from_slice(&module.document.bytes).unwrap();
    document["paths"]["/v1/zebras"] = json!({
        "get": {
            "operationId": "GetZebras",
            "summary": "List the zebras",
            "responses": {
                "200": {
                    "description": "The zebras.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/zebra"}}}
                }
            }
        }
    });
    document["components"]["schemas"]["zebra"] = json!({
        "type": "object",
        "properties": {"stripes": {"type": "integer"}}
    });
    module.document.bytes = serde_json::to_vec(&document).unwrap();
    module.selection.include.push(Rule {
        operations: vec!["GetZebras".to_owned()],
        ..Rule::default()
    });
    module
}

#[test]
fn adding_an_operation_and_its_schema_moves_no_other_item() {
    let stripe = xtask::read_vendor_module(&tests::root(), "stripe").unwrap();
    let before = generate(stripe.clone());
    let after = generate(with_zebras(stripe));

    let (old, new) = (item_files(&before), item_files(&after));
    assert!(old.len() > 400, "{} items", old.len());
    let moved: Vec<String> = old
        .iter()
        .filter(|&(name, file)| new.get(name) != Some(file))
        .map(|(name, file)| format!("{name}: {file} -> {:?}", new.get(name)))
        .collect();
    assert!(moved.is_empty(), "items moved:\n{}", moved.join("\n"));
    assert_eq!(new["GetZebras"], "src/stripe/operations.rs");
    assert_eq!(new["Zebra"], "src/stripe/types_z.rs");

    let files = before.iter().filter(|f| f.path.starts_with("src/stripe/"));
    assert!(files.clone().count() > 10);
    for file in files {
        let lines = file.contents.lines().count();
        assert!(lines <= MAX_FILE_LINES, "{}: {lines} lines", file.path);
        assert!(
            file.contents
                .starts_with("// @generated from specs/stripe/spec3.json by "),
            "{} has no @generated header",
            file.path
        );
    }
}
