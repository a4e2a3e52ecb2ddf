//! Operations: their names, parameters, request bodies and path templates.

use openapiv3::{Parameter as OaParameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr};

use super::inline::Inline;
use super::schemas::is_password;
use super::{Lowerer, join_docs, json_media};
use crate::diagnostic::{Error, push_token};
use crate::ir::{
    HeaderName, MediaType, Method, Operation, Parameter, ParameterLocation, PathSegment,
    RequestBody, SecurityScheme, Type, TypeKind,
};
use crate::names::{self, Scope};

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
        let security = self.security_requirements(schemes, requirements, site.pointer)?;
        let name = match &operation.operation_id {
            Some(id) => names::type_name(id),
            None => {
                let words = format!("{} {}", site.method.key(), path_words(site.path));
                names::type_name(&words)
            }
        };
        let name = self.names.claim(&name);
        let response_name = self.names.claim(&format!("{name}Response"));
        let parameters = self.parameters(site, name.as_str(), operation)?;
        let path_segments = path_segments(site.path, &parameters)
            .map_err(|reason| Skip::new(site.pointer, reason))?;
        let body = match &operation.request_body {
            Some(body) => Some(self.request_body(name.as_str(), body, site.pointer)?),
            None => None,
        };
        let (responses, accept) = self.responses(name.as_str(), operation, site.pointer)?;
        Ok(Operation {
            name,
            response_name,
            method: site.method,
            path: site.path.to_owned(),
            path_segments,
            docs: join_docs(
                operation.summary.as_deref(),
                operation.description.as_deref(),
            ),
            deprecated: operation.deprecated,
            origin: site.pointer.to_owned(),
            parameters,
            body,
            responses,
            accept,
            security,
        })
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

    /// The parameters of the path item and of the operation, lowered.
    fn parameters(
        &mut self,
        site: &OperationSite,
        name: &str,
        operation: &openapiv3::Operation,
    ) -> Result<Vec<Parameter>, OperationError> {
        let (item, pointer) = (site.item, site.pointer);
        // Path-level parameters first; an operation's parameter of the same name and location
        // replaces them.
        let mut resolved: Vec<(String, &OaParameter)> = Vec::new();
        let path_pointer = pointer.rsplit_once('/').map_or("", |(p, _)| p);
        let lists = [
            (push_token(path_pointer, "parameters"), &item.parameters),
            (push_token(pointer, "parameters"), &operation.parameters),
        ];
        for (list_pointer, list) in lists {
            for (i, parameter) in list.iter().enumerate() {
                let at = push_token(&list_pointer, &i.to_string());
                let parameter = self.item(parameter, &at)?;
                let replaces = |existing: &OaParameter| {
                    existing.parameter_data_ref().name == parameter.parameter_data_ref().name
                        && std::mem::discriminant(existing) == std::mem::discriminant(parameter)
                };
                resolved.retain(|(_, existing)| !replaces(existing));
                resolved.push((at, parameter));
            }
        }

        let mut fields = Scope::default();
        fields.reserve("body");
        let mut parameters = Vec::new();
        for (at, parameter) in resolved {
            parameters.push(self.parameter(name, parameter, &at, &mut fields)?);
        }
        Ok(parameters)
    }

    fn request_body(
        &mut self,
        name: &str,
        body: &ReferenceOr<openapiv3::RequestBody>,
        pointer: &str,
    ) -> Result<RequestBody, OperationError> {
        let at = push_token(pointer, "requestBody");
        let body = self.item(body, &at)?;
        let Some((media_type, media)) = json_media(&body.content) else {
            let types: Vec<&str> = body.content.keys().map(String::as_str).collect();
            return Err(Skip::new(
                at,
                format!(
                    "request bodies of type {} are not supported yet (only JSON)",
                    types.join(", ")
                ),
            )
            .into());
        };
        let content_pointer = push_token(&push_token(&at, "content"), media_type);
        let media_type = MediaType::parse(media_type).map_err(|why| {
            let reason = format!("request body media type {media_type:?} cannot be sent: {why}");
            Skip::new(&content_pointer, reason)
        })?;
        let inline = Inline::new(
            format!("{name}Body"),
            format!("the request body of `{name}`"),
        )
        .described_by(body.description.as_deref());
        let ty = match &media.schema {
            Some(schema) => {
                self.schema_or_ref(schema, &push_token(&content_pointer, "schema"), &inline)?
            }
            None => Type::Json,
        };
        Ok(RequestBody {
            media_type,
            ty,
            required: body.required,
            docs: body.description.clone(),
        })
    }

    fn parameter(
        &mut self,
        operation: &str,
        parameter: &OaParameter,
        pointer: &str,
        fields: &mut Scope,
    ) -> Result<Parameter, OperationError> {
        let data = parameter.parameter_data_ref();
        let (location, explode) = match parameter {
            OaParameter::Path { .. } => (ParameterLocation::Path, false),
            OaParameter::Query { style, .. } => {
                if !matches!(style, QueryStyle::Form) {
                    return Err(Skip::new(
                        pointer,
                        format!(
                            "query parameter `{}` uses a style other than form",
                            data.name
                        ),
                    )
                    .into());
                }
                (ParameterLocation::Query, data.explode.unwrap_or(true))
            }
            OaParameter::Header { .. } => {
                let name = HeaderName::parse(&data.name).map_err(|why| {
                    let reason = format!("header parameter {:?} cannot be sent: {why}", data.name);
                    Skip::new(pointer, reason)
                })?;
                (ParameterLocation::Header(name), false)
            }
            OaParameter::Cookie { .. } => (ParameterLocation::Cookie, false),
        };
        let schema_pointer = push_token(pointer, "schema");
        let (ty, password) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let inline = Inline::new(
                    format!("{operation}{}", names::type_name(&data.name)),
                    format!("the `{}` parameter of `{operation}`", data.name),
                )
                .described_by(data.description.as_deref());
                let password = matches!(schema, ReferenceOr::Item(s) if is_password(s));
                (
                    self.schema_or_ref(schema, &schema_pointer, &inline)?,
                    password,
                )
            }
            ParameterSchemaOrContent::Content(_) => {
                return Err(Skip::new(
                    pointer,
                    format!(
                        "parameter `{}` is described by `content`, not supported yet",
                        data.name
                    ),
                )
                .into());
            }
        };
        let scalar = self.is_scalar(&ty);
        let list_of_scalars = matches!(&ty, Type::List(inner) if self.is_scalar(inner));
        let supported = match location {
            ParameterLocation::Path => scalar,
            ParameterLocation::Query | ParameterLocation::Header(_) => scalar || list_of_scalars,
            ParameterLocation::Cookie => false,
        };
        if !supported {
            return Err(Skip::new(
                schema_pointer,
                format!(
                    "{} parameter `{}` of this type is not supported yet",
                    location.as_str(),
                    data.name
                ),
            )
            .into());
        }
        let docs = data
            .description
            .as_deref()
            .filter(|d| !d.trim().is_empty())
            .or(match &data.format {
                ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => {
                    schema.schema_data.description.as_deref()
                }
                _ => None,
            })
            .map(str::to_owned);
        Ok(Parameter {
            field: fields.claim(&names::field_name(&data.name)),
            wire_name: data.name.clone(),
            required: data.required || location == ParameterLocation::Path,
            location,
            explode,
            secret: password || names::looks_secret(&data.name),
            deprecated: data.deprecated.unwrap_or(false),
            docs,
            ty,
        })
    }

    /// Whether values of this type are written as a single string in a path, query or header.
    fn is_scalar(&self, ty: &Type) -> bool {
        match ty {
            Type::String
            | Type::Bool
            | Type::I32
            | Type::I64
            | Type::F32
            | Type::F64
            | Type::Uuid => true,
            Type::Named(id) => match self.def(*id).map(|d| &d.kind) {
                Some(TypeKind::Enum { .. } | TypeKind::Const(_)) => true,
                Some(TypeKind::Alias(inner)) => self.is_scalar(inner),
                _ => false,
            },
            Type::Json | Type::JsonObject | Type::List(_) | Type::Map(_) => false,
        }
    }
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

    #[test]
    fn path_templates() {
        assert_eq!(path_words("/users/{id}/keys"), "users by id keys");
        let parameter = Parameter {
            field: Scope::default().claim("id"),
            wire_name: "id".into(),
            location: ParameterLocation::Path,
            explode: false,
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
