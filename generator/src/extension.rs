//! The `x-` extension keys that carry meaning between stages.
//!
//! `normalize` keeps 3.1 meaning that the 3.0 shape cannot hold under these keys and `lower`
//! reads it back; `bundle` marks what it hoisted into `components`; overlays read
//! [`ALLOW_UNMATCHED`] on their actions; `lower` reads a few vendor extensions meant for every
//! generator ([`ENUM_VARNAMES`]). Both sides name a key through this module only, so
//! that a rename cannot silently break the contract.

/// What every specification extension key starts with.
pub const PREFIX: &str = "x-";

/// Whether a key is a specification extension.
pub fn is_extension(key: &str) -> bool {
    key.starts_with(PREFIX)
}

/// The key under which a keyword that has no 3.0 form is kept: `x-<keyword>`.
pub fn kept(keyword: &str) -> String {
    format!("{PREFIX}{keyword}")
}

/// 3.1 `const`: the single allowed value, beside the `enum: [value]` that 3.0 reads.
pub const CONST: &str = "x-const";
/// 3.1 `type: [A, B, …]` (without `null`): the list of JSON types a value may have.
pub const TYPES: &str = "x-types";
/// 3.1 `info.summary`.
pub const SUMMARY: &str = "x-summary";
/// 3.1 `license.identifier` (an SPDX expression).
pub const IDENTIFIER: &str = "x-identifier";
/// 3.1 `examples` (a list; 3.0 has one `example`).
pub const EXAMPLES: &str = "x-examples";
/// 3.1 `webhooks`, normalized; no code is generated for them.
pub const WEBHOOKS: &str = "x-webhooks";
/// 3.1 `components.pathItems`, after their uses are inlined.
pub const PATH_ITEMS: &str = "x-pathItems";
/// `mutualTLS` security schemes, moved out of `components.securitySchemes`.
pub const MUTUAL_TLS: &str = "x-mutualTLS";
/// 3.1 `contentSchema`: the structure of encoded content.
pub const CONTENT_SCHEMA: &str = "x-contentSchema";
/// 3.1 `contentEncoding` when it has no `format` equivalent or is approximated by one.
pub const CONTENT_ENCODING: &str = "x-contentEncoding";
/// 3.1 `contentMediaType`.
pub const CONTENT_MEDIA_TYPE: &str = "x-contentMediaType";
/// 3.1 `prefixItems`: the schemas of a tuple's positions.
pub const PREFIX_ITEMS: &str = "x-prefixItems";
/// 3.1 `patternProperties`: schemas of members whose names match a pattern.
pub const PATTERN_PROPERTIES: &str = "x-patternProperties";

/// Names of an enum's values, one per entry of `enum` in its order, as vendors write them for
/// other generators: `x-enum-varnames` (openapi-generator) and `x-enumNames` (NSwag). `lower`
/// names integer enum variants after them.
pub const ENUM_VARNAMES: &str = "x-enum-varnames";
pub const ENUM_NAMES: &str = "x-enumNames";
/// 3.2 `query`: a path item's QUERY operation, normalized (`openapiv3` reads eight methods).
pub const QUERY: &str = "x-query";
/// 3.2 `additionalOperations`: a path item's operations of other methods, by method, normalized.
pub const ADDITIONAL_OPERATIONS: &str = "x-additionalOperations";
/// 3.2 `in: querystring`, on the parameter normalization makes `in: query`: its value is the
/// whole query string.
pub const QUERYSTRING: &str = "x-querystring";
/// 3.2 `itemSchema` of a media type: the schema of each item of a sequential media type
/// (`text/event-stream`, `application/jsonl`, …), normalized.
pub const ITEM_SCHEMA: &str = "x-itemSchema";

/// On an object schema whose document writes `properties: {}` and allows no other members:
/// an object said to have no documented members at all, which `lower` types as an empty struct
/// rather than as any object (`openapiv3` reads an absent `properties` and an empty one alike).
pub const NO_MEMBERS: &str = "x-no-members";

/// On a component that bundling hoisted into `components`: where it stood, `#/<pointer>` in the
/// document itself or `<file>#/<pointer>` in another file of its folder.
pub const BUNDLED_FROM: &str = "x-bundled-from";

/// On an overlay action: a target that matches nothing is not an error.
pub const ALLOW_UNMATCHED: &str = "x-allow-unmatched";
