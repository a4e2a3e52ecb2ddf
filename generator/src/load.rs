//! Stage 1: bytes (YAML or JSON) → `serde_json::Value`.
//!
//! All YAML reading (and writing) in the project happens here, through the `yaml` alias below, so that the
//! deprecated `serde_yaml` can be swapped for a maintained fork by changing that one line.
//!
//! Integers that do not fit 64 bits (`minimum: -9223372036854776000`, as tools that print
//! through a double write `i64::MIN`) are read as floating-point numbers, as JSON readers do; the
//! normalize stage then reports them where a keyword needs an integer.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess};
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
    let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(file, bytes, &e))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if file.ends_with(".json") || text.trim_start().starts_with('{') {
        if text.trim().is_empty() {
            return Err(Error::new(file, "", EMPTY));
        }
        serde_json::from_str(text).map_err(|e| Error {
            location: Location {
                line_column: Some((e.line(), e.column())),
                ..Location::new(file, "")
            },
            message: match limit_hit(&e.to_string()) {
                Some(limit) => limit,
                None => format!("invalid JSON: {e}"),
            },
        })
    } else {
        if let Some(line_column) = flow_too_deep(text) {
            return Err(Error {
                location: Location {
                    line_column: Some(line_column),
                    ..Location::new(file, "")
                },
                message: limit_hit("recursion limit exceeded").unwrap_or_default(),
            });
        }
        let mut document = AnyYaml
            .deserialize(yaml::Deserializer::from_str(text))
            .map_err(|e| Error {
                location: Location {
                    line_column: e.location().map(|l| (l.line(), l.column())),
                    ..Location::new(file, "")
                },
                message: match limit_hit(&e.to_string()) {
                    Some(limit) => limit,
                    None => format!("invalid YAML: {e}"),
                },
            })?;
        document
            .apply_merge()
            .map_err(|e| Error::new(file, "", format!("invalid YAML merge key: {e}")))?;
        yaml_to_json(file, "", document)
    }
}

/// What an empty document is told.
pub const EMPTY: &str = "the file is empty: it holds no YAML or JSON value; an OpenAPI document \
                         starts with `openapi: 3.x.y`";

/// How deeply mappings and lists may nest: the limit of both readers, which recurse once per
/// level (and so do the later stages), so that no document can exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// The readers' own words when a limit stops them (`recursion limit exceeded`, YAML's
/// `repetition limit exceeded`), said as what the document does and which limit it hit.
fn limit_hit(reader_message: &str) -> Option<String> {
    if reader_message.starts_with("recursion limit exceeded") {
        Some(format!(
            "the document nests deeper than {MAX_DEPTH} levels (mappings and lists inside each \
             other), the most that is read; a schema this deep can be split into components \
             joined by `$ref`"
        ))
    } else if reader_message.starts_with("repetition limit exceeded") {
        Some(
            "YAML aliases (`*name`) expand to more than 100 times the document's own nodes, the \
             most that is read: a \"billion laughs\" alias bomb would otherwise take all memory; \
             write the repeated parts out, or share them with `$ref`"
                .to_owned(),
        )
    } else {
        None
    }
}

/// How deep `[` and `{` may nest in YAML text before it is refused unread: twice the depth the
/// reader allows, so that only documents it would refuse anyway are. The YAML reader spends
/// time on every token in proportion to how deeply flow collections are open, so 100,000
/// nested `[` (200 KB) would keep it busy for minutes before it reached its own limit.
const MAX_FLOW_DEPTH: usize = 2 * MAX_DEPTH;

/// Where YAML text opens its `MAX_FLOW_DEPTH + 1`th nested `[` or `{`, if it does. A quick look
/// at the characters: quoted scalars, comments and block scalars (`|`, `>`) are skipped, and a
/// bracket inside a plain scalar (`a[b`) may be counted, which errs on the side of reading.
fn flow_too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    // The indentation of the line that opened a block scalar, while its content is skipped.
    let mut block_scalar: Option<usize> = None;
    for (index, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(opened) = block_scalar {
            if line.trim().is_empty() || indent > opened {
                continue;
            }
            block_scalar = None;
        }
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        let mut chars = line.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match quote {
                Some('"') if c == '\\' => {
                    chars.next();
                }
                Some(open) if c == open => quote = None,
                Some(_) => {}
                None => match c {
                    // A quote starts a scalar only where a scalar may start.
                    '"' | '\'' if " \t[{,:-?".contains(previous) => quote = Some(c),
                    '#' if previous == ' ' || previous == '\t' => break,
                    '[' | '{' => {
                        depth += 1;
                        if depth > MAX_FLOW_DEPTH {
                            return Some((index + 1, line[..at].chars().count() + 1));
                        }
                    }
                    ']' | '}' => depth = depth.saturating_sub(1),
                    '|' | '>' if depth == 0 && " \t".contains(previous) => {
                        let rest = line[at + 1..].trim_start_matches([
                            '+', '-', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                        ]);
                        if rest.trim().is_empty() || rest.trim_start().starts_with('#') {
                            block_scalar = Some(indent);
                            break;
                        }
                    }
                    _ => {}
                },
            }
            previous = c;
        }
    }
    None
}

/// Bytes that are not UTF-8: where the first bad byte is, and what the file may be instead.
fn not_utf8(file: &str, bytes: &[u8], error: &std::str::Utf8Error) -> Error {
    let offset = error.valid_up_to();
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Valid up to `offset`, so the line's start decodes.
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    let byte = bytes.get(offset).copied().unwrap_or_default();
    let what = if bytes.iter().take(8192).any(|&b| b == 0) {
        "it holds NUL bytes, so it looks like a binary file rather than YAML or JSON text"
    } else {
        "save it as UTF-8 (a single byte such as this is often Latin-1 or Windows-1252 text)"
    };
    Error {
        location: Location {
            line_column: Some((line, column)),
            ..Location::new(file, "")
        },
        message: format!(
            "not UTF-8 text: byte 0x{byte:02X} at line {line}, column {column} (offset \
             {offset}) is not valid UTF-8; {what}"
        ),
    }
}

/// Writes a value as YAML (for showing documents to people, e.g. after overlays).
pub fn to_yaml(value: &Value) -> Result<String, Error> {
    yaml::to_string(value).map_err(|e| Error::new("", "", format!("cannot write YAML: {e}")))
}

/// Reads any YAML value, like `yaml::Value`'s own `Deserialize`, except that integers beyond 64
/// bits become floating-point numbers instead of failing the whole document, and tags are
/// dropped (they carry nothing OpenAPI reads).
#[derive(Clone, Copy)]
struct AnyYaml;

impl<'de> DeserializeSeed<'de> for AnyYaml {
    type Value = yaml::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<yaml::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for AnyYaml {
    type Value = yaml::Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any YAML value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<yaml::Value, E> {
        Ok(yaml::Value::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<yaml::Value, E> {
        Ok(yaml::Value::Number(i.into()))
    }

    fn visit_u64<E>(self, u: u64) -> Result<yaml::Value, E> {
        Ok(yaml::Value::Number(u.into()))
    }

    fn visit_i128<E>(self, i: i128) -> Result<yaml::Value, E> {
        // The nearest double, as a JSON reader would give.
        Ok(yaml::Value::Number((i as f64).into()))
    }

    fn visit_u128<E>(self, u: u128) -> Result<yaml::Value, E> {
        Ok(yaml::Value::Number((u as f64).into()))
    }

    fn visit_f64<E>(self, f: f64) -> Result<yaml::Value, E> {
        Ok(yaml::Value::Number(f.into()))
    }

    fn visit_str<E>(self, s: &str) -> Result<yaml::Value, E> {
        Ok(yaml::Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<yaml::Value, E> {
        Ok(yaml::Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<yaml::Value, E> {
        Ok(yaml::Value::Null)
    }

    fn visit_none<E>(self) -> Result<yaml::Value, E> {
        Ok(yaml::Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<yaml::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<yaml::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(yaml::Value::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<yaml::Value, A::Error> {
        let mut mapping = yaml::Mapping::new();
        while let Some(key) = map.next_key_seed(self)? {
            if mapping.contains_key(&key) {
                return Err(serde::de::Error::custom(duplicate_key(&key)));
            }
            let value = map.next_value_seed(self)?;
            mapping.insert(key, value);
        }
        Ok(yaml::Value::Mapping(mapping))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<yaml::Value, A::Error> {
        let (_tag, contents): (String, _) = data.variant()?;
        contents.newtype_variant_seed(self)
    }
}

/// The message `serde_yaml` gives for a key met twice in one mapping.
fn duplicate_key(key: &yaml::Value) -> String {
    match key {
        yaml::Value::Null => "duplicate entry with null key".to_owned(),
        yaml::Value::Bool(b) => format!("duplicate entry with key `{b}`"),
        yaml::Value::Number(n) => format!("duplicate entry with key {n}"),
        yaml::Value::String(s) => format!("duplicate entry with key {s:?}"),
        _ => "duplicate entry in YAML map".to_owned(),
    }
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
    fn integers_beyond_64_bits_are_read_as_doubles() {
        let doc = load(
            "a.yaml",
            b"minimum: -9223372036854776000\nmaximum: 18446744073709551616\nsmall: -3\n",
        )
        .unwrap();
        assert_eq!(doc["minimum"].as_f64(), Some(-9_223_372_036_854_775_808.0));
        assert_eq!(doc["maximum"].as_f64(), Some(18_446_744_073_709_551_616.0));
        assert_eq!(doc["small"], json!(-3));
        let from_json = load("a.json", br#"{"minimum": -9223372036854776000}"#).unwrap();
        assert_eq!(from_json["minimum"], doc["minimum"]);
    }

    #[test]
    fn tags_are_dropped_and_duplicate_keys_refused() {
        let doc = load("a.yaml", b"a: !Thing {x: 1}\nb: !!str 2\n").unwrap();
        assert_eq!(doc, json!({"a": {"x": 1}, "b": "2"}));
        let error = load("a.yaml", b"a: 1\na: 2\n").unwrap_err();
        assert!(
            error.message.contains("duplicate entry with key \"a\""),
            "{error}"
        );
        assert!(error.location.line_column.is_some(), "{error}");
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
    fn bytes_that_are_not_utf8_are_placed_and_binary_is_named() {
        let error = load("a.yaml", b"openapi: 3.0.3\ninfo: {title: Caf\xE9}\n").unwrap_err();
        assert_eq!(error.location.line_column, Some((2, 18)));
        assert!(
            error
                .message
                .starts_with("not UTF-8 text: byte 0xE9 at line 2, column 18"),
            "{error}"
        );
        assert!(error.message.contains("Latin-1"), "{error}");
        let error = load("a.yaml", b"\x7fELF\x02\x01\x01\x00\xff").unwrap_err();
        assert!(error.message.contains("binary file"), "{error}");
    }

    #[test]
    fn nesting_beyond_the_limit_says_which_limit() {
        let deep = |open: &str, close: &str| {
            format!(
                "{}{}",
                open.repeat(MAX_DEPTH + 1),
                close.repeat(MAX_DEPTH + 1)
            )
        };
        for (file, text) in [
            ("a.json", format!("{{\"x\": {}}}", deep("[", "]"))),
            ("a.yaml", format!("x: {}", deep("[", "]"))),
        ] {
            let error = load(file, text.as_bytes()).unwrap_err();
            assert!(
                error
                    .message
                    .starts_with("the document nests deeper than 128 levels"),
                "{file}: {error}"
            );
            assert!(error.location.line_column.is_some(), "{error}");
        }
        let fits = format!("x: {}", "[".repeat(100) + &"]".repeat(100));
        assert!(load("a.yaml", fits.as_bytes()).is_ok());
    }

    #[test]
    fn deep_flow_nesting_is_refused_before_the_yaml_reader_spends_minutes_on_it() {
        let deep = format!(
            "openapi: 3.0.3\nx: {}{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let started = std::time::Instant::now();
        let error = load("a.yaml", deep.as_bytes()).unwrap_err();
        assert!(
            error
                .message
                .starts_with("the document nests deeper than 128 levels"),
            "{error}"
        );
        assert_eq!(error.location.line_column, Some((2, 4 + MAX_FLOW_DEPTH)));
        // Without the look ahead, the reader took minutes; with it, a fraction of a second.
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }

    #[test]
    fn brackets_in_quotes_comments_and_block_scalars_are_not_nesting() {
        let many = "[".repeat(MAX_FLOW_DEPTH + 10);
        for text in [
            format!("a: \"{many}\"\n"),
            format!("a: '{many}'\n"),
            format!("a: 1 # {many}\n"),
            format!("a: |\n  {many}\n  more\nb: 2\n"),
            format!("a: >-\n  {many}\n"),
        ] {
            assert_eq!(flow_too_deep(&text), None, "{text}");
        }
        assert_eq!(
            flow_too_deep(&format!("a: {many}\n")),
            Some((1, 4 + MAX_FLOW_DEPTH))
        );
        // A block scalar ends where its indentation does.
        let after = format!("a: |\n  text\nb: {many}\n");
        assert_eq!(flow_too_deep(&after), Some((3, 4 + MAX_FLOW_DEPTH)));
    }

    #[test]
    fn an_alias_bomb_is_named_as_one() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (name, previous) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            let items = vec![format!("*{previous}"); 9].join(", ");
            text.push_str(&format!("{name}: &{name} [{items}]\n"));
        }
        let error = load("a.yaml", text.as_bytes()).unwrap_err();
        assert!(error.message.contains("billion laughs"), "{error}");
    }

    #[test]
    fn an_empty_json_file_is_named_empty() {
        for text in ["", "  \n"] {
            let error = load("a.json", text.as_bytes()).unwrap_err();
            assert_eq!(error.message, EMPTY);
        }
    }

    #[test]
    fn invalid_json_names_line_and_column() {
        let error = load("bad.json", b"{\n  \"a\": ,\n}").unwrap_err();
        assert_eq!(error.location.line_column, Some((2, 8)));
    }
}
