//! Operations: their names, parameters, request bodies and path templates.

use openapiv3::{Parameter as OaParameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr};

use super::schemas::is_password;
use super::{Lowerer, join_docs, json_media};
use crate::diagnostic::{Error, push_token};
use crate::ir::{
    Operation, Parameter, ParameterLocation, PathSegment, RequestBody, SecurityScheme, Type,
    TypeKind,
};
use crate::names::{self, Scope};

/// Where an operation stands in the document.
pub(super) struct OperationSite<'a> {
    pub(super) path: &'a str,
    pub(super) method: &'a str,
    pub(super) item: &'a openapiv3::PathItem,
    pub(super) pointer: &'a str,
}

/// What a request of an operation holds, besides its security.
struct RequestParts {
    parameters: Vec<Parameter>,
    path_segments: Vec<PathSegment>,
    body: Option<RequestBody>,
}

/// Why an operation cannot be generated; it is skipped with a warning.
pub(super) struct Skip {
    pub(super) pointer: String,
    pub(super) reason: String,
}

impl<'a> Lowerer<'a> {
    pub(super) fn operation(
        &mut self,
        site: &OperationSite,
        operation: &'a openapiv3::Operation,
        schemes: &[SecurityScheme],
        requirements: &[openapiv3::SecurityRequirement],
    ) -> Result<Option<Operation>, Error> {
        let security = match self.security_requirements(schemes, requirements, site.pointer) {
            Ok(security) => security,
            Err(skip) => {
                self.skip(site, skip);
                return Ok(None);
            }
        };
        let name = match &operation.operation_id {
            Some(id) => names::type_name(id),
            None => names::type_name(&format!("{} {}", site.method, path_words(site.path))),
        };
        let name = self.names.claim(&name);
        let response_name = self.names.claim(&format!("{name}Response"));
        let parts = match self.request_parts(site, &name, operation)? {
            Ok(parts) => parts,
            Err(skip) => {
                self.skip(site, skip);
                return Ok(None);
            }
        };
        let (responses, accept) = self.responses(&name, operation, site.pointer)?;
        Ok(Some(Operation {
            name,
            response_name,
            method: site.method.to_ascii_uppercase(),
            path: site.path.to_owned(),
            path_segments: parts.path_segments,
            docs: join_docs(
                operation.summary.as_deref(),
                operation.description.as_deref(),
            ),
            deprecated: operation.deprecated,
            origin: site.pointer.to_owned(),
            parameters: parts.parameters,
            body: parts.body,
            responses,
            accept,
            security,
        }))
    }

    fn skip(&mut self, site: &OperationSite, skip: Skip) {
        self.warn(
            &skip.pointer,
            "skipped-operation",
            format!(
                "{} {} is not generated: {}",
                site.method.to_uppercase(),
                site.path,
                skip.reason
            ),
        );
    }

    fn request_parts(
        &mut self,
        site: &OperationSite,
        name: &str,
        operation: &openapiv3::Operation,
    ) -> Result<Result<RequestParts, Skip>, Error> {
        let (path, item, pointer) = (site.path, site.item, site.pointer);
        // Path-level parameters first; an operation's parameter of the same name and location
        // replaces them.
        let mut resolved: Vec<(String, &OaParameter)> = Vec::new();
        let path_pointer = pointer.rsplit_once('/').map_or("", |(p, _)| p).to_owned();
        let lists = [
            (push_token(&path_pointer, "parameters"), &item.parameters),
            (push_token(pointer, "parameters"), &operation.parameters),
        ];
        for (list_pointer, list) in lists {
            for (i, parameter) in list.iter().enumerate() {
                let at = push_token(&list_pointer, &i.to_string());
                let parameter = self.item(parameter, &at)?.0;
                let key = |p: &OaParameter| {
                    (
                        p.parameter_data_ref().name.clone(),
                        std::mem::discriminant(p),
                    )
                };
                resolved.retain(|(_, existing)| key(existing) != key(parameter));
                resolved.push((at, parameter));
            }
        }

        let mut fields = Scope::default();
        fields.reserve("body");
        let mut parameters = Vec::new();
        for (at, parameter) in resolved {
            match self.parameter(name, parameter, &at, &mut fields)? {
                Ok(parameter) => parameters.push(parameter),
                Err(skip) => return Ok(Err(skip)),
            }
        }

        let path_segments = match path_segments(path, &parameters) {
            Ok(segments) => segments,
            Err(reason) => {
                return Ok(Err(Skip {
                    pointer: pointer.to_owned(),
                    reason,
                }));
            }
        };

        let body = match &operation.request_body {
            None => None,
            Some(body) => {
                let at = push_token(pointer, "requestBody");
                let body = self.item(body, &at)?.0;
                match json_media(&body.content) {
                    Some((media_type, media)) => {
                        let ty = match &media.schema {
                            Some(schema) => self.schema_or_ref(
                                schema,
                                &push_token(
                                    &push_token(&push_token(&at, "content"), media_type),
                                    "schema",
                                ),
                                &format!("{name}Body"),
                            )?,
                            None => Type::Json,
                        };
                        Some(RequestBody {
                            media_type: media_type.to_owned(),
                            ty,
                            required: body.required,
                            docs: body.description.clone(),
                        })
                    }
                    None => {
                        let types: Vec<&str> = body.content.keys().map(String::as_str).collect();
                        return Ok(Err(Skip {
                            pointer: at,
                            reason: format!(
                                "request bodies of type {} are not supported yet (only JSON)",
                                types.join(", ")
                            ),
                        }));
                    }
                }
            }
        };
        Ok(Ok(RequestParts {
            parameters,
            path_segments,
            body,
        }))
    }

    fn parameter(
        &mut self,
        operation: &str,
        parameter: &OaParameter,
        pointer: &str,
        fields: &mut Scope,
    ) -> Result<Result<Parameter, Skip>, Error> {
        let data = parameter.parameter_data_ref();
        let (location, explode) = match parameter {
            OaParameter::Path { .. } => (ParameterLocation::Path, false),
            OaParameter::Query { style, .. } => {
                if !matches!(style, QueryStyle::Form) {
                    return Ok(Err(Skip {
                        pointer: pointer.to_owned(),
                        reason: format!(
                            "query parameter `{}` uses a style other than form",
                            data.name
                        ),
                    }));
                }
                (ParameterLocation::Query, data.explode.unwrap_or(true))
            }
            OaParameter::Header { .. } => (ParameterLocation::Header, false),
            OaParameter::Cookie { .. } => (ParameterLocation::Cookie, false),
        };
        let schema_pointer = push_token(pointer, "schema");
        let (ty, password) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let hint = format!("{operation}{}", names::type_name(&data.name));
                let password = matches!(schema, ReferenceOr::Item(s) if is_password(s));
                (
                    self.schema_or_ref(schema, &schema_pointer, &hint)?,
                    password,
                )
            }
            ParameterSchemaOrContent::Content(_) => {
                return Ok(Err(Skip {
                    pointer: pointer.to_owned(),
                    reason: format!(
                        "parameter `{}` is described by `content`, not supported yet",
                        data.name
                    ),
                }));
            }
        };
        let scalar = self.is_scalar(&ty);
        let list_of_scalars = matches!(&ty, Type::List(inner) if self.is_scalar(inner));
        let supported = match location {
            ParameterLocation::Path => scalar,
            ParameterLocation::Query | ParameterLocation::Header => scalar || list_of_scalars,
            ParameterLocation::Cookie => false,
        };
        if !supported {
            return Ok(Err(Skip {
                pointer: schema_pointer,
                reason: format!(
                    "{location:?} parameter `{}` of this type is not supported yet",
                    data.name
                )
                .to_lowercase(),
            }));
        }
        let docs = data
            .description
            .clone()
            .filter(|d| !d.trim().is_empty())
            .or_else(|| match &data.format {
                ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => {
                    schema.schema_data.description.clone()
                }
                _ => None,
            })
            .or_else(|| self.referenced_docs(&ty));
        Ok(Ok(Parameter {
            field: fields.claim(&names::field_name(&data.name)),
            wire_name: data.name.clone(),
            location,
            explode,
            required: data.required || location == ParameterLocation::Path,
            secret: password || names::looks_secret(&data.name),
            deprecated: data.deprecated.unwrap_or(false),
            docs,
            ty,
        }))
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
            Type::Named(name) => match self.def(name).map(|d| &d.kind) {
                Some(TypeKind::Enum { .. } | TypeKind::Const(_)) => true,
                Some(TypeKind::Alias(inner)) => {
                    let inner = inner.clone();
                    self.is_scalar(&inner)
                }
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
            field: "id".into(),
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
