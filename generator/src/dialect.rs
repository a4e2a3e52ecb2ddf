//! Stage 2: which OpenAPI dialect a document is written in.

use serde_json::Value;

use crate::diagnostic::Error;

/// The dialects the generator reads. 3.1.0 and 3.1.1 differ only in wording, not in shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Swagger 2.0, converted to the 3.0 shape before anything else reads it (`swagger2`).
    V2_0,
    V3_0,
    V3_1,
    /// 3.2.x: the 3.1 shape (JSON Schema 2020-12) with new fields (`query`,
    /// `additionalOperations`, `itemSchema`, `in: querystring`, …), normalized like 3.1.
    V3_2,
}

impl Dialect {
    /// Whether schemas are JSON Schema 2020-12 (3.1 and 3.2), which normalization rewrites.
    pub fn json_schema_2020(self) -> bool {
        matches!(self, Dialect::V3_1 | Dialect::V3_2)
    }
}

/// Reads the `openapi` (or `swagger`) field and says which dialect applies.
pub fn detect(file: &str, document: &Value) -> Result<Dialect, Error> {
    let found = match document {
        Value::Object(_) => None,
        // YAML of nothing but comments (or nothing at all) reads as null.
        Value::Null => return Err(Error::new(file, "", crate::load::EMPTY)),
        Value::Array(_) => Some("a list"),
        Value::String(_) => Some("a single string"),
        Value::Number(_) => Some("a single number"),
        Value::Bool(_) => Some("a single boolean"),
    };
    if let Some(found) = found {
        return Err(Error::new(
            file,
            "",
            format!(
                "the document is {found}, not a mapping; an OpenAPI document is a mapping that \
                 starts with `openapi: 3.x.y`"
            ),
        ));
    }
    if let Some(swagger) = document.get("swagger") {
        return match swagger {
            Value::String(version) if version == "2.0" => Ok(Dialect::V2_0),
            other => Err(Error::new(
                file,
                "/swagger",
                format!(
                    "Swagger {} is not supported; the Swagger version read is \"2.0\"",
                    display(other)
                ),
            )),
        };
    }
    let version = match document.get("openapi") {
        Some(Value::String(version)) => version.as_str(),
        Some(other) => {
            return Err(Error::new(
                file,
                "/openapi",
                format!("`openapi` must be a version string such as \"3.1.0\", found {other}"),
            ));
        }
        None => {
            return Err(Error::new(
                file,
                "",
                "no `openapi` field: this is not an OpenAPI 3 document",
            ));
        }
    };
    let mut parts = version.split('.');
    match (parts.next(), parts.next()) {
        (Some("3"), Some("0")) => Ok(Dialect::V3_0),
        (Some("3"), Some("1")) => Ok(Dialect::V3_1),
        (Some("3"), Some("2")) => Ok(Dialect::V3_2),
        _ => Err(Error::new(
            file,
            "/openapi",
            format!(
                "OpenAPI {version} is not supported yet; supported are Swagger 2.0 and OpenAPI \
                 3.0.x, 3.1.x and 3.2.x"
            ),
        )),
    }
}

fn display(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn versions() {
        for (version, dialect) in [
            ("3.0.0", Dialect::V3_0),
            ("3.0.3", Dialect::V3_0),
            ("3.1.0", Dialect::V3_1),
            ("3.1.1", Dialect::V3_1),
            ("3.2.0", Dialect::V3_2),
        ] {
            assert_eq!(detect("f", &json!({ "openapi": version })), Ok(dialect));
        }
    }

    #[test]
    fn swagger_2_0_is_read() {
        assert_eq!(detect("f", &json!({"swagger": "2.0"})), Ok(Dialect::V2_0));
    }

    #[test]
    fn unsupported_dialects_are_named() {
        let error = detect("f.yaml", &json!({"swagger": "1.2"})).unwrap_err();
        assert_eq!(error.location.pointer, "/swagger");
        assert!(
            error.message.contains("Swagger 1.2 is not supported"),
            "{error}"
        );
        let error = detect("f.yaml", &json!({"swagger": 2.0})).unwrap_err();
        assert!(
            error.message.contains("Swagger 2.0 is not supported"),
            "{error}"
        );
        let error = detect("f.yaml", &json!({"openapi": "4.0.0"})).unwrap_err();
        assert!(error.message.contains("4.0.0 is not supported"), "{error}");
        assert!(detect("f.yaml", &json!({"openapi": 3.1})).is_err());
        assert!(detect("f.yaml", &json!([])).is_err());
    }
}
