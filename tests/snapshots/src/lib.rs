// @generated from specs by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! What the generator writes for each fixture document in tests/snapshots/fixtures, one module per fixture.
pub mod runtime;

#[cfg(feature = "absent_vs_null")]
pub mod absent_vs_null;

#[cfg(feature = "arrays")]
pub mod arrays;

#[cfg(feature = "collision_inline_names")]
pub mod collision_inline_names;

#[cfg(feature = "collision_operation_names")]
pub mod collision_operation_names;

#[cfg(feature = "collision_schema_names")]
pub mod collision_schema_names;

#[cfg(feature = "composition")]
pub mod composition;

#[cfg(feature = "deprecated")]
pub mod deprecated;

#[cfg(feature = "docs_markdown")]
pub mod docs_markdown;

#[cfg(feature = "enum_colliding_values")]
pub mod enum_colliding_values;

#[cfg(feature = "enum_renamed_values")]
pub mod enum_renamed_values;

#[cfg(feature = "header_parameters")]
pub mod header_parameters;

#[cfg(feature = "keyword_fields")]
pub mod keyword_fields;

#[cfg(feature = "keyword_operations")]
pub mod keyword_operations;

#[cfg(feature = "keyword_type_names")]
pub mod keyword_type_names;

#[cfg(feature = "maps")]
pub mod maps;

#[cfg(feature = "nullable_fields")]
pub mod nullable_fields;

#[cfg(feature = "openapi31_const")]
pub mod openapi31_const;

#[cfg(feature = "openapi31_defs")]
pub mod openapi31_defs;

#[cfg(feature = "openapi31_examples")]
pub mod openapi31_examples;

#[cfg(feature = "openapi31_nullable_type")]
pub mod openapi31_nullable_type;

#[cfg(feature = "openapi31_ref_siblings")]
pub mod openapi31_ref_siblings;

#[cfg(feature = "openapi31_type_arrays")]
pub mod openapi31_type_arrays;

#[cfg(feature = "openapi31_webhooks")]
pub mod openapi31_webhooks;

#[cfg(feature = "operation_names")]
pub mod operation_names;

#[cfg(feature = "parameter_refs")]
pub mod parameter_refs;

#[cfg(feature = "parameter_types")]
pub mod parameter_types;

#[cfg(feature = "path_parameters")]
pub mod path_parameters;

#[cfg(feature = "prelude_names")]
pub mod prelude_names;

#[cfg(feature = "primitive_aliases")]
pub mod primitive_aliases;

#[cfg(feature = "query_parameters")]
pub mod query_parameters;

#[cfg(feature = "recursion_mutual")]
pub mod recursion_mutual;

#[cfg(feature = "recursion_self")]
pub mod recursion_self;

#[cfg(feature = "request_body_inline")]
pub mod request_body_inline;

#[cfg(feature = "request_body_optional")]
pub mod request_body_optional;

#[cfg(feature = "request_body_ref")]
pub mod request_body_ref;

#[cfg(feature = "responses_component_refs")]
pub mod responses_component_refs;

#[cfg(feature = "responses_default")]
pub mod responses_default;

#[cfg(feature = "responses_json")]
pub mod responses_json;

#[cfg(feature = "responses_no_content")]
pub mod responses_no_content;

#[cfg(feature = "responses_ranges")]
pub mod responses_ranges;

#[cfg(feature = "responses_raw")]
pub mod responses_raw;

#[cfg(feature = "secret_fields")]
pub mod secret_fields;

#[cfg(feature = "security_requirements")]
pub mod security_requirements;

#[cfg(feature = "security_schemes")]
pub mod security_schemes;

#[cfg(feature = "servers")]
pub mod servers;

#[cfg(feature = "servers_relative")]
pub mod servers_relative;

#[cfg(feature = "skipped_operations")]
pub mod skipped_operations;
