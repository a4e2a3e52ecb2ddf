//! Turns OpenAPI 3.0 / 3.1 documents into typed Rust request/response modules.
//!
//! The pipeline has one module per stage, each a pure function:
//!
//! ```text
//! load      bytes            -> serde_json::Value
//! dialect   Value            -> Dialect (3.0 | 3.1) or "unsupported"
//! overlay   Value + overlays -> Value (OAI Overlay 1.0 / 1.1 actions applied in order)
//! normalize Value            -> Value in the 3.0 shape + warnings
//! parse     Value            -> openapiv3::OpenAPI
//! lower     OpenAPI          -> ir::Api (refs resolved, names chosen)
//! emit      ir::Api          -> Rust source files
//! ```
//!
//! The library does no I/O: callers hand it bytes and receive file contents.

pub mod diagnostic;
pub mod dialect;
pub mod load;
pub mod normalize;
pub mod overlay;
pub mod parse;

pub use diagnostic::{Error, Location, Warning};
