// @generated from fixtures by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

//! What the generator writes for each fixture document in tests/snapshots/fixtures, one module per fixture.
pub mod runtime;

#[cfg(feature = "absent_vs_null")]
#[rustfmt::skip]
pub mod absent_vs_null;

#[cfg(feature = "allof_merge")]
#[rustfmt::skip]
pub mod allof_merge;

#[cfg(feature = "anyof_expandable")]
#[rustfmt::skip]
pub mod anyof_expandable;

#[cfg(feature = "arrays")]
#[rustfmt::skip]
pub mod arrays;

#[cfg(feature = "collision_inline_names")]
#[rustfmt::skip]
pub mod collision_inline_names;

#[cfg(feature = "collision_operation_names")]
#[rustfmt::skip]
pub mod collision_operation_names;

#[cfg(feature = "collision_schema_names")]
#[rustfmt::skip]
pub mod collision_schema_names;

#[cfg(feature = "composition")]
#[rustfmt::skip]
pub mod composition;

#[cfg(feature = "construction")]
#[rustfmt::skip]
pub mod construction;

#[cfg(feature = "control_characters")]
#[rustfmt::skip]
pub mod control_characters;

#[cfg(feature = "deprecated")]
#[rustfmt::skip]
pub mod deprecated;

#[cfg(feature = "discriminator_inheritance")]
#[rustfmt::skip]
pub mod discriminator_inheritance;

#[cfg(feature = "docs_markdown")]
#[rustfmt::skip]
pub mod docs_markdown;

#[cfg(feature = "empty_objects")]
#[rustfmt::skip]
pub mod empty_objects;

#[cfg(feature = "enum_colliding_values")]
#[rustfmt::skip]
pub mod enum_colliding_values;

#[cfg(feature = "enum_renamed_values")]
#[rustfmt::skip]
pub mod enum_renamed_values;

#[cfg(feature = "format_binary")]
#[rustfmt::skip]
pub mod format_binary;

#[cfg(feature = "format_byte")]
#[rustfmt::skip]
pub mod format_byte;

#[cfg(feature = "format_date_time")]
#[rustfmt::skip]
pub mod format_date_time;

#[cfg(feature = "format_date_time_examples")]
#[rustfmt::skip]
pub mod format_date_time_examples;

#[cfg(feature = "header_parameters")]
#[rustfmt::skip]
pub mod header_parameters;

#[cfg(feature = "integer_enums")]
#[rustfmt::skip]
pub mod integer_enums;

#[cfg(feature = "integer_formats")]
#[rustfmt::skip]
pub mod integer_formats;

#[cfg(feature = "json_media_types")]
#[rustfmt::skip]
pub mod json_media_types;

#[cfg(feature = "keyword_fields")]
#[rustfmt::skip]
pub mod keyword_fields;

#[cfg(feature = "keyword_operations")]
#[rustfmt::skip]
pub mod keyword_operations;

#[cfg(feature = "keyword_type_names")]
#[rustfmt::skip]
pub mod keyword_type_names;

#[cfg(feature = "long_names")]
#[rustfmt::skip]
pub mod long_names;

#[cfg(feature = "long_operation_names")]
#[rustfmt::skip]
pub mod long_operation_names;

#[cfg(feature = "maps")]
#[rustfmt::skip]
pub mod maps;

#[cfg(feature = "module_layout")]
#[rustfmt::skip]
pub mod module_layout;

#[cfg(feature = "nullable_fields")]
#[rustfmt::skip]
pub mod nullable_fields;

#[cfg(feature = "nullable_refs")]
#[rustfmt::skip]
pub mod nullable_refs;

#[cfg(feature = "numbers_out_of_range")]
#[rustfmt::skip]
pub mod numbers_out_of_range;

#[cfg(feature = "oneof_const_strings")]
#[rustfmt::skip]
pub mod oneof_const_strings;

#[cfg(feature = "oneof_discriminator_implicit")]
#[rustfmt::skip]
pub mod oneof_discriminator_implicit;

#[cfg(feature = "oneof_discriminator_mapping")]
#[rustfmt::skip]
pub mod oneof_discriminator_mapping;

#[cfg(feature = "oneof_null_member")]
#[rustfmt::skip]
pub mod oneof_null_member;

#[cfg(feature = "oneof_untagged")]
#[rustfmt::skip]
pub mod oneof_untagged;

#[cfg(feature = "openapi31_const")]
#[rustfmt::skip]
pub mod openapi31_const;

#[cfg(feature = "openapi31_defs")]
#[rustfmt::skip]
pub mod openapi31_defs;

#[cfg(feature = "openapi31_examples")]
#[rustfmt::skip]
pub mod openapi31_examples;

#[cfg(feature = "openapi31_nullable_refs")]
#[rustfmt::skip]
pub mod openapi31_nullable_refs;

#[cfg(feature = "openapi31_nullable_type")]
#[rustfmt::skip]
pub mod openapi31_nullable_type;

#[cfg(feature = "openapi31_ref_siblings")]
#[rustfmt::skip]
pub mod openapi31_ref_siblings;

#[cfg(feature = "openapi31_type_arrays")]
#[rustfmt::skip]
pub mod openapi31_type_arrays;

#[cfg(feature = "openapi31_webhooks")]
#[rustfmt::skip]
pub mod openapi31_webhooks;

#[cfg(feature = "openapi32")]
#[rustfmt::skip]
pub mod openapi32;

#[cfg(feature = "operation_names")]
#[rustfmt::skip]
pub mod operation_names;

#[cfg(feature = "outcomes")]
#[rustfmt::skip]
pub mod outcomes;

#[cfg(feature = "parameter_composition")]
#[rustfmt::skip]
pub mod parameter_composition;

#[cfg(feature = "parameter_refs")]
#[rustfmt::skip]
pub mod parameter_refs;

#[cfg(feature = "parameter_styles_header_cookie")]
#[rustfmt::skip]
pub mod parameter_styles_header_cookie;

#[cfg(feature = "parameter_styles_path")]
#[rustfmt::skip]
pub mod parameter_styles_path;

#[cfg(feature = "parameter_styles_query")]
#[rustfmt::skip]
pub mod parameter_styles_query;

#[cfg(feature = "parameter_types")]
#[rustfmt::skip]
pub mod parameter_types;

#[cfg(feature = "path_parameters")]
#[rustfmt::skip]
pub mod path_parameters;

#[cfg(feature = "prelude_names")]
#[rustfmt::skip]
pub mod prelude_names;

#[cfg(feature = "primitive_aliases")]
#[rustfmt::skip]
pub mod primitive_aliases;

#[cfg(feature = "query_parameters")]
#[rustfmt::skip]
pub mod query_parameters;

#[cfg(feature = "recursion_mutual")]
#[rustfmt::skip]
pub mod recursion_mutual;

#[cfg(feature = "recursion_self")]
#[rustfmt::skip]
pub mod recursion_self;

#[cfg(feature = "recursion_unions")]
#[rustfmt::skip]
pub mod recursion_unions;

#[cfg(feature = "refs_into_paths")]
#[rustfmt::skip]
pub mod refs_into_paths;

#[cfg(feature = "refs_into_properties")]
#[rustfmt::skip]
pub mod refs_into_properties;

#[cfg(feature = "refs_other_files")]
#[rustfmt::skip]
pub mod refs_other_files;

#[cfg(feature = "request_body_binary")]
#[rustfmt::skip]
pub mod request_body_binary;

#[cfg(feature = "request_body_form")]
#[rustfmt::skip]
pub mod request_body_form;

#[cfg(feature = "request_body_inline")]
#[rustfmt::skip]
pub mod request_body_inline;

#[cfg(feature = "request_body_multipart")]
#[rustfmt::skip]
pub mod request_body_multipart;

#[cfg(feature = "request_body_optional")]
#[rustfmt::skip]
pub mod request_body_optional;

#[cfg(feature = "request_body_ref")]
#[rustfmt::skip]
pub mod request_body_ref;

#[cfg(feature = "request_body_text")]
#[rustfmt::skip]
pub mod request_body_text;

#[cfg(feature = "request_body_vendor_json")]
#[rustfmt::skip]
pub mod request_body_vendor_json;

#[cfg(feature = "responses_binary")]
#[rustfmt::skip]
pub mod responses_binary;

#[cfg(feature = "responses_component_refs")]
#[rustfmt::skip]
pub mod responses_component_refs;

#[cfg(feature = "responses_default")]
#[rustfmt::skip]
pub mod responses_default;

#[cfg(feature = "responses_event_stream")]
#[rustfmt::skip]
pub mod responses_event_stream;

#[cfg(feature = "responses_headers")]
#[rustfmt::skip]
pub mod responses_headers;

#[cfg(feature = "responses_json")]
#[rustfmt::skip]
pub mod responses_json;

#[cfg(feature = "responses_no_content")]
#[rustfmt::skip]
pub mod responses_no_content;

#[cfg(feature = "responses_ranges")]
#[rustfmt::skip]
pub mod responses_ranges;

#[cfg(feature = "responses_raw")]
#[rustfmt::skip]
pub mod responses_raw;

#[cfg(feature = "schema_twins")]
#[rustfmt::skip]
pub mod schema_twins;

#[cfg(feature = "secret_fields")]
#[rustfmt::skip]
pub mod secret_fields;

#[cfg(feature = "security")]
#[rustfmt::skip]
pub mod security;

#[cfg(feature = "security_requirements")]
#[rustfmt::skip]
pub mod security_requirements;

#[cfg(feature = "security_schemes")]
#[rustfmt::skip]
pub mod security_schemes;

#[cfg(feature = "servers")]
#[rustfmt::skip]
pub mod servers;

#[cfg(feature = "servers_relative")]
#[rustfmt::skip]
pub mod servers_relative;

#[cfg(feature = "skipped_operations")]
#[rustfmt::skip]
pub mod skipped_operations;

#[cfg(feature = "swagger2")]
#[rustfmt::skip]
pub mod swagger2;

#[cfg(feature = "swagger2_files")]
#[rustfmt::skip]
pub mod swagger2_files;
