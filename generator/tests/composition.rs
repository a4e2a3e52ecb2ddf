//! Corners of `allOf`, `oneOf` and `anyOf` that the snapshot fixtures do not show: what is
//! warned about, and what terminates.

use generator::ir::{Api, Type, TypeKind};
use generator::{Document, ModuleInput, Warning};

fn lower(document: &str) -> (Api, Vec<Warning>) {
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
    let lowered = generator::lower_module(&input, &mut ()).unwrap();
    (lowered.api, lowered.warnings)
}

fn kind<'a>(api: &'a Api, name: &str) -> &'a TypeKind {
    &api.types
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no type {name}: {:#?}", api.types))
        .kind
}

fn field_names(kind: &TypeKind) -> Vec<&str> {
    match kind {
        TypeKind::Struct { fields, .. } => fields.iter().map(|f| f.wire_name.as_str()).collect(),
        other => panic!("{other:?}"),
    }
}

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

#[test]
fn a_mapping_entry_naming_no_member_is_reported_and_ignored() {
    let (api, warnings) = lower(&format!(
        "{HEAD}components:
  schemas:
    A: {{type: object, properties: {{kind: {{type: string}}}}}}
    B: {{type: object, properties: {{kind: {{type: string}}}}}}
    C: {{type: object}}
    U:
      oneOf: [{{$ref: '#/components/schemas/A'}}, {{$ref: '#/components/schemas/B'}}]
      discriminator:
        propertyName: kind
        mapping: {{a: '#/components/schemas/A', c: C}}
"
    ));
    let TypeKind::Tagged(tagged) = kind(&api, "U") else {
        panic!()
    };
    let tags: Vec<(&str, &[String])> = tagged
        .variants
        .iter()
        .map(|v| (v.name.as_str(), v.tags.as_slice()))
        .collect();
    assert_eq!(
        tags,
        [("A", &["a".to_owned()][..]), ("B", &["B".to_owned()][..])]
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].kind, "unmapped-tag");
    assert_eq!(
        warnings[0].location.pointer,
        "/components/schemas/U/discriminator/mapping/c"
    );
}

#[test]
fn a_discriminator_without_any_tag_is_an_untagged_union() {
    let (api, _) = lower(&format!(
        "{HEAD}components:
  schemas:
    U:
      oneOf:
        - {{type: object, title: First, required: [a], properties: {{a: {{type: string}}}}}}
        - {{type: object, title: Second, properties: {{b: {{type: string}}}}}}
      discriminator: {{propertyName: kind}}
"
    ));
    let TypeKind::Union(variants) = kind(&api, "U") else {
        panic!("{:?}", kind(&api, "U"))
    };
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["First", "Second"]);
}

#[test]
fn required_only_alternatives_constrain_the_object_they_stand_beside() {
    let (api, warnings) = lower(&format!(
        "{HEAD}components:
  schemas:
    Update:
      type: object
      properties:
        name: {{type: string}}
        state: {{type: string}}
      anyOf:
        - required: [name]
        - required: [state]
    Shaped:
      type: object
      properties:
        name: {{type: string}}
      oneOf:
        - {{$ref: '#/components/schemas/Update'}}
"
    ));
    assert_eq!(field_names(kind(&api, "Update")), ["name", "state"]);
    assert_eq!(kind(&api, "Shaped"), &TypeKind::Alias(Type::Json));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].kind, "untyped-schema");
    assert_eq!(warnings[0].location.pointer, "/components/schemas/Shaped");
}

#[test]
fn a_discriminator_property_or_closed_members_beside_alternatives_add_no_shape() {
    let (api, warnings) = lower(&format!(
        "{HEAD}components:
  schemas:
    A: {{type: object, required: [kind], properties: {{kind: {{type: string}}}}}}
    B: {{type: object, required: [kind, b], properties: {{kind: {{type: string}}, b: {{type: integer}}}}}}
    Tagged:
      type: object
      properties:
        kind: {{type: string, enum: [a, b]}}
      discriminator: {{propertyName: kind, mapping: {{a: A, b: B}}}}
      oneOf: [{{$ref: '#/components/schemas/A'}}, {{$ref: '#/components/schemas/B'}}]
    Closed:
      type: object
      additionalProperties: false
      anyOf: [{{$ref: '#/components/schemas/A'}}, {{$ref: '#/components/schemas/B'}}]
"
    ));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(matches!(kind(&api, "Tagged"), TypeKind::Tagged(_)));
    assert!(matches!(kind(&api, "Closed"), TypeKind::Union(_)));
}

#[test]
fn cycles_of_all_of_end() {
    let (api, _) = lower(&format!(
        "{HEAD}components:
  schemas:
    A:
      allOf:
        - {{$ref: '#/components/schemas/B'}}
        - {{properties: {{a: {{type: string}}}}}}
    B:
      allOf:
        - {{$ref: '#/components/schemas/A'}}
        - {{properties: {{b: {{type: integer}}}}}}
"
    ));
    assert_eq!(field_names(kind(&api, "A")), ["b", "a"]);
    assert_eq!(field_names(kind(&api, "B")), ["a", "b"]);
}

#[test]
fn narrowing_is_no_conflict_and_objects_merge_again() {
    let (api, warnings) = lower(&format!(
        "{HEAD}components:
  schemas:
    Base:
      type: object
      properties:
        count: {{type: number}}
        when: {{oneOf: [{{type: integer}}, {{type: string}}]}}
        owner: {{type: object, properties: {{login: {{type: string}}}}}}
    Derived:
      allOf:
        - {{$ref: '#/components/schemas/Base'}}
        - properties:
            count: {{type: integer}}
            when: {{type: string}}
            owner: {{type: object, properties: {{id: {{type: integer}}}}}}
"
    ));
    assert!(warnings.is_empty(), "{warnings:?}");
    let TypeKind::Struct { fields, .. } = kind(&api, "Derived") else {
        panic!()
    };
    let types: Vec<(&str, &Type)> = fields
        .iter()
        .map(|f| (f.wire_name.as_str(), f.ty.non_null()))
        .collect();
    assert_eq!(types[0], ("count", &Type::I64));
    assert_eq!(types[1], ("when", &Type::String));
    let Type::Named(owner) = types[2].1 else {
        panic!("{types:?}")
    };
    assert_eq!(field_names(&api.def(*owner).kind), ["login", "id"]);
}

#[test]
fn variants_are_never_named_by_position() {
    let (api, _) = lower(&format!(
        "{HEAD}components:
  schemas:
    U:
      anyOf:
        - {{type: object, properties: {{a: {{type: string}}}}}}
        - {{type: object, properties: {{b: {{type: string}}}}}}
        - {{type: boolean}}
        - {{}}
"
    ));
    let TypeKind::Union(variants) = kind(&api, "U") else {
        panic!()
    };
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    // The two objects are told apart by the member only each has.
    assert_eq!(names, ["A", "B", "Boolean", "Value"]);
}
