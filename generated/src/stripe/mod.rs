// @generated from specs/stripe/spec3.json by `cargo xtask codegen`. Do not edit by hand.
// What the crate's lib.rs and Cargo.toml need of this module: type depth 117, uuid no, webhooks no.

//! Stripe API 2020-08-27
//!
//! The Stripe REST API. Please see https://stripe.com/docs/api for more details.
//!
//! Generated from `specs/stripe/spec3.json`.
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::needless_doctest_main, clippy::test_attr_in_doctest)]
#![allow(clippy::tabs_in_doc_comments)]
#![allow(rustdoc::bare_urls)]

mod operations;
mod types_a;
mod types_b;
mod types_c;
mod types_d;
mod types_e;
mod types_f;
mod types_g;
mod types_i;
mod types_l;
mod types_m;
mod types_n;
mod types_o;
mod types_pac;
mod types_paym;
mod types_payo;
mod types_pe;
mod types_pl;
mod types_post_a;
mod types_post_b;
mod types_post_c;
mod types_post_d;
mod types_post_e;
mod types_post_f;
mod types_post_i;
mod types_post_m;
mod types_post_o;
mod types_post_p;
mod types_post_r;
mod types_post_s;
mod types_post_w;
mod types_pr;
mod types_q;
mod types_r;
mod types_s;
mod types_t;
mod types_w;

pub use operations::*;
pub use types_a::*;
pub use types_b::*;
pub use types_c::*;
pub use types_d::*;
pub use types_e::*;
pub use types_f::*;
pub use types_g::*;
pub use types_i::*;
pub use types_l::*;
pub use types_m::*;
pub use types_n::*;
pub use types_o::*;
pub use types_pac::*;
pub use types_paym::*;
pub use types_payo::*;
pub use types_pe::*;
pub use types_pl::*;
pub use types_post_a::*;
pub use types_post_b::*;
pub use types_post_c::*;
pub use types_post_d::*;
pub use types_post_e::*;
pub use types_post_f::*;
pub use types_post_i::*;
pub use types_post_m::*;
pub use types_post_o::*;
pub use types_post_p::*;
pub use types_post_r::*;
pub use types_post_s::*;
pub use types_post_w::*;
pub use types_pr::*;
pub use types_q::*;
pub use types_r::*;
pub use types_s::*;
pub use types_t::*;
pub use types_w::*;

use crate::runtime;

/// The first absolute server URL the document lists: where requests go by default.
pub const DEFAULT_BASE_URL: &str = "https://api.stripe.com/";

/// Every server the document lists, with server variables set to their defaults.
pub const SERVERS: &[&str] = &["https://api.stripe.com/"];

/// The ways this API authenticates; give credentials for them to `runtime::Auth`.
pub mod security {
    /// `basicAuth`: HTTP basic authentication.
    ///
    /// Basic HTTP authentication. Allowed headers-- Authorization: Basic <api_key> | Authorization: Basic <base64 hash of `api_key:`>
    pub const BASIC_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "basicAuth",
        kind: crate::runtime::SchemeKind::Basic,
    };

    /// `bearerAuth`: a bearer token in `Authorization`.
    ///
    /// Bearer HTTP authentication. Allowed headers-- Authorization: Bearer <api_key>
    pub const BEARER_AUTH: crate::runtime::SecurityScheme = crate::runtime::SecurityScheme {
        name: "bearerAuth",
        kind: crate::runtime::SchemeKind::Bearer,
    };
}
