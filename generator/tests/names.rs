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

/// The name an operation gets within the budget that `Response` leaves.
fn short(id: &str, method: &str, path: &str) -> String {
    generator::names::operation_names(id, method, path, MAX_TYPE_CHARS - "Response".len()).0
}

#[test]
fn operation_names_within_budget_are_their_operation_ids() {
    let id = "packages/list-docker-migration-conflicting-packages-for-user";
    assert_eq!(
        generator::names::operation_names(id, "get", "/users/{username}/docker/conflicts", 60),
        (
            "PackagesListDockerMigrationConflictingPackagesForUser".to_owned(),
            Vec::new()
        )
    );
}

#[test]
fn a_fast_api_tail_of_path_and_method_goes() {
    let path = "/ai/assistants/{assistant_id}/versions/{version_id}/promote";
    assert_eq!(
        short(
            "promote_assistant_version_public_assistants__assistant_id__versions__version_id__promote_post",
            "post",
            path,
        ),
        // `public` is where the service mounts the path that the document serves under `/ai`.
        "PromoteAssistantVersionPublic"
    );
    // The whole path, when the id spells it; the method must be the operation's own.
    assert_eq!(
        short(
            "read_every_single_one_of_the_items_in_the_store_items__item_id__details_get",
            "get",
            "/items/{item_id}/details",
        ),
        "ReadEverySingleOneOfTheItemsInTheStore"
    );
    assert_ne!(
        short(
            "read_every_single_one_of_the_items_in_the_store_items__item_id__details_get",
            "put",
            "/items/{item_id}/details",
        ),
        "ReadEverySingleOneOfTheItemsInTheStore"
    );
}

#[test]
fn a_method_and_path_id_loses_its_path_parameters() {
    assert_eq!(
        short(
            "DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdDiscount",
            "delete",
            "/v1/customers/{customer}/subscriptions/{subscription_exposed_id}/discount",
        ),
        "DeleteCustomersSubscriptionsDiscount"
    );
    // Only in an id that starts with the method: elsewhere the words are the name's own.
    let name = short(
        "actions/remove-all-custom-labels-from-self-hosted-runner-for-repo-and-customer",
        "delete",
        "/repos/{owner}/{repo}/runners/{customer}",
    );
    assert!(name.ends_with("RepoCustomer"), "{name}");
}

#[test]
fn abbreviations_come_before_words_are_dropped() {
    assert_eq!(
        short(
            "actions/list-selected-repositories-enabled-github-actions-organization",
            "get",
            "/orgs/{org}/actions/permissions/repositories",
        ),
        "ActionsListSelectedReposEnabledGithubActionsOrg"
    );
}

#[test]
fn a_word_said_again_goes() {
    assert_eq!(
        short(
            "packages/list-docker-migration-conflicting-packages-for-authenticated-user",
            "get",
            "/user/docker/conflicts",
        ),
        "PackagesListDockerMigrationConflictingForAuthUser"
    );
}

#[test]
fn connector_words_go_after_repeated_ones() {
    assert_eq!(
        short(
            "projects/move-the-selected-kanban-card-to-the-column-of-organization-project",
            "post",
            "/projects/cards/{card_id}/moves",
        ),
        "ProjectsMoveSelectedKanbanCardColumnOrgProject"
    );
}

#[test]
fn middle_words_go_last_and_come_back_to_tell_names_apart() {
    let (name, others) = generator::names::operation_names(
        "enumerateEveryAvailableThingWhateverItsKindAcrossAllTheRegisteredWarehouses",
        "get",
        "/things",
        55,
    );
    assert_eq!(name, "EnumerateEveryItsKindAcrossAllRegisteredWarehouses");
    // The word dropped last comes back first; a word that would not fit stays out.
    assert_eq!(
        others,
        [
            "EnumerateEveryItsKindAcrossAllTheRegisteredWarehouses",
            "EnumerateEveryThingItsKindAcrossAllRegisteredWarehouses",
        ]
    );
}

/// A document of operations whose ids shorten to one name, and what lowering names them.
#[test]
fn shortened_operations_are_told_apart_by_a_dropped_word_and_keep_their_derived_names_short() {
    let operation = |id: &str| {
        json!({"post": {
            "operationId": id,
            "responses": {
                "200": {
                    "description": "ok",
                    "headers": {"X-Rate-Limit": {"schema": {"type": "integer"}}},
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
                "422": {"description": "invalid"},
            },
        }})
    };
    let names = type_names(json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": operation("projects/move-the-selected-kanban-card-to-the-column-of-organization-project"),
            "/b": operation("projects/move-the-selected-kanban-card-to-the-column-in-organization-project"),
        },
    }));
    assert_well_named(&names);
    has(&names, "ProjectsMoveSelectedKanbanCardColumnOrgProject");
    has(&names, "ProjectsMoveSelectedKanbanCardColumnInOrgProject");
    has(
        &names,
        "ProjectsMoveSelectedKanbanCardColumnOrgProjectResponse",
    );
}

/// GitHub's `issues/set-labels` body: two objects with only `labels`, of strings or of objects.
#[test]
fn members_alike_but_for_what_a_member_holds_are_named_after_it() {
    let names = type_names(json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/labels": {"put": {
            "operationId": "setLabels",
            "requestBody": {"content": {"application/json": {"schema": {"oneOf": [
                {"type": "object", "properties": {
                    "labels": {"type": "array", "items": {"type": "string"}}}},
                {"type": "object", "properties": {
                    "labels": {"type": "array", "items": {"type": "object", "properties": {
                        "name": {"type": "string"}}}}}},
            ]}}}},
            "responses": {"204": {"description": "done"}},
        }}},
    }));
    assert_well_named(&names);
    has(&names, "SetLabelsBodyStringLabels");
    has(&names, "SetLabelsBodyObjectLabels");
}
