//! Security schemes: 2.0's `securityDefinitions` → 3.0's `components.securitySchemes`.
//! `basic` becomes HTTP basic authentication, `apiKey` keeps its shape, and an `oauth2` scheme's
//! single `flow` becomes the matching entry of `flows` (`application` is 3.0's
//! `clientCredentials`, `accessCode` its `authorizationCode`). Security requirements have the
//! same shape in both versions.

use serde_json::{Map, Value, json};

use super::{APPROXIMATED, At, Converter, NOT_GENERATED};
use crate::diagnostic::push_token;
use crate::extension;

impl Converter<'_> {
    /// The `securityDefinitions` map as `securitySchemes`; a scheme of a type 2.0 does not
    /// define is left out with a warning.
    pub(super) fn security_schemes(&mut self, definitions: &Value, at: At) -> Value {
        let Value::Object(definitions) = definitions else {
            return definitions.clone();
        };
        let mut out = Map::new();
        for (name, scheme) in definitions {
            let pointer = push_token(at.pointer, name);
            if let Some(scheme) = self.security_scheme(scheme, At::new(at.file, &pointer)) {
                out.insert(name.clone(), scheme);
            }
        }
        Value::Object(out)
    }

    fn security_scheme(&mut self, scheme: &Value, at: At) -> Option<Value> {
        let Value::Object(object) = scheme else {
            return Some(scheme.clone());
        };
        let mut out = Map::new();
        let kind = object
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match kind {
            "basic" => {
                out.insert("type".into(), json!("http"));
                out.insert("scheme".into(), json!("basic"));
            }
            "apiKey" => {
                out.insert("type".into(), json!("apiKey"));
                for key in ["name", "in"] {
                    if let Some(value) = object.get(key) {
                        out.insert(key.into(), value.clone());
                    }
                }
            }
            "oauth2" => {
                out.insert("type".into(), json!("oauth2"));
                out.insert("flows".into(), self.oauth_flows(object, at));
            }
            other => {
                self.warn(
                    At::new(at.file, &push_token(at.pointer, "type")),
                    NOT_GENERATED,
                    format!(
                        "security scheme type `{other}` is not one of basic, apiKey, oauth2; the \
                         scheme is left out"
                    ),
                );
                return None;
            }
        }
        for (key, value) in object {
            if key == "description" || extension::is_extension(key) {
                out.insert(key.clone(), value.clone());
            }
        }
        Some(Value::Object(out))
    }

    /// `flows` holding the scheme's one flow with the URLs that flow uses and its scopes.
    fn oauth_flows(&mut self, object: &Map<String, Value>, at: At) -> Value {
        let flow = object
            .get("flow")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let (name, urls): (&str, &[&str]) = match flow {
            "implicit" => ("implicit", &["authorizationUrl"]),
            "password" => ("password", &["tokenUrl"]),
            "application" => ("clientCredentials", &["tokenUrl"]),
            "accessCode" => ("authorizationCode", &["authorizationUrl", "tokenUrl"]),
            other => {
                self.warn(
                    At::new(at.file, &push_token(at.pointer, "flow")),
                    APPROXIMATED,
                    format!(
                        "OAuth 2 flow `{other}` is not one of implicit, password, application, \
                         accessCode; the scheme is kept without flows (tokens are still sent as \
                         bearer tokens)"
                    ),
                );
                return json!({});
            }
        };
        let mut converted = Map::new();
        for url in urls {
            let value = object.get(*url).cloned().unwrap_or_else(|| {
                self.warn(
                    at,
                    APPROXIMATED,
                    format!("the `{flow}` flow has no `{url}`; an empty one is assumed"),
                );
                json!("")
            });
            converted.insert((*url).into(), value);
        }
        let scopes = object.get("scopes").cloned().unwrap_or_else(|| json!({}));
        converted.insert("scopes".into(), scopes);
        json!({ name: converted })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::test_support::{convert_document, found};
    use super::*;

    fn schemes(definitions: Value) -> (Value, Vec<crate::diagnostic::Warning>) {
        let (document, warnings) = convert_document(json!({
            "swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "securityDefinitions": definitions,
            "security": [{"key": []}, {"oauth": ["read"]}]
        }));
        assert_eq!(
            document["security"],
            json!([{"key": []}, {"oauth": ["read"]}])
        );
        (document["components"]["securitySchemes"].clone(), warnings)
    }

    #[test]
    fn basic_and_api_keys_become_http_basic_and_api_keys() {
        let (converted, warnings) = schemes(json!({
            "basic": {"type": "basic", "description": "Your login."},
            "key": {"type": "apiKey", "in": "query", "name": "api_key", "x-note": "kept"}
        }));
        assert_eq!(
            converted,
            json!({
                "basic": {"type": "http", "scheme": "basic", "description": "Your login."},
                "key": {"type": "apiKey", "name": "api_key", "in": "query", "x-note": "kept"}
            })
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn oauth2_flows_take_their_3_0_names() {
        let (converted, warnings) = schemes(json!({
            "implicit": {"type": "oauth2", "flow": "implicit",
                         "authorizationUrl": "https://a.example/auth", "scopes": {"read": "Read."}},
            "password": {"type": "oauth2", "flow": "password",
                         "tokenUrl": "https://a.example/token", "scopes": {}},
            "application": {"type": "oauth2", "flow": "application",
                            "tokenUrl": "https://a.example/token", "scopes": {}},
            "accessCode": {"type": "oauth2", "flow": "accessCode",
                           "authorizationUrl": "https://a.example/auth",
                           "tokenUrl": "https://a.example/token", "scopes": {"w": "Write."}}
        }));
        assert_eq!(
            converted["implicit"]["flows"],
            json!({"implicit": {"authorizationUrl": "https://a.example/auth",
                                "scopes": {"read": "Read."}}})
        );
        assert_eq!(
            converted["password"]["flows"],
            json!({"password": {"tokenUrl": "https://a.example/token", "scopes": {}}})
        );
        assert_eq!(
            converted["application"]["flows"],
            json!({"clientCredentials": {"tokenUrl": "https://a.example/token", "scopes": {}}})
        );
        assert_eq!(
            converted["accessCode"]["flows"],
            json!({"authorizationCode": {"authorizationUrl": "https://a.example/auth",
                                         "tokenUrl": "https://a.example/token",
                                         "scopes": {"w": "Write."}}})
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn unknown_types_and_flows_are_reported() {
        let (converted, warnings) = schemes(json!({
            "digest": {"type": "digest"},
            "odd": {"type": "oauth2", "flow": "device", "scopes": {}},
            "bare": {"type": "oauth2", "flow": "implicit", "scopes": {}}
        }));
        assert_eq!(converted.get("digest"), None);
        assert_eq!(converted["odd"]["flows"], json!({}));
        assert_eq!(
            converted["bare"]["flows"]["implicit"]["authorizationUrl"],
            json!("")
        );
        assert_eq!(
            found(&warnings),
            [
                ("/securityDefinitions/digest/type".to_owned(), NOT_GENERATED),
                ("/securityDefinitions/odd/flow".to_owned(), APPROXIMATED),
                ("/securityDefinitions/bare".to_owned(), APPROXIMATED)
            ]
        );
    }
}
