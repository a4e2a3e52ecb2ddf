//! Document-level rules: what a 3.1 document holds around its schemas that the 3.0 shape lacks
//! (`jsonSchemaDialect`, `info.summary`, `license.identifier`, `webhooks`, `mutualTLS` security
//! schemes) or requires (`paths`, an operation's `responses`).

use serde_json::{Map, Value, json};

use super::{DROPPED_KEYWORD, NOT_GENERATED, Walker, rename};
use crate::diagnostic::push_token;
use crate::extension;

impl Walker<'_> {
    /// `jsonSchemaDialect` names the dialect of schemas without `$schema`. The 3.0 shape has
    /// no such field; only a dialect other than the OpenAPI 3.1 default loses meaning.
    pub(super) fn json_schema_dialect(&mut self, root: &mut Map<String, Value>) {
        let Some(dialect) = root.shift_remove("jsonSchemaDialect") else {
            return;
        };
        if !dialect.as_str().is_some_and(is_default_dialect) {
            self.warn(
                "/jsonSchemaDialect",
                DROPPED_KEYWORD,
                format!(
                    "schemas are read as OpenAPI 3.1 schemas, not in the declared dialect {dialect}"
                ),
            );
        }
    }

    /// `webhooks` (new in 3.1) describe requests the API sends, which the generator does not
    /// produce code for. They are kept, normalized, as `x-webhooks`.
    pub(super) fn webhooks(&mut self, root: &mut Map<String, Value>) {
        let Some(webhooks) = root.shift_remove("webhooks") else {
            return;
        };
        if let Value::Object(entries) = &webhooks {
            for name in entries.keys() {
                self.warn(
                    &push_token("/webhooks", name),
                    NOT_GENERATED,
                    format!(
                        "webhook `{name}` is kept as `x-webhooks`; no code is generated for it"
                    ),
                );
            }
        }
        root.insert(extension::WEBHOOKS.into(), webhooks);
    }

    /// `type: mutualTLS` security schemes (new in 3.1) would make `openapiv3` fail. They move
    /// to `components.x-mutualTLS`; security requirements still name them, and the client
    /// must present the certificate itself.
    pub(super) fn mutual_tls(&mut self, components: &mut Map<String, Value>) {
        let mut kept = Map::new();
        if let Some(Value::Object(schemes)) = components.get_mut("securitySchemes") {
            let names: Vec<String> = schemes
                .iter()
                .filter(|(_, scheme)| scheme.get("type") == Some(&json!("mutualTLS")))
                .map(|(name, _)| name.clone())
                .collect();
            for name in names {
                if let Some(scheme) = schemes.shift_remove(&name) {
                    kept.insert(name, scheme);
                }
            }
        }
        for name in kept.keys() {
            self.warn(
                &push_token("/components/securitySchemes", name),
                NOT_GENERATED,
                format!(
                    "mutual TLS scheme `{name}` is kept as `components.x-mutualTLS`; \
                     the client certificate is not configured by generated code"
                ),
            );
        }
        if kept.is_empty() {
            return;
        }
        match components.get_mut(extension::MUTUAL_TLS) {
            Some(Value::Object(existing)) => existing.extend(kept),
            _ => {
                components.insert(extension::MUTUAL_TLS.into(), Value::Object(kept));
            }
        }
    }
}

/// `info.summary` (new in 3.1) would be dropped by `openapiv3`; `x-summary` keeps it.
pub(super) fn info_summary(info: &mut Map<String, Value>) {
    rename(info, "summary", extension::SUMMARY);
}

/// `license.identifier` (an SPDX expression, new in 3.1) would be dropped; `x-identifier` keeps
/// it. `openapiv3` already treats `license.url` as optional.
pub(super) fn license_identifier(license: &mut Map<String, Value>) {
    rename(license, "identifier", extension::IDENTIFIER);
}

/// `paths` is optional in 3.1 (a document may hold only webhooks or components) but required
/// by `openapiv3`.
pub(super) fn missing_paths(root: &mut Map<String, Value>) {
    root.entry("paths")
        .or_insert_with(|| Value::Object(Map::new()));
}

/// `responses` is optional on a 3.1 operation but required by `openapiv3`. An empty map says
/// the same: nothing is documented.
pub(super) fn missing_responses(operation: &mut Map<String, Value>) {
    operation
        .entry("responses")
        .or_insert_with(|| Value::Object(Map::new()));
}

/// Removes and returns the keys of a `responses` map that name no status: `openapiv3` would drop
/// them without a word. Valid: `default`, a code from 100 to 599, a range `1XX`…`5XX`, and
/// extensions.
pub(super) fn invalid_status_keys(responses: &mut Map<String, Value>) -> Vec<String> {
    let valid = |key: &str| {
        let bytes = key.as_bytes();
        key == "default"
            || extension::is_extension(key)
            || (bytes.len() == 3
                && (b'1'..=b'5').contains(&bytes[0])
                && (bytes[1..].iter().all(u8::is_ascii_digit)
                    || bytes[1..].eq_ignore_ascii_case(b"XX")))
    };
    let invalid: Vec<String> = responses
        .keys()
        .filter(|key| !valid(key))
        .cloned()
        .collect();
    for key in &invalid {
        responses.shift_remove(key);
    }
    invalid
}

/// The OpenAPI 3.1 default schema dialect and the JSON Schema 2020-12 it builds on.
pub(super) fn is_default_dialect(uri: &str) -> bool {
    let uri = uri.trim_end_matches('#');
    uri.starts_with("https://spec.openapis.org/oas/3.1/")
        || uri.starts_with("https://spec.openapis.org/oas/3.2/")
        || uri == "https://json-schema.org/draft/2020-12/schema"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::Dialect;
    use crate::normalize::normalize;
    use crate::normalize::test_support::{document_rule, found};

    #[test]
    fn response_keys_that_name_no_status_are_left_out_with_a_warning_in_both_dialects() {
        for (dialect, version) in [(Dialect::V3_0, "3.0.3"), (Dialect::V3_1, "3.1.0")] {
            let responses = json!({
                "200": {"description": "ok"}, "4xx": {"description": "range"},
                "5XX": {"description": "range"}, "default": {"description": "other"},
                "x-note": "kept", "0": {"description": "no"}, "abc": {"description": "no"},
                "99999": {"description": "no"}, "600": {"description": "no"}
            });
            let normalized = normalize(
                "f.yaml",
                dialect,
                json!({"openapi": version, "paths": {"/a": {"get": {"responses": responses}}}}),
            );
            let kept = &normalized.document["paths"]["/a"]["get"]["responses"];
            let keys: Vec<&str> = kept
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(
                keys,
                ["200", "4xx", "5XX", "default", "x-note"],
                "{version}"
            );
            let pointer = |key: &str| format!("/paths/~1a/get/responses/{key}");
            let expected: Vec<(String, &str)> = ["0", "abc", "99999", "600"]
                .iter()
                .map(|key| (pointer(key), DROPPED_KEYWORD))
                .collect();
            let warned: Vec<(String, &str)> = found(&normalized.warnings)
                .into_iter()
                .map(|(pointer, kind)| (pointer.to_owned(), kind))
                .collect();
            assert_eq!(warned, expected, "{version}");
        }
    }

    #[test]
    fn missing_paths_and_responses_are_inserted() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "components": {"pathItems": {"P": {"get": {"summary": "no responses"}}}}
        }));
        assert_eq!(document["paths"], json!({}));
        assert_eq!(
            document["components"]["x-pathItems"]["P"]["get"]["responses"],
            json!({})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn webhooks_are_kept_as_extension_and_reported() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "webhooks": {"newPet": {"post": {"responses": {"200": {"description": "ok"}}}}}
        }));
        assert_eq!(document.get("webhooks"), None);
        assert_eq!(
            document["x-webhooks"]["newPet"]["post"]["responses"]["200"]["description"],
            "ok"
        );
        assert_eq!(found(&warnings), [("/webhooks/newPet", NOT_GENERATED)]);
    }

    #[test]
    fn json_schema_dialect_is_dropped_and_reported_unless_default() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base"
        }));
        assert_eq!(document.get("jsonSchemaDialect"), None);
        assert!(warnings.is_empty());
        let (_, warnings) = document_rule(json!({
            "openapi": "3.1.0", "jsonSchemaDialect": "http://json-schema.org/draft-04/schema#"
        }));
        assert_eq!(found(&warnings), [("/jsonSchemaDialect", DROPPED_KEYWORD)]);
    }

    #[test]
    fn info_summary_and_license_identifier_move_to_extensions() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "summary": "short", "version": "1",
                     "license": {"name": "MIT", "identifier": "MIT"}}
        }));
        assert_eq!(
            document["info"],
            json!({"title": "t", "version": "1",
                   "license": {"name": "MIT", "x-identifier": "MIT"}, "x-summary": "short"})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn mutual_tls_schemes_move_out_of_security_schemes() {
        let (document, warnings) = document_rule(json!({
            "openapi": "3.1.0",
            "components": {"securitySchemes": {
                "mtls": {"type": "mutualTLS", "description": "cert"},
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"}
            }}
        }));
        let components = &document["components"];
        assert_eq!(
            components["securitySchemes"],
            json!({"key": {"type": "apiKey", "in": "header", "name": "X-Key"}})
        );
        assert_eq!(
            components["x-mutualTLS"],
            json!({"mtls": {"type": "mutualTLS", "description": "cert"}})
        );
        assert_eq!(
            found(&warnings),
            [("/components/securitySchemes/mtls", NOT_GENERATED)]
        );
    }
}
