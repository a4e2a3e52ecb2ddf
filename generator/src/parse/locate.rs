//! Where a document that does not fit `openapiv3` goes wrong, and what is wrong there.
//!
//! `openapiv3` reads almost every object through `#[serde(flatten)]` (for its `x-` extensions)
//! or an untagged enum, and serde buffers such content: a failure inside is reported at the
//! outermost one (`#/paths`), in serde's words ("no variant of enum ParameterSchemaOrContent
//! found in flattened data"). So when a document fails, each object of a known kind on the way
//! down is read again on its own, descending into the first part that fails on its own too. At
//! the deepest one, a member whose removal changes the failure is blamed, and serde's wording
//! is said in OpenAPI's terms.

use openapiv3::{
    Components, Encoding, Example, Header, Info, Link, MediaType, OpenAPI, Operation, Parameter,
    PathItem, ReferenceOr, RequestBody, Response, Schema, SecurityScheme, Server, Tag,
};
use serde::Deserialize;
use serde_json::Value;
use serde_path_to_error::Segment;

use crate::diagnostic::{pointer_tokens, push_token};
use crate::ir::PATH_ITEM_METHODS;

/// The kinds of object the descent knows: what to read each as, and where its parts are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Document,
    Info,
    Server,
    Tag,
    Components,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    MediaType,
    Encoding,
    Header,
    Schema,
    SecurityScheme,
    Example,
    Link,
}
impl Kind {
    /// What one is called in messages, with its article.
    fn noun(self) -> &'static str {
        match self {
            Kind::Document => "an OpenAPI 3.0 document",
            Kind::Info => "an info object",
            Kind::Server => "a server",
            Kind::Tag => "a tag",
            Kind::Components => "a components object",
            Kind::PathItem => "a path item",
            Kind::Operation => "an operation",
            Kind::Parameter => "a parameter",
            Kind::RequestBody => "a request body",
            Kind::Response => "a response",
            Kind::MediaType => "a media type object",
            Kind::Encoding => "an encoding object",
            Kind::Header => "a header",
            Kind::Schema => "a schema",
            Kind::SecurityScheme => "a security scheme",
            Kind::Example => "an example",
            Kind::Link => "a link",
        }
    }

    /// Whether `value` reads as this kind; the error's pointer is relative to `value`.
    fn read(self, value: &Value) -> Result<(), (String, String)> {
        // A `$ref` stands for any kind but the few that cannot be references; what it points
        // at is checked where it is resolved.
        let reference = matches!(value.get("$ref"), Some(Value::String(_)));
        match self {
            Kind::Document => read::<OpenAPI>(value),
            Kind::Info => read::<Info>(value),
            Kind::Server => read::<Server>(value),
            Kind::Tag => read::<Tag>(value),
            Kind::Components => read::<Components>(value),
            Kind::Operation => read::<Operation>(value),
            Kind::MediaType => read::<MediaType>(value),
            Kind::Encoding => read::<Encoding>(value),
            _ if reference => Ok(()),
            Kind::PathItem => read::<ReferenceOr<PathItem>>(value),
            Kind::Parameter => read::<Parameter>(value),
            Kind::RequestBody => read::<RequestBody>(value),
            Kind::Response => read::<Response>(value),
            Kind::Header => read::<Header>(value),
            Kind::Schema => read::<Schema>(value),
            Kind::SecurityScheme => read::<SecurityScheme>(value),
            Kind::Example => read::<Example>(value),
            Kind::Link => read::<Link>(value),
        }
    }

    /// The parts of `value` (at `pointer`) that are objects of a known kind.
    fn parts<'v>(self, value: &'v Value, pointer: &str) -> Vec<(Kind, &'v Value, String)> {
        let mut parts = Parts {
            value,
            pointer,
            found: Vec::new(),
        };
        match self {
            Kind::Document => {
                parts.one("info", Kind::Info);
                parts.list("servers", Kind::Server);
                parts.map("paths", Kind::PathItem);
                parts.one("components", Kind::Components);
                parts.list("tags", Kind::Tag);
            }
            Kind::Components => {
                for (section, kind) in [
                    ("schemas", Kind::Schema),
                    ("responses", Kind::Response),
                    ("parameters", Kind::Parameter),
                    ("examples", Kind::Example),
                    ("requestBodies", Kind::RequestBody),
                    ("headers", Kind::Header),
                    ("securitySchemes", Kind::SecurityScheme),
                    ("links", Kind::Link),
                ] {
                    parts.map(section, kind);
                }
            }
            Kind::PathItem => {
                for method in PATH_ITEM_METHODS {
                    parts.one(method, Kind::Operation);
                }
                parts.list("parameters", Kind::Parameter);
                parts.list("servers", Kind::Server);
            }
            Kind::Operation => {
                parts.list("parameters", Kind::Parameter);
                parts.one("requestBody", Kind::RequestBody);
                parts.map("responses", Kind::Response);
                parts.list("servers", Kind::Server);
            }
            Kind::Parameter | Kind::Header => {
                parts.one("schema", Kind::Schema);
                parts.map("content", Kind::MediaType);
                parts.map("examples", Kind::Example);
            }
            Kind::RequestBody => parts.map("content", Kind::MediaType),
            Kind::Response => {
                parts.map("headers", Kind::Header);
                parts.map("content", Kind::MediaType);
                parts.map("links", Kind::Link);
            }
            Kind::MediaType => {
                parts.one("schema", Kind::Schema);
                parts.map("encoding", Kind::Encoding);
                parts.map("examples", Kind::Example);
            }
            Kind::Encoding => parts.map("headers", Kind::Header),
            Kind::Schema => {
                parts.map("properties", Kind::Schema);
                for keyword in ["items", "additionalProperties", "not"] {
                    parts.one(keyword, Kind::Schema);
                }
                for keyword in ["allOf", "anyOf", "oneOf"] {
                    parts.list(keyword, Kind::Schema);
                }
            }
            Kind::Info | Kind::Server | Kind::Tag | Kind::SecurityScheme => {}
            Kind::Example | Kind::Link => {}
        }
        parts.found
    }
}

/// Collects the parts of one object that are objects themselves.
struct Parts<'v, 'p> {
    value: &'v Value,
    pointer: &'p str,
    found: Vec<(Kind, &'v Value, String)>,
}

impl<'v> Parts<'v, '_> {
    fn one(&mut self, key: &str, kind: Kind) {
        if let Some(part @ Value::Object(_)) = self.value.get(key) {
            self.found.push((kind, part, push_token(self.pointer, key)));
        }
    }

    fn list(&mut self, key: &str, kind: Kind) {
        if let Some(Value::Array(items)) = self.value.get(key) {
            let at = push_token(self.pointer, key);
            for (i, item) in items.iter().enumerate() {
                if item.is_object() {
                    self.found
                        .push((kind, item, push_token(&at, &i.to_string())));
                }
            }
        }
    }

    /// Entries of a map; `x-` keys are extensions, not entries.
    fn map(&mut self, key: &str, kind: Kind) {
        if let Some(Value::Object(entries)) = self.value.get(key) {
            let at = push_token(self.pointer, key);
            for (name, entry) in entries {
                if entry.is_object() && !name.starts_with("x-") {
                    self.found.push((kind, entry, push_token(&at, name)));
                }
            }
        }
    }
}

/// Reads `value` as a `T`, tracking where it fails.
fn read<'de, T: Deserialize<'de>>(value: &'de Value) -> Result<(), (String, String)> {
    serde_path_to_error::deserialize::<_, T>(value)
        .map(drop)
        .map_err(|error| (pointer_of(error.path()), error.inner().to_string()))
}

/// A serde path as a JSON pointer.
pub(super) fn pointer_of(path: &serde_path_to_error::Path) -> String {
    path.iter()
        .fold(String::new(), |pointer, segment| match segment {
            Segment::Seq { index } => push_token(&pointer, &index.to_string()),
            Segment::Map { key } => push_token(&pointer, key),
            Segment::Enum { .. } | Segment::Unknown => pointer,
        })
}

/// The pointer of the deepest object that fails to read as what it stands for in `document`,
/// and what is wrong with it; `None` when the document reads.
pub(super) fn locate(document: &Value) -> Option<(String, String)> {
    descend(Kind::Document, document, String::new())
}

fn descend(kind: Kind, value: &Value, pointer: String) -> Option<(String, String)> {
    let (inside, serde) = kind.read(value).err()?;
    for (part_kind, part, part_pointer) in kind.parts(value, &pointer) {
        if let Some(found) = descend(part_kind, part, part_pointer) {
            return Some(found);
        }
    }
    let tokens = pointer_tokens(&inside);
    let blamed = match tokens.as_slice() {
        [] => blame(kind, value, &serde),
        // Serde knows the member (a tag such as a parameter's `in`).
        [member] => value
            .as_object()
            .and_then(|members| members.get_key_value(member.as_str()))
            .map(|(key, _)| key.as_str()),
        _ => None,
    };
    let message = explain(kind, blamed, &serde);
    let pointer = match blamed {
        Some(key) if tokens.len() <= 1 => push_token(&pointer, key),
        _ => format!("{pointer}{inside}"),
    };
    Some((pointer, message))
}

/// Whether serde's message is about something absent, which no member can be blamed for.
fn absent(serde: &str) -> bool {
    serde.starts_with("missing field") || serde.contains("found in flattened data")
}

/// The member of `value` whose removal changes how it fails (or lets it read): the one the
/// failure is about, when serde cannot say.
fn blame<'v>(kind: Kind, value: &'v Value, serde: &str) -> Option<&'v str> {
    let Value::Object(members) = value else {
        return None;
    };
    if absent(serde) {
        return None;
    }
    // A value serde quotes (`unknown variant `body``) names its member outright.
    let quoted = members.iter().find(|(_, member)| {
        member
            .as_str()
            .is_some_and(|text| serde.contains(&format!("`{text}`")))
    });
    if let Some((key, _)) = quoted {
        return Some(key);
    }
    members.keys().find_map(|key| {
        let mut without = members.clone();
        without.shift_remove(key);
        let changed = match kind.read(&Value::Object(without)) {
            Ok(()) => true,
            Err((_, other)) => other != serde,
        };
        changed.then_some(key.as_str())
    })
}

/// Serde's message about a `kind` (its member `blamed`, when one is), in OpenAPI's terms.
fn explain(kind: Kind, blamed: Option<&str>, serde: &str) -> String {
    let noun = kind.noun();
    if serde.contains("ParameterSchemaOrContent") {
        return format!(
            "{noun} needs `schema` or `content` to say what its value is, and has neither"
        );
    }
    if let Some(field) = serde
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return format!("{noun} needs `{field}`, which is missing");
    }
    let serde = plain_types(serde);
    match blamed {
        Some("in") if kind == Kind::Parameter => format!(
            "`in` says where the parameter goes: `query`, `header`, `path` or `cookie` (a \
             Swagger 2.0 `body` or `formData` parameter is a `requestBody` in OpenAPI 3); {serde}"
        ),
        Some(key) => format!("`{key}` of {noun} is not valid: {serde}"),
        None => format!("not {noun}: {serde}"),
    }
}

/// Serde's names of value types as YAML and JSON users know them: `sequence` → `list`,
/// `map` and `struct Paths` → `mapping`.
fn plain_types(serde: &str) -> String {
    let serde = serde
        .replace("sequence", "list")
        .replace("type: map,", "type: mapping,")
        .replace("expected a map", "expected a mapping");
    let mut out = String::with_capacity(serde.len());
    let mut rest = serde.as_str();
    while let Some(at) = rest.find("struct ") {
        out.push_str(&rest[..at]);
        out.push_str("a mapping");
        let name = &rest[at + "struct ".len()..];
        rest = name.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn document(paths: Value) -> Value {
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths})
    }

    #[test]
    fn a_parameter_without_schema_or_content_is_named_at_its_place() {
        let found = locate(&document(json!({"/a": {"get": {
            "parameters": [{"name": "ok", "in": "query", "schema": {}}, {"name": "n", "in": "query"}],
            "responses": {},
        }}})));
        assert_eq!(
            found,
            Some((
                "/paths/~1a/get/parameters/1".to_owned(),
                "a parameter needs `schema` or `content` to say what its value is, and has \
                 neither"
                    .to_owned()
            ))
        );
    }

    #[test]
    fn a_bad_member_deep_in_a_schema_is_blamed() {
        let found = locate(&document(json!({"/a": {"get": {"responses": {"200": {
            "description": "d",
            "content": {"application/json": {"schema": {
                "type": "object", "properties": {"b": {"type": "object", "required": "x"}},
            }}},
        }}}}})))
        .unwrap();
        assert_eq!(
            found.0,
            "/paths/~1a/get/responses/200/content/application~1json/schema/properties/b/required"
        );
        assert_eq!(
            found.1,
            "`required` of a schema is not valid: invalid type: string \"x\", expected a list"
        );
    }

    #[test]
    fn a_missing_member_is_said_missing_at_its_holder() {
        let found = locate(&json!({"openapi": "3.0.3", "paths": {}}));
        assert_eq!(
            found,
            Some((
                String::new(),
                "an OpenAPI 3.0 document needs `info`, which is missing".to_owned()
            ))
        );
    }

    #[test]
    fn a_parameter_location_that_does_not_exist_is_explained() {
        let (pointer, message) = locate(&document(json!({"/a": {"get": {
            "parameters": [{"name": "n", "in": "body", "schema": {}}],
            "responses": {},
        }}})))
        .unwrap();
        assert_eq!(pointer, "/paths/~1a/get/parameters/0/in");
        assert!(
            message.contains("is a `requestBody` in OpenAPI 3"),
            "{message}"
        );
        assert!(
            message.ends_with(
                "unknown variant `body`, expected one of `query`, `header`, `path`, `cookie`"
            ),
            "{message}"
        );
    }

    #[test]
    fn serde_type_names_become_yaml_ones() {
        assert_eq!(
            plain_types("invalid type: sequence, expected struct Paths"),
            "invalid type: list, expected a mapping"
        );
        assert_eq!(
            plain_types("invalid type: map, expected a string"),
            "invalid type: mapping, expected a string"
        );
    }
}
