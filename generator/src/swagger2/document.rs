//! The document around its paths: `swagger: "2.0"` → `openapi: 3.0.3`; `host`, `basePath` and
//! `schemes` → `servers`; the reusable `definitions`, `parameters`, `responses` and
//! `securityDefinitions` → `components`; the document's `consumes` and `produces`, which
//! operations fall back on, read and removed.

use serde_json::{Map, Value, json};

use super::operations::described_by_keywords;
use super::refs::translate;
use super::{APPROXIMATED, At, Converter, DROPPED_KEYWORD, MAIN, NOT_GENERATED, strings};
use crate::diagnostic::{Error, push_token};
use crate::extension;
use crate::normalize::NORMALIZED_VERSION;

/// Top-level fields that 2.0 and 3.0 share, copied as they are.
const SHARED_FIELDS: [&str; 4] = ["info", "security", "tags", "externalDocs"];

impl Converter<'_> {
    /// The whole document in the 3.0 shape.
    pub(super) fn document(&mut self, document: &Value) -> Result<Value, Error> {
        let Value::Object(root) = document else {
            return Ok(document.clone());
        };
        self.consumes = self.media_type_list(root, "consumes");
        self.produces = self.media_type_list(root, "produces");
        self.schemes = root.get("schemes").cloned();

        for (component, section) in [
            ("schemas", "definitions"),
            ("parameters", "parameters"),
            ("responses", "responses"),
            ("securitySchemes", "securityDefinitions"),
        ] {
            self.origins
                .record(format!("/components/{component}"), format!("/{section}"));
        }
        let server_origin = if root.contains_key("host") {
            "/host"
        } else {
            "/basePath"
        };
        self.origins.record("/servers", server_origin);

        let mut out = Map::new();
        out.insert("openapi".into(), json!(NORMALIZED_VERSION));
        if let Some(info) = root.get("info") {
            out.insert("info".into(), info.clone());
        }
        if let Some(servers) = self.servers(root) {
            out.insert("servers".into(), servers);
        }
        let mut components = Map::new();
        for (key, value) in root {
            let pointer = push_token("", key);
            let at = At::new(MAIN, &pointer);
            match key.as_str() {
                "swagger" | "info" | "host" | "basePath" | "schemes" | "consumes" | "produces" => {}
                "paths" => {
                    let paths = self.paths(value, at)?;
                    out.insert(key.clone(), paths);
                }
                "definitions" => {
                    let schemas = self.each(value, at, Self::schema)?;
                    components.insert("schemas".into(), schemas);
                }
                "parameters" => {
                    let parameters = self.component_parameters(value, at)?;
                    components.insert("parameters".into(), parameters);
                }
                "responses" => {
                    let produces = self.produces.clone();
                    let responses = self.each(value, at, |converter, response, at| {
                        converter.response(response, at, &produces)
                    })?;
                    components.insert("responses".into(), responses);
                }
                "securityDefinitions" => {
                    let schemes = self.security_schemes(value, at);
                    components.insert("securitySchemes".into(), schemes);
                }
                key if SHARED_FIELDS.contains(&key) || extension::is_extension(key) => {
                    out.insert(key.to_owned(), value.clone());
                }
                other => {
                    self.warn(
                        at,
                        DROPPED_KEYWORD,
                        format!(
                            "`{other}` is not a field of a Swagger 2.0 document; it is left out"
                        ),
                    );
                }
            }
        }
        out.entry("paths").or_insert_with(|| json!({}));
        if !components.is_empty() {
            out.insert("components".into(), Value::Object(components));
        }
        Ok(Value::Object(out))
    }

    /// The document's `consumes` or `produces`; a value that is not a list of media types is
    /// left out with a warning.
    fn media_type_list(&mut self, root: &Map<String, Value>, key: &str) -> Vec<String> {
        match root.get(key) {
            None => Vec::new(),
            Some(value) => strings(value).unwrap_or_else(|| {
                self.warn(
                    At::new(MAIN, &push_token("", key)),
                    DROPPED_KEYWORD,
                    format!("`{key}` must be a list of media types, found {value}; it is left out"),
                );
                Vec::new()
            }),
        }
    }

    /// Converts each entry of a map of reusable objects.
    fn each(
        &mut self,
        entries: &Value,
        at: At,
        mut convert: impl FnMut(&mut Self, &Value, At) -> Result<Value, Error>,
    ) -> Result<Value, Error> {
        let Value::Object(entries) = entries else {
            return Ok(entries.clone());
        };
        let mut out = Map::new();
        for (name, entry) in entries {
            let pointer = push_token(at.pointer, name);
            let converted = convert(self, entry, At::new(at.file, &pointer))?;
            out.insert(name.clone(), converted);
        }
        Ok(Value::Object(out))
    }

    /// The `parameters` section: body and form parameters have no place among 3.0's
    /// parameters; they are copied into the operations that use them.
    fn component_parameters(&mut self, parameters: &Value, at: At) -> Result<Value, Error> {
        let Value::Object(entries) = parameters else {
            return Ok(parameters.clone());
        };
        let mut out = Map::new();
        for (name, entry) in entries {
            let pointer = push_token(at.pointer, name);
            let here = At::new(at.file, &pointer);
            let location = match entry.get("$ref").and_then(Value::as_str) {
                Some(reference) => self
                    .follow(reference, here)?
                    .and_then(|(_, pointer, file)| {
                        file.pointer(&pointer)
                            .and_then(|target| target.get("in"))
                            .and_then(Value::as_str)
                            .map(str::to_owned)
                    }),
                None => entry.get("in").and_then(Value::as_str).map(str::to_owned),
            };
            if matches!(location.as_deref(), Some("body" | "formData")) {
                continue;
            }
            if described_by_keywords(entry) {
                let converted = push_token(&translate(&pointer), "schema");
                self.origins.record(converted, pointer.clone());
            }
            out.insert(name.clone(), self.parameter_entry(entry, here)?);
        }
        Ok(Value::Object(out))
    }

    /// One server per scheme at `host` + `basePath`; a relative server (`basePath` alone)
    /// when there is no `host`, as 2.0 then means the host serving the document.
    fn servers(&mut self, root: &Map<String, Value>) -> Option<Value> {
        let host = root.get("host").and_then(Value::as_str);
        let base_path = root
            .get("basePath")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let Some(host) = host else {
            return (!base_path.is_empty()).then(|| json!([{ "url": base_path }]));
        };
        let mut schemes = root.get("schemes").and_then(strings).unwrap_or_default();
        if schemes.is_empty() {
            self.warn(
                At::new(MAIN, "/host"),
                APPROXIMATED,
                "no `schemes`: 2.0 then means the scheme the document was fetched with; https \
                 is assumed",
            );
            schemes.push("https".into());
        }
        let mut servers = Vec::new();
        for (i, scheme) in schemes.iter().enumerate() {
            if matches!(scheme.as_str(), "http" | "https") {
                servers.push(json!({ "url": format!("{scheme}://{host}{base_path}") }));
            } else {
                self.warn(
                    At::new(MAIN, &format!("/schemes/{i}")),
                    NOT_GENERATED,
                    format!("scheme `{scheme}` is not HTTP; no server is made for it"),
                );
            }
        }
        (!servers.is_empty()).then_some(Value::Array(servers))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::test_support::{convert_document, found};
    use super::*;

    fn document(fields: Value) -> (Value, Vec<crate::diagnostic::Warning>) {
        let mut document = json!({"swagger": "2.0", "info": {"title": "t", "version": "1"}});
        if let (Value::Object(document), Value::Object(fields)) = (&mut document, fields) {
            document.extend(fields);
        }
        convert_document(document)
    }

    #[test]
    fn host_base_path_and_schemes_become_servers() {
        let (converted, warnings) = document(json!({
            "host": "api.example.com:8443", "basePath": "/v2", "schemes": ["https", "http"]
        }));
        assert_eq!(
            converted["servers"],
            json!([{"url": "https://api.example.com:8443/v2"},
                   {"url": "http://api.example.com:8443/v2"}])
        );
        assert!(warnings.is_empty());
        let (converted, _) = document(json!({"basePath": "/v2"}));
        assert_eq!(converted["servers"], json!([{"url": "/v2"}]));
        let (converted, _) = document(json!({}));
        assert_eq!(converted.get("servers"), None);
    }

    #[test]
    fn a_host_without_schemes_assumes_https_and_other_schemes_are_reported() {
        let (converted, warnings) = document(json!({"host": "api.example.com"}));
        assert_eq!(
            converted["servers"],
            json!([{"url": "https://api.example.com"}])
        );
        assert_eq!(found(&warnings), [("/host".to_owned(), APPROXIMATED)]);
        let (converted, warnings) =
            document(json!({"host": "api.example.com", "schemes": ["wss", "https"]}));
        assert_eq!(
            converted["servers"],
            json!([{"url": "https://api.example.com"}])
        );
        assert_eq!(found(&warnings), [("/schemes/0".to_owned(), NOT_GENERATED)]);
    }

    #[test]
    fn the_version_and_reusable_sections_take_their_3_0_places() {
        let (converted, warnings) = document(json!({
            "consumes": ["application/json"], "produces": ["application/json"],
            "paths": {},
            "definitions": {"Pet": {"type": "object"}},
            "parameters": {"limit": {"name": "limit", "in": "query", "type": "integer"}},
            "responses": {"Gone": {"description": "gone"}},
            "securityDefinitions": {"basic": {"type": "basic"}},
            "tags": [{"name": "pets"}], "externalDocs": {"url": "https://example.com"},
            "x-logo": "kept"
        }));
        assert_eq!(converted["openapi"], json!("3.0.3"));
        assert_eq!(converted.get("swagger"), None);
        assert_eq!(converted.get("consumes"), None);
        assert_eq!(
            converted["components"],
            json!({
                "schemas": {"Pet": {"type": "object"}},
                "parameters": {"limit": {"name": "limit", "in": "query",
                                         "schema": {"type": "integer"}}},
                "responses": {"Gone": {"description": "gone"}},
                "securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}
            })
        );
        assert_eq!(converted["tags"], json!([{"name": "pets"}]));
        assert_eq!(converted["x-logo"], json!("kept"));
        assert!(warnings.is_empty());
    }

    #[test]
    fn unknown_fields_and_malformed_media_type_lists_are_reported() {
        let (converted, warnings) = document(json!({
            "paths": {}, "webhooks": {}, "consumes": "application/json"
        }));
        assert_eq!(converted.get("webhooks"), None);
        assert_eq!(
            found(&warnings),
            [
                ("/consumes".to_owned(), DROPPED_KEYWORD),
                ("/webhooks".to_owned(), DROPPED_KEYWORD)
            ]
        );
    }

    #[test]
    fn a_document_without_paths_gets_an_empty_map() {
        let (converted, _) = document(json!({}));
        assert_eq!(converted["paths"], json!({}));
    }
}
