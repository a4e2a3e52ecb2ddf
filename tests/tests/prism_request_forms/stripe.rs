//! The Stripe requests of `prism_request_forms`, built by the module generated from the trimmed
//! Stripe document: one JSON line per request on stdout. Compiled by that test, in a crate of
//! its own (`src/main.rs`), never as part of the workspace.

use prism_stripe::runtime::{Auth, Operation};
use prism_stripe::stripe;
use serde_json::json;

/// What the test expects of Prism: `accepted` (a 2xx without violations) or `refused`.
fn emit<O: Operation>(name: &str, expect: &str, operation: &O) {
    let auth = Auth::new().token(
        stripe::security::BEARER_AUTH,
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    );
    let mut request = operation.to_request("http://localhost").unwrap();
    auth.authorize(&mut request, O::SECURITY, "http://localhost")
        .unwrap();
    common::print(name, expect, &request);
}

fn value<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).unwrap()
}

fn main() {
    // A form body: nested metadata (`metadata[order_id]`), an address object, and expand[].
    let customer = stripe::PostCustomers {
        body: Some(value(json!({
            "name": "Jane Doe",
            "email": "jane@example.com",
            "metadata": {"order_id": "6735", "source": "rust"},
            "address": {"city": "Paris", "country": "FR", "line1": "8 rue Royale"},
            "preferred_locales": ["fr", "en"],
            "expand": ["tax", "sources"],
        }))),
    };
    emit("POST /v1/customers", "accepted", &customer);
    let invalid = stripe::PostCustomers {
        body: Some(value(
            json!({"name": "Jane Doe", "tax_exempt": "sometimes"}),
        )),
    };
    emit(
        "POST /v1/customers with an unknown tax_exempt",
        "refused",
        &invalid,
    );

    // deepObject query parameters: created[gte] and expand[].
    let charges = stripe::GetCharges {
        created: Some(value(json!({"gte": 1_700_000_000, "lt": 1_800_000_000}))),
        expand: Some(vec!["data.customer".into(), "data.invoice".into()]),
        limit: Some(3),
        ..Default::default()
    };
    emit("GET /v1/charges", "accepted", &charges);

    // A multipart body with deepObject-styled parts (expand[0], file_link_data[create]).
    let file = stripe::PostFiles {
        body: value_parts(),
    };
    emit("POST /v1/files", "accepted", &file);
}

fn value_parts() -> stripe::PostFilesBody {
    stripe::PostFilesBody {
        file: value(json!("%PDF-1.4 evidence")),
        purpose: value(json!("dispute_evidence")),
        expand: Some(vec!["links".into()]),
        file_link_data: Some(value(json!({"create": true, "metadata": {"case": "42"}}))),
    }
}

mod common;
