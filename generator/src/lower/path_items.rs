//! The operations of a path item: the eight methods with a field in every OpenAPI version,
//! which `openapiv3` reads, and 3.2's `query` and `additionalOperations`, which normalization
//! keeps under `x-` keys of the path item and which are parsed here.

use std::collections::HashMap;

use openapiv3::{OpenAPI, Operation, PathItem};
use serde_json::Value;

use crate::diagnostic::{Error, Location, Warning, push_token};
use crate::extension;
use crate::ir::{Method, MethodToken};

/// 3.2 operations by path, in document order (`query`, then `additionalOperations` as listed):
/// each with its method and its pointer as the document spells it (`/paths/~1a/query`).
pub(super) type ExtraOperations<'a> = HashMap<&'a str, Vec<(Method, String, Operation)>>;

/// Parses every path item's 3.2 operations. A method of `additionalOperations` that is not an
/// HTTP token is left out with a warning; an operation that does not parse is an error.
pub(super) fn extra_operations<'a>(
    file: &str,
    api: &'a OpenAPI,
) -> Result<(ExtraOperations<'a>, Vec<Warning>), Error> {
    let mut found: ExtraOperations = HashMap::new();
    let mut warnings = Vec::new();
    for (path, item) in api.paths.iter() {
        let Some(item) = item.as_item() else { continue };
        let pointer = push_token("/paths", path);
        let mut operations = Vec::new();
        if let Some(query) = item.extensions.get(extension::QUERY) {
            let at = push_token(&pointer, "query");
            operations.push((Method::Query, at.clone(), parse(file, query, &at)?));
        }
        if let Some(Value::Object(more)) = item.extensions.get(extension::ADDITIONAL_OPERATIONS) {
            let base = push_token(&pointer, "additionalOperations");
            for (method, operation) in more {
                let at = push_token(&base, method);
                match MethodToken::parse(method) {
                    Ok(token) => {
                        operations.push((Method::Other(token), at.clone(), parse(file, operation, &at)?));
                    }
                    Err(why) => warnings.push(Warning::new(
                        Location::new(file, &at),
                        "skipped-operation",
                        format!("`{method}` is not an HTTP method ({why}); the operation is not generated"),
                    )),
                }
            }
        }
        if !operations.is_empty() {
            found.insert(path.as_str(), operations);
        }
    }
    Ok((found, warnings))
}

/// The operations of a path item with a fixed field, in the order [`Method::FIXED`] lists them
/// (`query` comes from [`extra_operations`]).
pub(super) fn fixed_operations(item: &PathItem) -> impl Iterator<Item = (Method, &Operation)> {
    Method::FIXED.into_iter().filter_map(|method| {
        let operation = match method {
            Method::Get => &item.get,
            Method::Put => &item.put,
            Method::Post => &item.post,
            Method::Delete => &item.delete,
            Method::Options => &item.options,
            Method::Head => &item.head,
            Method::Patch => &item.patch,
            Method::Trace => &item.trace,
            Method::Query | Method::Other(_) => &None,
        };
        Some((method, operation.as_ref()?))
    })
}

/// How many operations a path item describes, 3.2's included.
pub fn operation_count(item: &PathItem) -> usize {
    let query = usize::from(item.extensions.contains_key(extension::QUERY));
    let more = item
        .extensions
        .get(extension::ADDITIONAL_OPERATIONS)
        .and_then(Value::as_object)
        .map_or(0, |more| more.len());
    item.iter().count() + query + more
}

fn parse(file: &str, operation: &Value, pointer: &str) -> Result<Operation, Error> {
    serde_path_to_error::deserialize(operation).map_err(|error| {
        let inner = error
            .path()
            .iter()
            .fold(pointer.to_owned(), |at, segment| match segment {
                serde_path_to_error::Segment::Seq { index } => push_token(&at, &index.to_string()),
                serde_path_to_error::Segment::Map { key } => push_token(&at, key),
                _ => at,
            });
        Error::new(
            file,
            inner,
            format!("not a valid OpenAPI operation: {}", error.inner()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn api(item: Value) -> OpenAPI {
        serde_json::from_value(json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": item}
        }))
        .unwrap()
    }

    #[test]
    fn query_and_additional_operations_are_read_from_their_extensions() {
        let api = api(json!({
            "get": {"responses": {}},
            "x-query": {"operationId": "search", "responses": {}},
            "x-additionalOperations": {
                "COPY": {"operationId": "copy", "responses": {}},
                "BAD METHOD": {"responses": {}}
            }
        }));
        let (found, warnings) = extra_operations("f.yaml", &api).unwrap();
        let operations: Vec<(&str, &str, Option<&str>)> = found["/a"]
            .iter()
            .map(|(method, pointer, operation)| {
                (
                    method.as_str(),
                    pointer.as_str(),
                    operation.operation_id.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            operations,
            [
                ("QUERY", "/paths/~1a/query", Some("search")),
                ("COPY", "/paths/~1a/additionalOperations/COPY", Some("copy"))
            ]
        );
        assert_eq!(warnings.len(), 1);
        assert_eq!(
            warnings[0].location.pointer,
            "/paths/~1a/additionalOperations/BAD METHOD"
        );
        let item = api.paths.paths["/a"].as_item().unwrap();
        assert_eq!(operation_count(item), 4);
    }

    #[test]
    fn an_operation_that_does_not_parse_names_its_place() {
        let api = api(json!({"x-query": {"responses": {}, "parameters": [{"in": "query"}]}}));
        let error = extra_operations("f.yaml", &api).unwrap_err();
        assert!(
            error
                .location
                .pointer
                .starts_with("/paths/~1a/query/parameters/0"),
            "{error}"
        );
    }
}
