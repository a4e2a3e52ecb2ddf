// @generated from specs by `cargo xtask codegen`. Do not edit by hand.

//! Typed request/response modules for the vendor APIs in specs/, one cargo feature per vendor, none on by default.
#![recursion_limit = "596"]

pub mod runtime;

#[cfg(feature = "github")]
#[rustfmt::skip]
pub mod github;

#[cfg(feature = "hooked")]
#[rustfmt::skip]
pub mod hooked;

#[cfg(feature = "snaptrade")]
#[rustfmt::skip]
pub mod snaptrade;

#[cfg(feature = "stripe")]
#[rustfmt::skip]
pub mod stripe;

#[cfg(feature = "supermemory")]
#[rustfmt::skip]
pub mod supermemory;

#[cfg(feature = "symphony")]
#[rustfmt::skip]
pub mod symphony;

#[cfg(feature = "telnyx")]
#[rustfmt::skip]
pub mod telnyx;
