//! Every type is `Deserialize`, only those a request sends (or nothing uses) `Serialize`; types
//! only webhooks send are compiled by a feature of their own.

use generator::{CrateInput, Document, ModuleInput};

const DOCUMENT: &str = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewThing'}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
webhooks:
  thingChanged:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ThingEvent'}
      responses:
        '200': {description: Received.}
components:
  schemas:
    NewThing:
      type: object
      required: [shared]
      properties:
        note: {type: [string, 'null']}
        shared: {$ref: '#/components/schemas/Shared'}
    Thing:
      type: object
      required: [shared]
      properties:
        note: {type: [string, 'null']}
        shared: {$ref: '#/components/schemas/Shared'}
        id: {type: string}
        label: {$ref: '#/components/schemas/Label'}
    Label:
      type: object
      properties:
        text: {type: string}
    Shared:
      type: object
      properties:
        name: {type: string}
    ThingEvent:
      type: object
      required: [thing]
      properties:
        thing: {$ref: '#/components/schemas/Thing'}
        reason: {type: string}
    NullableThingEvent:
      type: object
      nullable: true
      required: [thing]
      properties:
        thing: {$ref: '#/components/schemas/Thing'}
        reason: {type: string}
    Unused:
      type: object
      properties:
        size: {type: integer}
        label: {$ref: '#/components/schemas/Label'}
"#;

fn generated() -> generator::Generated {
    let module = ModuleInput {
        module: "things".to_owned(),
        document: Document {
            file: "things.yaml".to_owned(),
            bytes: DOCUMENT.as_bytes().to_vec(),
        },
        overlays: Vec::new(),
        referenced: Vec::new(),
        selection: Default::default(),
        pagination: None,
        root: None,
    };
    let input = CrateInput {
        package: "things".to_owned(),
        description: "Things.".to_owned(),
        source: "things.yaml".to_owned(),
        command: "test".to_owned(),
        standalone: true,
        modules_on_by_default: false,
        modules: vec![module],
    };
    generator::generate(&input).unwrap()
}

/// The text of the generated file at `path`.
fn file(generated: &generator::Generated, path: &str) -> String {
    generated
        .files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| {
            let paths: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
            panic!("no {path} among {paths:?}")
        })
        .contents
        .clone()
}

/// The `#[derive(…)]` line above `pub struct <name>` anywhere in the module.
fn derives(generated: &generator::Generated, name: &str) -> String {
    let needle = format!("pub struct {name} {{");
    for f in &generated.files {
        let lines: Vec<&str> = f.contents.lines().collect();
        if let Some(at) = lines.iter().position(|line| *line == needle) {
            return lines[..at]
                .iter()
                .rev()
                .find(|line| line.starts_with("#[derive("))
                .unwrap_or_else(|| panic!("no derive above {name}"))
                .to_string();
        }
    }
    panic!("no struct {name}")
}

/// The fields of `runtime::decode!` for struct `name` (its `Deserialize`), as written.
fn decode_row(generated: &generator::Generated, name: &str) -> Option<String> {
    let starts = [
        format!("runtime::decode! {{ {name} {{"),
        format!("runtime::decode! {{\n    {name} {{"),
    ];
    generated.files.iter().find_map(|f| {
        let start = starts.iter().find_map(|s| f.contents.find(s.as_str()))?;
        let end = start + f.contents[start..].find('}')?;
        Some(f.contents[start..end].to_owned())
    })
}

#[test]
fn each_type_derives_the_directions_it_is_used_in() {
    let generated = generated();
    let serialize = |name| derives(&generated, name).contains("serde::Serialize");
    // Structs read through `runtime::decode!`, never the derive.
    let deserialize = |name| {
        !derives(&generated, name).contains("serde::Deserialize")
            && decode_row(&generated, name).is_some()
    };
    // Sent only: callers may read it from JSON too.
    assert!(serialize("NewThing") && deserialize("NewThing"));
    // Returned, and held by a webhook's payload.
    assert!(!serialize("Thing") && deserialize("Thing"));
    // Sent in one, returned in the other.
    assert!(serialize("Shared") && deserialize("Shared"));
    // Only a webhook sends it.
    assert!(!serialize("ThingEvent") && deserialize("ThingEvent"));
    // Nothing uses it: both, as its use is unknown, and so does what it holds.
    assert!(serialize("Unused") && deserialize("Unused"));
    assert!(serialize("Label") && deserialize("Label"));
}

#[test]
fn only_a_sent_type_tells_absent_from_null() {
    let generated = generated();
    let text: String = generated
        .files
        .iter()
        .map(|f| f.contents.as_str())
        .collect();
    let struct_text = |name: &str| {
        let start = text.find(&format!("pub struct {name} {{")).unwrap();
        let end = start + text[start..].find("\n}").unwrap();
        text[start..end].to_owned()
    };
    assert!(struct_text("NewThing").contains("pub note: Option<Option<String>>"));
    assert!(struct_text("Thing").contains("pub note: Option<String>"));
    assert!(!struct_text("Thing").contains("skip_serializing_if"));
    // Written: `null` is `Some(None)`, absent `None`; read only: both `None`, as the type says.
    let row = |name| decode_row(&generated, name).unwrap();
    assert!(
        row("NewThing").contains("note: nullable"),
        "{}",
        row("NewThing")
    );
    assert!(!row("Thing").contains("note:"), "{}", row("Thing"));
}

#[test]
fn webhook_payloads_are_behind_the_module_webhooks_feature() {
    let generated = generated();
    let root = file(&generated, "src/things/mod.rs");
    assert!(
        root.contains("#[cfg(feature = \"things-webhooks\")]\nmod webhooks;\n"),
        "{root}"
    );
    assert!(root.contains("#[cfg(feature = \"things-webhooks\")]\npub use webhooks::*;\n"));
    let webhooks = file(&generated, "src/things/webhooks.rs");
    assert!(webhooks.contains("pub struct ThingEvent {"));
    // A twin nothing uses goes where the type it names goes.
    assert!(
        webhooks.contains("pub type NullableThingEvent = ThingEvent;"),
        "{webhooks}"
    );
    // A type a webhook's payload shares with an operation stays with the operation.
    assert!(!file(&generated, "src/things/webhooks.rs").contains("pub struct Thing {"));
    let manifest: toml::Table = toml::from_str(&file(&generated, "Cargo.toml")).unwrap();
    assert_eq!(
        manifest["features"]["things-webhooks"].as_array().unwrap(),
        &vec![toml::Value::from("things")]
    );
    assert!(root.contains(", webhooks yes."));
}
