//! Type names the generator makes up: never numbered where the document has a word that tells
//! two types apart, never over `names::MAX_TYPE_CHARS` characters.

use generator::names::MAX_TYPE_CHARS;
use generator::{Document, ModuleInput, Selection};
use serde_json::json;

/// Every type name of the module generated from `document`, operations' included.
fn type_names(document: serde_json::Value) -> Vec<String> {
    let input = ModuleInput {
        module: "m".into(),
        document: Document {
            file: "d.json".into(),
            bytes: serde_json::to_vec(&document).expect("a JSON value serializes"),
        },
        overlays: Vec::new(),
        referenced: Vec::new(),
        selection: Selection::default(),
        root: None,
        pagination: None,
    };
    let lowered = generator::lower_module(&input, &mut ()).expect("the document lowers");
    let api = lowered.api;
    let types = api.types.iter().map(|def| def.name.to_string());
    let operations = api
        .operations
        .iter()
        .flat_map(|op| [op.name.to_string(), op.response_name.to_string()]);
    types.chain(operations).collect()
}

fn assert_well_named(names: &[String]) {
    for name in names {
        assert!(name.chars().count() <= MAX_TYPE_CHARS, "{name} is too long");
        assert!(
            !name.ends_with(|c: char| c.is_ascii_digit()),
            "{name} is numbered"
        );
    }
}

/// GitHub's rules: a `oneOf` of `allOf`s whose `type` member has one value each, and one of
/// inline objects told apart by the members only each of them has.
#[test]
fn one_of_members_are_named_by_what_sets_them_apart() {
    let rule = |kind: &str| {
        json!({
            "title": kind, "type": "object", "required": ["type"],
            "properties": {"type": {"type": "string", "enum": [kind]}},
        })
    };
    let names = type_names(json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {
            "repository-rule-creation": rule("creation"),
            "repository-rule-deletion": rule("deletion"),
            "ruleset-info": {"type": "object", "properties": {"ruleset_id": {"type": "integer"}}},
            "repository-rule-detailed": {"oneOf": [
                {"allOf": [
                    {"$ref": "#/components/schemas/repository-rule-creation"},
                    {"$ref": "#/components/schemas/ruleset-info"},
                ]},
                {"allOf": [
                    {"$ref": "#/components/schemas/repository-rule-deletion"},
                    {"$ref": "#/components/schemas/ruleset-info"},
                ]},
            ]},
            "protection-rule": {"anyOf": [
                {"type": "object", "required": ["id", "wait_timer"], "properties": {
                    "id": {"type": "integer"}, "wait_timer": {"type": "integer"}}},
                {"type": "object", "required": ["id", "reviewers"], "properties": {
                    "id": {"type": "integer"},
                    "reviewers": {"type": "array", "items": {"type": "object", "properties": {
                        "login": {"type": "string"}}}}}},
            ]},
        }},
    }));
    assert_well_named(&names);
    for expected in [
        "RepositoryRuleDetailedCreation",
        "RepositoryRuleDetailedDeletion",
        "ProtectionRuleWaitTimer",
        "ProtectionRuleReviewers",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "no {expected} in {names:?}"
        );
    }
}

/// Telnyx's component responses share their names with the schemas of their bodies, and
/// Stripe's deep form bodies make long contexts.
#[test]
fn a_response_named_like_a_schema_and_deep_bodies_stay_short_and_unnumbered() {
    let mut inner = json!({"type": "object", "properties": {"interval": {"type": "string",
        "enum": ["day", "month"]}}});
    for property in [
        "mandate_options",
        "invoice_settings",
        "payment_method_options",
    ] {
        inner = json!({"type": "object", "properties": {property: inner}});
    }
    let names = type_names(json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/faxes": {"get": {"operationId": "GetFaxes", "responses": {
                "200": {"$ref": "#/components/responses/ListFaxesResponse"}}}},
            "/v1/customers/{customer}/subscriptions": {"post": {
                "operationId": "PostCustomersCustomerSubscriptions",
                "parameters": [{"name": "customer", "in": "path", "required": true,
                    "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/x-www-form-urlencoded": {
                    "schema": {"type": "object", "properties": {"payment_settings": inner}}}}},
                "responses": {"204": {"description": "done"}},
            }},
        },
        "components": {
            "schemas": {"ListFaxesResponse": {"type": "object", "properties": {
                "data": {"type": "array", "items": {"type": "string"}}}}},
            "responses": {"ListFaxesResponse": {"description": "Faxes.", "content": {
                "application/json": {"schema": {"type": "object", "properties": {
                    "data": {"type": "array", "items": {"type": "integer"}}}}}}}},
        },
    }));
    assert_well_named(&names);
    assert!(
        names.iter().any(|n| n == "ListFaxesResponseBody"),
        "{names:?}"
    );
}
