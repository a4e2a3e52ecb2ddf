//! `cargo xtask codegen` with a selection in `vendor.toml`, on the fixture vendor `shop`
//! (`tests/fixtures/vendors/shop/`): its order operations are included but `cancelOrder`, and
//! its inventory part, which would warn, is left out.

use tests::workspace::Workspace;
use xtask::{CodegenOptions, Outcome};

/// Every `pub struct`, `pub enum` and `pub const` name of a generated module, in order.
fn items(module: &str) -> Vec<&str> {
    module
        .lines()
        .filter_map(|line| {
            let line = line.trim_start();
            ["pub struct ", "pub enum ", "pub const "]
                .iter()
                .find_map(|item| line.strip_prefix(item))
        })
        .filter_map(|rest| rest.split([' ', ':', '<', '(']).next())
        .collect()
}

#[test]
fn only_the_selected_operations_and_what_they_reach_are_generated() {
    let workspace = Workspace::new();
    let run = workspace.run(&CodegenOptions::default());
    assert_eq!(run.outcome, Outcome::Success, "{run:?}");
    assert!(
        run.out.contains(
            "shop: 3 of 3 selected operations (2 left out), 3 schemas (2 left out), no warnings\n"
        ),
        "{}",
        run.out
    );
    let module = workspace.module("shop");
    assert_eq!(
        items(&module),
        [
            "DEFAULT_BASE_URL",
            "SERVERS",
            // Only the scheme the selected operations use; `adminToken` is `cancelOrder`'s.
            "API_KEY",
            "Order",
            "NewOrder",
            "Customer",
            "ListOrders",
            "ListOrdersResponse",
            "CreateOrder",
            "CreateOrderResponse",
            "GetOrder",
            "GetOrderResponse",
        ],
        "{module}"
    );
}

#[test]
fn the_left_out_part_warns_only_without_the_selection() {
    let workspace = Workspace::new();
    workspace.write("specs/shop/vendor.toml", "spec = \"openapi.yaml\"\n");
    let run = workspace.run(&CodegenOptions::default());
    assert_eq!(run.outcome, Outcome::Failure, "{run:?}");
    assert!(
        run.out
            .contains("shop: 5 of 5 operations, 2 warnings (0 accepted, 2 new)\n"),
        "{}",
        run.out
    );
    for part in [
        "specs/shop/openapi.yaml at #/paths/~1stock/get/description: [removed-characters]",
        "specs/shop/openapi.yaml at #/components/schemas/StockItem/properties/sku: \
         [untyped-schema]",
    ] {
        assert!(run.err.contains(part), "{part:?} not in:\n{}", run.err);
    }
}

/// Replaces `specs/shop/vendor.toml` and asserts that codegen fails with every one of
/// `expected` in its message, without changing a byte of `generated/`.
fn assert_refused(manifest: &str, expected: &[&str]) {
    let workspace = Workspace::new();
    let before = workspace.snapshot();
    workspace.write("specs/shop/vendor.toml", manifest);
    let message = format!("{:#}", workspace.regenerate().unwrap_err());
    for part in expected {
        assert!(message.contains(part), "{part:?} not in: {message}");
    }
    assert_eq!(workspace.snapshot(), before, "generated/ changed");
}

#[test]
fn an_include_that_matches_nothing_names_vendor_toml_the_entry_and_the_value() {
    assert_refused(
        "spec = \"openapi.yaml\"\n\n[[include]]\ntag = \"orders\"\n\n[[include]]\n\
         path = \"/order/*\"\nmethods = [\"get\", \"delete\"]\n",
        &[
            "specs/shop/vendor.toml at #/include/1: [[include]] entry 2 { path = \"/order/*\", \
             methods = [\"get\", \"delete\"] } matches nothing: no operation of \
             specs/shop/openapi.yaml has a path matching \"/order/*\" and one of the methods \
             GET, DELETE",
        ],
    );
    assert_refused(
        "spec = \"openapi.yaml\"\n[[include]]\noperations = [\"listOrders\", \"getOrdr\"]\n",
        &["has the operationId \"getOrdr\" (did you mean \"getOrder\"?)"],
    );
}

#[test]
fn an_exclude_must_leave_out_something_the_includes_select() {
    assert_refused(
        "spec = \"openapi.yaml\"\n[[include]]\ntag = \"orders\"\n[[exclude]]\n\
         operation = \"listStock\"\n",
        &[
            "specs/shop/vendor.toml at #/exclude/0: [[exclude]] entry 1 { operation = \
             \"listStock\" } matches nothing: none of the 4 operations the includes select has \
             the operationId \"listStock\"",
        ],
    );
}

#[test]
fn a_selection_key_vendor_toml_does_not_know_is_refused() {
    assert_refused(
        "spec = \"openapi.yaml\"\n[[include]]\nlabel = \"orders\"\n",
        &["specs/shop/vendor.toml:3:1", "unknown field `label`"],
    );
}
