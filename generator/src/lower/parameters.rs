//! Parameters: where each goes, its type, and how its value is written (`style`, `explode`,
//! `allowReserved`, or `content`).

use openapiv3::{
    CookieStyle, HeaderStyle, Parameter as OaParameter, ParameterSchemaOrContent, PathStyle,
    QueryStyle, ReferenceOr,
};

use super::Lowerer;
use super::bodies::{essence, is_json};
use super::inline::Inline;
use super::operations::{OperationError, OperationSite, Skip};
use super::schemas::is_password;
use crate::diagnostic::push_token;
use crate::extension;
use crate::ir::{Encoding, HeaderName, Parameter, ParameterLocation, QueryString, Style, Type};
use crate::names::{self, Scope};

impl<'a> Lowerer<'a> {
    /// The parameters of the path item and of the operation, lowered.
    pub(super) fn parameters(
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
            let wire_name = &parameter.parameter_data_ref().name;
            if matches!(parameter, OaParameter::Path { .. })
                && !site.path.contains(&format!("{{{wire_name}}}"))
            {
                // It could only be a field the caller fills in and that is never sent.
                self.warn(
                    &at,
                    "not-generated",
                    format!(
                        "path parameter `{wire_name}` is left out: the path {} has no \
                         `{{{wire_name}}}` to put it in",
                        site.path
                    ),
                );
                continue;
            }
            parameters.push(self.parameter(name, parameter, &at, &mut fields)?);
        }
        Ok(parameters)
    }

    fn parameter(
        &mut self,
        operation: &str,
        parameter: &OaParameter,
        pointer: &str,
        fields: &mut Scope,
    ) -> Result<Parameter, OperationError> {
        let data = parameter.parameter_data_ref();
        if matches!(parameter, OaParameter::Query { .. })
            && data.extensions.get(extension::QUERYSTRING) == Some(&serde_json::Value::Bool(true))
        {
            return self.querystring(operation, data, pointer, fields);
        }
        let (location, style) = location_and_style(parameter, pointer)?;
        let explode = data.explode.unwrap_or(style == Style::Form);
        let allow_reserved = matches!(
            parameter,
            OaParameter::Query {
                allow_reserved: true,
                ..
            }
        );
        let styled = Encoding::Style {
            style,
            explode,
            allow_reserved,
        };
        let inline = Inline::new(
            vec![operation.to_owned(), names::type_name(&data.name)],
            format!("the `{}` parameter of `{operation}`", data.name),
        )
        .described_by(data.description.as_deref());
        let (ty, encoding, password) = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let password = matches!(schema, ReferenceOr::Item(s) if is_password(s));
                let ty = self.schema_or_ref(schema, &push_token(pointer, "schema"), &inline)?;
                // A parameter is left out rather than sent as `null`.
                let (ty, _) = ty.split_null();
                (ty, styled, password)
            }
            ParameterSchemaOrContent::Content(content) => {
                let (ty, encoding) = self.content_parameter(content, pointer, &inline, styled)?;
                (ty, encoding, false)
            }
        };
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
            encoding,
            secret: password || names::looks_secret_on_the_wire(&data.name),
            deprecated: data.deprecated.unwrap_or(false),
            docs,
            ty,
        })
    }

    /// 3.2 `in: querystring`: the whole query string, written as its media type says (form
    /// fields, JSON text, or text the caller writes). Its `name` is not sent.
    fn querystring(
        &mut self,
        operation: &str,
        data: &openapiv3::ParameterData,
        pointer: &str,
        fields: &mut Scope,
    ) -> Result<Parameter, OperationError> {
        let inline = Inline::new(
            vec![operation.to_owned(), names::type_name(&data.name)],
            format!("the query string of `{operation}`"),
        )
        .described_by(data.description.as_deref());
        let (ty, format) = match &data.format {
            ParameterSchemaOrContent::Content(content) => match content.first() {
                Some((media_type, media)) => {
                    let at = push_token(&push_token(pointer, "content"), media_type);
                    let typed = |lowerer: &mut Self| match &media.schema {
                        Some(schema) => {
                            lowerer.schema_or_ref(schema, &push_token(&at, "schema"), &inline)
                        }
                        None => Ok(Type::Json),
                    };
                    if essence(media_type) == "application/x-www-form-urlencoded" {
                        let ty = typed(self)?;
                        (ty, QueryString::Form(self.form_encodings(media, &at)))
                    } else if is_json(media_type) {
                        (typed(self)?, QueryString::Json)
                    } else {
                        (Type::String, QueryString::Text)
                    }
                }
                None => (Type::String, QueryString::Text),
            },
            // `querystring` takes `content`; a `schema` is read as form fields.
            ParameterSchemaOrContent::Schema(schema) => {
                let ty = self.schema_or_ref(schema, &push_token(pointer, "schema"), &inline)?;
                (ty, QueryString::Form(Vec::new()))
            }
        };
        Ok(Parameter {
            field: fields.claim(&names::field_name(&data.name)),
            wire_name: data.name.clone(),
            location: ParameterLocation::QueryString(format),
            encoding: Encoding::default_for(Style::Form),
            ty,
            required: data.required,
            secret: false,
            deprecated: data.deprecated.unwrap_or(false),
            docs: data.description.clone(),
        })
    }

    /// A parameter described by `content` (one media type): JSON text for a JSON media type,
    /// else the value in the location's default style, typed from the schema.
    fn content_parameter(
        &mut self,
        content: &openapiv3::Content,
        pointer: &str,
        inline: &Inline,
        styled: Encoding,
    ) -> Result<(Type, Encoding), OperationError> {
        let content_pointer = push_token(pointer, "content");
        let Some((media_type, media)) = content.first() else {
            self.warn(
                &content_pointer,
                "untyped-parameter",
                "a parameter's `content` names no media type: its value is written as text \
                 (String)",
            );
            return Ok((Type::String, styled));
        };
        let media_pointer = push_token(&content_pointer, media_type);
        let ty = match &media.schema {
            Some(schema) => {
                let ty =
                    self.schema_or_ref(schema, &push_token(&media_pointer, "schema"), inline)?;
                ty.split_null().0
            }
            None if is_json(media_type) => Type::Json,
            None => Type::String,
        };
        if is_json(media_type) {
            return Ok((ty, Encoding::Json));
        }
        if ty != Type::String {
            self.warn(
                &media_pointer,
                "untyped-parameter",
                format!(
                    "a parameter of media type {media_type:?} is written as text: the caller \
                     gives the serialized value (String)"
                ),
            );
        }
        Ok((Type::String, styled))
    }
}

/// Where the parameter goes, and its style (the location's default when not given).
fn location_and_style(
    parameter: &OaParameter,
    pointer: &str,
) -> Result<(ParameterLocation, Style), OperationError> {
    Ok(match parameter {
        OaParameter::Path { style, .. } => {
            let style = match style {
                PathStyle::Matrix => Style::Matrix,
                PathStyle::Label => Style::Label,
                PathStyle::Simple => Style::Simple,
            };
            (ParameterLocation::Path, style)
        }
        OaParameter::Query { style, .. } => {
            let style = match style {
                QueryStyle::Form => Style::Form,
                QueryStyle::SpaceDelimited => Style::SpaceDelimited,
                QueryStyle::PipeDelimited => Style::PipeDelimited,
                QueryStyle::DeepObject => Style::DeepObject,
            };
            (ParameterLocation::Query, style)
        }
        OaParameter::Header {
            style: HeaderStyle::Simple,
            parameter_data,
        } => {
            let name = HeaderName::parse(&parameter_data.name).map_err(|why| {
                let reason = format!(
                    "header parameter {:?} cannot be sent: {why}",
                    parameter_data.name
                );
                Skip::new(pointer, reason)
            })?;
            (ParameterLocation::Header(name), Style::Simple)
        }
        OaParameter::Cookie {
            style: CookieStyle::Form,
            ..
        } => (ParameterLocation::Cookie, Style::Form),
    })
}
