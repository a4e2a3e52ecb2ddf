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
            "/faxes": {"get": {"operationId": "ListFaxes", "responses": {
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
    for expected in ["ListFaxes", "ListFaxesOutcome", "ListFaxesResponseBody"] {
        assert!(
            names.iter().any(|n| n == expected),
            "no {expected} in {names:?}"
        );
    }
}

fn has(names: &[String], expected: &str) {
    assert!(
        names.iter().any(|n| n == expected),
        "no {expected} in {names:?}"
    );
}

/// Names alike but for case or punctuation, a name `std` has, an operation named like a
/// schema, and an operationId given twice are told apart by words, not numbers.
#[test]
fn colliding_names_are_told_apart_by_what_they_are() {
    let ok = json!({"204": {"description": "done"}});
    let names = type_names(json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/brands": {"put": {"operationId": "UpdateBrand", "responses": ok}},
            "/numbers": {"get": {"operationId": "ListNumbers", "responses": ok}},
            "/v2/numbers": {"get": {"operationId": "ListNumbers", "responses": ok}},
            "/labels": {"put": {"operationId": "SetLabels", "requestBody": {"content": {
                "application/json": {"schema": {"type": "object", "properties": {
                    "labels": {"type": "object", "properties": {
                        "read": {"type": "string", "enum": ["enabled", "disabled"]}}},
                    "other": {"type": "string"}}}}}}, "responses": ok}},
        },
        "components": {"schemas": {
            "country_code": {"type": "string", "enum": ["US", "DE"]},
            "CountryCode": {"type": "string"},
            "From": {"type": "object", "properties": {"id": {"type": "string"}}},
            "UpdateBrand": {"type": "object", "properties": {"name": {"type": "string"}}},
            "SetLabelsBodyLabels": {"type": "string"},
        }},
    }));
    assert_well_named(&names);
    for expected in [
        "CountryCode",
        "CountryCodeEnum",
        "FromObject",
        "UpdateBrand",
        "UpdateBrandRequest",
        "ListNumbers",
        "GetV2Numbers",
        "SetLabelsBodyLabelsObject",
    ] {
        has(&names, expected);
    }
}

/// Alike inline objects under several members of one place are one type named for all of
/// them; so is an enum under each member of a plural one.
#[test]
fn merged_twins_are_named_for_all_their_uses() {
    let status = json!({"type": "object", "properties": {"status": {"type": "string",
        "enum": ["enabled", "disabled"]}}});
    let level = json!({"type": "string", "enum": ["read", "write"]});
    let names = type_names(json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {
            "security-and-analysis": {"type": "object", "properties": {
                "advanced_security": status, "secret_scanning": status}},
            "app": {"type": "object", "properties": {"permissions": {"type": "object",
                "properties": {"actions": level, "checks": level}}}},
        }},
    }));
    assert_well_named(&names);
    has(&names, "SecurityAndAnalysisStatus");
    has(&names, "AppPermission");
    assert!(
        !names
            .iter()
            .any(|n| n == "SecurityAndAnalysisSecretScanning"),
        "{names:?}"
    );
}
