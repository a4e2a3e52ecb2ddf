//! 3.1 meaning that normalization keeps in extensions reaches the generated code: a `const`
//! becomes a single-value type and a multi-type `type` array a union, not `serde_json::Value`.

use generator::ir::{ConstValue, Type, TypeKind};
use generator::{Document, ModuleInput};

const DOCUMENT: &str = r#"
openapi: 3.1.1
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Event:
      type: object
      required: [kind]
      properties:
        kind: {const: created}
        version: {const: -2}
        live: {const: false}
        amount: {type: [integer, string, 'null']}
"#;

fn lower() -> generator::ir::Api {
    let input = ModuleInput {
        module: "t".to_owned(),
        document: Document {
            file: "t.yaml".to_owned(),
            bytes: DOCUMENT.as_bytes().to_vec(),
        },
        overlays: Vec::new(),
        referenced: Vec::new(),
        selection: Default::default(),
        pagination: None,
        root: None,
    };
    generator::lower_module(&input, &mut ()).unwrap().api
}

fn kind(api: &generator::ir::Api, name: &str) -> TypeKind {
    api.types
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no type {name}: {:#?}", api.types))
        .kind
        .clone()
}

#[test]
fn const_becomes_a_single_value_type() {
    let api = lower();
    assert_eq!(
        kind(&api, "EventKind"),
        TypeKind::Const(ConstValue::String("created".to_owned()))
    );
    assert_eq!(
        kind(&api, "EventVersion"),
        TypeKind::Const(ConstValue::Integer(-2))
    );
    assert_eq!(
        kind(&api, "EventLive"),
        TypeKind::Const(ConstValue::Bool(false))
    );
    let module = module_text(&api);
    for constant in [
        "pub const VALUE: &'static str = \"created\";",
        "pub const VALUE: i64 = -2;",
        "pub const VALUE: bool = false;",
    ] {
        assert!(module.contains(constant), "{constant} in {module}");
    }
}

#[test]
fn type_array_becomes_a_union() {
    let api = lower();
    let TypeKind::Union(variants) = kind(&api, "EventAmount") else {
        panic!()
    };
    let variants: Vec<(&str, &Type)> = variants.iter().map(|v| (v.name.as_str(), &v.ty)).collect();
    assert_eq!(
        variants,
        [("Integer", &Type::I64), ("String", &Type::String)]
    );
    let TypeKind::Struct { fields, .. } = kind(&api, "Event") else {
        panic!()
    };
    let amount = fields.iter().find(|f| f.wire_name == "amount").unwrap();
    assert!(!amount.required);
    let Type::Nullable(inner) = &amount.ty else {
        panic!("{:?}", amount.ty)
    };
    let Type::Named(id) = **inner else {
        panic!("{:?}", amount.ty)
    };
    assert_eq!(api.def(id).name, "EventAmount");
    let module = module_text(&api);
    assert!(module.contains("#[serde(untagged)]"), "{module}");
}

#[test]
fn operation_without_responses_keeps_any_response_as_bytes() {
    let document = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {}\n";
    let input = ModuleInput {
        module: "t".to_owned(),
        document: Document {
            file: "t.yaml".to_owned(),
            bytes: document.as_bytes().to_vec(),
        },
        overlays: Vec::new(),
        referenced: Vec::new(),
        selection: Default::default(),
        pagination: None,
        root: None,
    };
    let api = generator::lower_module(&input, &mut ()).unwrap().api;
    let responses = &api.operations[0].responses;
    assert_eq!(responses.len(), 1);
    assert_eq!(responses[0].status, generator::ir::StatusMatch::Default);
    assert_eq!(responses[0].body, generator::ir::ResponseBody::Bytes);
}

/// Every file of the module emitted for `api`, one after the other.
fn module_text(api: &generator::ir::Api) -> String {
    let files = generator::emit::module(api, "test").unwrap();
    files.into_iter().map(|file| file.contents).collect()
}
