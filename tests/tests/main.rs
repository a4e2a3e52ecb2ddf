//! The end-to-end tests, one module per concern, linked into one test binary: every module
//! links the generated crate, the ready client and the test servers, and one binary links them
//! once instead of once per file (time and disk on a 2-core CI machine).
//!
//! One module alone: `cargo test -p tests --test end_to_end -- MODULE::`.

mod api_changes;
mod bad_inputs;
mod ci_workflow;
mod client_programs;
mod codegen_drift;
mod codegen_lock;
mod corpus_responses;
mod corpus_sweep;
mod dialect_parity;
mod fuzz_smoke;
mod module_layout;
mod prism_harness;
mod prism_request_forms;
mod prism_seed_vendors;
mod safe_writes;
mod sdk_differential;
mod secret_redaction;
mod seed_vendors;
mod selection;
mod streamed_responses;
mod vendor_features;
mod wire_recording;
