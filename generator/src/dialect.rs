//! Stage 2: which OpenAPI dialect a document is written in.

use serde_json::Value;

use crate::diagnostic::Error;

/// The dialects the generator reads. 3.1.0 and 3.1.1 differ only in wording, not in shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    V3_0,
    V3_1,
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
        return Err(Error::new(
            file,
            "/swagger",
            format!(
                "Swagger {} is not supported yet; convert it to OpenAPI 3.0 first",
                display(swagger)
            ),
        ));
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
        _ => Err(Error::new(
            file,
            "/openapi",
            format!("OpenAPI {version} is not supported yet; supported are 3.0.x and 3.1.x"),
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
        ] {
            assert_eq!(detect("f", &json!({ "openapi": version })), Ok(dialect));
        }
    }

    #[test]
    fn unsupported_dialects_are_named() {
        let error = detect("f.yaml", &json!({"swagger": "2.0"})).unwrap_err();
        assert_eq!(error.location.pointer, "/swagger");
        assert!(
            error.message.contains("Swagger 2.0 is not supported"),
            "{error}"
        );
        let error = detect("f.yaml", &json!({"openapi": "3.2.0"})).unwrap_err();
        assert!(error.message.contains("3.2.0 is not supported"), "{error}");
        assert!(detect("f.yaml", &json!({"openapi": 3.1})).is_err());
        assert!(detect("f.yaml", &json!([])).is_err());
    }
}
