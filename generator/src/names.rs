//! Rust names for OpenAPI things: valid identifiers, unique within their scope, stable across runs.

use std::collections::HashSet;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// Keywords that cannot be used as identifiers, even raw (`r#self` is invalid).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Strict and reserved keywords of edition 2024; these become raw identifiers.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// Type names generated code uses unqualified; a schema with such a name is renamed.
const PRELUDE_TYPES: &[&str] = &[
    "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "Self",
];

/// A set of names already taken in one scope. `claim` hands out a unique variant of a wish.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope for type names, where the prelude names are taken.
    pub fn for_types() -> Self {
        let mut scope = Scope::default();
        for name in PRELUDE_TYPES {
            scope.taken.insert((*name).to_owned());
        }
        scope
    }

    /// Reserves `name` as given (used for names the generated code itself relies on).
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
    }

    /// Returns `wish` if free, otherwise `wish2`, `wish3`, …, and marks it taken. Raw
    /// identifiers compare by their bare name.
    pub fn claim(&mut self, wish: &str) -> String {
        let bare = wish.strip_prefix("r#").unwrap_or(wish);
        if self.taken.insert(bare.to_owned()) {
            return wish.to_owned();
        }
        let separator = if bare.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{bare}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .unwrap_or_default()
    }
}

/// Keeps the characters that can appear in an identifier, turning the rest into word breaks.
/// A valid `components` key (`^[a-zA-Z0-9.\-_]+$`) made from any name: other characters
/// become `_`.
pub fn component_key(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if cleaned.is_empty() {
        "_".into()
    } else {
        cleaned
    }
}

fn words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect()
}

/// `external-voice-integrations_IntId` → `ExternalVoiceIntegrationsIntId`.
pub fn type_name(text: &str) -> String {
    let name = words(text).to_upper_camel_case();
    match name.chars().next() {
        None => "Unnamed".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("T{name}"),
        Some(_) => name,
    }
}

/// A string-enum value → its variant name; values that start with a digit get a `V` prefix.
pub fn variant_name(value: &str) -> String {
    let name = words(value).to_upper_camel_case();
    match name.chars().next() {
        None => "Empty".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("V{name}"),
        Some(_) if name == "Self" => "Self_".to_owned(),
        Some(_) => name,
    }
}

/// `connectionId` → `connection_id`; `type` → `r#type`; `self` → `self_`.
pub fn field_name(text: &str) -> String {
    let name = words(text).to_snake_case();
    if name.is_empty() {
        "field".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{name}")
    } else if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// `bearerAuth` → `BEARER_AUTH`.
pub fn const_name(text: &str) -> String {
    let name = words(text).to_shouty_snake_case();
    match name.chars().next() {
        None => "UNNAMED".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("S{name}"),
        Some(_) => name,
    }
}

/// A module name for a vendor: like a field name, but never raw.
pub fn module_name(text: &str) -> String {
    let name = field_name(text);
    match name.strip_prefix("r#") {
        Some(bare) => format!("{bare}_"),
        None => name,
    }
}

/// The name of an HTTP status as a variant: `404` → `NotFound`, `299` → `Status299`.
pub fn status_variant(code: u16) -> String {
    http::StatusCode::from_u16(code)
        .ok()
        .and_then(|status| status.canonical_reason())
        .map(|reason| words(reason).to_upper_camel_case())
        .unwrap_or_else(|| format!("Status{code}"))
}

/// The name of a status range such as `4XX`.
pub fn status_range_variant(hundreds: u16) -> String {
    match hundreds {
        1 => "Informational".to_owned(),
        2 => "Success".to_owned(),
        3 => "Redirection".to_owned(),
        4 => "ClientError".to_owned(),
        5 => "ServerError".to_owned(),
        other => format!("Status{other}xx"),
    }
}

/// Whether a parameter or field name says it holds a secret.
pub fn looks_secret(wire_name: &str) -> bool {
    let snake = words(wire_name).to_snake_case();
    let parts: Vec<&str> = snake.split('_').collect();
    parts.iter().any(|part| {
        matches!(
            *part,
            "secret" | "password" | "passwd" | "token" | "apikey" | "key"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        assert_eq!(
            type_name("external-voice-integrations_IntId"),
            "ExternalVoiceIntegrationsIntId"
        );
        assert_eq!(
            type_name("Connections_deleteConnection"),
            "ConnectionsDeleteConnection"
        );
        assert_eq!(type_name("200 response"), "T200Response");
        assert_eq!(type_name("$%"), "Unnamed");
    }

    #[test]
    fn field_names() {
        assert_eq!(field_name("connectionId"), "connection_id");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("2fa"), "n2fa");
        assert_eq!(field_name("x-api-key"), "x_api_key");
        assert_eq!(field_name("@odata.type"), "odata_type");
        assert_eq!(module_name("type"), "type_");
    }

    #[test]
    fn variants() {
        assert_eq!(variant_name("operator_connect"), "OperatorConnect");
        assert_eq!(variant_name("1"), "V1");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(status_variant(200), "Ok");
        assert_eq!(status_variant(422), "UnprocessableEntity");
        assert_eq!(status_variant(599), "Status599");
        assert_eq!(status_range_variant(4), "ClientError");
    }

    #[test]
    fn scopes_hand_out_unique_names() {
        let mut scope = Scope::for_types();
        assert_eq!(scope.claim("Pet"), "Pet");
        assert_eq!(scope.claim("Pet"), "Pet2");
        assert_eq!(scope.claim("Result"), "Result2");
        assert_eq!(scope.claim("V1"), "V1");
        assert_eq!(scope.claim("V1"), "V1_2");
        let mut fields = Scope::default();
        assert_eq!(fields.claim("r#type"), "r#type");
        assert_eq!(fields.claim("type"), "type2");
    }

    #[test]
    fn secrets_by_name() {
        for name in [
            "userSecret",
            "sessionToken",
            "x-api-key",
            "password",
            "apiKey",
            "client_secret",
        ] {
            assert!(looks_secret(name), "{name}");
        }
        for name in [
            "userId",
            "keyboard",
            "tokenizer_mode",
            "monkey",
            "credential_active",
        ] {
            assert!(!looks_secret(name), "{name}");
        }
    }
}
