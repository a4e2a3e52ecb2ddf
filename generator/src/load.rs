//! Stage 1: bytes (YAML or JSON) → `serde_json::Value`.
//!
//! All YAML reading (and writing) in the project happens here, through the `yaml` alias below, so that the
//! deprecated `serde_yaml` can be swapped for a maintained fork by changing that one line.

use serde_json::{Map, Number, Value};
use serde_yaml as yaml;

use crate::diagnostic::{Error, Location, push_token};

/// Decodes a document. JSON is recognised by a `.json` file name or a leading `{`; anything
/// else is read as YAML (which also accepts JSON). YAML mapping keys that are not strings
/// (`200:` is an integer in YAML) become their text, as OpenAPI expects.
pub fn load(file: &str, bytes: &[u8]) -> Result<Value, Error> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::new(
            file,
            "",
            "UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8",
        ));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Error::new(file, "", format!("not UTF-8 text: {e}")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if file.ends_with(".json") || text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| Error {
            location: Location {
                line_column: Some((e.line(), e.column())),
                ..Location::new(file, "")
            },
            message: format!("invalid JSON: {e}"),
        })
    } else {
        let mut document: yaml::Value = yaml::from_str(text).map_err(|e| Error {
            location: Location {
                line_column: e.location().map(|l| (l.line(), l.column())),
                ..Location::new(file, "")
            },
            message: format!("invalid YAML: {e}"),
        })?;
        document
            .apply_merge()
            .map_err(|e| Error::new(file, "", format!("invalid YAML merge key: {e}")))?;
        yaml_to_json(file, "", document)
    }
}

/// Writes a value as YAML (for showing documents to people, e.g. after overlays).
pub fn to_yaml(value: &Value) -> Result<String, Error> {
    yaml::to_string(value).map_err(|e| Error::new("", "", format!("cannot write YAML: {e}")))
}

fn yaml_to_json(file: &str, pointer: &str, value: yaml::Value) -> Result<Value, Error> {
    Ok(match value {
        yaml::Value::Null => Value::Null,
        yaml::Value::Bool(b) => Value::Bool(b),
        yaml::Value::Number(n) => Value::Number(yaml_number(file, pointer, &n)?),
        yaml::Value::String(s) => Value::String(s),
        yaml::Value::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(file, &push_token(pointer, &i.to_string()), item))
                .collect::<Result<_, _>>()?,
        ),
        yaml::Value::Mapping(entries) => {
            let mut object = Map::with_capacity(entries.len());
            for (key, item) in entries {
                let key = yaml_key(file, pointer, key)?;
                let item = yaml_to_json(file, &push_token(pointer, &key), item)?;
                object.insert(key, item);
            }
            Value::Object(object)
        }
        yaml::Value::Tagged(tagged) => yaml_to_json(file, pointer, tagged.value)?,
    })
}

fn yaml_number(file: &str, pointer: &str, n: &yaml::Number) -> Result<Number, Error> {
    if let Some(i) = n.as_i64() {
        Ok(i.into())
    } else if let Some(u) = n.as_u64() {
        Ok(u.into())
    } else {
        n.as_f64()
            .and_then(Number::from_f64)
            .ok_or_else(|| Error::new(file, pointer, format!("number {n} has no JSON form")))
    }
}

fn yaml_key(file: &str, pointer: &str, key: yaml::Value) -> Result<String, Error> {
    match key {
        yaml::Value::String(s) => Ok(s),
        yaml::Value::Number(n) => Ok(n.to_string()),
        yaml::Value::Bool(b) => Ok(b.to_string()),
        yaml::Value::Null => Ok("null".to_owned()),
        yaml::Value::Tagged(tagged) => yaml_key(file, pointer, tagged.value),
        yaml::Value::Sequence(_) | yaml::Value::Mapping(_) => Err(Error::new(
            file,
            pointer,
            "a mapping key is itself a list or mapping, which JSON cannot represent",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_numeric_keys_become_strings() {
        let doc = load(
            "a.yaml",
            b"responses:\n  200:\n    description: OK\n  4XX: {}\n",
        )
        .unwrap();
        assert_eq!(
            doc,
            json!({"responses": {"200": {"description": "OK"}, "4XX": {}}})
        );
    }

    #[test]
    fn json_and_yaml_give_the_same_value() {
        let from_json = load("a.json", br#"{"a": [1, 2.5, "x", null, true]}"#).unwrap();
        let from_yaml = load("a.yaml", b"a: [1, 2.5, x, null, true]").unwrap();
        assert_eq!(from_json, from_yaml);
    }

    #[test]
    fn key_order_is_kept() {
        let doc = load("a.yaml", b"z: 1\na: 2\nm: 3\n").unwrap();
        let keys: Vec<_> = doc.as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["z", "a", "m"]);
    }

    #[test]
    fn merge_keys_are_applied() {
        let doc = load("a.yaml", b"base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n").unwrap();
        assert_eq!(doc["derived"], json!({"x": 1, "y": 2}));
    }

    #[test]
    fn invalid_yaml_names_file_and_line() {
        let error = load("specs/bad.yaml", b"openapi: 3.0.0\ninfo: [unclosed\n").unwrap_err();
        assert_eq!(error.location.file, "specs/bad.yaml");
        assert!(error.location.line_column.is_some(), "{error}");
        assert!(error.message.starts_with("invalid YAML"), "{error}");
    }

    #[test]
    fn utf16_is_named_as_such() {
        for bom in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            let error = load("a.yaml", &[&bom[..], b"o\0"].concat()).unwrap_err();
            assert!(error.message.starts_with("UTF-16 text"), "{error}");
        }
    }

    #[test]
    fn invalid_json_names_line_and_column() {
        let error = load("bad.json", b"{\n  \"a\": ,\n}").unwrap_err();
        assert_eq!(error.location.line_column, Some((2, 8)));
    }
}
