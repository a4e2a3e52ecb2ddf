// @generated from specs by `cargo xtask codegen`. Do not edit by hand.

//! Typed request/response modules for the vendor APIs in specs/, one cargo feature per vendor.
pub mod runtime;

#[cfg(feature = "hooked")]
pub mod hooked;

#[cfg(feature = "snaptrade")]
pub mod snaptrade;

#[cfg(feature = "supermemory")]
pub mod supermemory;

#[cfg(feature = "symphony")]
pub mod symphony;

#[cfg(feature = "telnyx")]
pub mod telnyx;
