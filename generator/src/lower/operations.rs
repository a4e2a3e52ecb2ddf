//! Operations: their names and path templates; parameters and request bodies are lowered in
//! `parameters` and `bodies`.

use super::responses::{by_status, status_variant};
use super::{Lowerer, join_docs};
use crate::diagnostic::Error;
use crate::ir::{Method, Operation, Parameter, ParameterLocation, PathSegment, SecurityScheme};
use crate::names;

/// Where an operation stands in the document.
pub(super) struct OperationSite<'a> {
    pub(super) path: &'a str,
    pub(super) method: Method,
    pub(super) item: &'a openapiv3::PathItem,
    pub(super) pointer: &'a str,
}

/// Why an operation is not generated.
pub(super) enum OperationError {
    /// The generator cannot express the operation yet: it is skipped with a warning.
    Skip(Skip),
    /// The document is broken: nothing is generated.
    Fatal(Error),
}

impl From<Error> for OperationError {
    fn from(error: Error) -> Self {
        OperationError::Fatal(error)
    }
}

impl From<Skip> for OperationError {
    fn from(skip: Skip) -> Self {
        OperationError::Skip(skip)
    }
}

/// Why an operation cannot be generated; it is skipped with a warning.
pub(super) struct Skip {
    pointer: String,
    reason: String,
}

impl Skip {
    pub(super) fn new(pointer: impl Into<String>, reason: impl Into<String>) -> Self {
        Skip {
            pointer: pointer.into(),
            reason: reason.into(),
        }
    }
}

impl<'a> Lowerer<'a> {
    /// The operation at `site`, authorized by one of `requirements`, which name `schemes`.
    pub(super) fn operation(
        &mut self,
        site: &OperationSite,
        operation: &'a openapiv3::Operation,
        schemes: &[SecurityScheme],
        requirements: &[openapiv3::SecurityRequirement],
    ) -> Result<Operation, OperationError> {
        let security = self.security_requirements(schemes, requirements, site.pointer);
        // Room for the longest name derived from the operation's (see `names::operation`).
        let budget = names::MAX_TYPE_CHARS.saturating_sub(longest_suffix(operation));
        let method = site.method.key();
        let path_text = format!("{method} {}", path_words(site.path));
        let named = |text: &str| names::operation_names(text, method, site.path, budget);
        let (by_path, by_path_others) = named(&path_text);
        let id = operation.operation_id.as_deref();
        let (name, others) = id.map_or_else(|| (by_path.clone(), Vec::new()), named);
        let whole = names::type_name(id.unwrap_or(&path_text));
        let base = name.clone();
        let mut wishes = vec![name.clone()];
        // An operationId another operation has too: the later one is named after its method
        // and path.
        if id.is_some() && !self.operation_names.insert(whole.clone()) {
            wishes.push(by_path.clone());
        }
        // Taken by another shortened name, the same with a word it dropped.
        wishes.extend(others);
        // Taken by a schema, the name says which of the two is the request.
        wishes.push(format!("{name}Request"));
        wishes.push(by_path);
        wishes.extend(by_path_others);
        // A long name rather than a numbered one; the number, should it come to that, goes
        // after it.
        wishes.push(whole);
        let name = self.claim_type(&wishes, site.pointer);
        // Taken by a schema (often the body of the operation's response), the enum of the
        // operation's responses is its outcome.
        let response_name = self.claim_type(
            &[
                format!("{base}Response"),
                format!("{name}Response"),
                format!("{base}Outcome"),
            ],
            site.pointer,
        );
        let parameters = self.parameters(site, name.as_str(), operation)?;
        let path_segments = path_segments(site.path, &parameters)
            .map_err(|reason| Skip::new(site.pointer, reason))?;
        let body = match &operation.request_body {
            Some(body) => self.request_body(name.as_str(), body, site.pointer)?,
            None => None,
        };
        let (responses, accept) = self.responses(name.as_str(), operation, site.pointer)?;
        Ok(Operation {
            name,
            response_name,
            // Named once every operation is lowered: see `name_outcomes`.
            success_name: None,
            error_name: None,
            method: site.method.clone(),
            path: site.path.to_owned(),
            path_segments,
            docs: join_docs(
                operation.summary.as_deref(),
                operation.description.as_deref(),
            ),
            tag: operation.tags.first().cloned(),
            deprecated: operation.deprecated,
            origin: site.pointer.to_owned(),
            parameters,
            body,
            responses,
            accept,
            security,
            operation_id: operation.operation_id.clone(),
            pagination: None,
        })
    }

    /// Names the enums `into_result` splits `operation`'s responses into, when it needs them:
    /// `<Operation>Success` for several successes, `<Operation>Error` for any error. Claimed
    /// after every other name of the module, so that none of those gives way to them.
    pub(super) fn name_outcomes(&mut self, operation: &mut Operation) {
        if operation.successes().count() > 1 {
            operation.success_name = Some(self.names.claim(&format!("{}Success", operation.name)));
        }
        if operation.errors().next().is_some() {
            operation.error_name = Some(self.names.claim(&format!("{}Error", operation.name)));
        }
    }

    /// Warns that the operation at `site` is not generated, and why.
    pub(super) fn warn_skipped(&mut self, site: &OperationSite, skip: Skip) {
        self.warn(
            &skip.pointer,
            "skipped-operation",
            format!(
                "{} {} is not generated: {}",
                site.method.as_str(),
                site.path,
                skip.reason
            ),
        );
    }
}

/// The longest suffix of a type name derived from the operation's: `Response` and the other
/// fixed ones, and `<Status>Headers` and `<Status>Content` for each response of its own (not a
/// component) that documents headers or several media types.
fn longest_suffix(operation: &openapiv3::Operation) -> usize {
    const FIXED: [&str; 6] = ["Response", "Outcome", "Request", "Success", "Error", "Body"];
    let fixed = FIXED.iter().map(|suffix| suffix.len()).max().unwrap_or(0);
    by_status(&operation.responses)
        .into_iter()
        .filter_map(|(status, response)| {
            let openapiv3::ReferenceOr::Item(response) = response else {
                return None;
            };
            let headers = (!response.headers.is_empty()).then_some("Headers".len());
            let content = (response.content.len() > 1).then_some("Content".len());
            Some(status_variant(status).chars().count() + headers.max(content)?)
        })
        .fold(fixed, usize::max)
}

/// `/users/{id}/keys` → `users by id keys`, for operations without `operationId`.
fn path_words(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(parameter) => format!("by {parameter}"),
                None => segment.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits a path template into literal text and path parameters.
fn path_segments(path: &str, parameters: &[Parameter]) -> Result<Vec<PathSegment>, String> {
    let mut segments = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let end = rest[start..]
            .find('}')
            .map(|e| start + e)
            .ok_or_else(|| format!("unclosed `{{` in path template {path}"))?;
        if start > 0 {
            segments.push(PathSegment::Literal(rest[..start].to_owned()));
        }
        let name = &rest[start + 1..end];
        let index = parameters
            .iter()
            .position(|p| p.location == ParameterLocation::Path && p.wire_name == name)
            .ok_or_else(|| format!("path parameter `{name}` is not declared"))?;
        segments.push(PathSegment::Parameter(index));
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        segments.push(PathSegment::Literal(rest.to_owned()));
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Encoding, Style, Type};
    use crate::names::Scope;

    #[test]
    fn path_templates() {
        assert_eq!(path_words("/users/{id}/keys"), "users by id keys");
        let parameter = Parameter {
            field: Scope::default().claim("id"),
            wire_name: "id".into(),
            location: ParameterLocation::Path,
            encoding: Encoding::default_for(Style::Simple),
            ty: Type::String,
            required: true,
            secret: false,
            deprecated: false,
            docs: None,
        };
        assert_eq!(
            path_segments("/a/{id}.json", std::slice::from_ref(&parameter)),
            Ok(vec![
                PathSegment::Literal("/a/".into()),
                PathSegment::Parameter(0),
                PathSegment::Literal(".json".into())
            ])
        );
        assert!(path_segments("/a/{other}", &[parameter]).is_err());
    }
}
